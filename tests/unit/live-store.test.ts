/**
 * One contract, two engines: the SQLite store and the Redis store (against a real redis-server started
 * here) must behave the same for every rule the relay relies on.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { SqliteStore } from "../../server/store/sqlite.ts";
import { RedisStore } from "../../server/store/redis.ts";
import type { Notice, Store } from "../../server/store/types.ts";
import { newId } from "../../src/lib/live/crypto.ts";
import { redisSkip, startRedis, tempDir, until, type RunningRedis } from "../liveServer.ts";

const DAY = 24 * 60 * 60 * 1000;

function contract(name: string, make: () => Promise<Store>) {
  describe(name, () => {
    let store: Store;
    before(async () => {
      store = await make();
    });
    after(async () => {
      await store.close();
    });

    const put = (sid: string, pid: string, secret: string, envelope: string, now = Date.now(), max = 500) =>
      store.putBijdrage({ sid, pid, secretHash: secret, envelope, bodyHash: `h:${envelope}`, now, maxParticipants: max });

    test("create is idempotent for the same admin hash and refuses another", async () => {
      const sid = newId();
      assert.equal(await store.createSession({ id: sid, adminHash: "a", meta: '{"m":1}', now: 1 }), "nieuw");
      assert.equal(await store.createSession({ id: sid, adminHash: "a", meta: '{"m":2}', now: 2 }), "bestaat");
      assert.equal(await store.createSession({ id: sid, adminHash: "b", meta: '{"m":3}', now: 3 }), "conflict");
      const s = await store.getSession(sid);
      assert.equal(s?.meta, '{"m":2}');
      assert.equal(s?.adminHash, "a");
    });

    test("write secret: first write claims the participant, others cannot overwrite or withdraw", async () => {
      const sid = newId();
      await store.createSession({ id: sid, adminHash: "a", meta: "{}", now: 1 });
      const r1 = await put(sid, "p1", "geheim", '"e1"');
      assert.ok(r1.status === "ok" && r1.nieuw && r1.changed && r1.rev === 1);
      assert.equal((await put(sid, "p1", "vals", '"e2"')).status, "geen-toegang");
      assert.equal((await store.withdrawBijdrage({ sid, pid: "p1", secretHash: "vals", now: 2 })).status, "geen-toegang");
      const same = await put(sid, "p1", "geheim", '"e1"');
      assert.ok(same.status === "ok" && !same.changed && same.rev === 1, "an identical resend is no change");
      const r2 = await put(sid, "p1", "geheim", '"e2"');
      assert.ok(r2.status === "ok" && !r2.nieuw && r2.changed && r2.rev === 2);
      const s = await store.getSession(sid);
      assert.equal(s?.aantal, 1, "a resend is counted once");
      const { rows } = await store.changesSince(sid, 0, 100);
      assert.deepEqual(rows.map((r) => [r.pid, r.rev, r.envelope]), [["p1", 2, '"e2"']]);
    });

    test("changesSince: only what changed after the cursor, latest version, in order", async () => {
      const sid = newId();
      await store.createSession({ id: sid, adminHash: "a", meta: "{}", now: 1 });
      await put(sid, "p1", "s1", '"a"');
      await put(sid, "p2", "s2", '"b"');
      const first = await store.changesSince(sid, 0, 100);
      assert.deepEqual(first.rows.map((r) => r.pid), ["p1", "p2"]);
      await put(sid, "p1", "s1", '"a2"');
      const next = await store.changesSince(sid, first.cursor, 100);
      assert.deepEqual(next.rows.map((r) => [r.pid, r.envelope]), [["p1", '"a2"']]);
      const paged = await store.changesSince(sid, 0, 1);
      assert.equal(paged.rows.length, 1);
      assert.equal((await store.changesSince(sid, next.cursor, 100)).rows.length, 0);
    });

    test("withdraw leaves a tombstone on the feed and lowers the count", async () => {
      const sid = newId();
      await store.createSession({ id: sid, adminHash: "a", meta: "{}", now: 1 });
      await put(sid, "p1", "s1", '"a"');
      const w = await store.withdrawBijdrage({ sid, pid: "p1", secretHash: "s1", now: 2 });
      assert.ok(w.status === "ok" && w.changed && w.rev === 2);
      assert.equal((await store.getSession(sid))?.aantal, 0);
      const { rows } = await store.changesSince(sid, 0, 100);
      assert.deepEqual(rows.map((r) => [r.pid, r.envelope]), [["p1", null]]);
      const back = await put(sid, "p1", "s1", '"a"');
      assert.ok(back.status === "ok" && back.changed && !back.nieuw && back.rev === 3);
      assert.equal((await store.getSession(sid))?.aantal, 1);
    });

    test("closed sessions refuse writes; the participant limit refuses newcomers, not a resend", async () => {
      const sid = newId();
      await store.createSession({ id: sid, adminHash: "a", meta: "{}", now: 1 });
      for (const p of ["p1", "p2", "p3"]) assert.equal((await put(sid, p, p, `"${p}"`, Date.now(), 3)).status, "ok");
      assert.equal((await put(sid, "p4", "p4", '"p4"', Date.now(), 3)).status, "vol");
      assert.equal((await put(sid, "p1", "p1", '"p1 nieuw"', Date.now(), 3)).status, "ok");
      assert.equal(await store.setClosed(sid, true, 5), true);
      assert.equal((await put(sid, "p1", "p1", '"p1 later"')).status, "gesloten");
      assert.equal((await store.getSession(sid))?.gesloten, true);
      assert.equal((await put(newId(), "p1", "p1", '"x"')).status, "geen-sessie");
    });

    test("uitkomst: revision goes up, null removes it", async () => {
      const sid = newId();
      await store.createSession({ id: sid, adminHash: "a", meta: "{}", now: 1 });
      assert.equal(await store.getUitkomst(sid), null);
      assert.equal(await store.putUitkomst(sid, '"u1"', 2), 1);
      assert.equal(await store.putUitkomst(sid, '"u2"', 3), 2);
      assert.deepEqual(await store.getUitkomst(sid), { rev: 2, envelope: '"u2"' });
      assert.equal(await store.putUitkomst(sid, null, 4), 3);
      assert.equal(await store.getUitkomst(sid), null);
      assert.equal(await store.putUitkomst(newId(), '"x"', 5), null);
    });

    test("delete removes the session and all its bijdragen at once", async () => {
      const sid = newId();
      await store.createSession({ id: sid, adminHash: "a", meta: "{}", now: 1 });
      await put(sid, "p1", "s1", '"a"');
      assert.equal(await store.deleteSession(sid), true);
      assert.equal(await store.getSession(sid), null);
      assert.equal((await store.changesSince(sid, 0, 100)).rows.length, 0);
      assert.equal(await store.deleteSession(sid), false);
    });

    test("transfer slot: taken once; unknown or expired is gone", async () => {
      const id = newId();
      const now = Date.now();
      assert.equal(await store.putTransfer(id, '"w"', now + 60_000), true);
      assert.equal(await store.putTransfer(id, '"x"', now + 60_000), false);
      const exp = await store.transferExpiry(id, now);
      assert.ok(exp !== null && exp > now && exp <= now + 60_000 + 50);
      assert.equal(await store.takeTransfer(id, now), '"w"');
      assert.equal(await store.takeTransfer(id, now), null);
      assert.equal(await store.transferExpiry(id, now), null);
      const short = newId();
      await store.putTransfer(short, '"w"', Date.now() + 30);
      await new Promise((r) => setTimeout(r, 60));
      assert.equal(await store.takeTransfer(short, Date.now()), null, "expired slot still handed out");
    });

    test("notices reach a subscriber, and stop after unsubscribing", async () => {
      const sid = newId();
      const got: Notice[] = [];
      const off = store.subscribe(sid, (n) => got.push(n));
      await until(async () => {
        await store.publish(sid, "bijdrage");
        return got.includes("bijdrage");
      }, 3000, "notice");
      off();
      got.length = 0;
      await store.publish(sid, "sessie");
      await new Promise((r) => setTimeout(r, 100));
      assert.deepEqual(got.filter((n) => n === "sessie"), []);
    });
  });
}

contract("SQLite store", async () => new SqliteStore(tempDir("store")));

test("SQLite store: sweep removes sessions idle for longer than the retention, and keeps the rest", async () => {
  const store = new SqliteStore(tempDir("sweep"));
  const now = Date.now();
  const old = newId();
  const fresh = newId();
  await store.createSession({ id: old, adminHash: "a", meta: "{}", now: now - 15 * DAY });
  await store.createSession({ id: fresh, adminHash: "a", meta: "{}", now: now - 13 * DAY });
  await store.putTransfer(newId(), '"w"', now - 1);
  assert.deepEqual(await store.sweep(now, 14 * DAY), { sessions: 1, transfers: 1 });
  assert.equal(await store.getSession(old), null);
  assert.notEqual(await store.getSession(fresh), null);
  await store.close();
});

describe("Redis", { skip: redisSkip("redis-server ontbreekt (apt-get install redis-server): Redis-tests overgeslagen") }, () => {
  let redis: RunningRedis;
  before(async () => {
    redis = await startRedis();
  });
  after(async () => {
    await redis?.stop();
  });

  contract("Redis store", async () => {
    const s = new RedisStore(redis.url, 14 * DAY);
    await s.ready();
    return s;
  });

  test("Redis store: every key of a session expires after the retention, renewed on activity", async () => {
    const s = new RedisStore(redis.url, 14 * DAY);
    await s.ready();
    const sid = newId();
    await s.createSession({ id: sid, adminHash: "a", meta: "{}", now: Date.now() });
    await s.putBijdrage({ sid, pid: "p1", secretHash: "s", envelope: '"e"', bodyHash: "h", now: Date.now(), maxParticipants: 500 });
    const { Redis } = await import("ioredis");
    const r = new Redis(redis.url);
    for (const key of [`rk:{${sid}}:s`, `rk:{${sid}}:b`, `rk:{${sid}}:z`]) {
      const ttl = await r.pttl(key);
      assert.ok(ttl > 13.9 * DAY && ttl <= 14 * DAY, `${key}: ${ttl}`);
    }
    await r.quit();
    await s.close();
  });
});
