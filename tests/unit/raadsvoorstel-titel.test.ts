import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findDate, findMeetingDate, findTitle } from "../../src/lib/raadsvoorstel/document.ts";

describe("title of a proposal", () => {
  test("'Onderwerp:' wins, also in bold Markdown", () => {
    assert.equal(findTitle("Zaaknummer: Z/26/1\nRAADSBESLUIT\n**Onderwerp:** Zwemles voor iedereen\n"), "Zwemles voor iedereen");
  });

  test("an ONDERWERP heading takes the next line", () => {
    const text = "GEMEENTE MARKEN\n\nRAADSBESLUIT\n\nRegistratienummer: 2024-0917\n\nONDERWERP\nVerordening tegenprestatie 2025\n\n1. INLEIDING\nTekst.";
    assert.equal(findTitle(text), "Verordening tegenprestatie 2025");
  });

  test("never a zaaknummer, RAADSBESLUIT, a municipality, a number line or 'Aan de raad'", () => {
    const text = [
      "Zaaknummer: 00482213",
      "RAADSBESLUIT",
      "Gemeente Hoorndijk",
      "Raadsvoorstel nr. 2012/44",
      "Aan de raad van de gemeente Hoorndijk",
      "Hoorndijk, 6 maart 2012",
      "Subsidie ouderenwerk De Linde 2012",
    ].join("\n");
    assert.equal(findTitle(text), "Subsidie ouderenwerk De Linde 2012");
  });

  test("without a heading: what the besluit establishes", () => {
    const text = "RAADSBESLUIT\nKenmerk: 12\n\nInleiding\nDe wet verandert.\n\nDe raad besluit vast te stellen de Verordening maatwerk 2026;\n";
    assert.equal(findTitle(text), "Verordening maatwerk 2026");
  });

  test("a Markdown title loses its 'Raadsvoorstel:' prefix", () => {
    assert.equal(findTitle("# Raadsvoorstel: Beleidskader Gewoon meedoen\n\nTekst."), "Beleidskader Gewoon meedoen");
  });
});

describe("dates", () => {
  test("the 'Datum:' line is the date of the proposal, the meeting date comes from its own line", () => {
    const text = "Raadsvergadering: 15 april 2025\nDatum: 4 maart 2025\nOnderwerp: X\n\nDe raad heeft op 14 februari 2024 iets vastgesteld.";
    assert.equal(findDate(text), "4 maart 2025");
    assert.equal(findMeetingDate(text), "15 april 2025");
  });

  test("'Behandeling: commissie …, raad …' gives the raad's date; a date in the body is no meeting", () => {
    assert.equal(findMeetingDate("Behandeling: commissie Samenleving 2 september 2025, raad 23 september 2025"), "23 september 2025");
    assert.equal(findMeetingDate("Datum: 1 mei 2025\n\nIn de visie die de raad op 14 februari 2025 vaststelde."), "");
  });
});
