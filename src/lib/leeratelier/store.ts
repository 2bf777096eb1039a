/**
 * Local storage for the griffier's combined leerateliers: an object store next to the werkboeken in the
 * same database (added in database version 2), so the werkboek format stays untouched.
 */
import type { IDBPDatabase } from "idb";
import { MAX_BIJDRAGEN, atelierSchema, type Atelier } from "../../schemas/atelier.ts";
import { QuotaError, STORAGE_KEYS, isQuota, openDatabase } from "../werkboek/store.ts";
import { DURABLE } from "../savePolicy.ts";

export class AtelierStore {
  readonly #db: IDBPDatabase;
  constructor(db: IDBPDatabase) {
    this.#db = db;
  }

  /** Every stored leeratelier that still parses, newest change first; damaged records are skipped, not deleted. */
  async list(): Promise<Atelier[]> {
    const all: unknown[] = await this.#db.getAll(STORAGE_KEYS.ateliers);
    return all
      .map((r) => atelierSchema.safeParse(r))
      .flatMap((r) => (r.success ? [r.data] : []))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async get(id: string): Promise<Atelier | undefined> {
    const r = atelierSchema.safeParse(await this.#db.get(STORAGE_KEYS.ateliers, id));
    return r.success ? r.data : undefined;
  }

  async put(atelier: Atelier): Promise<Atelier> {
    const valid = atelierSchema.parse(atelier);
    try {
      const tx = this.#db.transaction(STORAGE_KEYS.ateliers, "readwrite", DURABLE);
      await tx.store.put(valid);
      await tx.done;
    } catch (e) {
      if (isQuota(e)) throw new QuotaError(e);
      throw e;
    }
    return valid;
  }

  /**
   * Stores `next`, made from `base` (the version the page had; null when it had none). When the stored
   * atelier is not `base` any more (another tab added bijdragen, or the page had not loaded it yet when
   * files were dropped), the bijdragen that came in there are kept: a save never drops a bijdrage the
   * page did not know about. Returns what was stored.
   */
  async save(next: Atelier, base: Atelier | null): Promise<Atelier> {
    const valid = atelierSchema.parse(next);
    try {
      const tx = this.#db.transaction(STORAGE_KEYS.ateliers, "readwrite", DURABLE);
      const current = atelierSchema.safeParse(await tx.store.get(valid.id));
      let out = valid;
      if (current.success && (base === null || base.id !== valid.id || current.data.updatedAt !== base.updatedAt)) {
        const known = new Set([...valid.bijdragen, ...(base?.id === valid.id ? base.bijdragen : [])].map((b) => b.id));
        const elsewhere = current.data.bijdragen.filter((b) => !known.has(b.id));
        if (elsewhere.length > 0) out = atelierSchema.parse({ ...valid, bijdragen: [...elsewhere, ...valid.bijdragen].slice(0, MAX_BIJDRAGEN) });
      }
      await tx.store.put(out);
      await tx.done;
      // Nothing merged: the caller's own object, so what it derived from it (the combined view) stays valid.
      return out === valid ? next : out;
    } catch (e) {
      if (isQuota(e)) throw new QuotaError(e);
      throw e;
    }
  }

  async delete(id: string): Promise<void> {
    const tx = this.#db.transaction(STORAGE_KEYS.ateliers, "readwrite", DURABLE);
    await tx.store.delete(id);
    await tx.done;
  }

  close(): void {
    this.#db.close();
  }
}

export async function openAtelierStore(): Promise<AtelierStore> {
  return new AtelierStore(await openDatabase());
}
