import "./zodConfig.ts";
// zod/mini: part of the werkboek schema, which runs in the browser (ADR 0015).
import * as z from "zod/mini";
import { DUIDEN_LIMITS } from "../vocabulary/limits.ts";

/** A figure (finite: zod 4 numbers refuse Infinity), or null when it is unknown or hidden in the source ("." or "x" at CBS): never stored as 0. */
export const cijferSchema = z.nullable(z.number().check(z.minimum(-1e15), z.maximum(1e15)));

/** One row of figures: a category, a gemeente or an indicator over the periods. */
export const reeksSchema = z.object({
  /** Stable id within the sheet ("r1"). */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** Name shown in the legend ("Huishoudelijke hulp · BSN", "Borger-Odoorn"). */
  naam: z._default(z.string().check(z.maxLength(200)), ""),
  /** Unit ("aantal", "euro", "%"), or "" when unknown. */
  eenheid: z._default(z.string().check(z.maxLength(60)), ""),
  /** One figure per period, in the order of `periodes`. */
  waarden: z._default(z.array(cijferSchema).check(z.maxLength(DUIDEN_LIMITS.periodes)), []),
  /** Number of inwoners this row is about, for "per 1.000 inwoners"; null when not given. */
  inwoners: z._default(z.nullable(z.int().check(z.minimum(1), z.maximum(100_000_000))), null),
});

/** The table of figures, as read from a paste or a file. */
export const duidenDataSchema = z.object({
  /** Period or column labels in time order ("2018", "2023 kw 1"); categories when there is no time. */
  periodes: z._default(z.array(z.string().check(z.maxLength(60))).check(z.maxLength(DUIDEN_LIMITS.periodes)), []),
  /** The rows of figures. */
  reeksen: z._default(z.array(reeksSchema).check(z.maxLength(DUIDEN_LIMITS.reeksen)), []),
});

/**
 * One "cijfers duiden" worksheet: a table of figures, its chart and the duiden-vragen.
 * Added in werkboek version 3; every field has a default, so the v2 → v3 migration stays valid.
 */
export const duidenSheetSchema = z.object({
  /** Stable id, so a maatschappelijk resultaat in the visie can link to this sheet. */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** What the figures are about ("Wmo-cliënten per voorziening"). */
  title: z._default(z.string().check(z.maxLength(300)), ""),
  /** Set when the sheet was made from the example set, so the UI can label it. */
  fromVoorbeeld: z._default(z.boolean(), false),
  /** Where the figures come from and the date they describe ("CBS StatLine, 2024"). */
  bron: z._default(z.string().check(z.maxLength(500)), ""),
  /** The figures. */
  data: z._default(duidenDataSchema, { periodes: [], reeksen: [] }),
  /** Chart kind: trend line, bars, or own figure against a comparison band. */
  grafiek: z._default(z.enum(["lijn", "staaf", "band"]), "lijn"),
  /** Ids of the rows shown in the chart; empty means the first few. */
  getoond: z._default(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(DUIDEN_LIMITS.reeksen)), []),
  /** Show figures per 1.000 or 10.000 inwoners (rows without an inwoners figure stay absolute). */
  perInwoners: z._default(z.enum(["nee", "1000", "10000"]), "nee"),
  /** The comparison band: the own row against a group. */
  vergelijking: z._default(
    z.object({
      /** Id of the own gemeente's row, or "". */
      eigenId: z._default(z.string().check(z.maxLength(64)), ""),
      /** Name of the group ("gemeenten met 20.000–50.000 inwoners"). */
      groep: z._default(z.string().check(z.maxLength(200)), ""),
      /** Rows of the table that form the group. */
      groepIds: z._default(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(DUIDEN_LIMITS.reeksen)), []),
      /** Group figures typed by hand, lowest and highest per period, when the group is not in the table. */
      laag: z._default(z.array(cijferSchema).check(z.maxLength(DUIDEN_LIMITS.periodes)), []),
      hoog: z._default(z.array(cijferSchema).check(z.maxLength(DUIDEN_LIMITS.periodes)), []),
    }),
    { eigenId: "", groep: "", groepIds: [], laag: [], hoog: [] },
  ),
  /** Answers to the duiden-vragen (the questions themselves are in content/werkbladen/duiden.yaml). */
  antwoorden: z._default(
    z.object({
      /** Wat zien we? */
      zien: z._default(z.string().check(z.maxLength(5000)), ""),
      /** Wat verklaart het? */
      verklaring: z._default(z.string().check(z.maxLength(5000)), ""),
      /** Wat weten we niet? */
      nietWeten: z._default(z.string().check(z.maxLength(5000)), ""),
      /** Wat betekent het voor onze maatschappelijke resultaten? */
      betekenis: z._default(z.string().check(z.maxLength(5000)), ""),
      /** Welke vraag stellen we aan het college? */
      vraagCollege: z._default(z.string().check(z.maxLength(5000)), ""),
    }),
    { zien: "", verklaring: "", nietWeten: "", betekenis: "", vraagCollege: "" },
  ),
  /** Ids of the visie's maatschappelijke resultaten these figures are about. */
  resultaatIds: z._default(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(50)), []),
});

export type DuidenSheet = z.infer<typeof duidenSheetSchema>;
export type DuidenData = z.infer<typeof duidenDataSchema>;
export type Reeks = z.infer<typeof reeksSchema>;
export type DuidenVraag = keyof DuidenSheet["antwoorden"];
