import "./zodConfig.ts";
import * as z from "zod/mini";
import { CRITERIUM_IDS, STATUSES, TOETSSTEEN_KINDS } from "../vocabulary/criteria.ts";
import { MAX_TOETS_TEXT_CHARS } from "../vocabulary/limits.ts";
import { idSchema, list, shortText } from "./visie.ts";

/** Criteria for raadsvoorstellen: S = publiekssamenvatting, A–F as in "Raad in positie". */
export const criteriumIdSchema = z.enum(CRITERIUM_IDS);

/** How well a proposal meets a criterion or serves a toetssteen. */
export const toetsStatusSchema = z.enum(STATUSES);

/** One criterion in a saved toets: what the analysis said, what the user decided, and why. */
export const toetsCriteriumSchema = z.object({
  /** Which criterion (S, A–F). */
  id: criteriumIdSchema,
  /** Status the automatic check gave; kept so an override stays visible. */
  autoStatus: toetsStatusSchema,
  /** Status after the user's own reading (starts equal to autoStatus). */
  status: toetsStatusSchema,
  /** The user's notes on this criterion. */
  notes: shortText(5000),
});

/** One toetssteen (waarde, principe or resultaat from the visie) in a saved toets. */
export const toetsToetssteenSchema = z.object({
  /** Id of the waarde, principe or resultaat in the visie. */
  id: idSchema,
  /** Its name at the time of the toets, so the result reads well even if the visie changes later. */
  label: z.string().check(z.maxLength(1000)),
  /** Whether it is a waarde, a leidend principe or a maatschappelijk resultaat. */
  kind: z.enum(TOETSSTEEN_KINDS),
  /** Status the automatic check gave. */
  autoStatus: toetsStatusSchema,
  /** Status after the user's own reading. */
  status: toetsStatusSchema,
  /** The user's notes on this toetssteen. */
  notes: shortText(5000),
});

/** A question for the college, drafted by the check and edited by the user. */
export const toetsVraagSchema = z.object({
  /** Stable id within this toets. */
  id: idSchema,
  /** The question as it will be asked. */
  text: z.string().check(z.maxLength(2000)),
  /** The criterion it comes from, if any (user-added questions have none). */
  criterionId: z.optional(criteriumIdSchema),
});

/** A raadsvoorstel checked against the criteria and the user's visie, saved in the werkboek. */
export const toetsSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** Title of the proposal. */
  title: z.string().check(z.maxLength(500)),
  /** Date of the proposal as written in it ("14 april 2026"), or "". */
  date: shortText(100),
  /** Date of the raadsvergadering that decides on the proposal, as written ("15 april 2025"), or "". */
  meetingDate: shortText(100),
  /** When this toets was first saved. */
  createdAt: z.iso.datetime(),
  /** When this toets was last changed. */
  updatedAt: z.iso.datetime(),
  /** The proposal's text, so the evidence can be shown again without the original file. */
  text: z.string().check(z.maxLength(MAX_TOETS_TEXT_CHARS)),
  /** One entry per criterion. */
  criteria: z.array(toetsCriteriumSchema).check(z.maxLength(CRITERIUM_IDS.length)),
  /** Results for the toetsstenen taken from the visie. */
  toetsstenen: list(toetsToetssteenSchema, 300),
  /** Questions for the college. */
  vragen: list(toetsVraagSchema, 200),
});

export type CriteriumIdValue = z.infer<typeof criteriumIdSchema>;
export type ToetsStatus = z.infer<typeof toetsStatusSchema>;
export type ToetsCriterium = z.infer<typeof toetsCriteriumSchema>;
export type ToetsToetssteen = z.infer<typeof toetsToetssteenSchema>;
export type ToetsVraag = z.infer<typeof toetsVraagSchema>;
export type Toets = z.infer<typeof toetsSchema>;
/** What may be handed to `toetsSchema.parse` (defaults not yet filled in). */
export type ToetsInput = z.input<typeof toetsSchema>;
