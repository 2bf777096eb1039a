import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { koerskaartGidsSchema, koerskaartLabels, type KoerskaartGids } from "../../src/schemas/koerskaartGids.ts";
import { koerskaartSheetSchema, koerskaartSheetsSchema, type KoerskaartSheet } from "../../src/schemas/koerskaartWerkblad.ts";
import { KOERSKAART_WERKBLADEN } from "../../src/vocabulary/koerskaartWerkbladen.ts";
import { CURRENT_VERSION, WERKBOEK_VERSIONS, werkboekV3Schema, type Werkboek } from "../../src/schemas/werkboek.ts";
import { bijdrageSchema } from "../../src/schemas/bijdrage.ts";
import { MIGRATIONS } from "../../src/lib/werkboek/migrate.ts";
import { parseWerkboekFile, serializeWerkboek } from "../../src/lib/werkboek/io.ts";
import { jsonSchemaFor } from "../../src/lib/werkboek/jsonSchema.ts";
import { createWerkboek } from "../../src/lib/werkboek/model.ts";
import { aantalIngevuld, isKoerskaartEmpty } from "../../src/lib/koerskaart/koerskaart.ts";
import { summarize } from "../../src/lib/werkboek/summary.ts";
import { koerskaartDocument } from "../../src/lib/koerskaart/koerskaartExport.ts";
import { werkboekDocument } from "../../src/lib/export/werkboek.ts";
import { toMarkdown } from "../../src/lib/export/markdown.ts";
import { toDocx } from "../../src/lib/export/docx.ts";
import { tidy, type WriteBlock } from "../../src/lib/export/document.ts";
import { bijdrageFromWerkboek, makeBijdrage, makeBijeenkomst, parseLeerateliersFile } from "../../src/lib/leeratelier/files.ts";
import { combine } from "../../src/lib/leeratelier/combine.ts";
import { combinedDocument } from "../../src/lib/leeratelier/export.ts";
import { ONDERDELEN, ONDERDEEL_PAGES } from "../../src/vocabulary/onderdelen.ts";
import { unzipBytes } from "../zip.ts";

const raw = (id: string): any => parse(readFileSync(`content/werkbladen/${id}.yaml`, "utf8"));
const GIDSEN = Object.fromEntries(KOERSKAART_WERKBLADEN.map((id) => [id, koerskaartGidsSchema.parse(raw(id))])) as Record<(typeof KOERSKAART_WERKBLADEN)[number], KoerskaartGids>;
const ARMOEDE = GIDSEN["armoede-en-schulden"];

/** A worksheet with something in every part: two keuzes, a renamed row with a cell, an added row, an evaluation answer. */
function filledSheet(g: KoerskaartGids, koers = "Ambtshalve toekennen, zonder aanvraag"): KoerskaartSheet {
  const [k1, k2] = g.keuzes;
  const [c1, c2] = g.matrix.kolommen;
  return koerskaartSheetSchema.parse({
    keuzes: { [k1!.id]: { nu: "Een regeling met weinig bereik", koers }, [k2!.id]: { waarom: "Het bereik is te laag" } },
    matrix: [
      { id: "m1", label: g.matrix.rijen[0], cellen: { [c1!.id]: "Wat er al is in rij één" } },
      { id: "m2", label: "Statushouders", cellen: { [c2!.id]: "Taalcafé in de bibliotheek" } },
    ],
    evaluatie: { [g.evaluatievragen[0]!.id]: "Nog niet: de helft bereikt" },
  });
}

test("every koerskaart worksheet guide fits the schema, names its own card and exists for every listed card", () => {
  const files = readdirSync("content/werkbladen").filter((f) => f.endsWith(".yaml")).map((f) => f.replace(/\.yaml$/, ""));
  for (const id of KOERSKAART_WERKBLADEN) {
    assert.ok(files.includes(id), `content/werkbladen/${id}.yaml ontbreekt`);
    assert.equal(GIDSEN[id].kaart, id);
    assert.ok(readdirSync("content/koerskaarten").includes(`${id}.mdx`), `geen koerskaart ${id}`);
  }
});

test("the guide schema refuses a duplicate keuze, an unknown 'moet', a keuze without question and a missing field hint", () => {
  const problems = (data: unknown) => {
    const r = koerskaartGidsSchema.safeParse(data);
    assert.equal(r.success, false);
    return r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n");
  };
  const dup = raw("armoede-en-schulden");
  dup.keuzes[1].id = dup.keuzes[0].id;
  assert.match(problems(dup), /keuze "plan-schuldhulp" komt twee keer voor/);
  const moet = raw("armoede-en-schulden");
  moet.keuzes[0].moet = "misschien";
  assert.match(problems(moet), /keuzes\.0\.moet: kies ja, deels, nee/);
  const vraag = raw("veilig-opgroeien");
  vraag.keuzes[0].vraag = "Schrijf de doelen op.";
  assert.match(problems(vraag), /keuzes\.0\.vraag: een keuze eindigt met een vraag/);
  const veld = raw("langer-thuis-wonen");
  delete veld.velden.kosten;
  assert.match(problems(veld), /velden\.kosten/);
  const kolom = raw("eenzaamheid-en-meedoen");
  kolom.matrix.kolommen[0].id = "Ontmoeten";
  assert.match(problems(kolom), /matrix\.kolommen\.0\.id: gebruik kleine letters/);
});

test("saved answers: a filled sheet validates; odd keys, over-long cells and too many koerskaarten are refused", () => {
  const sheet = filledSheet(ARMOEDE);
  assert.equal(sheet.keuzes["plan-schuldhulp"]?.kosten, "", "missing fields get their default");
  assert.equal(koerskaartSheetSchema.safeParse({ keuzes: { "Geen Id": { nu: "x" } } }).success, false);
  assert.equal(koerskaartSheetSchema.safeParse({ matrix: [{ id: "m", label: "x", cellen: { inkomen: "x".repeat(2001) } }] }).success, false);
  const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`kaart-${i}`, {}]));
  assert.equal(koerskaartSheetsSchema.safeParse(many).success, false);
  assert.equal(koerskaartSheetsSchema.safeParse(Object.fromEntries(Object.entries(many).slice(0, 20))).success, true);
});

test("a version 3 file imports unchanged: every v3 part equal, koerskaarten empty; the v3 JSON Schema stays published", () => {
  const v3 = {
    format: "raadskompas-werkboek",
    version: 3,
    id: "wb-v3",
    name: "Werkboek van vorige maand",
    createdAt: "2026-09-01T10:00:00.000Z",
    updatedAt: "2026-10-02T10:00:00.000Z",
    visie: { waarden: [{ id: "w1", name: "Bestaanszekerheid", meaning: "Iedereen kan rondkomen", top: true }] },
    preventie: { keuzes: { beschermen: { effect: "Minder schooluitval" } }, matrix: [{ id: "r1", doelgroep: "Jeugd", cellen: { beschermen: "Opvoedsteun" } }] },
    staalkaartNotities: { wgs: { notities: "Vraag naar de wachttijd" } },
    toetsen: [],
    sturing: { beleidscyclus: { thema: "Armoede" } },
    duiden: [],
  };
  assert.equal(CURRENT_VERSION, 4);
  assert.ok(MIGRATIONS[3], "een stap van 3 naar 4");
  const r = parseWerkboekFile(JSON.stringify(v3));
  assert.ok(r.ok, r.ok ? "" : r.errors.join("; "));
  assert.equal(r.migratedFrom, 3);
  const { version, koerskaarten, ...rest } = r.werkboek;
  assert.equal(version, 4);
  assert.deepEqual(koerskaarten, {});
  const { version: _v3, ...expected } = werkboekV3Schema.parse(v3);
  assert.deepEqual(rest, expected, "alles uit versie 3 komt ongewijzigd over");
  assert.equal(r.werkboek.updatedAt, v3.updatedAt, "migreren is geen bewerking");

  const v3Schema = jsonSchemaFor(WERKBOEK_VERSIONS[3], 3) as { properties: Record<string, unknown> };
  const v4Schema = jsonSchemaFor(WERKBOEK_VERSIONS[4], 4) as { $id: string; properties: Record<string, { propertyNames?: { pattern?: string } }> };
  assert.equal(v3Schema.properties["koerskaarten"], undefined);
  assert.equal(v4Schema.$id, "/schema/werkboek.v4.json");
  assert.ok(v4Schema.properties["koerskaarten"]?.propertyNames?.pattern, "koerskaart-ids zijn in het schema beschreven");
});

test("a werkboek with koerskaart answers survives export and import", () => {
  const w: Werkboek = { ...createWerkboek("Rondje"), koerskaarten: { "armoede-en-schulden": filledSheet(ARMOEDE) } };
  const back = parseWerkboekFile(serializeWerkboek(w));
  assert.ok(back.ok);
  assert.deepEqual(back.werkboek.koerskaarten, w.koerskaarten);
});

test("export: Markdown and Word hold the answers, the matrix with its gaps and the evaluation", async () => {
  const doc = koerskaartDocument(filledSheet(ARMOEDE), ARMOEDE, "Fractie");
  const md = toMarkdown(doc).replace(/\\([!-/:-@[-`{-~])/g, "$1");
  for (const expected of [
    "# Fractie — koerskaart armoede en schulden",
    "## Onze keuzes",
    "### Plan schuldhulpverlening (wettelijk verplicht)",
    "**Onze koers:** Ambtshalve toekennen, zonder aanvraag",
    "### Verordening individuele inkomenstoeslag (wettelijk verplicht)",
    "**Waarom deze koers?** Het bereik is te laag",
    "## Keuzematrix",
    "| Doelgroep | Inkomen aanvullen | Schulden voorkomen en oplossen | Meedoen mogelijk maken |",
    "| Statushouders | — | Taalcafé in de bibliotheek | — |",
    "4 van 6 vakken zijn leeg.",
    "## Evalueren en bijsturen",
    "Nog niet: de helft bereikt",
  ]) {
    assert.ok(md.includes(expected), `niet in de Markdown: ${expected}\n${md}`);
  }
  assert.doesNotMatch(md, /Bijzondere bijstand \(deels/, "een keuze zonder antwoord blijft weg");
  const xml = unzipBytes(await toDocx(doc)).get("word/document.xml")?.toString("utf8") ?? "";
  for (const expected of ["Plan schuldhulpverlening (wettelijk verplicht)", "Ambtshalve toekennen, zonder aanvraag", "Taalcafé in de bibliotheek", "Nog niet: de helft bereikt"]) {
    assert.ok(xml.includes(expected), `niet in Word: ${expected}`);
  }
});

test("an empty worksheet prints as a paper worksheet: every keuze with its question, every row with its columns", () => {
  for (const g of Object.values(GIDSEN)) {
    const doc = tidy(koerskaartDocument({ keuzes: {}, matrix: [], evaluatie: {} }, g, "Leeg"));
    assert.equal(doc.blocks.some((b) => b.type === "table"), false, "geen raster vol streepjes");
    const writes = doc.blocks.filter((b): b is WriteBlock => b.type === "write");
    const labels = writes.flatMap((w) => [w.title ?? "", ...w.items.map((i) => i.label)]).join("\n");
    for (const k of g.keuzes) assert.ok(labels.includes(k.vraag) && labels.includes(k.bron), `${g.kaart}: ${k.id}`);
    for (const r of g.matrix.rijen) assert.ok(labels.includes(`${g.matrix.rijlabel}: ${r}`), `${g.kaart}: rij ${r}`);
    for (const q of g.evaluatievragen) assert.ok(labels.includes(q.question), `${g.kaart}: ${q.id}`);
    assert.ok(writes.every((w) => w.items.every((i) => i.lines >= 1)), "ruimte om te schrijven");
  }
});

test("the whole-werkboek export holds each filled koerskaart worksheet and leaves empty ones out", () => {
  const empty = createWerkboek("Fractie");
  const koerskaartGidsen = KOERSKAART_WERKBLADEN.map((id) => koerskaartLabels(GIDSEN[id]));
  const md0 = toMarkdown(werkboekDocument(empty, { staalkaarten: [], koerskaartGidsen }));
  assert.doesNotMatch(md0, /Koerskaart /);
  const renamedOnly: KoerskaartSheet = { keuzes: {}, matrix: [{ id: "m", label: "Alleen hernoemd", cellen: {} }], evaluatie: {} };
  const w: Werkboek = { ...empty, koerskaarten: { "veilig-opgroeien": filledSheet(GIDSEN["veilig-opgroeien"], "Een vaste norm van vier weken"), "langer-thuis-wonen": renamedOnly } };
  const md = toMarkdown(werkboekDocument(w, { staalkaarten: [], koerskaartGidsen }));
  assert.match(md, /## Koerskaart veilig opgroeien/);
  assert.match(md, /### Onze keuzes/);
  assert.match(md, /Een vaste norm van vier weken/);
  assert.doesNotMatch(md, /Koerskaart langer thuis wonen/, "alleen een hernoemde rij is nog geen antwoord");
  assert.equal(isKoerskaartEmpty(renamedOnly), true);
  // Two keuzes, two matrix cells, one evaluation answer.
  assert.equal(aantalIngevuld(w.koerskaarten["veilig-opgroeien"]), 5);
});

test("the home page's summary lists the koerskaart worksheets that hold an answer", () => {
  const w = { ...createWerkboek("Thuis"), koerskaarten: { "eenzaamheid-en-meedoen": filledSheet(GIDSEN["eenzaamheid-en-meedoen"]), "armoede-en-schulden": { keuzes: {}, matrix: [{ id: "m", label: "Hernoemd", cellen: {} }], evaluatie: {} } } };
  assert.deepEqual(summarize({ werkboek: w })?.koerskaarten, ["eenzaamheid-en-meedoen"]);
  const metPreventie = { ...w, preventie: { ...w.preventie, evaluatie: { "evaluatie-waarde": "Ja" } } };
  assert.deepEqual(summarize({ werkboek: metPreventie })?.koerskaarten, ["preventie", "eenzaamheid-en-meedoen"]);
  assert.deepEqual(summarize({ werkboek: { name: "Oud", updatedAt: "2026-01-01T00:00:00.000Z" } })?.koerskaarten, [], "a record without the part counts nothing");
});

test("leeratelier: a bijeenkomst can ask for each koerskaart worksheet; the bijdrage carries only what was asked", () => {
  for (const id of KOERSKAART_WERKBLADEN) {
    assert.ok(ONDERDELEN.includes(id));
    assert.equal(ONDERDEEL_PAGES[id], `/kennis/koerskaarten/${id}/#werkblad`);
  }
  const w: Werkboek = {
    ...createWerkboek("Anna"),
    koerskaarten: { "armoede-en-schulden": filledSheet(ARMOEDE), "veilig-opgroeien": filledSheet(GIDSEN["veilig-opgroeien"]) },
  };
  const bk = makeBijeenkomst({ title: "Armoede", date: "", onderdelen: ["waarden", "armoede-en-schulden"], startvraag: "", fracties: [], stellingen: [], vraagsoort: "belang" });
  const b = makeBijdrage(w, bk, { naam: "Anna", fractie: "", scores: [] });
  assert.deepEqual(Object.keys(b.koerskaarten), ["armoede-en-schulden"]);
  assert.deepEqual(b.koerskaarten["armoede-en-schulden"], w.koerskaarten["armoede-en-schulden"]);
  const zonder = makeBijdrage(w, { ...bk, onderdelen: ["waarden"] }, { naam: "Anna", fractie: "", scores: [] });
  assert.deepEqual(zonder.koerskaarten, {});
  // A whole werkboek dropped by the griffier brings all its koerskaart worksheets.
  assert.deepEqual(Object.keys(bijdrageFromWerkboek(w).koerskaarten).sort(), ["armoede-en-schulden", "veilig-opgroeien"]);
  // A bijdrage written before the koerskaarten existed still reads.
  const { koerskaarten: _k, ...old } = zonder;
  const parsed = parseLeerateliersFile(JSON.stringify(old));
  assert.equal(parsed.kind, "bijdrage");
  assert.deepEqual(parsed.kind === "bijdrage" ? parsed.bijdrage.koerskaarten : null, {});
  assert.equal(bijdrageSchema.safeParse({ ...b, koerskaarten: { "Geen id": {} } }).success, false);
});

test("leeratelier: two bijdragen combine per keuze (similar koersen clustered), per matrix row and per evaluation question", () => {
  const bk = makeBijeenkomst({ title: "Armoede", date: "", onderdelen: ["armoede-en-schulden"], startvraag: "", fracties: [], stellingen: [], vraagsoort: "belang" });
  const anna = makeBijdrage({ ...createWerkboek("A"), koerskaarten: { "armoede-en-schulden": filledSheet(ARMOEDE, "Ambtshalve toekennen zonder aanvraag") } }, bk, { naam: "Anna", fractie: "", scores: [] });
  const bramSheet = filledSheet(ARMOEDE, "Toekennen zonder aanvraag, ambtshalve");
  // Bram wrote the same row label in his own spelling, and filled a column Anna left open.
  bramSheet.matrix = [{ id: "x", label: "kinderen in gezinnen met een laag inkomen", cellen: { meedoen: "Kindpakket" } }];
  bramSheet.evaluatie = { "evaluatie-armoedeval": "Ja, bij 130%" };
  const bram = makeBijdrage({ ...createWerkboek("B"), koerskaarten: { "armoede-en-schulden": bramSheet } }, bk, { naam: "Bram", fractie: "", scores: [] });
  const leeg = makeBijdrage(createWerkboek("C"), bk, { naam: "Cas", fractie: "", scores: [] });

  const view = combine([anna, bram, leeg]);
  assert.equal(view.koerskaarten.length, 1);
  const k = view.koerskaarten[0]!;
  assert.equal(k.id, "armoede-en-schulden");
  assert.deepEqual(k.deelnemers.map((d) => d.naam), ["Anna", "Bram"], "wie niets invulde, telt niet mee");
  const plan = k.keuzes.find((x) => x.id === "plan-schuldhulp");
  assert.equal(plan?.antwoorden.length, 2);
  assert.equal(plan?.koersen.length, 1, "twee koersen met dezelfde woorden vormen één groep");
  assert.equal(plan?.koersen[0]?.length, 2);
  const rij = k.matrix.find((r) => r.label.toLowerCase() === "kinderen in gezinnen met een laag inkomen");
  assert.ok(rij, "dezelfde rij in een andere schrijfwijze is één rij");
  assert.deepEqual(rij.variants.length, 2);
  assert.deepEqual(rij.cellen["inkomen"]?.map((t) => t.naam), ["Anna"]);
  assert.deepEqual(rij.cellen["meedoen"]?.map((t) => t.text), ["Kindpakket"]);
  assert.deepEqual(k.evaluatie.map((e) => e.id).sort(), ["evaluatie-armoedeval", "evaluatie-bereik"]);

  const atelier = { format: "raadskompas-leeratelier" as const, version: 1 as const, id: bk.id, bijeenkomst: bk, bijdragen: [anna, bram, leeg], updatedAt: bk.createdAt };
  const labels = [koerskaartLabels(ARMOEDE)];
  const md = toMarkdown(combinedDocument(atelier, view, { names: false, koerskaarten: labels })).replace(/\\([!-/:-@[-`{-~])/g, "$1");
  for (const expected of ["## Koerskaart armoede en schulden", "2 deelnemers vulden dit werkblad in.", "Plan schuldhulpverlening (wettelijk verplicht): 2 antwoorden.", "— 2 personen", "| Doelgroep | Inkomen aanvullen |", "Kindpakket", "Gaan huishoudens er bij een hoger inkomen op vooruit", "Ja, bij 130%"]) {
    assert.ok(md.includes(expected), `niet in het verslag: ${expected}`);
  }
  assert.doesNotMatch(md, /Anna/, "geen namen tenzij gevraagd");
  assert.match(toMarkdown(combinedDocument(atelier, view, { names: true, koerskaarten: labels })), /Anna/);
});
