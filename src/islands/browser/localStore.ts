/**
 * The one place the islands reach localStorage (the keys are in storageKeys.ts; the channel between tabs
 * is in channel.ts). Tiny and without the werkboek runtime, so the home page and the banner can use it.
 */

/** localStorage, or null when the browser blocks it (then there is simply no crash backup). */
export function safeLocalStorage(): Storage | null {
  try {
    const ls = window.localStorage;
    // Some browsers throw at window.localStorage, others at the first use: this touches both.
    void ls.length;
    return ls;
  } catch {
    return null;
  }
}
