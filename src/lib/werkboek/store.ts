/**
 * IndexedDB storage for werkboeken. Every record carries a revision; a save names the revision it
 * was based on and is refused when another tab saved in between, so no tab silently overwrites a
 * newer edit. Unit tests run it against fake-indexeddb.
 */
import { openDB, type IDBPDatabase } from "idb";
import { werkboekSchema, type Werkboek } from "../../schemas/werkboek.ts";
import { migrate } from "./migrate.ts";

export { STORAGE_KEYS } from "./storageKeys.ts";
import { OBJECT_STORES, STORAGE_KEYS } from "./storageKeys.ts";

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

/** Another tab saved a newer revision. */
export class ConflictError extends Error {
  readonly current: StoredWerkboek;
  constructor(current: StoredWerkboek) {
    super("Dit werkboek is intussen in een ander tabblad gewijzigd.");
    this.name = "ConflictError";
    this.current = current;
  }
}

/** IndexedDB cannot be opened (private window, blocked by settings, old browser). */
export class StorageUnavailableError extends Error {
  constructor(cause: unknown) {
    super("Deze browser laat Raadskompas niets bewaren. Misschien gebruik je een privévenster of blokkeren je instellingen opslag.", { cause });
    this.name = "StorageUnavailableError";
  }
}

/** The browser refused the write because storage is full. */
export class QuotaError extends Error {
  constructor(cause: unknown) {
    super("De opslag van je browser is vol. Je laatste wijziging is niet bewaard.", { cause });
    this.name = "QuotaError";
  }
}

const isQuota = (e: unknown) => e instanceof Error && (e.name === "QuotaExceededError" || /quota/i.test(e.message));

/** Validates a stored record, migrating werkboeken written by an older version. */
export function readRecord(raw: unknown): StoredWerkboek | DamagedRecord {
  const r = raw as Partial<StoredWerkboek> & { id?: unknown };
  const id = typeof r?.id === "string" ? r.id : "onbekend";
  try {
    const migrated = migrate(r.werkboek as unknown as Record<string, unknown>).value;
    const werkboek = werkboekSchema.parse(migrated);
    return { id, werkboek, revision: Number(r.revision) || 1, deletedAt: r.deletedAt ?? null, exportedAt: r.exportedAt ?? null };
  } catch (e) {
    return { id, raw, problem: e instanceof Error ? e.message : String(e) };
  }
}

export const isDamaged = (r: StoredWerkboek | DamagedRecord): r is DamagedRecord => "problem" in r;

export class WerkboekStore {
  readonly #db: IDBPDatabase;
  constructor(db: IDBPDatabase) {
    this.#db = db;
  }

  async #write<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof ConflictError) throw e;
      if (isQuota(e)) throw new QuotaError(e);
      throw e;
    }
  }

  /** All records, newest change first; damaged ones are returned separately. */
  async list(): Promise<{ werkboeken: StoredWerkboek[]; damaged: DamagedRecord[] }> {
    const all = (await this.#db.getAll(STORAGE_KEYS.werkboeken)).map(readRecord);
    const werkboeken = all.filter((r): r is StoredWerkboek => !isDamaged(r));
    werkboeken.sort((a, b) => b.werkboek.updatedAt.localeCompare(a.werkboek.updatedAt));
    return { werkboeken, damaged: all.filter(isDamaged) };
  }

  async get(id: string): Promise<StoredWerkboek | DamagedRecord | undefined> {
    const raw: unknown = await this.#db.get(STORAGE_KEYS.werkboeken, id);
    return raw === undefined ? undefined : readRecord(raw);
  }

  /** Stores a new werkboek; refuses an id that exists. */
  async create(werkboek: Werkboek): Promise<StoredWerkboek> {
    const record: StoredWerkboek = { id: werkboek.id, werkboek: werkboekSchema.parse(werkboek), revision: 1, deletedAt: null, exportedAt: null };
    return this.#write(async () => {
      await this.#db.add(STORAGE_KEYS.werkboeken, record);
      return record;
    });
  }

  /**
   * Saves edits made on top of `baseRevision`. Throws ConflictError (and writes nothing) when the
   * stored revision moved on in the meantime.
   */
  async save(werkboek: Werkboek, baseRevision: number): Promise<StoredWerkboek> {
    const valid = werkboekSchema.parse(werkboek);
    return this.#write(async () => {
      const tx = this.#db.transaction(STORAGE_KEYS.werkboeken, "readwrite");
      const current = (await tx.store.get(valid.id)) as StoredWerkboek | undefined;
      if (current && current.revision !== baseRevision) {
        tx.abort();
        await tx.done.catch(() => undefined);
        const parsed = readRecord(current);
        throw new ConflictError(isDamaged(parsed) ? { ...current, werkboek: valid } : parsed);
      }
      const record: StoredWerkboek = {
        id: valid.id,
        werkboek: valid,
        revision: (current?.revision ?? 0) + 1,
        deletedAt: current?.deletedAt ?? null,
        exportedAt: current?.exportedAt ?? null,
      };
      await tx.store.put(record);
      await tx.done;
      return record;
    });
  }

  /** Overwrites whatever is stored (import "vervangen"); the revision still increases. */
  async replace(werkboek: Werkboek): Promise<StoredWerkboek> {
    const raw = (await this.#db.get(STORAGE_KEYS.werkboeken, werkboek.id)) as { revision?: number } | undefined;
    return this.save(werkboek, raw?.revision ?? 0);
  }

  async #patch(id: string, change: Partial<Pick<StoredWerkboek, "deletedAt" | "exportedAt">>): Promise<StoredWerkboek> {
    return this.#write(async () => {
      const tx = this.#db.transaction(STORAGE_KEYS.werkboeken, "readwrite");
      const current = (await tx.store.get(id)) as StoredWerkboek | undefined;
      if (!current) throw new Error(`Werkboek ${id} bestaat niet.`);
      const next = { ...current, ...change, revision: current.revision + 1 };
      await tx.store.put(next);
      await tx.done;
      const parsed = readRecord(next);
      if (isDamaged(parsed)) throw new Error(parsed.problem);
      return parsed;
    });
  }

  /** Moves to the prullenbak; `restore` undoes it. */
  softDelete = (id: string, now = new Date()) => this.#patch(id, { deletedAt: now.toISOString() });
  restore = (id: string) => this.#patch(id, { deletedAt: null });
  markExported = (id: string, now = new Date()) => this.#patch(id, { exportedAt: now.toISOString() });

  /** Removes for good. */
  async purge(id: string): Promise<void> {
    await this.#db.delete(STORAGE_KEYS.werkboeken, id);
  }

  close(): void {
    this.#db.close();
  }
}

/** Opens the database; throws StorageUnavailableError when the browser does not allow it. */
export async function openStore(): Promise<WerkboekStore> {
  return new WerkboekStore(await openDatabase());
}

/** The raadskompas database, created or upgraded to the current schema version. */
export async function openDatabase(): Promise<IDBPDatabase> {
  if (!(globalThis as { indexedDB?: IDBFactory }).indexedDB) throw new StorageUnavailableError(new Error("indexedDB ontbreekt"));
  try {
    return await openDB(STORAGE_KEYS.db, STORAGE_KEYS.dbVersion, {
      upgrade(database) {
        for (const name of OBJECT_STORES) {
          if (!database.objectStoreNames.contains(name)) database.createObjectStore(name, { keyPath: "id" });
        }
      },
    });
  } catch (e) {
    throw new StorageUnavailableError(e);
  }
}
