import type { KoerskaartSheet } from "../../schemas/koerskaartWerkblad.ts";
import type { KoerskaartLabels } from "../../schemas/koerskaartGids.ts";
import { KEUZE_VELDEN, KEUZE_VELD_LABELS, MOET_LABELS } from "../../schemas/koerskaartVelden.ts";
import { KOERSKAART_ONDERWERPEN } from "../../vocabulary/koerskaartWerkbladen.ts";
import { antwoordOf, matrixGaten, matrixRijen } from "./koerskaart.ts";
import { answers, fields, paragraph, section, table, write, type Block, type ExportDocument } from "../export/document.ts";

/** "armoede en schulden" for a known card, else the guide's own title. */
export const koerskaartOnderwerp = (g: Pick<KoerskaartLabels, "kaart" | "titel">) =>
  (KOERSKAART_ONDERWERPEN as Record<string, string>)[g.kaart] ?? g.titel.replace(/^Werkblad:\s*/, "");

/** The heading of a keuze: its name and how much the law fixes it. */
export const keuzeKop = (k: KoerskaartLabels["keuzes"][number]) => `${k.title} (${MOET_LABELS[k.moet]})`;

/** One koerskaart worksheet as blocks (level 1 = its main parts). */
export function koerskaartBlocks(sheet: KoerskaartSheet, gids: KoerskaartLabels): Block[] {
  const keuzes = gids.keuzes.flatMap((k) => {
    const a = antwoordOf(sheet, k.id);
    return section(2, keuzeKop(k), answers(KEUZE_VELDEN.map((v) => ({ label: KEUZE_VELD_LABELS[v], value: a[v] }))));
  });
  // On paper each keuze asks its own question where the koers goes, so the sheet reads without the card.
  const blankKeuzes = gids.keuzes.map((k) =>
    write(
      KEUZE_VELDEN.map((v) => ({ label: v === "koers" ? `${KEUZE_VELD_LABELS.koers}: ${k.vraag}` : KEUZE_VELD_LABELS[v], lines: v === "koers" ? 2 : 1 })),
      `${keuzeKop(k)} · ${k.bron}`,
    ),
  );

  const { kolommen, rijlabel } = gids.matrix;
  const rijen = matrixRijen(sheet, gids.matrix.rijen);
  const gaten = matrixGaten(rijen, kolommen);
  const vakken = rijen.length * kolommen.length;
  // An untouched matrix prints as rows to write in, not as a grid of dashes.
  const matrix =
    gaten.length === vakken
      ? []
      : [
          table([rijlabel, ...kolommen.map((k) => k.title)], rijen.map((r) => [r.label, ...kolommen.map((k) => r.cellen[k.id] ?? "")])),
          paragraph(gaten.length === 0 ? "Elk vak is ingevuld." : `${gaten.length} van ${vakken} vakken zijn leeg. Daar zit mogelijk een gat in het aanbod.`),
        ];
  const blankMatrix = rijen.map((r) => write(kolommen.map((k) => ({ label: k.title, lines: 2 })), `${rijlabel}: ${r.label}`));

  const evaluatie = gids.evaluatievragen.filter((q) => (sheet.evaluatie[q.id] ?? "").trim() !== "").map((q) => ({ label: q.question, value: sheet.evaluatie[q.id] ?? "" }));
  const blankEvaluatie = [write(gids.evaluatievragen.map((q) => ({ label: q.question, lines: 3 })))];

  return [
    ...section(1, "Onze keuzes", keuzes, blankKeuzes),
    ...section(1, "Keuzematrix", matrix, blankMatrix),
    ...section(1, "Evalueren en bijsturen", evaluatie.length ? [fields(evaluatie)] : [], blankEvaluatie),
  ];
}

/** One koerskaart worksheet on its own, for Markdown, Word and print. */
export function koerskaartDocument(sheet: KoerskaartSheet, gids: KoerskaartLabels, werkboekNaam: string): ExportDocument {
  const onderwerp = koerskaartOnderwerp(gids);
  return { title: `${werkboekNaam} — koerskaart ${onderwerp}`, subtitle: `Werkblad uit Raadskompas: onze koers voor ${onderwerp}.`, blocks: koerskaartBlocks(sheet, gids) };
}
