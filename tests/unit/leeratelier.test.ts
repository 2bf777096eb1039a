import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { test } from "node:test";
import assert from "node:assert/strict";
import { agreement } from "../../src/lib/leeratelier/agreement.ts";
import { groupTerms, termKey } from "../../src/lib/leeratelier/group.ts";
import { combine, fractieGroups, richting, OVERIG } from "../../src/lib/leeratelier/combine.ts";
import { addFiles, bijdrageFileName, makeBijdrage, makeBijeenkomst, parseLeerateliersFile } from "../../src/lib/leeratelier/files.ts";
import { csvCell, raadsvisieWerkboek, toCsv, CSV_COLUMNS, combinedDocument } from "../../src/lib/leeratelier/export.ts";
import { toMarkdown } from "../../src/lib/export/markdown.ts";
import { createWerkboek } from "../../src/lib/werkboek/model.ts";
import { parseWerkboekFile, serializeWerkboek } from "../../src/lib/werkboek/io.ts";
import { toetsstenenFromVisie } from "../../src/lib/raadsvoorstel/toetsstenen.ts";
import { STORAGE_KEYS } from "../../src/lib/werkboek/storageKeys.ts";
import type { Bijdrage } from "../../src/schemas/bijdrage.ts";
import { CURRENT_VERSION, type Werkboek } from "../../src/schemas/werkboek.ts";

const bijeenkomst = makeBijeenkomst({
  title: "Leeratelier visie",
  date: "2026-12-03",
  onderdelen: ["waarden", "principes", "resultaten"],
  startvraag: "",
  fracties: [],
  stellingen: ["Zelfredzaamheid", "Solidariteit"],
  vraagsoort: "belang",
});

function werkboekWith(waarden: [string, string, boolean?][], extra: Partial<Werkboek["visie"]> = {}): Werkboek {
  const w = createWerkboek("Mijn werkboek");
  return { ...w, visie: { ...w.visie, waarden: waarden.map(([name, meaning, top], i) => ({ id: `w${i}`, name, meaning, top: top ?? false })), ...extra } };
}

function bijdrage(naam: string, fractie: string, waarden: [string, string, boolean?][], scores: [string, number][] = [], extra: Partial<Werkboek["visie"]> = {}): Bijdrage {
  return makeBijdrage(werkboekWith(waarden, extra), bijeenkomst, { naam, fractie, scores: scores.map(([stelling, score]) => ({ stelling, score })) });
}

test("spelling variants of a waarde fall into one group: case, accents and word form", () => {
  assert.equal(termKey("Zelfredzaamheid"), termKey("zelfredzaam"));
  assert.equal(termKey("ZELFREDZAAMHEID"), termKey("zelfredzaam"));
  assert.equal(termKey("Efficiëntie"), termKey("efficientie"));
  assert.equal(termKey("Gelijkwaardigheid"), termKey("gelijkwaardig"));
  assert.notEqual(termKey("solidariteit"), termKey("zelfredzaamheid"));
  const groups = groupTerms(["Zelfredzaamheid", "zelfredzaam", "Solidariteit", "zelfredzaamheid", " "], (s) => s);
  assert.equal(groups.length, 2);
  assert.equal(groups[0]?.label, "Zelfredzaamheid", "ties: the first spelling seen");
  assert.equal(groups[0]?.items.length, 3);
  assert.deepEqual(groups[0]?.variants.sort(), ["Zelfredzaamheid", "zelfredzaam", "zelfredzaamheid"].sort());
});

test("agreement: counts, median, spread, (1+eens)/(2+n) and the verdeeld flag", () => {
  const a = agreement([5, 4, 4, 1, 2, 3]);
  assert.equal(a.n, 6);
  assert.equal(a.eens, 3);
  assert.equal(a.oneens, 2);
  assert.equal(a.neutraal, 1);
  assert.equal(a.median, 3.5);
  assert.equal(a.spread, 1.75); // Q1 = 2.25, Q3 = 4
  assert.equal(a.estimate, 4 / 8);
  assert.equal(a.verdeeld, true); // 50% for, 33% against
  assert.deepEqual(a.counts, [1, 1, 1, 2, 1]);
  // Small numbers are not overstated: one person agreeing is 2/3, not 100%.
  assert.equal(agreement([5]).estimate, 2 / 3);
  assert.equal(agreement([]).estimate, 1 / 2);
  assert.equal(agreement([]).median, null);
  // 3 of 10 against is exactly the threshold; 2 of 10 is not.
  assert.equal(agreement([1, 1, 2, 4, 4, 4, 5, 5, 5, 3]).verdeeld, true);
  assert.equal(agreement([1, 2, 4, 4, 4, 5, 5, 5, 3, 3]).verdeeld, false);
  // Out-of-range scores are ignored.
  assert.equal(agreement([0, 6, 2.5, 4]).n, 1);
});

test("privacy: a fractie is named only with at least 3 people, the rest is 'overig'", () => {
  const list = [
    { id: "a", fractie: "GroenLinks" },
    { id: "b", fractie: "groenlinks " },
    { id: "c", fractie: "GroenLinks" },
    { id: "d", fractie: "VVD" },
    { id: "e", fractie: "VVD" },
    { id: "f", fractie: "" },
  ];
  const g = fractieGroups(list);
  assert.equal(g.get("a"), "GroenLinks");
  assert.equal(g.get("b"), "GroenLinks", "one fractie, whatever the spelling");
  assert.equal(g.get("d"), OVERIG);
  assert.equal(g.get("f"), OVERIG);
  const view = combine(
    list.map((x, i) => bijdrage(`p${i}`, x.fractie, [], [["Solidariteit", i < 3 ? 5 : 1]])),
    ["Solidariteit"],
  );
  assert.deepEqual(view.fracties.map((f) => f.fractie), ["GroenLinks", OVERIG]);
  const s = view.stellingen[0];
  assert.equal(s?.all.n, 6);
  assert.equal(s?.all.verdeeld, true);
  assert.deepEqual(s?.perFractie.map((f) => [f.fractie, f.agreement.n]), [["GroenLinks", 3], [OVERIG, 3]]);
  // With two people in "overig", its scores are not shown apart.
  const small = combine(list.slice(0, 5).map((x, i) => bijdrage(`p${i}`, x.fractie, [], [["Solidariteit", 3]])), ["Solidariteit"]);
  assert.deepEqual(small.stellingen[0]?.perFractie.map((f) => f.fractie), ["GroenLinks"]);
});

test("combine: waarden counted per person with top 3 and meanings; principes clustered; opposite results flagged", () => {
  const res = (doelgroep: string, verandering: string, target: number | null) => ({ id: `r-${doelgroep}-${target}`, doelgroep, verandering, target, unit: "procent" as const, baseline: "", year: 2030, bron: "" });
  const view = combine([
    bijdrage("Anna", "", [["Zelfredzaamheid", "Mensen redden zich zelf", true], ["Solidariteit", "", true]], [], {
      principes: [{ id: "p1", title: "Eerst de vraag achter de vraag", onderbouwing: "", meetlat: "" }],
      resultaten: [res("jongeren tussen 16 en 23 jaar", "heeft een startkwalificatie", 80)],
    }),
    bijdrage("Bram", "", [["zelfredzaam", "Zo lang mogelijk thuis"], ["zelfredzaamheid", "dubbel bij één persoon"]], [], {
      principes: [{ id: "p1", title: "De vraag achter de vraag eerst", onderbouwing: "", meetlat: "" }],
      resultaten: [res("jongeren tussen 16 en 23 jaar", "heeft een startkwalificatie", 60)],
    }),
    bijdrage("Cas", "", [["Solidariteit", "Samen dragen", true], ["Vrijheid", ""]], [], {
      principes: [{ id: "p1", title: "Preventie boven curatie", onderbouwing: "", meetlat: "" }],
      resultaten: [res("ouderen", "minder eenzaam", null), res("Ouderen", "vaker meer contact", null)],
    }),
  ]);
  assert.equal(view.deelnemers, 3);
  const zelf = view.waarden.find((w) => w.key === termKey("zelfredzaam"));
  assert.equal(zelf?.count, 2, "counted once per person");
  assert.equal(zelf?.topCount, 1);
  assert.equal(zelf?.meanings.length, 3);
  assert.deepEqual(view.top3.map((w) => w.count), [2, 2, 1]);
  assert.equal(view.top3[0]?.label, "Solidariteit", "ties broken by top-3 marks");
  const clusters = view.principes.flatMap((t) => t.clusters);
  assert.equal(clusters.length, 2);
  assert.equal(clusters[0]?.length, 2);
  const jongeren = view.resultaten.find((r) => r.doelgroep.startsWith("jongeren"));
  assert.match(jongeren?.spanning ?? "", /60% tot 80%/);
  const ouderen = view.resultaten.find((r) => r.doelgroep.toLowerCase() === "ouderen");
  assert.equal(ouderen?.spanning, null, "one person's two results are no tension");
  assert.equal(richting("minder jongeren in de jeugdzorg"), "minder");
  assert.equal(richting("meer jongeren vinden werk"), "meer");
  assert.equal(richting("heeft werk"), null);
});

test("csvCell neutralises formulas and quotes separators; the CSV has one row per contribution per item", () => {
  assert.equal(csvCell("=SUM(A1)"), "'=SUM(A1)");
  assert.equal(csvCell("+31 6"), "'+31 6");
  assert.equal(csvCell("-1"), "'-1");
  assert.equal(csvCell("@cmd"), "'@cmd");
  assert.equal(csvCell("\tx"), "'\tx");
  assert.equal(csvCell("\rx"), "\"'\rx\"");
  assert.equal(csvCell('zeg "ja"; of nee'), '"zeg ""ja""; of nee"');
  assert.equal(csvCell("regel\nvolgende"), '"regel\nvolgende"');
  assert.equal(csvCell(4), "4");
  assert.equal(csvCell(null), "");
  assert.equal(csvCell("gewoon"), "gewoon");
  const list = [bijdrage("Anna", "", [["=HYPERLINK(\"x\")", "", true], ["Solidariteit", "samen; sterk"]], [["Solidariteit", 4]]), bijdrage("Bram", "", [["solidariteit", ""]])];
  const start = addFiles(null, [{ name: "b.json", text: JSON.stringify(makeBijeenkomstFile()) }]).atelier;
  assert.ok(start);
  const atelier = { ...start, bijdragen: list };
  const csv = toCsv(atelier, combine(list));
  const lines = csv.trimEnd().split("\r\n");
  assert.equal(lines[0], CSV_COLUMNS.map((c) => c.name).join(";"));
  assert.equal(lines.length, 1 + 4);
  assert.ok(lines.some((l) => l.includes(`'=HYPERLINK`)), "formula neutralised");
  assert.ok(lines.some((l) => l.includes('"samen; sterk"')));
  assert.ok(lines.some((l) => l.endsWith(";stelling;Solidariteit;;;4;;belang")), "a score says what it was asked for");
  assert.ok(lines.slice(1).every((l) => !l.includes(";Anna;") && !l.includes(";Bram;")), "no names unless asked");
  assert.ok(lines.filter((l) => l.includes(";waarde;")).every((l) => l.split(";")[5] !== ""), "waarden carry their group");
});

function makeBijeenkomstFile() {
  return bijeenkomst;
}

test("ophalen: each file on its own; broken, duplicate and foreign files get a line and the rest is read", () => {
  const a = bijdrage("Anna", "", [["Solidariteit", ""]]);
  const b = bijdrage("Bram", "", [["Vrijheid", ""]]);
  const werkboek = werkboekWith([["Veiligheid", ""]]);
  const other = makeBijdrage(werkboekWith([]), { ...bijeenkomst, id: "bk-ander", title: "Andere avond" }, { naam: "X", fractie: "", scores: [] });
  const { atelier, reports } = addFiles(null, [
    { name: "bijeenkomst.json", text: JSON.stringify(bijeenkomst) },
    { name: "anna.json", text: JSON.stringify(a) },
    { name: "kapot.json", text: '{"format": "raadskompas-bijdrage", ' },
    { name: "anna-kopie.json", text: JSON.stringify(a) },
    { name: "bram.json", text: JSON.stringify(b) },
    { name: "foto.json", text: '{"hallo": 1}' },
    { name: "ander.json", text: JSON.stringify(other) },
    { name: "werkboek.raadskompas.json", text: serializeWerkboek(werkboek) },
    { name: "werkboek2.raadskompas.json", text: serializeWerkboek({ ...werkboekWith([]), id: "wb-2" }) },
  ]);
  assert.ok(atelier);
  assert.deepEqual(atelier.bijdragen.map((x) => x.naam), ["Anna", "Bram", "Mijn werkboek", "Mijn werkboek (2)"]);
  assert.deepEqual(reports.map((r) => r.ok), [true, true, false, false, true, false, false, true, true]);
  assert.match(reports[2]?.message ?? "", /geen geldig JSON/);
  assert.match(reports[3]?.message ?? "", /staat er al in/);
  assert.match(reports[5]?.message ?? "", /geen bestand van Raadskompas/);
  assert.match(reports[6]?.message ?? "", /andere bijeenkomst/);
  // A bijdrage file with a wrong field names the field in Dutch.
  const bad = parseLeerateliersFile(JSON.stringify({ ...a, naam: "" }));
  assert.equal(bad.kind, "fout");
  // A whole werkboek keeps only the asked parts.
  const fromWb = atelier.bijdragen[2];
  assert.equal(fromWb?.waardemodellen.length, 0);
  assert.equal(fromWb?.preventie, null);
  // Reopening an exported atelier into itself adds nothing twice.
  const again = addFiles(atelier, [{ name: "atelier.json", text: JSON.stringify(atelier) }]);
  assert.equal(again.atelier?.bijdragen.length, 4);
});

test("a bijdrage holds only the asked parts and a chosen name; its file name carries name and bijeenkomst", () => {
  const w = werkboekWith([["Solidariteit", "x"]], { kwaliteitseisen: [{ id: "q", text: "geheim", principeIds: [] }] });
  const b = makeBijdrage({ ...w, toetsen: [] }, bijeenkomst, { naam: "Merel 42", fractie: "", scores: [{ stelling: "Solidariteit", score: 5 }, { stelling: "niet gevraagd", score: 1 }] });
  assert.equal(b.kwaliteitseisen.length, 0);
  assert.equal(b.scores.length, 1);
  assert.equal(JSON.stringify(b).includes("geheim"), false);
  assert.equal(bijdrageFileName(b), "merel-42-leeratelier-visie.raadskompas-bijdrage.json");
});

test("the raadsvisie is a normal werkboek that imports and gives toetsstenen", () => {
  const w = raadsvisieWerkboek("Raadsvisie sociaal domein", {
    waarden: [{ name: "Solidariteit", meaning: "Samen dragen" }, { name: " ", meaning: "" }],
    principes: [{ title: "Eerst de vraag achter de vraag", onderbouwing: "" }],
    resultaten: [{ id: "x", doelgroep: "jongeren", verandering: "heeft werk", target: 80, unit: "procent", baseline: "", year: 2030, bron: "" }],
  });
  const parsed = parseWerkboekFile(serializeWerkboek(w));
  assert.ok(parsed.ok);
  if (!parsed.ok) return;
  assert.equal(parsed.werkboek.version, CURRENT_VERSION);
  assert.deepEqual(toetsstenenFromVisie(parsed.werkboek.visie).map((t) => t.kind), ["waarde", "principe", "resultaat"]);
});

test("the combined document names nobody unless asked", () => {
  const list = [bijdrage("Anna", "", [["Solidariteit", "Samen dragen"]])];
  const atelier = { ...addFiles(null, [{ name: "b", text: JSON.stringify(bijeenkomst) }]).atelier!, bijdragen: list };
  const view = combine(list, bijeenkomst.stellingen);
  assert.equal(toMarkdown(combinedDocument(atelier, view)).includes("Anna"), false);
  assert.equal(toMarkdown(combinedDocument(atelier, view, { names: true })).includes("Anna"), true);
});

test("database version 2 adds the leeratelier store and keeps the werkboeken of version 1", async () => {
  globalThis.indexedDB = new IDBFactory();
  const { openDB } = await import("idb");
  const v1 = await openDB(STORAGE_KEYS.db, 1, { upgrade: (d) => void d.createObjectStore(STORAGE_KEYS.werkboeken, { keyPath: "id" }) });
  const w = createWerkboek("Oud werkboek");
  await v1.put(STORAGE_KEYS.werkboeken, { id: w.id, werkboek: w, revision: 3, deletedAt: null, exportedAt: null });
  v1.close();
  const { openStore } = await import("../../src/lib/werkboek/store.ts");
  const { openAtelierStore } = await import("../../src/lib/leeratelier/store.ts");
  const store = await openStore();
  const { werkboeken } = await store.list();
  assert.deepEqual(werkboeken.map((r) => [r.werkboek.name, r.revision]), [["Oud werkboek", 3]]);
  store.close();
  const ateliers = await openAtelierStore();
  const atelier = addFiles(null, [{ name: "b", text: JSON.stringify(bijeenkomst) }, { name: "a", text: JSON.stringify(bijdrage("Anna", "", [])) }]).atelier!;
  await ateliers.put(atelier);
  assert.equal((await ateliers.list())[0]?.bijdragen[0]?.naam, "Anna");
  ateliers.close();
});

test("the published JSON Schemas describe the bijeenkomst and bijdrage files", async () => {
  const { publishedJsonSchema } = await import("../../src/lib/werkboek/jsonSchema.ts");
  const { bijeenkomstV1Schema } = await import("../../src/schemas/bijeenkomst.ts");
  const { bijdrageV1Schema } = await import("../../src/schemas/bijdrage.ts");
  const bk = publishedJsonSchema(bijeenkomstV1Schema, { $id: "/schema/bijeenkomst.v1.json", title: "t", description: "d" }) as { required: string[]; properties: Record<string, { const?: string }> };
  assert.deepEqual(bk.required.sort(), ["createdAt", "format", "id", "onderdelen", "title", "version"]);
  assert.equal(bk.properties["format"]?.const, "raadskompas-bijeenkomst");
  const bd = publishedJsonSchema(bijdrageV1Schema, { $id: "/schema/bijdrage.v1.json", title: "t", description: "d" }) as { required: string[] };
  assert.ok(bd.required.includes("naam") && !bd.required.includes("fractie"), "fractie is optional");
});
