import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { createWerkboek } from "../../src/lib/werkboek/model.ts";
import { werkboekDocument } from "../../src/lib/export/werkboek.ts";
import { toMarkdown } from "../../src/lib/export/markdown.ts";
import { preventieGidsSchema } from "../../src/schemas/preventieGids.ts";
import { waardemodelGidsSchema } from "../../src/schemas/waardemodelGids.ts";
import { voorbeeldSheet } from "../../src/lib/export/waardemodel.ts";

const preventieGids = preventieGidsSchema.parse(parse(readFileSync("content/werkbladen/preventie.yaml", "utf8")));
const waardemodelGids = waardemodelGidsSchema.parse(parse(readFileSync("content/werkbladen/waardemodel.yaml", "utf8")));
const staalkaarten = [{ id: "wmo", shortName: "Wmo 2015", tasks: [{ id: "verordening", title: "Verordening vaststellen" }] }];

test("the whole-werkboek export has every part that was filled in, and leaves empty worksheets out", () => {
  const empty = createWerkboek("Fractie");
  const md0 = toMarkdown(werkboekDocument(empty, { staalkaarten, preventieGids, waardemodelGids }));
  assert.match(md0, /## Visie/);
  assert.doesNotMatch(md0, /Koerskaart preventie|Democratisch waardemodel|Notities bij de staalkaarten/);

  let n = 0;
  const w = {
    ...empty,
    waardemodellen: [voorbeeldSheet("s1", waardemodelGids, () => `d${n++}`)],
    preventie: { ...empty.preventie, keuzes: { ...empty.preventie.keuzes, beschermen: { ...empty.preventie.keuzes.beschermen, effect: "Minder eenzaamheid" } } },
    staalkaartNotities: { wmo: { taken: { verordening: { vastgesteldOp: "12 maart 2024", evaluatieGepland: "", openVragen: "", notities: "" } }, notities: "", vragenCollege: "Wanneer komt de evaluatie?" } },
  };
  const md = toMarkdown(werkboekDocument(w, { staalkaarten, preventieGids, waardemodelGids }));
  for (const expected of ["## Democratisch waardemodel", "## Koerskaart preventie", "Minder eenzaamheid", "## Notities bij de staalkaarten", "Verordening vaststellen", "12 maart 2024", "Wanneer komt de evaluatie?"]) {
    assert.ok(md.includes(expected), `mist: ${expected}`);
  }
  assert.ok(md.indexOf("## Visie") < md.indexOf("## Democratisch waardemodel"));
});
