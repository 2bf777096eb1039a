import { z } from "zod";
import { bronSchema, documentBronSchema, yamlDate } from "./bron.ts";

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
  stand: yamlDate("stand ontbreekt of is geen datum (JJJJ-MM-DD): welke datum beschrijft de kaart?"),
  /** Sources, at least one: laws and pages with an address, or a document cited by its full title. */
  sources: z.array(z.union([bronSchema, documentBronSchema])).min(1, "noem minstens één bron"),
  /** Worksheet that belongs to the card (path), if any. */
  werkblad: z.string().regex(/^\/sturing\/[a-z-]+\/$/).optional(),
});

export type Sturingskaart = z.infer<typeof sturingskaartSchema>;
