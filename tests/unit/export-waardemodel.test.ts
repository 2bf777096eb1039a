import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { waardemodelGidsSchema } from "../../src/schemas/waardemodelGids.ts";
import { waardemodelSheetSchema, type WaardemodelSheet } from "../../src/schemas/waardemodel.ts";
import { NOT_FILLED, type Block, type ExportDocument } from "../../src/lib/export/document.ts";
import { toMarkdown } from "../../src/lib/export/markdown.ts";
import {
  emptySheet,
  kernwaardeVoortgang,
  sheetProgress,
  sheetTitle,
  voorbeeldSheet,
  voortgangTekst,
  waardemodelDocument,
} from "../../src/lib/waardemodel/waardemodel.ts";

const gids = waardemodelGidsSchema.parse(parse(readFileSync(new URL("../../content/werkbladen/waardemodel.yaml", import.meta.url), "utf8")));
const kernwaarde = (id: string) => {
  const k = gids.kernwaarden.find((x) => x.id === id);
  assert.ok(k, `kernwaarde ${id} bestaat`);
  return k;
};
const gelijkheid = kernwaarde("gelijkheid");
const vrijheid = kernwaarde("vrijheid");
const q = (k: typeof gelijkheid, kant: "vraag" | "aanbod", i: number) => {
  const d = k[kant][i];
  assert.ok(d, `deelvraag ${i} van ${k.id}-${kant} bestaat`);
  return d;
};

/** All text of a document, one string, for "does it mention …" checks. */
function allText(doc: ExportDocument): string {
  const blockText = (b: Block): string[] => {
    switch (b.type) {
      case "heading":
      case "paragraph":
        return [b.text];
      case "list":
        return b.items;
      case "table":
        return [...b.head, ...b.rows.flat()];
      case "fields":
        return b.items.flatMap((f) => [f.label, f.value]);
      case "image":
        return [b.alt];
      case "write":
        // Questions for paper only; not part of what the file says.
        return [];
    }
  };
  return [doc.title, doc.subtitle ?? "", ...doc.blocks.flatMap(blockText)].join("\n");
}

const sheet: WaardemodelSheet = waardemodelSheetSchema.parse({
  id: "wm-test",
  question: "Wie krijgt hulp bij het huishouden, en wie levert die?",
  kader: { wetten: ["wmo", "onbekend"], bevoegdheden: "De raad regelt de maatwerkvoorziening bij verordening.", jurisprudentie: "" },
  answers: {
    [q(gelijkheid, "vraag", 0).id]: "Inwoners die het huishouden niet meer zelf kunnen doen.",
    [q(gelijkheid, "aanbod", 0).id]: "Aanbieders die aan de kwaliteitseisen voldoen.",
    [q(gelijkheid, "vraag", 1).id]: "   ",
    [q(vrijheid, "vraag", 0).id]: "Inwoners kiezen zelf hun aanbieder.",
    "verdwenen-vraag": "Een antwoord bij een deelvraag die er niet meer is.",
  },
  dilemmas: [
    { id: "d1", a: "vrijheid", b: "efficientie", afweging: "Keuzevrijheid weegt zwaarder dan een lagere prijs." },
    { id: "d2", a: "welzijn", b: "welzijn", afweging: "Waar houdt schoon genoeg op?" },
    { id: "d3", a: "gelijkheid", b: "veiligheid", afweging: "" },
  ],
  compromis: "Open house met strenge kwaliteitseisen.",
  waarom: "Zo houden inwoners keuze en blijft de kwaliteit bewaakt.",
  keuzes: { wat: "Hulp bij het huishouden", voorWie: "Via het wijkteam", doorWie: "Gecontracteerde aanbieders", verdeelprocedure: "open", hardheidsclausule: "Het college mag afwijken." },
});

test("het document noemt de vraag, de wetten en het kader", () => {
  const doc = waardemodelDocument(sheet, gids, [{ id: "wmo", shortName: "Wmo 2015" }]);
  const text = allText(doc);
  assert.match(doc.title, /Wie krijgt hulp bij het huishouden/);
  assert.ok(text.includes("Wie krijgt hulp bij het huishouden, en wie levert die?"));
  assert.ok(text.includes("Wmo 2015"));
  assert.ok(text.includes("De raad regelt de maatwerkvoorziening bij verordening."));
  // An empty kader field is left out rather than shown as "—".
  assert.ok(!text.includes("Grenzen uit de rechtspraak"));
});

test("beantwoorde deelvragen staan erin met hun vraagtekst, lege worden alleen geteld", () => {
  const doc = waardemodelDocument(sheet, gids);
  const fieldLabels = doc.blocks.flatMap((b) => (b.type === "fields" ? b.items.map((f) => f.label) : []));
  assert.ok(fieldLabels.includes(q(gelijkheid, "vraag", 0).question));
  assert.ok(fieldLabels.includes(q(gelijkheid, "aanbod", 0).question));
  assert.ok(fieldLabels.includes(q(vrijheid, "vraag", 0).question));
  // Whitespace-only and unanswered deelvragen are not dumped as empty questions.
  assert.ok(!fieldLabels.includes(q(gelijkheid, "vraag", 1).question));
  assert.ok(!fieldLabels.includes(q(gelijkheid, "vraag", 2).question));
  const text = allText(doc);
  const tG = kernwaardeVoortgang(sheet, gelijkheid);
  assert.deepEqual(tG, { beantwoord: 2, totaal: gelijkheid.vraag.length + gelijkheid.aanbod.length });
  assert.ok(text.includes(`${voortgangTekst(tG)}; ${tG.totaal - 2} nog open.`));
  const welzijn = kernwaarde("welzijn");
  assert.ok(text.includes(`Nog geen van de ${welzijn.vraag.length + welzijn.aanbod.length} deelvragen beantwoord.`));
  // Nothing written gets lost, even when its deelvraag left the guide.
  assert.ok(text.includes("Een antwoord bij een deelvraag die er niet meer is."));
});

test("dilemma's staan erin met de namen van de kernwaarden", () => {
  const doc = waardemodelDocument(sheet, gids);
  const tables = doc.blocks.filter((b) => b.type === "table");
  assert.equal(tables.length, 1);
  const rows = tables[0]?.type === "table" ? tables[0].rows : [];
  assert.deepEqual(rows, [
    ["Vrijheid tegenover Efficiëntie", "Keuzevrijheid weegt zwaarder dan een lagere prijs."],
    ["Binnen Welzijn", "Waar houdt schoon genoeg op?"],
  ]);
  const text = allText(doc);
  assert.ok(text.includes("Open house met strenge kwaliteitseisen."));
  assert.ok(text.includes("Zo houden inwoners keuze en blijft de kwaliteit bewaakt."));
});

test("de gekozen verdeelprocedure staat erin met naam en kenmerken", () => {
  const open = gids.verdeelprocedures.find((p) => p.id === "open");
  assert.ok(open);
  const doc = waardemodelDocument(sheet, gids);
  const fieldsBlocks = doc.blocks.filter((b) => b.type === "fields");
  const keuze = fieldsBlocks.flatMap((b) => (b.type === "fields" ? b.items : [])).find((f) => f.label === "Verdeelprocedure");
  assert.equal(keuze?.value, open.name);
  const text = allText(doc);
  for (const k of open.kenmerken) assert.ok(text.includes(k));
  // Other procedures are not listed.
  const loting = gids.verdeelprocedures.find((p) => p.id === "loting");
  assert.ok(loting && !text.includes(loting.name));
  assert.ok(text.includes("Het college mag afwijken."));
});

test("een leeg werkblad geeft een kort document met 'nog niet ingevuld'", () => {
  const doc = waardemodelDocument(emptySheet("wm-leeg"), gids);
  assert.match(doc.title, /Vraag zonder titel/);
  const muted = doc.blocks.filter((b) => b.type === "paragraph" && b.muted).map((b) => (b.type === "paragraph" ? b.text : ""));
  assert.equal(muted.filter((t) => t === NOT_FILLED).length, 4);
  assert.equal(doc.blocks.filter((b) => b.type === "fields" || b.type === "table").length, 0);
  const md = toMarkdown(doc);
  assert.ok(md.length < 3000, "een leeg werkblad wordt geen lange lijst lege vragen");
});

test("het voorbeeld wordt een nieuw, gemarkeerd werkblad dat het schema doorstaat", () => {
  let n = 0;
  const v = voorbeeldSheet("wm-vb", gids, () => `d-${++n}`);
  assert.equal(v.fromVoorbeeld, true);
  assert.equal(v.question, gids.voorbeeld.question);
  assert.equal(sheetTitle(v, gids), gids.voorbeeld.title);
  assert.deepEqual(waardemodelSheetSchema.parse(v), v);
  assert.equal(new Set(v.dilemmas.map((d) => d.id)).size, v.dilemmas.length);
  // The sheet is a copy: editing it leaves the guide alone.
  v.kader.wetten.push("wmo");
  v.answers["gelijkheid-vraag-1"] = "anders";
  assert.deepEqual(gids.voorbeeld.kader.wetten, ["jeugdwet"]);
  assert.notEqual(gids.voorbeeld.answers["gelijkheid-vraag-1"], "anders");
  const doc = waardemodelDocument(voorbeeldSheet("wm-vb2", gids, (i) => `x-${i}`), gids);
  assert.match(doc.title, /Voorbeeld: jeugdhulp/);
  assert.match(doc.subtitle ?? "", /voorbeeld/);
  const p = sheetProgress(v, gids);
  assert.equal(p.kader, 1);
  assert.ok(p.kernwaarden > 0 && p.kernwaarden < 1);
});

test("de Markdown van een werkblad bevat de antwoorden en geen HTML van de gebruiker", () => {
  const hostile = { ...sheet, question: "<script>alert(1)</script> | pipe" };
  const md = toMarkdown(waardemodelDocument(hostile, gids));
  assert.ok(md.includes("Inwoners kiezen zelf hun aanbieder."));
  assert.ok(!md.includes("<script>"));
});
