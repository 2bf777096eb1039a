import "./zodConfig.ts";
// zod/mini: these schemas run in the browser on the Sturing worksheets (ADR 0015).
import * as z from "zod/mini";
import { datumSchema } from "./datum.ts";

/** The P&C meetings of the raad the user enters; the jaarkalender computes the legal deadlines around them. */
export const raadsvergaderingenSchema = z.object({
  /** Raad discusses the kadernota (or voorjaarsnota with kaders) for next year's begroting. */
  kadernota: datumSchema,
  /** Raad discusses the voorjaarsnota (first adjustment of this year's begroting). */
  voorjaarsnota: datumSchema,
  /** Raad discusses the najaarsnota. */
  najaarsnota: datumSchema,
  /** Raad adopts next year's begroting (art. 191 Gemeentewet). */
  begroting: datumSchema,
  /** Raad adopts last year's jaarstukken (art. 198 Gemeentewet). */
  jaarstukken: datumSchema,
});

/** Werkblad jaarkalender: the year and the raad's own P&C dates. Regelingen live in `sturing.regelingen`. */
export const jaarkalenderSchema = z.object({
  /** Calendar year the timeline shows; null means "the current year". */
  jaar: z._default(z.nullable(z.int().check(z.minimum(2000), z.maximum(2100))), null),
  /** The raad's P&C meetings in that year. */
  raad: z._default(raadsvergaderingenSchema, raadsvergaderingenSchema.parse({})),
});

export type Raadsvergaderingen = z.infer<typeof raadsvergaderingenSchema>;
export type Jaarkalender = z.infer<typeof jaarkalenderSchema>;
