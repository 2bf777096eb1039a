/**
 * The "APK voor raadsvoorstellen" in the browser: many proposals × the criteria, with totals, as a
 * table, a CSV and a Word document. Same columns as `npm run toets -- <map> --csv`.
 */
import { toCsv } from "../export/csv.ts";
import { paragraph, section, table, list, type ExportDocument } from "../export/document.ts";
import { CRITERIUM_IDS, STATUSES, type CriteriumId, type Status } from "./types.ts";

/** One checked file; `error` is set (and statuses empty) when it could not be read. */
export interface ApkRij {
  file: string;
  title: string;
  date: string;
  meetingDate: string;
  statuses: Partial<Record<CriteriumId, Status>>;
  error?: string;
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

/** Semicolons for Dutch Excel, a BOM so é and ë survive, CRLF; one row per readable file. */
export function apkCsv(rows: readonly ApkRij[]): string {
  const header = ["bestand", "titel", "datum", "raadsvergadering", ...CRITERIUM_IDS];
  const body = rows
    .filter((r) => r.error === undefined)
    .map((r) => [r.file, r.title, r.date, r.meetingDate, ...CRITERIUM_IDS.map((id) => r.statuses[id] ?? "")]);
  return `${toCsv([header, ...body])}\r\n`;
}

/** Word and print: the same table with totals, and the files that could not be read. */
export function apkDocument(rows: readonly ApkRij[], titles: Record<CriteriumId, string>, now: string): ExportDocument {
  const ok = rows.filter((r) => r.error === undefined);
  const failed = rows.filter((r) => r.error !== undefined);
  const totals = apkTotals(ok);
  return {
    title: "APK voor raadsvoorstellen",
    subtitle: `${ok.length} ${ok.length === 1 ? "voorstel" : "voorstellen"} getoetst op ${now}`,
    blocks: [
      ...section(1, "Uitslag per voorstel", [
        table(
          ["Voorstel", ...CRITERIUM_IDS],
          [
            ...ok.map((r) => [r.title || r.file, ...CRITERIUM_IDS.map((id) => r.statuses[id] ?? "")]),
            ...STATUSES.map((s) => [`Totaal ${s}`, ...CRITERIUM_IDS.map((id) => String(totals[s][id]))]),
          ],
        ),
      ]),
      ...section(1, "De criteria", [list(CRITERIUM_IDS.map((id) => `${id}: ${titles[id]}`))]),
      ...(failed.length > 0
        ? section(1, "Niet gelezen", [list(failed.map((r) => `${r.file}: ${r.error ?? ""}`))])
        : []),
      paragraph("De uitslag is een eerste lezing door Raadskompas. Lees de voorstellen zelf voordat je conclusies trekt."),
    ],
  };
}
