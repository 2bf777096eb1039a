#!/usr/bin/env node
// How long combining 45 bijdragen takes: the same code the browser runs (src/lib/leeratelier), on
// realistic bijdragen (10 waarden, 5 principes, 4 resultaten, 5 scores each, with spelling variants).
// Usage: node scripts/bench-leeratelier.ts [aantal]   Exits 1 when the median run takes 1 s or more.
import { combine } from "../src/lib/leeratelier/combine.ts";
import { addFiles } from "../src/lib/leeratelier/files.ts";
import { toCsv } from "../src/lib/leeratelier/export.ts";
import { sampleFiles } from "../tests/fixtures/leeratelier.ts";

const n = Number(process.argv[2] ?? 45);
const files = sampleFiles(n);

const runs: number[] = [];
for (let r = 0; r < 7; r++) {
  const t0 = performance.now();
  // Reading and validating every file, combining, and the CSV: what a drop of all files costs.
  const { atelier } = addFiles(null, files);
  if (!atelier) throw new Error("geen leeratelier");
  const view = combine(atelier.bijdragen, atelier.bijeenkomst.stellingen);
  toCsv(atelier, view);
  runs.push(performance.now() - t0);
}
runs.sort((a, b) => a - b);
const median = runs[Math.floor(runs.length / 2)] ?? 0;
console.log(`${n} bijdragen inlezen + samenvoegen + CSV: mediaan ${median.toFixed(0)} ms (traagste ${runs[runs.length - 1]?.toFixed(0)} ms, snelste ${runs[0]?.toFixed(0)} ms)`);
if (median >= 1000) {
  console.error("Te traag: de grens is 1 s.");
  process.exit(1);
}
