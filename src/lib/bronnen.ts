/**
 * Checks and formats the `stand` and `sources` of a kenniskaart. In lib (not in the loader) so a unit
 * test can prove the build message without running Astro.
 */
import { kaartBronnenSchema } from "../schemas/bron.ts";

/** A Dutch build message naming the file and each problem with `stand`/`sources`, or null when they are fine. */
export function bronnenProblem(filePath: string, data: Record<string, unknown>): string | null {
  const result = kaartBronnenSchema.safeParse(data);
  if (result.success) return null;
  const issues = result.error.issues.map((i) => {
    const where = i.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "");
    return where ? `${where}: ${i.message}` : i.message;
  });
  return `${filePath} mist bronnen of stand — ${issues.join("; ")}.`;
}

const DATE_NL = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "1 januari 2026": a YAML date as Dutch readers write it. */
export function datumNl(date: Date): string {
  return DATE_NL.format(date);
}
