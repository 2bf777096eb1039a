/**
 * The real server process (node server/main.ts) with SQLite, over HTTP on 127.0.0.1: static headers, the
 * relay API, authorisation, limits, the feeds, and a crash mid-session.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { request } from "node:http";
import { bijdrageOpener, sealUitkomst } from "../../src/lib/live/griffier.ts";
import { newId, newSecret } from "../../src/lib/live/crypto.ts";
import { LiveError } from "../../src/lib/live/client.ts";
import { Outbox, memoryStorage } from "../../src/lib/live/outbox.ts";
import { openUitkomst, sealBijdrage } from "../../src/lib/live/deelnemer.ts";
import { LIVE_LIMITS } from "../../src/lib/live/limits.ts";
import type { FeedBijdrage } from "../../src/schemas/liveBijdrage.ts";
import { bijdrageFor, client, join, startSession } from "../liveFlow.ts";
import { startServer, tempDir, until, type RunningServer } from "../liveServer.ts";

let server: RunningServer;
let c: ReturnType<typeof client>;

before(async () => {
  server = await startServer();
  c = client(server.url);
});
after(async () => {
  await server.stop();
});

const json = (body: unknown) => ({ method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
const fakeEnvelope = () => ({ v: 1, iv: "a".repeat(16), epk: "B".repeat(87), ct: "c".repeat(40) });

describe("static site", () => {
  test("a page carries its own CSP as a header plus frame-ancestors, and the README's headers", async () => {
    const res = await fetch(`${server.url}/`);
    assert.equal(res.status, 200);
    const html = await res.text();
    const meta = /content-security-policy" content="([^"]*)"/.exec(html)?.[1];
    assert.ok(meta);
    assert.equal(res.headers.get("content-security-policy"), `${meta}; frame-ancestors 'none'`);
    assert.equal(res.headers.get("x-content-type-options"), "nosniff");
    assert.equal(res.headers.get("referrer-policy"), "no-referrer");
    assert.equal(res.headers.get("permissions-policy"), "camera=(), microphone=(), geolocation=()");
    assert.equal(res.headers.get("cache-control"), "no-cache");
  });

  test("caching: hashed assets immutable, pages and sw.js revalidated (ETag → 304)", async () => {
    const asset = await fetch(`${server.url}/_astro/app.Ab12Cd34.js`);
    assert.equal(asset.headers.get("cache-control"), "public, max-age=31536000, immutable");
    const sw = await fetch(`${server.url}/sw.js`);
    assert.equal(sw.headers.get("cache-control"), "no-cache");
    assert.match(sw.headers.get("content-type") ?? "", /javascript/);
    // The service worker fetches pages itself: its own policy must not restrict connect-src.
    assert.doesNotMatch(sw.headers.get("content-security-policy") ?? "", /default-src|connect-src/);
    const page = await fetch(`${server.url}/visie/`);
    const etag = page.headers.get("etag");
    assert.ok(etag);
    const again = await fetch(`${server.url}/visie/`, { headers: { "If-None-Match": etag } });
    assert.equal(again.status, 304);
  });

  test("gzip for text when asked; a directory without slash redirects; an unknown path gets the 404 page", async () => {
    const gz = await new Promise<{ enc: string | undefined; len: number }>((res, rej) => {
      request(`${server.url}/`, { headers: { "Accept-Encoding": "gzip" } }, (r) => {
        let len = 0;
        r.on("data", (d: Buffer) => (len += d.length));
        r.on("end", () => res({ enc: r.headers["content-encoding"], len }));
      }).on("error", rej).end();
    });
    assert.equal(gz.enc, "gzip");
    const redirect = await fetch(`${server.url}/visie?x=1`, { redirect: "manual" });
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.get("location"), "/visie/?x=1");
    const missing = await fetch(`${server.url}/../../etc/passwd`);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /Niet gevonden/);
  });
});

describe("relay API", () => {
  test("status tells the static site that a live server is here", async () => {
    const s = await c.status();
    assert.equal(s?.limieten.bijdrageBytes, LIVE_LIMITS.bijdrageBytes);
    const res = await fetch(`${server.url}/api/live/status`);
    assert.equal(res.headers.get("cache-control"), "no-store");
    assert.match(res.headers.get("content-security-policy") ?? "", /default-src 'none'/);
  });

  test("session: create, repeat safely, refuse the same id with another secret", async () => {
    const { session } = await startSession(c);
    const info = await c.session(session.sid);
    assert.equal(info.gesloten, false);
    // Re-creating with the same secret (after a lost answer, or a server that lost its data) is fine.
    const again = await c.createSession(session.sid, session.adminSecret, info.meta);
    assert.equal(again.nieuw, false);
    await assert.rejects(c.createSession(session.sid, newSecret(), info.meta), (e: unknown) => e instanceof LiveError && e.status === 409 && e.code === "bestaat");
  });

  test("authorisation: a wrong or missing admin secret cannot close, share or delete", async () => {
    const { session } = await startSession(c);
    for (const attempt of [() => c.close(session.sid, newSecret()), () => c.deleteSession(session.sid, newSecret()), () => c.putUitkomst(session.sid, newSecret(), { v: 1, iv: "a".repeat(16), ct: "c".repeat(22) })]) {
      await assert.rejects(attempt(), (e: unknown) => e instanceof LiveError && e.status === 403 && /geheim/.test(e.message));
    }
    const none = await fetch(`${server.url}/api/live/sessions/${session.sid}`, { method: "DELETE" });
    assert.equal(none.status, 401);
    assert.equal((await none.json()).code, "geen-geheim");
    // Nothing changed.
    assert.equal((await c.session(session.sid)).gesloten, false);
    const feed = await fetch(`${server.url}/api/live/sessions/${session.sid}/feed`, { headers: { Authorization: `Bearer ${newSecret()}` } });
    assert.equal(feed.status, 403);
  });

  test("bijdragen: resend counted once, a forged write secret changes nothing, the griffier's feed has the right one", async () => {
    const { session, bijeenkomst } = await startSession(c);
    const link = { sid: session.sid, key: session.key };
    const a = await join(c, link);
    const first = await a.send(bijdrageFor(bijeenkomst, "Reiger", "Nabijheid"));
    assert.deepEqual([first.rev, first.nieuw], [1, true]);
    // The very same envelope again (an answer that got lost): no new revision.
    const env = await sealBijdrage(a.meta, a.who, bijdrageFor(bijeenkomst, "Reiger", "Nabijheid en zorg"));
    const r2 = await c.putBijdrage(link.sid, a.who.pid, a.who.secret, env);
    const r3 = await c.putBijdrage(link.sid, a.who.pid, a.who.secret, env);
    assert.deepEqual([r2.rev, r2.nieuw, r3.rev, r3.nieuw], [2, false, 2, false]);
    // Someone else, with the link but not the write secret, tries to overwrite it.
    const forger = await join(c, link);
    const forged = await sealBijdrage(forger.meta, a.who, bijdrageFor(bijeenkomst, "Reiger", "Vervalst"));
    await assert.rejects(c.putBijdrage(link.sid, a.who.pid, newSecret(), forged), (e: unknown) => e instanceof LiveError && e.status === 403);
    await assert.rejects(c.withdrawBijdrage(link.sid, a.who.pid, newSecret()), (e: unknown) => e instanceof LiveError && e.status === 403);

    const got: FeedBijdrage[] = [];
    let aantal = -1;
    const feed = c.griffierFeed(session.sid, session.adminSecret, { onBijdrage: (b) => got.push(b), onSessie: (s) => (aantal = s.aantal ?? -1) });
    await until(() => aantal >= 0, 5000, "sessie-event");
    feed.close();
    assert.equal(got.length, 1);
    assert.equal(aantal, 1);
    const open = await bijdrageOpener(session);
    const opened = await open(got[0]!);
    assert.equal(opened.ok && opened.bijdrage?.waarden[0]?.name, "Nabijheid en zorg");
  });

  test("a bijdrage reaches the griffier's open feed within a second; Last-Event-ID resumes without repeats", async () => {
    const { session, bijeenkomst } = await startSession(c);
    const link = { sid: session.sid, key: session.key };
    const got: FeedBijdrage[] = [];
    let ready = false;
    const feed = c.griffierFeed(session.sid, session.adminSecret, { onBijdrage: (b) => got.push(b), onSessie: () => (ready = true) });
    await until(() => ready, 5000, "feed open");
    const p = await join(c, link);
    const t0 = Date.now();
    await p.send(bijdrageFor(bijeenkomst, "Meerkoet", "Vertrouwen"));
    await until(() => got.length === 1, 1000, "bijdrage binnen 1 s");
    const latency = Date.now() - t0;
    assert.ok(latency < 1000, `${latency} ms`);
    const resumeAfter = Number(feed.lastEventId);
    feed.close();
    const q = await join(c, link);
    await q.send(bijdrageFor(bijeenkomst, "Fuut", "Eigen regie"));
    const later: FeedBijdrage[] = [];
    let synced = false;
    const resumed = c.griffierFeed(session.sid, session.adminSecret, { onBijdrage: (b) => later.push(b), onSessie: () => (synced = true) }, resumeAfter);
    await until(() => synced, 5000, "resumed feed");
    resumed.close();
    assert.deepEqual(later.map((b) => b.pid), [q.who.pid]);
  });

  test("insturen sluiten: a participant is refused with a Dutch message; reopening lets them in again", async () => {
    const { session, bijeenkomst } = await startSession(c);
    const p = await join(c, { sid: session.sid, key: session.key });
    await c.close(session.sid, session.adminSecret);
    assert.equal((await c.session(session.sid)).gesloten, true);
    await assert.rejects(p.send(bijdrageFor(bijeenkomst, "Wulp", "Rust")), (e: unknown) => e instanceof LiveError && e.status === 409 && /gesloten/.test(e.message) && !e.retry);
    await c.reopen(session.sid, session.adminSecret);
    assert.equal((await p.send(bijdrageFor(bijeenkomst, "Wulp", "Rust"))).rev, 1);
  });

  test("gedeelde uitkomst reaches a participant's feed; deleting the session ends it and removes everything", async () => {
    const { session, bijeenkomst } = await startSession(c);
    const link = { sid: session.sid, key: session.key };
    const p = await join(c, link);
    await p.send(bijdrageFor(bijeenkomst, "Kievit", "Samen"));
    const uitkomsten: unknown[] = [];
    let verwijderd = false;
    const feed = c.deelnemerFeed(session.sid, {
      onUitkomst: (u) => void openUitkomst(link, u).then((x) => uitkomsten.push(x)),
      onVerwijderd: () => (verwijderd = true),
    });
    await c.putUitkomst(session.sid, session.adminSecret, await sealUitkomst(session, { waarden: [["Samen", 1]] }));
    await until(() => uitkomsten.length === 1, 3000, "uitkomst op het scherm van de deelnemer");
    assert.deepEqual(uitkomsten[0], { waarden: [["Samen", 1]] });
    assert.equal((await c.getUitkomst(session.sid)).rev, 1);
    await c.deleteSession(session.sid, session.adminSecret);
    await until(() => verwijderd, 3000, "verwijderd-event");
    await feed.done;
    await assert.rejects(c.session(session.sid), (e: unknown) => e instanceof LiveError && e.status === 404 && /bestaat niet/.test(e.message));
    await assert.rejects(p.send(bijdrageFor(bijeenkomst, "Kievit", "Samen 2")), (e: unknown) => e instanceof LiveError && e.status === 404);
  });

  test("bad requests: clear status and a Dutch message, nothing stored", async () => {
    const { session } = await startSession(c);
    const url = `${server.url}/api/live/sessions/${session.sid}/bijdragen/${newId()}`;
    const auth = { Authorization: `Bearer ${newSecret()}` };
    const cases: [RequestInit, number, string][] = [
      [{ method: "PUT", headers: { ...auth, "Content-Type": "text/plain" }, body: "{}" }, 415, "geen-json"],
      [{ method: "PUT", headers: { ...auth, "Content-Type": "application/json" }, body: "{niet json" }, 400, "onleesbaar"],
      [{ ...json({ v: 1, iv: "kort", ct: "x" }), headers: { ...auth, "Content-Type": "application/json" } }, 400, "ongeldig"],
      [{ ...json({ ...fakeEnvelope(), extra: "veld" }), headers: { ...auth, "Content-Type": "application/json" } }, 400, "ongeldig"],
      [{ ...json({ ...fakeEnvelope(), ct: "c".repeat(LIVE_LIMITS.bijdrageBytes) }), headers: { ...auth, "Content-Type": "application/json" } }, 413, "te-groot"],
      [{ ...json(fakeEnvelope()), headers: { Authorization: "Bearer kort", "Content-Type": "application/json" } }, 401, "geen-geheim"],
    ];
    for (const [init, status, code] of cases) {
      const res = await fetch(url, init);
      const body = (await res.json()) as { fout: string; code: string };
      assert.equal(res.status, status, code);
      assert.equal(body.code, code);
      assert.match(body.fout, /^[A-Z].+\.$/, "a whole Dutch sentence");
    }
    const badId = await fetch(`${server.url}/api/live/sessions/kort/bijdragen/${newId()}`, json(fakeEnvelope()));
    assert.equal(badId.status, 400);
    const unknown = await fetch(`${server.url}/api/live/bestaat-niet`);
    assert.equal(unknown.status, 404);
    assert.equal((await unknown.json()).code, "niet-gevonden");
    assert.equal((await c.session(session.sid)).gesloten, false);
  });

  test("an oversized body without Content-Length is cut off while it streams in", async () => {
    const { session } = await startSession(c);
    const status = await new Promise<number>((res, rej) => {
      const req = request(`${server.url}/api/live/sessions/${session.sid}/bijdragen/${newId()}`, {
        method: "PUT",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${newSecret()}`, "Transfer-Encoding": "chunked" },
      }, (r) => {
        r.resume();
        res(r.statusCode ?? 0);
      });
      req.on("error", rej);
      const chunk = "x".repeat(64 * 1024);
      for (let i = 0; i < 6; i++) req.write(chunk);
      req.end();
    });
    assert.equal(status, 413);
  });

  test("rate limit: the 21st session an hour from one address gets 429 with Retry-After", async () => {
    // Earlier tests in this file already created some; the bucket holds 20.
    let refused: Response | null = null;
    for (let i = 0; i < LIVE_LIMITS.rate.sessionCreatesPerIp.capacity + 1 && !refused; i++) {
      const res = await fetch(`${server.url}/api/live/sessions`, {
        method: "POST",
        headers: { Authorization: `Bearer ${newSecret()}`, "Content-Type": "application/json" },
        body: JSON.stringify({ id: newId(), meta: { v: 1, iv: "a".repeat(16), ct: "c".repeat(22) } }),
      });
      if (res.status === 429) refused = res;
      else assert.equal(res.status, 201);
    }
    assert.ok(refused, "never limited");
    assert.ok(Number(refused.headers.get("retry-after")) > 0);
    assert.match(((await refused.json()) as { fout: string }).fout, /Te veel verzoeken/);
  });

  test("werkboek transfer: fetched once, then gone", async () => {
    const tid = newId();
    const env = { v: 1, iv: "a".repeat(16), ct: "c".repeat(100) };
    assert.equal((await fetch(`${server.url}/api/live/transfers/${tid}`, json(env))).status, 201);
    assert.equal((await fetch(`${server.url}/api/live/transfers/${tid}`, json(env))).status, 409);
    assert.equal((await c.transferStatus(tid)).aanwezig, true);
    assert.deepEqual((await c.takeTransfer(tid)).envelope, env);
    assert.equal((await c.transferStatus(tid)).aanwezig, false);
    await assert.rejects(c.takeTransfer(tid), (e: unknown) => e instanceof LiveError && e.status === 404 && /al opgehaald/.test(e.message));
  });

  test("the log has route patterns only: no ids, no secrets, no bodies", async () => {
    const out = server.output();
    assert.match(out, /PUT \/api\/live\/sessions\/:sid\/bijdragen\/:pid 200/);
    assert.doesNotMatch(out, /\/api\/live\/sessions\/[A-Za-z0-9_-]{22}/);
    assert.doesNotMatch(out, /Bearer|niet json/);
  });
});

test("a server killed mid-session loses nothing: the outbox resends, the griffier's feed catches up", async () => {
  const dataDir = tempDir("herstart");
  let s = await startServer({ dataDir });
  let base = s.url;
  // Client and feed follow `base`, as a browser follows the same origin after a restart.
  const c2 = client("", (url, init) => fetch(base + url, init));
  const { session, bijeenkomst } = await startSession(c2);
  const link = { sid: session.sid, key: session.key };
  const seen = new Map<string, number>();
  const feed = c2.griffierFeed(session.sid, session.adminSecret, { onBijdrage: (b) => seen.set(b.pid, b.rev) });
  const joined = await Promise.all([1, 2, 3].map(() => join(c2, link)));
  const outbox = new Outbox({ storage: memoryStorage(), send: (e) => c2.putBijdrage(e.sid, e.pid, e.secret, e.envelope) });
  const put = async (i: number, waarde: string) => {
    const { who, meta } = joined[i]!;
    const envelope = await sealBijdrage(meta, who, bijdrageFor(bijeenkomst, `D${i}`, waarde));
    return outbox.put({ sid: who.sid, pid: who.pid, secret: who.secret, envelope });
  };
  await put(0, "voor de crash");
  await until(() => seen.size === 1, 3000, "eerste bijdrage");
  await s.kill();
  // While the server is down: two participants send, one changes their bijdrage.
  await put(1, "tijdens de storing");
  await put(2, "tijdens de storing");
  await put(0, "voor de crash, aangepast");
  await until(() => outbox.entries().every((e) => e.attempts > 0), 3000, "pogingen mislukt");
  assert.ok(outbox.entries().every((e) => e.state === "wachten" && /Geen verbinding/.test(e.fout ?? "")));
  s = await startServer({ dataDir, port: s.port });
  base = s.url;
  // No nudge: the outbox's own retry timers and the feed's reconnect find the server again.
  await until(() => outbox.entries().every((e) => e.state === "verzonden"), 20_000, "outbox leeg");
  await until(() => seen.size === 3 && seen.get(joined[0]!.who.pid) === 2, 20_000, "feed ingehaald");
  feed.close();
  await s.stop();
});
