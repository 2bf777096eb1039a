import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { createWerkboek } from "../../src/lib/werkboek/model.ts";
import { werkboekDocument } from "../../src/lib/export/werkboek.ts";
import { toMarkdown } from "../../src/lib/export/markdown.ts";
import { preventieGidsSchema } from "../../src/schemas/preventieGids.ts";
import { waardemodelGidsSchema } from "../../src/schemas/waardemodelGids.ts";
import { voorbeeldSheet } from "../../src/lib/waardemodel/waardemodel.ts";

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

test("werkboek Markdown: headings follow the nesting, and empty levels are left out", () => {
  const empty = createWerkboek("Fractie");
  let n = 0;
  const w = {
    ...empty,
    waardemodellen: [voorbeeldSheet("s1", waardemodelGids, () => `d${n++}`)],
    preventie: { ...empty.preventie, keuzes: { ...empty.preventie.keuzes, beschermen: { ...empty.preventie.keuzes.beschermen, effect: "Minder eenzaamheid" } } },
  };
  const md = toMarkdown(werkboekDocument(w, { staalkaarten, preventieGids, waardemodelGids }));
  const levels = new Set([...md.matchAll(/^(#+) /gm)].map((m) => (m[1] ?? "").length));
  // Title, part, worksheet, step, kernwaarde, inwoners/aanbieders: six levels, not everything at "####".
  assert.deepEqual([...levels].sort(), [1, 2, 3, 4, 5, 6]);
  assert.match(md, new RegExp(`^### ${waardemodelGids.voorbeeld.title}`, "m"));
  assert.match(md, /^#### Politieke vraag/m);
  assert.match(md, new RegExp(`^##### ${waardemodelGids.kernwaarden[0]?.name}`, "m"));
  // Only one preventie level was filled: the other two are not listed with rows of "—".
  const niveaus = preventieGids.niveaus.filter((x) => x.id !== "beschermen").map((x) => x.title);
  for (const t of niveaus) assert.ok(!md.includes(`### ${t}`), `leeg niveau staat erin: ${t}`);
  assert.ok((md.match(/:\*\* —$/gm) ?? []).length <= 6, "alleen het ingevulde niveau heeft lege velden");
  assert.match(md, /\*\*Beoogd effect:\*\* Minder eenzaamheid/);
});

test("an empty visie prints its questions with room to write; Markdown still says it is not filled in", async () => {
  const { visieDocument } = await import("../../src/lib/visie/visieExport.ts");
  const doc = visieDocument(createWerkboek("Leeg"));
  const prompts = doc.blocks.filter((b) => b.type === "write");
  assert.ok(prompts.length >= 6, "elke lege stap heeft vragen voor op papier");
  assert.ok(prompts.some((b) => b.type === "write" && b.items.some((i) => i.label.startsWith("Onderbouwing"))));
  const md = toMarkdown(doc);
  assert.equal(md.match(/Nog niet ingevuld/g)?.length, 6);
  assert.doesNotMatch(md, /Onderbouwing: waarom/);
});

test("the whole-werkboek export has the Sturing worksheets that were filled in, the jaarkalender included", () => {
  const empty = createWerkboek("Fractie");
  assert.doesNotMatch(toMarkdown(werkboekDocument(empty, { staalkaarten })), /Sturing|Jaarkalender/);
  const w = {
    ...empty,
    sturing: {
      ...empty.sturing,
      jaarkalender: { jaar: 2027, raad: { ...empty.sturing.jaarkalender.raad, begroting: "2027-11-11" } },
      startnotitie: { ...empty.sturing.startnotitie, onderwerp: "Herziening armoedebeleid" },
      beleidscyclus: { ...empty.sturing.beleidscyclus, thema: "Eenzaamheid onder ouderen" },
    },
  };
  const md = toMarkdown(werkboekDocument(w, { staalkaarten }));
  for (const expected of ["## Sturing", "### Jaarkalender 2027", "11 november 2027", "### Startnotitie: Herziening armoedebeleid", "### Beleidscyclus: Eenzaamheid onder ouderen", "#### Stappen", "#### Momenten in 2027"]) {
    assert.ok(md.includes(expected), `missing ${expected}`);
  }
});
