/**
 * Token buckets in memory, per key (an IP address or a session id). With several processes each keeps its
 * own buckets, so behind a load balancer the effective limit is at most the number of processes times the
 * configured one (ADR 0021): enough to stop a flood, without a round trip to Redis on every request.
 */
export interface BucketSpec {
  capacity: number;
  perSecond: number;
}

export class TokenBuckets {
  readonly #spec: BucketSpec;
  readonly #maxKeys: number;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(spec: BucketSpec, maxKeys = 100_000) {
    this.#spec = spec;
    this.#maxKeys = maxKeys;
  }

  /** Takes one token; otherwise says how many seconds until one is back. */
  take(key: string, now = Date.now()): { ok: true } | { ok: false; retryAfter: number } {
    const { capacity, perSecond } = this.#spec;
    const b = this.#buckets.get(key) ?? { tokens: capacity, at: now };
    b.tokens = Math.min(capacity, b.tokens + ((now - b.at) / 1000) * perSecond);
    b.at = now;
    // Re-inserting keeps the Map in least-recently-used order, so the oldest key goes first when full.
    this.#buckets.delete(key);
    this.#buckets.set(key, b);
    if (this.#buckets.size > this.#maxKeys) {
      const oldest = this.#buckets.keys().next().value;
      if (oldest !== undefined) this.#buckets.delete(oldest);
    }
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfter: Math.max(1, Math.ceil((1 - b.tokens) / perSecond)) };
  }
}
