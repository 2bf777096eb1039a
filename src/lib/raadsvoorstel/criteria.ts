/**
 * The criteria for raadsvoorstellen (after "Raad in positie", Breda) as data: what a raadslid should
 * look for, how proposals usually label the part that answers it, which words signal an answer, and
 * what to ask the college when the answer is missing.
 *
 * Signals are matched on Dutch stems, so "risico" also finds "risico's" and "alternatief" also finds
 * "alternatieven". Notation of a string signal:
 *   "eerder besluit"   consecutive words
 *   "voert + uit"      all words somewhere in the same sentence (Dutch splits verbs: "voert de aanpak uit")
 *   "haalbaar*"        a word starting with "haalbaar" (haalbaarheid, haalbare is NOT matched)
 *   "*reserve"         a word ending in "reserve" (bestemmingsreserve) or the word itself
 */
import type { CriteriumId } from "./types.ts";

export interface Signal {
  match: string | RegExp;
  /** Only counts inside a section under a heading of this aspect (or criterion): too common elsewhere. */
  weak?: true;
  /** The sentence must also match this; otherwise the hit is only half (`orElse: "deels"`) or ignored. */
  needs?: RegExp;
  orElse?: "deels" | "niets";
  /** A hit that on its own only half-answers the aspect (a coalitieakkoord is not a raadsbesluit). */
  partial?: true;
  /** Some year in the sentence must lie after the proposal's own year (a target, not history). */
  future?: true;
  /** Some year in the sentence must lie in or before the proposal's own year (history, not a plan). */
  past?: true;
  /** The sentence must NOT match this (the document this proposal itself establishes is no earlier choice). */
  not?: RegExp;
  /** This sentence or the one before must match: "Er is een risico … Daarom trainen wij …". */
  near?: RegExp;
  /** A hit caps the aspect at "deels", whatever else is found: "voor het restant is nog geen dekking". */
  cap?: true;
}

export interface Aspect {
  id: string;
  /** Dutch, used in reasons: "reden van afwijzing". */
  label: string;
  /** Headings that, with content, answer this aspect; also where weak signals count. */
  headings?: RegExp[];
  /** Minimum sentences under such a heading for the heading alone to answer the aspect. */
  headingSentences?: number;
  signals: Signal[];
  /** Draft question for the college when this aspect is missing. */
  question: string;
}

export interface Criterium {
  id: CriteriumId;
  title: string;
  /** One line on what the criterion asks. */
  summary: string;
  /** Key questions for the raadslid, plain Dutch (B1), addressed to "je". */
  keyQuestions: string[];
  /** Headings (normalised: lower case, no accents, "risico's" → "risicos") that belong to it. */
  headings: RegExp[];
  aspects: Aspect[];
  /**
   * One sentence that carries every aspect is a full answer ("bouwt voort op het beleidsplan dat de raad in
   * 2011 vaststelde"). Elsewhere a single sentence is a passing mention.
   */
  oneSentence?: true;
  /**
   * With `oneSentence`: that sentence must also explain (a clause with "waarin", "omdat" … or some length).
   * "Past binnen de Nota Welzijn 2023" names a document; it does not say how the proposal follows from it.
   */
  explained?: true;
  /**
   * A section under one of its headings needs this many sentences before it counts as an answer at all:
   * one goal sentence under "Beoogd effect" is a goal (E), not an answer on effects and risks.
   */
  minSectionSentences?: number;
  /** Draft question for the college when the criterion is not met at all. */
  question: string;
}

/** One pattern that matches where any of the given ones does (all case-insensitive, Unicode). */
const anyOf = (...patterns: RegExp[]): RegExp => new RegExp(patterns.map((p) => p.source).join("|"), "iu");

/** Moments in time: a year, "jaarlijks", "na twee jaar", "in het voorjaar", a month. */
export const TIME =
  /\b(?:20\d\d|jaarlijks|halfjaarlijks|(?:elk|elke|ieder|iedere|per)\s+(?:jaar|kwartaal|half\s+jaar|maand)|na\s+(?:een|één|twee|drie|vier|vijf|\d+)\s+(?:jaar|jaren|maanden)|(?:een|één|twee|drie|vier|vijf|\d+)\s+jaar\s+na|eind|begin|voorjaar|najaar|zomer|winter|kwartaal|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/iu;

/** An amount of money: "€ 12.000", "€12,50", "700 euro", "2,4 miljoen". */
export const MONEY = /€\s?\d|\b\d[\d.,]*\s?(?:euro|miljoen|mln|miljard)\b/iu;

/** Words that tie an amount to the municipality's own money rather than, say, a price for inwoners. */
const COST_CONTEXT =
  /\b(?:per\s+jaar|jaarlijks|eenmalig|structureel|incidenteel|budget|begroting|subsidie|krediet|investering|bijdrage|beschikbaar|dekking|gedekt|kapitaallasten|kost|kosten|nodig)\b/iu;

/**
 * A named policy document or decision with a year: "de Visie Sociaal Domein 2025", "Kadernota 2026",
 * "het coalitieakkoord 2022-2026", "de verordening van 2015". Rijksbeleid is not excluded here; the
 * label rules count it only together with the municipality's own choices, and so does the status.
 */
const NAMED_DOCUMENT = new RegExp(
  "(?:visie|beleidsplan|beleidskader|beleidsnota|kadernota|kaderbrief|voorjaarsnota|verordening|nota|programma|uitvoeringsplan|agenda|(?<!coalitie|bestuurs)akkoord|regiovisie|woonvisie)\\b[^.;:\\n]{0,60}?\\b(?:19|20)\\d\\d\\b",
  "iu",
);

/** Words for the municipality's own earlier policy, to tell "werkt de visie uit" from "werkt met de wijkteams". */
const POLICY_WORD = /(?:visie|nota|agenda|beleidsplan|beleidskader|kader|motie|akkoord|programma|\b(?:dat|die|deze)\s+(?:uit|voort)\b)/iu;

/** Policy or an earlier decision, to tell "past binnen ons armoedebeleid" from "past binnen het budget". */
const POLICY_OR_DECISION =
  /(?:beleid|visie|nota|agenda|kader|motie|akkoord|programma|besluit|verordening|koers|speerpunt|uitgangspunt|coalitie|afspra|eerder|\b(?:19|20)\d\d\b)/iu;

/** What an earlier decision asked: "Daarin vraagt de raad …", "de motie, die het college vroeg …". */
const RAAD_ASKED =
  /\b(?:daarin|motie|amendement)\b[^.;]{0,80}\b(?:vraagt|verzoekt|draagt)\b|\b(?:raad|motie|amendement)\b[^.;]{0,80}\b(?:vroeg|gevraagd|verzocht|droeg|opgedragen|gaf|meegegeven)\b|\b(?:vroeg|verzocht|gaf)\s+(?:de|uw|onze)\s+raad\b/iu;

/** This decision, or one still to be taken: "na het raadsbesluit", "het ontwerpraadsbesluit". */
const NOT_EARLIER_BESLUIT = /\b(?:na|door|met|bij|volgens)\s+(?:het|dit|uw)\s+raadsbesluit|\bontwerp-?\s?raadsbesluit|\bbijgevoegde?\s+raadsbesluit|\bvoorgesteld\s+raadsbesluit|\bde\s+raad\s+besluit\b/iu;

/** A risk or a setback in the same sentence: a measure is a measure against something. */
const RISK_WORD = /(?:risico|onzeker|tegenval|tegenvall|ongewenst|voorkomen|beperken|te\s+hoog|te\s+laag|oplopen|uitlopen|wachttijd|tekort)/iu;

/** A risk named in so many words, for a measure in the next sentence. */
const RISK_NEAR = /(?:risico|onzeker|tegenval|ongewenst|nadeel|nadelig|kan\s+(?:de|het)\b[^.;]{0,60}\b(?:toenemen|groter|oplopen|stijgen|dalen))/iu;

/** A dekking still to be found: "we zoeken ruimte binnen het budget", "dekking volgt". */
const UNSURE_DEKKING = /\b(?:zoeken|zoekt|proberen|nog niet|volgt|onderzoeken)\b/iu;

/**
 * Law, national policy or a money line: "past bij wat de Wet inburgering 2021 beoogt", "de Hervormingsagenda
 * Jeugd", "uit de bestemmingsreserve …". None of these is an earlier choice of the municipality itself.
 */
const NOT_OWN_CHOICE =
  /(?:\bwet\b|\bwet\s+\p{L}|\p{L}wet\b|wetgeving|wettelijk|landelijk|\brijk\b|rijksoverheid|hervormingsagenda|\bvng\b|modelverordening|minister|kabinet|€|\bdekking\b)/iu;
/** The verordening this proposal changes or replaces is its own subject, not an earlier choice. */
const THIS_VERORDENING = /\b(?:deze|de bijgevoegde|bijgevoegde|de huidige|huidige|de nieuwe|nieuwe|ontwerp-?\s?)\s*(?:\p{L}+\s+){0,2}?\p{L}*verordening/iu;

/** Money not yet covered: "is nog geen dekking", "hoe het verschil wordt gedekt, is nog niet bekend". */
const NO_DEKKING =
  /\b(?:nog\s+geen\s+dekking|niet-?\s?gedekte?|(?:doet|doen)\b[^.;]{0,40}\bvoorstel\b[^.;]{0,20}\b(?:in|bij)\s+de\s+(?:voorjaarsnota|kadernota|najaarsnota|begroting)|(?:dekk\w*|gedekt)\b[^.;]{0,40}\b(?:\d+\s?%\s+(?:hiervan|daarvan|van\s+de\s+kosten)|een\s+deel|gedeeltelijk)|geen\s+dekking|niet\s+gedekt|ongedekt|nog\s+niet\s+rond|nog\s+geen\s+bedrag|niet\s+in\s+de\s+begroting\b[^.;]{0,20}\bopgenomen|dekking\b[^.;]{0,60}\b(?:is er|zijn er)\b[^.;]{0,20}\bniet\b|gedekt\b[^.;]{0,30}\bnog\s+niet\s+bekend|dekking\s+volgt|(?:betrokken\s+bij|betrekken\s+bij|meegenomen\s+in|meenemen\s+in|voorgesteld\s+in|voorstellen\s+in|volgt\s+bij)\s+(?:de|het)\s+(?:\p{L}+\s+){0,2}?(?:voorjaarsnota|kadernota|najaarsnota|begroting|bestuursrapportage|burap|turap))/iu;

/** A policy document named as such: a year, a capitalised title ("de Nota Welzijn"), a motie or a besluit. */
const NAMED_POLICY =
  /\b(?:19|20)\d\d\b|\b(?:Nota|Visie|Beleidsplan|Beleidskader|Kadernota|Agenda|Programma|Akkoord|Coalitieakkoord|Koersdocument|Uitvoeringsplan)\b|\p{Lu}\p{L}*(?:nota|visie|plan|agenda|akkoord|kader|programma)\b|\bmotie\b|\bbesluit\b/u;

/** "legt het college uw raad een voorstel voor", "leggen wij de raad … voor": a choice that comes back. */
const LATER_PROPOSAL = /\b(?:legt|leggen)\b[^.;]{0,40}\b(?:uw|de)\s+(?:gemeente)?raad\b[^.;]{0,80}\bvoor\b/iu;

/** "volgt de leerling", "volgen de opleiding", "volgt de kaderbrief": following, not a later step. */
const NOT_A_LATER_STEP = /\bvolg(?:t|en)\s+(?:de|het|een|hun|zijn|haar)\b(?![^.;]{0,30}\b(?:stap|fase|besluit|voorstel)\b)|\bop(?:ge)?volg|\bop\s+te\s+volgen\b/iu;

/** A sentence about what this proposal itself establishes. */
const OWN_SUBJECT = /\b(?:ter vaststelling|vast te stellen|vaststellen van|stellen (?:wij|we) (?:u )?voor|dit voorstel|hierbij|in te stemmen|instemmen met|te wijzigen|wijziging van)\b/iu;

/** "heeft uw raad … gekozen", "Bij de Kadernota 2026 heeft u het college gevraagd", "door de raad vastgesteld". */
const RAAD_CHOSE = new RegExp(
  "\\b(?:(?:heeft|hebt|had|hebben)\\s+(?:uw\\s+raad|de\\s+(?:gemeente)?raad|u|jullie)|(?:uw|de)\\s+(?:gemeente)?raad\\s+(?:heeft|had)|door\\s+(?:uw|de)\\s+(?:gemeente)?raad)\\b[^.;]{0,120}?\\b(?:besloten|vastgesteld|gekozen|gevraagd|verzocht|aangenomen|ingestemd|opgedragen|meegegeven|bepaald|afgesproken|toegezegd|aangegeven)\\b",
  "iu",
);

/** A later moment: "in 2027", "na de zomer", "later", "volgend jaar", "vóór 1 juli". */
const LATER = /\b(?:20\d\d|later|straks|volgend(?:e)?\s+(?:jaar|fase|stap)|na\s+(?:de|het|afloop)|vóór|voor\s+1|binnenkort|daarna|vervolgens|voorjaar|najaar|zomer|kwartaal|eind|begin)\b/iu;

/** "volgt in 2029" about an evaluation or a report is E, not a later choice. */
const NOT_A_CHOICE = /(?:evaluat|rapport|monitor|meting|cijfers|verantwoord|volgen we|we volgen|dekking|€)/iu;
/** A report or an evaluation sent to the raad is E; G is about a choice that comes back to it. */
const REPORT_ONLY = /(?:evaluat|rapport|monitor|meting|cijfers|verantwoord|resultaten|uitkomst|balans\s+op|ervaringen|voortgang|jaarverslag)/iu;
/** The budget moments where a later choice about money comes back. */
const LATER_MOMENT = /(?:voorjaarsnota|kadernota|najaarsnota|begroting|\braad\b)/iu;
/** "Dit voorstel is de uitwerking van …", "heeft drie scenario's uitgewerkt": done, not still to come. */
const DONE_BEFORE = /\b(?:is|zijn)\s+(?:een|de)\s+(?:nadere\s+)?uitwerking\b|\b(?:heeft|hebben)\b[^.;]{0,40}\buitgewerkt\b/iu;
/** "Ter besluitvorming ligt voor …", "Hierbij bieden wij u … ter vaststelling aan": this proposal itself. */
const ON_THE_TABLE = /\b(?:ligt|liggen)\s+(?:nu\s+)?voor\b|\bhierbij\b|\bbieden\b[^.;]{0,80}\baan\b/iu;
/** The decision on the table now. */
const THIS_DECISION = /\b(?:dit|deze|het)\s+(?:besluit|voorstel|raadsvoorstel)\b/iu;

/** Half of a target: a percentage or the word "doel"; `future` adds the year that makes it a target. */
const TARGET = /\d+(?:,\d+)?\s?(?:%|procent\b)|\bdoel\b/iu;

const S_HEADINGS = [
  /samenvatting/u,
  /\bin (?:het )?kort\b/u,
  /^waar gaat (?:het|dit)(?: voorstel)? over/u,
  /^kern van het voorstel/u,
  /^in een oogopslag/u,
];
const A_HEADINGS = [
  /^relatie met/u,
  /eerdere? besluit/u,
  /^eerdere? besluitvorming/u,
  /voorgeschiedenis/u,
  /^(?:beleids|juridisch )?kaders?\b/u,
  /^(?:aansluiting|samenhang|verhouding) (?:bij|met|op)\b/u,
];
const B_EFFECT_HEADINGS = [
  /^(?:beoogde?|verwachte?|gewenste?) (?:effect|resultaat|resultaten|effecten)\b/u,
  /^effecten?\b/u,
  // "Wat willen we bereiken?" holds goals, and a goal alone is E; "Wat levert het op?" holds effects.
  /^wat levert het op/u,
  /^(?:maatschappelijke )?(?:gevolgen|consequenties|impact)$/u,
];
const B_RISK_HEADINGS = [/kanttekening/u, /risico/u, /onzekerhe/u];
const C_HEADINGS = [
  /^(?:aanpak )?uitvoering/u,
  /uitvoerbaarheid/u,
  /^aanpak\b/u,
  /^(?:planning|tijdpad|fasering|implementatie|invoering|realisatie)\b/u,
  /^wat gaan we (?:daarvoor |ervoor )?doen/u,
  /^wie doet wat\b/u,
  /^wie (?:voert|gaat) (?:het|dit) uit/u,
];
const D_HEADINGS = [
  /alternatie(?:f|ven)/u,
  /^scenario/u,
  /^varianten?\b/u,
  /^opties\b/u,
  /^(?:overwogen|andere) (?:opties|mogelijkheden|keuzes|scenarios)/u,
  /^keuzemogelijkheden/u,
  /andere mogelijkheden/u,
  /^welke (?:keuzes|mogelijkheden|opties|varianten|scenarios)\b/u,
  /^wat zijn de (?:mogelijkheden|opties|keuzes|alternatieven|varianten)\b/u,
  /mogelijkheden hebben we\b/u,
  /\bafgewogen\b/u,
];
const E_HEADINGS = [
  /evaluatie/u,
  /^evalueren/u,
  /monitor/u,
  /^meetbare? /u,
  /indicatoren/u,
  /^hoe (?:weten|meten|volgen) we/u,
  /^wat willen we bereiken/u,
  /^(?:doelen|doelstellingen)(?: en (?:indicatoren|resultaten))?$/u,
  /^verantwoording/u,
];
const G_HEADINGS = [
  /\bvervolg(?:besluit(?:en|vorming)?|stappen|proces|traject)?\b/u,
  /rol van de raad/u,
  /^(?:wat gebeurt er )?(?:hierna|daarna)\b/u,
  /^hoe (?:gaat het )?verder\b/u,
  /^(?:de )?volgende stappen/u,
  /^(?:verdere )?besluitvorming\b/u,
];
const F_HEADINGS = [
  /financ/u,
  /^kosten\b/u,
  /dekking/u,
  /^wat (?:mag het kosten|kost het)/u,
  /^(?:budget|middelen|begroting)\b/u,
];

export const CRITERIA: readonly Criterium[] = [
  {
    id: "S",
    title: "Publiekssamenvatting in klare taal",
    summary: "Een korte samenvatting die iedere inwoner kan begrijpen.",
    keyQuestions: [
      "Staat er bovenaan een korte samenvatting die iedereen in de gemeente kan volgen?",
      "Lees je in gewone woorden wat er verandert en voor wie?",
      "Zijn de zinnen kort, en laat de tekst vaktaal en afkortingen weg?",
    ],
    headings: S_HEADINGS,
    aspects: [
      {
        id: "samenvatting",
        label: "een aparte samenvatting",
        headings: S_HEADINGS,
        headingSentences: 1,
        signals: [],
        question:
          "Kan het college een korte samenvatting toevoegen, zodat inwoners in een paar zinnen lezen wat er verandert en voor wie?",
      },
      {
        id: "klaretaal",
        label: "klare taal (korte zinnen, gewone woorden)",
        signals: [],
        question:
          "Kan het college de samenvatting herschrijven in korte zinnen en gewone woorden, zodat iedere inwoner haar begrijpt?",
      },
    ],
    question:
      "Kan het college een samenvatting in eenvoudige taal toevoegen, zodat inwoners kunnen lezen wat er verandert en voor wie?",
  },
  {
    id: "A",
    title: "In lijn met eerdere keuzes en lopend beleid",
    summary: "Hoe het voorstel past bij wat de raad eerder besloot en bij beleid dat al loopt.",
    keyQuestions: [
      "Noemt het voorstel de eerdere besluiten, visies of kaders van de raad die over dit onderwerp gaan?",
      "Past wat nu wordt voorgesteld bij het beleid dat al loopt?",
      "Schuurt het voorstel ergens met bestaand beleid, en zegt het college dat eerlijk?",
    ],
    headings: A_HEADINGS,
    oneSentence: true,
    explained: true,
    aspects: [
      {
        id: "besluit",
        label: "een eerder besluit van de raad",
        // No heading alone: "Kaders" often holds this proposal's own kaders, not an earlier choice.
        headings: A_HEADINGS,
        signals: [
          { match: "vastgesteld", not: anyOf(NOT_OWN_CHOICE, THIS_VERORDENING) },
          { match: "motie" },
          { match: "amendement" },
          { match: "raadsbesluit", not: anyOf(NOT_EARLIER_BESLUIT, /€/iu, /\bdekking\b/iu) },
          { match: "eerder besluit" },
          { match: "heeft de raad" },
          { match: "de raad heeft" },
          { match: "aangenomen" },
          // Partners' own "toezeggingen" are no promise made to the raad.
          { match: "toezegging", needs: /(?:raad|college|wethouder|commissie)/iu, orElse: "niets" },
          { match: RAAD_CHOSE },
          { match: /\b(?:de|uw|onze)\s+(?:gemeente)?raad\b[^.;]{0,60}\b(?:vaststelde|besloot|koos|aannam)\b/iu },
          // A named document with a year is a concrete earlier choice; a document named loosely is half.
          { match: NAMED_DOCUMENT, past: true, not: anyOf(OWN_SUBJECT, NOT_OWN_CHOICE) },
          { match: "coalitieakkoord", partial: true },
          { match: "coalitieprogramma", partial: true },
          { match: "bestuursakkoord", partial: true },
          { match: "*beleid", partial: true, not: /ongewijzigd beleid|€|\bdekking\b|\bbudget/iu },
          { match: "*beleidsplan", partial: true, not: NOT_OWN_CHOICE },
          { match: "kadernota", partial: true },
          // In a proposal about a verordening, "de verordening" is that one; an earlier one has a year or "vorige".
          { match: "*verordening", partial: true, needs: /\b(?:19|20)\d\d\b|\beerder|\bvorige\b/iu, orElse: "niets", not: anyOf(THIS_VERORDENING, NOT_OWN_CHOICE) },
          { match: "*visie", partial: true },
          { match: "beleidskader", partial: true },
        ],
        question: "Op welke eerdere besluiten van de raad bouwt dit voorstel voort, en wat is daar toen afgesproken?",
      },
      {
        id: "verhouding",
        label: "hoe het voorstel zich verhoudt tot lopend beleid",
        headings: A_HEADINGS,
        signals: [
          // "sluit aan bij wat inwoners vroegen", "past binnen het budget": only about policy does it count.
          // "sluit aan bij ons beleid" is half an answer; "sluit aan bij de Nota Welzijn 2023" names what.
          { match: "sluit + aan", needs: POLICY_OR_DECISION, orElse: "niets", not: NOT_OWN_CHOICE, partial: true },
          { match: "sluit + aan", needs: NAMED_POLICY, orElse: "niets", not: NOT_OWN_CHOICE },
          { match: "aansluiting", needs: POLICY_OR_DECISION, orElse: "niets", not: NOT_OWN_CHOICE, partial: true },
          { match: "aansluiting", needs: NAMED_POLICY, orElse: "niets", not: NOT_OWN_CHOICE },
          { match: "in lijn met", not: NOT_OWN_CHOICE, partial: true },
          { match: "in lijn met", needs: NAMED_POLICY, orElse: "niets", not: NOT_OWN_CHOICE },
          // Not a question ("Past dit bij ons beleid?" is a heading asking it), not law or national policy.
          { match: /\bpast\b(?:\s+\p{L}+){0,2}?\s+(?:bij|binnen|in)\b/iu, needs: POLICY_OR_DECISION, orElse: "niets", not: /\?\s*$|\bwet\b|\p{L}wet\b|landelijk|\brijk\b/iu, partial: true },
          { match: /\bpast\b(?:\s+\p{L}+){0,2}?\s+(?:bij|binnen|in)\b/iu, needs: NAMED_POLICY, orElse: "niets", not: /\?\s*$|\bwet\b|\p{L}wet\b|landelijk|\brijk\b/iu },
          { match: "past daarbij" },
          { match: "passen daarbij" },
          { match: "passen bij", needs: POLICY_OR_DECISION, orElse: "niets" },
          { match: "sluiten + aan", needs: POLICY_OR_DECISION, orElse: "niets" },
          { match: "gespannen voet" },
          { match: "uitvoering aan", needs: POLICY_OR_DECISION, orElse: "niets" },
          { match: "wordt + uitgevoerd", needs: /\b(?:motie|amendement|toezegging|besluit|visie|nota)\b/iu, orElse: "niets" },
          { match: "draagt bij aan", needs: POLICY_OR_DECISION, orElse: "niets" },
          { match: "vloeit + voort" },
          { match: "komt + voort" },
          { match: "aanleiding", needs: /\b(?:motie|amendement|raadsbesluit|visie|nota|beleidsplan|kadernota|voorjaarsnota|toezegging)\b/iu, orElse: "niets" },
          { match: /\bvolg(?:t|en)\s+(?:de|het)\b[^.;]{0,40}(?:visie|nota|kader|kaderbrief|beleid|motie|besluit|akkoord|programma)/iu },
          { match: RAAD_ASKED },
          { match: "werkt + uit", needs: POLICY_WORD, orElse: "niets" },
          // "Het Werkplein voert het programma uit" names who does it; "voert dat besluit uit" is the link.
          { match: "voert + uit", needs: /(?:besluit|motie|visie|nota|agenda|beleid|akkoord|afspra|\b(?:dat|die|deze)\s+(?:uit|voort)\b)/iu, orElse: "niets" },
          { match: "vervangt", needs: POLICY_WORD, orElse: "niets" },
          { match: "zetten + voort", needs: POLICY_OR_DECISION, orElse: "niets" },
          { match: "bouwt voort" },
          { match: "voort op" },
          { match: "uitwerking van" },
          { match: "in het verlengde" },
          { match: "in overeenstemming met", not: NOT_OWN_CHOICE },
          { match: "spanning" },
          { match: "strijdig" },
          { match: "botst" },
          { match: "conflict" },
          { match: "wijkt + af" },
          { match: "verandert niets" },
          { match: "raakt + aan" },
        ],
        question: "Past dit voorstel bij het beleid dat nu loopt, en op welke punten schuurt het daarmee?",
      },
    ],
    question:
      "Hoe verhoudt dit voorstel zich tot eerdere besluiten van de raad en tot het beleid dat nu loopt, en waar wijkt het daarvan af?",
  },
  {
    id: "B",
    title: "Effecten en risico's",
    summary: "Wat het voorstel naar verwachting oplevert, hoe zeker dat is, en wat er mis kan gaan.",
    keyQuestions: [
      "Wat verandert er volgens het voorstel voor inwoners, en hoe zeker is dat?",
      "Welke risico's of ongewenste gevolgen noemt het college, en wat doet het als die zich voordoen?",
      "Hebben sommige groepen er meer baat bij dan andere, en is dat zo bedoeld?",
      "Noemt het college ook de argumenten tegen het voorstel, en hoe weegt het die?",
      "Raakt het voorstel aan andere beleidsterreinen, zoals wonen, werk, onderwijs of mantelzorg, en wat betekent het daar?",
    ],
    minSectionSentences: 2,
    headings: [...B_EFFECT_HEADINGS, ...B_RISK_HEADINGS],
    aspects: [
      {
        id: "effect",
        label: "verwachte effecten",
        headings: B_EFFECT_HEADINGS,
        headingSentences: 2,
        signals: [
          { match: "beoogd effect" },
          { match: "beoogd resultaat" },
          { match: "verwacht effect" },
          // "van de ouders kan worden verwacht dat …" in a verordening is a rule, not an expected effect.
          { match: "verwacht dat", not: /\b(?:kan|mag|moet)\s+worden\s+verwacht\b|redelijkerwijs/iu },
          { match: "verwacht we" },
          { match: "effect" },
          { match: "leidt tot" },
          { match: "leiden tot" },
          { match: "resulteert in" },
          { match: "willen we bereiken" },
          { match: /\b(?:willen|wil)\s+(?:we|wij)\b[^.;]{0,80}\b(?:verhogen|verlagen|verminderen|vergroten|terugdringen|verbeteren|voorkomen|halveren)\b/iu },
          { match: /\bzonder\s+(?:dit|deze|die)\b[^.;]{0,60}\bzouden\b/iu },
          { match: "betekent dat", needs: /\b(?:meer|minder|beter|sneller|eerder|langer|lager|hoger)\b/iu, orElse: "niets" },
          { match: /\b(?:wil|willen)\s+(?:(?:we|wij)\s+)?(?:graag\s+)?dat\s+(?:meer|minder)\b/iu },
          { match: /\b(?:we|wij)\s+verwachten\b/iu, not: /\b(?:aanvragen|kosten|uitgaven)\b/iu },
          { match: "zodat", needs: /\b(?:meer|minder|beter|sneller|eerder|langer|niet meer|makkelijker|minder vaak)\b/iu, orElse: "niets" },
          { match: "bereiken dat" },
          { match: "daardoor", weak: true },
          { match: "zodat", weak: true },
        ],
        question:
          "Welke effecten verwacht het college van dit voorstel, voor wie, en waarop is die verwachting gebaseerd?",
      },
      {
        id: "risico",
        label: "risico's, onzekerheid of ongewenste effecten",
        headings: B_RISK_HEADINGS,
        signals: [
          { match: "risico" },
          { match: "risico*" },
          { match: "onzeker" },
          { match: "onzekerheid" },
          { match: "ongewenst" },
          { match: "onbedoeld" },
          { match: "tegenvallen" },
          { match: "tegenvalt" },
          { match: "nadelig" },
          { match: "waterbed*" },
          { match: "beheersmaatregel" },
          { match: "mogelijk dat" },
          { match: "kans dat" },
          { match: "onder druk", not: /onder\s+druk\s+(?:ge)?zet/iu },
          { match: "tegenargument" },
          { match: "*tegenargument" },
          { match: "argumenten tegen" },
          { match: "andere beleidsterreinen" },
          { match: "ander beleidsterrein" },
          { match: "kan", weak: true },
          { match: "kunnen", weak: true },
          { match: "mogelijk", weak: true },
          { match: "kans", weak: true },
          { match: "als", weak: true },
          { match: "lastig", weak: true },
          { match: "tekort", weak: true },
          { match: "nadeel", weak: true },
          { match: "weerstand", weak: true },
        ],
        question:
          "Welke risico's en ongewenste gevolgen ziet het college, hoe groot is de kans daarop, en wat doet het als ze zich voordoen?",
      },
      {
        // Naming risks is half the answer: how sure the college is, or what it does about them, is the other half.
        id: "maatregel",
        label: "hoe zeker het is of wat het college doet als een risico zich voordoet",
        headings: B_RISK_HEADINGS,
        signals: [
          { match: "onzeker" },
          { match: "onzekerheid" },
          { match: "niet zeker" },
          { match: "zeker weten" },
          { match: /\bweten\s+(?:we|wij)\s+(?:nog\s+)?(?:niet|pas)\b/iu },
          { match: "niet te voorspellen" },
          { match: "moeilijk te voorspellen" },
          { match: "lastig te voorspellen" },
          { match: "naar schatting", weak: true },
          { match: "beheersmaatregel" },
          { match: "*maatregel", needs: RISK_WORD, orElse: "niets" },
          { match: /\bom\s+(?:dat|dit|dit risico|dat risico|die)\s+(?:te\s+)?(?:voorkomen|beperken|verkleinen|op\s+te\s+vangen)\b/iu },
          { match: "vangen + op" },
          { match: "op te vangen" },
          { match: "vangnet" },
          { match: "achtervang" },
          { match: "bijsturen", needs: RISK_WORD, orElse: "niets" },
          { match: "bijgestuurd", needs: RISK_WORD, orElse: "niets" },
          { match: "vinger aan de pols" },
          { match: "plafond" },
          { match: "monitoren", needs: RISK_WORD, orElse: "niets" },
          { match: "daarom", weak: true },
          { match: /\b(?:daarom|daarvoor|om dat te|om dit te)\b/iu, near: RISK_NEAR },
          { match: /\b(?:we|wij)\s+(?:onderzoeken|houden|volgen|spreken|trainen|zorgen|vragen)\b/iu, near: RISK_NEAR },
          { match: "daarvoor", weak: true },
          { match: "voorkomen", weak: true },
          { match: "beperken", weak: true },
          { match: "zorgen", weak: true },
          { match: "spreken + af", weak: true },
          { match: "houden + bij", weak: true },
        ],
        question: "Wat doet het college om de risico's klein te houden, en wat gebeurt er als ze zich toch voordoen?",
      },
    ],
    question:
      "Welke effecten verwacht het college van dit voorstel, hoe zeker zijn die, en welke risico's en ongewenste gevolgen zijn er?",
  },
  {
    id: "C",
    title: "Uitvoerbaarheid",
    summary: "Wie het uitvoert en of dat in de praktijk kan.",
    keyQuestions: [
      "Wie gaat het voorstel uitvoeren, en hebben die mensen en organisaties daar tijd en geld voor?",
      "Wat vinden de uitvoerders en partners van het plan?",
      "Is het plan in de praktijk uitgeprobeerd, bijvoorbeeld met een proef of een uitvoeringstoets?",
      "Kunnen inwoners ook doen wat de regeling van hen vraagt: formulieren, termijnen, bewijsstukken (hun doenvermogen)?",
    ],
    headings: C_HEADINGS,
    aspects: [
      {
        id: "wie",
        label: "wie het uitvoert en hoe",
        headings: C_HEADINGS,
        headingSentences: 1,
        signals: [
          // The GGD that "voert de wettelijke taken uit" describes the organisation, not this proposal's work.
          { match: "voert + uit", not: /\bwettelijke\b/iu },
          { match: "voeren + uit", not: /\bwettelijke\b/iu },
          { match: "uitvoeren", not: /\bwettelijke\b/iu },
          { match: "uitvoerder*" },
          { match: "uitvoeringsorganisatie" },
          { match: "projectleider" },
          { match: "uitgevoerd door" },
          { match: "beleggen bij" },
          { match: "belegd bij" },
          { match: "ingehuurd" },
          { match: "coördineert" },
          { match: "implementatie" },
          { match: "aanbesteding" },
          { match: "planning" },
          // A start date or a named organisation doing the work is half an answer: who, but not whether they can.
          { match: "met ingang van", partial: true, not: /\b(?:tarief|bijdrage|bedrag|subsidie|wijzig)/iu },
          { match: /\b(?:gaat|gaan)\s+(?:de\s+\p{L}+\s+)?in\s+op\b/iu, partial: true },
          { match: /\b(?:start|starten|begint|beginnen)\b[^.;]{0,60}\b(?:20\d\d|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|voorjaar|najaar|zomer)\b/iu, partial: true },
          { match: /\b(?:stichting|vereniging|wijkteam|welzijnsorganisatie|aanbieder|vrijwilligers|ggd|werkbedrijf|steunpunt|bibliotheek|team\s+\p{Lu}\p{L}+|consulenten|klantmanagers)\b[^.;]{0,40}\b(?:verzorgt|verzorgen|brengt|brengen|organiseert|organiseren|levert|leveren|geeft|geven|koken|doet|doen|regelt|regelen|begeleidt|begeleiden|stelt|stellen)\b/iu, partial: true },
          { match: "fte", weak: true },
          { match: "formatie", weak: true },
          { match: "medewerkers", weak: true },
          { match: "vrijwilligers", weak: true },
        ],
        question: "Wie voert dit voorstel uit, en hoe is de uitvoering georganiseerd?",
      },
      {
        id: "haalbaar",
        label: "of de uitvoering haalbaar is (capaciteit, proef, oordeel van uitvoerders)",
        headings: C_HEADINGS,
        signals: [
          { match: "uitvoerbaar*" },
          // "Of het doel van 1,8% haalbaar is" is about the goal (E), not about carrying it out.
          { match: "haalbaar*", not: /\bdoel|\bresultat/iu },
          { match: "werkbaar" },
          // Capacity in a rejected alternative, or capacity the gemeente has no say over, is no answer.
          { match: "capaciteit", not: /niet\s+(?:voor\s+)?gekozen|gaat\s+niet\s+over|landelijk/iu },
          { match: "uitvoeringstoets" },
          { match: "doenvermogen" },
          { match: "doenbaarheid" },
          { match: "doenbaar*" },
          { match: "praktijktoets" },
          { match: "stresstest" },
          { match: "proef" },
          { match: "pilot" },
          { match: "uitgeprobeerd" },
          { match: "getest" },
          // A legal or privacy check is no test of whether the work can be done.
          { match: "getoetst", not: /juridisch|privacy|gegevensbescherming|rechtmatig|wettelijk/iu },
          { match: "tekort aan", partial: true, needs: /(?:personeel|medewerkers|mensen|fte|chauffeurs|professionals|vrijwilligers|zorgverleners|handen)/iu, orElse: "niets" },
          { match: "personeelstekort*" },
          { match: "extra personeel" },
          { match: "geen extra personeel" },
          { match: "bestaande formatie" },
          { match: "huidige formatie" },
          { match: "huidige medewerkers" },
          { match: "huidige team" },
          { match: "bestaande team" },
          // The seed's "zienswijze" of the uitvoerders; the raad's own zienswijze on a GR-begroting is not one.
          { match: "zienswijze", needs: /(?:uitvoerder|partner|aanbieder|cliëntenraad|adviesraad|organisaties|professionals|wijkteam)/iu, orElse: "niets" },
          // An adviesraad's advice is not the judgement of those who carry it out.
          { match: "geadviseerd", needs: /(?:uitvoerder|aanbieder|wijkteam|stichting|medewerkers|partners|uitvoering|teamleider|professionals)/iu, orElse: "niets" },
          // "In te stemmen met … 2 fte" in the beslispunten is the decision, not a look at capacity.
          { match: /\b\d+(?:,\d+)?\s?fte\b/iu, not: /\b(?:in te stemmen|beschikbaar te stellen|toe te kennen|kost|kosten)\b|€/iu },
          { match: "extra + nodig", needs: /(?:fte|medewerker|personeel|capaciteit|uren|mensen|formatie|menskracht)/iu, orElse: "niets" },
          { match: "huidige personeel" },
          { match: "bestaande medewerkers" },
          { match: "huidige bezetting" },
          { match: "ruimte", weak: true },
          { match: "uren", weak: true },
          { match: "overleg", weak: true },
          { match: "laten weten", weak: true },
          { match: "aangegeven", weak: true },
          { match: "ingestemd", weak: true },
        ],
        question:
          "Is er genoeg capaciteit om dit uit te voeren, wat vinden de uitvoerders ervan, en is het in de praktijk uitgeprobeerd?",
      },
    ],
    question:
      "Wie voert dit voorstel uit, is daar genoeg capaciteit voor, en hoe is getoetst of het in de praktijk werkt?",
  },
  {
    id: "D",
    title: "Alternatieven",
    summary: "Welke andere keuzes er waren en waarom die het niet werden.",
    keyQuestions: [
      "Welke andere keuzes had het college kunnen maken?",
      "Waarom koos het college voor dit voorstel en niet voor een van de andere mogelijkheden?",
      "Wat zijn de voor- en nadelen van elke mogelijkheid?",
    ],
    headings: D_HEADINGS,
    aspects: [
      {
        id: "genoemd",
        label: "alternatieven genoemd",
        headings: D_HEADINGS,
        headingSentences: 1,
        signals: [
          { match: "alternatief" },
          { match: "scenario" },
          { match: "variant" },
          { match: "optie" },
          { match: "andere mogelijkheid" },
          { match: "andere manier" },
          { match: "ook gekeken naar" },
          { match: "hebben + gekeken naar" },
          { match: "overwogen" },
          { match: "nulvariant" },
          { match: "keuzemogelijkheid" },
          { match: /\b(?:twee|drie|vier|vijf)\s+(?:mogelijkheden|varianten|opties|scenario's|keuzes|routes)\b/iu },
          { match: /\bmogelijkheden\s+(?:onderzocht|bekeken|vergeleken|afgewogen)\b/iu },
        ],
        question: "Welke andere mogelijkheden heeft het college overwogen?",
      },
      {
        id: "reden",
        label: "waarom de alternatieven zijn afgewezen",
        headings: D_HEADINGS,
        signals: [
          { match: "afgewezen" },
          { match: "wijzen + af" },
          { match: "wijst + af" },
          { match: "niet gekozen" },
          { match: "niet voor gekozen" },
          { match: "kiezen + niet" },
          { match: "valt af" },
          { match: "afgevallen" },
          { match: "voorkeur*" },
          { match: "raden + af" },
          { match: "afgeraden" },
          { match: "niet gedaan" },
          { match: "doen we niet" },
          { match: "doen we nu niet" },
          { match: "omdat", weak: true },
          { match: "daarom", weak: true },
          { match: "nadeel", weak: true },
          { match: "voordeel", weak: true },
          { match: "duurder", weak: true },
          { match: "goedkoper", weak: true },
        ],
        question: "Waarom heeft het college de andere mogelijkheden laten vallen, en wat waren de voor- en nadelen?",
      },
    ],
    question: "Welke alternatieven heeft het college overwogen en waarom zijn die afgevallen?",
  },
  {
    id: "E",
    title: "Meetbare doelen en evaluatie",
    summary: "Waaraan je ziet of het werkt, en wanneer dat wordt bekeken.",
    keyQuestions: [
      "Welke doelen noemt het voorstel, en kun je zien of ze gehaald worden (een cijfer, een indicator, een jaartal)?",
      "Is er een nulmeting, zodat je weet waar je begint?",
      "Wanneer hoort de raad of het werkt, en wanneer wordt het beleid geëvalueerd?",
      "Zijn er tussendoelen, zodat de raad onderweg al ziet of het beleid op koers ligt?",
    ],
    headings: E_HEADINGS,
    aspects: [
      {
        id: "meetbaar",
        label: "meetbare doelen of indicatoren",
        headings: E_HEADINGS,
        signals: [
          { match: "nulmeting" },
          { match: "indicator" },
          { match: "streefwaarde" },
          { match: "streefcijfer" },
          { match: "kpi" },
          { match: "meetbaar" },
          { match: "tussendoel" },
          { match: "*tussendoel" },
          // A price index or a tariff rise is no goal of the policy.
          { match: TARGET, future: true, not: /\b(?:tarie(?:f|ven)|index|indexering|prijs|prijzen|loonstijging|ongewijzigd beleid|prognose|raming)/iu },
          { match: /\b(?:ten minste|minstens|minimaal|hooguit)\s+\d[\d.,]*\s?(?:%|procent\b)/iu },
          // "Ons doel is dat we 400 ouderen bereiken", "Ons streven is dat 90% …".
          { match: /\b(?:ons|het)\s+(?:doel|streven)\s+is\b[^.;]{0,120}\d/iu },
          { match: /\b(?:uitbreiden|verhogen|verlagen|terugbrengen|stijgt|daalt|groeit)\s+van\s+(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+(?:naar|tot)\s+(?:drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|twintig)\b/iu },
          // "bereikt in 2029 ten minste 900 jongeren (nu 650)": a number, a year ahead and often the start value.
          { match: /\b(?:ten minste|minstens|minimaal|maximaal|hooguit)\s+\d/iu, future: true },
          { match: /\(nu\s+\d[\d.,]*\s?%?\)/iu },
          // "daalt van 25% naar 10%", "groeit van 62 naar 70": a start and a target.
          // "van 212 naar minder dan 40", "van 165 (2024) naar 300"; "kinderen van 5 tot 12 jaar" is no change.
          {
            match: /\bvan\s+\d[\d.,]*\s?(?:%|procent)?\s*(?:\([^)]{0,20}\)\s*)?(?:naar|tot)\s+(?:(?:minder|meer)\s+dan\s+|ten minste\s+|maximaal\s+|minimaal\s+|hooguit\s+|hoogstens\s+|onder\s+|boven\s+)?\d/iu,
            // A rule that changes ("de inkomensgrens gaat van 105% naar 110%") is no target.
            not: /(?:inkomensgrens|grens|norm|bijstandsnorm|referteperiode|tarief|eigen bijdrage|leeftijd|termijn)\b[^.;]{0,20}\bvan\s+\d/iu,
            needs: /(?:stijg|daal|groei|verhog|verlag|terug|omhoog|omlaag|neemt|nemen|halver|verminder|vergro|\bnaar\s)/iu,
            orElse: "niets",
          },
          { match: "doel", weak: true, needs: /\d/u, orElse: "niets" },
        ],
        question: "Aan welke cijfers of indicatoren kan de raad zien of dit voorstel werkt, en wat is het startpunt?",
      },
      {
        id: "moment",
        label: "wanneer geëvalueerd of gerapporteerd wordt",
        headings: E_HEADINGS,
        signals: [
          { match: "evaluatie", needs: TIME, orElse: "deels" },
          { match: "evalueren", needs: TIME, orElse: "deels" },
          { match: "geëvalueerd", needs: TIME, orElse: "deels" },
          { match: "evalueert", needs: TIME, orElse: "deels" },
          { match: "*rapportage", needs: TIME, orElse: "deels", not: /\bdekking\b/iu },
          { match: "rapporte*", needs: TIME, orElse: "deels" },
          // A monitor named without a moment is a source of figures, not an evaluation.
          // A monitor named with a past year ("de Gezondheidsmonitor 2023") is a source, not a moment.
          { match: "*monitor", needs: TIME, orElse: "niets", future: true },
          { match: "monitoren", needs: TIME, orElse: "deels" },
          { match: "effectmeting", needs: TIME, orElse: "deels" },
          { match: "bekijken", weak: true, needs: TIME, orElse: "deels" },
          { match: "bespreken", weak: true, needs: TIME, orElse: "deels" },
          { match: "volgen", weak: true, needs: TIME, orElse: "deels" },
          { match: "bijhouden", weak: true, needs: TIME, orElse: "deels" },
          { match: /\b(?:kijken|bekijken|onderzoeken|meten)\s+(?:we|wij)\s+(?:of|hoe|hoeveel|wat)\b/iu, needs: TIME, orElse: "deels" },
          { match: "in de gaten", weak: true, needs: TIME, orElse: "deels" },
          { match: "balans op", needs: TIME, orElse: "deels" },
          { match: "verslag", needs: TIME, orElse: "niets" },
          { match: "tussenmeting", needs: TIME, orElse: "deels" },
          { match: "tussenrapportage", needs: TIME, orElse: "deels" },
          { match: "tussenevaluatie", needs: TIME, orElse: "deels" },
          { match: "*evaluatie", needs: TIME, orElse: "deels" },
          { match: "tussenbalans", needs: TIME, orElse: "deels" },
          { match: /\b(?:meten|meet)\s+(?:we|wij|het college)\b|\b(?:we|wij)\s+meten\b/iu, needs: TIME, orElse: "deels" },
          { match: /\b(?:of|hoe\s+ver)\b[^.;]{0,40}\b(?:doelen|doel|ze|die)\b[^.;]{0,20}\b(?:gehaald|bereikt|behaald)\b/iu, needs: TIME, orElse: "deels" },
          { match: /\b(?:bespreken|bekijken|beoordelen)\s+(?:we|wij)\s+(?:de\s+)?(?:resultaten|uitkomsten|cijfers|voortgang)\b/iu, needs: TIME, orElse: "deels" },
        ],
        question: "Wanneer evalueert het college dit voorstel, en wanneer en hoe hoort de raad of het werkt?",
      },
    ],
    question:
      "Hoe meet het college of dit voorstel werkt, met welke doelen en indicatoren, en wanneer krijgt de raad een evaluatie?",
  },
  {
    id: "F",
    title: "Financiële gevolgen en dekking",
    summary: "Wat het kost en waar het geld vandaan komt.",
    keyQuestions: [
      "Wat kost het voorstel, eenmalig en per jaar?",
      "Waar komt het geld vandaan: uit welk budget, welke reserve of welke bijdrage van het Rijk?",
      "Wat gebeurt er als de kosten hoger uitvallen dan gedacht?",
    ],
    headings: F_HEADINGS,
    oneSentence: true,
    aspects: [
      {
        id: "bedrag",
        label: "bedragen",
        headings: F_HEADINGS,
        signals: [
          // Under a financial heading an amount without context (a tariff per hour) still half counts.
          { match: MONEY, weak: true, needs: COST_CONTEXT, orElse: "deels" },
          { match: MONEY, needs: COST_CONTEXT, orElse: "niets" },
        ],
        question: "Wat kost dit voorstel precies, eenmalig en per jaar?",
      },
      {
        id: "dekking",
        label: "dekking (waar het geld vandaan komt)",
        headings: F_HEADINGS,
        signals: [
          // A part without dekking makes the whole dekking partial, even next to sentences that do cover.
          { match: NO_DEKKING, partial: true, cap: true },
          { match: "dekking", not: NO_DEKKING },
          { match: "dekken", not: NO_DEKKING },
          { match: "gedekt", not: NO_DEKKING },
          { match: "dekt", not: NO_DEKKING },
          { match: "*begrotingswijziging" },
          { match: "*reserve" },
          { match: "ten laste van" },
          { match: "meerjarenraming" },
          { match: "meerjarenbegroting" },
          { match: "stelpost" },
          { match: "decentralisatie uitkering" },
          { match: "decentralisatie-uitkering" },
          { match: "*integratie-uitkering" },
          { match: "integratie uitkering" },
          { match: "specifieke uitkering" },
          { match: "spuk" },
          { match: "buig" },
          { match: "*buig-budget" },
          { match: "algemene uitkering" },
          { match: "meicirculaire" },
          { match: "septembercirculaire" },
          { match: "decembercirculaire" },
          { match: "gemeentefonds" },
          { match: "bestaande middelen" },
          // "We zoeken ruimte binnen het budget" is a hope, not a dekking.
          { match: "uit het budget", not: UNSURE_DEKKING },
          { match: "binnen het budget", not: UNSURE_DEKKING },
          { match: "zoeken + ruimte", partial: true },
          { match: "lossen + op", needs: /\b(?:begroting|budget)\b/iu, partial: true },
          // "De proef werd betaald uit …" is history, not the dekking of what is proposed now.
          { match: "betaald uit", not: /\b(?:werd|werden)\b/iu },
          { match: "betalen uit" },
          { match: "bekostigd uit" },
          { match: "gefinancierd uit" },
          { match: "financieren uit" },
          { match: /\b(?:betalen|betaald|bekostigen|bekostigd|financieren|gefinancierd|dekken|gedekt)\b[^.;]{0,30}\buit\s+(?:de|het|een)\b/iu, not: /\b(?:werd|werden)\b/iu },
          { match: "uit de middelen" },
          { match: "*budget", weak: true, partial: true },
          { match: "begroting", weak: true, partial: true },
        ],
        question: "Hoe wordt dit voorstel betaald: uit welk budget of welke reserve, en wat valt daardoor weg?",
      },
    ],
    question: "Wat kost dit voorstel eenmalig en per jaar, en hoe wordt dat gedekt?",
  },
  {
    id: "G",
    title: "Vervolgbesluiten en rol van de raad",
    summary: "Welke keuzes later nog volgen, wie die maakt, en of ze terugkomen bij de raad.",
    keyQuestions: [
      "Welke keuzes volgen nog uit dit voorstel, bijvoorbeeld in een uitvoeringsplan of bij de inkoop?",
      "Wie maakt die keuzes: de raad, het college, een regionaal bestuur of de professionals?",
      "Komen die keuzes terug bij de raad, en wanneer? En zo niet: waarom niet?",
      "Blijven politieke afwegingen (zoals toegang tegenover betaalbaarheid) bij de raad, of belanden ze bij de uitvoering?",
    ],
    headings: G_HEADINGS,
    oneSentence: true,
    aspects: [
      {
        id: "vervolg",
        label: "welke keuzes later nog volgen",
        headings: G_HEADINGS,
        headingSentences: 1,
        signals: [
          { match: "vervolgbesluit" },
          { match: "*vervolgbesluit" },
          { match: "uitvoeringsplan", needs: LATER, orElse: "deels" },
          { match: "*uitvoeringsplan", needs: LATER, orElse: "deels" },
          { match: "uitvoeringsprogramma", needs: LATER, orElse: "deels" },
          { match: "uitwerking", needs: LATER, orElse: "niets", not: DONE_BEFORE },
          { match: "uitwerken", needs: LATER, orElse: "niets", not: DONE_BEFORE },
          { match: "uitgewerkt", needs: LATER, orElse: "niets", not: DONE_BEFORE },
          { match: "nadere regels" },
          { match: "tranche" },
          { match: "later besluit*" },
          { match: "volgt later" },
          { match: "keuzes + later" },
          { match: "keuzes + volgen" },
          { match: "besluit + over + vervolg" },
          // "We komen erop terug" says something follows, not what or who decides: half an answer.
          { match: "komen + op terug", partial: true },
          { match: "komt + op terug", partial: true },
          { match: "gunning" },
          { match: "gunt" },
          // "We gaan in gesprek met …" is a later step; "in gesprekken die we hadden" is history.
          { match: /\b(?:gaan|gaat|treden|blijven|zullen)\b[^.;]{0,60}\bin\s+gesprek\b|\bin\s+gesprek\s+(?:gaan|blijven)\b/iu, needs: LATER, orElse: "niets", partial: true },
          // A later decision named as such: "De raad besluit daarna of …", "dat voorstel volgt in december".
          { match: "raad + besluit + of", needs: LATER, orElse: "niets" },
          { match: "raad + beslist", needs: LATER, orElse: "niets" },
          // "volgt de leerling", "volgen een opleiding": only a decision or a plan that follows is a later choice.
          { match: "volgt", needs: LATER, orElse: "niets", not: anyOf(NOT_A_CHOICE, NOT_A_LATER_STEP) },
          { match: "volgen", needs: LATER, orElse: "niets", not: anyOf(NOT_A_CHOICE, NOT_A_LATER_STEP) },
          { match: "leggen + voor", needs: LATER_MOMENT, orElse: "niets", partial: true, not: anyOf(THIS_DECISION, REPORT_ONLY) },
          // "In mei 2014 legt het college uw raad een voorstel voor over …": a later choice, back at the raad.
          { match: LATER_PROPOSAL, needs: LATER, orElse: "deels", not: REPORT_ONLY },
          { match: "werken + uit", needs: /(?:uitvoeringsagenda|uitvoeringsplan|uitvoeringsprogramma|werkagenda|later)/iu, orElse: "niets", partial: true },
          { match: "vervolg", weak: true },
        ],
        question: "Welke keuzes volgen nog uit dit voorstel, en wie maakt die?",
      },
      {
        id: "raad",
        label: "of en wanneer die keuzes terugkomen bij de raad",
        headings: G_HEADINGS,
        signals: [
          { match: "ter besluitvorming", needs: LATER, orElse: "deels", not: ON_THE_TABLE },
          { match: "ter vaststelling", needs: LATER, orElse: "deels", not: ON_THE_TABLE },
          // A raadsinformatiebrief that "liet zien" is history; one still to come is the raad's next moment.
          { match: "raadsinformatiebrief", future: true },
          { match: "aan de raad voor", needs: LATER, orElse: "niets", not: REPORT_ONLY },
          { match: "aan uw raad voor", needs: LATER, orElse: "niets", not: REPORT_ONLY },
          { match: "naar de raad", needs: LATER, orElse: "deels", not: REPORT_ONLY },
          { match: "naar uw raad", needs: LATER, orElse: "deels", not: REPORT_ONLY },
          { match: "naar de raden", needs: LATER, orElse: "deels", not: REPORT_ONLY },
          { match: "komt + terug + raad", needs: LATER, orElse: "deels" },
          { match: "komen + terug + raad", needs: LATER, orElse: "deels" },
          { match: "raad + besluit + of", needs: LATER, orElse: "niets" },
          { match: "raad + beslist", needs: LATER, orElse: "niets" },
          { match: "raad + agenderen" },
          { match: LATER_PROPOSAL, needs: LATER, orElse: "deels", not: REPORT_ONLY },
          { match: "wordt + raad + geïnformeerd", not: REPORT_ONLY },
          { match: "raad + wordt + geïnformeerd", not: REPORT_ONLY },
          { match: "informeren + raad", needs: LATER, orElse: "niets", not: REPORT_ONLY },
          { match: "informeert + raad", needs: LATER, orElse: "niets", not: REPORT_ONLY },
          { match: "bevoegdheid", weak: true },
          { match: "portefeuillehoudersoverleg", weak: true },
          { match: "algemeen bestuur", weak: true },
          { match: "college stelt + vast", weak: true },
        ],
        question: "Komen de keuzes die hierna nog volgen terug bij de raad, en wanneer? Zo niet, waarom niet?",
      },
    ],
    question:
      "Welke keuzes volgen nog uit dit voorstel, wie maakt die, en komen ze terug bij de raad (wanneer, of waarom niet)?",
  },
];

/** The criterion with this id. */
export function criterium(id: CriteriumId): Criterium {
  const found = CRITERIA.find((c) => c.id === id);
  if (found === undefined) throw new Error(`Onbekend criterium: ${id}`);
  return found;
}

/** Ids of the criteria whose heading patterns match this (normalised) heading. */
export function criteriaForHeading(normalizedHeading: string): CriteriumId[] {
  return CRITERIA.filter((c) => c.headings.some((re) => re.test(normalizedHeading))).map((c) => c.id);
}
