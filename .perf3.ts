import { readFileSync } from "node:fs";
import { analyseRaadsvoorstel } from "./src/lib/raadsvoorstel/analyse.ts";
const text = readFileSync("../shared/seeds/001_8130d38cb886e681.txt", "utf8");
const ts = [{ id: "w1", kind: "waarde" as const, label: "Zelfredzaamheid", description: "Inwoners houden zelf de regie over hun leven" }, { id: "p1", kind: "principe" as const, label: "Eerst de vraag achter de vraag", description: "Wie de oorzaak aanpakt, voorkomt dat problemen terugkomen" }, { id: "r1", kind: "resultaat" as const, label: "Mantelzorgers voelen zich niet zwaar belast", description: "Over 4 jaar (2030) hebben we bereikt dat 90% van de mantelzorgers zich niet zwaar belast voelt." }];
for (let i = 0; i < 15; i++) analyseRaadsvoorstel(text, { toetsstenen: ts });
