import { countSyllables, fleschDouma, measureReadability } from "./src/lib/raadsvoorstel/readability.ts";
const words: Record<string, number> = { de: 1, kat: 1, zee: 1, fiets: 1, jeugd: 1, koe: 1, huis: 1, lettergreep: 3, gemeenteraad: 4, uitvoerbaarheid: 4, "financiële": 5, "ideeën": 3, "beïnvloeden": 4, "geëvalueerd": 5, toegankelijkheid: 5, nieuwe: 2, moeilijk: 2, bijeenkomst: 3, situatie: 4, aardappel: 3, "coördinatie": 5, individueel: 5, sociaal: 3, mooie: 2, eeuw: 1, knieën: 2, ouderen: 3, "één": 1, "zwemdiploma": 4, "publiekssamenvatting": 6, "jongeren": 3, "organisatie": 5 };
for (const [w, n] of Object.entries(words)) { const c = countSyllables(w); if (c !== n) console.log("MIS", w, c, "verwacht", n); }
const t = "De kat zit op de mat.";
console.log(measureReadability(t, [{ start: 0, end: t.length }], "begin"));
console.log(fleschDouma(6, 1, 6));
