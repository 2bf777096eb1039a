/**
 * The legal deadlines of the planning-en-controlcyclus, each with its article and source, in one
 * place: the jaarkalender computes with them, the page shows them, the tests check them.
 * Stand: 1 januari 2026 (Wgr as revised by the Wet versterking democratische legitimatie
 * gemeenschappelijke regelingen, in force since 1 July 2022).
 */

export interface Bron {
  title: string;
  url?: string;
  /** BWB id of the law on wetten.overheid.nl. */
  bwb?: string;
  article?: string;
  /** When the source was consulted (YYYY-MM-DD). */
  consulted: string;
}

export const WGR: Bron = { title: "Wet gemeenschappelijke regelingen", url: "https://wetten.overheid.nl/BWBR0003740/", bwb: "BWBR0003740", consulted: "2026-12-03" };
export const GEMEENTEWET: Bron = { title: "Gemeentewet", url: "https://wetten.overheid.nl/BWBR0005416/", bwb: "BWBR0005416", consulted: "2026-12-03" };
export const TERMIJNENWET: Bron = { title: "Algemene termijnenwet", url: "https://wetten.overheid.nl/BWBR0002448/", bwb: "BWBR0002448", article: "art. 3", consulted: "2026-11-29" };
/** Overview of the old and new Wgr deadlines next to each other. */
export const WGR_TERMIJNEN_OVERZICHT: Bron = {
  title: "Tijdwinst nieuwe begrotingscyclus is sigaar uit eigen doos (Gemeente.nu, over de gewijzigde Wgr)",
  url: "https://www.gemeente.nu/bestuur/tijdwinst-nieuwe-begrotingscyclus-is-sigaar-uit-eigen-doos/",
  consulted: "2026-11-29",
};

export type TermijnId =
  | "gemeente-begroting-gs"
  | "gemeente-jaarrekening-gs"
  | "gr-kaders"
  | "gr-voorlopige-jaarrekening"
  | "gr-ontwerpbegroting"
  | "gr-zienswijze"
  | "gr-begroting-gs"
  | "gr-jaarrekening-gs";

export interface Termijn {
  id: TermijnId;
  /** Short name for the timeline. */
  titel: string;
  /** The rule in plain Dutch. */
  regel: string;
  /** Article, as a reader would look it up. */
  artikel: string;
  bron: Bron;
  /** What the raad does at this moment. */
  raadDoet: string;
}

/** Fixed dates: the deadline is the day BEFORE this month/day ("vóór 15 november"). */
export const VASTE_DATA = {
  "gemeente-begroting-gs": { month: 11, day: 15 },
  "gemeente-jaarrekening-gs": { month: 7, day: 15 },
  "gr-kaders": { month: 4, day: 30 },
  "gr-voorlopige-jaarrekening": { month: 4, day: 30 },
  "gr-begroting-gs": { month: 9, day: 15 },
  "gr-jaarrekening-gs": { month: 7, day: 15 },
} as const;

/**
 * Weeks between sending the ontwerpbegroting to the raden and offering it to the algemeen bestuur
 * (art. 35 Wgr). The offer, with the zienswijzen attached, comes before the meeting; ADR 0028.
 */
export const ONTWERPBEGROTING_WEKEN = 12;
/** Days after adoption within which a begroting or jaarrekening goes to gedeputeerde staten. */
export const NA_VASTSTELLING_DAGEN = 14;

export const TERMIJNEN: Record<TermijnId, Termijn> = {
  "gemeente-begroting-gs": {
    id: "gemeente-begroting-gs",
    titel: "Begroting van de gemeente naar de provincie",
    regel: "Het college stuurt de begroting die de raad vaststelde binnen twee weken naar gedeputeerde staten, en in elk geval vóór 15 november van het jaar voor het begrotingsjaar.",
    artikel: "art. 191, tweede lid, Gemeentewet",
    bron: { ...GEMEENTEWET, article: "art. 191" },
    raadDoet: "Stel de begroting op tijd vast. Leg in de begrotingsraad vast welke kaders je meegeeft en welke informatie je tussendoor wilt krijgen.",
  },
  "gemeente-jaarrekening-gs": {
    id: "gemeente-jaarrekening-gs",
    titel: "Jaarrekening van de gemeente naar de provincie",
    regel: "Het college stuurt de jaarrekening die de raad vaststelde, met het jaarverslag, binnen twee weken naar gedeputeerde staten, en in elk geval vóór 15 juli van het jaar na het begrotingsjaar.",
    artikel: "art. 200 Gemeentewet",
    bron: { ...GEMEENTEWET, article: "art. 200" },
    raadDoet: "Controleer: is gedaan wat de raad vroeg, en wat leverde het op voor inwoners? Lees het verslag van de accountant en vraag door waar doelen niet gehaald zijn.",
  },
  "gr-kaders": {
    id: "gr-kaders",
    titel: "Kaderbrief van de regeling naar de raden",
    regel: "Het dagelijks bestuur stuurt de raden vóór 30 april de algemene financiële en beleidsmatige kaders voor de begroting van het jaar erna.",
    artikel: "art. 34b Wgr",
    bron: { ...WGR, article: "art. 34b" },
    raadDoet: "Leg de kaderbrief naast je eigen kadernota. Vraag je college om jullie wensen in te brengen voordat de ontwerpbegroting wordt geschreven.",
  },
  "gr-voorlopige-jaarrekening": {
    id: "gr-voorlopige-jaarrekening",
    titel: "Voorlopige jaarrekening van de regeling naar de raden",
    regel: "Samen met de kaders stuurt het dagelijks bestuur vóór 30 april de voorlopige jaarrekening van het vorige jaar.",
    artikel: "art. 34b Wgr",
    bron: { ...WGR, article: "art. 34b" },
    raadDoet: "Kijk of de regeling deed wat was afgesproken en of er een tekort of overschot is dat jouw begroting raakt.",
  },
  "gr-ontwerpbegroting": {
    id: "gr-ontwerpbegroting",
    titel: "Ontwerpbegroting van de regeling naar de raden",
    regel: "Het dagelijks bestuur stuurt de ontwerpbegroting naar de raden twaalf weken voordat het haar aan het algemeen bestuur aanbiedt. Die aanbieding is uiterlijk op de dag van de vergadering, dus de ontwerpbegroting is er uiterlijk twaalf weken voor die vergadering.",
    artikel: "art. 35, eerste lid, Wgr",
    bron: { ...WGR, article: "art. 35" },
    raadDoet: "Zet de zienswijze op de agenda van een raadsvergadering vóór de vergadering van het algemeen bestuur. Gebruik de zienswijzehulp bij regionale samenwerking.",
  },
  "gr-zienswijze": {
    id: "gr-zienswijze",
    titel: "Zienswijze van de raad op de ontwerpbegroting",
    regel: "De raden kunnen hun zienswijze op de ontwerpbegroting naar voren brengen bij het dagelijks bestuur. Dat bestuur voegt de zienswijzen bij de ontwerpbegroting als het die aan het algemeen bestuur aanbiedt. De zienswijze moet er dus zijn vóór die aanbieding: binnen twaalf weken nadat de ontwerpbegroting binnenkwam.",
    artikel: "art. 35, derde lid, Wgr",
    bron: { ...WGR, article: "art. 35" },
    raadDoet: "Past de begroting bij jullie kaders? Hoe groeit de bijdrage? Welke risico's zijn er? Stel samen een zienswijze vast en stuur die op tijd.",
  },
  "gr-begroting-gs": {
    id: "gr-begroting-gs",
    titel: "Begroting van de regeling naar de provincie",
    regel: "Het dagelijks bestuur stuurt de vastgestelde begroting binnen twee weken naar gedeputeerde staten, en in elk geval vóór 15 september van het jaar voor het begrotingsjaar.",
    artikel: "art. 34, tweede lid, Wgr",
    bron: { ...WGR, article: "art. 34" },
    raadDoet: "Kijk wat het algemeen bestuur met jullie zienswijze deed. Verwerk de bijdrage in je eigen begroting.",
  },
  "gr-jaarrekening-gs": {
    id: "gr-jaarrekening-gs",
    titel: "Jaarrekening van de regeling naar de provincie",
    regel: "Het dagelijks bestuur stuurt de vastgestelde jaarrekening binnen twee weken naar gedeputeerde staten, en in elk geval vóór 15 juli van het jaar na het begrotingsjaar.",
    artikel: "art. 34 Wgr",
    bron: { ...WGR, article: "art. 34" },
    raadDoet: "Vraag je raadsrapporteur of wethouder wat opvalt in de jaarrekening van de regeling, en neem dat mee bij je eigen jaarstukken.",
  },
};

/** Every source the deadlines rest on, for the page's source list. */
export const TERMIJN_BRONNEN: Bron[] = [GEMEENTEWET, WGR, TERMIJNENWET, WGR_TERMIJNEN_OVERZICHT];
