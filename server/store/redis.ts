/**
 * The shared store for several server processes (REDIS_URL): sessions, bijdragen and transfer slots in
 * Redis, and a pub/sub channel per session so a bijdrage that reaches one process wakes the griffier's feed
 * on another (ADR 0021). Each change is one Lua script, so checking a write secret and overwriting happen
 * as one step for all processes. Retention is Redis's own expiry, renewed on every activity.
 */
import { Redis } from "ioredis";
import { LocalBus } from "./localBus.ts";
import type { ChangeRow, CreateResult, Notice, PutBijdrageInput, PutResult, SessionRecord, Store, WriteRefusal } from "./types.ts";

// The {sid} hash tag keeps a session's keys in one slot, should a gemeente ever run Redis Cluster.
const keys = (sid: string) => [`rk:{${sid}}:s`, `rk:{${sid}}:b`, `rk:{${sid}}:z`] as const;
const channel = (sid: string) => `rk:live:${sid}`;
const CHANNEL_PREFIX = "rk:live:";
const transferKey = (id: string) => `rk:t:${id}`;

const TOUCH = `
local function touch(ms)
  for i = 1, #KEYS do redis.call('PEXPIRE', KEYS[i], ms) end
end
`;

const SCRIPTS = {
  rkCreate: `${TOUCH}
local cur = redis.call('HGET', KEYS[1], 'admin')
if not cur then
  redis.call('HSET', KEYS[1], 'admin', ARGV[1], 'meta', ARGV[2], 'gesloten', '0', 'seq', '0', 'aantal', '0',
    'urev', '0', 'created', ARGV[3], 'last', ARGV[3])
  touch(ARGV[4])
  return 'nieuw'
end
if cur ~= ARGV[1] then return 'conflict' end
redis.call('HSET', KEYS[1], 'meta', ARGV[2], 'last', ARGV[3])
touch(ARGV[4])
return 'bestaat'`,
  // ARGV: pid, secretHash, envelope, bodyHash, now, maxParticipants, retentionMs
  rkPut: `${TOUCH}
if redis.call('EXISTS', KEYS[1]) == 0 then return {'geen-sessie'} end
if redis.call('HGET', KEYS[1], 'gesloten') == '1' then return {'gesloten'} end
local raw = redis.call('HGET', KEYS[2], ARGV[1])
local rev = 0
local counts = 1
if raw then
  local cur = cjson.decode(raw)
  if cur.h ~= ARGV[2] then return {'geen-toegang'} end
  if cur.e ~= cjson.null and cur.d == ARGV[4] then return {'ok', cur.r, cur.s, 0, 0} end
  rev = cur.r
  if cur.e ~= cjson.null then counts = 0 end
elseif redis.call('HLEN', KEYS[2]) >= tonumber(ARGV[6]) then
  return {'vol'}
end
local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
if counts == 1 then redis.call('HINCRBY', KEYS[1], 'aantal', 1) end
rev = rev + 1
redis.call('HSET', KEYS[2], ARGV[1], cjson.encode({h = ARGV[2], e = ARGV[3], d = ARGV[4], r = rev, s = seq, t = tonumber(ARGV[5])}))
redis.call('ZADD', KEYS[3], seq, ARGV[1])
redis.call('HSET', KEYS[1], 'last', ARGV[5])
touch(ARGV[7])
local nieuw = 0
if not raw then nieuw = 1 end
return {'ok', rev, seq, nieuw, 1}`,
  // ARGV: pid, secretHash, now, retentionMs
  rkWithdraw: `${TOUCH}
if redis.call('EXISTS', KEYS[1]) == 0 then return {'geen-sessie'} end
local raw = redis.call('HGET', KEYS[2], ARGV[1])
if not raw then return {'geen-toegang'} end
local cur = cjson.decode(raw)
if cur.h ~= ARGV[2] then return {'geen-toegang'} end
if cur.e == cjson.null then return {'ok', cur.r, cur.s, 0, 0} end
local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
redis.call('HINCRBY', KEYS[1], 'aantal', -1)
local rev = cur.r + 1
redis.call('HSET', KEYS[2], ARGV[1], cjson.encode({h = ARGV[2], e = cjson.null, d = '', r = rev, s = seq, t = tonumber(ARGV[3])}))
redis.call('ZADD', KEYS[3], seq, ARGV[1])
redis.call('HSET', KEYS[1], 'last', ARGV[3])
touch(ARGV[4])
return {'ok', rev, seq, 0, 1}`,
  // ARGV: gesloten (0/1), now, retentionMs
  rkClose: `${TOUCH}
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'gesloten', ARGV[1], 'last', ARGV[2])
redis.call('HINCRBY', KEYS[1], 'seq', 1)
touch(ARGV[3])
return 1`,
  // ARGV: envelope ('' removes), now, retentionMs
  rkUitkomst: `${TOUCH}
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
if ARGV[1] == '' then redis.call('HDEL', KEYS[1], 'uitkomst') else redis.call('HSET', KEYS[1], 'uitkomst', ARGV[1]) end
redis.call('HSET', KEYS[1], 'last', ARGV[2])
redis.call('HINCRBY', KEYS[1], 'seq', 1)
touch(ARGV[3])
return redis.call('HINCRBY', KEYS[1], 'urev', 1)`,
} as const;

type Reply = [string, ...number[]];

interface ScriptedRedis extends Redis {
  rkCreate(k1: string, k2: string, k3: string, ...args: (string | number)[]): Promise<CreateResult>;
  rkPut(k1: string, k2: string, k3: string, ...args: (string | number)[]): Promise<Reply>;
  rkWithdraw(k1: string, k2: string, k3: string, ...args: (string | number)[]): Promise<Reply>;
  rkClose(k1: string, k2: string, k3: string, ...args: (string | number)[]): Promise<number>;
  rkUitkomst(k1: string, k2: string, k3: string, ...args: (string | number)[]): Promise<number>;
}

function putResult(reply: Reply, now: number): PutResult {
  const [status, rev = 0, seq = 0, nieuw = 0, changed = 0] = reply;
  if (status !== "ok") return { status: status as WriteRefusal };
  return { status: "ok", rev, seq, nieuw: nieuw === 1, changed: changed === 1, at: now };
}

export class RedisStore implements Store {
  readonly kind = "redis";
  readonly #redis: ScriptedRedis;
  readonly #sub: Redis;
  readonly #bus = new LocalBus();
  readonly #retentionMs: number;

  constructor(url: string, retentionMs: number) {
    this.#retentionMs = retentionMs;
    // Fail a request within seconds while Redis is away (the client's outbox retries), instead of queueing
    // it for minutes; reconnect on its own, with a growing pause.
    const options = {
      maxRetriesPerRequest: 2,
      commandTimeout: 5000,
      retryStrategy: (times: number) => Math.min(times * 200, 2000),
      lazyConnect: false,
    };
    this.#redis = new Redis(url, options) as ScriptedRedis;
    for (const [name, lua] of Object.entries(SCRIPTS)) this.#redis.defineCommand(name, { numberOfKeys: 3, lua });
    this.#sub = new Redis(url, { ...options, maxRetriesPerRequest: null });
    // Errors are reported through failed requests; without a listener ioredis would print every retry.
    this.#redis.on("error", () => {});
    this.#sub.on("error", () => {});
    this.#sub.on("message", (ch: string, notice: string) => {
      if (ch.startsWith(CHANNEL_PREFIX)) this.#bus.emit(ch.slice(CHANNEL_PREFIX.length), notice as Notice);
    });
    // After a lost connection, messages may have been missed: every feed re-reads what it has not seen.
    this.#sub.on("ready", () => this.#bus.emitAll("opnieuw"));
  }

  /** Resolves once both connections are up (startup waits for it, so a wrong REDIS_URL fails loudly). */
  async ready(): Promise<void> {
    await Promise.all([this.#redis.ping(), this.#sub.ping()]);
  }

  async createSession(input: { id: string; adminHash: string; meta: string; now: number }): Promise<CreateResult> {
    return this.#redis.rkCreate(...keys(input.id), input.adminHash, input.meta, input.now, this.#retentionMs);
  }

  async getSession(id: string): Promise<SessionRecord | null> {
    const [s] = keys(id);
    const [admin, meta, gesloten, seq, aantal, urev, created, last] = await this.#redis.hmget(s, "admin", "meta", "gesloten", "seq", "aantal", "urev", "created", "last");
    if (admin == null || meta == null) return null;
    return {
      id,
      adminHash: admin,
      meta,
      gesloten: gesloten === "1",
      seq: Number(seq),
      aantal: Number(aantal),
      uitkomstRev: Number(urev),
      createdAt: Number(created),
      lastActivity: Number(last),
    };
  }

  async setClosed(id: string, gesloten: boolean, now: number): Promise<boolean> {
    return (await this.#redis.rkClose(...keys(id), gesloten ? 1 : 0, now, this.#retentionMs)) === 1;
  }

  async deleteSession(id: string): Promise<boolean> {
    return (await this.#redis.del(...keys(id))) > 0;
  }

  async putBijdrage(i: PutBijdrageInput): Promise<PutResult> {
    const reply = await this.#redis.rkPut(...keys(i.sid), i.pid, i.secretHash, i.envelope, i.bodyHash, i.now, i.maxParticipants, this.#retentionMs);
    return putResult(reply, i.now);
  }

  async withdrawBijdrage(i: { sid: string; pid: string; secretHash: string; now: number }): Promise<PutResult> {
    return putResult(await this.#redis.rkWithdraw(...keys(i.sid), i.pid, i.secretHash, i.now, this.#retentionMs), i.now);
  }

  async changesSince(sid: string, afterSeq: number, limit: number): Promise<{ rows: ChangeRow[]; cursor: number }> {
    const [, b, z] = keys(sid);
    const flat = await this.#redis.zrangebyscore(z, `(${afterSeq}`, "+inf", "WITHSCORES", "LIMIT", 0, limit);
    if (flat.length === 0) return { rows: [], cursor: afterSeq };
    const pids = flat.filter((_, i) => i % 2 === 0);
    const scores = flat.filter((_, i) => i % 2 === 1).map(Number);
    // Positions are the scores listed, not the seq read back: a participant who writes again between the
    // two reads shows up once more next time (the client drops a revision it has), and nobody is skipped.
    const cursor = scores[scores.length - 1] ?? afterSeq;
    const raws = await this.#redis.hmget(b, ...pids);
    const rows: ChangeRow[] = [];
    raws.forEach((raw, i) => {
      if (raw == null) return;
      const r = JSON.parse(raw) as { e: unknown; r: number; t: number };
      // cjson writes the stored envelope as a JSON string; a withdrawn one is null.
      rows.push({ pid: pids[i]!, rev: r.r, seq: scores[i]!, envelope: typeof r.e === "string" ? r.e : null, at: r.t });
    });
    return { rows, cursor };
  }

  async putUitkomst(sid: string, envelope: string | null, now: number): Promise<number | null> {
    const rev = await this.#redis.rkUitkomst(...keys(sid), envelope ?? "", now, this.#retentionMs);
    return rev < 0 ? null : rev;
  }

  async getUitkomst(sid: string): Promise<{ rev: number; envelope: string } | null> {
    const [envelope, rev] = await this.#redis.hmget(keys(sid)[0], "uitkomst", "urev");
    return envelope ? { rev: Number(rev), envelope } : null;
  }

  async putTransfer(id: string, envelope: string, expiresAt: number): Promise<boolean> {
    const ms = Math.max(1, expiresAt - Date.now());
    return (await this.#redis.set(transferKey(id), envelope, "PX", ms, "NX")) === "OK";
  }

  async transferExpiry(id: string, now: number): Promise<number | null> {
    const ms = await this.#redis.pttl(transferKey(id));
    return ms > 0 ? now + ms : null;
  }

  async takeTransfer(id: string): Promise<string | null> {
    return this.#redis.getdel(transferKey(id));
  }

  async deleteTransfer(id: string): Promise<boolean> {
    return (await this.#redis.del(transferKey(id))) > 0;
  }

  async sweep(): Promise<{ sessions: number; transfers: number }> {
    // Redis expires idle sessions and transfer slots itself (PEXPIRE on every activity).
    return { sessions: 0, transfers: 0 };
  }

  async publish(sid: string, notice: Notice): Promise<void> {
    await this.#redis.publish(channel(sid), notice);
  }

  subscribe(sid: string, listener: (notice: Notice) => void): () => void {
    return this.#bus.on(sid, listener, {
      // Until SUBSCRIBE is confirmed a notice can slip past: re-read once it is.
      onFirst: () => void this.#sub.subscribe(channel(sid)).then(() => this.#bus.emit(sid, "opnieuw"), () => {}),
      onLast: () => void this.#sub.unsubscribe(channel(sid)).catch(() => {}),
    });
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.#redis.quit(), this.#sub.quit()]);
  }
}
