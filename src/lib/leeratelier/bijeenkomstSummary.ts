/**
 * The part of the stored bijeenkomst a worksheet page shows in its banner: the title and the parts
 * asked. The shape check trustedBijeenkomst (savedBijeenkomst.ts) builds on, apart so the banner on
 * every worksheet stays tiny.
 */
import { ONDERDELEN, type Onderdeel } from "../../vocabulary/onderdelen.ts";

export const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

export interface BijeenkomstSummary {
  title: string;
  /** The parts asked that this version knows, in their usual order. */
  onderdelen: Onderdeel[];
  /** The parsed record, for the full check. */
  raw: Record<string, unknown>;
}

/** Title and parts of a stored bijeenkomst; null for text that is not one. */
export function bijeenkomstSummary(saved: string | null): BijeenkomstSummary | null {
  let raw: unknown;
  try {
    raw = JSON.parse(saved ?? "null");
  } catch {
    return null;
  }
  const b = raw as { title?: unknown; onderdelen?: unknown } | null;
  if (typeof b !== "object" || b === null || typeof b.title !== "string" || !Array.isArray(b.onderdelen)) return null;
  const asked = b.onderdelen as unknown[];
  return { title: b.title, onderdelen: ONDERDELEN.filter((o) => asked.includes(o)), raw: raw as Record<string, unknown> };
}
