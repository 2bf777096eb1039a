/**
 * The koerskaart worksheets of many raadsleden side by side: per keuze who chose which koers (similar
 * koersen clustered), the keuzematrix with every row label spelled the same way merged, and the answers to
 * the evaluation questions. Only ids: the page puts the guide's names on them.
 */
import type { Bijdrage } from "../../schemas/bijdrage.ts";
import type { KeuzeAntwoord } from "../../schemas/koerskaartWerkblad.ts";
import { KOERSKAART_WERKBLADEN } from "../../vocabulary/koerskaartWerkbladen.ts";
import { antwoordOf, isAntwoordIngevuld, isKoerskaartEmpty } from "../koerskaart/koerskaart.ts";
import type { Author } from "./author.ts";
import { clusterSimilar, groupTerms } from "./group.ts";

export type Tekst = Author & { text: string };

export interface KeuzeSamen {
  id: string;
  /** Everyone who answered this keuze, in the order the bijdragen came in. */
  antwoorden: (Author & KeuzeAntwoord)[];
  /** The koersen, clustered when they say much the same; biggest cluster first. */
  koersen: Tekst[][];
}

export interface MatrixRijSamen {
  /** The row label most people wrote. */
  label: string;
  /** Every spelling of it. */
  variants: string[];
  /** What people wrote per column id; a column nobody filled is absent. */
  cellen: Record<string, Tekst[]>;
}

export interface KoerskaartSamen {
  /** Koerskaart id. */
  id: string;
  /** Who wrote anything on this worksheet. */
  deelnemers: Author[];
  /** Keuzes at least one person answered, in the order first seen. */
  keuzes: KeuzeSamen[];
  /** Matrix rows with at least one filled cell, biggest first. */
  matrix: MatrixRijSamen[];
  /** Evaluation questions at least one person answered. */
  evaluatie: { id: string; antwoorden: Tekst[] }[];
}

const author = (b: Bijdrage): Author => ({ id: b.id, naam: b.naam });

/** Every koerskaart worksheet in the bijdragen, combined; known cards in their order, then any others. */
export function combineKoerskaarten(bijdragen: readonly Bijdrage[]): KoerskaartSamen[] {
  const ids = [...new Set(bijdragen.flatMap((b) => Object.keys(b.koerskaarten)))].sort((a, b) => rank(a) - rank(b));
  return ids.flatMap((id) => {
    const sheets = bijdragen.flatMap((b) => {
      const sheet = b.koerskaarten[id];
      return sheet && !isKoerskaartEmpty(sheet) ? [{ b, sheet }] : [];
    });
    if (sheets.length === 0) return [];

    const keuzeIds = [...new Set(sheets.flatMap(({ sheet }) => Object.keys(sheet.keuzes)))];
    const keuzes = keuzeIds.flatMap((keuzeId) => {
      const antwoorden = sheets.filter(({ sheet }) => isAntwoordIngevuld(sheet.keuzes[keuzeId])).map(({ b, sheet }) => ({ ...author(b), ...antwoordOf(sheet, keuzeId) }));
      if (antwoorden.length === 0) return [];
      const koersen = clusterSimilar(
        antwoorden.filter((a) => a.koers.trim() !== "").map((a) => ({ id: a.id, naam: a.naam, text: a.koers.trim() })),
        (t) => t.text,
      ).sort((x, y) => y.length - x.length);
      return [{ id: keuzeId, antwoorden, koersen }];
    });

    const cells = sheets.flatMap(({ b, sheet }) =>
      sheet.matrix.flatMap((rij) =>
        Object.entries(rij.cellen)
          .filter(([, text]) => text.trim() !== "")
          .map(([kolom, text]) => ({ label: rij.label, kolom, tekst: { ...author(b), text: text.trim() } })),
      ),
    );
    const matrix = groupTerms(cells, (c) => c.label).map((g) => {
      const cellen: Record<string, Tekst[]> = {};
      for (const c of g.items) (cellen[c.kolom] ??= []).push(c.tekst);
      return { label: g.label, variants: g.variants, cellen };
    });

    const vraagIds = [...new Set(sheets.flatMap(({ sheet }) => Object.keys(sheet.evaluatie)))];
    const evaluatie = vraagIds.flatMap((vraagId) => {
      const antwoorden = sheets.flatMap(({ b, sheet }) => {
        const text = (sheet.evaluatie[vraagId] ?? "").trim();
        return text ? [{ ...author(b), text }] : [];
      });
      return antwoorden.length ? [{ id: vraagId, antwoorden }] : [];
    });

    return [{ id, deelnemers: sheets.map(({ b }) => author(b)), keuzes, matrix, evaluatie }];
  });
}

function rank(id: string): number {
  const i = (KOERSKAART_WERKBLADEN as readonly string[]).indexOf(id);
  return i < 0 ? KOERSKAART_WERKBLADEN.length : i;
}
