import type { MatrixRow, PreventieSheet } from "../../schemas/preventie.ts";
import { PREVENTIE_NIVEAU_IDS } from "../../vocabulary/preventieNiveaus.ts";

type NiveauId = (typeof PREVENTIE_NIVEAU_IDS)[number];

/** The matrix rows to show: the user's own, or the guide's default doelgroepen while none exist yet. */
export function matrixRows(sheet: PreventieSheet, defaults: readonly string[]): MatrixRow[] {
  if (sheet.matrix.length > 0) return sheet.matrix;
  return defaults.map((doelgroep, i) => ({ id: `standaard-${i + 1}`, doelgroep, cellen: { beschermen: "", stabiliseren: "", gevolgen: "" } }));
}

/** Empty cells of the matrix: where the gemeente may have a gap in its preventie. */
export function matrixGaps(rows: MatrixRow[]): { row: MatrixRow; niveau: NiveauId }[] {
  return rows.flatMap((row) => PREVENTIE_NIVEAU_IDS.filter((n) => row.cellen[n].trim() === "").map((niveau) => ({ row, niveau })));
}

/** True when nothing was filled in on the worksheet. */
export function isPreventieEmpty(sheet: PreventieSheet): boolean {
  const keuzes = Object.values(sheet.keuzes).every((k) => Object.values(k).every((v) => v === null || String(v).trim() === ""));
  const matrix = sheet.matrix.every((r) => Object.values(r.cellen).every((c) => c.trim() === ""));
  const evaluatie = Object.values(sheet.evaluatie).every((v) => v.trim() === "");
  return keuzes && matrix && evaluatie;
}
