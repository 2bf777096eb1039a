import "./zodConfig.ts";
import { z } from "zod";
import { idSchema, text } from "./visie.ts";

// The three levels (beschermen · stabiliseren · gevolgen) are defined once, with the guide: PREVENTIE_NIVEAU_IDS.

/** Our choices for one level. */
export const preventieKeuzeSchema = z.object({
  /** For whom. */
  doelgroepen: text(2000),
  /** Which interventions, and whether they are known to work. */
  interventies: text(),
  /** Who carries them out. */
  uitvoerders: text(2000),
  /** Budget per year and where it comes from. */
  budget: text(1000),
  /** Beoogd maatschappelijk effect. */
  effect: text(2000),
  /** Indicator for the effect, with baseline and source. */
  indicator: text(1000),
  /** Year by which the effect should show, or null. */
  jaar: z.number().int().min(2000).max(2100).nullable().default(null),
});

const emptyKeuze = { doelgroepen: "", interventies: "", uitvoerders: "", budget: "", effect: "", indicator: "", jaar: null };

/** One row of the preventiematrix: a doelgroep with what exists per level. */
export const matrixRowSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** Row label, e.g. "Jeugd (0-18 jaar)" or a wijk. */
  doelgroep: z.string().max(200),
  /** What exists per level; an empty cell is a gap. */
  cellen: z
    .object({ beschermen: text(2000), stabiliseren: text(2000), gevolgen: text(2000) })
    .default({ beschermen: "", stabiliseren: "", gevolgen: "" }),
});

/** The koerskaart preventie worksheet. */
export const preventieSheetSchema = z.object({
  /** Choices per level. */
  keuzes: z
    .object({ beschermen: preventieKeuzeSchema.default(emptyKeuze), stabiliseren: preventieKeuzeSchema.default(emptyKeuze), gevolgen: preventieKeuzeSchema.default(emptyKeuze) })
    .default({ beschermen: emptyKeuze, stabiliseren: emptyKeuze, gevolgen: emptyKeuze }),
  /** The preventiematrix; empty means "use the default rows from the guide". */
  matrix: z.array(matrixRowSchema).max(30).default([]),
  /** Answers to the evaluation questions, by question id. */
  evaluatie: z.record(z.string().max(80), z.string().max(5000)).refine((r) => Object.keys(r).length <= 100, "hooguit 100 evaluatievragen").default({}),
});

export type PreventieSheet = z.infer<typeof preventieSheetSchema>;
export type PreventieKeuze = z.infer<typeof preventieKeuzeSchema>;
export type MatrixRow = z.infer<typeof matrixRowSchema>;
