/**
 * The startnotitie worksheet: the seven elements and the three phases (after "Raad in positie",
 * Breda), and its export. The text check uses the raadsvoorstel engine with STARTNOTITIE_CRITERIA.
 */
import type { Startnotitie } from "../../schemas/startnotitie.ts";
import { fields, section, type ExportDocument } from "../export/document.ts";

export interface StartnotitieElement {
  id: string;
  titel: string;
  vraag: string;
  hint: string;
}

/** Ids match STARTNOTITIE_CRITERIA, so the check and the worksheet talk about the same element. */
export const STARTNOTITIE_ELEMENTEN: StartnotitieElement[] = [
  { id: "opsteller", titel: "Wie stelt op", vraag: "Wie schrijft de startnotitie, en wie geeft de opdracht?", hint: "Een ambtenaar, een raadsadviseur van de griffie, of samen in een werksessie. Vaak heeft de agendacommissie de regie." },
  { id: "status", titel: "Ter kennisname of vaststelling", vraag: "Neemt de raad kennis van de notitie, of stelt de raad haar vast?", hint: "Vaststellen betekent: bespreken en eventueel amenderen." },
  { id: "focus", titel: "Focus en reikwijdte", vraag: "Gaat het alleen over het proces, of geeft de raad ook inhoudelijke kaders mee?", hint: "Noem wat erbinnen valt en wat niet, en welke kaders blijven staan." },
  { id: "samenleving", titel: "Betrekken van de samenleving", vraag: "Wie doet mee, en wat vraag je van hen?", hint: "Inwoners, ketenpartners, deskundigen. Informeren, meedenken, of kiezen tussen scenario's?" },
  { id: "planning", titel: "Planning", vraag: "Hoe lang duurt het proces, en welke stap valt wanneer?", hint: "Vul hieronder per fase de periode in." },
  { id: "organisatie", titel: "Organisatie", vraag: "Wie nodigt uit en wie organiseert de bijeenkomsten?", hint: "Schrijf per bijeenkomst op wie het regelt." },
  { id: "afstemming", titel: "Afstemming", vraag: "Hoe werken raad, college en organisatie samen, en hoe houden ze elkaar op de hoogte?", hint: "Spreek een taakverdeling af en momenten om af te stemmen." },
];

export const STARTNOTITIE_FASEN = [
  { id: "informeren", titel: "Informeren", uitleg: "Alle raadsleden krijgen hetzelfde beeld: wat doen we nu, wat kost het, wat zeggen cijfers en ervaringen, waar zit beleidsruimte?" },
  { id: "wikken", titel: "Wikken en wegen", uitleg: "Een discussienotitie met keuzes, kosten en gevolgen. Eerst reageren partners en inwoners, dan debatteert de raad." },
  { id: "besluiten", titel: "Besluiten", uitleg: "Het college maakt met de richtinggevende uitspraken een raadsvoorstel, dat de gewone weg naar de raad volgt." },
] as const;

/** How many of the seven elements are filled in. */
export function startnotitieVoortgang(s: Startnotitie): number {
  return STARTNOTITIE_ELEMENTEN.filter((e) => (s.elementen[e.id] ?? "").trim() !== "").length;
}

export function startnotitieDocument(s: Startnotitie, werkboekNaam: string): ExportDocument {
  return {
    title: `${werkboekNaam} — startnotitie${s.onderwerp.trim() ? `: ${s.onderwerp.trim()}` : ""}`,
    subtitle: "Proceskader van de raad, gemaakt met Raadskompas.",
    blocks: [
      ...section(1, "Zeven onderdelen", [fields(STARTNOTITIE_ELEMENTEN.map((e) => ({ label: e.titel, value: s.elementen[e.id] ?? "" })))]),
      ...section(
        1,
        "Drie fasen",
        STARTNOTITIE_FASEN.flatMap((f) => section(2, f.titel, [fields([{ label: "Periode", value: s.fasen[f.id].periode }, { label: "Aanpak", value: s.fasen[f.id].aanpak }])])),
      ),
    ],
  };
}
