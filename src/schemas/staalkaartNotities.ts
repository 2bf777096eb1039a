import "./zodConfig.ts";
import { z } from "zod";
import { text } from "./visie.ts";

/** Status of one formal council task, tracked by the raadslid. */
export const taakNotitieSchema = z.object({
  /** When the raad adopted it (free text: "12 maart 2024", or a document name). */
  vastgesteldOp: z.string().max(200).default(""),
  /** When the evaluation is planned. */
  evaluatieGepland: z.string().max(200).default(""),
  /** Open questions about this task. */
  openVragen: text(3000),
  /** Free notes. */
  notities: text(),
});

/** Notes on one staalkaart. */
export const staalkaartNotitieSchema = z.object({
  /** Per council task id (from the staalkaart's frontmatter). */
  taken: z.record(z.string().max(80), taakNotitieSchema).refine((r) => Object.keys(r).length <= 100, "hooguit 100 taken").default({}),
  /** Free notes on the law. */
  notities: text(),
  /** Questions for the college. */
  vragenCollege: text(),
});

export type TaakNotitie = z.infer<typeof taakNotitieSchema>;
export type StaalkaartNotitie = z.infer<typeof staalkaartNotitieSchema>;
