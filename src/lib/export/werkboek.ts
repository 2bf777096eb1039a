import type { Werkboek } from "../../schemas/werkboek.ts";
import type { PreventieGids } from "../../schemas/preventieGids.ts";
import type { WaardemodelGids } from "../../schemas/waardemodelGids.ts";
import type { DuidenGids } from "../../schemas/duidenGids.ts";
import type { KoerskaartLabels } from "../../schemas/koerskaartGids.ts";
import { duidenDocument, sheetTitle as duidenTitle } from "../duiden/sheet.ts";
import { section, type Block, type ExportDocument } from "./document.ts";
import { demoteBy } from "./demote.ts";
import { visieDocument } from "../visie/visieExport.ts";
import { preventieBlocks } from "../preventie/preventieExport.ts";
import { hasNotes, staalkaartNotitieBlocks, type StaalkaartInfo } from "../staalkaart/notities.ts";
import { isPreventieEmpty } from "../preventie/matrix.ts";
import { isKoerskaartEmpty } from "../koerskaart/koerskaart.ts";
import { koerskaartBlocks, koerskaartOnderwerp } from "../koerskaart/koerskaartExport.ts";
import { sheetTitle, waardemodelDocument } from "../waardemodel/waardemodel.ts";
import { sturingBlocks } from "../sturing/sturingExport.ts";

/** What the whole-werkboek export needs besides the werkboek: the guides' labels and the staalkaarten. */
export interface WerkboekContext {
  staalkaarten: StaalkaartInfo[];
  preventieGids?: PreventieGids | undefined;
  waardemodelGids?: WaardemodelGids | undefined;
  duidenGids?: DuidenGids | undefined;
  /** The guides of the generic koerskaart worksheets, in the order of the cards. */
  koerskaartGidsen?: readonly KoerskaartLabels[] | undefined;
}

/** Every part of a werkboek in one document, for the export on /werkboek/. Empty worksheets are left out. */
export function werkboekDocument(w: Werkboek, ctx: WerkboekContext = { staalkaarten: [] }): ExportDocument {
  const visie = visieDocument(w);
  const blocks: Block[] = [...section(1, "Visie", visie.blocks.map(demoteBy(1)))];
  if (ctx.waardemodelGids && w.waardemodellen.length > 0) {
    const gids = ctx.waardemodelGids;
    const sheets = w.waardemodellen.flatMap((sheet) => {
      const doc = waardemodelDocument(sheet, gids, ctx.staalkaarten.map((s) => ({ id: s.id, shortName: s.shortName })));
      return section(2, sheetTitle(sheet, gids), doc.blocks.map(demoteBy(2)));
    });
    blocks.push(...section(1, "Democratisch waardemodel", sheets));
  }
  if (ctx.duidenGids && w.duiden.length > 0) {
    const gids = ctx.duidenGids;
    // The charts are pictures only in the worksheet's own Word export; here their description and figures stand in.
    const sheets = w.duiden.flatMap((sheet, i) => section(2, duidenTitle(sheet, `Cijfers ${i + 1}`), duidenDocument(sheet, gids, w.visie.resultaten).blocks.map(demoteBy(2))));
    blocks.push(...section(1, "Cijfers duiden", sheets));
  }
  if (ctx.preventieGids && !isPreventieEmpty(w.preventie)) {
    blocks.push(...section(1, "Koerskaart preventie", preventieBlocks(w.preventie, ctx.preventieGids).map(demoteBy(1))));
  }
  for (const gids of ctx.koerskaartGidsen ?? []) {
    const sheet = w.koerskaarten[gids.kaart];
    if (sheet && !isKoerskaartEmpty(sheet)) blocks.push(...section(1, `Koerskaart ${koerskaartOnderwerp(gids)}`, koerskaartBlocks(sheet, gids).map(demoteBy(1))));
  }
  blocks.push(...sturingBlocks(w, ctx.staalkaarten));
  const notes = ctx.staalkaarten.filter((s) => hasNotes(w.staalkaartNotities[s.id]));
  if (notes.length > 0) {
    blocks.push(...section(1, "Notities bij de staalkaarten", notes.flatMap((s) => staalkaartNotitieBlocks(s, w.staalkaartNotities[s.id] ?? { taken: {}, notities: "", vragenCollege: "" }, 2))));
  }
  return { title: `${w.name} — werkboek`, subtitle: visie.subtitle ?? "", blocks };
}
