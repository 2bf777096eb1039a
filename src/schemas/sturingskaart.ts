import { z } from "zod";

/** A source a card rests on: a law (with BWB id and article) or a publication (with url). */
export const kaartBronSchema = z.object({
  /** Name of the law or publication. */
  title: z.string().min(3),
  /** Web address. */
  url: z.url().optional(),
  /** BWB id of a law on wetten.overheid.nl ("BWBR0003740"). */
  bwb: z.string().regex(/^BWBR\d{7}$/).optional(),
  /** Article(s) ("art. 35"). */
  article: z.string().optional(),
  /** When the source was consulted. */
  consulted: z.iso.date(),
});

/** Frontmatter of `content/sturingskaarten/*.mdx`. */
export const sturingskaartSchema = z.object({
  /** Title as shown on the page ("De beleidscyclus in zes stappen"). */
  title: z.string().min(3),
  /** What the card helps the raad do, in one sentence. */
  summary: z.string().min(20).max(300),
  /** Position in the overview on /sturing/. */
  order: z.number().int().positive(),
  /** The `##` headings the body must contain; the build stops when one is missing or empty. */
  sections: z.array(z.string().min(3)).min(1),
  /** The date the facts on the card describe. */
  stand: z.iso.date(),
  /** Sources, at least one. */
  sources: z.array(kaartBronSchema).min(1, "noem minstens één bron"),
  /** Worksheet that belongs to the card (path), if any. */
  werkblad: z.string().regex(/^\/sturing\/[a-z-]+\/$/).optional(),
});

export type Sturingskaart = z.infer<typeof sturingskaartSchema>;
export type KaartBron = z.infer<typeof kaartBronSchema>;
