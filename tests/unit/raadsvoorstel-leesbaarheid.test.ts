import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyseRaadsvoorstel } from "../../src/lib/raadsvoorstel/analyse.ts";
import { countSyllables, fleschDouma, measureReadability, oordeel } from "../../src/lib/raadsvoorstel/readability.ts";

describe("countSyllables (Dutch)", () => {
  const known: Record<string, number> = {
    de: 1,
    kat: 1,
    zee: 1,
    fiets: 1,
    jeugd: 1,
    huis: 1,
    eeuw: 1,
    één: 1,
    nieuwe: 2,
    moeilijk: 2,
    mooie: 2,
    knieën: 2,
    lettergreep: 3,
    ideeën: 3,
    bijeenkomst: 3,
    sociaal: 3,
    ouderen: 3,
    gemeenteraad: 4,
    uitvoerbaarheid: 4,
    beïnvloeden: 4,
    situatie: 4,
    zwemdiploma: 4,
    financiële: 5,
    geëvalueerd: 5,
    toegankelijkheid: 5,
    coördinatie: 5,
    individueel: 5,
    organisatie: 5,
    publiekssamenvatting: 6,
  };
  for (const [word, n] of Object.entries(known)) {
    test(`${word} has ${n}`, () => assert.equal(countSyllables(word), n));
  }

  test("capitals and a word without vowels", () => {
    assert.equal(countSyllables("GEMEENTE"), 3);
    assert.equal(countSyllables("Wmo"), 1);
  });
});

describe("Flesch-Douma", () => {
  test("formula: 206.835 − 0.93 × ASL − 77 × syllables per word", () => {
    assert.equal(fleschDouma(6, 1, 6), 206.835 - 0.93 * 6 - 77);
    assert.equal(fleschDouma(0, 0, 0), 0);
  });

  test("known sentences", () => {
    const easy = "De kat zit op de mat.";
    const r1 = measureReadability(easy, [{ start: 0, end: easy.length }], "begin");
    assert.equal(r1.words, 6);
    assert.equal(r1.fleschDouma, 124.26); // 206.835 − 5.58 − 77
    // 12 words, 21 syllables: 206.835 − 0.93 × 12 − 77 × 21/12 = 60.925
    const plain = "De gemeente betaalt de zwemles voor kinderen uit gezinnen met weinig geld.";
    const r2 = measureReadability(plain, [{ start: 0, end: plain.length }], "begin");
    assert.equal(r2.words, 12);
    assert.ok(Math.abs(r2.fleschDouma - 60.93) < 0.01, String(r2.fleschDouma));
    assert.equal(r2.oordeel, "normaal");
  });

  test("bands", () => {
    assert.equal(oordeel(95), "zeer makkelijk");
    assert.equal(oordeel(65), "normaal");
    assert.equal(oordeel(40), "moeilijk");
    assert.equal(oordeel(-10), "zeer moeilijk");
  });
});

describe("readability in the analysis", () => {
  const text = [
    "Samenvatting",
    "Kinderen leren zwemmen. Dat is veilig. Onderhavig voorstel strekt ertoe de beleidsregels inzake de individuele inkomenstoeslag te harmoniseren met de regionale uitvoeringspraktijk. Ouders betalen niets.",
    "",
    "Besluit",
    "In te stemmen.",
  ].join("\n");

  test("measures the samenvatting, reports long words with their rule, and the hardest sentences", () => {
    const r = analyseRaadsvoorstel(text).readability;
    assert.equal(r.source, "samenvatting");
    assert.equal(r.sentences, 4);
    assert.equal(r.longWordRule, "woorden van 4 of meer lettergrepen");
    assert.ok(r.longWordShare > 0 && r.longWordShare < 1);
    assert.equal(r.hardestSentences.length, 3);
    assert.match(r.hardestSentences[0]?.text ?? "", /^Onderhavig voorstel/u);
    const scores = r.hardestSentences.map((h) => h.fleschDouma);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => a - b),
    );
  });

  test("without a samenvatting it measures the opening ~150 words, skipping title lines", () => {
    const long = [
      "Onderwerp: Zwemles",
      "",
      "Toelichting",
      ...Array.from({ length: 40 }, () => "Kinderen leren hier zwemmen in het bad."),
    ].join("\n");
    const r = analyseRaadsvoorstel(long).readability;
    assert.equal(r.source, "begin");
    assert.ok(r.words >= 150 && r.words < 170, String(r.words));
    assert.ok(!r.hardestSentences.some((h) => h.text.includes("Zwemles")));
  });
});

describe("klare taal calibration (issue 14)", () => {
  test("a six-sentence samenvatting of about ten words per sentence at Flesch-Douma ~60 is klare taal", async () => {
    const { analyseRaadsvoorstel } = await import("../../src/lib/raadsvoorstel/analyse.ts");
    const text = [
      "Samenvatting",
      "De gemeente wil dat ouderen langer thuis kunnen blijven wonen. " +
        "Daarom komen er in elke wijk meer plekken voor ontmoeting. " +
        "Vrijwilligers gaan vaker op bezoek bij ouderen die alleen wonen. " +
        "De huisarts en de wijkverpleging letten samen op signalen van eenzaamheid. " +
        "Het plan kost elk jaar ongeveer tweehonderdduizend euro extra geld. " +
        "Na twee jaar kijken we samen met ouderen of het werkt.",
      "",
      "Aanleiding",
      "Tekst.",
    ].join("\n");
    const a = analyseRaadsvoorstel(text);
    assert.equal(a.readability.sentences, 6);
    assert.ok(a.readability.averageSentenceLength <= 12, `${a.readability.averageSentenceLength}`);
    assert.ok(a.readability.fleschDouma >= 50 && a.readability.fleschDouma < 65, `${a.readability.fleschDouma}`);
    assert.equal(a.criteria.find((c) => c.id === "S")?.aspects.find((x) => x.id === "klaretaal")?.found, "ja");
  });

  test("the thresholds: short sentences need Flesch-Douma 45, sentences up to 20 words need 60; one sentence never", async () => {
    const { isKlareTaal, KLARE_TAAL_UITLEG } = await import("../../src/lib/raadsvoorstel/klareTaal.ts");
    const r = (fleschDouma: number, averageSentenceLength: number, sentences = 4) => ({ source: "samenvatting" as const, sentences, fleschDouma, averageSentenceLength });
    assert.equal(isKlareTaal(r(46, 14)), true);
    assert.equal(isKlareTaal(r(44, 14)), false);
    assert.equal(isKlareTaal(r(61, 19)), true);
    assert.equal(isKlareTaal(r(59, 19)), false);
    assert.equal(isKlareTaal(r(80, 8, 1)), false);
    assert.equal(isKlareTaal({ ...r(80, 8), source: "begin" }), false);
    assert.match(KLARE_TAAL_UITLEG, /hoogstens 15 woorden .* minstens 45/u);
  });
});
