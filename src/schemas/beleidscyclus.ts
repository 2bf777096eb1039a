import "./zodConfig.ts";
// zod/mini: these schemas run in the browser on the Sturing worksheets (ADR 0015).
import * as z from "zod/mini";
import { list, shortText, text } from "./visie.ts";
import { boundedRecord, datumSchema } from "./datum.ts";

/** Where the raad stands in one step of the beleidscyclus. */
export const cyclusStapSchema = z.object({
  /** What was decided or done in this step. */
  besloten: text(3000),
  /** When. */
  wanneer: datumSchema,
  /** Which instrument of the raad comes next (motie, amendement, vragen, rekenkamer …). */
  volgendInstrument: shortText(300),
});

/** Werkblad beleidscyclus: the whole cycle for one theme on one page. */
export const beleidscyclusSchema = z.object({
  /** The theme ("jeugdhulp", "armoede"). */
  thema: shortText(200),
  /** Per step id (see BELEIDSCYCLUS_STAPPEN). */
  stappen: z._default(boundedRecord(cyclusStapSchema, 10), {}),
  /** Ids of maatschappelijke resultaten from the visie that this theme serves. */
  resultaatIds: list(z.string().check(z.maxLength(64)), 50),
  /** Ids of saved raadsvoorstel-toetsen that belong to this theme. */
  toetsIds: list(z.string().check(z.maxLength(64)), 50),
  /** Ids of staalkaarten whose notes belong to this theme. */
  staalkaartIds: list(z.string().check(z.maxLength(40)), 20),
});

export type Beleidscyclus = z.infer<typeof beleidscyclusSchema>;
export type CyclusStap = z.infer<typeof cyclusStapSchema>;
