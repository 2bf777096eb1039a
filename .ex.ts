import { readFileSync } from "node:fs";
import { extractText } from "./src/lib/raadsvoorstel/extract.ts";
import { analyseRaadsvoorstel } from "./src/lib/raadsvoorstel/analyse.ts";
const base = "tests/fixtures/raadsvoorstellen/11-beekdal-inkoop-jeugdhulp";
const st = (t: string) => analyseRaadsvoorstel(t).criteria.map(c => c.id + ":" + c.status).join(" ");
for (const ext of [".txt", ".docx", ".pdf"]) {
  const t = await extractText(new Uint8Array(readFileSync(base + ext)), base + ext);
  console.log(ext, t.length, st(t));
  if (ext === ".pdf") console.log(t.slice(0, 1500));
}
