/**
 * One editing session on one werkboek: debounced saves, an immediate flush when the page hides, a
 * synchronous backup for a tab closed mid-typing, and conflict detection between tabs.
 * Browser specifics (localStorage, BroadcastChannel, timers) are injected so this stays testable.
 */
import { werkboekSchema, type Werkboek } from "../../schemas/werkboek.ts";
import { z } from "zod";
import { describePath } from "./io.ts";
import { ConflictError, QuotaError, STORAGE_KEYS, isDamaged, type StoredWerkboek, type WerkboekStore } from "./store.ts";

export type SaveStatus =
  | { kind: "bewaard"; at: string }
  | { kind: "wijzigingen" }
  | { kind: "bezig" }
  | { kind: "conflict"; theirs: StoredWerkboek }
  | { kind: "fout"; message: string; quota: boolean };

/** Synchronous key-value storage (localStorage in the browser). */
export interface Backup {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Cross-tab messages (BroadcastChannel in the browser). */
export interface Channel {
  postMessage(message: ChangeMessage): void;
  addEventListener(type: "message", fn: (e: { data: unknown }) => void): void;
  removeEventListener(type: "message", fn: (e: { data: unknown }) => void): void;
}

export interface ChangeMessage {
  id: string;
  revision: number;
}

export interface SessionOptions {
  backup?: Backup | undefined;
  channel?: Channel | undefined;
  /** Quiet time after the last edit before saving. */
  delay?: number;
  onChange?: (w: Werkboek, source: "lokaal" | "extern" | "hersteld") => void;
  onStatus?: (s: SaveStatus) => void;
  now?: () => Date;
}

interface BackupEntry {
  werkboek: Werkboek;
  baseRevision: number;
}

/** A Dutch explanation of why a save failed; validation errors name the field. */
export function saveErrorMessage(e: unknown): string {
  if (e instanceof z.ZodError) {
    const first = e.issues[0];
    return `Niet bewaard: ${first ? `${describePath(first.path)}: ${first.message}` : "ongeldige invoer"}.`;
  }
  return e instanceof Error ? e.message : String(e);
}

export class WerkboekSession {
  readonly #store: WerkboekStore;
  readonly #opts: SessionOptions;
  #current: Werkboek;
  #revision: number;
  #dirty = false;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #saving: Promise<void> | null = null;
  #status: SaveStatus;
  readonly #onMessage = (e: { data: unknown }) => void this.#external(e.data);

  constructor(store: WerkboekStore, record: StoredWerkboek, opts: SessionOptions = {}) {
    this.#store = store;
    this.#opts = opts;
    this.#current = record.werkboek;
    this.#revision = record.revision;
    this.#status = { kind: "bewaard", at: record.werkboek.updatedAt };
    opts.channel?.addEventListener("message", this.#onMessage);
  }

  get werkboek(): Werkboek {
    return this.#current;
  }
  get revision(): number {
    return this.#revision;
  }
  get status(): SaveStatus {
    return this.#status;
  }
  get dirty(): boolean {
    return this.#dirty;
  }

  #setStatus(s: SaveStatus) {
    this.#status = s;
    this.#opts.onStatus?.(s);
  }

  #backupKey() {
    return STORAGE_KEYS.pending + this.#current.id;
  }

  /** Applies an edit and schedules a save. */
  update(edit: (w: Werkboek) => Werkboek): void {
    const now = (this.#opts.now ?? (() => new Date()))();
    this.#current = { ...edit(this.#current), updatedAt: now.toISOString() };
    this.#dirty = true;
    this.#opts.onChange?.(this.#current, "lokaal");
    if (this.#status.kind === "conflict") return; // wait for the user's choice; the edit stays in memory
    this.#setStatus({ kind: "wijzigingen" });
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.#opts.delay ?? 700);
  }

  /** Saves now (if there is anything to save); resolves when stored. */
  async flush(): Promise<void> {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    while (this.#saving) await this.#saving;
    if (!this.#dirty || this.#status.kind === "conflict") return;
    this.#saving = this.#saveOnce().finally(() => {
      this.#saving = null;
    });
    await this.#saving;
  }

  async #saveOnce(): Promise<void> {
    const snapshot = this.#current;
    this.#setStatus({ kind: "bezig" });
    try {
      const rec = await this.#store.save(snapshot, this.#revision);
      this.#revision = rec.revision;
      if (this.#current === snapshot) {
        this.#dirty = false;
        this.#opts.backup?.removeItem(this.#backupKey());
        this.#setStatus({ kind: "bewaard", at: snapshot.updatedAt });
      } else {
        this.#setStatus({ kind: "wijzigingen" });
        this.#timer = setTimeout(() => void this.flush(), this.#opts.delay ?? 700);
      }
      this.#opts.channel?.postMessage({ id: rec.id, revision: rec.revision });
    } catch (e) {
      if (e instanceof ConflictError) {
        this.#writeBackup();
        this.#setStatus({ kind: "conflict", theirs: e.current });
      } else {
        this.#writeBackup();
        this.#setStatus({ kind: "fout", message: saveErrorMessage(e), quota: e instanceof QuotaError });
      }
    }
  }

  #writeBackup() {
    if (!this.#dirty || !this.#opts.backup) return;
    const entry: BackupEntry = { werkboek: this.#current, baseRevision: this.#revision };
    try {
      this.#opts.backup.setItem(this.#backupKey(), JSON.stringify(entry));
    } catch {
      // localStorage full or blocked: the IndexedDB flush below is still attempted.
    }
  }

  /**
   * For `pagehide` / `visibilitychange`: a synchronous copy first (the page may be gone before
   * IndexedDB finishes), then the real save.
   */
  flushNow(): Promise<void> {
    this.#writeBackup();
    return this.flush();
  }

  async #external(data: unknown) {
    const msg = data as Partial<ChangeMessage> | null;
    if (!msg || msg.id !== this.#current.id || typeof msg.revision !== "number" || msg.revision <= this.#revision) return;
    if (this.#dirty) return; // our next save will meet the conflict and ask the user
    const rec = await this.#store.get(this.#current.id);
    if (!rec || isDamaged(rec) || rec.revision <= this.#revision || this.#dirty) return;
    this.#current = rec.werkboek;
    this.#revision = rec.revision;
    this.#opts.onChange?.(this.#current, "extern");
    this.#setStatus({ kind: "bewaard", at: rec.werkboek.updatedAt });
  }

  /**
   * Records that the whole werkboek was exported, so it counts as a backup. Saves pending edits first
   * (the file holds them), and adopts the new revision: the werkboek itself did not change, so the
   * next save must not be taken for someone else's edit.
   */
  async markExported(): Promise<void> {
    await this.flush();
    const before = this.#revision;
    const rec = await this.#store.markExported(this.#current.id);
    if (rec.revision === before + 1) this.#revision = rec.revision;
    this.#opts.channel?.postMessage({ id: rec.id, revision: rec.revision });
  }

  /** The user's answer to a conflict. */
  async resolveConflict(choice: "hunne" | "mijne"): Promise<void> {
    if (this.#status.kind !== "conflict") return;
    const theirs = this.#status.theirs;
    if (choice === "hunne") {
      this.#current = theirs.werkboek;
      this.#revision = theirs.revision;
      this.#dirty = false;
      this.#opts.backup?.removeItem(this.#backupKey());
      this.#opts.onChange?.(this.#current, "extern");
      this.#setStatus({ kind: "bewaard", at: theirs.werkboek.updatedAt });
      return;
    }
    // Keep mine on top of theirs: the other version was seen and deliberately replaced.
    this.#revision = theirs.revision;
    this.#setStatus({ kind: "wijzigingen" });
    await this.flush();
  }

  dispose(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#opts.channel?.removeEventListener("message", this.#onMessage);
  }
}

/**
 * Opens a session, first recovering edits a closed tab left in the backup. Returns null when the
 * werkboek does not exist or is damaged.
 */
export async function openSession(store: WerkboekStore, id: string, opts: SessionOptions = {}): Promise<WerkboekSession | null> {
  const rec = await store.get(id);
  if (!rec || isDamaged(rec)) return null;
  const session = new WerkboekSession(store, rec, opts);
  const key = STORAGE_KEYS.pending + id;
  const raw = opts.backup?.getItem(key);
  if (!raw) return session;
  let entry: BackupEntry | null = null;
  try {
    const parsed = JSON.parse(raw) as { werkboek?: unknown; baseRevision?: unknown };
    const w = werkboekSchema.safeParse(parsed.werkboek);
    if (w.success && typeof parsed.baseRevision === "number") entry = { werkboek: w.data, baseRevision: parsed.baseRevision };
  } catch {
    entry = null;
  }
  if (!entry || JSON.stringify(entry.werkboek) === JSON.stringify(rec.werkboek)) {
    opts.backup?.removeItem(key);
    return session;
  }
  const recovered = entry.werkboek;
  if (entry.baseRevision === rec.revision) {
    session.update(() => recovered);
    opts.onChange?.(session.werkboek, "hersteld");
    await session.flush();
  } else {
    // Another save came after the backup: let the user choose, like any conflict.
    const fromBackup = new WerkboekSession(store, { ...rec, werkboek: recovered, revision: entry.baseRevision }, opts);
    session.dispose();
    fromBackup.update((w) => w);
    await fromBackup.flush();
    return fromBackup;
  }
  return session;
}
