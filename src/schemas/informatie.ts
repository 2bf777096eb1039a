import { z } from "zod";

/** A source a card relies on: a web page, or an article of a law or regulation in the BWB. */
export const bronSchema = z.object({
  /** Name of the document or page. */
  title: z.string().min(3),
  /** Where to read it. */
  url: z.url().optional(),
  /** BWB id of a law or regulation (wetten.overheid.nl), e.g. "BWBR0035362". */
  bwb: z.string().regex(/^BWBR\d{7}$/).optional(),
  /** Article within that law. */
  article: z.string().optional(),
  /** When we last read it. */
  consulted: z.coerce.date(),
});

/** Frontmatter of `content/informatie/*.mdx`: cards about using information as a raadslid. */
export const informatieKaartSchema = z.object({
  /** Title of the card. */
  title: z.string().min(3),
  /** What the card is about, in one sentence. */
  summary: z.string().min(20).max(300),
  /** Position on the /informatie/ hub. */
  order: z.number().int().positive(),
  /** The date the facts on this card describe. */
  stand: z.coerce.date(),
  /** Where the facts come from. */
  sources: z.array(bronSchema).min(1, "noem minstens één bron"),
});

export type InformatieKaart = z.infer<typeof informatieKaartSchema>;
