/**
 * The default store: one SQLite file (node:sqlite, no extra service) for a gemeente on one process.
 * Each method runs its statements in one synchronous transaction, so no other request can come between
 * reading a write secret and overwriting the bijdrage.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { LocalBus } from "./localBus.ts";
import type { ChangeRow, CreateResult, Notice, PutBijdrageInput, PutResult, SessionRecord, Store } from "./types.ts";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  admin_hash TEXT NOT NULL,
  meta TEXT NOT NULL,
  gesloten INTEGER NOT NULL DEFAULT 0,
  seq INTEGER NOT NULL DEFAULT 0,
  aantal INTEGER NOT NULL DEFAULT 0,
  uitkomst TEXT,
  uitkomst_rev INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  last_activity INTEGER NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS bijdragen (
  session_id TEXT NOT NULL,
  pid TEXT NOT NULL,
  secret_hash TEXT NOT NULL,
  envelope TEXT,
  body_hash TEXT,
  rev INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (session_id, pid)
) STRICT;
CREATE INDEX IF NOT EXISTS bijdragen_by_seq ON bijdragen (session_id, seq);
CREATE TABLE IF NOT EXISTS transfers (
  id TEXT PRIMARY KEY,
  envelope TEXT NOT NULL,
  expires_at INTEGER NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS sessions_by_activity ON sessions (last_activity);
`;

interface SessionRow {
  id: string;
  admin_hash: string;
  meta: string;
  gesloten: number;
  seq: number;
  aantal: number;
  uitkomst_rev: number;
  created_at: number;
  last_activity: number;
}

function statements(db: DatabaseSync) {
  const p = (sql: string) => db.prepare(sql);
  return {
    getSession: p("SELECT id, admin_hash, meta, gesloten, seq, aantal, uitkomst_rev, created_at, last_activity FROM sessions WHERE id = ?"),
    insertSession: p("INSERT INTO sessions (id, admin_hash, meta, created_at, last_activity) VALUES (?, ?, ?, ?, ?)"),
    updateMeta: p("UPDATE sessions SET meta = ?, last_activity = ? WHERE id = ?"),
    setClosed: p("UPDATE sessions SET gesloten = ?, seq = seq + 1, last_activity = ? WHERE id = ?"),
    bump: p("UPDATE sessions SET seq = seq + 1, aantal = aantal + ?, last_activity = ? WHERE id = ? RETURNING seq"),
    deleteBijdragen: p("DELETE FROM bijdragen WHERE session_id = ?"),
    deleteSession: p("DELETE FROM sessions WHERE id = ?"),
    getBijdrage: p("SELECT secret_hash, envelope, body_hash, rev, seq FROM bijdragen WHERE session_id = ? AND pid = ?"),
    countParticipants: p("SELECT COUNT(*) AS n FROM bijdragen WHERE session_id = ?"),
    upsertBijdrage: p(
      `INSERT INTO bijdragen (session_id, pid, secret_hash, envelope, body_hash, rev, seq, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (session_id, pid) DO UPDATE SET envelope = excluded.envelope, body_hash = excluded.body_hash,
       rev = excluded.rev, seq = excluded.seq, at = excluded.at`,
    ),
    changes: p("SELECT pid, rev, seq, envelope, at FROM bijdragen WHERE session_id = ? AND seq > ? ORDER BY seq LIMIT ?"),
    setUitkomst: p("UPDATE sessions SET uitkomst = ?, uitkomst_rev = uitkomst_rev + 1, seq = seq + 1, last_activity = ? WHERE id = ? RETURNING uitkomst_rev"),
    getUitkomst: p("SELECT uitkomst, uitkomst_rev FROM sessions WHERE id = ?"),
    insertTransfer: p("INSERT INTO transfers (id, envelope, expires_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING"),
    transferExpiry: p("SELECT expires_at FROM transfers WHERE id = ? AND expires_at > ?"),
    takeTransfer: p("DELETE FROM transfers WHERE id = ? RETURNING envelope, expires_at"),
    deleteTransfer: p("DELETE FROM transfers WHERE id = ?"),
    oldSessions: p("SELECT id FROM sessions WHERE last_activity < ?"),
    expiredTransfers: p("DELETE FROM transfers WHERE expires_at <= ?"),
  };
}

export const SQLITE_FILE = "raadskompas-live.sqlite";

export class SqliteStore implements Store {
  readonly kind = "sqlite";
  readonly #db: DatabaseSync;
  readonly #bus = new LocalBus();
  readonly #q: ReturnType<typeof statements>;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.#db = new DatabaseSync(join(dataDir, SQLITE_FILE));
    // WAL: readers never wait for the writer. NORMAL is durable when the process dies (a restart mid-session
    // loses nothing acknowledged); only a power cut may drop the last commits. secure_delete overwrites
    // deleted rows with zeros, so a deleted session's ciphertext does not linger in free pages.
    this.#db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON; PRAGMA busy_timeout = 5000;");
    this.#db.exec(SCHEMA);
    this.#q = statements(this.#db);
  }

  #tx<T>(fn: () => T): T {
    this.#db.exec("BEGIN IMMEDIATE");
    try {
      const out = fn();
      this.#db.exec("COMMIT");
      return out;
    } catch (e) {
      this.#db.exec("ROLLBACK");
      throw e;
    }
  }

  /** Moves the WAL into the database and empties it, so removed ciphertext is gone from both files. */
  #purge(): void {
    this.#db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  }

  #row(id: string): SessionRow | undefined {
    return this.#q.getSession.get(id) as SessionRow | undefined;
  }

  async createSession(input: { id: string; adminHash: string; meta: string; now: number }): Promise<CreateResult> {
    return this.#tx(() => {
      const row = this.#row(input.id);
      if (!row) {
        this.#q.insertSession.run(input.id, input.adminHash, input.meta, input.now, input.now);
        return "nieuw";
      }
      if (row.admin_hash !== input.adminHash) return "conflict";
      this.#q.updateMeta.run(input.meta, input.now, input.id);
      return "bestaat";
    });
  }

  async getSession(id: string): Promise<SessionRecord | null> {
    const r = this.#row(id);
    if (!r) return null;
    return {
      id: r.id,
      adminHash: r.admin_hash,
      meta: r.meta,
      gesloten: r.gesloten === 1,
      seq: r.seq,
      aantal: r.aantal,
      uitkomstRev: r.uitkomst_rev,
      createdAt: r.created_at,
      lastActivity: r.last_activity,
    };
  }

  async setClosed(id: string, gesloten: boolean, now: number): Promise<boolean> {
    return this.#q.setClosed.run(gesloten ? 1 : 0, now, id).changes > 0;
  }

  async deleteSession(id: string): Promise<boolean> {
    const gone = this.#tx(() => {
      this.#q.deleteBijdragen.run(id);
      return this.#q.deleteSession.run(id).changes > 0;
    });
    if (gone) this.#purge();
    return gone;
  }

  async putBijdrage(input: PutBijdrageInput): Promise<PutResult> {
    return this.#tx((): PutResult => {
      const s = this.#row(input.sid);
      if (!s) return { status: "geen-sessie" };
      if (s.gesloten === 1) return { status: "gesloten" };
      const cur = this.#q.getBijdrage.get(input.sid, input.pid) as
        | { secret_hash: string; envelope: string | null; body_hash: string | null; rev: number; seq: number }
        | undefined;
      if (cur && cur.secret_hash !== input.secretHash) return { status: "geen-toegang" };
      if (cur && cur.envelope !== null && cur.body_hash === input.bodyHash) {
        return { status: "ok", rev: cur.rev, seq: cur.seq, nieuw: false, changed: false, at: input.now };
      }
      if (!cur) {
        const { n } = this.#q.countParticipants.get(input.sid) as { n: number };
        if (n >= input.maxParticipants) return { status: "vol" };
      }
      const counts = !cur || cur.envelope === null ? 1 : 0;
      const { seq } = this.#q.bump.get(counts, input.now, input.sid) as { seq: number };
      const rev = (cur?.rev ?? 0) + 1;
      this.#q.upsertBijdrage.run(input.sid, input.pid, input.secretHash, input.envelope, input.bodyHash, rev, seq, input.now);
      return { status: "ok", rev, seq, nieuw: !cur, changed: true, at: input.now };
    });
  }

  async withdrawBijdrage(input: { sid: string; pid: string; secretHash: string; now: number }): Promise<PutResult> {
    return this.#tx((): PutResult => {
      const s = this.#row(input.sid);
      if (!s) return { status: "geen-sessie" };
      const cur = this.#q.getBijdrage.get(input.sid, input.pid) as { secret_hash: string; envelope: string | null; rev: number; seq: number } | undefined;
      if (!cur || cur.secret_hash !== input.secretHash) return { status: "geen-toegang" };
      if (cur.envelope === null) return { status: "ok", rev: cur.rev, seq: cur.seq, nieuw: false, changed: false, at: input.now };
      const { seq } = this.#q.bump.get(-1, input.now, input.sid) as { seq: number };
      // The row stays as a tombstone: the griffier's feed must learn of the withdrawal, and the
      // participant keeps their place (a withdraw and resend cannot get round the participant limit).
      this.#q.upsertBijdrage.run(input.sid, input.pid, input.secretHash, null, null, cur.rev + 1, seq, input.now);
      return { status: "ok", rev: cur.rev + 1, seq, nieuw: false, changed: true, at: input.now };
    });
  }

  async changesSince(sid: string, afterSeq: number, limit: number): Promise<{ rows: ChangeRow[]; cursor: number }> {
    const rows = (this.#q.changes.all(sid, afterSeq, limit) as unknown as ChangeRow[]).map((r) => ({ ...r }));
    return { rows, cursor: rows.length > 0 ? rows[rows.length - 1]!.seq : afterSeq };
  }

  async putUitkomst(sid: string, envelope: string | null, now: number): Promise<number | null> {
    const r = this.#q.setUitkomst.get(envelope, now, sid) as { uitkomst_rev: number } | undefined;
    if (envelope === null) this.#purge();
    return r ? r.uitkomst_rev : null;
  }

  async getUitkomst(sid: string): Promise<{ rev: number; envelope: string } | null> {
    const r = this.#q.getUitkomst.get(sid) as { uitkomst: string | null; uitkomst_rev: number } | undefined;
    return r && r.uitkomst !== null ? { rev: r.uitkomst_rev, envelope: r.uitkomst } : null;
  }

  async putTransfer(id: string, envelope: string, expiresAt: number): Promise<boolean> {
    return this.#q.insertTransfer.run(id, envelope, expiresAt).changes > 0;
  }

  async transferExpiry(id: string, now: number): Promise<number | null> {
    const r = this.#q.transferExpiry.get(id, now) as { expires_at: number } | undefined;
    return r ? r.expires_at : null;
  }

  async takeTransfer(id: string, now: number): Promise<string | null> {
    const r = this.#q.takeTransfer.get(id) as { envelope: string; expires_at: number } | undefined;
    if (!r) return null;
    this.#purge();
    return r.expires_at > now ? r.envelope : null;
  }

  async deleteTransfer(id: string): Promise<boolean> {
    const gone = this.#q.deleteTransfer.run(id).changes > 0;
    if (gone) this.#purge();
    return gone;
  }

  async sweep(now: number, retentionMs: number): Promise<{ sessions: number; transfers: number }> {
    const old = this.#q.oldSessions.all(now - retentionMs) as { id: string }[];
    for (const { id } of old) {
      this.#tx(() => {
        this.#q.deleteBijdragen.run(id);
        this.#q.deleteSession.run(id);
      });
    }
    const transfers = Number(this.#q.expiredTransfers.run(now).changes);
    if (old.length > 0 || transfers > 0) this.#purge();
    return { sessions: old.length, transfers };
  }

  async publish(sid: string, notice: Notice): Promise<void> {
    this.#bus.emit(sid, notice);
  }

  subscribe(sid: string, listener: (notice: Notice) => void): () => void {
    return this.#bus.on(sid, listener);
  }

  async close(): Promise<void> {
    this.#db.close();
  }
}
