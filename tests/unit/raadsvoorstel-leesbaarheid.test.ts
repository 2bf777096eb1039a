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
