import { z } from "zod";

/** The ids of the duiden-vragen, in the order the worksheet asks them; saved answers use these keys. */
export const DUIDEN_VRAAG_IDS = ["zien", "verklaring", "nietWeten", "betekenis", "vraagCollege"] as const;

/** Guidance for the cijfers-duiden worksheet: `content/werkbladen/duiden.yaml`. */
export const duidenGidsSchema = z.object({
  /** Short introduction above the worksheet, one paragraph per item. */
  intro: z.array(z.string().min(20)).min(1),
  /** The duiden-vragen with a hint each. */
  vragen: z
    .array(z.object({ id: z.enum(DUIDEN_VRAAG_IDS), label: z.string().min(5), hint: z.string().min(5) }))
    .length(DUIDEN_VRAAG_IDS.length)
    .refine((v) => v.every((q, i) => q.id === DUIDEN_VRAAG_IDS[i]), "de vragen staan in de vaste volgorde"),
  /** The example set that ships with the site. */
  voorbeeld: z.object({
    /** Title of the example sheet. */
    title: z.string().min(5),
    /** Where the figures come from. */
    bron: z.string().min(10),
    /** What the user should know about the source table (year order, partial year). */
    toelichting: z.array(z.string().min(10)).min(1),
    /** The table as it appears in the source, tab-separated; read by the same parser as a paste. */
    tabel: z.string().min(20),
    /** Names of the rows the example chart shows first. */
    getoond: z.array(z.string()).min(1),
  }),
});

export type DuidenGids = z.infer<typeof duidenGidsSchema>;
