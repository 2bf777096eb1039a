import { readFileSync, readdirSync } from "node:fs";
import { analyseRaadsvoorstel } from "./src/lib/raadsvoorstel/analyse.ts";
const dir = "tests/fixtures/raadsvoorstellen/";
for (const f of readdirSync(dir).filter(f => f.endsWith(".txt"))) {
  const a = analyseRaadsvoorstel(readFileSync(dir + f, "utf8"));
  const r = a.readability;
  console.log(f.slice(0, 28).padEnd(28), r.source.padEnd(12), "FD", r.fleschDouma, "ASL", r.averageSentenceLength, "zinnen", r.sentences, "lang", r.longWordShare, "|", a.sections.filter(s => s.criteria.length).map(s => s.heading?.text + ":" + s.criteria.join("")).join(", "));
  console.log("     hardest:", r.hardestSentences.map(h => h.fleschDouma + " " + JSON.stringify(h.text.slice(0, 60))).join(" | "));
}
