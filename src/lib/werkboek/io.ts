/**
 * Reading and writing `.raadskompas.json` files. A bad file never reaches storage: parsing returns
 * a list of Dutch messages saying what is wrong and where.
 */
import { z } from "zod";
import { CURRENT_VERSION, WERKBOEK_FORMAT, werkboekSchema, type Werkboek } from "../../schemas/werkboek.ts";
import { migrate } from "./migrate.ts";
import { slugify } from "../slug.ts";
import { formatMegabytes } from "../getal.ts";

z.config(z.locales.nl());

/** Larger files are refused before parsing: a real werkboek, even with long raadsvoorstellen, stays far below. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type ParseResult =
  | { ok: true; werkboek: Werkboek; migratedFrom: number | null }
  | { ok: false; errors: string[] };

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
};

/** "visie.waarden.2.name" → "visie › waarden › nr. 3 › naam". */
export function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "het bestand";
  return path.map((p) => (typeof p === "number" ? `nr. ${p + 1}` : (FIELD_NAMES[String(p)] ?? String(p)))).join(" › ");
}

/** Parses and validates file contents; migrates older versions. */
export function parseWerkboekFile(text: string): ParseResult {
  if (text.length > MAX_IMPORT_BYTES) {
    return { ok: false, errors: [`Het bestand is te groot (${formatMegabytes(text.length)}). Een werkboek is hooguit 10 MB.`] };
  }
  if (text.trim() === "") return { ok: false, errors: ["Het bestand is leeg."] };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const where = /position (\d+)/.exec(String(e))?.[1];
    return { ok: false, errors: [`Dit is geen geldig JSON-bestand${where ? ` (fout rond teken ${where})` : ""}. Kies een bestand dat eindigt op .raadskompas.json.`] };
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { ok: false, errors: ["Dit bestand bevat geen werkboek: verwacht een object met de velden van een werkboek."] };
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
    return { ok: false, errors: [e instanceof Error ? e.message : String(e)] };
  }
  const result = werkboekSchema.safeParse(migrated.value);
  if (!result.success) {
    const errors = result.error.issues.slice(0, 20).map((i) => `${describePath(i.path)}: ${i.message}`);
    if (result.error.issues.length > 20) errors.push(`… en nog ${result.error.issues.length - 20} andere fouten.`);
    return { ok: false, errors };
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
