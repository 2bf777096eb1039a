import { test } from "node:test";
import assert from "node:assert/strict";
import { addFiles, makeBijdrage, makeBijeenkomst, parseLeerateliersFile } from "../../src/lib/leeratelier/files.ts";
import { combine } from "../../src/lib/leeratelier/combine.ts";
import { combinedDocument, participantPages, toCsv, dataCardBlocks } from "../../src/lib/leeratelier/export.ts";
import { trustedBijeenkomst } from "../../src/lib/leeratelier/savedBijeenkomst.ts";
import { gevolgenVanWijziging, invoerVan, voorbereidingVan } from "../../src/lib/leeratelier/voorbereiding.ts";
import { toMarkdown } from "../../src/lib/export/markdown.ts";
import { createWerkboek } from "../../src/lib/werkboek/model.ts";
import { sampleFiles } from "../fixtures/leeratelier.ts";
import type { Bijeenkomst } from "../../src/schemas/bijeenkomst.ts";
import type { Vraagsoort } from "../../src/lib/leeratelier/vraagsoort.ts";

const base = { title: "Dialoogavond zorg", date: "2027-01-20", onderdelen: ["waarden" as const], startvraag: "", fracties: [], stellingen: ["Meer geld naar preventie"] };
const bk = (vraagsoort: Vraagsoort, now = new Date("2027-01-05T09:00:00Z")) => makeBijeenkomst({ ...base, vraagsoort }, now);
const w = createWerkboek("Mijn werkboek");
const answer = (b: Bijeenkomst, naam: string, score: number, fractie = "") => makeBijdrage(w, b, { naam, fractie, scores: [{ stelling: "Meer geld naar preventie", score }] });

test("old files (version 1) read as an importance scale, the way their question was worded", () => {
  const [bijeenkomstFile, bijdrageFile] = sampleFiles(1);
  const a = parseLeerateliersFile(bijeenkomstFile!.text);
  assert.equal(a.kind, "bijeenkomst");
  if (a.kind !== "bijeenkomst") return;
  assert.deepEqual([a.bijeenkomst.version, a.bijeenkomst.vraagsoort, a.bijeenkomst.revisie], [2, "belang", 1]);
  const b = parseLeerateliersFile(bijdrageFile!.text);
  assert.equal(b.kind === "bijdrage" && b.bijdrage.vraagsoort, "belang");
  // A stored version 1 is not trusted as it is: it goes through the schema, which migrates it.
  assert.equal(trustedBijeenkomst(bijeenkomstFile!.text), null);
  assert.equal(trustedBijeenkomst(JSON.stringify(bk("instemming")))?.vraagsoort, "instemming");
});

test("an importance scale is never reported as agreement, on any export", () => {
  const b = bk("belang");
  const list = [answer(b, "A", 5), answer(b, "B", 1), answer(b, "C", 5)];
  const view = combine(list, b.stellingen, b.vraagsoort);
  assert.equal(view.stellingen[0]?.soort, "belang");
  const atelier = { ...addFiles(null, [{ name: "b", text: JSON.stringify(b) }]).atelier!, bijdragen: list };
  const md = toMarkdown(combinedDocument(atelier, view));
  const stellingen = md.slice(md.indexOf("Stellingen"), md.indexOf("Leidende principes"));
  assert.match(stellingen, /Hoe belangrijk\?/);
  assert.match(stellingen, /schatting belangrijk/);
  assert.doesNotMatch(stellingen, /\b(eens|oneens|verdeeld)\b/i);
  const csv = toCsv(atelier, view);
  assert.ok(csv.split("\r\n").filter((l) => l.includes(";stelling;")).every((l) => l.endsWith(";belang")));
  const pages = participantPages(atelier, { names: false });
  assert.match(JSON.stringify(pages[0]?.blocks), /Hoe belangrijk\?.*1 = niet belangrijk/);

  const i = bk("instemming");
  const agreed = [answer(i, "A", 5), answer(i, "B", 1), answer(i, "C", 4)];
  const md2 = toMarkdown(combinedDocument({ ...atelier, bijeenkomst: i, bijdragen: agreed }, combine(agreed, i.stellingen, i.vraagsoort)));
  assert.match(md2, /Eens of oneens\?/);
  assert.match(md2, /schatting eens/);
});

test("scores asked in two ways for one stelling stay apart", () => {
  const eerst = bk("belang");
  const later = makeBijeenkomst({ ...base, vraagsoort: "instemming" }, new Date("2027-01-06T09:00:00Z"), eerst);
  const list = [answer(eerst, "A", 5), answer(eerst, "B", 5), answer(later, "C", 1)];
  const view = combine(list, later.stellingen, later.vraagsoort);
  assert.deepEqual(view.stellingen.map((s) => [s.soort, s.all.n]).sort(), [["belang", 2], ["instemming", 1]]);
});

test("a bijeenkomst opened again keeps its id and counts up; bijdragen for the earlier version still fit", () => {
  const v1 = bk("belang");
  const form = voorbereidingVan(v1);
  assert.equal(form.stellingen, "Meer geld naar preventie");
  const v2 = makeBijeenkomst(invoerVan({ ...form, startvraag: "Wat is goede zorg?" }), new Date("2027-01-10T12:00:00Z"), v1);
  assert.deepEqual([v2.id, v2.createdAt, v2.revisie], [v1.id, v1.createdAt, 2]);
  const { atelier, reports } = addFiles(null, [
    { name: "bijeenkomst-v2.json", text: JSON.stringify(v2) },
    { name: "anna.json", text: JSON.stringify(answer(v1, "Anna", 4)) },
    { name: "bijeenkomst-v1.json", text: JSON.stringify(v1) },
  ]);
  assert.equal(atelier?.bijdragen.length, 1);
  assert.match(reports[1]?.message ?? "", /versie 1 van de bijeenkomst; nu is het versie 2/);
  assert.equal(reports[2]?.ok, false, "an older copy does not undo the changes");
  assert.equal(atelier?.bijeenkomst.startvraag, "Wat is goede zorg?");
});

test("a bijdrage for a bijeenkomst prepared anew under the same title is refused with what differs", () => {
  const oud = bk("belang", new Date("2027-01-05T09:00:00Z"));
  const nieuw = bk("belang", new Date("2027-01-12T15:30:00Z"));
  const { reports } = addFiles(null, [
    { name: "bijeenkomst.json", text: JSON.stringify(nieuw) },
    { name: "anna.json", text: JSON.stringify(answer(oud, "Anna", 4)) },
  ]);
  const m = reports[1]?.message ?? "";
  assert.equal(reports[1]?.ok, false);
  assert.match(m, /voorbereid op 5 januari 2027 om \d\d:\d\d \(deze bijeenkomst: 12 januari 2027 om \d\d:\d\d\)/);
  assert.match(m, /opnieuw is voorbereid in plaats van geopend en aangepast/);
  assert.doesNotMatch(m, /titel is/, "the title is the same, so it is not named as a difference");
});

test("changing the stellingen or their soort after bijdragen came in is named before saving", () => {
  const v1 = bk("belang");
  const form = voorbereidingVan(v1);
  assert.deepEqual(gevolgenVanWijziging(v1, form), []);
  const g = gevolgenVanWijziging(v1, { ...form, stellingen: "Meer geld naar de wijk", vraagsoort: "instemming" });
  assert.equal(g.length, 2);
  assert.match(g[0] ?? "", /"Meer geld naar preventie"/);
});

test("names only when the griffier turned them on: CSV, print per participant, and the export says so", () => {
  const b = bk("instemming");
  const list = [answer(b, "Anna de Vries", 5, "VVD"), answer(b, "Bram", 2, "VVD"), answer(b, "Cor", 4, "VVD"), answer(b, "Dirk", 1, "CDA")];
  const view = combine(list, b.stellingen, b.vraagsoort);
  const atelier = { ...addFiles(null, [{ name: "b", text: JSON.stringify(b) }]).atelier!, bijdragen: list };
  const zonder = toCsv(atelier, view, { names: false });
  assert.equal(/Anna|Bram|Cor|Dirk/.test(zonder), false);
  assert.match(zonder, /;deelnemer 1;VVD;/);
  assert.match(zonder, /;deelnemer 4;overig;/, "a fractie of one is not named");
  assert.match(toCsv(atelier, view, { names: true }), /;Anna de Vries;VVD;/);

  const anoniem = JSON.stringify(participantPages(atelier, { names: false }));
  assert.equal(/Anna|Bram|Cor|Dirk|VVD|CDA/.test(anoniem), false);
  assert.match(anoniem, /Deelnemer 1/);
  assert.match(anoniem, /Zonder namen/);
  const met = participantPages(atelier, { names: true });
  assert.match(JSON.stringify(met[0]?.blocks), /Anna de Vries \(VVD\)/);
  assert.equal(JSON.stringify(met[3]?.blocks).includes("CDA"), false, "fractie of one person stays out, also with names");

  assert.match(toMarkdown(combinedDocument(atelier, view)), /zonder namen/);
  assert.match(JSON.stringify(dataCardBlocks({ names: false })), /Zonder namen/);
  assert.match(JSON.stringify(dataCardBlocks({ names: true })), /Met namen/);
});
