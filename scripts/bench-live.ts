#!/usr/bin/env node
/**
 * Load test of the live relay over loopback: 20 sessions × 45 participants, each participant sends a
 * bijdrage and a changed version a moment later, with its own participant feed open, while every griffier
 * has her feed open. First against one server process (SQLite), then against two processes sharing a real
 * redis-server, with participants and griffier on different processes. Reports the time from sending to
 * the griffier's feed (p50/p95/max), server memory (RSS), errors and lost bijdragen.
 *
 * Usage: npm run bench:live [-- --sessies 20 --deelnemers 45 --zonder-redis]
 * Exits 1 when p95 > 500 ms, or anything is lost or fails. All traffic stays on 127.0.0.1 and is bounded:
 * per phase about 20 × (2 + 45 × 4) requests.
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import type { Feed } from "../src/lib/live/sse.ts";
import { sealBijdrage } from "../src/lib/live/deelnemer.ts";
import { Outbox, memoryStorage } from "../src/lib/live/outbox.ts";
import type { LiveEnvelope } from "../src/schemas/liveEnvelope.ts";
import { bijdrageFor, client, join, startSession } from "../tests/liveFlow.ts";
import { hasRedis, sleep, startRedis, startServer, type RunningServer } from "../tests/liveServer.ts";

const { values: args } = parseArgs({
  options: {
    sessies: { type: "string", default: "20" },
    deelnemers: { type: "string", default: "45" },
    "zonder-redis": { type: "boolean", default: false },
  },
});
const SESSIONS = Number(args.sessies);
const PER = Number(args.deelnemers);
const TARGET_P95_MS = 500;
/** The room fills over this many ms; the second version follows within RESEND_MS. */
const ARRIVAL_MS = 5000;
const RESEND_MS = 2000;

function rssMb(pid: number | undefined): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** CPU seconds (user + system) a process has used, from /proc: shows who was busy, server or bench. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

interface PhaseResult {
  name: string;
  sent: number;
  samples: number[];
  /** Refused for good, or a feed that was refused. */
  errors: string[];
  /** Attempts that failed and were retried by the outbox. */
  retried: string[];
  lost: number;
  rss: { start: number[]; peak: number[]; end: number[] };
  seconds: number;
  /** CPU seconds in the timed part: per server process, and the bench itself. */
  cpu: { servers: number[]; bench: number };
}

async function phase(name: string, servers: RunningServer[]): Promise<PhaseResult> {
  const errors: string[] = [];
  const retried: string[] = [];
  const recvAt = new Map<string, number>();
  const feeds: Feed[] = [];
  const rss = { start: servers.map((s) => rssMb(s.proc.pid)), peak: servers.map((s) => rssMb(s.proc.pid)), end: [] as number[] };
  const sampler = setInterval(() => servers.forEach((s, i) => (rss.peak[i] = Math.max(rss.peak[i]!, rssMb(s.proc.pid)))), 100);

  // Each session is one council room behind its own address (the server is told so by X-Forwarded-For,
  // as behind the gemeente's proxy); participants alternate between the processes.
  const on = (s: number, i: number) => {
    const base = servers[(s + i) % servers.length]!.url;
    return client("", (url, init) => fetch(base + url, { ...init, headers: { ...(init?.headers as Record<string, string>), "X-Forwarded-For": `10.19.${s}.1` } }));
  };

  type Prepared = { sid: string; pid: string; secret: string; envelopes: [LiveEnvelope, LiveEnvelope]; c: ReturnType<typeof client> };
  const prepared: Prepared[] = [];
  for (let s = 0; s < SESSIONS; s++) {
    const g = on(s, 0);
    const { session, bijeenkomst } = await startSession(g, `Bench ${s}`);
    feeds.push(g.griffierFeed(session.sid, session.adminSecret, {
      onBijdrage: (b) => {
        const k = `${b.pid}:${b.rev}`;
        if (!recvAt.has(k)) recvAt.set(k, performance.now());
      },
      onFatal: (e) => errors.push(`griffier-feed: ${e.status} ${e.code}`),
    }));
    // Joining and sealing happen before the clock starts: the bench measures the server, not the
    // bench's own ECDH work (each tablet does its own in the room).
    await Promise.all(Array.from({ length: PER }, async (_, i) => {
      const c = on(s, i + 1);
      const p = await join(c, { sid: session.sid, key: session.key });
      const v1 = await sealBijdrage(p.meta, p.who, bijdrageFor(bijeenkomst, `Deelnemer ${s}-${i}`, "Nabijheid", 1 + (i % 5)));
      const v2 = await sealBijdrage(p.meta, p.who, bijdrageFor(bijeenkomst, `Deelnemer ${s}-${i}`, "Nabijheid en vertrouwen", 1 + ((i + 2) % 5)));
      prepared.push({ sid: session.sid, pid: p.who.pid, secret: p.who.secret, envelopes: [v1, v2], c });
    }));
  }

  const t0 = performance.now();
  const cpu0 = servers.map((s) => cpuSeconds(s.proc.pid));
  const bench0 = process.cpuUsage();
  let sent = 0;
  /** pid:rev → when the raadslid pressed "Insturen" for the version the server stored as that rev. */
  const queuedAt = new Map<string, number>();
  const outboxes: Outbox[] = [];
  await Promise.all(prepared.map(async (p, i) => {
    await sleep(Math.random() * ARRIVAL_MS);
    feeds.push(p.c.deelnemerFeed(p.sid, { onFatal: (e) => errors.push(`deelnemer-feed: ${e.status} ${e.code}`) }));
    // The same outbox the meedoen page uses: a failed attempt is retried, not given up.
    const pressed = new Map<number, number>();
    const outbox = new Outbox({
      storage: memoryStorage(),
      send: async (e) => {
        sent++;
        try {
          const r = await p.c.putBijdrage(e.sid, e.pid, e.secret, e.envelope);
          queuedAt.set(`${e.pid}:${r.rev}`, pressed.get(e.version)!);
          return r;
        } catch (err) {
          const cause = err instanceof Error ? (err.cause as { cause?: { code?: string }; message?: string } | undefined) : undefined;
          retried.push(cause ? `geen verbinding: ${cause.cause?.code ?? cause.message ?? "?"}` : err instanceof Error ? err.message : String(err));
          throw err;
        }
      },
    });
    outboxes[i] = outbox;
    for (let v = 0; v < 2; v++) {
      if (v === 1) await sleep(Math.random() * RESEND_MS);
      pressed.set(v + 1, performance.now());
      await outbox.put({ sid: p.sid, pid: p.pid, secret: p.secret, envelope: p.envelopes[v]! });
    }
  }));
  const finalRev = () => prepared.map((p, i) => [p.pid, outboxes[i]?.get(p.sid, p.pid)] as const);
  // Until every outbox is empty and the griffier has every final version; at most 30 s more.
  const deadline = performance.now() + 30_000;
  const done = () => finalRev().every(([pid, e]) => e?.state === "verzonden" && recvAt.has(`${pid}:${e.rev}`));
  while (performance.now() < deadline && !done()) await sleep(20);
  const seconds = (performance.now() - t0) / 1000;
  const benchCpu = process.cpuUsage(bench0);
  const cpu = { servers: servers.map((s, i) => cpuSeconds(s.proc.pid) - cpu0[i]!), bench: (benchCpu.user + benchCpu.system) / 1e6 };
  clearInterval(sampler);
  rss.end = servers.map((s) => rssMb(s.proc.pid));
  for (const f of feeds) f.close();

  for (const o of outboxes) o.stop();
  const samples: number[] = [];
  for (const [k, t] of queuedAt) {
    const r = recvAt.get(k);
    // A first version overtaken by the second before the feed read it is not a loss: the griffier only
    // ever needs the latest. Loss is a final version that never arrived, or never left the outbox.
    if (r !== undefined) samples.push(Math.max(0, r - t));
  }
  const finals = finalRev();
  const lost = finals.filter(([pid, e]) => !(e?.state === "verzonden" && recvAt.has(`${pid}:${e.rev}`))).length;
  for (const [, e] of finals) if (e?.state === "geweigerd") errors.push(`geweigerd: ${e.code}`);
  return { name, sent, samples: samples.sort((a, b) => a - b), errors, retried, lost, rss, seconds, cpu };
}

function report(r: PhaseResult): boolean {
  const mb = (xs: number[]) => xs.map((x) => (Number.isFinite(x) ? `${x.toFixed(0)} MB` : "n.v.t.")).join(" / ");
  const p95 = pct(r.samples, 95);
  console.log(`\n${r.name}: ${SESSIONS} sessies × ${PER} deelnemers, ${r.sent} verzendpogingen in ${r.seconds.toFixed(1)} s`);
  console.log(`  versturen → feed van de griffier: p50 ${pct(r.samples, 50).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${(r.samples[r.samples.length - 1] ?? NaN).toFixed(0)} ms (${r.samples.length} metingen)`);
  const list = (xs: string[]) => (xs.length ? ` (${[...new Set(xs)].slice(0, 3).join("; ")})` : "");
  console.log(`  fouten: ${r.errors.length}${list(r.errors)}; mislukte pogingen die de outbox opnieuw deed: ${r.retried.length}${list(r.retried)}; verloren: ${r.lost}`);
  console.log(`  geheugen (RSS) per proces: start ${mb(r.rss.start)}, piek ${mb(r.rss.peak)}, eind ${mb(r.rss.end)}`);
  console.log(`  CPU-tijd: server ${r.cpu.servers.map((x) => `${x.toFixed(1)} s`).join(" / ")}, benchproces ${r.cpu.bench.toFixed(1)} s (in ${r.seconds.toFixed(1)} s; machinebelasting ${loadavg()[0]!.toFixed(1)})`);
  const ok = p95 <= TARGET_P95_MS && r.lost === 0 && r.errors.length === 0;
  console.log(`  ${ok ? "gehaald" : "NIET gehaald"} (doel: p95 ≤ ${TARGET_P95_MS} ms, 0 verloren, 0 fouten)`);
  return ok;
}

let allOk = true;
{
  const server = await startServer({ env: { TRUST_PROXY: "1" } });
  try {
    allOk = report(await phase("Eén proces, SQLite", [server])) && allOk;
  } finally {
    await server.stop();
  }
}
if (args["zonder-redis"]) {
  console.log("\nTwee processen met Redis: overgeslagen (--zonder-redis).");
} else if (!hasRedis()) {
  console.log("\nTwee processen met Redis: overgeslagen, redis-server ontbreekt (apt-get install redis-server).");
} else {
  const redis = await startRedis();
  const a = await startServer({ redisUrl: redis.url, env: { TRUST_PROXY: "1" } });
  const b = await startServer({ redisUrl: redis.url, env: { TRUST_PROXY: "1" } });
  try {
    allOk = report(await phase("Twee processen, Redis (deelnemers en griffier verspreid)", [a, b])) && allOk;
  } finally {
    await Promise.all([a.stop(), b.stop()]);
    await redis.stop();
  }
}
process.exit(allOk ? 0 : 1);
