/**
 * One save policy for everything Raadskompas keeps while you type (the werkboek, the bijeenkomst a
 * griffier prepares): save after a short quiet moment, and during continuous typing no later than
 * `maxWaitMs` after the first unsaved keystroke (ADR 0033). A plain debounce never saves while you
 * keep typing, and the emergency copy in localStorage is not enough on its own: Chromium writes
 * localStorage to disk seconds (up to a minute) later, so a killed browser loses it.
 * No DOM here; the clock is injectable so the timing can be tested with fake timers.
 */

export const SAVE_POLICY = {
  /** Quiet time after the last edit before saving. */
  quietMs: 300,
  /**
   * The longest an edit waits while typing goes on. With the time a save itself takes (validation and
   * one IndexedDB transaction), a hard crash then costs well under a second of typing.
   */
  maxWaitMs: 600,
} as const;

/**
 * IndexedDB write transactions ask for strict durability: the browser flushes to disk before it
 * reports the transaction complete. Chromium's default ("relaxed") can leave a finished save in an
 * operating-system buffer when the power goes. Browsers without the option ignore it.
 */
export const DURABLE: IDBTransactionOptions = { durability: "strict" };

/** Timers and a clock; the browser's by default, fake ones in tests. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface SchedulerOptions {
  quietMs?: number | undefined;
  maxWaitMs?: number | undefined;
  clock?: Clock | undefined;
}

/**
 * Calls `run` after each burst of edits: `quietMs` after the last `touch()`, but never more than
 * `maxWaitMs` after the first `touch()` since the last run.
 */
export class SaveScheduler {
  readonly #run: () => void;
  readonly #quiet: number;
  readonly #maxWait: number;
  readonly #clock: Clock;
  #first: number | null = null;
  #timer: unknown = null;

  constructor(run: () => void, opts: SchedulerOptions = {}) {
    this.#run = run;
    this.#quiet = opts.quietMs ?? SAVE_POLICY.quietMs;
    this.#maxWait = Math.max(this.#quiet, opts.maxWaitMs ?? SAVE_POLICY.maxWaitMs);
    this.#clock = opts.clock ?? systemClock;
  }

  /** There was an edit: (re)arm the timer, keeping the deadline set by the first unsaved edit. */
  touch(): void {
    const now = this.#clock.now();
    this.#first ??= now;
    const at = Math.min(now + this.#quiet, this.#first + this.#maxWait);
    if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
    this.#timer = this.#clock.setTimeout(() => this.#fire(), Math.max(0, at - now));
  }

  #fire(): void {
    this.#timer = null;
    this.#first = null;
    this.#run();
  }

  /** Forgets the pending run (a save that takes everything is starting, or the page is done). */
  cancel(): void {
    if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
    this.#timer = null;
    this.#first = null;
  }

  get pending(): boolean {
    return this.#timer !== null;
  }
}
