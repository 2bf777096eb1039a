import { z } from "zod";

/**
 * A YAML date (`2026-01-01`). Astro's YAML parser turns it into a Date, the `yaml` package used by the
 * unit tests keeps it a string; both mean the same day.
 */
export const yamlDate = (message: string) =>
  z.union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, message)], { error: message }).transform((d, ctx) => {
    const date = d instanceof Date ? d : new Date(`${d}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return date;
  });

/** One source a card's facts rest on: a law article, a Staatsblad, a ministry or VNG page. */
export const bronSchema = z
  .object({
    /** What the source is, as a reader would cite it ("Jeugdwet, art. 2.2"). */
    title: z.string({ error: "geef elke bron een titel" }).min(3, "geef elke bron een titel"),
    /** Where to read it. */
    url: z.url({ error: "url moet een volledig webadres zijn (https://…)" }).optional(),
    /** The law's id on wetten.overheid.nl ("BWBR0035362"). */
    bwb: z.string().regex(/^BWB[RV]\d{7}$/, "bwb is een id van wetten.overheid.nl, zoals BWBR0035362").optional(),
    /** The article(s) meant ("art. 2.3.2"). */
    article: z.string().min(1).optional(),
    /** The day someone last read the source. */
    consulted: yamlDate("consulted moet een datum zijn (JJJJ-MM-DD): wanneer is de bron geraadpleegd?"),
  })
  .refine((b) => b.url !== undefined || b.bwb !== undefined, "geef bij elke bron een url of een bwb-id");

/** The `stand` and `sources` every kenniskaart has, so a reader can check what a sentence rests on. */
export const kaartBronnenSchema = z.object({
  /** The date whose situation the card describes ("stand 1 januari 2026"). */
  stand: yamlDate("stand ontbreekt of is geen datum (JJJJ-MM-DD): welke datum beschrijft de kaart?"),
  /** Sources the card's facts rest on; at least one. */
  sources: z.array(bronSchema, { error: "sources ontbreekt: noem minstens één bron" }).min(1, "sources is leeg: noem minstens één bron"),
});

/**
 * A publication without a public web address, such as the puzzelstukken infographic handed to raden:
 * cited by its full title and the day it was read. Only the sturingskaarten use it.
 */
export const documentBronSchema = z.strictObject({
  /** The full title, with its makers and version, so a reader can ask the griffie for it. */
  title: z.string({ error: "geef elke bron een titel" }).min(3, "geef elke bron een titel"),
  /** The day someone last read the source. */
  consulted: yamlDate("consulted moet een datum zijn (JJJJ-MM-DD): wanneer is de bron geraadpleegd?"),
});

export type Bron = z.infer<typeof bronSchema>;
export type DocumentBron = z.infer<typeof documentBronSchema>;

/** Web address of a source: its own url, or the law on wetten.overheid.nl; none for a document. */
export function bronUrl(b: Bron): string;
export function bronUrl(b: Bron | DocumentBron): string | undefined;
export function bronUrl(b: Bron | DocumentBron): string | undefined {
  if ("url" in b && b.url !== undefined) return b.url;
  return "bwb" in b && b.bwb !== undefined ? `https://wetten.overheid.nl/${b.bwb}` : undefined;
}
