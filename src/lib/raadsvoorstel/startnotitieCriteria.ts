/**
 * The seven elements of a startnotitie (after "Raad in positie", Breda) as a criteria set for the
 * raadsvoorstel engine: a startnotitie text is checked on them with `analyseCriteriaSet`.
 * Headings are matched normalised (lower case, no accents); signals use the notation of criteria.ts.
 */
import type { CriteriumVanSet } from "./analyse.ts";

/** A month, a season or a year: when a phase takes place. */
const WANNEER = /\b(?:20\d\d|voorjaar|najaar|zomer|winter|kwartaal|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/iu;

export const STARTNOTITIE_CRITERIA: readonly CriteriumVanSet[] = [
  {
    id: "opsteller",
    title: "Wie stelt op",
    summary: "Wie schrijft de startnotitie en wie geeft de opdracht.",
    keyQuestions: ["Staat erin wie de notitie schrijft en wie de regie heeft?"],
    headings: [/^wie stelt/u, /opsteller/u, /^opdracht(?:gever|geving)?\b/u, /^regie\b/u],
    aspects: [
      {
        id: "schrijver",
        label: "wie schrijft",
        headings: [/^wie stelt/u, /opsteller/u],
        headingSentences: 1,
        signals: [{ match: "opgesteld door" }, { match: "stelt + op" }, { match: "griffie" }, { match: "raadsadviseur*" }, { match: "werksessie" }, { match: "schrijft" }],
        question: "Wie schrijft deze startnotitie: de ambtelijke organisatie, de griffie of beide samen?",
      },
      {
        id: "regie",
        label: "opdracht en regie",
        signals: [{ match: "agendacommissie" }, { match: "presidium" }, { match: "opdrachtgever*" }, { match: "regie" }],
        question: "Wie geeft de opdracht en houdt de regie op het proces?",
      },
    ],
    question: "Wie stelt de startnotitie op, en wie geeft daarvoor de opdracht?",
  },
  {
    id: "status",
    title: "Ter kennisname of vaststelling",
    summary: "Neemt de raad kennis van de notitie, of stelt de raad haar vast?",
    keyQuestions: ["Is duidelijk of de raad de notitie vaststelt en kan amenderen?"],
    headings: [/^(?:status|besluit|voorstel)\b/u, /vaststelling/u, /kennisname/u],
    aspects: [
      {
        id: "status",
        label: "kennisname of vaststelling",
        signals: [{ match: "ter vaststelling" }, { match: "ter kennisname" }, { match: "ter kennisgeving" }, { match: "stelt + vast", needs: /\braad\b/iu, orElse: "deels" }, { match: "amender*" }],
        question: "Stelt de raad deze startnotitie vast, of neemt de raad er alleen kennis van?",
      },
    ],
    question: "Is het de bedoeling dat de raad de startnotitie vaststelt?",
  },
  {
    id: "focus",
    title: "Focus en reikwijdte",
    summary: "Gaat het alleen over het proces, of geeft de raad ook inhoudelijke kaders mee?",
    keyQuestions: ["Wat valt binnen en buiten het onderwerp?", "Welke inhoudelijke kaders gelden al?"],
    headings: [/focus/u, /reikwijdte/u, /afbakening/u, /^scope\b/u, /^inhoudelijke kaders/u],
    aspects: [
      {
        id: "afbakening",
        label: "afbakening",
        headings: [/focus/u, /reikwijdte/u, /afbakening/u, /^scope\b/u],
        headingSentences: 1,
        signals: [{ match: "reikwijdte" }, { match: "afbakening" }, { match: "valt + buiten" }, { match: "valt + binnen" }, { match: "scope" }],
        question: "Wat valt binnen dit proces, en wat niet?",
      },
      {
        id: "kaders",
        label: "inhoudelijke kaders",
        signals: [{ match: "inhoudelijke kaders" }, { match: "kader*", weak: true }, { match: "uitgangspunt*" }],
        question: "Welke inhoudelijke kaders geeft de raad nu al mee, en welke bestaande kaders blijven staan?",
      },
    ],
    question: "Wat is de focus en reikwijdte van dit proces?",
  },
  {
    id: "samenleving",
    title: "Betrekken van de samenleving",
    summary: "Wie doet mee, en wat wordt van hen gevraagd?",
    keyQuestions: ["Welke inwoners en partners doen mee?", "Is duidelijk of ze informeren, meedenken of meebeslissen?"],
    headings: [/samenleving/u, /participatie/u, /betrekken/u, /betrokkenheid/u, /^inwoners\b/u],
    aspects: [
      {
        id: "wie",
        label: "wie doet mee",
        signals: [{ match: "inwoner*" }, { match: "ketenpartner*" }, { match: "partners" }, { match: "deskundige*" }, { match: "maatschappelijke organisaties" }, { match: "ervaringsdeskundig*" }],
        question: "Welke inwoners, partners en deskundigen wil de raad betrekken?",
      },
      {
        id: "rol",
        label: "wat wordt van hen gevraagd",
        signals: [{ match: "meedenken" }, { match: "meebeslissen" }, { match: "meepraten" }, { match: "raadplegen" }, { match: "scenario*" }, { match: "wikken en wegen" }, { match: "adviseren" }],
        question: "Wat vraagt de raad van inwoners en partners: informeren, meedenken of kiezen tussen scenario's?",
      },
    ],
    question: "Hoe worden inwoners en partners betrokken, en wat vraag je van hen?",
  },
  {
    id: "planning",
    title: "Planning",
    summary: "De fasen van informeren tot besluiten, met data.",
    keyQuestions: ["Hoe lang duurt het proces?", "Staat bij elke fase wanneer die is?"],
    headings: [/planning/u, /tijdpad/u, /^fasering/u, /^fasen?\b/u, /^tijdlijn/u],
    aspects: [
      {
        id: "fasen",
        label: "fasen",
        signals: [{ match: "beeldvorming" }, { match: "oordeelsvorming" }, { match: "besluitvorming" }, { match: "informeren" }, { match: "wikken en wegen" }, { match: "fase*" }],
        question: "Welke fasen doorloopt het proces, van informeren tot besluiten?",
      },
      {
        id: "data",
        label: "data per fase",
        signals: [{ match: WANNEER }],
        question: "Wanneer valt elke fase, en wanneer neemt de raad het besluit?",
      },
    ],
    question: "Wat is de planning van het proces?",
  },
  {
    id: "organisatie",
    title: "Organisatie",
    summary: "Wie organiseert welke bijeenkomst.",
    keyQuestions: ["Staat er wie uitnodigt en wie de bijeenkomsten organiseert?"],
    headings: [/^organisatie/u, /^wie doet wat/u, /^rolverdeling/u, /^uitvoering/u],
    aspects: [
      {
        id: "organisatie",
        label: "wie organiseert",
        headings: [/^organisatie/u, /^wie doet wat/u, /^rolverdeling/u],
        headingSentences: 1,
        signals: [{ match: "organiseert" }, { match: "nodigt + uit" }, { match: "uitnodig*" }, { match: "bijeenkomst*" }, { match: "rondetafel*" }, { match: "werkbezoek*" }],
        question: "Wie nodigt de partijen uit en wie organiseert de bijeenkomsten?",
      },
    ],
    question: "Wie organiseert wat in dit proces?",
  },
  {
    id: "afstemming",
    title: "Afstemming",
    summary: "Hoe raad, college en organisatie samenwerken en elkaar op de hoogte houden.",
    keyQuestions: ["Is er een duidelijke taakverdeling tussen raad en college?", "Hoe blijft de hele raad aangehaakt?"],
    headings: [/afstemming/u, /^samenwerking/u, /^rollen\b/u, /taakverdeling/u],
    aspects: [
      {
        id: "afstemming",
        label: "afstemming raad en college",
        signals: [{ match: "afstemming" }, { match: "afstemmen" }, { match: "taakverdeling" }, { match: "rolverdeling" }, { match: "raad + college", needs: /samen|afspra|rol/iu, orElse: "deels" }],
        question: "Hoe stemmen raad, college en organisatie af, en wie doet wat?",
      },
    ],
    question: "Hoe is de afstemming tussen raad, college en organisatie geregeld?",
  },
];
