/**
 * Reading and writing `.raadskompas.json` files. A bad file never reaches storage: parsing returns
 * a list of Dutch messages saying what is wrong and where.
 */
import * as z from "zod/mini";
import { nl } from "zod/locales";
import { CURRENT_VERSION, WERKBOEK_FORMAT, werkboekSchema, type Werkboek } from "../../schemas/werkboek.ts";
import { migrate } from "./migrate.ts";
import { fileSlug } from "../slug.ts";
import { describePath, issueMessage } from "./paths.ts";
import { MAX_IMPORT_BYTES, MAX_WERKBOEK_BYTES, mb, sizeWarning, tooLargeMessage, utf8Length, werkboekFileBytes } from "./size.ts";

export { MAX_IMPORT_BYTES, MAX_WERKBOEK_BYTES, sizeWarning, tooLargeMessage, utf8Length, werkboekFileBytes };

z.config(nl());

export type ParseResult =
  | { ok: true; werkboek: Werkboek; migratedFrom: number | null; warnings?: string[] }
  | { ok: false; errors: string[] };

export { describePath };

/** The messages for a file that is empty or too large, whether it is checked before or after reading. */
export const EMPTY_FILE = "Het bestand is leeg. Kies het .raadskompas.json-bestand dat je eerder hebt geëxporteerd.";
export const fileTooLarge = (bytes: number) => `Het bestand is te groot (${mb(bytes)}). Een werkboek is hooguit ${mb(MAX_WERKBOEK_BYTES)}. Kies een ander bestand.`;

/**
 * Parses and validates file contents; migrates older versions. `bytes`: the file size when known.
 * For a file a user picks, use `readWerkboekFile` / `parseWerkboekBytes` (importFile.ts): they also check
 * the encoding, refuse absurd structures before parsing and rename duplicate ids.
 */
export function parseWerkboekFile(text: string, bytes = text.length): ParseResult {
  if (bytes > MAX_IMPORT_BYTES || text.length > MAX_IMPORT_BYTES) {
    return { ok: false, errors: [fileTooLarge(Math.max(bytes, text.length))] };
  }
  if (text.trim() === "") return { ok: false, errors: [EMPTY_FILE] };
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
    const errors = result.error.issues.slice(0, 20).map((i) => issueMessage(i));
    if (result.error.issues.length > 20) errors.push(`Er zijn nog ${result.error.issues.length - 20} andere fouten. Herstel eerst de fouten hierboven.`);
    return { ok: false, errors: [...new Set(errors)] };
  }
  return { ok: true, werkboek: result.data, migratedFrom: migrated.from === CURRENT_VERSION ? null : migrated.from };
}

/** The file contents for an export: validated, pretty-printed. */
export function serializeWerkboek(w: Werkboek): string {
  return JSON.stringify(werkboekSchema.parse(w), null, 2) + "\n";
}

export { fileSlug };

/** File name for the JSON export. */
export const exportFileName = (w: Werkboek) => `${fileSlug(w.name)}.raadskompas.json`;
