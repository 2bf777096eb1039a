/**
 * The message for a table of figures beyond its size limit: a pasted table (table.ts) and a file the
 * worksheet refuses before reading it (MAX_TABLE_FILE_BYTES) get the same words and name the same
 * limit (src/vocabulary/limits.ts).
 */
import { MAX_TABLE_CHARS } from "../../vocabulary/limits.ts";

const nf = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });
/** Characters or bytes as decimal megabytes: the limit of 1.000.000 characters reads "1 MB". */
const mb = (n: number) => `${nf.format(n / 1_000_000)} MB`;

/** The Dutch message for a table (pasted text) or a file beyond the limit. */
export function tableTooLarge(size: number, source: "tabel" | "bestand" = "tabel"): string {
  return `${source === "tabel" ? "Deze tabel" : "Dit bestand"} is te groot: ${mb(size)}. Het werkblad kan tabellen tot ${mb(MAX_TABLE_CHARS)} aan. Kies in StatLine of op waarstaatjegemeente.nl minder perioden, regio's of onderwerpen, en probeer het opnieuw. Er is niets veranderd aan je werkblad.`;
}
