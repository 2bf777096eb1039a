import { test } from "node:test";
import assert from "node:assert/strict";
import { analyseCriteriaSet } from "../../src/lib/raadsvoorstel/analyse.ts";
import { STARTNOTITIE_CRITERIA } from "../../src/lib/raadsvoorstel/startnotitieCriteria.ts";
import { STARTNOTITIE_ELEMENTEN } from "../../src/lib/sturing/startnotitie.ts";
import { nieuweRegeling } from "../../src/lib/sturing/regeling.ts";
import { regelingSchema } from "../../src/schemas/regeling.ts";
import { bijdrageTrend, zienswijzeBrief, zienswijzeConcept, zienswijzeDocument } from "../../src/lib/sturing/zienswijze.ts";
import { toMarkdown } from "../../src/lib/export/markdown.ts";

const VOLLEDIG = `Startnotitie armoede en schuldhulpverlening

Wie stelt op
De startnotitie is opgesteld door een beleidsmedewerker samen met een raadsadviseur van de griffie. De agendacommissie is opdrachtgever en houdt de regie.

Status
De startnotitie wordt ter vaststelling aan de raad aangeboden, zodat de raad haar kan amenderen.

Focus en reikwijdte
Het proces gaat over armoedebeleid en schuldhulpverlening. Beschermingsbewind valt buiten de reikwijdte. De raad geeft als inhoudelijke kaders mee dat niemand tussen wal en schip valt.

Betrekken van de samenleving
Inwoners met ervaring, ketenpartners en deskundigen worden uitgenodigd. Wij vragen hen mee te denken over scenario's; de raad beslist.

Planning
De beeldvorming loopt van mei tot september 2027. De oordeelsvorming volgt in oktober en november 2027. De besluitvorming is in februari 2028.

Organisatie
De griffie organiseert de rondetafelgesprekken. De afdeling samenleving nodigt de partners uit voor een bijeenkomst in het wijkcentrum.

Afstemming
Raad en college maken samen afspraken over de taakverdeling. Er is maandelijks afstemming tussen de griffier en de ambtelijk opdrachtgever.`;

test("the startnotitie check uses the raadsvoorstel engine with its own criteria set", () => {
  assert.deepEqual(STARTNOTITIE_CRITERIA.map((c) => c.id), STARTNOTITIE_ELEMENTEN.map((e) => e.id), "worksheet and check name the same seven elements");
  const r = analyseCriteriaSet(VOLLEDIG, STARTNOTITIE_CRITERIA);
  assert.equal(r.length, 7);
  for (const c of r) assert.notEqual(c.status, "afwezig", `${c.id}: ${c.reason}`);
  assert.ok(r.filter((c) => c.status === "aanwezig").length >= 5, r.map((c) => `${c.id}=${c.status}`).join(" "));
});

test("a text that is only about content misses the process elements", () => {
  const r = analyseCriteriaSet("Armoede is een groot probleem in onze stad. Veel gezinnen hebben schulden. Het college wil daar iets aan doen met extra geld voor de voedselbank.", STARTNOTITIE_CRITERIA);
  const byId = Object.fromEntries(r.map((c) => [c.id, c.status]));
  assert.equal(byId["status"], "afwezig");
  assert.equal(byId["afstemming"], "afwezig");
  assert.equal(byId["planning"], "afwezig");
});

test("a new regeling written out by hand equals the schema's defaults", () => {
  const r = nieuweRegeling("GGD", "gr-1");
  assert.deepEqual(r, regelingSchema.parse({ id: "gr-1", naam: "GGD" }));
});

test("zienswijze: the trend and the user's answers end up in the draft letter and its export", () => {
  const r = {
    ...nieuweRegeling("GGD Noord", "gr-1"),
    bijdragen: [
      { jaar: 2026, perInwoner: 40 },
      { jaar: 2025, perInwoner: 38 },
      { jaar: 2027, perInwoner: 44 },
    ],
    zienswijze: {
      begrotingsjaar: 2027,
      antwoorden: {
        bijdrage: { oordeel: "deels" as const, toelichting: "De stijging komt vooral door hogere loonkosten." },
        risico: { oordeel: "nee" as const, toelichting: "Het weerstandsvermogen is lager dan 1,0." },
      },
      brief: "",
    },
  };
  assert.equal(bijdrageTrend(r), "De bijdrage per inwoner gaat van € 38,00 in 2025 naar € 44,00 in 2027: een stijging van 15,8%.");
  const brief = zienswijzeConcept(r, { gemeente: "Westerveld" });
  assert.match(brief, /gemeenteraad van Westerveld/);
  assert.match(brief, /ontwerpbegroting 2027 van GGD Noord/);
  assert.match(brief, /hogere loonkosten/);
  assert.match(brief, /een stijging van 15,8%/);
  assert.match(brief, /lager dan 1,0/);
  assert.match(brief, /aan te passen voordat het algemeen bestuur/, "a 'nee' asks for changes");
  assert.match(brief, /artikel 35, derde lid/);
  const eigen = { ...r, zienswijze: { ...r.zienswijze, brief: "Mijn eigen brief.\n\nTweede alinea." } };
  assert.equal(zienswijzeBrief(eigen, { gemeente: "" }), "Mijn eigen brief.\n\nTweede alinea.");
  const md = toMarkdown(zienswijzeDocument(eigen, { gemeente: "" }));
  assert.match(md, /# Zienswijze ontwerpbegroting 2027 — GGD Noord/);
  assert.match(md, /Mijn eigen brief\.\n\nTweede alinea\./);
});

test("the Sturing part of a werkboek export has every filled-in worksheet, and is empty when nothing is filled in", async () => {
  const { createWerkboek } = await import("../../src/lib/werkboek/model.ts");
  const { sturingBlocks } = await import("../../src/lib/sturing/sturingExport.ts");
  const asDoc = (w: ReturnType<typeof createWerkboek>) => ({ title: w.name, blocks: sturingBlocks(w, []) });
  assert.deepEqual(sturingBlocks(createWerkboek("Leeg"), []), []);
  const w = createWerkboek("Fractie");
  w.sturing.regelingen.push({ ...nieuweRegeling("GGD Noord", "gr-1"), vorm: "openbaar-lichaam" });
  w.sturing.startnotitie.onderwerp = "Armoede";
  w.sturing.startnotitie.elementen["planning"] = "Besluit in februari 2028.";
  w.sturing.beleidscyclus.thema = "Jeugdhulp";
  w.sturing.beleidscyclus.stappen["agenderen"] = { besloten: "Motie over wachtlijsten aangenomen.", wanneer: "2026-03-12", volgendInstrument: "motie" };
  const md = toMarkdown(asDoc(w));
  assert.match(md, /## Sturing/);
  assert.match(md, /GGD Noord/);
  assert.match(md, /Openbaar lichaam/);
  assert.match(md, /Besluit in februari 2028\./);
  assert.match(md, /Motie over wachtlijsten aangenomen\./);
  assert.match(md, /12 maart 2026/);
});
