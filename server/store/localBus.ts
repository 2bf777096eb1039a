import type { Notice } from "./types.ts";

/** Notices within one process: what the SQLite store uses, and what the Redis store fans out to locally. */
export class LocalBus {
  readonly #listeners = new Map<string, Set<(n: Notice) => void>>();

  emit(sid: string, notice: Notice): void {
    for (const l of this.#listeners.get(sid) ?? []) {
      try {
        l(notice);
      } catch {
        // One broken feed must not keep the others from hearing about the change.
      }
    }
  }

  emitAll(notice: Notice): void {
    for (const sid of this.#listeners.keys()) this.emit(sid, notice);
  }

  /** `onFirst`/`onLast` let the Redis store (un)subscribe a channel only while someone here listens. */
  on(sid: string, listener: (n: Notice) => void, hooks?: { onFirst?: () => void; onLast?: () => void }): () => void {
    let set = this.#listeners.get(sid);
    if (!set) {
      set = new Set();
      this.#listeners.set(sid, set);
      hooks?.onFirst?.();
    }
    set.add(listener);
    return () => {
      const s = this.#listeners.get(sid);
      if (!s?.delete(listener) || s.size > 0) return;
      this.#listeners.delete(sid);
      hooks?.onLast?.();
    };
  }

  get sessions(): number {
    return this.#listeners.size;
  }
}
