/**
 * The one place the islands reach localStorage (the keys are in storageKeys.ts; the channel between tabs
 * is in channel.ts). Tiny and without the werkboek runtime, so the home page and the banner can use it.
 */
import { STORAGE_KEYS } from "../../lib/werkboek/storageKeys.ts";

/** localStorage, or null when the browser blocks it (then there is simply no crash backup). */
export function safeLocalStorage(): Storage | null {
  try {
    const ls = window.localStorage;
    ls.getItem(STORAGE_KEYS.active);
    return ls;
  } catch {
    return null;
  }
}
