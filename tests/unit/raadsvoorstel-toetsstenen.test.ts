import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyseRaadsvoorstel } from "../../src/lib/raadsvoorstel/analyse.ts";
import { toetsstenenFromVisie } from "../../src/lib/raadsvoorstel/toetsstenen.ts";
import type { Toetssteen } from "../../src/lib/raadsvoorstel/types.ts";
import { visieSchema } from "../../src/schemas/visie.ts";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadThesaurus } from "../../scripts/lib/thesaurus.ts";
import { BACKGROUND_DF, BACKGROUND_DOCS } from "../../src/lib/raadsvoorstel/background.ts";

const visie = visieSchema.parse({
  waarden: [
    { id: "w1", name: "Zelfredzaamheid", meaning: "Inwoners houden zelf de regie over hun leven" },
    { id: "w2", name: "  ", meaning: "" },
  ],
  principes: [
    { id: "p1", title: "Eerst de vraag achter de vraag", onderbouwing: "Wie de oorzaak aanpakt, voorkomt herhaling" },
    { id: "p2", title: "", onderbouwing: "" },
  ],
  resultaten: [
    {
      id: "r1",
      doelgroep: "jongeren tussen 16 en 23 jaar",
      verandering: "een startkwalificatie heeft",
      target: 85,
      unit: "procent",
      year: 2028,
    },
    { id: "r2", doelgroep: "inwoners", verandering: "een baan vinden", target: 300, unit: "aantal", year: null },
    { id: "r3", doelgroep: "", verandering: "" },
  ],
});

describe("toetsstenenFromVisie", () => {
  test("turns waarden, principes and resultaten into toetsstenen and skips empty ones", () => {
    const t = toetsstenenFromVisie(visie);
    assert.deepEqual(
      t.map((x) => [x.id, x.kind, x.label]),
      [
        ["w1", "waarde", "Zelfredzaamheid"],
        ["p1", "principe", "Eerst de vraag achter de vraag"],
        ["r1", "resultaat", "Jongeren tussen 16 en 23 jaar een startkwalificatie heeft"],
        ["r2", "resultaat", "Inwoners een baan vinden"],
      ],
    );
    assert.equal(t[0]?.description, "Inwoners houden zelf de regie over hun leven");
    assert.equal(t[1]?.description, "Wie de oorzaak aanpakt, voorkomt herhaling");
  });

  test("a resultaat is described by the same sentence the visie werkboek shows", () => {
    const r = toetsstenenFromVisie(visie).filter((t) => t.kind === "resultaat");
    assert.equal(r[0]?.description, "In 2028 hebben we bereikt dat 85% van de jongeren tussen 16 en 23 jaar een startkwalificatie heeft.");
    assert.equal(r[1]?.description, "Over 4 jaar hebben we bereikt dat 300 inwoners een baan vinden.");
  });
});

describe("matching toetsstenen in a proposal", () => {
  const steen = (label: string, description = "", kind: Toetssteen["kind"] = "waarde"): Toetssteen => ({
    id: "t",
    kind,
    label,
    description,
  });
  const match = (text: string, t: Toetssteen) => analyseRaadsvoorstel(text, { toetsstenen: [t] }).toetsstenen[0];

  test("the label itself, also inflected or inside a compound, is aanwezig with evidence", () => {
    const text = "Toelichting\nDe aanpak versterkt de zelfredzaamheid van ouderen. Mantelzorgondersteuning blijft.";
    const r = match(text, steen("Zelfredzaam"));
    assert.equal(r?.status, "aanwezig");
    assert.equal(r?.evidence[0]?.text, "De aanpak versterkt de zelfredzaamheid van ouderen.");
    assert.equal(match(text, steen("mantelzorg"))?.status, "aanwezig");
  });

  test("the meaning (words of the description) is found without the label", () => {
    const text = "Toelichting\nOuderen houden zo de regie over hun eigen leven.";
    const r = match(text, steen("Zelfbeschikking", "Inwoners houden zelf de regie over hun leven"));
    assert.equal(r?.status, "aanwezig");
    assert.match(r?.reason ?? "", /regie/u);
  });

  test("loose words give deels, one word or nothing gives afwezig; stop words never match", () => {
    const text = "Toelichting\nDe regie ligt bij de gemeente. Wij houden toezicht. Het is voor iedereen.";
    const zelfbeschikking = steen("Zelfbeschikking", "Inwoners houden zelf de regie over hun leven");
    assert.equal(match(text, zelfbeschikking)?.status, "deels");
    assert.equal(match("Toelichting\nDe regie ligt bij de gemeente.", zelfbeschikking)?.status, "afwezig");
    assert.equal(match(text, steen("Kansengelijkheid", "Ieder kind krijgt dezelfde start"))?.status, "afwezig");
    assert.equal(match(text, steen("Voor de gemeente", "het is dat wij"))?.status, "afwezig");
  });
});

describe("toetsstenen: no match on filler words (issue 14 examples)", () => {
  const thesaurus = loadThesaurus();
  const run = (text: string, t: Toetssteen) => analyseRaadsvoorstel(text, { toetsstenen: [t], thesaurus }).toetsstenen[0];
  const schulden: Toetssteen = {
    id: "r",
    kind: "resultaat",
    label: "Huishoudens met problematische schulden binnen 3 maanden geholpen",
    description: "Over 4 jaar hebben we bereikt dat 90% van de huishoudens met problematische schulden binnen 3 maanden hulp krijgt (2030).",
  };
  const gezin: Toetssteen = {
    id: "p",
    kind: "principe",
    label: "Eén gezin, één plan",
    description: "Minder losse hulpverleners geeft het gezin rust en minder werk.",
  };

  test("'schulden, binnen' in a sentence about the Wmo is not aanwezig", () => {
    const text =
      "Toelichting\nDe regelgeving binnen de Wmo verandert per 1 januari. Inwoners met schulden kunnen bij het loket terecht.\n\nFinanciën\nDe kosten vallen binnen het budget.";
    const r = run(text, schulden);
    assert.notEqual(r?.status, "aanwezig");
    // The reason may quote the label, but must not list "binnen" as a word found in the proposal.
    assert.doesNotMatch((r?.reason ?? "").replace(schulden.label, ""), /binnen/u);
    assert.ok(!(r?.evidence ?? []).some((e) => e.text.includes("regelgeving binnen de Wmo")));
  });

  test("the same resultaat is aanwezig where schulden and huishoudens meet, also through the thesaurus", () => {
    const text =
      "Toelichting\nHet aantal huishoudens met een betalingsachterstand groeit. Daarom bieden we deze huishoudens binnen vier weken schuldhulpverlening aan.";
    const r = run(text, schulden);
    assert.equal(r?.status, "aanwezig");
    assert.match(r?.reason ?? "", /schuldhulpverlening|betalingsachterstand/u);
    assert.match(r?.reason ?? "", /huishoudens/u);
    assert.match(r?.reason ?? "", /passage "(?:Het aantal huishoudens|Daarom bieden we deze huishoudens)/u);
  });

  test("'Eén gezin, één plan' does not match on eén, minder, geeft or werk", () => {
    const text =
      "Toelichting\nEén gezin kreeg vorig jaar minder steun. Dit geeft veel werk voor de consulenten. Het plan voor de sporthal volgt later.";
    const r = run(text, gezin);
    assert.notEqual(r?.status, "aanwezig");
    for (const filler of ["eén", "minder", "geeft"]) assert.doesNotMatch(r?.reason ?? "", new RegExp(`\\b${filler}\\b`, "u"));
  });

  test("'Eén gezin, één plan' is aanwezig when the proposal works with one plan per gezin", () => {
    const text = "Aanpak\nIeder gezin met meerdere hulpvragen krijgt één gezinsplan met één vaste regisseur.";
    assert.equal(run(text, gezin)?.status, "aanwezig");
  });

  test("stop words and the article 'een' never match, 'waar' neither", () => {
    const t: Toetssteen = { id: "w", kind: "waarde", label: "Waar een wil is", description: "een weg waar iedereen" };
    const r = run("Toelichting\nWaar een gemeente kiest voor een aanpak, is een besluit nodig.", t);
    assert.equal(r?.status, "afwezig");
    assert.deepEqual(r?.evidence, []);
  });

  test("a pair that shares only words common to most proposals is afwezig", () => {
    // "kosten", "hulp" and "uitvoering" occur in half or more of the background proposals.
    for (const stem of ["kost", "hulp", "uitvoer"]) assert.ok((BACKGROUND_DF[stem] ?? 0) / BACKGROUND_DOCS >= 0.5, stem);
    const t: Toetssteen = { id: "w", kind: "principe", label: "Hulp zonder hoge kosten", description: "Uitvoering van hulp" };
    const r = run("Toelichting\nDe kosten van de hulp en de uitvoering staan in de bijlage.", t);
    assert.equal(r?.status, "afwezig");
  });

  test("thesaurus phrases match: mantelzorg ~ informele zorg, startkwalificatie ~ diploma", () => {
    const m: Toetssteen = { id: "m", kind: "waarde", label: "Mantelzorg", description: "" };
    assert.equal(run("Toelichting\nWe versterken de informele zorg in de wijk.", m)?.status, "aanwezig");
    const s: Toetssteen = { id: "s", kind: "resultaat", label: "Jongeren halen een startkwalificatie", description: "" };
    assert.equal(run("Toelichting\nMeer jongeren halen hun diploma op het mbo.", s)?.status, "aanwezig");
  });

  test("words far apart (different sections) are at most deels, never aanwezig", () => {
    const text = "Aanleiding\nHet aantal huishoudens groeit.\n\nFinanciën\nDe schulden van de regio nemen af.";
    assert.notEqual(run(text, schulden)?.status, "aanwezig");
  });
});

describe("the thesaurus file", () => {
  test("content/toets/thesaurus.yaml is valid and holds the groups the issue names", () => {
    const t = loadThesaurus();
    const all = t.groepen.flatMap((g) => g.termen);
    for (const w of ["schuldhulpverlening", "betalingsachterstand", "startkwalificatie", "diploma", "mantelzorg", "informele zorg"]) {
      assert.ok(all.includes(w), w);
    }
    assert.ok(t.stopwoorden.includes("binnen"));
  });

  test("a broken thesaurus gives a clear message naming the file and the field", () => {
    const dir = mkdtempSync(join(tmpdir(), "thes-"));
    const file = join(dir, "t.yaml");
    writeFileSync(file, "groepen:\n  - naam: x\n    termen: [alleen]\n");
    assert.throws(() => loadThesaurus(file), /t\.yaml klopt niet: groepen\.0\.termen: een groep heeft minstens twee termen/u);
  });
});
