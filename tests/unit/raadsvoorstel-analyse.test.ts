import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import fc from "fast-check";
import { analyseRaadsvoorstel } from "../../src/lib/raadsvoorstel/analyse.ts";
import type { Analyse, CriteriumId, Evidence, Status } from "../../src/lib/raadsvoorstel/types.ts";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "raadsvoorstellen");

function statusOf(text: string, id: CriteriumId): Status {
  const found = analyseRaadsvoorstel(text).criteria.find((c) => c.id === id);
  assert.ok(found, `criterium ${id} ontbreekt`);
  return found.status;
}

/** Per criterion a small text for each status. */
const CASES: Record<CriteriumId, Record<Status, string>> = {
  S: {
    aanwezig:
      "Samenvatting\nWe willen dat meer kinderen leren zwemmen. Daarom betalen we de zwemles. Ouders vragen het aan bij de gemeente.\n\nBesluit\nIn te stemmen.",
    deels:
      "Samenvatting\nOnderhavig voorstel strekt ertoe de raad in de gelegenheid te stellen in te stemmen met de aanpassing van de beleidsregels ingevolge de Wet maatschappelijke ondersteuning teneinde te voldoen aan de wettelijke verplichtingen.\n\nBesluit\nIn te stemmen.",
    afwezig: "Besluit\nIn te stemmen met de regeling.",
  },
  A: {
    aanwezig:
      "Relatie met eerdere besluiten\nIn 2023 heeft de raad de nota Armoede vastgesteld. Dit voorstel sluit aan bij die nota en werkt haar uit.",
    deels: "Argumenten\nHet voorstel past in het coalitieakkoord.",
    afwezig: "Argumenten\nHet helpt inwoners.",
  },
  B: {
    aanwezig:
      "Beoogd effect\nWe verwachten dat minder mensen schulden krijgen.\n\nRisico's\nHet risico is dat mensen de hulp weigeren. Daarom bellen we iedereen die niet reageert na.",
    deels: "Beoogd effect\nWe verwachten dat minder mensen schulden krijgen.\n\nRisico's\nEr zijn geen risico's.",
    afwezig: "Toelichting\nHet gaat om een subsidie.\n\nRisico's\nn.v.t.",
  },
  C: {
    aanwezig: "Uitvoering\nDe Kredietbank voert de aanpak uit met 2 fte. In een proef bleek de werkwijze uitvoerbaar.",
    deels: "Uitvoering\nDe Kredietbank voert de aanpak uit.",
    afwezig: "Toelichting\nHet gaat om een subsidie.",
  },
  D: {
    aanwezig:
      "Alternatieven\nWe hebben ook een voorlichtingscampagne overwogen. Dat alternatief is afgewezen omdat het de mensen niet bereikt.",
    deels: "Alternatieven\nEr zijn geen alternatieven.",
    afwezig: "Alternatieven\nn.v.t.",
  },
  E: {
    aanwezig:
      "Datum: 1 maart 2026\n\nEvaluatie\nWe willen dat het aandeel stijgt van 40% in 2025 naar 60% in 2028. In 2028 evalueren we de aanpak.",
    deels: "Evaluatie\nWe houden de ontwikkeling in de gaten.",
    afwezig: "Toelichting\nHet gaat om een subsidie.",
  },
  F: {
    aanwezig: "Financiën\nDe kosten zijn € 40.000 per jaar. Dit dekken we uit de reserve Sociaal Domein.",
    deels: "Financiën\nDe kosten zijn € 40.000 per jaar.",
    afwezig: "Financiële consequenties\nn.v.t.",
  },
  G: {
    aanwezig:
      "Datum: 1 maart 2026\n\nVervolg\nNa dit kader volgen drie uitvoeringsplannen in 2027. Het college stelt ze vast; het deel met nieuwe kosten legt het college in 2027 ter besluitvorming aan de raad voor.",
    deels: "Toelichting\nWe gaan met de stichting in gesprek over een oplossing voor 2027 en verder.",
    afwezig: "Toelichting\nHet gaat om een subsidie.",
  },
};

describe("criterion A: named earlier decisions (issue 14)", () => {
  const a = (text: string) => analyseRaadsvoorstel(`Datum: 3 juni 2025\n\n${text}`).criteria.find((c) => c.id === "A");
  const besluit = (text: string) => a(text)?.aspects.find((x) => x.id === "besluit")?.found;
  test("'heeft uw raad … gekozen' and 'heeft u het college gevraagd' are earlier decisions", () => {
    assert.equal(besluit("Toelichting\nIn de Visie Sociaal Domein 2025 heeft uw raad gekozen voor zorg dichtbij."), "ja");
    assert.equal(besluit("Toelichting\nBij de Kadernota 2026 heeft u het college gevraagd om een plan."), "ja");
    assert.equal(besluit("Toelichting\nDe raad heeft in 2023 besloten de wijkteams te versterken."), "ja");
  });

  test("a list of the beleidsplan, visie and coalitieprogramma it builds on is aanwezig", () => {
    const r = a(
      "Relatie met beleid\nDit voorstel bouwt voort op:\n- het Beleidsplan Sociaal Domein 2023-2026;\n- de Visie Jeugd 2022;\n- het coalitieprogramma 2022-2026.",
    );
    assert.equal(r?.status, "aanwezig");
  });

  test("a named document of this proposal itself, or a loose coalitieakkoord, is no earlier decision", () => {
    assert.notEqual(besluit("Besluit\nDe raad besluit vast te stellen de Verordening maatwerk 2025."), "ja");
    assert.equal(besluit("Toelichting\nIn het coalitieakkoord 2022-2026 staat dat we dit willen."), "deels");
  });

  test("a zaaknummer line or RAADSBESLUIT is never evidence", () => {
    const r = analyseRaadsvoorstel(
      "RAADSBESLUIT\nZaaknummer: Z/25/118204 raadsbesluit 2024\nRegistratienummer 2024-0917\n\nToelichting\nHet helpt inwoners.",
    ).criteria.find((c) => c.id === "A");
    assert.equal(r?.status, "afwezig");
    assert.ok(!(r?.evidence ?? []).some((e) => /Zaaknummer|Registratienummer|RAADSBESLUIT/u.test(e.text)));
  });
});

describe("criterion F: rijksgeld as dekking", () => {
  for (const bron of ["de integratie-uitkering Sociaal domein", "een specifieke uitkering (SPUK)", "het BUIG-budget", "de algemene uitkering", "de meicirculaire 2025"]) {
    test(bron, () => {
      const r = analyseRaadsvoorstel(`Toelichting\nDe kosten zijn € 40.000 per jaar. Dit betalen we met ${bron}.`).criteria.find((c) => c.id === "F");
      assert.equal(r?.aspects.find((x) => x.id === "dekking")?.found, "ja", r?.reason);
    });
  }
});

describe("analyseRaadsvoorstel: each status on small texts", () => {
  for (const [id, byStatus] of Object.entries(CASES) as [CriteriumId, Record<Status, string>][]) {
    for (const [status, text] of Object.entries(byStatus) as [Status, string][]) {
      test(`${id} ${status}`, () => assert.equal(statusOf(text, id), status));
    }
  }
});

describe("analyseRaadsvoorstel: headings and signals", () => {
  test("a heading with only 'n.v.t.' never counts as aanwezig, and the reason says so", () => {
    for (const placeholder of ["n.v.t.", "Niet van toepassing.", "-", "Volgt."]) {
      const r = analyseRaadsvoorstel(`Alternatieven\n${placeholder}\n\nBesluit\nJa.`).criteria.find(
        (c) => c.id === "D",
      );
      assert.equal(r?.status, "afwezig", placeholder);
      assert.match(r?.reason ?? "", /Kop 'Alternatieven' gevonden, maar/u);
    }
  });

  test("the reason counts the sentences under the heading", () => {
    const r = analyseRaadsvoorstel(CASES.D.aanwezig).criteria.find((c) => c.id === "D");
    assert.match(r?.reason ?? "", /^Kop 'Alternatieven' gevonden met 2 zinnen inhoud/u);
  });

  test("a negated signal does not count ('geen alternatieven', 'zonder risico')", () => {
    assert.equal(statusOf("Toelichting\nWij zien geen alternatieven voor deze aanpak.", "D"), "afwezig");
    assert.equal(statusOf("Toelichting\nDit kan zonder risico worden ingevoerd.", "B"), "afwezig");
  });

  test("inflected forms are found through stemming", () => {
    assert.equal(statusOf("Toelichting\nEr zijn twee alternatieven bekeken.", "D"), "deels");
    assert.equal(statusOf("Toelichting\nEr is een alternatief bekeken.", "D"), "deels");
    assert.equal(statusOf("Toelichting\nDe risico’s zijn groot.", "B"), "deels");
  });

  test("a target year only counts when it lies after the proposal's own date", () => {
    const history = "Datum: 1 maart 2026\n\nToelichting\nIn 2019 was het aandeel 40%.";
    const target = "Datum: 1 maart 2026\n\nToelichting\nIn 2029 is het aandeel 40%.";
    const meetbaar = (t: string): string | undefined =>
      analyseRaadsvoorstel(t)
        .criteria.find((c) => c.id === "E")
        ?.aspects.find((a) => a.id === "meetbaar")?.found;
    assert.equal(meetbaar(history), "nee");
    assert.equal(meetbaar(target), "ja");
  });

  test("finds title and date", () => {
    const a = analyseRaadsvoorstel(
      "Gemeente Heuvelrade\nRaadsvoorstel\n\nOnderwerp: Zwemles voor iedereen\nDatum: 14 april 2026\n",
    );
    assert.equal(a.title, "Zwemles voor iedereen");
    assert.equal(a.date, "14 april 2026");
  });
});

// ---------------------------------------------------------------------------------------------------
// Evidence offsets

function allEvidence(a: Analyse): Evidence[] {
  return [
    ...a.criteria.flatMap((c) => c.evidence),
    ...a.toetsstenen.flatMap((t) => t.evidence),
    ...a.readability.hardestSentences,
  ];
}

function assertEvidencePointsIntoText(text: string, a: Analyse): void {
  for (const e of allEvidence(a)) {
    assert.ok(0 <= e.start && e.start < e.end && e.end <= text.length, `span ${e.start}-${e.end}`);
    assert.equal(text.slice(e.start, e.end), e.text);
  }
}

describe("evidence offsets", () => {
  test("every fixture: text.slice(start, end) === evidence.text, and there is evidence", () => {
    for (const file of [
      "01-heuvelrade-vroegsignalering.txt",
      "16-brakelaar-eenzaamheid.txt",
      "09-elzendam-werkfit.txt",
    ]) {
      const text = readFileSync(join(FIXTURES, file), "utf8");
      const a = analyseRaadsvoorstel(text, {
        toetsstenen: [{ id: "w", kind: "waarde", label: "eenzaamheid", description: "niemand staat er alleen voor" }],
      });
      assert.ok(allEvidence(a).length > 10, file);
      assertEvidencePointsIntoText(text, a);
    }
  });

  test("evidence sits on the words that justify the status", () => {
    const text = CASES.F.aanwezig;
    const f = analyseRaadsvoorstel(text).criteria.find((c) => c.id === "F");
    assert.deepEqual(
      f?.evidence.map((e) => e.text),
      ["Financiën", "De kosten zijn € 40.000 per jaar.", "Dit dekken we uit de reserve Sociaal Domein."],
    );
  });

  test("property: offsets hold for generated proposals (headings, CRLF, indents, accents)", () => {
    const heading = fc.constantFrom(
      "Samenvatting",
      "3. Argumenten",
      "KANTTEKENINGEN EN RISICO'S",
      "## Financiën",
      "Alternatieven:",
      "Relatie met eerdere besluiten",
      "  Uitvoering",
      "Evaluatie",
    );
    const sentence = fc.constantFrom(
      "We verwachten dat de wachtlijst daalt.",
      "Het risico is dat de kosten stijgen.",
      "De kosten zijn € 12.000 per jaar, gedekt uit de reserve.",
      "Scenario 2 valt af omdat het te duur is.",
      "In 2029 evalueren we, doel: 60% in 2029.",
      "n.v.t.",
      "- de raad heeft in 2022 de motie aangenomen;",
      "Financiële gevolgen: geen.",
      "Zelfredzaamheid en regie staan centraal.",
      "",
    );
    const section = fc.tuple(heading, fc.array(sentence, { maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(section, { maxLength: 8 }), fc.constantFrom("\n", "\r\n"), (sections, eol) => {
        const text = sections.map(([h, body]) => [h, ...body].join(eol)).join(eol + eol);
        const a = analyseRaadsvoorstel(text, {
          toetsstenen: [{ id: "w", kind: "waarde", label: "Zelfredzaamheid", description: "regie over je leven" }],
        });
        assertEvidencePointsIntoText(text, a);
        for (const s of a.sections) assert.ok(s.start <= s.bodyStart && s.bodyStart <= s.end && s.end <= text.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe("issue 14: signals that only look like an answer", () => {
  const status = (text: string, id: CriteriumId) => statusOf(text, id);
  test("A: 'past binnen het budget' is no link to policy; 'past binnen ons armoedebeleid' is half", () => {
    assert.equal(status("Toelichting\nDe kosten zijn laag. Dit past binnen het budget mantelzorgondersteuning.", "A"), "afwezig");
    assert.equal(status("Toelichting\nDe aanpak helpt gezinnen. Dit past bij ons armoedebeleid.", "A"), "deels");
  });
  test("A: the partners' own toezeggingen and the raadsbesluit still to come are no earlier decision", () => {
    assert.equal(status("Toelichting\nWe vragen partners om toezeggingen te doen. De werving start direct na het raadsbesluit.", "A"), "afwezig");
  });
  test("A: an earlier decision and what it asked, in two sentences, is a full answer", () => {
    const text = "Aanleiding\nDe raad heeft op 4 maart 2025 de motie 'Niemand tussen wal en schip' aangenomen. Daarin vraagt de raad de inkomensgrens te verhogen naar 130%.";
    assert.equal(status(text, "A"), "aanwezig");
    assert.equal(status("Argumenten\nDit voorstel voert de Mantelzorgagenda 2024-2027 uit die de raad in maart 2024 vaststelde.", "A"), "aanwezig");
  });
  test("B: risks without a measure or a word on uncertainty are half; with either they are whole", () => {
    const base = "Beoogd effect\nWe verwachten dat meer mantelzorgers respijtzorg gebruiken.\n\nKanttekeningen\nIn de overgang kunnen de wachttijden oplopen.";
    assert.equal(status(base, "B"), "deels");
    assert.equal(status(`${base} Zeker weten doen we dat niet.`, "B"), "aanwezig");
    assert.equal(status(`${base} Daarom zetten we tijdelijk extra consulenten in.`, "B"), "aanwezig");
  });
  test("C: a start date or a named organisation alone is half an answer", () => {
    assert.equal(status("Toelichting\nDe regeling gaat in op 1 januari 2027.", "C"), "deels");
    assert.equal(status("Toelichting\nStichting De Linde verzorgt de maaltijden in drie kernen.", "C"), "deels");
    assert.equal(status("Toelichting\nDe adviesraad heeft positief geadviseerd. De regeling gaat in op 1 januari 2027.", "C"), "deels");
  });
  test("E: a tariff rise in percent is no target", () => {
    assert.equal(status("Toelichting\nDe tarieven stijgen per 1 januari 2027 met gemiddeld 4,2 procent.", "E"), "afwezig");
  });
  test("F: looking for room in a budget is no dekking yet", () => {
    assert.equal(status("Financiën\nDe kosten zijn € 40.000 per jaar. Voor het bedrag zoeken wij ruimte binnen het budget voor jeugdhulp.", "F"), "deels");
  });
  test("A: law, national policy and the verordening being replaced are no earlier choice of the raad", () => {
    assert.equal(status("Toelichting\nEen duale route past bij wat de Wet inburgering 2021 beoogt.", "A"), "afwezig");
    assert.equal(status("Toelichting\nDe huidige verordening is niet meer actueel. De verordening is weer in overeenstemming met de Participatiewet.", "A"), "afwezig");
    assert.equal(status("Financiën\nDekking: € 60.000 uit het budget minimabeleid in programma 5 (onderbesteding 2024).", "A"), "afwezig");
  });
  test("F: one part without dekking makes the dekking partial", () => {
    const text = "Financiën\nDe kosten zijn € 1.150.000 per jaar. In de begroting is € 1.050.000 gedekt uit programma 2. Voor het restant van € 100.000 is nog geen dekking.";
    assert.equal(status(text, "F"), "deels");
    assert.equal(status("Financiën\nDe kosten zijn € 40.000 per jaar, gedekt uit de reserve Sociaal Domein.", "F"), "aanwezig");
  });
  test("E: 'van 212 naar minder dan 40' and 'van 165 (2024) naar 300' are targets; 'kinderen van 5 tot 12 jaar' is not", () => {
    const moment = " We evalueren in juni 2027.";
    assert.equal(status(`Beoogd effect\nDe wachtlijst daalt van 212 naar minder dan 40.${moment}`, "E"), "aanwezig");
    assert.equal(status(`Beoogd effect\nHet aantal deelnemers stijgt van 165 (2024) naar 300.${moment}`, "E"), "aanwezig");
    assert.equal(status("Toelichting\nHet tegoed is voor kinderen van 5 tot 12 jaar.", "E"), "afwezig");
  });
  test("B: one goal sentence under 'Beoogd effect' is E, not an answer on effects and risks", () => {
    assert.equal(status("Beoogd effect\nMeer inwoners kunnen goed lezen en schrijven.\n\nKanttekeningen\nGeen.", "B"), "afwezig");
  });
  test("G: an evaluation sent to the raad is E; 'dekking volgt bij de Voorjaarsnota' is F", () => {
    assert.equal(status("Evaluatie\nIn april 2027 evalueren we de winteropvang en sturen we de uitkomsten naar de raad.", "G"), "afwezig");
    assert.equal(status("Financiën\nDe kosten zijn € 40.000. De dekking volgt bij de Voorjaarsnota 2027.", "G"), "afwezig");
  });
  test("F: a dekking put off to the Voorjaarsnota or a bestuursrapportage is not yet a dekking", () => {
    assert.equal(status("Financiën\nDe kosten zijn € 42.000 per jaar. De dekking hiervan wordt meegenomen in de Voorjaarsnota 2026.", "F"), "deels");
  });
  test("E: a rule that changes ('de inkomensgrens gaat van 105% naar 110%') is no target", () => {
    assert.equal(status("Toelichting\nDe inkomensgrens gaat van 105% naar 110% van de bijstandsnorm.", "E"), "afwezig");
  });
  test("S: only the samenvatting's first paragraph is measured, even when the next heading is not seen as one", () => {
    const long = "Naar aanleiding van de door de raad aangenomen motie heeft het college, in afstemming met de betrokken scholen voor speciaal onderwijs en de vervoerder, een pilot reiztraining binnen de kaders van de verordening uitgevoerd, waarvan de resultaten, die mede op basis van de registratie van het leerlingenvervoer tot stand kwamen, in deze notitie worden weergegeven.";
    const easy = Array.from({ length: 12 }, () => "We doen dit. Het helpt kinderen. Ze reizen zelf.").join(" ");
    assert.equal(status(`Samenvatting\n${long}\n\nDe motie\n${easy}`, "S"), "deels");
  });
  test("S: a title line at the top of the samenvatting is not taken for the whole summary", () => {
    const easy = Array.from({ length: 6 }, () => "We helpen mensen met schulden eerder. Bellen is genoeg.").join(" ");
    assert.equal(status(`Publiekssamenvatting\n\nBeleidsplan schuldhulpverlening 2026-2029\n\n${easy}`, "S"), "aanwezig");
  });
  test("A: naming a nota is half; naming it and saying how the proposal follows from it is whole", () => {
    assert.equal(status("Toelichting\nDe aanpak sluit aan bij onze Nota Welzijn 2023.", "A"), "deels");
    assert.equal(status("Toelichting\nHet akkoord sluit aan bij het beleid dat de gemeente voert op het gebied van welzijn.", "A"), "deels");
    const explained = "Toelichting\nDe aanpak sluit aan bij onze Nota Welzijn 2023, waarin de raad koos voor ontmoeting dicht bij huis.";
    assert.equal(status(explained, "A"), "aanwezig");
  });
  test("E: 'ons doel is dat we 400 ouderen bereiken' is a target; a monitor from the past is a source, not a moment", () => {
    assert.equal(status("Toelichting\nOns doel is dat we 400 ouderen bereiken. In 2027 evalueren we de aanpak.", "E"), "aanwezig");
    assert.equal(status("Toelichting\nHet aandeel moet stijgen ten opzichte van de Gezondheidsmonitor 2023.", "E"), "afwezig");
  });
  test("F: a dekking for part of the costs, or money spent in the past, is no full dekking", () => {
    assert.equal(status("Financiën\nDe pilot kost € 74.000 per jaar. De regiomiddelen dekken naar verwachting ongeveer 60% hiervan.", "F"), "deels");
    assert.equal(status("Financiën\nDe proef werd betaald uit het preventieakkoord. De uitbreiding kost € 86.000 per jaar.", "F"), "deels");
  });
  test("C: a goal that is 'haalbaar', a legal check, or capacity in a rejected option is no feasibility check", () => {
    const base = "Uitvoering\nHet wijkteam voert de aanpak uit vanaf 1 maart 2026.";
    assert.equal(status(base, "C"), "deels");
    assert.equal(status(`${base} Of het doel van 1,8% haalbaar is, hangt af van de markt.`, "C"), "deels");
    assert.equal(status(`${base} Het privacyprotocol is juridisch getoetst.`, "C"), "deels");
    assert.equal(status(`${base} Het team heeft de capaciteit: er komt 1,5 fte bij en de werving loopt.`, "C"), "aanwezig");
  });
  test("B: goals under 'Wat willen we bereiken?' are E, not expected effects", () => {
    assert.equal(status("Wat willen we bereiken?\nIn 2027 hebben 60 winkels het keurmerk. Minimaal 400 inwoners volgen de training.", "B"), "afwezig");
  });
  test("G: 'legt het college uw raad een voorstel voor' is a later choice at the raad; 'volgt de leerling' is not", () => {
    assert.equal(status("Vervolgtraject\nIn mei 2027 legt het college uw raad een voorstel voor over de definitieve inrichting.", "G"), "aanwezig");
    assert.equal(status("Toelichting\nNa de training volgt de trainer de leerling nog drie maanden.", "G"), "afwezig");
  });
  test("S: a samenvatting in a text box, and one split into question headings, are found and measured", () => {
    const box = "RAADSVOORSTEL 2026-009\n\n┌────────────────────────┐\n  Samenvatting voor inwoners\n\n  Wie hulp nodig heeft, wacht lang. Soms een jaar. We gaan samenwerken. Iedereen krijgt een vast contact.\n└────────────────────────┘\n\nBeslispunten\n1. In te stemmen met het convenant.";
    assert.equal(status(box, "S"), "aanwezig");
    const split = "PUBLIEKSSAMENVATTING\nbij raadsvoorstel \"Maatjesaanpak nieuwkomers\" (raadsvergadering 3 april 2025)\n\nWaar gaat dit over?\nNieuwe inwoners kennen hier nog niemand. Ze krijgen een maatje. Het maatje helpt een jaar lang.";
    assert.equal(status(split, "S"), "aanwezig");
  });
  test("G: 'wij komen daar bij de raad op terug' is half an answer; results laid before the raad are E", () => {
    assert.equal(status("Vervolg\nWij komen daar bij de raad op terug.", "G"), "deels");
    assert.equal(status("Evaluatie\nDe resultaten leggen wij in september 2027 aan uw raad voor.", "G"), "afwezig");
  });
  test("C: the GGD that carries out its statutory tasks is no executor of this proposal", () => {
    assert.equal(status("Toelichting\nDe GGD voert namens elf gemeenten de wettelijke taken uit de Wet publieke gezondheid uit.", "C"), "afwezig");
  });
});
