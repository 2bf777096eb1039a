/**
 * Turns a read table plus the column roles into the worksheet's rows of figures over time.
 * Long tables (one figure per line, as CBS StatLine and waarstaatjegemeente.nl export them) and wide
 * tables (years as columns, as in a nieuwsbrief) end up in the same shape.
 */
import type { DuidenData, Reeks } from "../../schemas/duiden.ts";
import { formatGetal } from "../getal.ts";
import { DUIDEN_LIMITS } from "../../vocabulary/limits.ts";
import { detectDecimal, isHidden, parseNumber, parsePeriode, periodeInHeader, REGIO_CODE, type Periode, type RawTable, type Role } from "./table.ts";

export interface BuildResult {
  data: DuidenData;
  /** What the user should know: sorted periods, gaps, hidden values, cut-offs. */
  notices: string[];
  /** Why no chart can be made yet; empty when the data is usable. */
  problems: string[];
}

/** Unit from a header like "Cliënten (aantal)", "Kosten (x 1 000 euro)", "2019 €". */
export function unitFromHeader(h: string): string {
  const par = /\(([^)]+)\)\s*$/.exec(h)?.[1]?.trim();
  if (par) return par;
  if (/€|euro/i.test(h)) return "euro";
  if (/%|procent/i.test(h)) return "%";
  if (/\bBSN\b|aantal|inwoners|cliënten|personen/i.test(h)) return "aantal";
  return "";
}

const cleanName = (h: string) => h.replace(/\s*\([^)]*\)\s*$/, "").trim();

/** Regio cells: "GM0014  " is trimmed; a code stays a code, we have no name list. */
const regioLabel = (c: string) => (REGIO_CODE.test(c.trim()) ? c.trim().toUpperCase() : c.trim());

export function buildData(t: RawTable, roles: Role[]): BuildResult {
  const notices: string[] = [];
  const problems: string[] = [];
  const col = (r: Role) => roles.flatMap((x, i) => (x === r ? [i] : []));
  const periodeCols = col("periode");
  const waardeCols = col("waarde");
  const regioCols = col("regio");
  const indicatorCols = col("indicator");
  const eenheidCol = col("eenheid")[0];
  if (waardeCols.length === 0) return { data: { periodes: [], reeksen: [] }, notices, problems: ["Geef aan welke kolom de cijfers bevat."] };
  if (periodeCols.length > 1) problems.push("Kies één kolom als periode.");
  if (problems.length) return { data: { periodes: [], reeksen: [] }, notices, problems };

  const decimals = new Map(waardeCols.map((i) => [i, detectDecimal(t.rows.map((r) => r[i] ?? ""))]));
  let hidden = 0;
  let text = 0;
  const read = (cell: string, i: number): number | null => {
    if (isHidden(cell)) {
      hidden++;
      return null;
    }
    const n = parseNumber(cell, decimals.get(i));
    if (n === null) text++;
    return n;
  };

  /** Period key → label/sort; series key → name, unit and figures per period key. */
  const periods = new Map<string, Periode | null>();
  const series = new Map<string, { naam: string; eenheid: string; values: Map<string, number | null> }>();
  let dubbel = 0;
  const put = (key: string, naam: string, eenheid: string, periodKey: string, value: number | null) => {
    let s = series.get(key);
    if (!s) series.set(key, (s = { naam, eenheid, values: new Map() }));
    if (s.values.has(periodKey) && s.values.get(periodKey) !== value) dubbel++;
    s.values.set(periodKey, value);
  };
  const labelOf = (r: string[]) => [...regioCols.map((i) => regioLabel(r[i] ?? "")), ...indicatorCols.map((i) => r[i] ?? "")].filter(Boolean);

  const periodeCol = periodeCols[0];
  if (periodeCol !== undefined) {
    // Long: each line is a period (and maybe a region or indicator) with one or more figures.
    for (const r of t.rows) {
      const cell = (r[periodeCol] ?? "").trim();
      const p = parsePeriode(cell);
      const key = p ? String(p.sort) : cell;
      if (!periods.has(key)) periods.set(key, p ?? null);
      for (const i of waardeCols) {
        const head = t.header[i] ?? "";
        const parts = [...labelOf(r), ...(waardeCols.length > 1 || labelOf(r).length === 0 ? [cleanName(head)] : [])];
        const eenheid = (eenheidCol !== undefined ? r[eenheidCol] : "") || unitFromHeader(head);
        put(parts.join(" · "), parts.join(" · "), eenheid ?? "", key, read(r[i] ?? "", i));
      }
    }
  } else {
    // Wide: the figure columns are periods ("2019", "2019 BSN") or categories.
    for (const i of waardeCols) {
      const h = t.header[i] ?? "";
      const inHead = periodeInHeader(h);
      const key = inHead ? String(inHead.periode.sort) : h;
      if (!periods.has(key)) periods.set(key, inHead?.periode ?? null);
    }
    for (const r of t.rows) {
      for (const i of waardeCols) {
        const h = t.header[i] ?? "";
        const inHead = periodeInHeader(h);
        const rest = inHead?.rest ?? "";
        const parts = [...labelOf(r), ...(rest ? [rest] : [])];
        const naam = parts.join(" · ") || "Cijfers";
        const eenheid = (eenheidCol !== undefined ? r[eenheidCol] : "") || unitFromHeader(rest || h);
        put(naam, naam, eenheid ?? "", inHead ? String(inHead.periode.sort) : h, read(r[i] ?? "", i));
      }
    }
  }

  // Time order; the given order is kept when not every column is a period.
  let keys = [...periods.keys()];
  const allPeriods = keys.every((k) => periods.get(k));
  if (allPeriods) {
    const sorted = [...keys].sort((a, b) => (periods.get(a)?.sort ?? 0) - (periods.get(b)?.sort ?? 0));
    if (sorted.some((k, i) => k !== keys[i])) {
      const lab = (ks: string[]) => ks.map((k) => periods.get(k)?.label ?? k).join(", ");
      notices.push(`De perioden stonden niet op volgorde (${lab(keys)}). We hebben ze op tijd gezet: ${lab(sorted)}.`);
    }
    keys = sorted;
    const years = keys.map((k) => periods.get(k)?.sort ?? 0).filter((s) => s % 100 === 0).map((s) => s / 100);
    if (years.length === keys.length && years.length > 1) {
      const missing: number[] = [];
      for (let y = (years[0] ?? 0) + 1; y < (years[years.length - 1] ?? 0); y++) if (!years.includes(y)) missing.push(y);
      if (missing.length) notices.push(`Er ${missing.length === 1 ? "ontbreekt een jaar" : "ontbreken jaren"}: ${missing.join(", ")}. De lijn loopt daar door; let op bij het lezen.`);
    }
    if (keys.some((k) => periods.get(k)?.voorlopig)) notices.push("Een of meer perioden hebben een * : dat zijn voorlopige cijfers. Ze kunnen nog veranderen.");
  }
  if (keys.length > DUIDEN_LIMITS.periodes) {
    notices.push(`De tabel heeft ${keys.length} perioden; we gebruiken de laatste ${DUIDEN_LIMITS.periodes}.`);
    keys = keys.slice(-DUIDEN_LIMITS.periodes);
  }
  let list = [...series.values()];
  if (list.length > DUIDEN_LIMITS.reeksen) {
    notices.push(`De tabel heeft ${list.length} reeksen; we gebruiken de eerste ${DUIDEN_LIMITS.reeksen}. Kies in de bron minder onderwerpen of regio's als je andere nodig hebt.`);
    list = list.slice(0, DUIDEN_LIMITS.reeksen);
  }
  if (hidden) notices.push(`${hidden === 1 ? "Eén cel was" : `${formatGetal(hidden)} cellen waren`} leeg of afgeschermd (zoals "." of "x"). Die tellen als onbekend, niet als 0.`);
  if (text) notices.push(`${text === 1 ? "Eén cel" : `${formatGetal(text)} cellen`} in een kolom met cijfers ${text === 1 ? "bevat" : "bevatten"} geen getal. Die ${text === 1 ? "telt" : "tellen"} als onbekend.`);
  if (dubbel) notices.push(`${dubbel === 1 ? "Eén cijfer stond" : `${formatGetal(dubbel)} cijfers stonden`} twee keer in de tabel met een ander getal. We gebruiken steeds het laatste. Kies eventueel een extra kolom als onderwerp.`);

  const reeksen: Reeks[] = list.map((s, i) => ({
    id: `r${i + 1}`,
    naam: s.naam.slice(0, 200),
    eenheid: s.eenheid.slice(0, 60),
    waarden: keys.map((k) => s.values.get(k) ?? null),
    inwoners: null,
  }));
  if (reeksen.every((r) => r.waarden.every((v) => v === null))) problems.push("We vinden geen enkel getal in de kolommen met cijfers. Kies een andere kolom als cijfers, of controleer de tabel.");
  return { data: { periodes: keys.map((k) => (periods.get(k)?.label ?? k).slice(0, 60)), reeksen }, notices, problems };
}
