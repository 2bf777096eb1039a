import { readFileSync } from "node:fs";
import { analyseRaadsvoorstel } from "/work/main/src/lib/raadsvoorstel/analyse.ts";
const f = process.argv[2]!;
const text = readFileSync(f, "utf8");
const a = analyseRaadsvoorstel(text);
console.log(a.title, "|", a.date, "|", a.wordCount);
for (const s of a.sections) console.log("  §", s.level, JSON.stringify(s.heading?.text ?? null), s.criteria.join(""), s.content, s.sentenceCount);
for (const c of a.criteria) {
  console.log(c.id, c.status, c.score, "-", c.reason);
  if (process.argv[3]) for (const e of c.evidence) console.log("     >", JSON.stringify(e.text.slice(0, 110)), text.slice(e.start, e.end) === e.text);
}
console.log(JSON.stringify({ ...a.readability, hardestSentences: a.readability.hardestSentences.map(h => h.fleschDouma) }));
