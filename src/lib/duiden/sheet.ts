/**
 * The cijfers-duiden sheet as a whole: a new one, the example set, and its export document.
 */
import type { DuidenSheet } from "../../schemas/duiden.ts";
import type { DuidenGids } from "../../schemas/duidenGids.ts";
import type { Resultaat } from "../../schemas/visie.ts";
import { fields, heading, image, isBlank, list, paragraph, section, table, write, type Block, type ExportDocument } from "../export/document.ts";
import { resultaatZin } from "../export/resultaat.ts";
import { formatGetal } from "../getal.ts";
import { chartModel, dataTable, perLabel } from "./chart.ts";

export function emptySheet(id: string): DuidenSheet {
  return {
    id,
    title: "",
    fromVoorbeeld: false,
    bron: "",
    data: { periodes: [], reeksen: [] },
    grafiek: "lijn",
    getoond: [],
    perInwoners: "nee",
    vergelijking: { eigenId: "", groep: "", groepIds: [], laag: [], hoog: [] },
    antwoorden: { zien: "", verklaring: "", nietWeten: "", betekenis: "", vraagCollege: "" },
    resultaatIds: [],
  };
}

export const sheetTitle = (s: DuidenSheet, fallback: string) => s.title.trim() || fallback;

/** "3 van 5 vragen", for the sheet list and the werkboek page. */
export function answered(s: DuidenSheet): number {
  return Object.values(s.antwoorden).filter((a) => !isBlank(a)).length;
}

/**
 * The export: source, chart (a picture when `png` is given), the full data table, and the answers.
 * Markdown gets every figure as a table; Word gets the picture too.
 */
export function duidenDocument(s: DuidenSheet, gids: DuidenGids, resultaten: readonly Resultaat[], png?: { bytes: Uint8Array; width: number; height: number }): ExportDocument {
  const m = chartModel(s);
  const blocks: Block[] = [];
  blocks.push(...section(1, "Bron", [paragraph(s.bron)]));
  const { periodes, reeksen } = s.data;
  if (reeksen.length) {
    blocks.push(heading(1, "Grafiek"));
    blocks.push(image(m.desc, png?.width ?? 640, png?.height ?? 380, png?.bytes));
    if (m.zonderInwoners.length) blocks.push(paragraph(`Zonder aantal inwoners, dus niet ${perLabel(s.perInwoners)}: ${m.zonderInwoners.join(", ")}.`, true));
    const shown = dataTable(m);
    blocks.push(table(shown.head, shown.rows));
    blocks.push(heading(1, "Alle cijfers"));
    blocks.push(
      table(
        ["Reeks", "Eenheid", ...periodes],
        reeksen.map((r) => [r.naam, r.eenheid, ...r.waarden.map((v) => (v === null ? "onbekend" : formatGetal(v)))]),
      ),
    );
  } else blocks.push(...section(1, "Cijfers", []));
  blocks.push(
    ...section(
      1,
      "Duiding",
      gids.vragen.some((q) => !isBlank(s.antwoorden[q.id])) ? [fields(gids.vragen.map((q) => ({ label: q.label, value: s.antwoorden[q.id] })))] : [],
      // On paper an unanswered sheet shows the duiden-vragen with room to write.
      [write(gids.vragen.map((q) => ({ label: q.label, lines: 3 })))],
    ),
  );
  const linked = s.resultaatIds.flatMap((id) => resultaten.filter((r) => r.id === id));
  if (linked.length) blocks.push(heading(2, "Maatschappelijke resultaten waar deze cijfers over gaan"), list(linked.map(resultaatZin)));
  return { title: sheetTitle(s, "Cijfers duiden"), subtitle: "Cijfers duiden · Raadskompas", blocks };
}
