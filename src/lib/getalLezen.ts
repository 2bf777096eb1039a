/** Reading Dutch numbers from fields and tables. Import it through lib/getal.ts, next to the formatter. */

/**
 * A typed or pasted number, Dutch or international: "1.234", "1.234,5", "1234,5", "€ 1.200", "12,5%",
 * "-3", "1 234". `decimal` says which separator marks decimals; without it, a lone "." followed by three
 * digits is a thousands separator (Dutch), any other "." a decimal point. A separator at the end is
 * allowed ("12," is 12), so a field does not lose the number halfway through typing "12,5". Null for
 * anything else.
 */
export function parseGetal(raw: string, decimal?: "," | "."): number | null {
  let s = raw.trim().replace(/^€\s?|\s?€$/g, "").replace(/\s?%$/, "").replace(/[\s\u202F]/g, "");
  const neg = /^[-−]/.test(s);
  s = s.replace(/^[-−+]?€?/, "");
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const comma = s.lastIndexOf(",");
  const dot = s.lastIndexOf(".");
  // Two of the same separator are thousands; one of each: the last one marks the decimals.
  const d = decimal ?? (comma < 0 ? (/^\d{1,3}\.\d{3}$/.test(s) || s.indexOf(".") < dot ? "," : ".") : dot < 0 ? (s.indexOf(",") < comma ? "." : ",") : comma > dot ? "," : ".");
  if (d === "," && comma < 0 && /\.\d{0,2}$/.test(s)) return null; // "12.5" where "," is the decimal mark: ambiguous
  const norm = s.split(d === "," ? "." : ",").join("").replace(d, ".");
  const n = Number(norm);
  return /^\d+(\.\d*)?$/.test(norm) && Number.isFinite(n) ? (neg ? -n : n) : null;
}

/** A number as a field shows it for editing: 1234.5 → "1234,5" (no thousands dots to type around). */
export const getalInvoer = (n: number | null) => (n === null ? "" : String(n).replace(".", ","));

/**
 * A year typed in a field, 2000–2100, else null. Four digits and nothing else: a year has no thousands
 * dot, and "2030abc" is not yet a year.
 */
export function parseJaar(raw: string): number | null {
  const t = raw.trim();
  const y = Number(t);
  return /^\d{4}$/.test(t) && y >= 2000 && y <= 2100 ? y : null;
}
