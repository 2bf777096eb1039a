/**
 * The identity of the files the griffier collects, free of zod (ADR 0015). The bijeenkomst's own mark is
 * in bijeenkomstFormat.ts, because the raadslid's pages load it on their own.
 */

/** Marks a JSON file as a bijdrage: what one raadslid hands in for one bijeenkomst. */
export const BIJDRAGE_FORMAT = "raadskompas-bijdrage";

/** Marks a JSON file as a combined leeratelier (the griffier's collection of bijdragen). */
export const ATELIER_FORMAT = "raadskompas-leeratelier";

/** The bijdrage version the app writes; it still reads every older one. */
export const BIJDRAGE_VERSION = 2;

/** The bijeenkomst version the app writes; it still reads every older one. */
export const BIJEENKOMST_VERSION = 2;
