/**
 * How often the automatic check agrees with the human labels. Without a folder it prints three sets:
 * the development set (tests/fixtures/raadsvoorstellen), the blind holdout (…-holdout, never tuned on)
 * and the labelled toetssteen pairs (tests/fixtures/toetsstenen/pairs.json). Per criterion the
 * exact-match percentage and a confusion count (label → analysis), then the overall figure. Always
 * exits 0: it is a measurement, the unit tests hold the thresholds.
 *
 * usage: node scripts/agreement.ts [--json] [--verbose] [folder]
 *   folder: only this labelled set
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { analyseRaadsvoorstel } from "../src/lib/raadsvoorstel/analyse.ts";
import { CRITERIUM_IDS, STATUSES, type CriteriumId, type Status, type ToetssteenKind } from "../src/lib/raadsvoorstel/types.ts";
import { loadThesaurus } from "./lib/thesaurus.ts";

const fixture = (name: string) => join(import.meta.dirname, "..", "tests", "fixtures", name);

export const FIXTURES = fixture("raadsvoorstellen");

/**
 * The earlier blind holdouts, in order. Each was measured blind exactly once (the figure) and then used for
 * tuning, so each is development data now (ADR 0016).
 */
export const FORMER_HOLDOUTS = [
  { folder: fixture("raadsvoorstellen-holdout"), blind: 77.3 },
  { folder: fixture("raadsvoorstellen-blind2"), blind: 79.2 },
  { folder: fixture("raadsvoorstellen-blind3"), blind: 77.6 },
  { folder: fixture("raadsvoorstellen-blind4"), blind: 79.2 },
  { folder: fixture("raadsvoorstellen-blind5"), blind: 82.8 },
  { folder: fixture("raadsvoorstellen-blind6"), blind: 83.3 },
] as const;

/** The blind holdout: written and labelled by someone who never saw the analysis; never tuned on. */
export const HOLDOUT = fixture("raadsvoorstellen-blind7");
export const PAIRS = fixture("toetsstenen/pairs.json");

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
    const analyse = analyseRaadsvoorstel(readFileSync(join(folder, file), "utf8"), { thesaurus: loadThesaurus() });
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

interface Pair {
  id: string;
  voorstel?: string;
  tekst?: string;
  toetssteen: { kind: ToetssteenKind; label: string; description: string };
  label: Status;
  bijna?: boolean;
}

export interface PairAgreement {
  total: number;
  agree: number;
  percent: number;
  /** Near-misses (only common words shared) that were still read as aanwezig or deels. */
  nearMissMatched: string[];
  nearMisses: number;
  confusion: Record<Status, Record<Status, number>>;
  mismatches: { id: string; label: Status; analysis: Status; reason: string }[];
}

/** Agreement on the labelled toetssteen × voorstel pairs. */
export function measurePairs(file = PAIRS): PairAgreement {
  const { paren } = JSON.parse(readFileSync(file, "utf8")) as { paren: Pair[] };
  const thesaurus = loadThesaurus();
  const confusion = emptyConfusion();
  const mismatches: PairAgreement["mismatches"] = [];
  const nearMissMatched: string[] = [];
  let agree = 0;
  for (const p of paren) {
    const text = p.tekst ?? readFileSync(join(FIXTURES, p.voorstel ?? ""), "utf8");
    const r = analyseRaadsvoorstel(text, { thesaurus, toetsstenen: [{ id: p.id, ...p.toetssteen }] }).toetsstenen[0];
    const status = r?.status ?? "afwezig";
    confusion[p.label][status]++;
    if (status === p.label) agree++;
    else mismatches.push({ id: p.id, label: p.label, analysis: status, reason: r?.reason ?? "" });
    if (p.bijna === true && status !== "afwezig") nearMissMatched.push(p.id);
  }
  return {
    total: paren.length,
    agree,
    percent: pct(agree, paren.length),
    nearMissMatched,
    nearMisses: paren.filter((p) => p.bijna === true).length,
    confusion,
    mismatches,
  };
}

function printPairs(a: PairAgreement, verbose: boolean): void {
  const short: Record<Status, string> = { aanwezig: "aanw", deels: "deels", afwezig: "afw" };
  console.log("Overeenstemming toetsstenen ↔ gelabelde paren (tests/fixtures/toetsstenen/pairs.json)\n");
  console.log(`paren  ${a.agree}/${a.total} = ${a.percent.toFixed(1)}%   ${STATUSES.map((l) => `${short[l]}→${STATUSES.map((s) => a.confusion[l][s]).join("/")}`).join("  ")}`);
  console.log(`bijna-treffers toch gevonden: ${a.nearMissMatched.length} van ${a.nearMisses}${a.nearMissMatched.length > 0 ? ` (${a.nearMissMatched.join(", ")})` : ""}`);
  if (verbose) for (const m of a.mismatches) console.log(`  ${m.id}: label ${m.label}, analyse ${m.analysis} — ${m.reason}`);
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
  const verbose = args.includes("--verbose");
  if (folder !== undefined) {
    const result = measureAgreement(folder);
    if (args.includes("--json")) console.log(JSON.stringify(result, null, 2));
    else print(result, verbose, folder);
  } else {
    const sets = [
      { key: "ontwikkelset", title: "ontwikkelset, tests/fixtures/raadsvoorstellen", agreement: measureAgreement(FIXTURES) },
      ...FORMER_HOLDOUTS.map((h, i) => ({
        key: `ontwikkelset${i + 2}`,
        title: `ontwikkelset ${i + 2}, ${relative(join(import.meta.dirname, ".."), h.folder)}: eerdere holdout, één keer blind gemeten (${h.blind.toFixed(1)}%), daarna op afgesteld`,
        agreement: measureAgreement(h.folder),
      })),
      { key: "holdout", title: `blinde holdout, ${relative(join(import.meta.dirname, ".."), HOLDOUT)}`, agreement: measureAgreement(HOLDOUT) },
    ];
    const pairs = measurePairs();
    if (args.includes("--json")) console.log(JSON.stringify({ ...Object.fromEntries(sets.map((s) => [s.key, s.agreement])), toetsstenen: pairs }, null, 2));
    else {
      for (const set of sets) {
        print(set.agreement, verbose, set.title);
        console.log("\n");
      }
      printPairs(pairs, verbose);
    }
  }
}
