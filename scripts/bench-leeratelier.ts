#!/usr/bin/env node
// How long combining 45 bijdragen takes: the same code the browser runs (src/lib/leeratelier), on
// realistic bijdragen (10 waarden, 5 principes, 4 resultaten, 5 scores each, with spelling variants).
// Usage: node scripts/bench-leeratelier.ts [aantal]   Exits 1 when the median run takes 1 s or more.
import { combine } from "../src/lib/leeratelier/combine.ts";
import { addFiles } from "../src/lib/leeratelier/files.ts";
import { toCsv } from "../src/lib/leeratelier/export.ts";
import type { Bijdrage } from "../src/schemas/bijdrage.ts";

const n = Number(process.argv[2] ?? 45);
const WAARDEN = ["Zelfredzaamheid", "zelfredzaam", "Solidariteit", "solidair", "Eigen regie", "Gelijkwaardigheid", "Vertrouwen", "Veiligheid", "Preventie", "Participatie", "Rechtvaardigheid", "Nabijheid", "Efficiëntie", "efficientie"];
const PRINCIPES = ["Eerst de vraag achter de vraag", "Preventie gaat voor curatie", "Eén gezin, één plan, één regisseur", "Dichtbij huis en in de wijk", "Vertrouwen in de professional", "Inwoners doen zelf mee"];
const DOELGROEPEN = ["jongeren tussen 16 en 23 jaar", "ouderen boven 75 jaar", "huishoudens met schulden", "mantelzorgers"];
const FRACTIES = ["GroenLinks-PvdA", "VVD", "CDA", "D66", "Lokaal Belang", ""];
const STELLINGEN = ["Zelfredzaamheid", "Solidariteit", "Eigen regie", "Preventie", "Nabijheid"];

let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)] as T;

function bijdrage(i: number): Bijdrage {
  return {
    format: "raadskompas-bijdrage",
    version: 1,
    id: `bd-${i}`,
    bijeenkomst: { id: "bk-bench", title: "Bench" },
    naam: `Deelnemer ${i}`,
    fractie: pick(FRACTIES),
    createdAt: "2026-11-29T12:00:00.000Z",
    waarden: Array.from({ length: 10 }, (_, j) => ({ id: `w${j}`, name: pick(WAARDEN), meaning: `Betekenis ${j} van deelnemer ${i}: mensen helpen elkaar en de gemeente steunt waar nodig.`, top: j < 3 })),
    principes: Array.from({ length: 5 }, (_, j) => ({ id: `p${j}`, title: pick(PRINCIPES), onderbouwing: "Omdat het werkt in de wijk.", meetlat: "" })),
    resultaten: Array.from({ length: 4 }, (_, j) => ({ id: `r${j}`, doelgroep: pick(DOELGROEPEN), verandering: rnd() < 0.5 ? "heeft minder problemen" : "doet meer mee", target: Math.round(rnd() * 100), unit: "procent", baseline: "", year: 2030, bron: "" })),
    kwaliteitseisen: [{ id: "q", text: "Hulp binnen twee weken", principeIds: [] }],
    koppelingen: [{ id: "k", waardeId: "w0", principeId: "p0", onderbouwing: "", resultaatId: "r0" }],
    waardemodellen: [],
    preventie: null,
    scores: STELLINGEN.map((stelling) => ({ stelling, score: 1 + Math.floor(rnd() * 5) })),
  };
}

const bijeenkomst = { format: "raadskompas-bijeenkomst", version: 1, id: "bk-bench", title: "Bench", date: "", onderdelen: ["waarden", "principes", "resultaten", "kwaliteitseisen", "koppeltabel"], startvraag: "", fracties: [], stellingen: STELLINGEN, createdAt: "2026-11-29T12:00:00.000Z" };
const files = [{ name: "bijeenkomst.json", text: JSON.stringify(bijeenkomst) }, ...Array.from({ length: n }, (_, i) => ({ name: `b${i}.json`, text: JSON.stringify(bijdrage(i)) }))];

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
