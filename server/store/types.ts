/**
 * What the relay keeps, behind one interface with two engines: SQLite for one gemeente on one process,
 * Redis when several processes share sessions (ADR 0021). Everything stored is ciphertext, hashes of
 * secrets, counters and times: the store never holds a key or a plaintext.
 */

/** A session as stored. `meta` is the sealed envelope as JSON text. */
export interface SessionRecord {
  id: string;
  /** SHA-256 (hex) of the admin secret. */
  adminHash: string;
  meta: string;
  gesloten: boolean;
  /** Last feed position handed out. */
  seq: number;
  /** Participants with a bijdrage that is not withdrawn. */
  aantal: number;
  /** Revision of the gedeelde uitkomst, 0 when none. */
  uitkomstRev: number;
  createdAt: number;
  lastActivity: number;
}

export type CreateResult = "nieuw" | "bestaat" | "conflict";

export type WriteRefusal = "geen-sessie" | "gesloten" | "geen-toegang" | "vol";

export type PutResult =
  | {
      status: "ok";
      rev: number;
      seq: number;
      /** First bijdrage of this participant. */
      nieuw: boolean;
      /** False when the same envelope came again (a resend after a lost answer): no new feed event. */
      changed: boolean;
      at: number;
    }
  | { status: WriteRefusal };

/** One participant's latest state, for the griffier's feed. `envelope` is null once withdrawn. */
export interface ChangeRow {
  pid: string;
  rev: number;
  seq: number;
  envelope: string | null;
  at: number;
}

/** What a notification says happened; listeners then read the store themselves. */
export type Notice = "bijdrage" | "sessie" | "uitkomst" | "verwijderd" | "opnieuw";

export interface PutBijdrageInput {
  sid: string;
  pid: string;
  secretHash: string;
  envelope: string;
  bodyHash: string;
  now: number;
  maxParticipants: number;
}

export interface Store {
  readonly kind: "sqlite" | "redis";
  createSession(input: { id: string; adminHash: string; meta: string; now: number }): Promise<CreateResult>;
  getSession(id: string): Promise<SessionRecord | null>;
  setClosed(id: string, gesloten: boolean, now: number): Promise<boolean>;
  /** Removes the session and everything in it at once. */
  deleteSession(id: string): Promise<boolean>;
  putBijdrage(input: PutBijdrageInput): Promise<PutResult>;
  withdrawBijdrage(input: { sid: string; pid: string; secretHash: string; now: number }): Promise<PutResult>;
  /** Latest state of every participant changed after `afterSeq`, oldest first; `cursor` is where to go on. */
  changesSince(sid: string, afterSeq: number, limit: number): Promise<{ rows: ChangeRow[]; cursor: number }>;
  /** Stores (or with null removes) the gedeelde uitkomst; the new revision, or null without session. */
  putUitkomst(sid: string, envelope: string | null, now: number): Promise<number | null>;
  getUitkomst(sid: string): Promise<{ rev: number; envelope: string } | null>;
  /** False when the slot id is taken. */
  putTransfer(id: string, envelope: string, expiresAt: number): Promise<boolean>;
  /** When the slot expires, or null when it is gone. */
  transferExpiry(id: string, now: number): Promise<number | null>;
  /** Returns the envelope and removes it in the same step: a second fetch gets nothing. */
  takeTransfer(id: string, now: number): Promise<string | null>;
  deleteTransfer(id: string): Promise<boolean>;
  /** Removes sessions idle longer than `retentionMs` and expired transfers. */
  sweep(now: number, retentionMs: number): Promise<{ sessions: number; transfers: number }>;
  /** Tells every process (this one included) that `sid` changed. */
  publish(sid: string, notice: Notice): Promise<void>;
  /** Notices for `sid`; also "opnieuw" after a lost connection, when a listener should re-read. */
  subscribe(sid: string, listener: (notice: Notice) => void): () => void;
  close(): Promise<void>;
}
