/**
 * The "APK voor raadsvoorstellen" in the browser: many proposals × the criteria, with totals, as a
 * table, a CSV and a Word document. Same columns as `npm run toets -- <map> --csv`.
 */
import { toCsv } from "../export/csv.ts";
import { paragraph, section, list, type ExportDocument } from "../export/document.ts";
import { CRITERIUM_IDS, STATUSES, type CriteriumId, type Status } from "./types.ts";

/** One checked file; `error` is set (and statuses empty) when it could not be read. */
export interface ApkRij {
  file: string;
  title: string;
  date: string;
  meetingDate: string;
  statuses: Partial<Record<CriteriumId, Status>>;
  error?: string;
  /** Set when the file does not look like a raadsvoorstel (see soort.ts): its scores say little. */
  waarschuwing?: string;
}

export type ApkTotals = Record<Status, Record<CriteriumId, number>>;

export function apkTotals(rows: readonly ApkRij[]): ApkTotals {
  const count = (status: Status) =>
    Object.fromEntries(CRITERIUM_IDS.map((id) => [id, rows.filter((r) => r.statuses[id] === status).length])) as Record<CriteriumId, number>;
  return { aanwezig: count("aanwezig"), deels: count("deels"), afwezig: count("afwezig") };
}

export type ApkSortKey = "file" | "title" | CriteriumId;

const RANK: Record<Status, number> = { aanwezig: 0, deels: 1, afwezig: 2 };

/** Rows sorted by file name, title or a criterion (aanwezig first); unreadable files always last. */
export function sortApk(rows: readonly ApkRij[], key: ApkSortKey, ascending: boolean): ApkRij[] {
  const dir = ascending ? 1 : -1;
  const value = (r: ApkRij): string | number => {
    if (key === "file") return r.file;
    if (key === "title") return r.title || r.file;
    const s = r.statuses[key];
    return s === undefined ? 3 : RANK[s];
  };
  return [...rows].sort((a, b) => {
    if ((a.error === undefined) !== (b.error === undefined)) return a.error === undefined ? -1 : 1;
    const x = value(a);
    const y = value(b);
    const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "nl");
    return c * dir || a.file.localeCompare(b.file, "nl");
  });
}

/** The shared cell rule, re-exported because the APK tests check it through this module. */
export { csvCell } from "../export/csv.ts";

const MONTH_NUMBER: Record<string, number> = Object.fromEntries(
  ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"].map((m, i) => [m, i + 1]),
);

/**
 * A date as the proposal wrote it ("14 april 2026", "14-4-2026") as yyyy-mm-dd. The CSV uses ISO so that
 * one column has one format and Excel sorts it; a date it cannot read stays as written.
 */
export function isoDate(written: string): string {
  const m = /^(\d{1,2})(?:\s+([a-z]+)\s+|-(\d{1,2})-)(\d{4})$/iu.exec(written.trim());
  if (m === null) return written;
  const month = m[2] !== undefined ? MONTH_NUMBER[m[2].toLowerCase()] : Number(m[3]);
  const day = Number(m[1]);
  if (month === undefined || month < 1 || month > 12 || day < 1 || day > 31) return written;
  return `${m[4]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Semicolons for Dutch Excel, a BOM so é and ë survive, CRLF; one row per readable file, full titles. */
export function apkCsv(rows: readonly ApkRij[]): string {
  const header = ["bestand", "titel", "datum", "raadsvergadering", ...CRITERIUM_IDS, "waarschuwing"];
  const body = rows
    .filter((r) => r.error === undefined)
    .map((r) => [r.file, r.title, isoDate(r.date), isoDate(r.meetingDate), ...CRITERIUM_IDS.map((id) => r.statuses[id] ?? ""), r.waarschuwing ?? ""]);
  return `${toCsv([header, ...body])}\r\n`;
}

/** The browser's symbols: a word like "aanwezig" does not fit a narrow Word column without breaking. */
const SYMBOL: Record<Status, string> = { aanwezig: "●", deels: "◐", afwezig: "○" };
const symbolOf = (s: Status | undefined) => (s === undefined ? "" : SYMBOL[s]);

/** Word and print: the same table with totals, and the files that could not be read. */
export function apkDocument(rows: readonly ApkRij[], titles: Record<CriteriumId, string>, now: string): ExportDocument {
  const ok = rows.filter((r) => r.error === undefined);
  const failed = rows.filter((r) => r.error !== undefined);
  const totals = apkTotals(ok);
  const warned = ok.filter((r) => r.waarschuwing !== undefined);
  return {
    title: "APK voor raadsvoorstellen",
    subtitle: `${ok.length} ${ok.length === 1 ? "voorstel" : "voorstellen"} getoetst op ${now}`,
    blocks: [
      ...section(1, "Uitslag per voorstel", [
        paragraph(`${SYMBOL.aanwezig} aanwezig · ${SYMBOL.deels} deels · ${SYMBOL.afwezig} afwezig`),
        {
          type: "table",
          head: ["Voorstel", ...CRITERIUM_IDS],
          rows: [
            ...ok.map((r) => [`${r.title || r.file}${r.waarschuwing !== undefined ? " (let op)" : ""}`, ...CRITERIUM_IDS.map((id) => symbolOf(r.statuses[id]))]),
            ...STATUSES.map((s) => [`Totaal ${s}`, ...CRITERIUM_IDS.map((id) => String(totals[s][id]))]),
          ],
          // The title gets most of the width; the criteria columns hold one symbol or a count.
          widths: [12, ...CRITERIUM_IDS.map(() => 1)],
        },
      ]),
      ...(warned.length > 0 ? section(1, "Let op", [list(warned.map((r) => `${r.title || r.file}: ${r.waarschuwing ?? ""}`))]) : []),
      ...section(1, "De criteria", [list(CRITERIUM_IDS.map((id) => `${id}: ${titles[id]}`))]),
      ...(failed.length > 0
        ? section(1, "Niet gelezen", [list(failed.map((r) => `${r.file}: ${r.error ?? ""}`))])
        : []),
      paragraph("De uitslag is een eerste lezing door Raadskompas. Lees de voorstellen zelf voordat je conclusies trekt."),
    ],
  };
}
