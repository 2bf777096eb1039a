import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { preventieGidsSchema } from "../../src/schemas/preventieGids.ts";
import { preventieSheetSchema } from "../../src/schemas/preventie.ts";
import { matrixGaps, matrixRows } from "../../src/lib/preventie/matrix.ts";

const gids = preventieGidsSchema.parse(parse(readFileSync("content/werkbladen/preventie.yaml", "utf8")));
const kaart = readFileSync("content/koerskaarten/preventie.mdx", "utf8");

/** Rows of the first Markdown table under a `##` heading, as arrays of trimmed cells (header and rule left out). */
function tableUnder(heading: string): string[][] {
  const from = kaart.indexOf(`## ${heading}`);
  assert.ok(from >= 0, `kop "${heading}" ontbreekt`);
  const lines = kaart.slice(from).split("\n");
  const start = lines.findIndex((l) => l.startsWith("|"));
  const rows: string[][] = [];
  for (const line of lines.slice(start)) {
    if (!line.startsWith("|")) break;
    rows.push(line.split("|").slice(1, -1).map((c) => c.trim()));
  }
  return rows.slice(2);
}

test("de preventiematrix in de koerskaart en in het werkblad hebben dezelfde doelgroepen", () => {
  const inText = tableUnder("Preventiematrix").map((r) => r[0]);
  assert.deepEqual(inText, gids.matrix.doelgroepen);
});

test("de koerskaart gebruikt per niveau dezelfde vorm van preventie als het werkblad, en maar één indeling", () => {
  const vormen = tableUnder("Drie vormen van preventie").map((r) => r[3]?.toLocaleLowerCase("nl"));
  assert.deepEqual(vormen, gids.niveaus.map((n) => n.vorm));
  // The other classification (by phase) may be named once as an aside, but never as a level's form.
  for (const row of tableUnder("Drie vormen van preventie")) assert.doesNotMatch(row.join(" "), /primair|secundair|tertiair/i);
});

test("een werkboek zonder eigen matrix toont alle standaarddoelgroepen, leeg", () => {
  const sheet = preventieSheetSchema.parse({});
  const rows = matrixRows(sheet, gids.matrix.doelgroepen);
  assert.equal(rows.length, gids.matrix.doelgroepen.length);
  assert.ok(rows.some((r) => r.doelgroep === "Mensen met psychische kwetsbaarheid"));
  assert.equal(matrixGaps(rows).length, rows.length * 3);
});

test("een eerder bewaarde matrix met drie rijen blijft leesbaar en ongewijzigd", () => {
  const oud = {
    matrix: [
      { id: "standaard-1", doelgroep: "Jeugd (0-18 jaar)", cellen: { beschermen: "Opvoedsteunpunt", stabiliseren: "", gevolgen: "" } },
      { id: "standaard-2", doelgroep: "Volwassenen (18-67 jaar)" },
      { id: "standaard-3", doelgroep: "Ouderen (67 jaar en ouder)" },
    ],
  };
  const sheet = preventieSheetSchema.parse(oud);
  const rows = matrixRows(sheet, gids.matrix.doelgroepen);
  assert.deepEqual(rows.map((r) => r.doelgroep), oud.matrix.map((r) => r.doelgroep));
  assert.equal(rows[0]?.cellen.beschermen, "Opvoedsteunpunt");
  assert.deepEqual(rows[1]?.cellen, { beschermen: "", stabiliseren: "", gevolgen: "" });
});
