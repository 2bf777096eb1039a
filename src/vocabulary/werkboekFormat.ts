/**
 * The werkboek file's identity, free of zod so that storage can recognise a current record without
 * loading the schemas (ADR 0015).
 */

/** Marks a JSON file as a Raadskompas werkboek, so other JSON is recognised and refused early. */
export const WERKBOEK_FORMAT = "raadskompas-werkboek";

/** The version the app writes. Older files are migrated to it on import and on load. */
export const CURRENT_VERSION = 3;
