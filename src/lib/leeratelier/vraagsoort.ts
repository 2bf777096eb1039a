// Without zod, so the voorbereiden and bijdrage pages can show the words without loading the schemas.
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

/**
 * "2 minder belangrijk, 1 middel, 3 belangrijk (van 6)": the groups in words, in the order of the bar
 * (low on the left) and of the table column, so legend, chart and numbers read the same way.
 */
export function verdelingTekst(soort: Vraagsoort, a: { n: number; eens: number; neutraal: number; oneens: number; verdeeld: boolean }): string {
  const s = SCHAAL[soort];
  return `${a.oneens} ${s.laag}, ${a.neutraal} ${s.midden}, ${a.eens} ${s.hoog} (van ${a.n})${a.verdeeld ? `; ${s.verdeeldKort}` : ""}`;
}

/** The three counts in the same order: "2 · 1 · 3". */
export const verdelingGetallen = (a: { eens: number; neutraal: number; oneens: number }) => `${a.oneens} · ${a.neutraal} · ${a.eens}`;

/** The groups with their score range, for a legend and table heads: "minder belangrijk (1–2)". */
export const groepen = (soort: Vraagsoort) => {
  const s = SCHAAL[soort];
  return { laag: `${s.laag} (1–2)`, midden: `${s.midden} (3)`, hoog: `${s.hoog} (4–5)` };
};

/** How the estimate and the flag work, in plain words, for one kind of scale. */
export function schattingUitleg(soort: Vraagsoort): string {
  const s = SCHAAL[soort];
  return (
    `${s.schatting}: welk deel van de mensen 4 of 5 gaf. We rekenen alsof er nog twee mensen meededen, één met een hoge en één met een lage score. ` +
    `Zo lijkt een kleine groep niet eensgezinder dan hij is. ` +
    `"${s.verdeeldKort}" betekent: minstens 3 op de 10 mensen gaven 1 of 2, en minstens 3 op de 10 gaven 4 of 5.`
  );
}
