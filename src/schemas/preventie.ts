import "./zodConfig.ts";
import * as z from "zod/mini";
import { idSchema, list, text } from "./visie.ts";

// Kept in a zod-free module so worksheet pages can use them without loading zod (ADR 0015).
export { PREVENTIE_NIVEAU_IDS, PREVENTIE_NIVEAUS, PREVENTIE_VELDEN } from "../vocabulary/preventieNiveaus.ts";

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
  jaar: z._default(z.nullable(z.int().check(z.minimum(2000), z.maximum(2100))), null),
});

const emptyKeuze: z.input<typeof preventieKeuzeSchema> & z.output<typeof preventieKeuzeSchema> = { doelgroepen: "", interventies: "", uitvoerders: "", budget: "", effect: "", indicator: "", jaar: null };

/** One row of the preventiematrix: a doelgroep with what exists per level. */
export const matrixRowSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** Row label, e.g. "Jeugd (0-18 jaar)" or a wijk. */
  doelgroep: z.string().check(z.maxLength(200)),
  /** What exists per level; an empty cell is a gap. */
  cellen: z._default(
    z.object({ beschermen: text(2000), stabiliseren: text(2000), gevolgen: text(2000) }),
    { beschermen: "", stabiliseren: "", gevolgen: "" },
  ),
});

/** The koerskaart preventie worksheet. */
export const preventieSheetSchema = z.object({
  /** Choices per level. */
  keuzes: z._default(
    z.object({ beschermen: z._default(preventieKeuzeSchema, emptyKeuze), stabiliseren: z._default(preventieKeuzeSchema, emptyKeuze), gevolgen: z._default(preventieKeuzeSchema, emptyKeuze) }),
    { beschermen: emptyKeuze, stabiliseren: emptyKeuze, gevolgen: emptyKeuze },
  ),
  /** The preventiematrix; empty means "use the default rows from the guide". */
  matrix: list(matrixRowSchema, 30),
  /** Answers to the evaluation questions, by question id. */
  evaluatie: z._default(z.record(z.string().check(z.maxLength(80)), z.string().check(z.maxLength(5000))).check(z.refine((r) => Object.keys(r).length <= 100, "hooguit 100 evaluatievragen")), {}),
});

export type PreventieSheet = z.infer<typeof preventieSheetSchema>;
export type PreventieKeuze = z.infer<typeof preventieKeuzeSchema>;
export type MatrixRow = z.infer<typeof matrixRowSchema>;
