/** Dutch names for the fields of a werkboek, for messages that say where a problem is. No zod here: storage uses it on every page. */

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
};

/** "visie.waarden.2.name" → "visie › waarden › nr. 3 › naam". */
export function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "het bestand";
  return path.map((p) => (typeof p === "number" ? `nr. ${p + 1}` : (FIELD_NAMES[String(p)] ?? String(p)))).join(" › ");
}

