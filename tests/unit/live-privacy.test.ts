/**
 * The server never sees plaintext: a unique token typed by a participant (and the bijeenkomst title and
 * name around it) appears in no byte of the SQLite files, of Redis's data or of the servers' logs; and no
 * request line, header or body that a client sends carries the session key.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join as joinPath } from "node:path";
import { Redis } from "ioredis";
import { fromBase64url } from "../../src/lib/live/base64url.ts";
import { newId, newSecret } from "../../src/lib/live/crypto.ts";
import { sealUitkomst } from "../../src/lib/live/griffier.ts";
import { sendWerkboek, receiveWerkboek } from "../../src/lib/live/transfer.ts";
import type { FetchLike } from "../../src/lib/live/sse.ts";
import { bijdrageFor, client, join, startSession } from "../liveFlow.ts";
import { redisSkip, startRedis, startServer, tempDir, until, type RunningRedis, type RunningServer } from "../liveServer.ts";

/** A fetch that records every byte a client sends: URL, headers and body. */
function recordingFetch(base: string): { fetch: FetchLike; sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    fetch: async (url, init) => {
      const headers = Object.entries((init?.headers ?? {}) as Record<string, string>).map(([k, v]) => `${k}: ${v}`).join("\n");
      sent.push(`${init?.method ?? "GET"} ${url}\n${headers}\n\n${typeof init?.body === "string" ? init.body : ""}`);
      return fetch(base + url, init);
    },
  };
}

/** The ways a key could show up: as in the link, as standard base64, as hex. */
function keyForms(raw: string): string[] {
  const bytes = Buffer.from(fromBase64url(raw));
  return [raw, bytes.toString("base64").replace(/=+$/, ""), bytes.toString("hex")];
}

function assertAbsent(haystack: Buffer | string, needles: string[], where: string): void {
  const buf = typeof haystack === "string" ? Buffer.from(haystack) : haystack;
  for (const n of needles) {
    assert.equal(buf.indexOf(Buffer.from(n)), -1, `"${n.slice(0, 12)}…" found in ${where}`);
    // UTF-16 too, in case anything stored text that way.
    assert.equal(buf.indexOf(Buffer.from(n, "utf16le")), -1, `"${n.slice(0, 12)}…" (UTF-16) found in ${where}`);
  }
}

/** Runs a whole session through `base` and returns everything that must stay secret. */
async function runSession(base: string, griffierBase = base) {
  const token = `ZQX-${newId()}`;
  const naam = `Schuilnaam-${newId().slice(0, 8)}`;
  const title = `Titel-${newId().slice(0, 8)}`;
  const rec = recordingFetch(base);
  const recG = recordingFetch(griffierBase);
  const c = client("", rec.fetch);
  const g = client("", recG.fetch);
  const { session, bijeenkomst } = await startSession(g, title);
  const link = { sid: session.sid, key: session.key };
  const seen: unknown[] = [];
  const feed = g.griffierFeed(session.sid, session.adminSecret, { onBijdrage: (b) => seen.push(b) });
  const p = await join(c, link);
  await p.send(bijdrageFor(bijeenkomst, naam, `waarde ${token}`));
  await p.send(bijdrageFor(bijeenkomst, naam, `waarde ${token} aangepast`));
  await g.putUitkomst(session.sid, session.adminSecret, await sealUitkomst(session, { waarden: [[`waarde ${token}`, 1]] }));
  const t = await sendWerkboek(c, JSON.stringify({ titel: `werkboek ${token}` }));
  assert.match(await receiveWerkboek(c, t.link), new RegExp(token));
  await until(() => seen.length >= 2, 5000, "feed");
  feed.close();
  return {
    token,
    secrets: [token, naam, title, ...keyForms(session.key), ...keyForms(t.link.key)],
    /** Never in a request: keys and the plaintext. (Secrets do travel, in the Authorization header.) */
    neverSent: [token, naam, title, ...keyForms(session.key), ...keyForms(t.link.key)],
    headerSecrets: [session.adminSecret, p.who.secret],
    sent: [...rec.sent, ...recG.sent],
  };
}

function assertRequestsClean(run: Awaited<ReturnType<typeof runSession>>): void {
  assert.ok(run.sent.length >= 8);
  for (const r of run.sent) {
    assertAbsent(r, run.neverSent, `a request (${r.split("\n")[0]})`);
    const requestLine = r.split("\n")[0]!;
    const body = r.slice(r.indexOf("\n\n") + 2);
    for (const s of run.headerSecrets) {
      assert.ok(!requestLine.includes(s), "a secret in a URL");
      assert.ok(!body.includes(s), "a secret in a body");
    }
  }
}

describe("SQLite", () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ dataDir: tempDir("privacy") });
  });
  after(async () => {
    await server.stop();
  });

  test("no plaintext, name, title or key in the SQLite files (incl. -wal) or the log; no key in any request", async () => {
    const run = await runSession(server.url);
    // A malformed request that carries a second token in plain text: it must not reach the log either.
    const leak = `LEK-${newId()}`;
    await fetch(`${server.url}/api/live/sessions/${newId()}/bijdragen/${newId()}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${newSecret()}` },
      body: `{"v":1,"ct":"${leak}", kapot`,
    });
    const files = readdirSync(server.dataDir);
    assert.ok(files.some((f) => f.endsWith("-wal")), `no WAL to check: ${files.join(", ")}`);
    for (const f of files) assertAbsent(readFileSync(joinPath(server.dataDir, f)), run.secrets, f);
    assertAbsent(server.output(), [...run.secrets, ...run.headerSecrets, leak], "the server log");
    assertRequestsClean(run);
  });

  test("after 'Sessie verwijderen' even the ciphertext is gone from the files", async () => {
    const c = client(server.url);
    const { session, bijeenkomst } = await startSession(c);
    const p = await join(c, { sid: session.sid, key: session.key });
    await p.send(bijdrageFor(bijeenkomst, "Plevier", "Weg ermee"));
    const { meta } = await c.session(session.sid);
    const cipher = meta.ct.slice(0, 40);
    const before = readdirSync(server.dataDir).map((f) => readFileSync(joinPath(server.dataDir, f)).indexOf(cipher)).some((i) => i >= 0);
    assert.ok(before, "ciphertext should be on disk before deleting");
    await c.deleteSession(session.sid, session.adminSecret);
    for (const f of readdirSync(server.dataDir)) assertAbsent(readFileSync(joinPath(server.dataDir, f)), [cipher, session.sid], f);
  });
});

describe("Redis, two processes", { skip: redisSkip("redis-server ontbreekt (apt-get install redis-server): test overgeslagen") }, () => {
  let redis: RunningRedis;
  let a: RunningServer;
  let b: RunningServer;
  before(async () => {
    redis = await startRedis();
    a = await startServer({ redisUrl: redis.url });
    b = await startServer({ redisUrl: redis.url });
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  test("no plaintext or key in Redis (every key and value, an uncompressed dump, the AOF) or either log", async (t) => {
    const run = await runSession(a.url, b.url);
    const r = new Redis(redis.url);
    t.after(() => r.disconnect());
    let values = "";
    for (const key of await r.keys("*")) {
      const type = await r.type(key);
      values += key + "\n";
      if (type === "string") values += (await r.get(key)) ?? "";
      else if (type === "hash") values += JSON.stringify(await r.hgetall(key));
      else if (type === "zset") values += JSON.stringify(await r.zrange(key, 0, -1, "WITHSCORES"));
    }
    assert.ok(values.includes("rk:{"), "no session keys found to check");
    assertAbsent(values, run.secrets, "a Redis key or value");
    // The append-only file.
    for (const f of readdirSync(joinPath(redis.dir, "appendonlydir"))) {
      assertAbsent(readFileSync(joinPath(redis.dir, "appendonlydir", f)), run.secrets, f);
    }
    // The dump on disk, without LZF compression (which could hide a token from a byte search).
    await r.config("SET", "rdbcompression", "no");
    await r.save();
    const dump = readFileSync(joinPath(redis.dir, "dump.rdb"));
    assert.ok(dump.length > 100);
    assertAbsent(dump, run.secrets, "dump.rdb");
    assertAbsent(a.output() + b.output(), [...run.secrets, ...run.headerSecrets], "a server log");
    assertRequestsClean(run);
  });
});
