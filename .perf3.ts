import { readFileSync } from "node:fs";
import { analyseRaadsvoorstel } from "./src/lib/raadsvoorstel/analyse.ts";
const text = readFileSync("../shared/seeds/001_8130d38cb886e681.txt", "utf8");
for (let i = 0; i < 15; i++) analyseRaadsvoorstel(text);
