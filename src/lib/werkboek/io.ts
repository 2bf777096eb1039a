/**
 * Reading and writing `.raadskompas.json` files. A bad file never reaches storage: parsing returns
 * a list of Dutch messages saying what is wrong and where.
 */
import { z } from "zod";
import { CURRENT_VERSION, WERKBOEK_FORMAT, werkboekSchema, type Werkboek } from "../../schemas/werkboek.ts";
import { migrate } from "./migrate.ts";
import { slugify } from "../slug.ts";

z.config(z.locales.nl());

/**
 * The most a werkboek may take as a file (its export, UTF-8). Saving refuses a werkboek beyond it and
 * import accepts everything up to it, so every export can be imported again (ADR 0008).
 */
export const MAX_WERKBOEK_BYTES = 20 * 1024 * 1024;
/** Larger files are refused before reading: the same limit as for saving. */
export const MAX_IMPORT_BYTES = MAX_WERKBOEK_BYTES;

export type ParseResult =
  | { ok: true; werkboek: Werkboek; migratedFrom: number | null; warnings?: string[] }
  | { ok: false; errors: string[] };

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString("nl-NL", { maximumFractionDigits: 1 })} MB`;
const nf = new Intl.NumberFormat("nl-NL");

/** Bytes the text takes as UTF-8, without building the encoded copy. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Size of the werkboek as an exported file. */
export function werkboekFileBytes(w: Werkboek): number {
  return utf8Length(JSON.stringify(w, null, 2)) + 1;
}

/** Dutch message when a werkboek is too large to save (and so to export and import again). */
export function tooLargeMessage(bytes: number): string {
  return `Je werkboek wordt te groot: ${mb(bytes)}, hooguit ${mb(MAX_WERKBOEK_BYTES)}. Je laatste wijziging is niet bewaard. Verwijder een toets met een lange tekst, of verdeel je werk over twee werkboeken.`;
}

/** A warning for the export when the werkboek comes near the limit; null when there is room. */
export function sizeWarning(bytes: number): string | null {
  if (bytes < MAX_WERKBOEK_BYTES * 0.8) return null;
  return `Let op: dit werkboek is ${mb(bytes)}. Een werkboek mag hooguit ${mb(MAX_WERKBOEK_BYTES)} zijn. Verwijder oude toetsen met lange teksten, anders kun je straks niets meer toevoegen.`;
}

const FIELD_NAMES: Record<string, string> = {
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
};

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

const FIX = "Pas dit aan in het bestand, of exporteer het werkboek opnieuw uit Raadskompas.";

/**
 * One validation problem as a Dutch sentence for a raadslid: which field, what is wrong, what to do.
 * Never zod's own wording ("verwacht string, ontving undefined").
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
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
      const allowed = issue.values.map((v) => `"${String(v)}"`).join(", ");
      return `Het veld ${field} heeft een waarde die Raadskompas niet kent${typeof input === "string" ? ` ("${input.slice(0, 40)}")` : ""}. Kies uit: ${allowed}.`;
    }
    case "not_multiple_of":
      return `Het getal in ${field} moet een geheel getal zijn. Vul een heel getal in.`;
    case "unrecognized_keys":
      return `In ${field} staan velden die Raadskompas niet kent (${issue.keys.slice(0, 5).join(", ")}). Haal ze weg.`;
    case "custom":
      // Our own refinements already speak Dutch ("geef het werkboek een naam", "hooguit 100 taken").
      return `Het veld ${field} klopt niet: ${issue.message}. ${FIX}`;
    default:
      return `Het veld ${field} klopt niet. ${FIX}`;
  }
}

/** "visie.waarden.2.name" → "visie › waarden › nr. 3 › naam". */
export function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "het bestand";
  return path.map((p) => (typeof p === "number" ? `nr. ${p + 1}` : (FIELD_NAMES[String(p)] ?? String(p)))).join(" › ");
}

/**
 * Parses and validates file contents; migrates older versions. `bytes`: the file size when known.
 * For a file a user picks, use `readWerkboekFile` / `parseWerkboekBytes` (importFile.ts): they also check
 * the encoding, refuse absurd structures before parsing and rename duplicate ids.
 */
export function parseWerkboekFile(text: string, bytes = text.length): ParseResult {
  if (bytes > MAX_IMPORT_BYTES || text.length > MAX_IMPORT_BYTES) {
    return { ok: false, errors: [`Het bestand is te groot (${mb(Math.max(bytes, text.length))}). Een werkboek is hooguit ${mb(MAX_WERKBOEK_BYTES)}. Kies een ander bestand.`] };
  }
  if (text.trim() === "") return { ok: false, errors: ["Het bestand is leeg. Kies het .raadskompas.json-bestand dat je eerder hebt geëxporteerd."] };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const where = /position (\d+)/.exec(String(e))?.[1];
    return { ok: false, errors: [`Dit is geen geldig JSON-bestand${where ? ` (fout rond teken ${where})` : ""}. Kies een bestand dat eindigt op .raadskompas.json.`] };
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { ok: false, errors: ["Dit bestand bevat geen werkboek: er staan niet de velden van een werkboek in. Kies een bestand dat eindigt op .raadskompas.json."] };
  }
  const obj = raw as Record<string, unknown>;
  if (obj["format"] !== WERKBOEK_FORMAT) {
    return { ok: false, errors: [`Dit is geen Raadskompas-werkboek: het veld "format" moet "${WERKBOEK_FORMAT}" zijn.`] };
  }
  const version = obj["version"];
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: ['Het veld "version" ontbreekt of is geen geheel getal vanaf 1.'] };
  }
  if (version > CURRENT_VERSION) {
    return { ok: false, errors: [`Dit werkboek komt uit een nieuwere versie van Raadskompas (bestandsversie ${version}). Deze versie leest tot en met versie ${CURRENT_VERSION}. Werk Raadskompas bij en probeer het opnieuw.`] };
  }
  let migrated: ReturnType<typeof migrate>;
  try {
    migrated = migrate(obj);
  } catch (e) {
    return { ok: false, errors: [`Dit werkboek kon niet worden bijgewerkt naar de nieuwe versie. Kies een andere export. (${e instanceof Error ? e.message : String(e)})`] };
  }
  const result = werkboekSchema.safeParse(migrated.value, { reportInput: true });
  if (!result.success) {
    const errors = result.error.issues.slice(0, 20).map(issueMessage);
    if (result.error.issues.length > 20) errors.push(`Er zijn nog ${result.error.issues.length - 20} andere fouten. Herstel eerst de fouten hierboven.`);
    return { ok: false, errors: [...new Set(errors)] };
  }
  return { ok: true, werkboek: result.data, migratedFrom: migrated.from === CURRENT_VERSION ? null : migrated.from };
}

/** The file contents for an export: validated, pretty-printed. */
export function serializeWerkboek(w: Werkboek): string {
  return JSON.stringify(werkboekSchema.parse(w), null, 2) + "\n";
}

/** "Mijn visie 2026" → "mijn-visie-2026". */
export function fileSlug(name: string): string {
  return slugify(name, 60) || "werkboek";
}

/** File name for the JSON export. */
export const exportFileName = (w: Werkboek) => `${fileSlug(w.name)}.raadskompas.json`;
