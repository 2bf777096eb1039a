/**
 * The zienswijze helper: check questions on a regeling's ontwerpbegroting, and a draft letter built
 * from the raadslid's answers. The letter is plain text, so the user can edit it freely; the export
 * turns it into paragraphs of the shared document model.
 */
import type { Regeling, ZienswijzeAntwoord } from "../../schemas/regeling.ts";
import { paragraph, textLines, type ExportDocument } from "../export/document.ts";

type Oordeel = "ja" | "deels" | "nee";

export interface ZienswijzeVraag {
  id: string;
  vraag: string;
  hint: string;
  /** The letter's opening sentence for each judgement. */
  zin: Record<Oordeel, string>;
}

export const ZIENSWIJZE_VRAGEN: ZienswijzeVraag[] = [
  {
    id: "kaders",
    vraag: "Past de ontwerpbegroting bij de kaderbrief van de regeling en bij de kaders van onze eigen begroting?",
    hint: "Leg de kaderbrief (vóór 30 april) en jullie kadernota ernaast.",
    zin: {
      ja: "De ontwerpbegroting past bij de kaderbrief en bij de kaders die onze raad heeft gesteld.",
      deels: "De ontwerpbegroting past maar voor een deel bij de kaderbrief en bij de kaders van onze raad.",
      nee: "De ontwerpbegroting past niet bij de kaderbrief en de kaders van onze raad.",
    },
  },
  {
    id: "bijdrage",
    vraag: "Is de ontwikkeling van de bijdrage per inwoner te verantwoorden?",
    hint: "Vul op het kaartje van de regeling de bijdrage per jaar in; de trend staat dan in de brief.",
    zin: {
      ja: "De ontwikkeling van de gemeentelijke bijdrage vinden wij te verantwoorden.",
      deels: "De stijging van de gemeentelijke bijdrage vraagt om een betere onderbouwing.",
      nee: "De stijging van de gemeentelijke bijdrage vinden wij niet aanvaardbaar.",
    },
  },
  {
    id: "risico",
    vraag: "Zijn de risico's benoemd, en is het weerstandsvermogen voldoende?",
    hint: "Kijk in de paragraaf weerstandsvermogen en risicobeheersing.",
    zin: {
      ja: "De risico's zijn helder beschreven en het weerstandsvermogen is voldoende.",
      deels: "De risico's zijn niet volledig in beeld, of het weerstandsvermogen is krap.",
      nee: "De risico's zijn onvoldoende beschreven en het weerstandsvermogen schiet tekort.",
    },
  },
  {
    id: "visie",
    vraag: "Draagt de begroting bij aan de maatschappelijke resultaten uit ons visie-werkboek?",
    hint: "Je maatschappelijke resultaten staan hieronder, uit je werkboek.",
    zin: {
      ja: "De plannen dragen bij aan de maatschappelijke resultaten die onze raad wil bereiken.",
      deels: "Wij zien de maatschappelijke resultaten die onze raad wil bereiken maar voor een deel terug.",
      nee: "Wij missen de verbinding met de maatschappelijke resultaten die onze raad wil bereiken.",
    },
  },
  {
    id: "informatie",
    vraag: "Krijgt de raad op tijd de informatie die in het informatieprotocol is afgesproken?",
    hint: "Denk aan tussentijdse rapportages, kengetallen en signalen over wachtlijsten.",
    zin: {
      ja: "De informatie aan de raden is op tijd en volledig.",
      deels: "De informatie aan de raden kan beter.",
      nee: "De raad krijgt niet de informatie die is afgesproken.",
    },
  },
  {
    id: "participatie",
    vraag: "Staat erin hoe inwoners en belanghebbenden meedoen, zoals de Wgr sinds 2022 vraagt?",
    hint: "Sinds de wijziging van de Wgr moet elke regeling inwonerparticipatie regelen.",
    zin: {
      ja: "De begroting laat zien hoe inwoners en belanghebbenden betrokken worden.",
      deels: "Over de betrokkenheid van inwoners staat weinig in de begroting.",
      nee: "De begroting zegt niets over de betrokkenheid van inwoners en belanghebbenden.",
    },
  },
];

const euro = (n: number) => `€ ${n.toFixed(2).replace(".", ",")}`;

/** The trend of the bijdrage per inwoner as a sentence, or "" with fewer than two known years. */
export function bijdrageTrend(r: Regeling): string {
  const known = r.bijdragen.filter((b): b is { jaar: number; perInwoner: number } => b.perInwoner !== null).sort((a, b) => a.jaar - b.jaar);
  const first = known[0];
  const last = known[known.length - 1];
  if (!first || !last || first === last) return "";
  const pct = first.perInwoner === 0 ? null : Math.round(((last.perInwoner - first.perInwoner) / first.perInwoner) * 1000) / 10;
  const richting = last.perInwoner > first.perInwoner ? "een stijging" : last.perInwoner < first.perInwoner ? "een daling" : "gelijk";
  const hoeveel = pct === null || richting === "gelijk" ? "" : ` van ${String(Math.abs(pct)).replace(".", ",")}%`;
  return `De bijdrage per inwoner gaat van ${euro(first.perInwoner)} in ${first.jaar} naar ${euro(last.perInwoner)} in ${last.jaar}: ${richting}${hoeveel}.`;
}

export interface BriefContext {
  /** Name of the gemeente, or "" (then a placeholder). */
  gemeente: string;
}

const answered = (a: ZienswijzeAntwoord | undefined): a is ZienswijzeAntwoord & { oordeel: Oordeel } => a !== undefined && a.oordeel !== "";

/** The draft letter from the answers. */
export function zienswijzeConcept(r: Regeling, ctx: BriefContext): string {
  const naam = r.naam.trim() || "[naam van de regeling]";
  const jaar = r.zienswijze.begrotingsjaar === null ? "[jaar]" : String(r.zienswijze.begrotingsjaar);
  const gemeente = ctx.gemeente.trim() || "[gemeente]";
  const punten: string[] = [];
  const oordelen: Oordeel[] = [];
  for (const q of ZIENSWIJZE_VRAGEN) {
    const a = r.zienswijze.antwoorden[q.id];
    const trend = q.id === "bijdrage" ? bijdrageTrend(r) : "";
    if (!answered(a)) continue;
    oordelen.push(a.oordeel);
    punten.push([q.zin[a.oordeel], trend, a.toelichting.trim()].filter(Boolean).join(" "));
  }
  const slot = oordelen.includes("nee")
    ? "Wij vragen u de ontwerpbegroting op deze punten aan te passen voordat het algemeen bestuur haar vaststelt, en ons te laten weten wat u met deze zienswijze doet."
    : oordelen.includes("deels")
      ? "Wij vragen u met deze punten rekening te houden bij de vaststelling, en ons te laten weten wat u met deze zienswijze doet."
      : "Wij kunnen instemmen met de ontwerpbegroting.";
  return [
    `Aan het dagelijks bestuur van ${naam}`,
    `Onderwerp: zienswijze op de ontwerpbegroting ${jaar}`,
    "Geacht bestuur,",
    `De gemeenteraad van ${gemeente} heeft de ontwerpbegroting ${jaar} van ${naam} besproken. Met deze brief geven wij onze zienswijze, zoals artikel 35, derde lid, van de Wet gemeenschappelijke regelingen mogelijk maakt.`,
    ...(punten.length ? punten : ["[Vul de controlevragen in; je antwoorden komen hier.]"]),
    slot,
    `Met vriendelijke groet,\nde gemeenteraad van ${gemeente},\nde griffier en de voorzitter`,
  ].join("\n\n");
}

/** The letter as the user sees it: their edited version, or the draft. */
export function zienswijzeBrief(r: Regeling, ctx: BriefContext): string {
  return r.zienswijze.brief.trim() !== "" ? r.zienswijze.brief : zienswijzeConcept(r, ctx);
}

/** The letter for Markdown and Word: one paragraph per block of lines. */
export function zienswijzeDocument(r: Regeling, ctx: BriefContext): ExportDocument {
  const brief = zienswijzeBrief(r, ctx).replace(/\r\n?/g, "\n");
  const blocks = brief
    .split(/\n\s*\n/)
    .filter((p) => textLines(p).length > 0)
    .map((p) => paragraph(textLines(p).join("\n")));
  const jaar = r.zienswijze.begrotingsjaar === null ? "" : ` ${r.zienswijze.begrotingsjaar}`;
  return { title: `Zienswijze ontwerpbegroting${jaar} — ${r.naam.trim() || "regeling"}`, blocks };
}
