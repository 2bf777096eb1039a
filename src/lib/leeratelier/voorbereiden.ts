/**
 * The bijeenkomst a griffier is preparing on /leeratelier/voorbereiden/, as typed: kept as a concept
 * (lib/concept.ts, ADR 0034) so a reload, a closed tab or a crash loses nothing. No zod: the page loads
 * the schemas only when the file is made.
 */
import type { Bijeenkomst } from "../../schemas/bijeenkomst.ts";
import { ONDERDELEN } from "../../vocabulary/onderdelen.ts";
import { OUDE_VRAAGSOORT, VRAAGSOORTEN } from "../../vocabulary/vraagsoort.ts";
import { trustedBijeenkomst } from "./savedBijeenkomst.ts";
import { LEGE_VOORBEREIDING, type Voorbereiding } from "./voorbereiding.ts";

/** The concept's name in storage. */
export const VOORBEREIDEN_CONCEPT = "bijeenkomst-voorbereiden";

/**
 * The form as typed (the lists are still the text of their textareas, one item per line), and the
 * bijeenkomst that was opened to change it. That one stays in the concept, so after a reload the next
 * download still keeps its id and counts on from its revisie.
 */
export interface BijeenkomstConcept extends Voorbereiding {
  vorige: Bijeenkomst | null;
}

export const emptyConcept = (): BijeenkomstConcept => ({ ...LEGE_VOORBEREIDING, onderdelen: [...LEGE_VOORBEREIDING.onderdelen], vorige: null });

/** The same limits as the fields (`maxlength`); a free textarea gets a generous one. */
const MAX = { title: 200, date: 10, startvraag: 2000, fracties: 20_000, stellingen: 20_000 } as const;

/**
 * A stored concept as the form can use it, or null when it is not one. Text beyond a field's limit is
 * cut off rather than the whole concept refused; an unknown part is left out.
 */
export function readConcept(raw: unknown): BijeenkomstConcept | null {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const text = (k: keyof typeof MAX): string | null => {
    const v = r[k];
    return typeof v === "string" ? v.slice(0, MAX[k]) : v === undefined ? "" : null;
  };
  const title = text("title");
  const date = text("date");
  const startvraag = text("startvraag");
  const fracties = text("fracties");
  const stellingen = text("stellingen");
  if (title === null || date === null || startvraag === null || fracties === null || stellingen === null) return null;
  const list = r["onderdelen"];
  if (!Array.isArray(list)) return null;
  // In the fixed order, like the checkboxes keep it.
  const onderdelen = ONDERDELEN.filter((o) => list.includes(o));
  // A concept from before the choice existed asked for importance.
  const v = r["vraagsoort"];
  const vraagsoort = (VRAAGSOORTEN as readonly unknown[]).includes(v) ? (v as Voorbereiding["vraagsoort"]) : OUDE_VRAAGSOORT;
  // The opened bijeenkomst was checked by the schema when it was opened; a damaged copy makes this a new one.
  const vorige = typeof r["vorige"] === "object" && r["vorige"] !== null ? trustedBijeenkomst(JSON.stringify(r["vorige"])) : null;
  return { title, date, onderdelen, startvraag, fracties, stellingen, vraagsoort, vorige };
}
