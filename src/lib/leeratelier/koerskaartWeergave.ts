/**
 * The combined koerskaart worksheets with the guide's names and order, for the screen and for the
 * documents. Part of the engine, which the page loads after it is on screen (ADR 0015).
 */
import type { KoerskaartLabels } from "../../schemas/koerskaartGids.ts";
import { keuzeKop, koerskaartOnderwerp } from "../koerskaart/koerskaartExport.ts";
import { heading, list, paragraph, section, table, type Block, type HeadingLevel } from "../export/document.ts";
import { celRegel, clusterRegel, namenSuffix } from "./namen.ts";
import type { KoerskaartSamen, MatrixRijSamen, Tekst } from "./koerskaarten.ts";

export interface KoerskaartWeergave {
  id: string;
  /** "armoede en schulden". */
  onderwerp: string;
  deelnemers: number;
  /** Answered keuzes in the guide's order (unknown ids last, under their id). */
  keuzes: { id: string; kop: string; aantal: number; koersen: Tekst[][] }[];
  rijlabel: string;
  kolommen: { id: string; title: string }[];
  matrix: MatrixRijSamen[];
  /** Cells of `matrix` nobody filled. */
  gaten: number;
  evaluatie: { id: string; vraag: string; antwoorden: Tekst[] }[];
}

/** Sorts items by the position of their id in `order`; ids not in it keep their order at the end. */
function byOrder<T extends { id: string }>(items: readonly T[], order: readonly string[]): T[] {
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  return [...items].sort((a, b) => rank(a.id) - rank(b.id));
}

/** Puts names on the combined worksheets; a card without guide is shown under its id. */
export function koerskaartWeergave(samen: readonly KoerskaartSamen[], gidsen: readonly KoerskaartLabels[]): KoerskaartWeergave[] {
  return samen.map((s) => {
    const gids = gidsen.find((g) => g.kaart === s.id);
    const keuzeLabels = gids?.keuzes ?? [];
    const kolommen = gids ? [...gids.matrix.kolommen] : [...new Set(s.matrix.flatMap((r) => Object.keys(r.cellen)))].map((id) => ({ id, title: id }));
    // Columns that are not (or no longer) in the guide still show: nobody's text is dropped.
    for (const id of new Set(s.matrix.flatMap((r) => Object.keys(r.cellen)))) if (!kolommen.some((k) => k.id === id)) kolommen.push({ id, title: id });
    return {
      id: s.id,
      onderwerp: gids ? koerskaartOnderwerp(gids) : s.id,
      deelnemers: s.deelnemers.length,
      keuzes: byOrder(s.keuzes, keuzeLabels.map((k) => k.id)).map((k) => {
        const label = keuzeLabels.find((l) => l.id === k.id);
        return { id: k.id, kop: label ? keuzeKop(label) : k.id, aantal: k.antwoorden.length, koersen: k.koersen };
      }),
      rijlabel: gids?.matrix.rijlabel ?? "Rij",
      kolommen,
      matrix: s.matrix,
      gaten: s.matrix.reduce((n, r) => n + kolommen.filter((k) => !r.cellen[k.id]?.length).length, 0),
      evaluatie: byOrder(s.evaluatie, (gids?.evaluatievragen ?? []).map((q) => q.id)).map((e) => ({
        id: e.id,
        vraag: gids?.evaluatievragen.find((q) => q.id === e.id)?.question ?? e.id,
        antwoorden: e.antwoorden,
      })),
    };
  });
}

/** The combined koerskaart worksheets as document blocks, one section per card at `level`. */
export function koerskaartSamenBlocks(weergave: readonly KoerskaartWeergave[], names: boolean, level: HeadingLevel = 1): Block[] {
  const sub = (level + 1) as HeadingLevel;
  return weergave.flatMap((w) =>
    section(level, `Koerskaart ${w.onderwerp}`, [
      paragraph(`${w.deelnemers} ${w.deelnemers === 1 ? "deelnemer vulde" : "deelnemers vulden"} dit werkblad in.`),
      ...(w.keuzes.length ? [heading(sub, "Keuzes en koers"), ...w.keuzes.flatMap((k) => [paragraph(`${k.kop}: ${k.aantal} ${k.aantal === 1 ? "antwoord" : "antwoorden"}.`), list(k.koersen.map((c) => clusterRegel(c, names)))])] : []),
      ...(w.matrix.length
        ? [
            heading(sub, "Keuzematrix"),
            table([w.rijlabel, ...w.kolommen.map((k) => k.title)], w.matrix.map((r) => [r.label, ...w.kolommen.map((k) => celRegel(r.cellen[k.id], names))])),
            paragraph(w.gaten === 0 ? "Elk vak is door iemand ingevuld." : `${w.gaten} ${w.gaten === 1 ? "vak is" : "vakken zijn"} door niemand ingevuld.`),
          ]
        : []),
      ...(w.evaluatie.length ? [heading(sub, "Evalueren en bijsturen"), ...w.evaluatie.flatMap((e) => [paragraph(e.vraag), list(e.antwoorden.map((a) => a.text + namenSuffix(names, [a])))])] : []),
    ]),
  );
}
