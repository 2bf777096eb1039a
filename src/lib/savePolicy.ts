/**
 * One save policy for everything Raadskompas keeps while you type (the werkboek, the bijeenkomst a
 * griffier prepares): save after a short quiet moment, and during continuous typing no later than
 * `SAVE_MAX_WAIT_MS` after the first unsaved keystroke (ADR 0033). A plain debounce never saves while you
 * keep typing, and the emergency copy in localStorage is not enough on its own: Chromium writes
 * localStorage to disk only seconds later (about five, measured), so a killed browser loses it.
 * No DOM here; the timing is tested with node:test's mock timers.
 */

/** Quiet time after the last edit before saving. */
export const SAVE_QUIET_MS = 300;
/**
 * The longest an edit waits while typing goes on. With the time a save itself takes (validation and
 * one IndexedDB transaction), a hard crash then costs well under a second of typing.
 */
export const SAVE_MAX_WAIT_MS = 600;

/**
 * IndexedDB write transactions ask for strict durability: the browser flushes to disk before it
 * reports the transaction complete. Chromium's default ("relaxed") can leave a finished save in an
 * operating-system buffer when the power goes. Browsers without the option ignore it.
 */
export const DURABLE: IDBTransactionOptions = { durability: "strict" };

/** The timer of one thing being kept: `touch()` after every edit, `cancel()` when a save takes everything. */
export interface SaveScheduler {
  touch(): void;
  cancel(): void;
}

/**
 * Calls `run` after each burst of edits: `quietMs` after the last `touch()`, but never more than
 * `maxWaitMs` after the first `touch()` since the last run. A closure, not a class, and the global
 * timers (tests use node:test's mock timers): it ships on every worksheet page.
 */
export function saveScheduler(run: () => void, quiet = SAVE_QUIET_MS, maxWait = SAVE_MAX_WAIT_MS): SaveScheduler {
  // A longer quiet time also waits longer while typing (a test that wants no save soon sets one).
  maxWait = Math.max(quiet, maxWait);
  let first: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    first = null;
  };
  return {
    touch() {
      const now = Date.now();
      first ??= now;
      clearTimeout(timer);
      timer = setTimeout(() => {
        cancel();
        run();
      }, Math.max(0, Math.min(quiet, first + maxWait - now)));
    },
    cancel,
  };
}
