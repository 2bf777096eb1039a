import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { duidenSheetSchema, type DuidenSheet } from "../../src/schemas/duiden.ts";
import { duidenGidsSchema } from "../../src/schemas/duidenGids.ts";
import { resultaatSchema } from "../../src/schemas/visie.ts";
import { werkboekSchema } from "../../src/schemas/werkboek.ts";
import { chartModel, dataTable, niceTicks, standTekst } from "../../src/lib/duiden/chart.ts";
import { duidenDocument, emptySheet } from "../../src/lib/duiden/sheet.ts";
import { voorbeeldSheet } from "../../src/lib/duiden/voorbeeld.ts";
import { toMarkdown } from "../../src/lib/export/markdown.ts";
import { toDocx } from "../../src/lib/export/docx.ts";
import { createWerkboek } from "../../src/lib/werkboek/model.ts";
import { parseWerkboekFile, serializeWerkboek } from "../../src/lib/werkboek/io.ts";
import { unzipBytes } from "../zip.ts";

const gids = duidenGidsSchema.parse(parse(readFileSync(new URL("../../content/werkbladen/duiden.yaml", import.meta.url), "utf8")));

function sheet(over: Partial<DuidenSheet> = {}): DuidenSheet {
  return {
    ...emptySheet("d1"),
    title: "Wmo-cliënten",
    data: {
      periodes: ["2021", "2022", "2023"],
      reeksen: [
        { id: "r1", naam: "Borger-Odoorn", eenheid: "aantal", waarden: [240, 260, null], inwoners: 26_000 },
        { id: "r2", naam: "Coevorden", eenheid: "aantal", waarden: [300, 310, 330], inwoners: 35_000 },
        { id: "r3", naam: "Emmen", eenheid: "aantal", waarden: [1000, 1100, 1150], inwoners: 107_000 },
      ],
    },
    ...over,
  };
}

test("the example set is the seed's Borger-Odoorn table, sorted by year", () => {
  const v = voorbeeldSheet("v", gids);
  assert.deepEqual(v.data.periodes, ["2018", "2019", "2021", "2022"]);
  assert.equal(v.fromVoorbeeld, true);
  const hh = v.data.reeksen.find((r) => r.naam === "Huishoudelijke hulp · inwoners");
  assert.deepEqual(hh?.waarden, [990, 954, 1050, 1052]);
  assert.equal(v.getoond.length, 4);
  duidenSheetSchema.parse(v);
});

test("per 1.000 inwoners: each row by its own population; unknown stays unknown", () => {
  const m = chartModel(sheet({ perInwoners: "1000" }));
  assert.equal(m.unit, "aantal per 1.000 inwoners");
  assert.deepEqual(m.series[0]?.waarden.map((v) => (v === null ? null : Math.round(v * 1000) / 1000)), [9.231, 10, null]);
  const without = chartModel(sheet({ perInwoners: "10000", data: { ...sheet().data, reeksen: [{ ...sheet().data.reeksen[0]!, inwoners: null }] } }));
  assert.deepEqual(without.zonderInwoners, ["Borger-Odoorn"]);
  assert.deepEqual(without.series[0]?.waarden, [240, 260, null], "no population: the figures stay absolute, and the user is told");
});

test("comparison band: lowest to highest of the chosen group, per inwoners", () => {
  const m = chartModel(sheet({ grafiek: "band", perInwoners: "1000", vergelijking: { eigenId: "r1", groep: "Buurgemeenten", groepIds: ["r2", "r3"], laag: [], hoog: [] } }));
  assert.equal(m.series.length, 1);
  assert.equal(m.band?.naam, "Buurgemeenten");
  const lo = m.band?.laag.map((v) => (v === null ? null : Math.round(v * 100) / 100));
  assert.deepEqual(lo, [8.57, 8.86, 9.43]);
  assert.match(m.desc, /grijze band is Buurgemeenten/);
  const head = dataTable(m).head;
  assert.deepEqual(head, ["Periode", "Borger-Odoorn", "Buurgemeenten: laagste", "Buurgemeenten: hoogste"]);
});

test("a band typed by hand when the group is not in the table", () => {
  const m = chartModel(sheet({ grafiek: "band", vergelijking: { eigenId: "r1", groep: "Grootteklasse 20.000–50.000", groepIds: [], laag: [200, 210, 220], hoog: [280, null, 300] } }));
  assert.deepEqual(m.band?.hoog, [280, null, 300]);
});

test("the description says the trend in words, and unknown figures are named", () => {
  const m = chartModel(sheet());
  assert.match(m.desc, /^Lijngrafiek van 2021 tot en met 2023, in aantal\./);
  assert.match(m.desc, /Borger-Odoorn: van 240 in 2021 naar 260 in 2022 \(\+8,3%\)\. Eén cijfer is onbekend\./);
});

test("latest figure and trend for a linked resultaat", () => {
  assert.equal(standTekst(sheet()), "Laatste cijfer van Borger-Odoorn: 260 (2022). Het stijgt: in 2021 was het 240.");
  assert.equal(standTekst(emptySheet("x")), null);
  assert.match(standTekst(sheet({ perInwoners: "1000" })) ?? "", /: 10 per 1\.000 inwoners \(2022\)/);
});

test("axis ticks are round and cover the data", () => {
  assert.deepEqual(niceTicks(0, 1052), [0, 250, 500, 750, 1000, 1250]);
  assert.deepEqual(niceTicks(5, 5), [0, 1, 2, 3, 4, 5]);
});

test("export: Markdown has the data table and the answers; Word has the chart as a picture", async () => {
  const s = sheet({ bron: "CBS StatLine", antwoorden: { zien: "Een stijging.", verklaring: "", nietWeten: "Het cijfer over 2023.", betekenis: "", vraagCollege: "Waarom?" }, resultaatIds: ["res1"] });
  const resultaten = [resultaatSchema.parse({ id: "res1", doelgroep: "ouderen", verandering: "wonen langer thuis", target: 80 })];
  const md = toMarkdown(duidenDocument(s, gids, resultaten));
  assert.match(md, /\| 2021 \| 240 \| 300 \| 1\.000 \|/);
  assert.match(md, /\| Borger-Odoorn \| aantal \| 240 \| 260 \| onbekend \|/);
  assert.match(md, /\*Grafiek: Lijngrafiek/);
  assert.match(md, /- \*\*Wat zien we\?\*\* Een stijging\./);
  assert.match(md, /80% van de ouderen wonen langer thuis/);
  assert.match(md, /- \*\*Wat verklaart het\?\*\* —/, "an open question shows as open, in the fixed order");

  // A real 1×1 PNG, as the browser would hand over.
  const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==", "base64");
  const files = unzipBytes(await toDocx(duidenDocument(s, gids, resultaten, { bytes: png, width: 640, height: 380 })));
  const media = [...files.keys()].filter((f) => f.startsWith("word/media/"));
  assert.equal(media.length, 1);
  assert.deepEqual(files.get(media[0] ?? ""), png);
  const xml = files.get("word/document.xml")?.toString("utf8") ?? "";
  assert.match(xml, /<w:drawing>/);
  assert.match(xml, /descr="Lijngrafiek/);
  // Without a picture (no browser), Word still says what the chart shows.
  const plain = unzipBytes(await toDocx(duidenDocument(s, gids, resultaten)));
  assert.equal([...plain.keys()].filter((f) => f.startsWith("word/media/")).length, 0);
  assert.match(plain.get("word/document.xml")?.toString("utf8") ?? "", /Grafiek: Lijngrafiek/);
});

test("the werkboek keeps duiden sheets through export and import; old resultaten without a link stay valid", () => {
  const w = werkboekSchema.parse({ ...createWerkboek("Test"), duiden: [sheet()] });
  const back = parseWerkboekFile(serializeWerkboek(w));
  assert.ok(back.ok, back.ok ? "" : JSON.stringify(back));
  if (back.ok) assert.deepEqual(back.werkboek.duiden[0]?.data.reeksen[0]?.waarden, [240, 260, null]);
  // A resultaat from before the link existed parses without a duidenId; one with a link keeps it.
  assert.equal("duidenId" in resultaatSchema.parse({ id: "r" }), false);
  assert.equal(resultaatSchema.parse({ id: "r", duidenId: "d1" }).duidenId, "d1");
  // A figure is a number or null; the format refuses text where a figure belongs.
  assert.throws(() => duidenSheetSchema.parse({ id: "x", data: { periodes: ["2021"], reeksen: [{ id: "r1", waarden: ["12"] }] } }));
});

test("the whole-werkboek export includes the duiden sheets with their figures", async () => {
  const { werkboekDocument } = await import("../../src/lib/export/werkboek.ts");
  const w = werkboekSchema.parse({ ...createWerkboek("Fractie"), duiden: [sheet()] });
  const md = toMarkdown(werkboekDocument(w, { staalkaarten: [], duidenGids: gids }));
  assert.match(md, /## Cijfers duiden\n\n### Wmo-cliënten/);
  assert.match(md, /\| 2022 \| 260 \| 310 \| 1\.100 \|/);
});

test("the visie export shows the latest figure next to a linked resultaat", async () => {
  const { visieDocument } = await import("../../src/lib/visie/visieExport.ts");
  const w = werkboekSchema.parse({
    ...createWerkboek("Fractie"),
    duiden: [sheet()],
    visie: { resultaten: [{ id: "res1", doelgroep: "ouderen", verandering: "wonen langer thuis", target: 80, duidenId: "d1" }, { id: "res2", doelgroep: "jongeren", verandering: "doen mee", duidenId: "weg" }] },
  });
  const md = toMarkdown(visieDocument(w));
  assert.match(md, /\*\*Laatste cijfer:\*\* Laatste cijfer van Borger-Odoorn: 260 \(2022\)\. Het stijgt: in 2021 was het 240\./);
  assert.equal(md.match(/Laatste cijfer:/g)?.length, 1, "a link to a deleted sheet adds nothing");
});
