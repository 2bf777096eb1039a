import type { PreventieSheet } from "../../schemas/preventie.ts";
import { PREVENTIE_NIVEAU_IDS } from "../../vocabulary/preventieNiveaus.ts";
import type { PreventieGids } from "../../schemas/preventieGids.ts";
import { matrixGaps, matrixRows } from "../werkboek/preventie.ts";
import { answers, fields, paragraph, section, table, write, type Block, type ExportDocument } from "./document.ts";

/** The koerskaart preventie worksheet as blocks (level 1 = its main parts). */
export function preventieBlocks(sheet: PreventieSheet, gids: PreventieGids): Block[] {
  const niveau = (id: string) => gids.niveaus.find((n) => n.id === id);
  const keuzes = PREVENTIE_NIVEAU_IDS.flatMap((id) => {
    const k = sheet.keuzes[id];
    const n = niveau(id);
    return section(2, `${n?.title ?? id} (${n?.vorm ?? ""})`, [
      ...answers([
        { label: "Doelgroepen", value: k.doelgroepen },
        { label: "Interventies", value: k.interventies },
        { label: "Wie voert uit", value: k.uitvoerders },
        { label: "Budget", value: k.budget },
        { label: "Beoogd effect", value: k.effect },
        { label: "Indicator", value: k.indicator },
        { label: "Jaar", value: k.jaar === null ? "" : String(k.jaar) },
      ]),
    ]);
  });
  const rows = matrixRows(sheet, gids.matrix.doelgroepen);
  const gaps = matrixGaps(rows);
  const matrix = [
    table(
      ["Doelgroep", ...PREVENTIE_NIVEAU_IDS.map((id) => niveau(id)?.title ?? id)],
      rows.map((r) => [r.doelgroep, ...PREVENTIE_NIVEAU_IDS.map((id) => r.cellen[id])]),
    ),
    paragraph(gaps.length === 0 ? "Elk vak is ingevuld." : `${gaps.length} van ${rows.length * 3} vakken zijn leeg. Daar zit mogelijk een gat in het aanbod.`),
  ];
  const evaluatie = gids.evaluatievragen
    .filter((q) => (sheet.evaluatie[q.id] ?? "").trim() !== "")
    .map((q) => ({ label: q.question, value: sheet.evaluatie[q.id] ?? "" }));
  const keuzeVragen = ["Doelgroepen", "Interventies", "Wie voert het uit?", "Budget", "Beoogd maatschappelijk effect", "Indicator", "Jaar"];
  const blankKeuzes = PREVENTIE_NIVEAU_IDS.map((id) => write(keuzeVragen.map((label) => ({ label, lines: 1 })), `${niveau(id)?.title ?? id} (${niveau(id)?.vorm ?? ""})`));
  const blankEvaluatie = [write(gids.evaluatievragen.map((q) => ({ label: q.question, lines: 3 })))];
  return [
    ...section(1, "Onze keuzes per niveau", keuzes, blankKeuzes),
    ...section(1, "Preventiematrix", matrix),
    ...section(1, "Evalueren en bijsturen", evaluatie.length ? [fields(evaluatie)] : [], blankEvaluatie),
  ];
}

/** The worksheet on its own, for Markdown, Word and print. */
export function preventieDocument(sheet: PreventieSheet, gids: PreventieGids, werkboekNaam: string): ExportDocument {
  return { title: `${werkboekNaam} — koerskaart preventie`, subtitle: "Werkblad uit Raadskompas: onze koers voor preventie.", blocks: preventieBlocks(sheet, gids) };
}

