import type * as z from "zod/mini";

/** Dutch names for the fields of a werkboek, for messages that say where a problem is. No zod here: storage uses it on every page (ADR 0015). */

export const FIELD_NAMES: Record<string, string> = {
  name: "naam",
  id: "id",
  createdAt: "aangemaakt op",
  updatedAt: "gewijzigd op",
  visie: "visie",
  waarden: "waarden",
  meaning: "betekenis",
  principes: "leidende principes",
  title: "titel",
  onderbouwing: "onderbouwing",
  meetlat: "meetlat",
  resultaten: "maatschappelijke resultaten",
  doelgroep: "doelgroep",
  verandering: "gewenste verandering",
  target: "streefwaarde",
  baseline: "nulmeting",
  year: "jaar",
  bron: "bron",
  koppelingen: "koppeltabel",
  kwaliteitseisen: "kwaliteitseisen",
  text: "tekst",
  betrokkenheid: "burgerbetrokkenheid",
  periodes: "perioden",
  reeksen: "reeksen",
  antwoorden: "antwoorden",
  format: "format",
  version: "version",
  wie: "wie je betrekt",
  hoe: "hoe je hen betrekt",
  top: "top-waarde",
  waardeId: "gekoppelde waarde",
  principeId: "gekoppeld principe",
  resultaatId: "gekoppeld resultaat",
  principeIds: "gekoppelde principes",
  unit: "eenheid",
  waardemodellen: "waardemodellen",
  question: "vraag",
  answers: "antwoorden",
  dilemmas: "dilemma's",
  afweging: "afweging",
  compromis: "compromis",
  keuzes: "keuzes",
  preventie: "koerskaart preventie",
  matrix: "matrix",
  evaluatie: "evaluatie",
  staalkaartNotities: "notities bij staalkaarten",
  taken: "taken",
  notities: "notities",
  openVragen: "open vragen",
  vragenCollege: "vragen voor het college",
  vastgesteldOp: "vastgesteld op",
  evaluatieGepland: "evaluatie gepland",
  toetsen: "toetsen van raadsvoorstellen",
  date: "datum",
  criteria: "criteria",
  toetsstenen: "toetsstenen",
  vragen: "vragen",
  label: "omschrijving",
  kind: "soort",
  status: "oordeel",
  autoStatus: "automatisch oordeel",
  notes: "notities",
  criterionId: "criterium",
  sturing: "sturing",
  duiden: "cijfers duiden",
  koerskaarten: "koerskaarten",
  nu: "wat er nu is",
  koers: "koers",
  waarom: "waarom",
  kosten: "kosten",
  volgen: "volgen",
  cellen: "vakken",
  // The leeratelier files (bijdrage, bijeenkomst, leeratelier) use the same messages.
  naam: "naam",
  fractie: "fractie",
  bijeenkomst: "bijeenkomst",
  bijdragen: "bijdragen",
  onderdelen: "onderdelen",
  startvraag: "startvraag",
  fracties: "fracties",
  stellingen: "stellingen",
  scores: "scores",
  stelling: "stelling",
  score: "score",
};

/** A key from a file, shortened: a hostile file can make one as long as it likes. */
const keyName = (p: PropertyKey) => {
  const s = String(p);
  return Object.hasOwn(FIELD_NAMES, s) ? (FIELD_NAMES[s] as string) : s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

/** "visie.waarden.2.name" → "visie › waarden › nr. 3 › naam". */
export function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "het bestand";
  return path.map((p) => (typeof p === "number" ? `nr. ${p + 1}` : keyName(p))).join(" › ");
}

const nf = new Intl.NumberFormat("nl-NL");

const TYPE_NAMES: Record<string, string> = {
  string: "een tekst",
  number: "een getal",
  int: "een geheel getal",
  boolean: "ja of nee (true of false)",
  array: "een lijst",
  object: "een groep velden",
  record: "een groep velden",
  date: "een datum",
  null: "leeg (null)",
  undefined: "niets",
};

function kindOf(v: unknown): string {
  if (v === undefined) return "niets";
  if (v === null) return "leeg (null)";
  if (Array.isArray(v)) return "een lijst";
  return TYPE_NAMES[typeof v] ?? "iets anders";
}

/** What to do about a broken werkboek file; other files (the leeratelier's) pass their own. */
export const WERKBOEK_FIX = "Pas dit aan in het bestand, of exporteer het werkboek opnieuw uit Raadskompas.";

/**
 * One validation problem as a Dutch sentence for a raadslid: which field, what is wrong, what to do.
 * Never zod's own wording ("verwacht string, ontving undefined"). `fix` says what to do where the
 * problem itself does not (a missing field, a wrong type).
 */
export function issueMessage(issue: z.core.$ZodIssue, fix: string = WERKBOEK_FIX): string {
  const FIX = fix;
  const field = `"${describePath(issue.path)}"`;
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "invalid_type":
      if (input === undefined) return `Het veld ${field} ontbreekt. ${FIX}`;
      return `Het veld ${field} moet ${TYPE_NAMES[issue.expected] ?? "iets anders"} zijn, maar het is ${kindOf(input)}. ${FIX}`;
    case "too_big": {
      const max = nf.format(Number(issue.maximum));
      if (issue.origin === "string") return `De tekst in ${field} is te lang: ${typeof input === "string" ? `${nf.format(input.length)} tekens, ` : ""}hooguit ${max}. Maak hem korter.`;
      if (issue.origin === "array") return `De lijst ${field} heeft te veel onderdelen${Array.isArray(input) ? ` (${nf.format(input.length)})` : ""}; hooguit ${max}. Haal er een paar weg.`;
      return `Het getal in ${field} is te groot: hooguit ${String(issue.maximum)}. Vul een kleiner getal in.`;
    }
    case "too_small": {
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? `Het veld ${field} is leeg. Vul het in.` : `De tekst in ${field} is te kort: minstens ${nf.format(Number(issue.minimum))} tekens. Vul hem aan.`;
      if (issue.origin === "array") return `De lijst ${field} heeft te weinig onderdelen: minstens ${nf.format(Number(issue.minimum))}. Vul hem aan.`;
      return `Het getal in ${field} is te klein: minstens ${String(issue.minimum)}. Vul een groter getal in.`;
    }
    case "invalid_format":
      if (issue.format === "datetime") return `Het veld ${field} is geen geldige datum met tijd (zoals 2026-03-01T10:00:00Z). ${FIX}`;
      return `Het veld ${field} heeft niet de goede vorm. ${FIX}`;
    case "invalid_value": {
      const allowed = issue.values.slice(0, 10).map((v) => `"${String(v)}"`).join(", ");
      return `Het veld ${field} heeft een waarde die Raadskompas niet kent${typeof input === "string" ? ` ("${input.slice(0, 40)}")` : ""}. Kies uit: ${allowed}.`;
    }
    case "not_multiple_of":
      return `Het getal in ${field} moet een geheel getal zijn. Vul een heel getal in.`;
    case "unrecognized_keys":
      return `In ${field} staan velden die Raadskompas niet kent (${issue.keys.slice(0, 5).map(keyName).join(", ")}). Haal ze weg.`;
    case "custom":
      // Our own refinements already speak Dutch ("geef het werkboek een naam", "hooguit 100 taken").
      return `Het veld ${field} klopt niet: ${issue.message.slice(0, 200)}. ${FIX}`;
    default:
      return `Het veld ${field} klopt niet. ${FIX}`;
  }
}
