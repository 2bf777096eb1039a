import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { splitSections } from "../../src/lib/raadsvoorstel/sections.ts";
import { splitSentences, stemWord, tokenize } from "../../src/lib/raadsvoorstel/text.ts";

describe("stemWord", () => {
  test("inflections of the same word share a stem", () => {
    const pairs: [string, string][] = [
      ["risico's", "risico"],
      ["risico’s", "risico"],
      ["alternatieven", "alternatief"],
      ["moties", "motie"],
      ["scenario's", "scenario"],
      ["financiële", "financieel"],
      ["indicatoren", "indicator"],
      ["besluiten", "besluit"],
      ["kanttekeningen", "kanttekening"],
      ["Effecten", "effect"],
    ];
    for (const [a, b] of pairs) assert.equal(stemWord(a), stemWord(b), `${a} ~ ${b}`);
  });

  test("different words keep different stems", () => {
    assert.notEqual(stemWord("risico"), stemWord("besluit"));
    assert.notEqual(stemWord("dekking"), stemWord("effect"));
  });
});

describe("tokenize", () => {
  test("gives offsets into the original text", () => {
    const text = "Er zijn risico's én kansen.";
    for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end).toLocaleLowerCase("nl"), t.word);
    assert.deepEqual(
      tokenize(text).map((t) => t.word),
      ["er", "zijn", "risico's", "én", "kansen"],
    );
  });
});

describe("splitSentences", () => {
  const spans = (text: string): string[] => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

  test("splits on full stops followed by a capital", () => {
    assert.deepEqual(spans("Dit is een. Dat is twee! En drie?"), ["Dit is een.", "Dat is twee!", "En drie?"]);
  });

  test("does not split after initials or abbreviations", () => {
    assert.deepEqual(spans("Wethouder J. de Boer is er. Dit kost o.a. geld, bijv. Tien euro."), [
      "Wethouder J. de Boer is er.",
      "Dit kost o.a. geld, bijv. Tien euro.",
    ]);
  });

  test("list items are sentences of their own, without the bullet", () => {
    assert.deepEqual(spans("Punten:\n- eerste punt\n- tweede punt\n1. derde punt"), [
      "Punten:",
      "eerste punt",
      "tweede punt",
      "derde punt",
    ]);
  });

  test("a single line break (wrapped PDF text) does not end a sentence", () => {
    assert.deepEqual(spans("Dit is een lange zin die\nover twee regels loopt. Klaar."), [
      "Dit is een lange zin die\nover twee regels loopt.",
      "Klaar.",
    ]);
  });
});

describe("splitSections", () => {
  const headings = (text: string): (string | null)[] => splitSections(text).map((s) => s.heading?.text ?? null);

  test("recognises numbered, ALL CAPS, Markdown, inline and plain headings", () => {
    const text = [
      "Inleidende regel zonder kop.",
      "",
      "3. Argumenten",
      "Het helpt.",
      "",
      "KANTTEKENINGEN",
      "Het kan tegenvallen.",
      "",
      "## Financiën",
      "Het kost € 12.000 per jaar.",
      "",
      "Alternatieven: er zijn er twee.",
      "",
      "Relatie met eerdere besluiten",
      "De raad besloot in 2024 iets.",
    ].join("\n");
    assert.deepEqual(headings(text), [
      null,
      "Argumenten",
      "KANTTEKENINGEN",
      "Financiën",
      "Alternatieven",
      "Relatie met eerdere besluiten",
    ]);
  });

  test("maps headings to criteria", () => {
    const text = "Kosten, baten, dekking\nGeld.\n\nRisico's en alternatieven\nTekst.\n\nBeoogd effect\nMinder armoede.";
    assert.deepEqual(
      splitSections(text).map((s) => s.criteria),
      [["F"], ["B", "D"], ["B"]],
    );
  });

  test("a wrapped line that happens to start with a heading word is not a heading", () => {
    const text = "Kanttekeningen\nWe doen dit omdat de\nUitvoering van het plan veel vraagt van de teams.";
    assert.deepEqual(headings(text), ["Kanttekeningen"]);
  });

  test("a sentence ending in a colon is not a heading", () => {
    const text = "Evaluatie\nWe meten of de aanpak werkt met drie indicatoren:\n- het aantal inwoners";
    assert.deepEqual(headings(text), ["Evaluatie"]);
  });

  test("classifies empty, placeholder, waved-away and real content", () => {
    const text = [
      "Alternatieven",
      "n.v.t.",
      "",
      "Risico's",
      "Er zijn geen risico's.",
      "",
      "Evaluatie",
      "",
      "Financiën",
      "Het kost € 12.000. Dat betalen we uit de reserve.",
    ].join("\n");
    assert.deepEqual(
      splitSections(text).map((s) => [s.heading?.text, s.content]),
      [
        ["Alternatieven", "leeg"],
        ["Risico's", "ontkenning"],
        ["Evaluatie", "leeg"],
        ["Financiën", "inhoud"],
      ],
    );
  });

  test("indented known headings are sub-items, numbered list items in Bijlagen are not headings", () => {
    const text = [
      "Kanttekening en risico's",
      " Implementatie van de verordening",
      "Dit vraagt veel van de uitvoering.",
      "",
      "Inleiding",
      "Tekst.",
      "",
      "Bijlagen",
      "1. Aanpak vroegsignalering",
      "2. Begroting",
    ].join("\n");
    assert.deepEqual(headings(text), ["Kanttekening en risico's", "Inleiding", "Bijlagen"]);
  });

  test("sections tile the text in order, headings point into the original (CRLF too)", () => {
    const text = "Samenvatting\r\nKort.\r\n\r\n2. Financiën\r\nGeld.\r\n";
    const sections = splitSections(text);
    for (const s of sections) {
      assert.ok(s.start <= s.bodyStart && s.bodyStart <= s.end);
      if (s.heading !== null) assert.equal(text.slice(s.heading.start, s.heading.end), s.heading.text);
    }
    for (let i = 1; i < sections.length; i++) assert.equal(sections[i]?.start, sections[i - 1]?.end);
  });
});
