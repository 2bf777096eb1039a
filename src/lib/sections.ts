/**
 * Checks that authored cards contain the `##` parts they promise. Lives in lib (not in the loader)
 * so a unit test can prove the build message without running Astro.
 */

/** The `##` headings of a Markdown/MDX body, in order, with inline markup stripped. */
export function h2Headings(body: string): string[] {
  const headings: string[] = [];
  let inFence = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const m = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (m?.[1]) headings.push(m[1].replace(/[*_`]/g, "").trim());
  }
  return headings;
}

const norm = (s: string) => s.toLocaleLowerCase("nl").replace(/\s+/g, " ").trim();

/** Required headings that the body lacks. */
export function missingSections(body: string, required: readonly string[]): string[] {
  const present = new Set(h2Headings(body).map(norm));
  return required.filter((r) => !present.has(norm(r)));
}

/** Required headings that have no text under them before the next `##`. */
export function emptySections(body: string, required: readonly string[]): string[] {
  const wanted = new Set(required.map(norm));
  const empty: string[] = [];
  const parts = body.split(/^##\s+/m).slice(1);
  for (const part of parts) {
    const nl = part.indexOf("\n");
    const heading = (nl === -1 ? part : part.slice(0, nl)).replace(/[*_`#]/g, "").trim();
    const rest = nl === -1 ? "" : part.slice(nl + 1);
    if (wanted.has(norm(heading)) && rest.trim() === "") empty.push(heading);
  }
  return empty;
}

/** A Dutch build message naming the file and what is missing, or null when the card is complete. */
export function sectionProblem(filePath: string, body: string, required: readonly string[]): string | null {
  const missing = missingSections(body, required);
  const empty = emptySections(body, required);
  if (missing.length === 0 && empty.length === 0) return null;
  const parts: string[] = [];
  if (missing.length) parts.push(`ontbrekend onderdeel: ${missing.map((m) => `"## ${m}"`).join(", ")}`);
  if (empty.length) parts.push(`leeg onderdeel: ${empty.map((m) => `"## ${m}"`).join(", ")}`);
  return `${filePath} is niet compleet — ${parts.join("; ")}.`;
}
