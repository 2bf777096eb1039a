import type { Werkboek } from "../../schemas/werkboek.ts";
import { download } from "./download.ts";

/**
 * Offers the werkboek as a file: the way out when storage fails. Returns a warning when it nears the
 * size limit. Validation (zod) loads only now, not with the page (ADR 0015).
 */
export async function exportJson(w: Werkboek): Promise<string | null> {
  const { exportFileName, serializeWerkboek, sizeWarning, utf8Length } = await import("../../lib/werkboek/io.ts");
  let text: string;
  try {
    text = serializeWerkboek(w);
  } catch {
    // Invalid (e.g. an over-long paste): still hand over everything, unvalidated, rather than nothing.
    text = JSON.stringify(w, null, 2);
  }
  download(exportFileName(w), text, "application/json");
  return sizeWarning(utf8Length(text));
}
