import { z } from "zod";

/** A word or short phrase, as a raadslid types it or a card writes it. */
const woord = z.string().trim().min(2, "een zoekwoord heeft minstens 2 tekens").max(60, "een zoekwoord heeft hoogstens 60 tekens");

/** What raadsleden type for one subject, and the words the cards use for it. */
export const zoekSynoniemSchema = z.object({
  /** What a raadslid types: words or short phrases ("keukentafelgesprek", "minimabeleid"). */
  zoek: z.array(woord).min(1, "noem minstens één zoekwoord").max(20),
  /** The words the cards use for that subject; the search looks for these too, a little lower ranked. */
  vind: z.array(woord).min(1, "noem minstens één woord uit de kaarten").max(20),
});

/** The search thesaurus a griffie can extend: content/zoeken/synoniemen.yaml. */
export const zoekSynoniemenSchema = z.object({
  /** One entry per subject. */
  synoniemen: z.array(zoekSynoniemSchema).max(500).default([]),
});

export type ZoekSynoniem = z.infer<typeof zoekSynoniemSchema>;
export type ZoekSynoniemen = z.infer<typeof zoekSynoniemenSchema>;
