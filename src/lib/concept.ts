/**
 * A concept: what someone is typing in a form that is not (yet) part of a werkboek, such as the
 * bijeenkomst a griffier prepares. It is kept the way a werkboek is (ADR 0034): a synchronous copy in
 * localStorage on every edit (a closed tab), a durable IndexedDB write on the shared save policy (a
 * hard crash; ADR 0033), and on opening the newer of the two wins.
 * No DOM: storage and the localStorage stand-in are passed in.
 */
import type { IDBPDatabase } from "idb";
import { openRaadskompasDatabase } from "./werkboek/database.ts";
import { DURABLE, saveScheduler, type SaveScheduler } from "./savePolicy.ts";
import type { Backup } from "./werkboek/session.ts";
import { STORAGE_KEYS } from "./werkboek/storageKeys.ts";

/** One stored concept. `editedAt` orders the IndexedDB record and the localStorage copy. */
export interface ConceptRecord {
  id: string;
  value: unknown;
  /** When the last edit in it was made (ms since 1970). */
  editedAt: number;
}

/** The `concepten` object store (database version 3). */
export class ConceptStore {
  readonly #db: IDBPDatabase;
  constructor(db: IDBPDatabase) {
    this.#db = db;
  }
  async get(id: string): Promise<ConceptRecord | undefined> {
    const raw = (await this.#db.get(STORAGE_KEYS.concepten, id)) as Partial<ConceptRecord> | undefined;
    return raw && typeof raw.editedAt === "number" ? { id, value: raw.value, editedAt: raw.editedAt } : undefined;
  }
  async put(record: ConceptRecord): Promise<void> {
    const tx = this.#db.transaction(STORAGE_KEYS.concepten, "readwrite", DURABLE);
    await tx.store.put(record);
    await tx.done;
  }
  async delete(id: string): Promise<void> {
    const tx = this.#db.transaction(STORAGE_KEYS.concepten, "readwrite", DURABLE);
    await tx.store.delete(id);
    await tx.done;
  }
  close(): void {
    this.#db.close();
  }
}

/** Opens the database without the werkboek storage: the voorbereiden page has no werkboek. */
export async function openConceptStore(): Promise<ConceptStore> {
  return new ConceptStore(await openRaadskompasDatabase());
}

export type ConceptStatus =
  | { kind: "bewaard" }
  | { kind: "wijzigingen" }
  /** Storage failed; the text is still on screen (and in the localStorage copy when that worked). */
  | { kind: "fout"; message: string };

export interface ConceptOptions {
  backup?: Backup | undefined;
  onStatus?: ((s: ConceptStatus) => void) | undefined;
}

/**
 * localStorage prefix of a concept's copy. Here and not in STORAGE_KEYS: that module ships on every
 * worksheet page, this one only where a concept is kept.
 */
export const CONCEPT_COPY = "raadskompas:concept:";
const copyKey = (id: string) => CONCEPT_COPY + id;

/** The localStorage copy, or null when there is none or it cannot be read. */
function readCopy(backup: Backup | undefined, id: string): ConceptRecord | null {
  try {
    const raw = backup?.getItem(copyKey(id));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<ConceptRecord>;
    return typeof parsed.editedAt === "number" ? { id, value: parsed.value, editedAt: parsed.editedAt } : null;
  } catch {
    return null;
  }
}

export class ConceptKeeper<T> {
  readonly #store: ConceptStore | null;
  readonly #id: string;
  readonly #opts: ConceptOptions;
  readonly #schedule: SaveScheduler;
  #current: T;
  #editedAt: number;
  /** `editedAt` of what IndexedDB holds. */
  #storedAt: number;
  #saving: Promise<void> | null = null;

  constructor(store: ConceptStore | null, id: string, value: T, editedAt: number, storedAt: number, opts: ConceptOptions = {}) {
    this.#store = store;
    this.#id = id;
    this.#opts = opts;
    this.#current = value;
    this.#editedAt = editedAt;
    this.#storedAt = storedAt;
    this.#schedule = saveScheduler(() => void this.flush());
  }

  get value(): T {
    return this.#current;
  }
  get dirty(): boolean {
    return this.#editedAt !== this.#storedAt;
  }

  /** Takes the new value, copies it to localStorage at once and schedules the durable save. */
  update(value: T): void {
    this.#current = value;
    // Strictly increasing, even when the clock stands still or goes back.
    this.#editedAt = Math.max(Date.now(), this.#editedAt + 1);
    this.#writeCopy();
    this.#opts.onStatus?.({ kind: "wijzigingen" });
    this.#schedule.touch();
  }

  #writeCopy(): boolean {
    if (!this.dirty) return true;
    try {
      this.#opts.backup?.setItem(copyKey(this.#id), JSON.stringify({ editedAt: this.#editedAt, value: this.#current }));
      return true;
    } catch {
      return false;
    }
  }

  /** Saves now when there is anything new; resolves when IndexedDB has it. */
  async flush(): Promise<void> {
    this.#schedule.cancel();
    while (this.#saving) await this.#saving;
    if (!this.dirty) return;
    if (!this.#store) {
      this.#opts.onStatus?.({ kind: "fout", message: "Deze browser laat Raadskompas niets bewaren. Download de bijeenkomst voordat je de pagina sluit." });
      return;
    }
    const record: ConceptRecord = { id: this.#id, value: this.#current, editedAt: this.#editedAt };
    this.#saving = this.#store
      .put(record)
      .then(
        () => {
          this.#storedAt = record.editedAt;
          if (!this.dirty) {
            this.#opts.backup?.removeItem(copyKey(this.#id));
            this.#opts.onStatus?.({ kind: "bewaard" });
          } else this.#schedule.touch();
        },
        (e: unknown) => {
          this.#opts.onStatus?.({ kind: "fout", message: `Niet bewaard in deze browser (${e instanceof Error ? e.message : String(e)}). Download de bijeenkomst voordat je de pagina sluit.` });
        },
      )
      .finally(() => {
        this.#saving = null;
      });
    await this.#saving;
  }

  /** For `pagehide` / `visibilitychange`: the synchronous copy first, then the real save. */
  flushNow(): Promise<void> {
    this.#writeCopy();
    return this.flush();
  }

  dispose(): void {
    this.#schedule.cancel();
  }
}

/**
 * Opens a concept: the IndexedDB record or the localStorage copy, whichever was edited last, read
 * with `read` (null when it does not fit, then `fallback` is used and the copy stays where it is).
 * `store` is null when IndexedDB is not available: the copy alone is used.
 */
export async function openConcept<T>(store: ConceptStore | null, id: string, read: (raw: unknown) => T | null, fallback: T, opts: ConceptOptions = {}): Promise<{ keeper: ConceptKeeper<T>; restored: boolean }> {
  const stored = store ? await store.get(id).catch(() => undefined) : undefined;
  const copy = readCopy(opts.backup, id);
  const storedAt = stored?.editedAt ?? 0;
  // Newest first; on a tie the durable record wins.
  const candidates = [stored, copy].filter((c): c is ConceptRecord => !!c).sort((a, b) => b.editedAt - a.editedAt);
  for (const c of candidates) {
    const value = read(c.value);
    if (value === null) continue;
    const keeper = new ConceptKeeper(store, id, value, c.editedAt, storedAt, opts);
    const restored = c === copy && c.editedAt > storedAt;
    // A copy newer than the record is stored at once, so the next crash does not depend on localStorage.
    if (restored) await keeper.flush();
    return { keeper, restored };
  }
  return { keeper: new ConceptKeeper(store, id, fallback, storedAt, storedAt, opts), restored: false };
}
