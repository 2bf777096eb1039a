/** Words for the scores of one vraagsoort; the ids and labels themselves are vocabulary. */
import { SCHAAL, type Vraagsoort } from "../../vocabulary/vraagsoort.ts";

export { OUDE_VRAAGSOORT, SCHAAL, VRAAGSOORTEN, type Schaal, type Vraagsoort } from "../../vocabulary/vraagsoort.ts";

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
