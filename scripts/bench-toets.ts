/**
 * Times the raadsvoorstel analysis on a long real document: the 260 KB beleidsplan in the shared seeds
 * (or, when that is missing, a synthetic document of the same size built from the fixtures). Median of
 * 10 runs after warm-up; the budget is 200 ms wall-clock. Exits 1 when over budget.
 *
 * It also reports the CPU time per run: on a busy shared machine the wall-clock time mostly measures
 * the machine, while the CPU time measures the analysis (the unit test uses that one).
 *
 * usage: node scripts/bench-toets.ts
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyseRaadsvoorstel } from "../src/lib/raadsvoorstel/analyse.ts";
import type { Toetssteen } from "../src/lib/raadsvoorstel/types.ts";
import { loadThesaurus } from "./lib/thesaurus.ts";

export const BUDGET_MS = 200;
const ROOT = join(import.meta.dirname, "..");
const SEED = join(ROOT, "..", "shared", "seeds", "001_8130d38cb886e681.txt");
const FIXTURES = join(ROOT, "tests", "fixtures", "raadsvoorstellen");
const TARGET_BYTES = 260_000;

/** A realistic visie: the analysis also matches these against every sentence. */
const TOETSSTENEN: Toetssteen[] = [
  { id: "w1", kind: "waarde", label: "Zelfredzaamheid", description: "Inwoners houden zelf de regie over hun leven" },
  {
    id: "p1",
    kind: "principe",
    label: "Eerst de vraag achter de vraag",
    description: "Wie de oorzaak aanpakt, voorkomt dat problemen terugkomen",
  },
  {
    id: "r1",
    kind: "resultaat",
    label: "Mantelzorgers voelen zich niet zwaar belast",
    description: "Over 4 jaar (2030) hebben we bereikt dat 90% van de mantelzorgers zich niet zwaar belast voelt.",
  },
];

export interface BenchResult {
  source: string;
  bytes: number;
  /** Wall-clock milliseconds per run. */
  runs: number[];
  medianMs: number;
  /** CPU milliseconds (user + system) per run. */
  cpuRuns: number[];
  cpuMedianMs: number;
  /** CPU milliseconds of the fastest run: interference only ever adds time, so this is the code's own cost. */
  cpuFastestMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 0 ? ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2 : (sorted[mid] ?? 0);
}

function benchText(): { text: string; source: string } {
  if (existsSync(SEED)) return { text: readFileSync(SEED, "utf8"), source: SEED };
  const parts = readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(FIXTURES, f), "utf8"));
  let text = "";
  for (let i = 0; text.length < TARGET_BYTES; i++) text += `${parts[i % parts.length] ?? ""}\n\n`;
  return { text, source: "synthetisch (fixtures herhaald)" };
}

export function bench(runs = 10, warmup = 3): BenchResult {
  const { text, source } = benchText();
  const thesaurus = loadThesaurus();
  for (let i = 0; i < warmup; i++) analyseRaadsvoorstel(text, { toetsstenen: TOETSSTENEN, thesaurus });
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    analyseRaadsvoorstel(text, { toetsstenen: TOETSSTENEN, thesaurus });
    const used = process.cpuUsage(cpuStart);
    times.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  return {
    source,
    bytes: Buffer.byteLength(text),
    runs: times,
    medianMs: median(times),
    cpuRuns: cpu,
    cpuMedianMs: median(cpu),
    cpuFastestMs: Math.min(...cpu),
  };
}

if (import.meta.main) {
  const r = bench();
  const kb = Math.round(r.bytes / 1000);
  console.log(`analyseRaadsvoorstel op ${r.source} (${kb} KB, 3 toetsstenen)`);
  console.log(`runs (ms): ${r.runs.map((t) => t.toFixed(1)).join(" ")}`);
  console.log(
    `mediaan: ${r.medianMs.toFixed(1)} ms (budget ${BUDGET_MS} ms); CPU-tijd mediaan ${r.cpuMedianMs.toFixed(1)} ms, snelste ${r.cpuFastestMs.toFixed(1)} ms`,
  );
  if (r.medianMs > BUDGET_MS) {
    console.error("Te traag: de mediaan ligt boven het budget.");
    process.exitCode = 1;
  }
}
