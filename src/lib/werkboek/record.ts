/**
 * The shape of a stored werkboek record. Its own module so that store.ts (which loads validate.ts on
 * demand) and validate.ts (which builds records) both depend on it, and not on each other.
 */
import type { Werkboek } from "../../schemas/werkboek.ts";

/** A werkboek as stored, with the bookkeeping that is not part of the file format. */
export interface StoredWerkboek {
  id: string;
  werkboek: Werkboek;
  /** Increases with every save; used to detect edits from another tab. */
  revision: number;
  /** Set when moved to the prullenbak; null otherwise. */
  deletedAt: string | null;
  /** When it was last exported as a file; null when never. */
  exportedAt: string | null;
}

/** A record that no longer parses: kept untouched so its data can still be downloaded. */
export interface DamagedRecord {
  id: string;
  raw: unknown;
  problem: string;
}
