/**
 * A quick look at stored werkboeken for the home page, read without the zod schemas so the home
 * page stays light. It only counts; anything it cannot read is simply not counted.
 */
export interface WerkboekSummary {
  name: string;
  updatedAt: string;
  exportedAt: string | null;
  waarden: number;
  principes: number;
  resultaten: number;
  waardemodellen: number;
  toetsen: number;
}

const count = (x: unknown) => (Array.isArray(x) ? x.length : 0);

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
  };
}
