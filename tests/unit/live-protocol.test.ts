import { test } from "node:test";
import assert from "node:assert/strict";
import { correction, generate } from "lean-qr";
import { joinFragment, joinUrl, parseJoinFragment, parseTransferFragment, transferUrl } from "../../src/lib/live/link.ts";
import { SseParser, openFeed } from "../../src/lib/live/sse.ts";
import { Outbox, memoryStorage, retryDelay, type OutboxEntry } from "../../src/lib/live/outbox.ts";
import { LiveError, createLiveClient } from "../../src/lib/live/client.ts";
import { qrPath, qrSvg } from "../../src/lib/live/qr.ts";
import { newId, newSecret } from "../../src/lib/live/crypto.ts";

const sid = newId();
const key = newSecret();

test("join link: id and key only in the fragment, and parsed back", () => {
  const url = joinUrl("https://raadskompas.gemeente.nl", { sid, key });
  const u = new URL(url);
  assert.equal(u.pathname, "/leeratelier/meedoen/");
  assert.equal(u.search, "", "something before the fragment would reach the server");
  assert.ok(u.hash.includes(sid) && u.hash.includes(key));
  assert.deepEqual(parseJoinFragment(u.hash), { ok: true, value: { sid, key } });
  assert.deepEqual(parseJoinFragment(joinFragment({ sid, key }).slice(1)), { ok: true, value: { sid, key } });
});

test("join link: a missing or damaged part gives a Dutch message", () => {
  const empty = parseJoinFragment("");
  assert.equal(empty.ok, false);
  assert.match(!empty.ok ? empty.fout : "", /mist de code/);
  for (const bad of [`#s=${sid}`, `#s=${sid}&k=${key.slice(1)}`, `#s=${sid}!&k=${key}`, `#k=${key}`]) {
    const r = parseJoinFragment(bad);
    assert.equal(r.ok, false, bad);
    assert.match(!r.ok ? r.fout : "", /niet compleet of beschadigd/);
  }
});

test("transfer link: parsed on /werkboek/, other fragments are not a transfer", () => {
  const tid = newId();
  const u = new URL(transferUrl("https://raadskompas.gemeente.nl", { tid, key }));
  assert.equal(u.pathname, "/werkboek/");
  assert.deepEqual(parseTransferFragment(u.hash), { ok: true, value: { tid, key } });
  assert.equal(parseTransferFragment("#import"), null);
  assert.equal(parseTransferFragment(`#t=${tid}`)?.ok, false);
});

test("SSE parser: events, multi-line data, ids, comments, CRLF and chunks split anywhere", () => {
  const stream = ": hallo\r\nretry: 1500\r\nevent: bijdrage\r\nid: 7\r\ndata: {\"a\":1,\r\ndata: \"b\":2}\r\n\r\ndata: zonder naam\n\nid: 8\nevent: leeg\n\n";
  for (const size of [1, 2, 3, 7, stream.length]) {
    const p = new SseParser();
    const got = [];
    for (let i = 0; i < stream.length; i += size) got.push(...p.push(stream.slice(i, i + size)));
    assert.deepEqual(got, [
      { event: "bijdrage", data: '{"a":1,\n"b":2}', id: "7" },
      { event: "message", data: "zonder naam", id: "7" },
    ], `chunk size ${size}`);
    assert.equal(p.retry, 1500);
  }
});

function sseResponse(body: string, status = 200): Response {
  return new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode(body)); c.close(); } }), { status, headers: { "content-type": "text/event-stream" } });
}

test("openFeed reconnects with Last-Event-ID and stops for good on a 4xx", async () => {
  const calls: Record<string, string>[] = [];
  const bodies = [sseResponse("id: 3\nevent: bijdrage\ndata: {}\n\n"), sseResponse("id: 4\nevent: bijdrage\ndata: {}\n\n"), new Response('{"fout":"weg","code":"geen-sessie"}', { status: 404 })];
  const seen: string[] = [];
  let fatal = 0;
  const feed = openFeed({
    fetch: async (_url, init) => {
      calls.push({ ...(init?.headers as Record<string, string>) });
      return bodies.shift() ?? sseResponse("");
    },
    url: "/feed",
    headers: { Authorization: "Bearer x" },
    onMessage: (m) => seen.push(m.id),
    onFatal: (status) => {
      assert.equal(status, 404);
      fatal++;
    },
    sleep: async () => {},
  });
  await feed.done;
  assert.deepEqual(seen, ["3", "4"]);
  assert.equal(fatal, 1);
  assert.equal(calls[0]?.["Last-Event-ID"], undefined);
  assert.equal(calls[1]?.["Last-Event-ID"], "3");
  assert.equal(calls[2]?.["Last-Event-ID"], "4");
  assert.ok(calls.every((h) => h["Authorization"] === "Bearer x"));
});

test("client: a refused request carries the server's Dutch message; no answer is 'offline' and worth a retry", async () => {
  const refused = createLiveClient({ fetch: async () => new Response('{"fout":"De griffie heeft het insturen gesloten.","code":"gesloten"}', { status: 409, headers: { "content-type": "application/json" } }) });
  await assert.rejects(refused.session(sid), (e: unknown) => e instanceof LiveError && e.code === "gesloten" && !e.retry && /gesloten/.test(e.message));
  const offline = createLiveClient({ fetch: async () => { throw new TypeError("fetch failed"); } });
  await assert.rejects(offline.session(sid), (e: unknown) => e instanceof LiveError && e.status === 0 && e.retry);
  const busy = createLiveClient({ fetch: async () => new Response('{"fout":"Te veel","code":"te-veel"}', { status: 429, headers: { "retry-after": "3" } }) });
  await assert.rejects(busy.session(sid), (e: unknown) => e instanceof LiveError && e.retry && e.retryAfterMs === 3000);
});

test("client.status: null on a static host (404 or an HTML page), the limits on a live server", async () => {
  const html = createLiveClient({ fetch: async () => new Response("<!doctype html>", { status: 200, headers: { "content-type": "text/html" } }) });
  assert.equal(await html.status(), null);
  const missing = createLiveClient({ fetch: async () => new Response("nee", { status: 404 }) });
  assert.equal(await missing.status(), null);
  const live = createLiveClient({ fetch: async () => Response.json({ live: true, versie: 1, limieten: { bijdrageBytes: 1, transferBytes: 2, participantsPerSession: 3 } }) });
  assert.equal((await live.status())?.limieten.participantsPerSession, 3);
});

test("client: secrets go in the Authorization header, never in the URL", async () => {
  const urls: string[] = [];
  const auth: string[] = [];
  const c = createLiveClient({
    fetch: async (url, init) => {
      urls.push(url);
      auth.push((init?.headers as Record<string, string>)["Authorization"] ?? "");
      return Response.json({ rev: 1, nieuw: true, ontvangenOp: "2026-12-03T19:00:00.000Z" });
    },
  });
  const secret = newSecret();
  await c.putBijdrage(sid, newId(), secret, { v: 1, iv: "a".repeat(16), ct: "b".repeat(22) });
  await c.close(sid, secret);
  assert.ok(urls.every((u) => !u.includes(secret)));
  assert.deepEqual(auth, [`Bearer ${secret}`, `Bearer ${secret}`]);
});

/** A scheduler the test advances by hand. */
function manualTimers() {
  const pending: { fn: () => void; ms: number }[] = [];
  return {
    schedule: (fn: () => void, ms: number) => {
      const t = { fn, ms };
      pending.push(t);
      return () => pending.splice(pending.indexOf(t), 1);
    },
    pending,
    runAll() {
      for (const t of pending.splice(0)) t.fn();
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const env = { v: 1 as const, iv: "a".repeat(16), ct: "b".repeat(22) };

test("outbox: stored before sending, retried after going offline, acknowledged once", async () => {
  const storage = memoryStorage();
  const timers = manualTimers();
  let online = false;
  const sent: number[] = [];
  const outbox = new Outbox({
    storage,
    schedule: timers.schedule,
    random: () => 0.5,
    send: async (e) => {
      if (!online) throw new LiveError(0, "offline", "Geen verbinding");
      sent.push(e.version);
      return { rev: 1, nieuw: true, ontvangenOp: "2026-12-03T19:00:00.000Z" };
    },
  });
  const put = outbox.put({ sid, pid: "p1", secret: "s", envelope: env });
  // Stored before the network is tried (here the first attempt fails at once).
  await put;
  assert.equal(storage.saved.length, 1);
  await tick();
  assert.equal(outbox.get(sid, "p1")?.state, "wachten");
  assert.match(outbox.get(sid, "p1")?.fout ?? "", /Geen verbinding/);
  assert.equal(timers.pending.length, 1);
  assert.equal(timers.pending[0]?.ms, retryDelay(1, () => 0.5));
  online = true;
  timers.runAll();
  await tick();
  await tick();
  assert.equal(outbox.get(sid, "p1")?.state, "verzonden");
  assert.equal(outbox.get(sid, "p1")?.rev, 1);
  assert.deepEqual(sent, [1]);
  assert.equal(storage.saved[0]?.state, "verzonden");
});

test("outbox: a newer version sent while the older is on its way replaces it; the older answer marks nothing", async () => {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const sent: number[] = [];
  const outbox = new Outbox({
    storage: memoryStorage(),
    send: async (e) => {
      sent.push(e.version);
      if (e.version === 1) await gate;
      return { rev: e.version, nieuw: e.version === 1, ontvangenOp: "2026-12-03T19:00:00.000Z" };
    },
  });
  await outbox.put({ sid, pid: "p1", secret: "s", envelope: env });
  await outbox.put({ sid, pid: "p1", secret: "s", envelope: { ...env, ct: "c".repeat(22) } });
  assert.equal(outbox.get(sid, "p1")?.state, "wachten");
  release();
  for (let i = 0; i < 5; i++) await tick();
  assert.deepEqual(sent, [1, 2]);
  assert.equal(outbox.get(sid, "p1")?.state, "verzonden");
  assert.equal(outbox.get(sid, "p1")?.version, 2);
});

test("outbox: a refusal no retry can change is kept with its message, not retried, not dropped", async () => {
  const timers = manualTimers();
  const outbox = new Outbox({
    storage: memoryStorage(),
    schedule: timers.schedule,
    send: async () => {
      throw new LiveError(409, "gesloten", "De griffie heeft het insturen gesloten.");
    },
  });
  await outbox.put({ sid, pid: "p1", secret: "s", envelope: env });
  await tick();
  const e = outbox.get(sid, "p1");
  assert.equal(e?.state, "geweigerd");
  assert.equal(e?.code, "gesloten");
  assert.deepEqual(e?.envelope, env);
  assert.equal(timers.pending.length, 0);
});

test("outbox: what a closed page left unsent goes out when the next page starts", async () => {
  const left: OutboxEntry = { key: `${sid}/p9`, sid, pid: "p9", secret: "s", envelope: env, version: 3, state: "wachten", attempts: 2, fout: "Geen verbinding", code: "offline", rev: null, ontvangenOp: null };
  const storage = memoryStorage([left]);
  const sent: string[] = [];
  const outbox = new Outbox({ storage, send: async (e) => { sent.push(e.pid); return { rev: 1, nieuw: true, ontvangenOp: "2026-12-03T19:00:00.000Z" }; } });
  await outbox.start();
  await tick();
  await tick();
  assert.deepEqual(sent, ["p9"]);
  assert.equal(storage.saved[0]?.state, "verzonden");
});

test("retryDelay doubles from 1 s to at most 30 s and honours Retry-After", () => {
  const mid = () => 0.999999;
  assert.equal(retryDelay(1, mid), 1000);
  assert.equal(retryDelay(2, mid), 2000);
  assert.equal(retryDelay(10, mid), 30_000);
  assert.ok(retryDelay(1, () => 0) >= 500);
  assert.equal(retryDelay(1, mid, 5000), 5000);
});

test("qrPath draws exactly the dark modules of the code, with a quiet zone", () => {
  const url = joinUrl("https://raadskompas.gemeente.nl", { sid, key });
  const { size, d } = qrPath(url);
  const code = generate(url, { minCorrectionLevel: correction.M });
  assert.equal(size, code.size + 8);
  // Rasterise the path back: every run "M x y h w v1 h-w z" fills w modules of row y.
  const dark = new Set<string>();
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(m[3]); i++) dark.add(`${Number(m[1]) + i - 4},${Number(m[2]) - 4}`);
  }
  let expected = 0;
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (code.get(x, y)) {
        expected++;
        assert.ok(dark.has(`${x},${y}`), `module ${x},${y} missing`);
      }
    }
  }
  assert.equal(dark.size, expected);
  // The three finder patterns: a dark 7×7 ring in three corners.
  for (const [ox, oy] of [[0, 0], [code.size - 7, 0], [0, code.size - 7]] as const) {
    assert.ok(dark.has(`${ox},${oy}`) && dark.has(`${ox + 6},${oy + 6}`) && !dark.has(`${ox + 1},${oy + 1}`));
  }
  const svg = qrSvg(url, "QR-code om mee te doen <live>");
  assert.match(svg, /^<svg [^>]*viewBox="0 0 \d+ \d+"/);
  assert.match(svg, /<title>QR-code om mee te doen &lt;live&gt;<\/title>/);
});
