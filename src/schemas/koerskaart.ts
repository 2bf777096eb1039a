import "./zodConfig.ts";
import { z } from "zod";
import { kaartBronnenSchema } from "./bron.ts";

/** Frontmatter of `content/koerskaarten/*.mdx`; `stand` and `sources` come from kaartBronnenSchema. */
export const koerskaartSchema = kaartBronnenSchema.extend({
  /** Title as shown on the page ("Koerskaart preventie"). */
  title: z.string().min(3),
  /** What the card helps the raad decide, in one sentence. */
  summary: z.string().min(20).max(300),
  /** Position in the overview. */
  order: z.number().int().positive(),
  /** The `##` headings the body must contain; the build stops when one is missing. */
  sections: z.array(z.string().min(3)).min(1),
  /** Ids of related staalkaarten. */
  related: z.array(z.string()).default([]),
});

export type Koerskaart = z.infer<typeof koerskaartSchema>;
