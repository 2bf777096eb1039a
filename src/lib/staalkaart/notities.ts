import type { StaalkaartNotitie } from "../../schemas/staalkaartNotities.ts";
import { deeper, fields, isBlank, section, type Block, type ExportDocument, type HeadingLevel } from "../export/document.ts";

/** What the export needs to know of a staalkaart: names and its council tasks. */
export interface StaalkaartInfo {
  id: string;
  shortName: string;
  tasks: { id: string; title: string }[];
}

/** True when the raadslid wrote anything on this staalkaart. */
export function hasNotes(n: StaalkaartNotitie | undefined): boolean {
  if (!n) return false;
  const taken = Object.values(n.taken).some((t) => [t.vastgesteldOp, t.evaluatieGepland, t.openVragen, t.notities].some((x) => !isBlank(x)));
  return taken || !isBlank(n.notities) || !isBlank(n.vragenCollege);
}

/** Notes on one staalkaart: a block per council task that has something, then free notes and questions. */
export function staalkaartNotitieBlocks(info: StaalkaartInfo, n: StaalkaartNotitie, level: HeadingLevel = 1): Block[] {
  const sub = deeper(level);
  const taken = info.tasks.flatMap((task) => {
    const t = n.taken[task.id];
    if (!t || [t.vastgesteldOp, t.evaluatieGepland, t.openVragen, t.notities].every(isBlank)) return [];
    return section(sub, task.title, [
      fields([
        { label: "Vastgesteld op", value: t.vastgesteldOp },
        { label: "Evaluatie gepland", value: t.evaluatieGepland },
        { label: "Open vragen", value: t.openVragen },
        { label: "Notities", value: t.notities },
      ]),
    ]);
  });
  return section(level, info.shortName, [
    ...taken,
    ...(isBlank(n.notities) ? [] : section(sub, "Notities", [fields([{ label: "Notities", value: n.notities }])])),
    ...(isBlank(n.vragenCollege) ? [] : section(sub, "Vragen voor het college", [fields([{ label: "Vragen", value: n.vragenCollege }])])),
  ]);
}

/** One staalkaart's notes on their own, for Markdown, Word and print. */
export function staalkaartNotitieDocument(info: StaalkaartInfo, n: StaalkaartNotitie, werkboekNaam: string): ExportDocument {
  return { title: `${werkboekNaam} — notities bij de ${info.shortName}`, subtitle: "Werkblad uit Raadskompas.", blocks: staalkaartNotitieBlocks(info, n).slice(1) };
}
