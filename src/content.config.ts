import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { withRequiredSections } from "./lib/cardLoader.ts";
import { STAALKAART_SECTIONS, staalkaartSchema } from "./schemas/staalkaart.ts";
import { koerskaartSchema } from "./schemas/koerskaart.ts";

const staalkaarten = defineCollection({
  loader: withRequiredSections(glob({ pattern: "*.mdx", base: "./content/staalkaarten" }), () => STAALKAART_SECTIONS),
  schema: staalkaartSchema,
});

const koerskaarten = defineCollection({
  loader: withRequiredSections(glob({ pattern: "*.mdx", base: "./content/koerskaarten" }), (data) =>
    Array.isArray(data["sections"]) ? data["sections"].map(String) : [],
  ),
  schema: koerskaartSchema,
});

export const collections = { staalkaarten, koerskaarten };
