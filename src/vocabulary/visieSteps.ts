/** The four visie steps, without zod: worksheet pages use these on their first render (ADR 0015). */

/** The step ids, in order; also the keys for burgerbetrokkenheid. */
export const VISIE_STEPS = ["waarden", "principes", "resultaten", "kwaliteitseisen"] as const;

/** The title each visie step must carry, by step id. */
export const VISIE_STEP_TITLES = {
  waarden: "Maatschappelijke waarden",
  principes: "Leidende principes",
  resultaten: "Maatschappelijke resultaten",
  kwaliteitseisen: "Kwaliteitseisen",
} as const satisfies Record<(typeof VISIE_STEPS)[number], string>;
