/**
 * Whether this browser holds any combined leeratelier, without zod or the stemmer: the samenbrengen
 * page loads its heavy engine only when there is something to show (ADR 0015).
 */
import { openDatabase, STORAGE_KEYS } from "../werkboek/store.ts";

export async function hasStoredAteliers(): Promise<boolean> {
  const db = await openDatabase();
  try {
    return (await db.count(STORAGE_KEYS.ateliers)) > 0;
  } finally {
    db.close();
  }
}
