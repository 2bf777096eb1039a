import "./zodConfig.ts";
import { z } from "zod";
import { kaartBronnenSchema } from "./bron.ts";

/** The five parts every staalkaart has, in this order; the build checks each is a `##` heading in the body. */
export const STAALKAART_SECTIONS = [
  "Doelen van de wet",
  "Verantwoordelijkheid gemeente",
  "In de praktijk",
  "Financiering",
  "Rol van de gemeenteraad",
] as const;

/** The kinds of formal council task, so worksheets can group and label them. */
export const councilTaskKind = z.enum(["beleidsplan", "verordening", "verantwoording", "toezicht", "overig"]);

/** One formal task the raad has under a law; the staalkaart notes panel tracks each one. */
export const councilTaskSchema = z.object({
  /** Stable id within the staalkaart (kebab-case); saved notes refer to it, so never rename it. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "gebruik kleine letters, cijfers en streepjes"),
  /** What the raad does, as a short verb phrase ("Beleidsplan vaststellen"). */
  title: z.string().min(3),
  /** Kind of task. */
  kind: councilTaskKind,
  /** One or two sentences on what the task means for the raad. */
  description: z.string().min(10),
  /** For a verordening: what it must regulate, one item per point. */
  regulates: z.array(z.string().min(3)).default([]),
});

/** Frontmatter of `content/staalkaarten/*.mdx`; `stand` and `sources` come from kaartBronnenSchema. */
export const staalkaartSchema = kaartBronnenSchema.extend({
  /** Full official name of the law ("Wet maatschappelijke ondersteuning 2015"); the index shows it next to the short name. */
  title: z.string().min(3),
  /** Short name used in lists and breadcrumbs ("Wmo 2015"). */
  shortName: z.string().min(2),
  /** What the law covers, in one sentence. */
  summary: z.string().min(20).max(300),
  /** Position in the overview. */
  order: z.number().int().positive(),
  /** Ids of related staalkaarten (file names without extension); checked against the collection at build time. */
  related: z.array(z.string()).default([]),
  /** The raad's formal tasks for this law. */
  councilTasks: z.array(councilTaskSchema).min(1, "noem minstens één taak van de raad"),
});

export type Staalkaart = z.infer<typeof staalkaartSchema>;
export type CouncilTask = z.infer<typeof councilTaskSchema>;
