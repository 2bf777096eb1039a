/**
 * Reading what someone types into a number field. A field shows the typed text, not the stored number:
 * halfway through typing a year ("20") or a decimal ("1,") the text is not a valid value yet, and a
 * field that replaced it with the stored value would wipe it on every keystroke.
 */

/** What a typed text means: the value to store (null when empty or unreadable) and, if unreadable, why. */
export interface Gelezen<T> {
  value: T | null;
  /** A Dutch message for the field, or null when the text is empty or valid. */
  error: string | null;
}

export const JAAR_MIN = 2000;
export const JAAR_MAX = 2100;

/** "2028" → 2028; "20" while typing → null with a message that says what is expected. */
export function leesJaar(raw: string): Gelezen<number> {
  const t = raw.trim();
  if (t === "") return { value: null, error: null };
  if (!/^\d+$/.test(t)) return { value: null, error: `Vul een jaartal in met vier cijfers, zoals ${JAAR_MIN + 28}.` };
  const n = Number(t);
  if (n < JAAR_MIN || n > JAAR_MAX) return { value: null, error: `Vul een jaartal in tussen ${JAAR_MIN} en ${JAAR_MAX}.` };
  return { value: n, error: null };
}

/** A Dutch number, not below zero: "12,5", "1.200", "80%" → 80. "1," while typing is 1, the text stays. */
export function leesGetal(raw: string, max = 1e12): Gelezen<number> {
  const t = raw.trim().replace(/\s|%/g, "");
  if (t === "") return { value: null, error: null };
  // A comma is the decimal sign; dots before it, or dots in groups of three, separate thousands.
  const normal = t.includes(",") ? t.replace(/\./g, "").replace(",", ".") : t.replace(/\.(?=\d{3}(\D|$))/g, "");
  const n = Number(normal.endsWith(".") ? normal.slice(0, -1) : normal);
  if (!Number.isFinite(n) || normal === "." || normal === "-") return { value: null, error: "Vul een getal in, zoals 80 of 12,5." };
  if (n < 0) return { value: null, error: "Vul een getal in van 0 of meer." };
  if (n > max) return { value: null, error: "Dit getal is te groot." };
  return { value: n, error: null };
}

/**
 * Whether a field should show a new stored value instead of the text being typed: only when the stored
 * value changed from outside (an import, another tab), never because the typed text is unfinished.
 */
export function toonOpgeslagen<T>(typed: string, stored: T | null, lees: (raw: string) => Gelezen<T>): boolean {
  return lees(typed).value !== stored;
}
