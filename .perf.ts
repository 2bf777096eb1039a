import { readFileSync } from "node:fs";
import { analyseRaadsvoorstel } from "./src/lib/raadsvoorstel/analyse.ts";
const text = readFileSync("../shared/seeds/001_8130d38cb886e681.txt", "utf8");
const ts = [{ id: "w1", kind: "waarde" as const, label: "zelfredzaamheid", description: "inwoners houden zelf de regie over hun leven" }, { id: "r1", kind: "resultaat" as const, label: "Mantelzorgers overbelast", description: "Over 4 jaar hebben we bereikt dat minder mantelzorgers overbelast zijn" }];
for (let i = 0; i < 3; i++) analyseRaadsvoorstel(text, { toetsstenen: ts });
const times: number[] = [];
for (let i = 0; i < 10; i++) { const t = performance.now(); analyseRaadsvoorstel(text, { toetsstenen: ts }); times.push(performance.now() - t); }
times.sort((a, b) => a - b);
console.log(times.map(t => t.toFixed(1)).join(" "));
const a = analyseRaadsvoorstel(text, { toetsstenen: ts });
console.log(a.sections.length, a.criteria.map(c => c.id + ":" + c.status).join(" "), a.toetsstenen.map(t => t.status + " " + t.reason).join(" | "));
