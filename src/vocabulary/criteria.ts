/**
 * The vocabulary of the raadsvoorstel-toets. Free of zod and of any runtime dependency so the browser
 * worker, the CLI and the werkboek schema can all import it.
 */

/**
 * S = publiekssamenvatting, A–F = the criteria for raadsvoorstellen, G = vervolgbesluiten en rol van de
 * raad (added later: saved toetsen from before G simply lack it, see src/schemas/toets.ts).
 */
export const CRITERIUM_IDS = ["S", "A", "B", "C", "D", "E", "F", "G"] as const;
export type CriteriumId = (typeof CRITERIUM_IDS)[number];

/** How well a proposal meets a criterion (or mentions a toetssteen). */
export const STATUSES = ["aanwezig", "deels", "afwezig"] as const;
export type Status = (typeof STATUSES)[number];

/** The three kinds of toetssteen a raadslid can take from the visie werkboek. */
export const TOETSSTEEN_KINDS = ["waarde", "principe", "resultaat"] as const;
export type ToetssteenKind = (typeof TOETSSTEEN_KINDS)[number];
