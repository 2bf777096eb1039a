/** How large a werkboek is as a file, and the limit. No zod here: storage checks it on every save (ADR 0015). */
import type { Werkboek } from "../../schemas/werkboek.ts";

/**
 * The most a werkboek may take as a file (its export, UTF-8). Saving refuses a werkboek beyond it and
 * import accepts everything up to it, so every export can be imported again (ADR 0008). Only storage
 * checks it, so it stays here: in src/vocabulary/limits.ts it would pull that module into the werkboek
 * runtime chunk, and every page that reads one limit would load the runtime (ADR 0017).
 */
export const MAX_WERKBOEK_BYTES = 20 * 1024 * 1024;
/** Larger files are refused before reading: the same limit as for saving. */
export const MAX_IMPORT_BYTES = MAX_WERKBOEK_BYTES;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString("nl-NL", { maximumFractionDigits: 1 })} MB`;

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
