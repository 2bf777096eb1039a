/**
 * A quick look at stored werkboeken for the home page, read without the zod schemas so the home
 * page stays light. It only counts; anything it cannot read is simply not counted.
 */
import { KOERSKAART_WERKBLADEN } from "../../vocabulary/koerskaartWerkbladen.ts";

/** Every koerskaart with a worksheet: preventie (its own shape) and the generic ones; the home page counts them. */
export const KOERSKAARTEN_MET_WERKBLAD = ["preventie", ...KOERSKAART_WERKBLADEN] as const;

export interface WerkboekSummary {
  name: string;
  updatedAt: string;
  exportedAt: string | null;
  waarden: number;
  principes: number;
  resultaten: number;
  waardemodellen: number;
  toetsen: number;
  /** Koerskaart ids whose worksheet holds at least one answer, in the order of KOERSKAARTEN_MET_WERKBLAD. */
  koerskaarten: string[];
  /** Staalkaart ids with at least one note (on the law, for the college, or on a council task), sorted. */
  staalkaarten: string[];
  /** Duiden worksheets. */
  duiden: number;
  /** Whether the jaarkalender holds at least one date of the raad. */
  jaarkalender: boolean;
}

const count = (x: unknown) => (Array.isArray(x) ? x.length : 0);

const hasText = (x: unknown): boolean =>
  typeof x === "string" ? x.trim() !== "" : typeof x === "object" && x !== null ? Object.values(x).some(hasText) : false;

/**
 * A worksheet is begun when a keuze, a matrix cell or an evaluation answer holds text; row names alone do
 * not count. Preventie and the generic koerskaart sheets share these three parts.
 */
function begun(sheet: unknown): boolean {
  const s = sheet as { keuzes?: unknown; matrix?: unknown; evaluatie?: unknown } | null | undefined;
  if (typeof s !== "object" || s === null) return false;
  const cells = Array.isArray(s.matrix) && s.matrix.some((r) => hasText((r as { cellen?: unknown } | null)?.cellen));
  return hasText(s.keuzes) || cells || hasText(s.evaluatie);
}

export function summarize(raw: unknown): WerkboekSummary | null {
  const r = raw as { werkboek?: Record<string, unknown>; deletedAt?: unknown; exportedAt?: unknown } | null;
  const w = r?.werkboek;
  if (!w || r?.deletedAt || typeof w["name"] !== "string" || typeof w["updatedAt"] !== "string") return null;
  const visie = (w["visie"] ?? {}) as Record<string, unknown>;
  return {
    name: w["name"],
    updatedAt: w["updatedAt"],
    exportedAt: typeof r.exportedAt === "string" ? r.exportedAt : null,
    waarden: count(visie["waarden"]),
    principes: count(visie["principes"]),
    resultaten: count(visie["resultaten"]),
    waardemodellen: count(w["waardemodellen"]),
    toetsen: count(w["toetsen"]),
    staalkaarten: Object.entries((w["staalkaartNotities"] ?? {}) as Record<string, unknown>)
      .filter(([, n]) => hasText(n))
      .map(([id]) => id)
      .sort(),
    duiden: count(w["duiden"]),
    jaarkalender: hasText(((w["sturing"] ?? {}) as { jaarkalender?: { raad?: unknown } }).jaarkalender?.raad),
    koerskaarten: KOERSKAARTEN_MET_WERKBLAD.filter((id) => begun(id === "preventie" ? w["preventie"] : ((w["koerskaarten"] ?? {}) as Record<string, unknown>)[id])),
  };
}
