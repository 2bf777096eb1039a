/**
 * The raadslid's outbox: a bijdrage is stored in the browser before it is sent, and stays there until the
 * server has acknowledged exactly that version. Offline, a restarting server or a busy one (429/5xx) means
 * trying again later, with a growing pause; a refusal that no retry can change (insturen gesloten, too
 * large, wrong secret) is kept with its Dutch message, never dropped. Storage and timers are parameters,
 * so the page backs it with IndexedDB or localStorage and the tests run it without waiting.
 */
import type { LiveEnvelope } from "../../schemas/liveEnvelope.ts";
import type { PutBijdrageResponse } from "../../schemas/liveBijdrage.ts";
import { LiveError } from "./client.ts";

export type OutboxState = "wachten" | "verzonden" | "geweigerd";

export interface OutboxEntry {
  /** `${sid}/${pid}`: one entry per participant and session; a newer version replaces the older one. */
  key: string;
  sid: string;
  pid: string;
  /** The write secret; stays in this browser, goes out only in the Authorization header. */
  secret: string;
  envelope: LiveEnvelope;
  /** Local counter: an answer for an older version never marks a newer one as sent. */
  version: number;
  state: OutboxState;
  attempts: number;
  /** Why it is not sent yet or was refused (Dutch), null when all is well. */
  fout: string | null;
  code: string | null;
  /** The server's revision once acknowledged. */
  rev: number | null;
  ontvangenOp: string | null;
}

export interface OutboxStorage {
  load(): Promise<OutboxEntry[]>;
  save(entries: OutboxEntry[]): Promise<void>;
}

export function memoryStorage(initial: OutboxEntry[] = []): OutboxStorage & { saved: OutboxEntry[] } {
  const store = {
    saved: structuredClone(initial),
    async load() {
      return structuredClone(store.saved);
    },
    async save(entries: OutboxEntry[]) {
      store.saved = structuredClone(entries);
    },
  };
  return store;
}

export interface OutboxOptions {
  send(entry: OutboxEntry): Promise<PutBijdrageResponse>;
  storage: OutboxStorage;
  onChange?(entries: OutboxEntry[]): void;
  /** Runs `fn` after `ms`; returns a cancel function. Default: setTimeout. */
  schedule?(fn: () => void, ms: number): () => void;
  /** 0 ≤ x < 1, for the jitter. Default: Math.random. */
  random?(): number;
}

export const RETRY_MIN_MS = 1000;
export const RETRY_MAX_MS = 30_000;

/** The pause before attempt `attempts + 1`: doubling from 1 s to 30 s, with jitter so 45 tablets do not retry in step. */
export function retryDelay(attempts: number, random: () => number, retryAfterMs: number | null = null): number {
  const exp = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** Math.max(0, attempts - 1));
  return Math.max(retryAfterMs ?? 0, Math.round(exp * (0.5 + random() / 2)));
}

export class Outbox {
  readonly #opts: OutboxOptions;
  readonly #entries = new Map<string, OutboxEntry>();
  readonly #inFlight = new Set<string>();
  readonly #timers = new Map<string, () => void>();
  #loaded: Promise<void> | null = null;

  constructor(opts: OutboxOptions) {
    this.#opts = opts;
  }

  /** Loads what an earlier page left unsent and sends it. */
  start(): Promise<void> {
    this.#loaded ??= (async () => {
      for (const e of await this.#opts.storage.load()) {
        // Whatever was in flight when the page closed is unacknowledged: send it again.
        this.#entries.set(e.key, e);
      }
      this.flush();
    })();
    return this.#loaded;
  }

  entries(): OutboxEntry[] {
    return [...this.#entries.values()].map((e) => ({ ...e }));
  }

  get(sid: string, pid: string): OutboxEntry | undefined {
    const e = this.#entries.get(`${sid}/${pid}`);
    return e ? { ...e } : undefined;
  }

  /** Queues a (new version of a) bijdrage. Resolves once it is stored locally, before any network. */
  async put(input: { sid: string; pid: string; secret: string; envelope: LiveEnvelope }): Promise<OutboxEntry> {
    await this.start();
    const key = `${input.sid}/${input.pid}`;
    const prev = this.#entries.get(key);
    const entry: OutboxEntry = {
      key,
      ...input,
      version: (prev?.version ?? 0) + 1,
      state: "wachten",
      attempts: 0,
      fout: null,
      code: null,
      rev: prev?.rev ?? null,
      ontvangenOp: null,
    };
    this.#entries.set(key, entry);
    this.#cancelTimer(key);
    await this.#persist();
    void this.#send(key);
    return { ...entry };
  }

  /** Sends everything still waiting now (e.g. on the browser's `online` event), without the pause. */
  flush(): void {
    for (const [key, e] of this.#entries) {
      if (e.state === "wachten") {
        this.#cancelTimer(key);
        void this.#send(key);
      }
    }
  }

  /** Puts a refused entry back in the queue (after the griffier reopened, for instance). */
  retry(sid: string, pid: string): void {
    const e = this.#entries.get(`${sid}/${pid}`);
    if (!e || e.state === "verzonden") return;
    e.state = "wachten";
    e.attempts = 0;
    void this.#persist().then(() => this.#send(e.key));
  }

  /** Stops the timers (page closing); what is waiting stays stored. */
  stop(): void {
    for (const key of [...this.#timers.keys()]) this.#cancelTimer(key);
  }

  #cancelTimer(key: string): void {
    this.#timers.get(key)?.();
    this.#timers.delete(key);
  }

  async #persist(): Promise<void> {
    await this.#opts.storage.save([...this.#entries.values()]);
    this.#opts.onChange?.(this.entries());
  }

  async #send(key: string): Promise<void> {
    const e = this.#entries.get(key);
    if (!e || e.state !== "wachten" || this.#inFlight.has(key)) return;
    this.#inFlight.add(key);
    const version = e.version;
    let again = false;
    try {
      const r = await this.#opts.send(e);
      const cur = this.#entries.get(key);
      if (cur && cur.version === version) {
        Object.assign(cur, { state: "verzonden", fout: null, code: null, rev: r.rev, ontvangenOp: r.ontvangenOp });
      }
    } catch (err) {
      const cur = this.#entries.get(key);
      if (cur && cur.version === version) {
        const le = err instanceof LiveError ? err : new LiveError(0, "offline", err instanceof Error ? err.message : String(err));
        cur.fout = le.message;
        cur.code = le.code;
        if (le.retry) {
          cur.attempts++;
          const delay = retryDelay(cur.attempts, this.#opts.random ?? Math.random, le.retryAfterMs);
          const schedule = this.#opts.schedule ?? ((fn, ms) => {
            const t = setTimeout(fn, ms);
            return () => clearTimeout(t);
          });
          this.#timers.set(key, schedule(() => {
            this.#timers.delete(key);
            void this.#send(key);
          }, delay));
        } else {
          cur.state = "geweigerd";
        }
      }
    } finally {
      this.#inFlight.delete(key);
      const cur = this.#entries.get(key);
      // A newer version was queued while this one was on its way: send that one now.
      again = cur !== undefined && cur.version !== version && cur.state === "wachten";
      await this.#persist();
    }
    if (again) await this.#send(key);
  }
}
