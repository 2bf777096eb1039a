// In its own module so light pages (home) can read storage without loading the schemas.
/** Every name Raadskompas stores data under, in one place. */
export const STORAGE_KEYS = {
  /** IndexedDB database. */
  db: "raadskompas",
  /** IndexedDB schema version (not the file format version). */
  dbVersion: 2,
  /** Object store with one record per werkboek, keyed by werkboek id. */
  werkboeken: "werkboeken",
  /** Object store (since dbVersion 2) with the griffier's combined leerateliers, keyed by bijeenkomst id. */
  ateliers: "leerateliers",
  /** localStorage: the bijeenkomst a raadslid opened, so the worksheets know which parts are asked. */
  bijeenkomst: "raadskompas:bijeenkomst",
  /** localStorage: the bijeenkomst the griffier last saved on the voorbereiden page, to open and change it again. */
  voorbereiding: "raadskompas:voorbereiding",
  /** localStorage: id of the werkboek the worksheets write to. */
  active: "raadskompas:actief-werkboek",
  /** localStorage prefix: synchronous copy of unsaved edits, written when the page is hidden. */
  pending: "raadskompas:onbewaard:",
  /** BroadcastChannel that tells other tabs a werkboek changed. */
  channel: "raadskompas-werkboeken",
} as const;

/**
 * Every object store, keyed by "id". Whoever opens the database (also the light home-page island)
 * creates the missing ones, so an upgrade only adds stores and no version loses data.
 */
export const OBJECT_STORES = [STORAGE_KEYS.werkboeken, STORAGE_KEYS.ateliers] as const;
