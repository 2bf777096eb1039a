/** The generic koerskaart worksheet without zod: what the island, the exports and the leeratelier share. */
import type { KeuzeAntwoord, KeuzematrixRij, KoerskaartSheet } from "../../schemas/koerskaartWerkblad.ts";
import { KEUZE_VELDEN } from "../../schemas/koerskaartVelden.ts";

/** A worksheet nobody has touched; the werkboek holds no entry for it until the first edit. */
export const emptyKoerskaartSheet = (): KoerskaartSheet => ({ keuzes: {}, matrix: [], evaluatie: {} });

export const EMPTY_ANTWOORD: KeuzeAntwoord = { nu: "", koers: "", waarom: "", kosten: "", volgen: "" };

/** The sheet of one koerskaart in a werkboek, or an empty one. */
export const koerskaartSheet = (sheets: Readonly<Record<string, KoerskaartSheet>>, id: string): KoerskaartSheet => sheets[id] ?? emptyKoerskaartSheet();

/** The answers to one keuze, with every field present. */
export const antwoordOf = (sheet: KoerskaartSheet, keuzeId: string): KeuzeAntwoord => ({ ...EMPTY_ANTWOORD, ...sheet.keuzes[keuzeId] });

/** The matrix rows to show: the user's own, or the guide's default rows while none exist yet. */
export function matrixRijen(sheet: KoerskaartSheet, defaults: readonly string[]): KeuzematrixRij[] {
  if (sheet.matrix.length > 0) return sheet.matrix;
  return defaults.map((label, i) => ({ id: `standaard-${i + 1}`, label, cellen: {} }));
}

const filled = (s: string | undefined) => (s ?? "").trim() !== "";

/** Empty cells of the matrix (row × column id): where the gemeente may have a gap. */
export function matrixGaten(rijen: readonly KeuzematrixRij[], kolommen: readonly { id: string }[]): { rij: KeuzematrixRij; kolom: string }[] {
  return rijen.flatMap((rij) => kolommen.filter((k) => !filled(rij.cellen[k.id])).map((k) => ({ rij, kolom: k.id })));
}

/** True when a keuze has at least one answer. */
export const isAntwoordIngevuld = (a: Partial<KeuzeAntwoord> | undefined) => a !== undefined && KEUZE_VELDEN.some((v) => filled(a[v]));

/** True when nothing was written on the worksheet (renamed rows alone do not count: they hold no answer). */
export function isKoerskaartEmpty(sheet: KoerskaartSheet | undefined): boolean {
  if (!sheet) return true;
  return (
    !Object.values(sheet.keuzes).some(isAntwoordIngevuld) &&
    !sheet.matrix.some((r) => Object.values(r.cellen).some(filled)) &&
    !Object.values(sheet.evaluatie).some(filled)
  );
}

/** How many answers a sheet holds: answered keuzes, filled matrix cells and answered evaluation questions. */
export function aantalIngevuld(sheet: KoerskaartSheet | undefined): number {
  if (!sheet) return 0;
  return (
    Object.values(sheet.keuzes).filter(isAntwoordIngevuld).length +
    sheet.matrix.reduce((n, r) => n + Object.values(r.cellen).filter(filled).length, 0) +
    Object.values(sheet.evaluatie).filter(filled).length
  );
}
