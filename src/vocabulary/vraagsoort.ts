// Without zod (ADR 0015): the schemas and the voorbereiden and bijdrage pages share these words.
/**
 * What a 1–5 score on a stelling means. The griffier chooses when preparing: "belang" (how important
 * is this to you) or "instemming" (do you agree). The two are never mixed up in a report: a 5 for
 * importance is not a 5 for agreement, and "the raad is divided" means something else for each.
 */
export const VRAAGSOORTEN = ["belang", "instemming"] as const;
export type Vraagsoort = (typeof VRAAGSOORTEN)[number];

/** Files from before the choice existed asked "Hoe belangrijk vind je …": an importance scale. */
export const OUDE_VRAAGSOORT: Vraagsoort = "belang";

export interface Schaal {
  /** The choice on the voorbereiden page. */
  keuze: string;
  /** The question a raadslid answers, for one stelling. */
  vraag: (stelling: string) => string;
  /** What 1 and 5 mean, in a short bracket. */
  ankers: string;
  /** Heading of the scores in the combined view. */
  kop: string;
  /** Names of the three groups of scores: 1–2, 3, 4–5. */
  laag: string;
  midden: string;
  hoog: string;
  /** Label of the estimate of the share at the top of the scale. */
  schatting: string;
  /** The flag when many score low and many score high. */
  verdeeld: string;
  /** Short flag for tables. */
  verdeeldKort: string;
}

export const SCHAAL: Record<Vraagsoort, Schaal> = {
  belang: {
    keuze: "Hoe belangrijk (1 = niet belangrijk, 5 = heel belangrijk)",
    vraag: (s) => `Hoe belangrijk vind je: ${s}?`,
    ankers: "1 = niet belangrijk, 5 = heel belangrijk",
    kop: "Hoe belangrijk? (1 tot 5)",
    laag: "minder belangrijk",
    midden: "middel",
    hoog: "belangrijk",
    schatting: "Schatting belangrijk",
    verdeeld: "Hierover verschilt de raad: de een vindt dit belangrijk, de ander niet.",
    verdeeldKort: "verschilt",
  },
  instemming: {
    keuze: "Eens of oneens (1 = helemaal oneens, 5 = helemaal eens)",
    vraag: (s) => `Ben je het eens met: ${s}?`,
    ankers: "1 = helemaal oneens, 5 = helemaal eens",
    kop: "Eens of oneens? (1 tot 5)",
    laag: "oneens",
    midden: "neutraal",
    hoog: "eens",
    schatting: "Schatting eens",
    verdeeld: "De raad is hier verdeeld.",
    verdeeldKort: "verdeeld",
  },
};
