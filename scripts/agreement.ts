/**
 * How often the automatic check agrees with the human labels in tests/fixtures/raadsvoorstellen.
 * Prints per criterion the exact-match percentage and a confusion count (label → analysis), then the
 * overall figure. Always exits 0: it is a measurement, the unit tests hold the threshold.
 *
 * usage: node scripts/agreement.ts [--json] [--verbose] [folder]
 *   folder: another labelled set, e.g. tests/fixtures/raadsvoorstellen-holdout (written blind, never tuned on)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyseRaadsvoorstel } from "../src/lib/raadsvoorstel/analyse.ts";
import { CRITERIUM_IDS, STATUSES, type CriteriumId, type Status } from "../src/lib/raadsvoorstel/types.ts";

export const FIXTURES = join(import.meta.dirname, "..", "tests", "fixtures", "raadsvoorstellen");

type Labels = Record<string, Partial<Record<CriteriumId, Status>>>;

export interface CriterionAgreement {
  id: CriteriumId;
  total: number;
  agree: number;
  percent: number;
  /** confusion[label][analysis] = count */
  confusion: Record<Status, Record<Status, number>>;
}

export interface Agreement {
  criteria: CriterionAgreement[];
  total: number;
  agree: number;
  percent: number;
  mismatches: { file: string; id: CriteriumId; label: Status; analysis: Status }[];
}

function emptyConfusion(): Record<Status, Record<Status, number>> {
  const row = (): Record<Status, number> => ({ aanwezig: 0, deels: 0, afwezig: 0 });
  return { aanwezig: row(), deels: row(), afwezig: row() };
}

export function measureAgreement(folder = FIXTURES): Agreement {
  const labels = JSON.parse(readFileSync(join(folder, "labels.json"), "utf8")) as Labels;
  const per = new Map<CriteriumId, CriterionAgreement>(
    CRITERIUM_IDS.map((id) => [id, { id, total: 0, agree: 0, percent: 0, confusion: emptyConfusion() }]),
  );
  const mismatches: Agreement["mismatches"] = [];
  for (const [file, expected] of Object.entries(labels)) {
    const analyse = analyseRaadsvoorstel(readFileSync(join(folder, file), "utf8"));
    for (const result of analyse.criteria) {
      const label = expected[result.id];
      const row = per.get(result.id);
      if (label === undefined || row === undefined) continue;
      row.total++;
      row.confusion[label][result.status]++;
      if (label === result.status) row.agree++;
      else mismatches.push({ file, id: result.id, label, analysis: result.status });
    }
  }
  const criteria = [...per.values()].map((r) => ({ ...r, percent: pct(r.agree, r.total) }));
  const total = criteria.reduce((n, r) => n + r.total, 0);
  const agree = criteria.reduce((n, r) => n + r.agree, 0);
  return { criteria, total, agree, percent: pct(agree, total), mismatches };
}

function pct(a: number, b: number): number {
  return b === 0 ? 0 : Math.round((a / b) * 1000) / 10;
}

function print(a: Agreement, verbose: boolean, folder: string): void {
  const short: Record<Status, string> = { aanwezig: "aanw", deels: "deels", afwezig: "afw" };
  console.log(`Overeenstemming analyse ↔ menselijke labels (${folder})\n`);
  console.log("crit  overeen        label → analyse (aanw/deels/afw)");
  for (const r of a.criteria) {
    const conf = STATUSES.map((l) => `${short[l]}→${STATUSES.map((s) => r.confusion[l][s]).join("/")}`).join("  ");
    console.log(`${r.id}     ${String(r.agree).padStart(2)}/${r.total}  ${r.percent.toFixed(1).padStart(5)}%  ${conf}`);
  }
  console.log(`\ntotaal ${a.agree}/${a.total} = ${a.percent.toFixed(1)}%`);
  if (verbose) {
    console.log("\nVerschillen:");
    for (const m of a.mismatches) console.log(`  ${m.file} ${m.id}: label ${m.label}, analyse ${m.analysis}`);
  }
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const folder = args.find((a) => !a.startsWith("--"));
  const result = measureAgreement(folder ?? FIXTURES);
  if (args.includes("--json")) console.log(JSON.stringify(result, null, 2));
  else print(result, args.includes("--verbose"), folder ?? "tests/fixtures/raadsvoorstellen");
}
