/**
 * One editing session on one werkboek: debounced saves, an immediate flush when the page hides, a
 * synchronous backup for a tab closed mid-typing, and conflict detection between tabs.
 * Browser specifics (localStorage, BroadcastChannel, timers) are injected so this stays testable.
 */
import type { Werkboek } from "../../schemas/werkboek.ts";
import type * as z from "zod/mini";
// paths.ts (Dutch field names) loads only when a save fails or conflicts (ADR 0015).
import { applyChanges, deepEqual, diff, merge3, type Change, type Overlap, type Path } from "./merge.ts";
import { ConflictError, QuotaError, STORAGE_KEYS, isDamaged, loadValidation, type StoredWerkboek, type WerkboekStore } from "./store.ts";

/** Something the user should know that is not a save state: a recovery, a merge, a failed backup. */
export interface Notice {
  kind: "info" | "waarschuwing";
  message: string;
  /** Details, one per line (e.g. which fields were shortened). */
  details?: string[];
  /** A file to offer, e.g. the untouched emergency copy that could not be restored in full. */
  download?: { name: string; text: string };
}

/** A field both versions changed, for the conflict message. */
export interface ConflictField {
  field: string;
  /** What the other version holds there, shortened for display. */
  theirs: string;
}

export type SaveStatus = (
  | { kind: "bewaard"; at: string }
  | { kind: "wijzigingen" }
  | { kind: "bezig" }
  | { kind: "conflict"; theirs: StoredWerkboek; fields?: ConflictField[] }
  | { kind: "fout"; message: string; quota: boolean }
) & { notice?: Notice };

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

/**
 * Tells the other tabs that a werkboek has a new revision: every page that writes (a worksheet's
 * session, the werkboek page) says it with this one message, so every tab understands it.
 */
export function announceChange(channel: Channel | null | undefined, rec: ChangeMessage): void {
  channel?.postMessage({ id: rec.id, revision: rec.revision });
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

/**
 * The emergency copy in localStorage: only the changes since the last save, so a werkboek with many
 * long raadsvoorstellen still fits in the few megabytes localStorage allows.
 */
interface BackupEntry {
  v: 2;
  baseRevision: number;
  changes: Change[];
}

const preview = (v: unknown): string => {
  if (v === undefined || v === null || v === "") return "(leeg)";
  if (typeof v === "string") return v.length > 200 ? `${v.slice(0, 200)}…` : v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return Array.isArray(v) ? `een lijst met ${v.length} onderdelen` : "een ander ingevuld onderdeel";
};

/** Path with ids turned into positions, so describePath can name it ("toetsen › nr. 2 › notities"). */
function readablePath(root: unknown, path: Path): PropertyKey[] {
  const out: PropertyKey[] = [];
  let node: unknown = root;
  for (const seg of path) {
    if (typeof seg === "object") {
      const i = Array.isArray(node) ? node.findIndex((x) => (x as { id?: unknown })?.id === seg.id) : -1;
      out.push(i < 0 ? seg.id : i);
      node = i < 0 ? undefined : (node as unknown[])[i];
    } else {
      out.push(seg);
      node = (node as Record<PropertyKey, unknown> | undefined)?.[seg];
    }
  }
  return out;
}

async function conflictFields(theirs: Werkboek, overlaps: Overlap[]): Promise<ConflictField[]> {
  const { describePath } = await import("./paths.ts");
  return overlaps.map((o) => ({ field: describePath(readablePath(theirs, o.path)), theirs: preview(o.theirs) }));
}

/** Both tabs always change `updatedAt`; that alone is no conflict. */
function mergeWerkboek(base: Werkboek, mine: Werkboek, theirs: Werkboek, prefer: "mijne" | "hunne"): { value: Werkboek; overlaps: Overlap[] } {
  const r = merge3(base, mine, theirs, prefer);
  return { value: r.value as Werkboek, overlaps: r.overlaps.filter((o) => o.path[o.path.length - 1] !== "updatedAt") };
}

/** A Dutch explanation of why a save failed; validation errors name the field. */
export async function saveErrorMessage(e: unknown): Promise<string> {
  // A zod validation error, recognised without importing zod (it loads on demand, ADR 0015).
  const issues = (e as { issues?: unknown } | null)?.issues;
  if (e instanceof Error && Array.isArray(issues)) {
    const first = issues[0] as z.core.$ZodIssue | undefined;
    return `Niet bewaard. ${first ? (await import("./paths.ts")).issueMessage(first) : "Een veld klopt niet."}`;
  }
  return e instanceof Error ? e.message : String(e);
}

export class WerkboekSession {
  readonly #store: WerkboekStore;
  readonly #opts: SessionOptions;
  #current: Werkboek;
  /** The werkboek as stored at `#revision`: the base for the emergency copy and for merges. */
  #saved: Werkboek;
  #revision: number;
  #notice: Notice | undefined;
  #dirty = false;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #saving: Promise<void> | null = null;
  #status: SaveStatus;
  readonly #onMessage = (e: { data: unknown }) => void this.#external(e.data);

  constructor(store: WerkboekStore, record: StoredWerkboek, opts: SessionOptions = {}) {
    this.#store = store;
    this.#opts = opts;
    this.#current = record.werkboek;
    this.#saved = record.werkboek;
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
    this.#status = this.#notice ? { ...s, notice: this.#notice } : s;
    this.#opts.onStatus?.(this.#status);
  }

  /** Shows a notice with the current status (it stays until replaced). */
  notify(notice: Notice | undefined): void {
    this.#notice = notice;
    const { notice: _old, ...rest } = this.#status;
    this.#setStatus(rest as SaveStatus);
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
    // The copy is small (only what changed), so it is written on every edit: a crash or a closed tab
    // before the next save loses nothing, and a full localStorage is reported while the user is here.
    const backedUp = this.#writeBackup();
    if (!backedUp && this.#notice?.message !== BACKUP_FAILED) this.#notice = { kind: "waarschuwing", message: BACKUP_FAILED };
    else if (backedUp && this.#notice?.kind === "info") this.#notice = undefined;
    if (this.#status.kind === "conflict") return void this.#setStatus(this.#status); // wait for the user's choice; the edit stays in memory
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

  async #saveOnce(attempt = 0): Promise<void> {
    const snapshot = this.#current;
    this.#setStatus({ kind: "bezig" });
    try {
      const rec = await this.#store.save(snapshot, this.#revision);
      this.#revision = rec.revision;
      this.#saved = snapshot;
      if (this.#current === snapshot) {
        this.#dirty = false;
        this.#opts.backup?.removeItem(this.#backupKey());
        if (this.#notice?.message === BACKUP_FAILED) this.#notice = undefined;
        this.#setStatus({ kind: "bewaard", at: snapshot.updatedAt });
      } else {
        // Edits made while saving: the copy now only needs what changed since this save.
        this.#writeBackup();
        this.#setStatus({ kind: "wijzigingen" });
        this.#timer = setTimeout(() => void this.flush(), this.#opts.delay ?? 700);
      }
      announceChange(this.#opts.channel, rec);
    } catch (e) {
      if (e instanceof ConflictError) {
        const theirs = e.current;
        const merged = mergeWerkboek(this.#saved, this.#current, theirs.werkboek, "mijne");
        if (merged.overlaps.length === 0 && attempt < 3) {
          // Edits in different fields: keep both, without asking.
          this.#current = { ...merged.value, updatedAt: this.#current.updatedAt };
          this.#saved = theirs.werkboek;
          this.#revision = theirs.revision;
          this.#notice = { kind: "info", message: "Dit werkboek was ook in een ander tabblad gewijzigd. Beide wijzigingen zijn samengevoegd." };
          this.#opts.onChange?.(this.#current, "extern");
          this.#writeBackup();
          return this.#saveOnce(attempt + 1);
        }
        this.#writeBackup();
        this.#setStatus({ kind: "conflict", theirs, fields: await conflictFields(theirs.werkboek, merged.overlaps) });
      } else {
        this.#writeBackup();
        this.#setStatus({ kind: "fout", message: await saveErrorMessage(e), quota: e instanceof QuotaError });
      }
    }
  }

  /** Writes the emergency copy; false when localStorage refused it (full or blocked). */
  #writeBackup(): boolean {
    if (!this.#dirty || !this.#opts.backup) return true;
    const entry: BackupEntry = { v: 2, baseRevision: this.#revision, changes: diff(this.#saved, this.#current) };
    try {
      this.#opts.backup.setItem(this.#backupKey(), JSON.stringify(entry));
      return true;
    } catch {
      // Full or blocked: the IndexedDB save is still attempted; the caller tells the user.
      return false;
    }
  }

  /**
   * For `pagehide` / `visibilitychange`: a synchronous copy first (the page may be gone before
   * IndexedDB finishes), then the real save.
   */
  flushNow(): Promise<void> {
    if (!this.#writeBackup()) this.notify({ kind: "waarschuwing", message: BACKUP_FAILED });
    return this.flush();
  }

  async #external(data: unknown) {
    const msg = data as Partial<ChangeMessage> | null;
    if (!msg || msg.id !== this.#current.id || typeof msg.revision !== "number" || msg.revision <= this.#revision) return;
    if (this.#dirty) return; // our next save will meet the conflict and ask the user
    const rec = await this.#store.get(this.#current.id);
    if (!rec || isDamaged(rec) || rec.revision <= this.#revision || this.#dirty) return;
    const changed = !deepEqual(rec.werkboek, this.#current);
    this.#current = rec.werkboek;
    this.#saved = rec.werkboek;
    this.#revision = rec.revision;
    this.#opts.onChange?.(this.#current, "extern");
    if (changed) this.#notice = { kind: "info", message: "Dit werkboek is net in een ander tabblad gewijzigd. Je ziet nu de nieuwste versie." };
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
    announceChange(this.#opts.channel, rec);
  }

  /** The user's answer to a conflict. */
  /**
   * The user's answer to a conflict. Only the fields both versions changed follow the choice; what
   * either side changed alone is kept.
   */
  async resolveConflict(choice: "hunne" | "mijne"): Promise<void> {
    if (this.#status.kind !== "conflict") return;
    const theirs = this.#status.theirs;
    const merged = mergeWerkboek(this.#saved, this.#current, theirs.werkboek, choice).value;
    this.#saved = theirs.werkboek;
    this.#revision = theirs.revision;
    this.#notice = undefined;
    if (deepEqual({ ...merged, updatedAt: "" }, { ...theirs.werkboek, updatedAt: "" })) {
      this.#current = theirs.werkboek;
      this.#dirty = false;
      this.#opts.backup?.removeItem(this.#backupKey());
      this.#opts.onChange?.(this.#current, "extern");
      this.#setStatus({ kind: "bewaard", at: theirs.werkboek.updatedAt });
      return;
    }
    this.#current = { ...merged, updatedAt: (this.#opts.now ?? (() => new Date()))().toISOString() };
    this.#dirty = true;
    this.#opts.onChange?.(this.#current, "extern");
    this.#setStatus({ kind: "wijzigingen" });
    await this.flush();
  }

  dispose(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#opts.channel?.removeEventListener("message", this.#onMessage);
  }
}

const BACKUP_FAILED = "Let op: de noodkopie in je browser is vol. Sluit dit tabblad pas als hierboven 'Bewaard' staat, of download je werk als bestand.";

/** The werkboek the emergency copy describes, from either backup format. */
function fromBackup(raw: string, stored: Werkboek): { value: unknown; baseRevision: number } | null {
  try {
    const parsed = JSON.parse(raw) as Partial<BackupEntry> & { werkboek?: unknown };
    if (typeof parsed.baseRevision !== "number") return null;
    // Version 1 of the copy held the whole werkboek.
    if (parsed.werkboek !== undefined) return { value: parsed.werkboek, baseRevision: parsed.baseRevision };
    if (!Array.isArray(parsed.changes)) return null;
    return { value: applyChanges(stored, parsed.changes).value, baseRevision: parsed.baseRevision };
  } catch {
    return null;
  }
}

/**
 * Opens a session, first recovering edits a closed tab left in the backup. A copy is never thrown
 * away unread: what validates is restored, an over-long text is shortened with a notice, and a copy
 * that cannot be used at all stays in localStorage and is offered as a download. Returns null when
 * the werkboek does not exist or is damaged.
 */
export async function openSession(store: WerkboekStore, id: string, opts: SessionOptions = {}): Promise<WerkboekSession | null> {
  const rec = await store.get(id);
  if (!rec || isDamaged(rec)) return null;
  const session = new WerkboekSession(store, rec, opts);
  const key = STORAGE_KEYS.pending + id;
  const raw = opts.backup?.getItem(key);
  if (!raw) return session;
  const rescue = { name: `noodkopie-${id}.json`, text: raw };
  const entry = fromBackup(raw, rec.werkboek);
  if (!entry) {
    session.notify({ kind: "waarschuwing", message: "Er stond een noodkopie van je laatste wijzigingen, maar die kon niet worden gelezen. Je ziet de laatst bewaarde versie. De noodkopie kun je downloaden.", download: rescue });
    return session;
  }
  let recovered: Werkboek;
  let fixes: string[] = [];
  const { werkboekSchema } = await loadValidation();
  const valid = werkboekSchema.safeParse(entry.value);
  if (valid.success) recovered = valid.data;
  else {
    // Only needed after a crash with a bad copy: loaded then, not with every page.
    const { repairWerkboek } = await import("./repair.ts");
    const repaired = repairWerkboek(entry.value);
    if (!repaired) {
      session.notify({ kind: "waarschuwing", message: "Je laatste wijzigingen konden niet worden hersteld. Je ziet de laatst bewaarde versie. De noodkopie met je wijzigingen kun je downloaden.", download: rescue });
      return session;
    }
    recovered = repaired.werkboek;
    fixes = repaired.fixes;
  }
  if (JSON.stringify(recovered) === JSON.stringify(rec.werkboek)) {
    opts.backup?.removeItem(key);
    return session;
  }
  if (entry.baseRevision !== rec.revision && !Array.isArray((JSON.parse(raw) as { changes?: unknown }).changes)) {
    // An old-style full copy made before a later save: let the user choose, like any conflict.
    const older = new WerkboekSession(store, { ...rec, werkboek: recovered, revision: entry.baseRevision }, opts);
    session.dispose();
    older.update((w) => w);
    await older.flush();
    return older;
  }
  session.update(() => recovered);
  opts.onChange?.(session.werkboek, "hersteld");
  if (fixes.length > 0) {
    session.notify({
      kind: "waarschuwing",
      message: "Je laatste wijzigingen zijn hersteld, maar een tekst was langer dan mag en is ingekort. Het origineel kun je downloaden.",
      details: fixes,
      download: rescue,
    });
    // The shortened version is saved; keep the original copy under its own key until the user has it.
    try {
      opts.backup?.setItem(`${STORAGE_KEYS.pending}origineel-${id}`, raw);
    } catch {
      // No room: the notice still offers the download for this visit.
    }
  } else session.notify({ kind: "info", message: "Je laatste wijzigingen van de vorige keer zijn hersteld." });
  await session.flush();
  return session;
}
