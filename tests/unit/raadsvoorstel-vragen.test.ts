import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { analyseRaadsvoorstel } from "../../src/lib/raadsvoorstel/analyse.ts";
import { CRITERIA } from "../../src/lib/raadsvoorstel/criteria.ts";
import { vragenVoorCollege } from "../../src/lib/raadsvoorstel/questions.ts";
import { toetsFromAnalyse } from "../../src/lib/raadsvoorstel/toets.ts";
import { toetsSchema } from "../../src/schemas/toets.ts";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "raadsvoorstellen");

describe("criteria data", () => {
  test("eight criteria S, A–G, each with 2–5 key questions, headings, aspects and a question for the college", () => {
    assert.deepEqual(
      CRITERIA.map((c) => c.id),
      ["S", "A", "B", "C", "D", "E", "F", "G"],
    );
    for (const c of CRITERIA) {
      assert.ok(c.keyQuestions.length >= 2 && c.keyQuestions.length <= 5, c.id);
      assert.ok(c.headings.length > 0 && c.aspects.length > 0, c.id);
      assert.match(c.question, /\?$/u);
      for (const a of c.aspects) assert.match(a.question, /\?$/u);
    }
  });
});

describe("vragenVoorCollege", () => {
  test("no questions for criteria that are aanwezig", () => {
    const text = readFileSync(join(FIXTURES, "01-heuvelrade-vroegsignalering.txt"), "utf8");
    const a = analyseRaadsvoorstel(text);
    const met = a.criteria.filter((c) => c.status === "aanwezig").map((c) => c.id);
    assert.ok(met.length >= 7, met.join(""));
    assert.deepEqual(
      vragenVoorCollege(a).filter((v) => v.criterionId !== undefined && met.includes(v.criterionId)),
      [],
    );
  });

  test("the seed's points are asked: tegenargumenten and other beleidsterreinen (B), doenvermogen (C), tussendoelen (E)", () => {
    const q = (id: string) => CRITERIA.find((c) => c.id === id)?.keyQuestions.join(" ") ?? "";
    assert.match(q("B"), /argumenten tegen/u);
    assert.match(q("B"), /andere beleidsterreinen/u);
    assert.match(q("C"), /doenvermogen/u);
    assert.match(q("E"), /tussendoelen/u);
    assert.match(q("G"), /Wie maakt die keuzes/u);
    assert.match(q("G"), /terug bij de raad/u);
  });

  test("afwezig gets the criterion's question, deels asks for the missing aspect", () => {
    const text = "Alternatieven\nWe hebben ook een voorlichtingscampagne overwogen.\n\nBesluit\nJa.";
    const vragen = vragenVoorCollege(analyseRaadsvoorstel(text));
    const d = vragen.filter((v) => v.criterionId === "D");
    assert.deepEqual(
      d.map((v) => v.id),
      ["D-reden"],
    );
    assert.match(d[0]?.text ?? "", /Waarom heeft het college de andere mogelijkheden laten vallen/u);
    const f = vragen.find((v) => v.criterionId === "F");
    assert.equal(f?.id, "F");
    assert.equal(f?.text, "Wat kost dit voorstel eenmalig en per jaar, en hoe wordt dat gedekt?");
  });

  test("toetsstenen that are not served get a question in the words of their kind", () => {
    const a = analyseRaadsvoorstel("Besluit\nIn te stemmen met de subsidie.", {
      toetsstenen: [
        { id: "w1", kind: "waarde", label: "Zelfredzaamheid", description: "" },
        { id: "p1", kind: "principe", label: "Eerst preventie", description: "" },
        { id: "r1", kind: "resultaat", label: "Minder eenzame ouderen", description: "" },
      ],
    });
    const t = vragenVoorCollege(a).filter((v) => v.toetssteenId !== undefined);
    assert.deepEqual(
      t.map((v) => v.text),
      [
        "Hoe houdt dit voorstel rekening met de waarde 'Zelfredzaamheid'?",
        "Hoe past dit voorstel bij het uitgangspunt 'Eerst preventie'?",
        "Wat draagt dit voorstel bij aan het resultaat 'Minder eenzame ouderen', en hoe zien we dat terug?",
      ],
    );
  });
});

describe("saved toets (src/schemas/toets.ts)", () => {
  const text = readFileSync(join(FIXTURES, "02-drechtmond-poh-jeugd.txt"), "utf8");
  const analyse = analyseRaadsvoorstel(text, {
    toetsstenen: [{ id: "w1", kind: "waarde", label: "Dichtbij", description: "hulp dicht bij huis" }],
  });
  const toets = toetsFromAnalyse({ id: "t1", text, analyse, now: "2026-05-01T10:00:00.000Z", vragen: vragenVoorCollege(analyse) });

  test("toetsFromAnalyse produces a record the schema accepts", () => {
    const parsed = toetsSchema.parse(toets);
    assert.equal(parsed.criteria.length, 8);
    assert.equal(parsed.title, "Praktijkondersteuner jeugd bij huisartsen");
    assert.ok(parsed.criteria.every((c) => c.status === c.autoStatus));
    assert.equal(parsed.toetsstenen[0]?.kind, "waarde");
    assert.ok(parsed.vragen.length > 0);
  });

  test("the schema rejects an unknown criterion, a bad date and an oversized text", () => {
    assert.equal(
      toetsSchema.safeParse({ ...toets, criteria: [{ id: "H", autoStatus: "deels", status: "deels" }] }).success,
      false,
    );
    assert.equal(toetsSchema.safeParse({ ...toets, createdAt: "gisteren" }).success, false);
    assert.equal(toetsSchema.safeParse({ ...toets, text: "x".repeat(2_000_001) }).success, false);
  });

  test("a toets saved before criterion G existed (S, A–F only) still reads, unchanged", () => {
    const old = { ...toets, criteria: toets.criteria.filter((c) => c.id !== "G") };
    assert.equal(old.criteria.length, 7);
    const parsed = toetsSchema.parse(JSON.parse(JSON.stringify(old)));
    assert.deepEqual(
      parsed.criteria.map((c) => c.id),
      ["S", "A", "B", "C", "D", "E", "F"],
    );
    assert.equal(parsed.meetingDate, "");
  });

  test("defaults fill in notes, toetsstenen and vragen", () => {
    const minimal = toetsSchema.parse({
      id: "t2",
      title: "Zwemles",
      createdAt: "2026-05-01T10:00:00Z",
      updatedAt: "2026-05-01T10:00:00Z",
      text: "…",
      criteria: [{ id: "S", autoStatus: "afwezig", status: "deels" }],
    });
    assert.deepEqual(minimal.criteria[0], { id: "S", autoStatus: "afwezig", status: "deels", notes: "" });
    assert.deepEqual([minimal.date, minimal.toetsstenen, minimal.vragen], ["", [], []]);
  });
});

describe("werkboek with a toets from before criterion G", () => {
  test("a v2 werkboek file with a toets of seven criteria imports, migrates and keeps that toets as it was", async () => {
    const { parseWerkboekFile } = await import("../../src/lib/werkboek/io.ts");
    const criteria = ["S", "A", "B", "C", "D", "E", "F"].map((id) => ({ id, autoStatus: "deels", status: id === "D" ? "aanwezig" : "deels", notes: "" }));
    const file = {
      format: "raadskompas-werkboek",
      version: 2,
      id: "wb-oud",
      name: "Fractie",
      createdAt: "2026-01-01T10:00:00.000Z",
      updatedAt: "2026-01-01T10:00:00.000Z",
      toetsen: [
        { id: "t-oud", title: "Zwemles", date: "3 maart 2026", createdAt: "2026-03-04T10:00:00.000Z", updatedAt: "2026-03-04T10:00:00.000Z", text: "Samenvatting\nKinderen leren zwemmen.", criteria },
      ],
    };
    const r = parseWerkboekFile(JSON.stringify(file));
    assert.ok(r.ok, r.ok ? "" : r.errors.join("; "));
    const t = r.werkboek.toetsen[0];
    assert.deepEqual(t?.criteria.map((c) => c.id), ["S", "A", "B", "C", "D", "E", "F"]);
    assert.equal(t?.criteria.find((c) => c.id === "D")?.status, "aanwezig");
    assert.equal(t?.meetingDate, "");
  });
});
