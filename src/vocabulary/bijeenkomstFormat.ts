/** Marks a JSON file as a Raadskompas bijeenkomst (a leeratelier or dialoogavond the griffier prepared). Zod-free (ADR 0015). */
export const BIJEENKOMST_FORMAT = "raadskompas-bijeenkomst";
