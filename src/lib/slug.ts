/** A safe, readable file-name part: "Mijn visie: één 2026!" → "mijn-visie-een-2026"; "" when nothing is left. */
export function slugify(text: string, max: number): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/, "");
}

/** "Mijn visie 2026" → "mijn-visie-2026": the name part of an exported werkboek file. */
export function fileSlug(name: string): string {
  return slugify(name, 60) || "werkboek";
}
