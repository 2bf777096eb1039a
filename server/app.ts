/**
 * The live relay API and the static site on one origin, so the pages keep `connect-src 'self'`. The relay
 * stores and forwards ciphertext; it checks ids, sizes, secrets and rates, never content (ADR 0020–0022).
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { getConnInfo } from "@hono/node-server/conninfo";
import { Hono, type Context } from "hono";
import { matchedRoutes } from "hono/route";
import { streamSSE, type SSEStreamingApi } from "hono/streaming";
import type * as z from "zod/mini";
import { LIVE_LIMITS } from "../src/lib/live/limits.ts";
import { putBijdrageRequestSchema } from "../src/schemas/liveBijdrage.ts";
import { liveEnvelopeSchema } from "../src/schemas/liveEnvelope.ts";
import { FEED_EVENTS } from "../src/schemas/liveFeed.ts";
import { participantIdSchema, secretSchema, sessionIdSchema, transferIdSchema } from "../src/schemas/liveIds.ts";
import { createSessionRequestSchema } from "../src/schemas/liveSession.ts";
import type { ServerConfig } from "./config.ts";
import { logError, logRequest } from "./log.ts";
import { TokenBuckets } from "./rateLimit.ts";
import { API_CSP, SECURITY_HEADERS, type StaticSite } from "./static.ts";
import type { Notice, PutResult, SessionRecord, Store } from "./store/types.ts";

/** A refused request: HTTP status, stable code, and a Dutch sentence the page can show as it is. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly retryAfter: number | undefined;
  constructor(status: number, code: string, fout: string, retryAfter?: number) {
    super(fout);
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
  }
}

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString("nl-NL")} KB`;

const FOUT = {
  geenJson: () => new ApiError(415, "geen-json", "Stuur de gegevens als JSON (Content-Type: application/json)."),
  onleesbaar: () => new ApiError(400, "onleesbaar", "Het verzoek is geen leesbare JSON."),
  ongeldig: (what: string) => new ApiError(400, "ongeldig", `Het verzoek klopt niet: ${what}.`),
  teGroot: (max: number) => new ApiError(413, "te-groot", `Dit is te groot om te versturen: hooguit ${kb(max)}. Maak het korter of gebruik een bestand.`),
  geenGeheim: () => new ApiError(401, "geen-geheim", "Er ontbreekt een geheim (Authorization: Bearer …)."),
  geenToegang: () => new ApiError(403, "geen-toegang", "Je mag dit niet wijzigen: het geheim hoort niet bij deze sessie of deze bijdrage."),
  geenSessie: () => new ApiError(404, "geen-sessie", "Deze sessie bestaat niet (meer) op de server. De griffie kan haar opnieuw starten."),
  gesloten: () => new ApiError(409, "gesloten", "De griffie heeft het insturen gesloten. Je bijdrage is niet meer veranderd."),
  vol: () => new ApiError(409, "vol", `Deze sessie heeft al ${LIVE_LIMITS.participantsPerSession} deelnemers; er kan niemand meer bij.`),
  bestaat: () => new ApiError(409, "bestaat", "Deze code is al in gebruik. Maak een nieuwe sessie of overzetcode."),
  geenUitkomst: () => new ApiError(404, "geen-uitkomst", "De griffie heeft nog geen uitkomst gedeeld."),
  overzetWeg: () => new ApiError(404, "overzet-weg", "Dit werkboek staat niet (meer) op de server: het is al opgehaald of de 10 minuten zijn voorbij."),
  teVeel: (s: number) => new ApiError(429, "te-veel", `Te veel verzoeken tegelijk. Probeer het over ${s} seconden opnieuw.`, s),
  teVeelFeeds: () => new ApiError(503, "te-veel-verbindingen", "De server heeft nu te veel open verbindingen. Probeer het zo opnieuw.", 5),
  afgebroken: () => new ApiError(400, "afgebroken", "Het verzoek kwam niet helemaal aan. Probeer het opnieuw."),
  nietGevonden: () => new ApiError(404, "niet-gevonden", "Dit adres bestaat niet op de live-server."),
  opslag: () => new ApiError(503, "opslag-weg", "De opslag van de server is even niet bereikbaar. Probeer het zo opnieuw; wat al binnen was, blijft bewaard.", 2),
  intern: () => new ApiError(500, "serverfout", "Er ging iets mis op de server. Probeer het opnieuw; wat al binnen was, blijft bewaard."),
} as const;

/** What ioredis and node:sqlite throw while the store is unreachable or busy: worth a retry (503). */
const STORE_DOWN = /MaxRetriesPerRequest|Connection is closed|timed out|ECONNREFUSED|ECONNRESET|Stream isn't writeable|database is locked|LOADING/i;

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function param<T extends z.ZodMiniType>(schema: T, value: string | undefined, what: string): z.infer<T> {
  const r = schema.safeParse(value);
  if (!r.success) throw FOUT.ongeldig(`${what} heeft niet de goede vorm`);
  return r.data;
}

function bearer(c: Context): string {
  const h = c.req.header("authorization");
  if (!h) throw FOUT.geenGeheim();
  const m = /^Bearer ([A-Za-z0-9_-]+)$/.exec(h);
  if (!m || !secretSchema.safeParse(m[1]).success) throw FOUT.geenGeheim();
  return m[1]!;
}

/**
 * The raw body, at most `max` bytes. Straight from Node's request stream when the server runs on Node:
 * turning it into a web ReadableStream first cost about half of a bijdrage's CPU time in the load test.
 */
async function readBody(c: Context, max: number): Promise<Buffer[]> {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (!incoming) {
    const body = c.req.raw.body;
    if (!body) return [];
    const reader = body.getReader();
    const out: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return out;
      total += value.length;
      if (total > max) {
        await reader.cancel().catch(() => {});
        throw FOUT.teGroot(max);
      }
      out.push(Buffer.from(value));
    }
  }
  return new Promise((resolve, reject) => {
    const out: Buffer[] = [];
    let total = 0;
    const done = (err: ApiError | null) => {
      incoming.off("data", onData).off("end", onEnd).off("error", onError).off("aborted", onError);
      if (err) reject(err);
      else resolve(out);
    };
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total > max) {
        // Stop reading: the rest is never buffered, and Node closes the connection after the 413.
        incoming.pause();
        done(FOUT.teGroot(max));
        return;
      }
      out.push(chunk);
    };
    const onEnd = () => done(null);
    // A client that drops mid-send: nothing of the partial body is kept.
    const onError = () => done(FOUT.afgebroken());
    incoming.on("data", onData).on("end", onEnd).on("error", onError).on("aborted", onError);
    if (incoming.readableEnded) done(null);
  });
}

/** Reads at most `max` bytes of JSON, before any parsing: an oversized body is refused unread. */
async function readJson<T extends z.ZodMiniType>(c: Context, max: number, schema: T): Promise<{ value: z.infer<T>; text: string }> {
  if (!/^application\/json\b/i.test(c.req.header("content-type") ?? "")) throw FOUT.geenJson();
  const declared = Number(c.req.header("content-length") ?? NaN);
  if (declared > max) throw FOUT.teGroot(max);
  const chunks = await readBody(c, max);
  let parsed: unknown;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
    parsed = JSON.parse(text);
  } catch {
    // The parser's message may quote the body: it is neither logged nor returned.
    throw FOUT.onleesbaar();
  }
  const r = schema.safeParse(parsed);
  if (!r.success) {
    const path = r.error.issues[0]?.path.join(".") || "de inhoud";
    throw FOUT.ongeldig(`"${path}" ontbreekt of heeft de verkeerde vorm`);
  }
  return { value: r.data, text };
}

function refusal(r: PutResult): ApiError | null {
  switch (r.status) {
    case "ok":
      return null;
    case "geen-sessie":
      return FOUT.geenSessie();
    case "gesloten":
      return FOUT.gesloten();
    case "geen-toegang":
      return FOUT.geenToegang();
    case "vol":
      return FOUT.vol();
  }
}

const JSON_TYPE = { "Content-Type": "application/json; charset=UTF-8" };

const iso = (ms: number) => new Date(ms).toISOString();

export interface LiveApp {
  fetch: (req: Request, env?: unknown) => Response | Promise<Response>;
  /** Ends every open feed (clients reconnect, to this process after a restart or to another one). */
  closeFeeds(): void;
  readonly openFeeds: number;
}

export function createApp(deps: { store: Store; site: StaticSite | null; config: Pick<ServerConfig, "trustProxy">; log?: boolean }): LiveApp {
  const { store, site } = deps;
  const L = LIVE_LIMITS;
  const perIp = new TokenBuckets(L.rate.perIp);
  const perSessionWrites = new TokenBuckets(L.rate.perSessionWrites);
  const createsPerIp = new TokenBuckets(L.rate.sessionCreatesPerIp);
  const transfersPerIp = new TokenBuckets(L.rate.transfersPerIp);
  const feedsByIp = new Map<string, number>();
  const feedClosers = new Set<() => void>();

  const app = new Hono();

  function clientIp(c: Context): string {
    if (deps.config.trustProxy) {
      // The gemeente's own proxy appends the address it saw; anything further left could be made up.
      const forwarded = c.req.header("x-forwarded-for")?.split(",").map((s) => s.trim()).filter(Boolean);
      const last = forwarded?.[forwarded.length - 1];
      if (last) return last;
    }
    try {
      return getConnInfo(c).remote.address ?? "onbekend";
    } catch {
      return "onbekend";
    }
  }

  function limit(buckets: TokenBuckets, key: string): void {
    const r = buckets.take(key);
    if (!r.ok) throw FOUT.teVeel(r.retryAfter);
  }

  async function adminSession(c: Context, sid: string): Promise<SessionRecord> {
    const secret = bearer(c);
    const s = await store.getSession(sid);
    if (!s) throw FOUT.geenSessie();
    if (!sameHash(s.adminHash, sha256(secret))) throw FOUT.geenToegang();
    return s;
  }

  const sidOf = (c: Context) => param(sessionIdSchema, c.req.param("sid"), "de sessiecode");
  const pidOf = (c: Context) => param(participantIdSchema, c.req.param("pid"), "de deelnemerscode");
  const tidOf = (c: Context) => param(transferIdSchema, c.req.param("tid"), "de overzetcode");

  // Security headers on every response; a log line for every API request (pattern only, see log.ts).
  app.use("*", async (c, next) => {
    const t0 = performance.now();
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
    if (!c.res.headers.has("Content-Security-Policy")) c.res.headers.set("Content-Security-Policy", API_CSP);
    if (c.req.path.startsWith("/api/") && deps.log !== false) {
      // The pattern that answered ("/api/live/sessions/:sid"), never the path with its ids.
      const route = matchedRoutes(c)[c.req.routeIndex]?.path ?? "/api/*";
      logRequest(c.req.method, route, c.res.status, performance.now() - t0);
    }
  });

  app.use("/api/*", async (c, next) => {
    c.header("Cache-Control", "no-store");
    limit(perIp, clientIp(c));
    await next();
  });

  app.get("/api/live/status", (c) =>
    c.json({
      live: true,
      versie: 1,
      limieten: { bijdrageBytes: L.bijdrageBytes, transferBytes: L.transferBytes, participantsPerSession: L.participantsPerSession },
    }),
  );

  app.post("/api/live/sessions", async (c) => {
    const secret = bearer(c);
    limit(createsPerIp, clientIp(c));
    const { value } = await readJson(c, L.metaBytes, createSessionRequestSchema);
    const result = await store.createSession({ id: value.id, adminHash: sha256(secret), meta: JSON.stringify(value.meta), now: Date.now() });
    if (result === "conflict") throw FOUT.bestaat();
    if (result === "bestaat") await store.publish(value.id, "sessie");
    return c.json({ id: value.id, nieuw: result === "nieuw" }, result === "nieuw" ? 201 : 200);
  });

  app.get("/api/live/sessions/:sid", async (c) => {
    const s = await store.getSession(sidOf(c));
    if (!s) throw FOUT.geenSessie();
    return c.body(`{"id":"${s.id}","meta":${s.meta},"gesloten":${s.gesloten},"uitkomstRev":${s.uitkomstRev}}`, 200, JSON_TYPE);
  });

  for (const [path, gesloten] of [["close", true], ["reopen", false]] as const) {
    app.post(`/api/live/sessions/:sid/${path}`, async (c) => {
      const sid = sidOf(c);
      await adminSession(c, sid);
      await store.setClosed(sid, gesloten, Date.now());
      await store.publish(sid, "sessie");
      return c.json({ gesloten });
    });
  }

  app.delete("/api/live/sessions/:sid", async (c) => {
    const sid = sidOf(c);
    await adminSession(c, sid);
    await store.deleteSession(sid);
    await store.publish(sid, "verwijderd");
    return c.json({ verwijderd: true });
  });

  app.put("/api/live/sessions/:sid/bijdragen/:pid", async (c) => {
    const sid = sidOf(c);
    const pid = pidOf(c);
    const secret = bearer(c);
    limit(perSessionWrites, sid);
    const { value } = await readJson(c, L.bijdrageBytes, putBijdrageRequestSchema);
    const envelope = JSON.stringify(value);
    const r = await store.putBijdrage({
      sid,
      pid,
      secretHash: sha256(secret),
      envelope,
      bodyHash: sha256(envelope),
      now: Date.now(),
      maxParticipants: L.participantsPerSession,
    });
    const refused = refusal(r);
    if (refused || r.status !== "ok") throw refused ?? FOUT.geenSessie();
    if (r.changed) await store.publish(sid, "bijdrage");
    return c.json({ rev: r.rev, nieuw: r.nieuw, ontvangenOp: iso(r.at) });
  });

  app.delete("/api/live/sessions/:sid/bijdragen/:pid", async (c) => {
    const sid = sidOf(c);
    const pid = pidOf(c);
    const secret = bearer(c);
    limit(perSessionWrites, sid);
    const r = await store.withdrawBijdrage({ sid, pid, secretHash: sha256(secret), now: Date.now() });
    const refused = refusal(r);
    if (refused || r.status !== "ok") throw refused ?? FOUT.geenSessie();
    if (r.changed) await store.publish(sid, "bijdrage");
    return c.json({ rev: r.rev, ingetrokken: true });
  });

  app.put("/api/live/sessions/:sid/uitkomst", async (c) => {
    const sid = sidOf(c);
    await adminSession(c, sid);
    limit(perSessionWrites, sid);
    const { value } = await readJson(c, L.uitkomstBytes, liveEnvelopeSchema);
    if (value.epk !== undefined) throw FOUT.ongeldig('"epk" hoort niet bij een gedeelde uitkomst');
    const rev = await store.putUitkomst(sid, JSON.stringify(value), Date.now());
    if (rev === null) throw FOUT.geenSessie();
    await store.publish(sid, "uitkomst");
    return c.json({ rev });
  });

  app.delete("/api/live/sessions/:sid/uitkomst", async (c) => {
    const sid = sidOf(c);
    await adminSession(c, sid);
    const rev = await store.putUitkomst(sid, null, Date.now());
    await store.publish(sid, "uitkomst");
    return c.json({ rev });
  });

  app.get("/api/live/sessions/:sid/uitkomst", async (c) => {
    const u = await store.getUitkomst(sidOf(c));
    if (!u) throw FOUT.geenUitkomst();
    return c.body(`{"rev":${u.rev},"envelope":${u.envelope}}`, 200, JSON_TYPE);
  });

  /** Counts a feed against the per-IP and per-process limits; the returned function gives it back. */
  function admitFeed(ip: string): () => void {
    const n = feedsByIp.get(ip) ?? 0;
    if (n >= L.feedsPerIp || feedClosers.size >= L.feedsPerProcess) throw FOUT.teVeelFeeds();
    feedsByIp.set(ip, n + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const m = (feedsByIp.get(ip) ?? 1) - 1;
      if (m <= 0) feedsByIp.delete(ip);
      else feedsByIp.set(ip, m);
    };
  }

  /**
   * One open feed: `pump` writes what changed since the last call, `wants` says which notices wake it.
   * Notices coalesce: while a pump runs, further notices make one more pump, never a queue of them.
   */
  function feed(c: Context, sid: string, wants: (n: Notice) => boolean, pump: (stream: SSEStreamingApi) => Promise<"door" | "einde">): Response {
    const release = admitFeed(clientIp(c));
    c.header("X-Accel-Buffering", "no");
    return streamSSE(c, async (stream) => {
      let running: Promise<void> | null = null;
      let again = false;
      let finish!: () => void;
      const ended = new Promise<void>((resolve) => (finish = resolve));
      const run = () => {
        if (running) {
          again = true;
          return;
        }
        running = (async () => {
          do {
            again = false;
            try {
              if ((await pump(stream)) === "einde") finish();
            } catch (e) {
              // The store is away (Redis restart): the feed stays open and catches up on the next notice.
              logError("feed", e);
            }
          } while (again && !stream.closed);
          running = null;
        })();
      };
      const closer = () => finish();
      feedClosers.add(closer);
      const unsubscribe = store.subscribe(sid, (n) => {
        if (wants(n)) run();
      });
      const heartbeat = setInterval(() => void stream.write(": \n\n").catch(() => finish()), L.heartbeatMs);
      stream.onAbort(() => finish());
      c.req.raw.signal.addEventListener("abort", () => finish());
      try {
        await stream.write("retry: 2000\n\n");
        run();
        await ended;
      } finally {
        clearInterval(heartbeat);
        unsubscribe();
        feedClosers.delete(closer);
        release();
      }
    });
  }

  function lastEventId(c: Context): number {
    const n = Number(c.req.header("last-event-id") ?? c.req.query("na") ?? 0);
    return Number.isSafeInteger(n) && n > 0 ? n : 0;
  }

  // The griffier's feed: every bijdrage after Last-Event-ID, then the session state, then live.
  app.get("/api/live/sessions/:sid/feed", async (c) => {
    const sid = sidOf(c);
    await adminSession(c, sid);
    let cursor = lastEventId(c);
    let lastState = "";
    return feed(c, sid, () => true, async (stream) => {
      for (;;) {
        const { rows, cursor: next } = await store.changesSince(sid, cursor, 200);
        for (const r of rows) {
          await stream.writeSSE({
            event: FEED_EVENTS.bijdrage,
            id: String(r.seq),
            data: `{"pid":"${r.pid}","rev":${r.rev},"seq":${r.seq},"envelope":${r.envelope ?? "null"},"ontvangenOp":"${iso(r.at)}"}`,
          });
        }
        cursor = next;
        if (rows.length < 200) break;
      }
      const s = await store.getSession(sid);
      if (!s) {
        await stream.writeSSE({ event: FEED_EVENTS.verwijderd, data: "{}" });
        return "einde";
      }
      const state = JSON.stringify({ gesloten: s.gesloten, aantal: s.aantal, uitkomstRev: s.uitkomstRev });
      if (state !== lastState) await stream.writeSSE({ event: FEED_EVENTS.sessie, data: state });
      lastState = state;
      return "door";
    });
  });

  // The participants' feed: session state and the gedeelde uitkomst; never bijdragen, never the count.
  app.get("/api/live/sessions/:sid/events", async (c) => {
    const sid = sidOf(c);
    if (!(await store.getSession(sid))) throw FOUT.geenSessie();
    let sentRev = lastEventId(c);
    let lastState = "";
    return feed(c, sid, (n) => n !== "bijdrage", async (stream) => {
      const s = await store.getSession(sid);
      if (!s) {
        await stream.writeSSE({ event: FEED_EVENTS.verwijderd, data: "{}" });
        return "einde";
      }
      const state = JSON.stringify({ gesloten: s.gesloten, uitkomstRev: s.uitkomstRev });
      if (state !== lastState) await stream.writeSSE({ event: FEED_EVENTS.sessie, data: state });
      lastState = state;
      if (s.uitkomstRev !== sentRev) {
        const u = await store.getUitkomst(sid);
        if (u) await stream.writeSSE({ event: FEED_EVENTS.uitkomst, id: String(u.rev), data: `{"rev":${u.rev},"envelope":${u.envelope}}` });
        sentRev = s.uitkomstRev;
      }
      return "door";
    });
  });

  app.put("/api/live/transfers/:tid", async (c) => {
    const tid = tidOf(c);
    limit(transfersPerIp, clientIp(c));
    const { value } = await readJson(c, L.transferBytes, liveEnvelopeSchema);
    if (value.epk !== undefined) throw FOUT.ongeldig('"epk" hoort niet bij een overgezet werkboek');
    const expiresAt = Date.now() + L.transferTtlMs;
    if (!(await store.putTransfer(tid, JSON.stringify(value), expiresAt))) throw FOUT.bestaat();
    return c.json({ verlooptOp: iso(expiresAt) }, 201);
  });

  app.get("/api/live/transfers/:tid", async (c) => {
    const at = await store.transferExpiry(tidOf(c), Date.now());
    return c.json({ aanwezig: at !== null, verlooptOp: at === null ? null : iso(at) });
  });

  app.post("/api/live/transfers/:tid/ophalen", async (c) => {
    const envelope = await store.takeTransfer(tidOf(c), Date.now());
    if (envelope === null) throw FOUT.overzetWeg();
    return c.body(`{"envelope":${envelope}}`, 200, JSON_TYPE);
  });

  app.delete("/api/live/transfers/:tid", async (c) => {
    return c.json({ verwijderd: await store.deleteTransfer(tidOf(c)) });
  });

  app.all("/api/*", () => {
    throw FOUT.nietGevonden();
  });

  app.onError((err, c) => {
    const e = err instanceof ApiError ? err : STORE_DOWN.test(`${err.name} ${err.message}`) ? FOUT.opslag() : FOUT.intern();
    if (!(err instanceof ApiError)) logError(c.req.routePath, err);
    if (e.retryAfter !== undefined) c.header("Retry-After", String(e.retryAfter));
    c.header("Cache-Control", "no-store");
    return c.json({ fout: e.message, code: e.code }, e.status as 400);
  });

  app.notFound((c) => {
    const r = site?.respond(c.req.method, c.req.path, new URL(c.req.url).search, c.req.raw.headers);
    if (r) return r;
    if (!site) return c.text("De site is nog niet gebouwd: draai eerst `npm run build`.", 503);
    return c.text("Methode niet toegestaan.", 405, { Allow: "GET, HEAD" });
  });

  return {
    fetch: app.fetch,
    closeFeeds: () => {
      for (const close of [...feedClosers]) close();
    },
    get openFeeds() {
      return feedClosers.size;
    },
  };
}
