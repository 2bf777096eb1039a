/**
 * What a duiden chart shows, computed without DOM: the rows (per inwoners when asked), the
 * comparison band, the axis ticks, and a plain-language description for screen readers and exports.
 */
import type { DuidenSheet, Reeks } from "../../schemas/duiden.ts";
import { formatGetal } from "../getal.ts";

export interface ChartSeries {
  id: string;
  naam: string;
  waarden: (number | null)[];
}

export interface ChartModel {
  kind: DuidenSheet["grafiek"];
  title: string;
  /** Unit shown at the axis ("aantal per 1.000 inwoners"). */
  unit: string;
  periodes: string[];
  series: ChartSeries[];
  /** Lowest and highest of the comparison group per period. */
  band: { naam: string; laag: (number | null)[]; hoog: (number | null)[] } | null;
  /** Rows that could not be shown per inwoners because their population is missing. */
  zonderInwoners: string[];
  /** Describes the chart in words (the SVG's desc, the export's alt text). */
  desc: string;
}

/** At most this many rows in one chart; more lines than that cannot be told apart in greyscale. */
export const MAX_SHOWN = 6;

const nf = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });
/** Dutch number for labels: "1.234", "12,5". */
export const getal = (n: number | null) => (n === null ? "onbekend" : Math.abs(n) < 10 ? formatGetal(n) : nf.format(n));

export const perLabel = (p: DuidenSheet["perInwoners"]) => (p === "1000" ? "per 1.000 inwoners" : p === "10000" ? "per 10.000 inwoners" : "");

/** The rows the chart shows: the chosen ones, else the first few. */
export function shownReeksen(sheet: DuidenSheet): Reeks[] {
  const all = sheet.data.reeksen;
  const chosen = sheet.getoond.flatMap((id) => all.filter((r) => r.id === id));
  return (chosen.length ? chosen : all).slice(0, MAX_SHOWN);
}

/** A row's figures, per 1.000 or 10.000 inwoners when asked and known. */
export function scaled(r: Reeks, per: DuidenSheet["perInwoners"]): (number | null)[] {
  if (per === "nee" || r.inwoners === null) return r.waarden;
  const factor = Number(per) / r.inwoners;
  return r.waarden.map((v) => (v === null ? null : v * factor));
}

/** The figures that are known, each with its period. */
const knownValues = (periodes: string[], waarden: (number | null)[]) => waarden.flatMap((v, i) => (v === null ? [] : [{ v, p: periodes[i] ?? "" }]));

/** First and last known figure of a row: for "latest figure and trend" next to a resultaat. */
export function trend(periodes: string[], waarden: (number | null)[]): { laatste: number; periode: string; vorige: { waarde: number; periode: string } | null; richting: "stijgt" | "daalt" | "gelijk" | null } | null {
  const known = knownValues(periodes, waarden);
  const last = known[known.length - 1];
  if (!last) return null;
  const prev = known[known.length - 2];
  const richting = prev ? (last.v > prev.v ? "stijgt" : last.v < prev.v ? "daalt" : "gelijk") : null;
  return { laatste: last.v, periode: last.p, vorige: prev ? { waarde: prev.v, periode: prev.p } : null, richting };
}

function describeSeries(periodes: string[], s: ChartSeries): string {
  const known = knownValues(periodes, s.waarden);
  const first = known[0];
  const last = known[known.length - 1];
  const unknown = s.waarden.length - known.length;
  if (!first || !last) return `${s.naam}: geen bekende cijfers.`;
  const change = first === last ? "" : first.v === 0 ? "" : ` (${last.v >= first.v ? "+" : ""}${nf.format(((last.v - first.v) / Math.abs(first.v)) * 100)}%)`;
  const part = first === last ? `${s.naam}: ${getal(first.v)} in ${first.p}.` : `${s.naam}: van ${getal(first.v)} in ${first.p} naar ${getal(last.v)} in ${last.p}${change}.`;
  return unknown ? `${part} ${unknown === 1 ? "Eén cijfer is" : `${unknown} cijfers zijn`} onbekend.` : part;
}

export function chartModel(sheet: DuidenSheet): ChartModel {
  const { periodes, reeksen } = sheet.data;
  const per = sheet.perInwoners;
  const find = (id: string) => reeksen.find((r) => r.id === id);
  const zonderInwoners: string[] = [];
  const rowToSeries = (r: Reeks): ChartSeries => {
    if (per !== "nee" && r.inwoners === null) zonderInwoners.push(r.naam);
    return { id: r.id, naam: r.naam, waarden: scaled(r, per) };
  };
  let series: ChartSeries[];
  let band: ChartModel["band"] = null;
  if (sheet.grafiek === "band") {
    const eigen = find(sheet.vergelijking.eigenId) ?? reeksen[0];
    series = eigen ? [rowToSeries(eigen)] : [];
    const groep = sheet.vergelijking.groepIds.flatMap((id) => (id === eigen?.id ? [] : [find(id)].filter((r): r is Reeks => r !== undefined)));
    const naam = sheet.vergelijking.groep.trim() || "Vergelijkingsgroep";
    if (groep.length) {
      const rows = groep.map((r) => rowToSeries(r).waarden);
      const pick = (f: (...n: number[]) => number) => periodes.map((_, i) => {
        const vs = rows.map((w) => w[i]).filter((v): v is number => v !== null && v !== undefined);
        return vs.length ? f(...vs) : null;
      });
      band = { naam, laag: pick(Math.min), hoog: pick(Math.max) };
    } else if (sheet.vergelijking.laag.some((v) => v !== null) || sheet.vergelijking.hoog.some((v) => v !== null)) {
      band = { naam, laag: periodes.map((_, i) => sheet.vergelijking.laag[i] ?? null), hoog: periodes.map((_, i) => sheet.vergelijking.hoog[i] ?? null) };
    }
  } else series = shownReeksen(sheet).map(rowToSeries);

  const units = [...new Set(series.map((s) => find(s.id)?.eenheid ?? "").filter(Boolean))];
  const unit = [units.join(", "), perLabel(per)].filter(Boolean).join(" ");
  const title = sheet.title.trim() || "Cijfers";
  const kindText = sheet.grafiek === "lijn" ? "Lijngrafiek" : sheet.grafiek === "staaf" ? "Staafgrafiek" : "Vergelijking met een band";
  const span = periodes.length ? (periodes.length === 1 ? ` over ${periodes[0]}` : ` van ${periodes[0]} tot en met ${periodes[periodes.length - 1]}`) : "";
  const parts = [`${kindText}${span}${unit ? `, in ${unit}` : ""}.`, ...series.map((s) => describeSeries(periodes, s))];
  if (band) {
    const l = band.laag.filter((v): v is number => v !== null);
    const h = band.hoog.filter((v): v is number => v !== null);
    if (l.length && h.length) parts.push(`De grijze band is ${band.naam}: van ${getal(Math.min(...l))} tot ${getal(Math.max(...h))}.`);
  }
  return { kind: sheet.grafiek, title, unit, periodes, series, band, zonderInwoners, desc: parts.join(" ") };
}

/** Round axis ticks ("0, 500, 1.000") covering min..max; always includes 0 for bars. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (min === max) {
    if (min === 0) return [0, 1];
    min = Math.min(0, min);
    max = Math.max(0, max);
  }
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Math.round(v / step) * step);
  return ticks;
}

/** Rows of the data table under a chart: one row per period, one column per row of figures. */
export function dataTable(m: ChartModel): { head: string[]; rows: string[][] } {
  const head = ["Periode", ...m.series.map((s) => s.naam), ...(m.band ? [`${m.band.naam}: laagste`, `${m.band.naam}: hoogste`] : [])];
  const rows = m.periodes.map((p, i) => [p, ...m.series.map((s) => getal(s.waarden[i] ?? null)), ...(m.band ? [getal(m.band.laag[i] ?? null), getal(m.band.hoog[i] ?? null)] : [])]);
  return { head, rows };
}

/**
 * The latest figure of a sheet and its direction, in one Dutch sentence, for a maatschappelijk
 * resultaat that links to the sheet: "Laatste cijfer: 12,9 % (2022). Het stijgt: in 2021 was het 12,4."
 */
export function standTekst(sheet: DuidenSheet): string | null {
  const m = chartModel(sheet);
  const s = m.series[0];
  if (!s) return null;
  const t = trend(m.periodes, s.waarden);
  if (!t) return null;
  // "aantal" says nothing after a count; "%" sits against the number.
  const u = m.unit.replace(/^aantal\b\s*/, "");
  const unit = u === "%" ? "%" : u ? ` ${u}` : "";
  const first = `Laatste cijfer van ${s.naam}: ${getal(t.laatste)}${unit} (${t.periode}).`;
  if (!t.vorige || !t.richting) return first;
  const dir = t.richting === "gelijk" ? "Het blijft gelijk" : `Het ${t.richting}`;
  return `${first} ${dir}: in ${t.vorige.periode} was het ${getal(t.vorige.waarde)}.`;
}
