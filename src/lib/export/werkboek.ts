import type { Werkboek } from "../../schemas/werkboek.ts";
import type { ExportDocument } from "./document.ts";
import { visieDocument } from "./visie.ts";

/** Every part of a werkboek in one document, for the export on /werkboek/. */
export function werkboekDocument(w: Werkboek): ExportDocument {
  const visie = visieDocument(w);
  return { title: `${w.name} — werkboek`, subtitle: visie.subtitle ?? "", blocks: [{ type: "heading", level: 1, text: "Visie" }, ...visie.blocks.map(demote)] };
}

/** Pushes a block one heading level down, so a part can nest under its own heading. */
export function demote(b: ExportDocument["blocks"][number]): ExportDocument["blocks"][number] {
  return b.type === "heading" ? { ...b, level: b.level === 1 ? 2 : 3 } : b;
}
