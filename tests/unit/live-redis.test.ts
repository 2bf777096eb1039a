/**
 * Scale-out: a real redis-server and two server processes sharing it. A participant on one process reaches
 * the griffier's feed on the other; closing on one is respected on the other.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { LiveError } from "../../src/lib/live/client.ts";
import { bijdrageOpener, sealUitkomst } from "../../src/lib/live/griffier.ts";
import type { FeedBijdrage } from "../../src/schemas/liveBijdrage.ts";
import { bijdrageFor, client, join, startSession } from "../liveFlow.ts";
import { redisSkip, startRedis, startServer, until, type RunningRedis, type RunningServer } from "../liveServer.ts";

describe("two server processes, one Redis", { skip: redisSkip("redis-server ontbreekt (apt-get install redis-server): test overgeslagen") }, () => {
  let redis: RunningRedis;
  let a: RunningServer;
  let b: RunningServer;
  before(async () => {
    redis = await startRedis();
    // One after the other: two at once could pick the same free port.
    a = await startServer({ redisUrl: redis.url });
    b = await startServer({ redisUrl: redis.url });
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  test("a participant on process A reaches the griffier's feed on process B within a second", async () => {
    assert.match(a.output(), /live-opslag: Redis/);
    assert.notEqual(a.port, b.port);
    const onA = client(a.url);
    const onB = client(b.url);
    const { session, bijeenkomst } = await startSession(onB);
    const got: FeedBijdrage[] = [];
    let ready = false;
    const feed = onB.griffierFeed(session.sid, session.adminSecret, { onBijdrage: (x) => got.push(x), onSessie: () => (ready = true) });
    await until(() => ready, 5000, "feed op B open");
    const p = await join(onA, { sid: session.sid, key: session.key });
    const t0 = Date.now();
    await p.send(bijdrageFor(bijeenkomst, "Zwaluw", "Gelijkwaardigheid"));
    await until(() => got.length === 1, 2000, "bijdrage van A op B");
    const ms = Date.now() - t0;
    assert.ok(ms < 1000, `${ms} ms`);
    const opened = await (await bijdrageOpener(session))(got[0]!);
    assert.equal(opened.ok && opened.bijdrage?.naam, "Zwaluw");
    // A resend through B replaces it; still one participant.
    const again = await p.send(bijdrageFor(bijeenkomst, "Zwaluw", "Gelijkwaardigheid en rust"));
    assert.equal(again.rev, 2);
    await until(() => got.length === 2, 2000, "tweede versie");
    feed.close();
  });

  test("closing on B is respected on A; the uitkomst shared on B reaches a participant's feed on A", async () => {
    const onA = client(a.url);
    const onB = client(b.url);
    const { session, bijeenkomst } = await startSession(onB);
    const link = { sid: session.sid, key: session.key };
    const p = await join(onA, link);
    let uitkomstRev = 0;
    const feed = onA.deelnemerFeed(session.sid, { onUitkomst: (u) => (uitkomstRev = u.rev) });
    await onB.close(session.sid, session.adminSecret);
    await assert.rejects(p.send(bijdrageFor(bijeenkomst, "Zwaluw", "Te laat")), (e: unknown) => e instanceof LiveError && e.code === "gesloten");
    await onB.putUitkomst(session.sid, session.adminSecret, await sealUitkomst(session, { n: 0 }));
    await until(() => uitkomstRev === 1, 3000, "uitkomst van B op A");
    feed.close();
  });
});
