/**
 * The relay API as functions. `fetch` is a parameter, so the same code runs in the browser, in the unit
 * tests against a real server process and in the load script. Secrets go in the Authorization header only;
 * no URL this module builds contains a secret or a key.
 */
import type { LiveEnvelope } from "../../schemas/liveEnvelope.ts";
import type { FeedSessie, FeedUitkomst } from "../../schemas/liveFeed.ts";
import type { FeedBijdrage, PutBijdrageResponse } from "../../schemas/liveBijdrage.ts";
import type { SessionInfo } from "../../schemas/liveSession.ts";
import type { LiveStatus } from "../../schemas/liveStatus.ts";
import type { TransferStatus } from "../../schemas/liveTransfer.ts";
import { openFeed, type Feed, type FetchLike } from "./sse.ts";

/** A refused or failed request. `fout` is Dutch and fit for the page; `retry` says whether trying again can help. */
export class LiveError extends Error {
  readonly status: number;
  readonly code: string;
  readonly retry: boolean;
  readonly retryAfterMs: number | null;
  constructor(status: number, code: string, fout: string, retryAfterMs: number | null = null, cause?: unknown) {
    super(fout, cause === undefined ? undefined : { cause });
    this.name = "LiveError";
    this.status = status;
    this.code = code;
    // 0: no answer at all (offline, server down). 408/429/5xx: busy or restarting. Other 4xx: no use.
    this.retry = status === 0 || status === 408 || status === 429 || status >= 500;
    this.retryAfterMs = retryAfterMs;
  }
}

export const OFFLINE_FOUT = "Geen verbinding met de server. Je bijdrage blijft in deze browser bewaard en gaat vanzelf mee zodra de verbinding terug is.";

export interface LiveClientOptions {
  fetch: FetchLike;
  /** Origin of the server; "" for the page's own origin. */
  base?: string;
}

export type LiveClient = ReturnType<typeof createLiveClient>;

export interface GriffierFeedHandlers {
  onBijdrage(b: FeedBijdrage): void;
  onSessie?(s: FeedSessie): void;
  onVerwijderd?(): void;
  onOpen?(): void;
  onDisconnect?(retryMs: number): void;
  onFatal?(e: LiveError): void;
}

export interface DeelnemerFeedHandlers {
  onSessie?(s: FeedSessie): void;
  onUitkomst?(u: FeedUitkomst): void;
  onVerwijderd?(): void;
  onOpen?(): void;
  onDisconnect?(retryMs: number): void;
  onFatal?(e: LiveError): void;
}

function parseJson(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
}

export function createLiveClient(opts: LiveClientOptions) {
  const base = opts.base ?? "";
  const doFetch = opts.fetch;

  async function call<T>(method: string, path: string, init: { secret?: string; body?: unknown } = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: "application/json" };
    if (init.secret) headers["Authorization"] = `Bearer ${init.secret}`;
    if (init.body !== undefined) headers["Content-Type"] = "application/json";
    let res: Response;
    try {
      res = await doFetch(base + path, {
        method,
        headers,
        cache: "no-store",
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      });
    } catch (e) {
      // The cause (a network error) is for logs and the load script; the page shows the Dutch message.
      throw new LiveError(0, "offline", OFFLINE_FOUT, null, e);
    }
    const text = await res.text().catch(() => "");
    const json = parseJson(text) as { fout?: unknown; code?: unknown } | null;
    if (!res.ok) {
      const after = Number(res.headers.get("retry-after"));
      const fout = typeof json?.fout === "string" ? json.fout : `De server antwoordde met status ${res.status}.`;
      throw new LiveError(res.status, typeof json?.code === "string" ? json.code : "http", fout, Number.isFinite(after) && after > 0 ? after * 1000 : null);
    }
    if (json === null) throw new LiveError(502, "geen-json", "De server gaf een antwoord dat niet te lezen is.");
    return json as T;
  }

  const s = (sid: string) => `/api/live/sessions/${sid}`;

  function feed(path: string, secret: string | undefined, lastEventId: string, on: (event: string, data: unknown) => void, h: { onOpen?(): void; onDisconnect?(ms: number): void; onFatal?(e: LiveError): void }): Feed {
    return openFeed({
      fetch: doFetch,
      url: base + path,
      ...(secret ? { headers: { Authorization: `Bearer ${secret}` } } : {}),
      lastEventId,
      onMessage: (m) => on(m.event, parseJson(m.data)),
      ...(h.onOpen ? { onOpen: h.onOpen } : {}),
      ...(h.onDisconnect ? { onDisconnect: h.onDisconnect } : {}),
      onFatal: (status, body) => {
        const b = body as { fout?: unknown; code?: unknown } | null;
        h.onFatal?.(new LiveError(status, typeof b?.code === "string" ? b.code : "http", typeof b?.fout === "string" ? b.fout : `De server antwoordde met status ${status}.`));
      },
    });
  }

  return {
    /** The live server's status, or null when this installation has none (a static host). */
    async status(): Promise<LiveStatus | null> {
      try {
        const res = await doFetch(`${base}/api/live/status`, { headers: { Accept: "application/json" }, cache: "no-store" });
        if (!res.ok || !/json/.test(res.headers.get("content-type") ?? "")) return null;
        const j = (await res.json()) as Partial<LiveStatus>;
        return j.live === true && j.versie === 1 ? (j as LiveStatus) : null;
      } catch {
        return null;
      }
    },
    /** Creates the session, or updates its meta when it exists with this secret (safe to repeat). */
    createSession: (sid: string, adminSecret: string, meta: LiveEnvelope) =>
      call<{ id: string; nieuw: boolean }>("POST", "/api/live/sessions", { secret: adminSecret, body: { id: sid, meta } }),
    session: (sid: string) => call<SessionInfo>("GET", s(sid)),
    close: (sid: string, adminSecret: string) => call<{ gesloten: boolean }>("POST", `${s(sid)}/close`, { secret: adminSecret, body: {} }),
    reopen: (sid: string, adminSecret: string) => call<{ gesloten: boolean }>("POST", `${s(sid)}/reopen`, { secret: adminSecret, body: {} }),
    deleteSession: (sid: string, adminSecret: string) => call<{ verwijderd: boolean }>("DELETE", s(sid), { secret: adminSecret }),
    putBijdrage: (sid: string, pid: string, writeSecret: string, envelope: LiveEnvelope) =>
      call<PutBijdrageResponse>("PUT", `${s(sid)}/bijdragen/${pid}`, { secret: writeSecret, body: envelope }),
    withdrawBijdrage: (sid: string, pid: string, writeSecret: string) =>
      call<{ rev: number; ingetrokken: boolean }>("DELETE", `${s(sid)}/bijdragen/${pid}`, { secret: writeSecret }),
    putUitkomst: (sid: string, adminSecret: string, envelope: LiveEnvelope) => call<{ rev: number }>("PUT", `${s(sid)}/uitkomst`, { secret: adminSecret, body: envelope }),
    deleteUitkomst: (sid: string, adminSecret: string) => call<{ rev: number }>("DELETE", `${s(sid)}/uitkomst`, { secret: adminSecret }),
    getUitkomst: (sid: string) => call<FeedUitkomst>("GET", `${s(sid)}/uitkomst`),
    putTransfer: (tid: string, envelope: LiveEnvelope) => call<{ verlooptOp: string }>("PUT", `/api/live/transfers/${tid}`, { body: envelope }),
    transferStatus: (tid: string) => call<TransferStatus>("GET", `/api/live/transfers/${tid}`),
    takeTransfer: (tid: string) => call<{ envelope: LiveEnvelope }>("POST", `/api/live/transfers/${tid}/ophalen`, { body: {} }),
    cancelTransfer: (tid: string) => call<{ verwijderd: boolean }>("DELETE", `/api/live/transfers/${tid}`),

    /** The griffier's feed: every bijdrage after `lastSeq`, then live. Reconnects by itself. */
    griffierFeed(sid: string, adminSecret: string, h: GriffierFeedHandlers, lastSeq = 0): Feed {
      const f: Feed = feed(`${s(sid)}/feed`, adminSecret, lastSeq > 0 ? String(lastSeq) : "", (event, data) => {
        if (event === "bijdrage" && data) h.onBijdrage(data as FeedBijdrage);
        else if (event === "sessie" && data) h.onSessie?.(data as FeedSessie);
        else if (event === "verwijderd") {
          // Gone for good: no reconnect that would only be refused.
          f.close();
          h.onVerwijderd?.();
        }
      }, h);
      return f;
    },

    /** A participant's feed: session state and the gedeelde uitkomst. */
    deelnemerFeed(sid: string, h: DeelnemerFeedHandlers, lastUitkomstRev = 0): Feed {
      const f: Feed = feed(`${s(sid)}/events`, undefined, lastUitkomstRev > 0 ? String(lastUitkomstRev) : "", (event, data) => {
        if (event === "sessie" && data) h.onSessie?.(data as FeedSessie);
        else if (event === "uitkomst" && data) h.onUitkomst?.(data as FeedUitkomst);
        else if (event === "verwijderd") {
          f.close();
          h.onVerwijderd?.();
        }
      }, h);
      return f;
    },
  };
}
