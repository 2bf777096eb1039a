/**
 * The jaarkalender: from the raad's own P&C meetings and the meeting dates of each regeling's
 * algemeen bestuur, the legal deadlines of one year, sorted, each with "wat doe je dan als raad".
 *
 * Weekends and holidays (ADR 0012): the law's date is never moved later. When the last allowed day
 * falls on a Saturday, Sunday or algemeen erkende feestdag, the calendar shows the working day before
 * it and says why. The Algemene termijnenwet may extend some periods, but a raad that plans on the
 * earlier day is never late, whatever a lawyer later decides about a given deadline.
 */
import type { Raadsvergaderingen } from "../../schemas/jaarkalender.ts";
import type { Sturing } from "../../schemas/sturing.ts";
import { addDays, datum, formatDatum, geenWerkdag, isDatum, minDatum, vorigeWerkdag, yearOf } from "./datum.ts";
import { NA_VASTSTELLING_DAGEN, ONTWERPBEGROTING_WEKEN, TERMIJNEN, VASTE_DATA, type Termijn, type TermijnId } from "./termijnen.ts";

export type RaadMomentId = keyof Raadsvergaderingen;

/** The raad's own P&C meetings, in the order of the year, with what the raad does there. */
export const RAAD_MOMENTEN: { id: RaadMomentId; titel: string; raadDoet: string }[] = [
  { id: "kadernota", titel: "Raad bespreekt de kadernota", raadDoet: "Geef het college je wensen mee voor de begroting van volgend jaar, ook voor de regelingen waarin je gemeente meedoet." },
  { id: "voorjaarsnota", titel: "Raad bespreekt de voorjaarsnota", raadDoet: "Kijk waar het lopende jaar afwijkt van de begroting. Vraag waarom, en wat het college eraan doet." },
  { id: "jaarstukken", titel: "Raad stelt de jaarstukken vast", raadDoet: "Controleer of de doelen zijn gehaald en of het geld is besteed zoals de raad besloot." },
  { id: "najaarsnota", titel: "Raad bespreekt de najaarsnota", raadDoet: "Bekijk de laatste bijstelling van dit jaar. Grote tekorten of overschotten zijn een signaal voor de begroting." },
  { id: "begroting", titel: "Raad stelt de begroting vast", raadDoet: "Kies waar het geld heen gaat. Gebruik amendementen en moties om kaders te stellen." },
];

/** One regeling as the calendar needs it. */
export interface KalenderRegeling {
  id: string;
  naam: string;
  abBegroting: string;
  abJaarrekening: string;
  /** The day the ontwerpbegroting reached the raad; "" or absent while it has not come. */
  ontwerpOntvangen?: string;
}

export interface Moment {
  /** Stable within a calendar: also the iCalendar UID's first part. */
  id: string;
  /** raad: a meeting the user entered; bestuur: a meeting of an algemeen bestuur; termijn: a legal deadline. */
  soort: "raad" | "bestuur" | "termijn";
  titel: string;
  /** Day to plan on (for a deadline: the last working day it is still on time). */
  datum: string;
  /** Last day of a period (inclusive), for the zienswijze window. */
  tot?: string;
  /** The law's own last day, when the plan day is earlier because of a weekend or holiday. */
  wettelijk?: string;
  /** Why the day moved. */
  uitleg?: string;
  /** The regeling this moment belongs to. */
  regeling?: string;
  termijn?: Termijn;
  raadDoet: string;
}

export interface KalenderInvoer {
  jaar: number;
  raad: Raadsvergaderingen;
  regelingen: KalenderRegeling[];
}

export interface Kalender {
  jaar: number;
  momenten: Moment[];
  /** Dutch warnings: a meeting planned too late for the law. */
  waarschuwingen: string[];
}

/** The last day the law allows (day before a "vóór" date) moved to a working day, with the reason. */
function deadline(wettelijk: string): Pick<Moment, "datum" | "wettelijk" | "uitleg"> {
  const plan = vorigeWerkdag(wettelijk);
  if (plan === wettelijk) return { datum: plan };
  return { datum: plan, wettelijk, uitleg: `De laatste dag, ${formatDatum(wettelijk)}, is geen werkdag (${geenWerkdag(wettelijk)}). Plan daarom uiterlijk ${formatDatum(plan)}.` };
}

/** The day before the "vóór" date of a fixed deadline in `year`. */
function vasteDatum(id: keyof typeof VASTE_DATA, year: number): string {
  const v = VASTE_DATA[id];
  return addDays(datum(year, v.month, v.day), -1);
}

function termijnMoment(id: string, t: TermijnId, wettelijk: string, regeling?: string): Moment {
  const termijn = TERMIJNEN[t];
  const m: Moment = { id, soort: "termijn", titel: termijn.titel, ...deadline(wettelijk), termijn, raadDoet: termijn.raadDoet };
  if (regeling !== undefined) m.regeling = regeling;
  return m;
}

/**
 * The zienswijze window (ADR 0028). Art. 35 Wgr counts the twelve weeks to the day the dagelijks
 * bestuur offers the ontwerpbegroting to the algemeen bestuur, with the zienswijzen attached. That
 * offer comes with the meeting papers, before the meeting, on a day the law does not fix. What the
 * raad can rely on is twelve weeks from the day the ontwerpbegroting came in: the bestuur may not
 * offer it sooner. Without that day the calendar can only show the latest possible window.
 */
function zienswijzeMoment(p: string, naam: string, ab: string, ontwerp: Moment, ontvangen: string | undefined, waarschuwingen: string[]): Moment {
  const t = TERMIJNEN["gr-zienswijze"];
  const base = { id: `${p}-zienswijze`, soort: "termijn" as const, titel: t.titel, regeling: naam, termijn: t, raadDoet: t.raadDoet };
  const laatsteDag = addDays(ab, -1);
  if (ontvangen === undefined || !isDatum(ontvangen) || ontvangen > laatsteDag) {
    return {
      ...base,
      datum: ontwerp.datum,
      tot: vorigeWerkdag(laatsteDag),
      uitleg:
        "Dit is de laatst mogelijke periode. De zienswijze moet binnen zijn voordat het dagelijks bestuur de ontwerpbegroting aan het algemeen bestuur aanbiedt, en dat gebeurt vaak al een paar weken voor de vergadering. Vul in wanneer de ontwerpbegroting binnenkwam: dan rekent de kalender de twaalf weken vanaf die dag.",
    };
  }
  const twaalfWeken = addDays(ontvangen, 7 * ONTWERPBEGROTING_WEKEN - 1);
  if (ontvangen > addDays(ab, -7 * ONTWERPBEGROTING_WEKEN)) {
    waarschuwingen.push(
      `${naam}: de ontwerpbegroting kwam pas op ${formatDatum(ontvangen)} binnen, minder dan twaalf weken voor de vergadering van het algemeen bestuur (art. 35 Wgr). Vraag het dagelijks bestuur tot wanneer jullie zienswijze kan komen.`,
    );
  }
  return {
    ...base,
    datum: ontvangen,
    tot: vorigeWerkdag(minDatum(twaalfWeken, laatsteDag)),
    uitleg: `De twaalf weken lopen vanaf ${formatDatum(ontvangen)}, de dag dat de ontwerpbegroting binnenkwam. Eerder mag het dagelijks bestuur haar niet aan het algemeen bestuur aanbieden.`,
  };
}

/** Computes the calendar of one year. Dates that are not filled in are simply left out. */
export function jaarkalender(input: KalenderInvoer): Kalender {
  const { jaar, raad } = input;
  const momenten: Moment[] = [];
  const waarschuwingen: string[] = [];

  for (const r of RAAD_MOMENTEN) {
    const d = raad[r.id];
    if (isDatum(d)) momenten.push({ id: `raad-${r.id}`, soort: "raad", titel: r.titel, datum: d, raadDoet: r.raadDoet });
  }

  // The law gives two weeks after adoption but also a fixed last date; a body that adopts after that
  // date cannot be on time whatever it does, so the raad hears it now rather than from the provincie.
  const naarGs = (id: string, t: keyof typeof VASTE_DATA, jaarVan: number, vastgesteld: string | null, teLaat: (vastgesteld: string) => string, regeling?: string) => {
    const vast = vasteDatum(t, jaarVan);
    momenten.push(termijnMoment(id, t, vastgesteld ? minDatum(addDays(vastgesteld, NA_VASTSTELLING_DAGEN), vast) : vast, regeling));
    if (vastgesteld && vastgesteld > vast) waarschuwingen.push(teLaat(vastgesteld));
  };

  // Gemeente: begroting and jaarrekening to gedeputeerde staten.
  naarGs("gemeente-begroting-gs", "gemeente-begroting-gs", jaar, isDatum(raad.begroting) ? raad.begroting : null, (d) => `De begrotingsraad (${formatDatum(d)}) is na 14 november: dan is de begroting niet op tijd bij de provincie (art. 191 Gemeentewet).`);
  naarGs("gemeente-jaarrekening-gs", "gemeente-jaarrekening-gs", jaar, isDatum(raad.jaarstukken) ? raad.jaarstukken : null, (d) => `De raad stelt de jaarstukken vast op ${formatDatum(d)}: dat is na 14 juli en te laat voor de provincie (art. 200 Gemeentewet).`);

  for (const g of input.regelingen) {
    const naam = g.naam.trim() || "Naamloze regeling";
    const p = `gr-${g.id}`;
    momenten.push(termijnMoment(`${p}-kaders`, "gr-kaders", vasteDatum("gr-kaders", jaar), naam));
    momenten.push(termijnMoment(`${p}-voorlopige-jaarrekening`, "gr-voorlopige-jaarrekening", vasteDatum("gr-voorlopige-jaarrekening", jaar), naam));
    if (isDatum(g.abBegroting)) {
      const ab = g.abBegroting;
      momenten.push({ id: `${p}-ab-begroting`, soort: "bestuur", titel: "Algemeen bestuur stelt de begroting vast", datum: ab, regeling: naam, raadDoet: "Jullie zienswijze moet er nu liggen. Vraag na afloop wat het bestuur ermee deed." });
      const ontwerp = termijnMoment(`${p}-ontwerpbegroting`, "gr-ontwerpbegroting", addDays(ab, -7 * ONTWERPBEGROTING_WEKEN), naam);
      momenten.push(ontwerp);
      momenten.push(zienswijzeMoment(p, naam, ab, ontwerp, g.ontwerpOntvangen, waarschuwingen));
      // The fixed date falls in the year the bestuur meets, which need not be the year on screen.
      naarGs(`${p}-begroting-gs`, "gr-begroting-gs", yearOf(ab), ab, (d) => `${naam}: het algemeen bestuur stelt de begroting pas op ${formatDatum(d)} vast. Dat is na 14 september en te laat voor de provincie (art. 34 Wgr).`, naam);
    }
    if (isDatum(g.abJaarrekening)) {
      const ab = g.abJaarrekening;
      momenten.push({ id: `${p}-ab-jaarrekening`, soort: "bestuur", titel: "Algemeen bestuur stelt de jaarrekening vast", datum: ab, regeling: naam, raadDoet: "Lees wat de regeling deed met het geld van je gemeente en wat dat opleverde." });
      naarGs(`${p}-jaarrekening-gs`, "gr-jaarrekening-gs", yearOf(ab), ab, (d) => `${naam}: het algemeen bestuur stelt de jaarrekening pas op ${formatDatum(d)} vast. Dat is na 14 juli en te laat voor de provincie (art. 34 Wgr).`, naam);
    }
  }

  momenten.sort((a, b) => a.datum.localeCompare(b.datum) || a.id.localeCompare(b.id));
  return { jaar, momenten, waarschuwingen };
}

/** The calendar of a werkboek's Sturing part; `jaarNu` is the year it shows when the user chose none. */
export function sturingKalender(s: Pick<Sturing, "jaarkalender" | "regelingen">, jaarNu = new Date().getFullYear()): Kalender {
  return jaarkalender({ jaar: s.jaarkalender.jaar ?? jaarNu, raad: s.jaarkalender.raad, regelingen: s.regelingen });
}

/** Moments that touch the given year (a window that starts in December still shows in January). */
export function inJaar(m: Moment, jaar: number): boolean {
  const start = Number(m.datum.slice(0, 4));
  const end = Number((m.tot ?? m.datum).slice(0, 4));
  return start <= jaar && end >= jaar;
}
