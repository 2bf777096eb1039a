import { z } from "zod";
import { text } from "./visie.ts";
import { boundedRecord, datumSchema } from "./datum.ts";

/** Where the raad stands in one step of the beleidscyclus. */
export const cyclusStapSchema = z.object({
  /** What was decided or done in this step. */
  besloten: text(3000),
  /** When. */
  wanneer: datumSchema,
  /** Which instrument of the raad comes next (motie, amendement, vragen, rekenkamer …). */
  volgendInstrument: z.string().max(300).default(""),
});

/** Werkblad beleidscyclus: the whole cycle for one theme on one page. */
export const beleidscyclusSchema = z.object({
  /** The theme ("jeugdhulp", "armoede"). */
  thema: z.string().max(200).default(""),
  /** Per step id (see BELEIDSCYCLUS_STAPPEN). */
  stappen: boundedRecord(cyclusStapSchema, 10).default({}),
  /** Ids of maatschappelijke resultaten from the visie that this theme serves. */
  resultaatIds: z.array(z.string().max(64)).max(50).default([]),
  /** Ids of saved raadsvoorstel-toetsen that belong to this theme. */
  toetsIds: z.array(z.string().max(64)).max(50).default([]),
  /** Ids of staalkaarten whose notes belong to this theme. */
  staalkaartIds: z.array(z.string().max(40)).max(20).default([]),
});

export type Beleidscyclus = z.infer<typeof beleidscyclusSchema>;
export type CyclusStap = z.infer<typeof cyclusStapSchema>;
