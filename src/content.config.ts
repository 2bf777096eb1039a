import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { withRequiredSections } from "./content-loaders/cardLoader.ts";
import { bronnenProblem } from "./lib/bronnen.ts";
import { STAALKAART_SECTIONS, staalkaartSchema } from "./schemas/staalkaart.ts";
import { koerskaartSchema } from "./schemas/koerskaart.ts";
import { sturingskaartSchema } from "./schemas/sturingskaart.ts";
import { visieGidsSchema } from "./schemas/visieGids.ts";
import { waardemodelGidsSchema } from "./schemas/waardemodelGids.ts";
import { preventieGidsSchema } from "./schemas/preventieGids.ts";
import { toetsThesaurusSchema } from "./schemas/toetsThesaurus.ts";
import { duidenGidsSchema } from "./schemas/duidenGids.ts";
import { informatieKaartSchema } from "./schemas/informatie.ts";
import { zoekSynoniemenSchema } from "./schemas/zoekSynoniemen.ts";

const staalkaarten = defineCollection({
  loader: withRequiredSections(glob({ pattern: "*.mdx", base: "./content/staalkaarten" }), () => STAALKAART_SECTIONS, bronnenProblem),
  schema: staalkaartSchema,
});

const koerskaarten = defineCollection({
  loader: withRequiredSections(glob({ pattern: "*.mdx", base: "./content/koerskaarten" }), (data) =>
    Array.isArray(data["sections"]) ? data["sections"].map(String) : [],
    bronnenProblem,
  ),
  schema: koerskaartSchema,
});

const sectionsOf = (data: Record<string, unknown>) => (Array.isArray(data["sections"]) ? data["sections"].map(String) : []);

/** Sturing cards (beleidscyclus, middelen, instrumenten, regionale samenwerking …), each naming its own parts. */
const sturingskaarten = defineCollection({
  loader: withRequiredSections(glob({ pattern: "*.mdx", base: "./content/sturingskaarten" }), sectionsOf),
  schema: sturingskaartSchema,
});

/** Guidance texts for a worksheet live in one YAML file each: content/werkbladen/<id>.yaml. */
const werkbladLoader = (id: string) => glob({ pattern: `${id}.yaml`, base: "./content/werkbladen" });

/** Cards about information for the raad: functions, sources, reading figures. */
const informatie = defineCollection({ loader: glob({ pattern: "*.mdx", base: "./content/informatie" }), schema: informatieKaartSchema });

export const collections = {
  informatie,
  staalkaarten,
  koerskaarten,
  sturingskaarten,
  visieGids: defineCollection({ loader: werkbladLoader("visie"), schema: visieGidsSchema }),
  waardemodelGids: defineCollection({ loader: werkbladLoader("waardemodel"), schema: waardemodelGidsSchema }),
  preventieGids: defineCollection({ loader: werkbladLoader("preventie"), schema: preventieGidsSchema }),
  /** Synonyms and domain stop words for matching toetsstenen: content/toets/thesaurus.yaml. */
  toetsThesaurus: defineCollection({ loader: glob({ pattern: "thesaurus.yaml", base: "./content/toets" }), schema: toetsThesaurusSchema }),
  duidenGids: defineCollection({ loader: werkbladLoader("duiden"), schema: duidenGidsSchema }),
  /** What raadsleden type and the words the cards use for it, for the site search: content/zoeken/synoniemen.yaml. */
  zoekSynoniemen: defineCollection({ loader: glob({ pattern: "synoniemen.yaml", base: "./content/zoeken" }), schema: zoekSynoniemenSchema }),
};
