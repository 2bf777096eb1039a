// Without zod: the voorbereiden page shows and fills its form before the schemas load (ADR 0015).
/**
 * The griffier's form on the voorbereiden page, and the way back from a saved bijeenkomst into it, so
 * an evening can be opened and changed again under the same id instead of prepared anew.
 */
import type { Bijeenkomst } from "../../schemas/bijeenkomst.ts";
import type { Onderdeel } from "../../vocabulary/onderdelen.ts";
import type { Vraagsoort } from "./vraagsoort.ts";

export interface Voorbereiding {
  title: string;
  date: string;
  onderdelen: Onderdeel[];
  startvraag: string;
  /** One per line, as typed. */
  fracties: string;
  /** One per line, as typed. */
  stellingen: string;
  vraagsoort: Vraagsoort;
}

export const LEGE_VOORBEREIDING: Voorbereiding = { title: "", date: "", onderdelen: ["waarden", "principes", "resultaten"], startvraag: "", fracties: "", stellingen: "", vraagsoort: "belang" };

export const regels = (s: string) => s.split("\n").map((l) => l.trim()).filter(Boolean);

/** The form filled with a saved bijeenkomst. */
export const voorbereidingVan = (b: Bijeenkomst): Voorbereiding => ({
  title: b.title,
  date: b.date,
  onderdelen: [...b.onderdelen],
  startvraag: b.startvraag,
  fracties: b.fracties.join("\n"),
  stellingen: b.stellingen.join("\n"),
  vraagsoort: b.vraagsoort,
});

/** What the form gives to `makeBijeenkomst`. */
export const invoerVan = (v: Voorbereiding) => ({ ...v, fracties: regels(v.fracties), stellingen: regels(v.stellingen) });

/**
 * What changes for the bijdragen that may already be in when a bijeenkomst is saved again. Scores
 * stay tied to the wording and the soort they were given for, so the griffier should know.
 */
export function gevolgenVanWijziging(vorige: Bijeenkomst, v: Voorbereiding): string[] {
  const out: string[] = [];
  const nu = regels(v.stellingen);
  const weg = vorige.stellingen.filter((s) => !nu.includes(s));
  if (weg.length > 0) out.push(`Je haalt ${weg.length === 1 ? "een stelling" : `${weg.length} stellingen`} weg of verandert de tekst (${weg.map((s) => `"${s}"`).join(", ")}). Scores die al zijn gegeven, blijven bij de oude tekst staan.`);
  if (vorige.vraagsoort !== v.vraagsoort) out.push("Je verandert wat de stellingen vragen. Scores die al zijn gegeven, blijven gelezen zoals ze gevraagd zijn; ze komen in een eigen tabel.");
  const minder = vorige.onderdelen.filter((o) => !v.onderdelen.includes(o));
  if (minder.length > 0) out.push("Je vraagt minder onderdelen. Wat raadsleden daarvoor al instuurden, blijft in hun bijdrage staan.");
  return out;
}
