// In its own module so light pages (home) can read storage without loading the schemas.
/** Every name Raadskompas stores data under, in one place. */
export const STORAGE_KEYS = {
  /** IndexedDB database. */
  db: "raadskompas",
  /** IndexedDB schema version (not the file format version). */
  dbVersion: 1,
  /** Object store with one record per werkboek, keyed by werkboek id. */
  werkboeken: "werkboeken",
  /** localStorage: id of the werkboek the worksheets write to. */
  active: "raadskompas:actief-werkboek",
  /** localStorage prefix: synchronous copy of unsaved edits, written when the page is hidden. */
  pending: "raadskompas:onbewaard:",
  /** BroadcastChannel that tells other tabs a werkboek changed. */
  channel: "raadskompas-werkboeken",
} as const;
