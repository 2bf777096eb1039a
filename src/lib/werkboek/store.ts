/**
 * IndexedDB storage for werkboeken. Every record carries a revision; a save names the revision it
 * was based on and is refused when another tab saved in between, so no tab silently overwrites a
 * newer edit. Unit tests run it against fake-indexeddb.
 */
import type { IDBPDatabase } from "idb";
import { openRaadskompasDatabase } from "./database.ts";
import type { Werkboek } from "../../schemas/werkboek.ts";
import { CURRENT_VERSION, WERKBOEK_FORMAT } from "../../vocabulary/werkboekFormat.ts";
import { MAX_WERKBOEK_BYTES, tooLargeMessage, werkboekFileBytes } from "./size.ts";

export { STORAGE_KEYS } from "./storageKeys.ts";
import { STORAGE_KEYS } from "./storageKeys.ts";

import type { DamagedRecord, StoredWerkboek } from "./record.ts";

export type { DamagedRecord, StoredWerkboek };

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

/** The werkboek would be larger than a file may be for import (so it could not be restored from its export). */
export class TooLargeError extends Error {
  constructor(bytes: number) {
    super(tooLargeMessage(bytes));
    this.name = "TooLargeError";
  }
}

function checkSize(w: Werkboek): void {
  const bytes = werkboekFileBytes(w);
  if (bytes > MAX_WERKBOEK_BYTES) throw new TooLargeError(bytes);
}

/** Whether a failed write ran out of browser storage; the leeratelier store reports it the same way. */
export const isQuota = (e: unknown) => e instanceof Error && (e.name === "QuotaExceededError" || /quota/i.test(e.message));

/** The zod side of storage, loaded once, on demand. */
let validation: Promise<typeof import("./validate.ts")> | undefined;
export const loadValidation = () => (validation ??= import("./validate.ts"));

/**
 * A record this version wrote itself: every write is validated (see `save`), so its werkboek is
 * trusted as it is and the schemas need not load to show it. Anything else goes through zod.
 */
function isCurrentRecord(raw: unknown): raw is StoredWerkboek {
  const r = raw as Partial<StoredWerkboek> | null;
  const w = r?.werkboek as Partial<Werkboek> | undefined;
  return (
    typeof r?.id === "string" &&
    typeof r.revision === "number" &&
    typeof w === "object" && w !== null &&
    w.format === WERKBOEK_FORMAT &&
    w.version === CURRENT_VERSION &&
    w.id === r.id &&
    typeof w.name === "string" &&
    typeof w.visie === "object" && w.visie !== null &&
    Array.isArray(w.waardemodellen) &&
    Array.isArray(w.toetsen) &&
    Array.isArray(w.duiden)
  );
}

/** A stored record as the app uses it: a current one as is, an older or odd one validated and migrated. */
export async function readRecord(raw: unknown): Promise<StoredWerkboek | DamagedRecord> {
  if (isCurrentRecord(raw)) {
    return { id: raw.id, werkboek: raw.werkboek, revision: raw.revision, deletedAt: raw.deletedAt ?? null, exportedAt: raw.exportedAt ?? null };
  }
  return (await loadValidation()).readRecordFull(raw);
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
    const all = await Promise.all((await this.#db.getAll(STORAGE_KEYS.werkboeken)).map(readRecord));
    const werkboeken = all.filter((r): r is StoredWerkboek => !isDamaged(r));
    werkboeken.sort((a, b) => b.werkboek.updatedAt.localeCompare(a.werkboek.updatedAt));
    return { werkboeken, damaged: all.filter(isDamaged) };
  }

  async get(id: string): Promise<StoredWerkboek | DamagedRecord | undefined> {
    const raw: unknown = await this.#db.get(STORAGE_KEYS.werkboeken, id);
    return raw === undefined ? undefined : readRecord(raw);
  }

  /**
   * True when `id` is a werkboek outside the prullenbak. Reads only that record's bookkeeping, so a
   * worksheet page does not validate every stored werkboek just to find the active one.
   */
  async isLive(id: string): Promise<boolean> {
    const raw = (await this.#db.get(STORAGE_KEYS.werkboeken, id)) as { deletedAt?: unknown } | undefined;
    return raw !== undefined && !raw.deletedAt;
  }

  /** Stores a new werkboek; refuses an id that exists. */
  async create(werkboek: Werkboek): Promise<StoredWerkboek> {
    const { validForWrite } = await loadValidation();
    const record: StoredWerkboek = { id: werkboek.id, werkboek: validForWrite(werkboek), revision: 1, deletedAt: null, exportedAt: null };
    checkSize(record.werkboek);
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
    const valid = (await loadValidation()).validForWrite(werkboek);
    checkSize(valid);
    return this.#write(async () => {
      const tx = this.#db.transaction(STORAGE_KEYS.werkboeken, "readwrite");
      const current = (await tx.store.get(valid.id)) as StoredWerkboek | undefined;
      if (current && current.revision !== baseRevision) {
        tx.abort();
        await tx.done.catch(() => undefined);
        const parsed = await readRecord(current);
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
      const parsed = await readRecord(next);
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

/** The raadskompas database (werkboeken and leerateliers), or a Dutch StorageUnavailableError. */
export async function openDatabase(): Promise<IDBPDatabase> {
  if (!(globalThis as { indexedDB?: IDBFactory }).indexedDB) throw new StorageUnavailableError(new Error("indexedDB ontbreekt"));
  try {
    return await openRaadskompasDatabase();
  } catch (e) {
    throw new StorageUnavailableError(e);
  }
}
