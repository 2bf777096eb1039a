/** The preventieniveaus and worksheet fields, without zod: worksheet pages use these on their first render (ADR 0015). */

/** The three preventieniveaus (whom prevention targets), in order; also the matrix columns. */
export const PREVENTIE_NIVEAU_IDS = ["beschermen", "stabiliseren", "gevolgen"] as const;

/**
 * Title and form of prevention each niveau must carry, by id. The forms follow one classification only,
 * by doelgroep (RIVM: universeel, selectief, geïndiceerd, zorggerelateerd), because the niveaus ask "whom
 * does it target"; mixing in primair/secundair/tertiair (by phase) made two niveaus overlap.
 */
export const PREVENTIE_NIVEAUS = {
  beschermen: { title: "Beschermen", vorm: "universele preventie" },
  stabiliseren: { title: "Stabiliseren en problemen voorkomen", vorm: "selectieve preventie" },
  gevolgen: { title: "Negatieve gevolgen tegengaan", vorm: "geïndiceerde en zorggerelateerde preventie" },
} as const satisfies Record<(typeof PREVENTIE_NIVEAU_IDS)[number], { title: string; vorm: string }>;

/** The fields of a row in the preventie worksheet; `velden` has a help text for each. */
export const PREVENTIE_VELDEN = ["doelgroepen", "interventies", "uitvoerders", "budget", "effect", "indicator", "jaar"] as const;
