#!/usr/bin/env node
/**
 * Fault script for the live relay, over 127.0.0.1 only and bounded in count and time:
 *  1. the server process is killed (SIGKILL) mid-session and started again;
 *  2. Redis is stopped mid-session under two server processes and started again;
 *  3. 50 clients drop the connection halfway through sending a bijdrage;
 *  4. 1,000 malformed or oversized requests.
 * Prints per fault what was tried and what held; exits 1 when anything did not hold.
 * Usage: npm run fault:live
 */
import { request } from "node:http";
import { connect } from "node:net";
import { readFileSync } from "node:fs";
import { newId, newSecret } from "../src/lib/live/crypto.ts";
import { sealBijdrage } from "../src/lib/live/deelnemer.ts";
import { Outbox, memoryStorage } from "../src/lib/live/outbox.ts";
import type { Feed } from "../src/lib/live/sse.ts";
import { bijdrageFor, client, join, startSession, type Joined } from "../tests/liveFlow.ts";
import { hasRedis, sleep, startRedis, startServer, until } from "../tests/liveServer.ts";

const PER = 45;
const rows: { fout: string; geprobeerd: string; gehouden: string; ok: boolean }[] = [];
const record = (fout: string, geprobeerd: string, gehouden: string, ok: boolean) => {
  rows.push({ fout, geprobeerd, gehouden, ok });
  console.log(`${ok ? "✔" : "✖"} ${fout}: ${geprobeerd} → ${gehouden}`);
};

function rssMb(pid: number | undefined): number {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]) / 1024;
  } catch {
    return NaN;
  }
}

/** A room: a griffier's feed and 45 participants with their own outboxes, all through `base()`. */
async function room(base: () => string) {
  const c = client("", (url, init) => fetch(base() + url, init));
  const { session, bijeenkomst } = await startSession(c, "Storingsproef");
  const seen = new Map<string, number>();
  let feedAlive = true;
  const feed: Feed = c.griffierFeed(session.sid, session.adminSecret, {
    onBijdrage: (b) => seen.set(b.pid, Math.max(seen.get(b.pid) ?? 0, b.rev)),
    onFatal: () => (feedAlive = false),
  });
  const joined: Joined[] = [];
  for (let i = 0; i < PER; i++) joined.push(await join(c, { sid: session.sid, key: session.key }));
  const outboxes = joined.map(() => new Outbox({ storage: memoryStorage(), send: (e) => c.putBijdrage(e.sid, e.pid, e.secret, e.envelope) }));
  const send = (round: number) =>
    Promise.all(joined.map(async (p, i) => {
      const env = await sealBijdrage(p.meta, p.who, bijdrageFor(bijeenkomst, `Deelnemer ${i}`, `ronde ${round}`, 1 + ((i + round) % 5)));
      await outboxes[i]!.put({ sid: p.who.sid, pid: p.who.pid, secret: p.who.secret, envelope: env });
    }));
  const acked = (rev: number) => outboxes.filter((o, i) => o.get(joined[i]!.who.sid, joined[i]!.who.pid)?.state === "verzonden" && o.get(joined[i]!.who.sid, joined[i]!.who.pid)?.rev === rev).length;
  const atGriffier = (rev: number) => joined.filter((p) => seen.get(p.who.pid) === rev).length;
  /** A fresh feed from the start: how many participants the server really holds at `rev` or later. */
  const onServer = async (rev: number) => {
    const got = new Map<string, number>();
    let synced = false;
    const f = c.griffierFeed(session.sid, session.adminSecret, { onBijdrage: (b) => got.set(b.pid, b.rev), onSessie: () => (synced = true) });
    await until(() => synced, 10_000, "verse feed");
    f.close();
    return joined.filter((p) => (got.get(p.who.pid) ?? 0) >= rev).length;
  };
  const close = () => {
    feed.close();
    for (const o of outboxes) o.stop();
  };
  return { c, session, send, acked, atGriffier, onServer, close, feedAlive: () => feedAlive };
}

// 1. Server restart mid-session.
{
  let s = await startServer();
  const r = await room(() => s.url);
  await r.send(1);
  await until(() => r.acked(1) === PER && r.atGriffier(1) === PER, 20_000, "ronde 1");
  await s.kill();
  await r.send(2);
  await sleep(1500);
  const duringOutage = r.acked(2);
  s = await startServer({ dataDir: s.dataDir, port: s.port });
  const held1 = await r.onServer(1).catch(() => 0);
  await until(() => r.acked(2) === PER && r.atGriffier(2) === PER, 30_000, "ronde 2").catch(() => {});
  const arrived = r.atGriffier(2);
  record(
    "Server herstart (SIGKILL) midden in een sessie",
    `${PER} bijdragen vóór de crash, ${PER} wijzigingen tijdens de storing (${duringOutage} bevestigd terwijl hij plat lag)`,
    `${held1}/${PER} vóór de crash bewaard, ${arrived}/${PER} wijzigingen bij de griffier, verloren ${PER - arrived}`,
    held1 === PER && arrived === PER && duringOutage === 0,
  );
  r.close();
  await s.stop();
}

// 2. Redis restart under two processes (participants on A, griffier on B).
if (!hasRedis()) {
  record("Redis herstart", "overgeslagen: redis-server ontbreekt", "-", true);
} else {
  const redis = await startRedis();
  const a = await startServer({ redisUrl: redis.url });
  const b = await startServer({ redisUrl: redis.url });
  const cA = client(a.url);
  const { session, bijeenkomst } = await startSession(client(b.url), "Redis-storing");
  const seen = new Map<string, number>();
  const feed = client(b.url).griffierFeed(session.sid, session.adminSecret, { onBijdrage: (x) => seen.set(x.pid, Math.max(seen.get(x.pid) ?? 0, x.rev)) });
  const joined: Joined[] = [];
  for (let i = 0; i < PER; i++) joined.push(await join(cA, { sid: session.sid, key: session.key }));
  const outboxes = joined.map(() => new Outbox({ storage: memoryStorage(), send: (e) => cA.putBijdrage(e.sid, e.pid, e.secret, e.envelope) }));
  const send = (round: number) =>
    Promise.all(joined.map(async (p, i) => outboxes[i]!.put({ sid: p.who.sid, pid: p.who.pid, secret: p.who.secret, envelope: await sealBijdrage(p.meta, p.who, bijdrageFor(bijeenkomst, `D${i}`, `ronde ${round}`)) })));
  const at = (rev: number) => joined.filter((p) => seen.get(p.who.pid) === rev).length;
  await send(1);
  await until(() => at(1) === PER, 20_000, "ronde 1").catch(() => {});
  await redis.stop();
  await send(2);
  await sleep(2000);
  const refusedWhileDown = outboxes.filter((o) => (o.entries()[0]?.attempts ?? 0) > 0).length;
  await redis.restart();
  await until(() => at(2) === PER, 40_000, "ronde 2 na herstart").catch(() => {});
  const arrived = at(2);
  const kept = at(1) + arrived;
  record(
    "Redis herstart midden in een sessie (2 processen)",
    `${PER} bijdragen vóór de storing, ${PER} wijzigingen terwijl Redis weg was (${refusedWhileDown} kregen eerst een 503 en wachtten)`,
    `${arrived}/${PER} wijzigingen via proces A bij de griffier op proces B na de herstart, verloren ${PER - arrived}${kept < PER ? " (!)" : ""}`,
    arrived === PER,
  );
  feed.close();
  for (const o of outboxes) o.stop();
  await Promise.all([a.stop(), b.stop()]);
  await redis.stop();
}

// 3 and 4 run against one SQLite server that trusts X-Forwarded-For, so the per-IP limit does not hide
// what the validation does with each request (the limit itself is tested in tests/unit/live-server).
const s = await startServer({ env: { TRUST_PROXY: "1" } });
const c = client(s.url);
const { session, bijeenkomst } = await startSession(c, "Slechte verzoeken");
const aantal = async () => {
  let n = -1;
  const f = c.griffierFeed(session.sid, session.adminSecret, { onBijdrage: () => {}, onSessie: (x) => (n = x.aantal ?? -1) });
  await until(() => n >= 0, 10_000, "aantal");
  f.close();
  return n;
};

// 3. Clients that drop mid-send.
{
  const DROPS = 50;
  const people = await Promise.all(Array.from({ length: DROPS }, () => join(c, { sid: session.sid, key: session.key })));
  const bodies = await Promise.all(people.map(async (p, i) => JSON.stringify(await sealBijdrage(p.meta, p.who, bijdrageFor(bijeenkomst, `Afbreker ${i}`, "half verstuurd")))));
  await Promise.all(people.map((p, i) => new Promise<void>((resolve) => {
    const body = bodies[i]!;
    const sock = connect(s.port, "127.0.0.1", () => {
      sock.write(`PUT /api/live/sessions/${session.sid}/bijdragen/${p.who.pid} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer ${p.who.secret}\r\nX-Forwarded-For: 10.77.${i}.1\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`);
      sock.write(body.slice(0, Math.floor(body.length / 2)));
      setTimeout(() => {
        sock.destroy();
        resolve();
      }, 50);
    });
    sock.on("error", () => resolve());
  })));
  await sleep(300);
  const afterDrops = await aantal();
  const statusOk = (await c.status()) !== null;
  let complete = 0;
  for (let i = 0; i < DROPS; i++) {
    const r = await c.putBijdrage(session.sid, people[i]!.who.pid, people[i]!.who.secret, JSON.parse(bodies[i]!));
    if (r.rev === 1 && r.nieuw) complete++;
  }
  const afterResend = await aantal();
  record(
    "Client breekt af midden in het versturen",
    `${DROPS} verbindingen halverwege de bijdrage verbroken, daarna opnieuw verstuurd`,
    `${afterDrops} half-ontvangen opgeslagen, server ${statusOk ? "bleef bereikbaar" : "NIET bereikbaar"}, ${complete}/${DROPS} opnieuw verstuurd als eerste versie, ${afterResend} geteld`,
    afterDrops === 0 && statusOk && complete === DROPS && afterResend === DROPS,
  );
}

// 4. 1,000 malformed or oversized requests.
{
  const before = await aantal();
  const rssBefore = rssMb(s.proc.pid);
  const sid = session.sid;
  const pidPath = () => `/api/live/sessions/${sid}/bijdragen/${newId()}`;
  const auth = () => `Bearer ${newSecret()}`;
  const big = "x".repeat(300 * 1024);
  type Case = { name: string; method: string; path: string; headers: Record<string, string>; body?: Buffer | string; chunked?: boolean };
  const kinds: ((i: number) => Case)[] = [
    () => ({ name: "geen JSON", method: "PUT", path: pidPath(), headers: { "Content-Type": "application/json", Authorization: auth() }, body: "{v:1, kapot" }),
    () => ({ name: "verkeerd Content-Type", method: "PUT", path: pidPath(), headers: { "Content-Type": "text/plain", Authorization: auth() }, body: "{}" }),
    () => ({ name: "verkeerde vorm", method: "PUT", path: pidPath(), headers: { "Content-Type": "application/json", Authorization: auth() }, body: '{"v":2,"iv":"kort","ct":5}' }),
    () => ({ name: "extra veld", method: "PUT", path: pidPath(), headers: { "Content-Type": "application/json", Authorization: auth() }, body: JSON.stringify({ v: 1, iv: "a".repeat(16), epk: "b".repeat(87), ct: "c".repeat(30), naam: "klare tekst" }) }),
    () => ({ name: "te groot (Content-Length)", method: "PUT", path: pidPath(), headers: { "Content-Type": "application/json", Authorization: auth() }, body: big }),
    () => ({ name: "te groot (chunked)", method: "PUT", path: pidPath(), headers: { "Content-Type": "application/json", Authorization: auth() }, body: big, chunked: true }),
    () => ({ name: "vals admin-geheim", method: "POST", path: `/api/live/sessions/${sid}/close`, headers: { "Content-Type": "application/json", Authorization: auth() }, body: "{}" }),
    (i) => ({ name: "kapotte id", method: "PUT", path: [`/api/live/sessions/../../etc/passwd`, `/api/live/sessions/${"a".repeat(500)}/bijdragen/x`, `/api/live/sessions/%ZZ/bijdragen/%00`][i % 3]!, headers: { "Content-Type": "application/json", Authorization: auth() }, body: "{}" }),
    () => ({ name: "diep genest", method: "PUT", path: pidPath(), headers: { "Content-Type": "application/json", Authorization: auth() }, body: "[".repeat(120_000) + "]".repeat(120_000) }),
    () => ({ name: "ongeldige UTF-8", method: "PUT", path: pidPath(), headers: { "Content-Type": "application/json", Authorization: auth() }, body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) }),
  ];
  const send = (k: Case, i: number) =>
    new Promise<number>((resolve) => {
      const headers: Record<string, string> = { ...k.headers, "X-Forwarded-For": `10.66.${i % 100}.1` };
      if (k.body !== undefined && !k.chunked) headers["Content-Length"] = String(Buffer.byteLength(k.body));
      const req = request({ host: "127.0.0.1", port: s.port, method: k.method, path: k.path, headers }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      });
      // A server that stops reading an oversized body may close the connection before we finish writing.
      req.on("error", () => resolve(-1));
      if (k.body !== undefined) req.end(k.body);
      else req.end();
    });
  const statuses = new Map<string, Map<number, number>>();
  const TOTAL = 1000;
  let next = 0;
  await Promise.all(Array.from({ length: 20 }, async () => {
    while (next < TOTAL) {
      const i = next++;
      const k = kinds[i % kinds.length]!(i);
      const st = await send(k, i);
      const m = statuses.get(k.name) ?? new Map<number, number>();
      m.set(st, (m.get(st) ?? 0) + 1);
      statuses.set(k.name, m);
    }
  }));
  const all = [...statuses.values()].flatMap((m) => [...m.entries()]);
  const held = all.filter(([st]) => st >= 400 && st < 500).reduce((a, [, n]) => a + n, 0);
  const closed = all.filter(([st]) => st === -1).reduce((a, [, n]) => a + n, 0);
  const serverErrors = all.filter(([st]) => st >= 500 || (st > 0 && st < 400)).reduce((a, [, n]) => a + n, 0);
  const after = await aantal();
  const alive = (await c.status()) !== null;
  for (const [name, m] of statuses) console.log(`    ${name}: ${[...m.entries()].map(([st, n]) => `${st === -1 ? "verbinding gesloten" : st} ×${n}`).join(", ")}`);
  record(
    "Kapotte en te grote verzoeken",
    `${TOTAL} verzoeken in ${kinds.length} soorten`,
    `${held} geweigerd met 4xx en een Nederlandse melding, ${closed} afgebroken door de server (te groot), ${serverErrors} met 5xx of geaccepteerd; opgeslagen bijdragen ${before} → ${after}; server ${alive ? "bereikbaar" : "NIET bereikbaar"}; RSS ${rssBefore.toFixed(0)} → ${rssMb(s.proc.pid).toFixed(0)} MB`,
    held + closed === TOTAL && serverErrors === 0 && after === before && alive,
  );
}
await s.stop();

console.log(`\n${rows.filter((r) => r.ok).length} van ${rows.length} storingen doorstaan.`);
process.exit(rows.every((r) => r.ok) ? 0 : 1);
