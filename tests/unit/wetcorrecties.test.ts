/**
 * The corrections from the second law review of the existing cards (issue 22, item 4). Each test reads
 * the card or the deadline module as it is shipped and checks the corrected fact, and that the wrong
 * claim is gone, so the old sentence cannot come back unnoticed.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { jaarkalender, type KalenderInvoer } from "../../src/lib/sturing/jaarkalender.ts";
import { TERMIJNEN } from "../../src/lib/sturing/termijnen.ts";
import { addDays } from "../../src/lib/sturing/datum.ts";

interface Bron {
  title: string;
  url?: string;
  bwb?: string;
  article?: string;
}

function card(path: string): { data: Record<string, unknown>; body: string; sources: Bron[] } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(readFileSync(`content/${path}`, "utf8"));
  assert.ok(m, `${path} heeft geen frontmatter`);
  const data = parse(m[1] ?? "") as Record<string, unknown>;
  return { data, body: (m[2] ?? "").replace(/\s+/g, " "), sources: (data["sources"] ?? []) as Bron[] };
}

const hasSource = (sources: Bron[], check: (b: Bron) => boolean) => sources.some(check);

test("participatiewet: the Wet banenafspraak is a law in force for 2026, not a plan of the kabinet", () => {
  const { body, sources } = card("staalkaarten/participatiewet.mdx");
  assert.doesNotMatch(body, /Het kabinet wil de regels rond de banenafspraak eenvoudiger maken/);
  assert.match(body, /Wet banenafspraak, een wet van 23 april 2025/);
  assert.ok(hasSource(sources, (b) => b.bwb === "BWBR0051018"), "bron met BWBR0051018 ontbreekt");
});

test("participatiewet: terugvorderen is not among the changes of 1 January 2026; it is in the pending Wet handhaving sociale zekerheid", () => {
  const { body, sources } = card("staalkaarten/participatiewet.mdx");
  assert.doesNotMatch(body, /meer ruimte om af te zien van terugvorderen/);
  assert.doesNotMatch(body, /bij het terugvorderen van te veel betaalde bijstand/);
  assert.match(body, /Wet handhaving sociale zekerheid \(Kamerstuk 36785\)/);
  assert.match(body, /nog geen wet/);
  assert.ok(hasSource(sources, (b) => /36785/.test(b.title)));
});

test("participatiewet: the four-week zoektermijn stays; the gemeente may depart from it for kwetsbare jongeren", () => {
  const { body } = card("staalkaarten/participatiewet.mdx");
  assert.doesNotMatch(body, /zoektermijn een keuze van de gemeente/);
  assert.match(body, /Die regel blijft bestaan/);
  assert.match(body, /jongere in een kwetsbare positie/);
});

test("participatiewet: the Wet van school naar duurzaam werk (1 January 2026) and its verordening duty, art. 8a lid 1 onder a", () => {
  const { data, body, sources } = card("staalkaarten/participatiewet.mdx");
  assert.match(body, /Sinds 1 januari 2026 geldt de Wet van school naar duurzaam werk/);
  assert.match(body, /artikel 8a, eerste lid, onder a/);
  assert.ok(hasSource(sources, (b) => b.bwb === "BWBR0015703" && /8a, eerste lid, onder a/.test(b.article ?? "")));
  const verordening = (data["councilTasks"] as { id: string; regulates?: string[] }[]).find((t) => t.id === "verordening-vaststellen");
  assert.ok(verordening?.regulates?.some((r) => /school naar werk/.test(r)), "de verordening noemt de nieuwe plicht niet");
});

test("jeugdwet: the Wet verbetering beschikbaarheid jeugdzorg is law since 1 January 2026, and the card says what the raad now does", () => {
  const { body, sources } = card("staalkaarten/jeugdwet.mdx");
  assert.doesNotMatch(body, /lag in 2025 bij de Eerste Kamer/);
  assert.doesNotMatch(body, /Check of het inmiddels wet is/);
  assert.match(body, /sinds 1 januari 2026 de Wet verbetering beschikbaarheid jeugdzorg/);
  assert.match(body, /7 oktober 2025/);
  for (const word of [/regiovisie/, /gemeenschappelijke regeling/, /zienswijze/]) assert.match(body, word);
  assert.ok(hasSource(sources, (b) => /rijksoverheid\.nl\/actueel\/nieuws\/2025\/10\/07/.test(b.url ?? "")));
});

test("jeugdwet: pleegzorg tot 21 rests on a 2018 agreement, not on a bill cited as law", () => {
  const { body } = card("staalkaarten/jeugdwet.mdx");
  assert.doesNotMatch(body, /Sinds 2018 loopt pleegzorg standaard door tot 21 jaar/);
  assert.match(body, /afspraak tussen Rijk, VNG en Jeugdzorg Nederland, en geen regel uit de Jeugdwet zelf/);
  assert.match(body, /Kamerstuk 35833/);
});

test("wmo: the abonnementstarief of 2026 is € 21,80, and a household with a partner under AOW age pays nothing", () => {
  const { body, sources } = card("staalkaarten/wmo.mdx");
  assert.doesNotMatch(body, /In 2025 was het ongeveer 21 euro/);
  assert.doesNotMatch(body, /wat hij verdient, maakt niet uit/);
  assert.match(body, /In 2026 is het hoogstens € 21,80 per maand/);
  assert.match(body, /AOW-leeftijd nog niet bereikt\? Dan betaalt het huishouden geen eigen bijdrage/);
  assert.ok(hasSource(sources, (b) => /hetcak\.nl/.test(b.url ?? "")));
});

test("wmo: every gemeente is responsible for beschermd wonen; the money goes to 43 centrumgemeenten", () => {
  const { body } = card("staalkaarten/wmo.mdx");
  assert.doesNotMatch(body, /ongeveer veertig centrumgemeenten/);
  assert.match(body, /Elke gemeente is verantwoordelijk voor beschermd wonen/);
  assert.match(body, /43 centrumgemeenten/);
});

test("wgs: the sources use the Wgs's own BWB id, and the Wsnp also lasts 18 months since 1 July 2023", () => {
  const raw = readFileSync("content/staalkaarten/wgs.mdx", "utf8");
  assert.doesNotMatch(raw, /BWBR0031343/);
  const { body, sources } = card("staalkaarten/wgs.mdx");
  assert.ok(hasSource(sources, (b) => b.bwb === "BWBR0031331" && /BWBR0031331/.test(b.url ?? "")));
  assert.match(body, /Ook die duurt sinds 1 juli 2023 in de regel 18 maanden/);
  assert.ok(hasSource(sources, (b) => b.bwb === "BWBR0001860" && b.article === "art. 349a"));
});

test("wlz: no unsourced 13 weeks; gemeente or zorgverzekeraar pays up to 5 days after the indicatie starts", () => {
  const { body, sources } = card("staalkaarten/wlz.mdx");
  assert.doesNotMatch(body, /13 weken/);
  assert.match(body, /tot 5 dagen nadat de Wlz-indicatie is ingegaan/);
  assert.match(body, /overbruggingszorg \(artikel 3\.3\.6 Wlz\)/);
  assert.ok(hasSource(sources, (b) => /regelhulp\.nl/.test(b.url ?? "")));
});

test("instrumenten: the rekenkamerfunctie is abolished; interpellatie and the motie van wantrouwen are on the card", () => {
  const { data, body, sources } = card("sturingskaarten/instrumenten.mdx");
  assert.doesNotMatch(body, /een rekenkamer of rekenkamerfunctie/);
  assert.match(body, /Sinds 1 januari 2024 heeft elke gemeente een echte rekenkamer/);
  assert.ok(hasSource(sources, (b) => /stb-2022-430/.test(b.url ?? "")));
  const sections = data["sections"] as string[];
  assert.ok(sections.includes("Interpellatie") && sections.includes("Motie van wantrouwen"));
  assert.match(body, /## Interpellatie .*art\. 155, tweede lid, Gemeentewet/);
  assert.match(body, /## Motie van wantrouwen .*art\. 49 Gemeentewet/);
});

test("sturen-op-middelen: gedeputeerde staten place a begroting out of balance under preventief toezicht; the college sends the stukken", () => {
  const { body } = card("sturingskaarten/sturen-op-middelen.mdx");
  assert.doesNotMatch(body, /moet de gemeente de provincie vooraf om goedkeuring vragen/);
  assert.doesNotMatch(body, /De raad stelt de jaarrekening vast en stuurt haar naar de provincie/);
  assert.match(body, /plaatsen gedeputeerde staten de gemeente onder preventief toezicht/);
  assert.match(body, /Komt de begroting of de jaarrekening te laat binnen, dan mogen ze dat doen/);
  assert.match(body, /Daarna stuurt het college haar naar de provincie/);
});

test("termijnen: the college, not the raad, sends the begroting (art. 191) and the jaarrekening (art. 200) to gedeputeerde staten", () => {
  for (const id of ["gemeente-begroting-gs", "gemeente-jaarrekening-gs"] as const) {
    assert.match(TERMIJNEN[id].regel, /^Het college stuurt/, id);
    assert.doesNotMatch(TERMIJNEN[id].regel, /De raad stuurt/, id);
  }
});

test("termijnen: art. 35 Wgr counts the twelve weeks to the offer to the algemeen bestuur, with the zienswijzen attached", () => {
  assert.doesNotMatch(TERMIJNEN["gr-zienswijze"].regel, /tot de vergadering van het algemeen bestuur/);
  assert.match(TERMIJNEN["gr-zienswijze"].regel, /voegt de zienswijzen bij de ontwerpbegroting als het die aan het algemeen bestuur aanbiedt/);
  assert.match(TERMIJNEN["gr-ontwerpbegroting"].regel, /voordat het haar aan het algemeen bestuur aanbiedt/);
  const { body } = card("sturingskaarten/regionale-samenwerking.mdx");
  assert.doesNotMatch(body, /twaalf weken vóór de vergadering van het algemeen bestuur/);
});

const leeg = { kadernota: "", voorjaarsnota: "", najaarsnota: "", begroting: "", jaarstukken: "" };
const kalender = (regeling: Partial<KalenderInvoer["regelingen"][number]>) =>
  jaarkalender({ jaar: 2026, raad: leeg, regelingen: [{ id: "ggd", naam: "GGD", abBegroting: "2026-07-02", abJaarrekening: "", ...regeling }] });
const venster = (k: ReturnType<typeof jaarkalender>) => {
  const m = k.momenten.find((x) => x.id === "gr-ggd-zienswijze");
  assert.ok(m, "geen zienswijzevenster");
  return m;
};

test("jaarkalender: the zienswijze window runs twelve weeks from the day the ontwerpbegroting came in, not to the day before the meeting", () => {
  // In on Thursday 26 March; the bestuur may offer it to the algemeen bestuur from 18 June, so the last safe day is Wednesday 17 June.
  const k = kalender({ ontwerpOntvangen: "2026-03-26" });
  const m = venster(k);
  assert.equal(m.datum, "2026-03-26");
  assert.equal(m.tot, addDays("2026-03-26", 83));
  assert.equal(m.tot, "2026-06-17");
  assert.match(m.uitleg ?? "", /twaalf weken lopen vanaf/);
  assert.deepEqual(k.waarschuwingen, []);
});

test("jaarkalender: a window that would end on a weekend ends on the working day before it", () => {
  // In on Monday 30 March: the twelve weeks end on Sunday 21 June, so the calendar says Friday 19 June.
  assert.equal(venster(kalender({ ontwerpOntvangen: "2026-03-30" })).tot, "2026-06-19");
});

test("jaarkalender: without the day it came in, the window is the latest possible one and says so", () => {
  const m = venster(kalender({ ontwerpOntvangen: "" }));
  assert.equal(m.tot, "2026-07-01");
  assert.match(m.uitleg ?? "", /laatst mogelijke periode/);
  assert.match(m.uitleg ?? "", /aanbiedt/);
});

test("jaarkalender: an ontwerpbegroting that came in less than twelve weeks before the meeting gives a warning with the article", () => {
  const k = kalender({ ontwerpOntvangen: "2026-04-20" });
  assert.equal(venster(k).tot, "2026-07-01");
  assert.match(k.waarschuwingen.join(" "), /GGD: de ontwerpbegroting kwam pas op .* binnen.*art\. 35 Wgr/);
});
