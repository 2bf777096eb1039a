/**
 * The Sturing worksheets as one part for the whole-werkboek export; parts nobody filled in are left
 * out. /werkboek/ loads the whole-werkboek export only when printing or exporting (ADR 0015).
 */
import type { Werkboek } from "../../schemas/werkboek.ts";
import { section, type Block } from "../export/document.ts";
import { demoteBy } from "../export/demote.ts";
import type { WetNaam } from "../waardemodel/waardemodel.ts";
import { beleidscyclusDocument } from "./beleidscyclus.ts";
import { regelingBlocks } from "./regelingExport.ts";
import { startnotitieDocument, startnotitieVoortgang } from "./startnotitie.ts";
import { isDatum } from "./datum.ts";
import { standaardJaar, sturingKalender } from "./jaarkalender.ts";
import { kalenderBlocks } from "./kalenderExport.ts";

/** `jaarNu`: the year the jaarkalender shows when the user did not choose one. */
export function sturingBlocks(w: Werkboek, staalkaarten: WetNaam[], jaarNu = standaardJaar()): Block[] {
  const s = w.sturing;
  const parts: Block[] = [];
  if (Object.values(s.jaarkalender.raad).some(isDatum)) {
    const kalender = sturingKalender(s, jaarNu);
    parts.push(...section(2, `Jaarkalender ${kalender.jaar}`, kalenderBlocks(kalender).map(demoteBy(2))));
  }
  if (s.regelingen.length) parts.push(...section(2, "Regionale samenwerking", s.regelingen.flatMap((r) => regelingBlocks(r).map(demoteBy(2)))));
  if (startnotitieVoortgang(s.startnotitie) > 0 || s.startnotitie.onderwerp.trim()) parts.push(...section(2, `Startnotitie${s.startnotitie.onderwerp.trim() ? `: ${s.startnotitie.onderwerp.trim()}` : ""}`, startnotitieDocument(s.startnotitie, w.name).blocks.map(demoteBy(2))));
  const b = s.beleidscyclus;
  if (b.thema.trim() || Object.keys(b.stappen).length) parts.push(...section(2, `Beleidscyclus${b.thema.trim() ? `: ${b.thema.trim()}` : ""}`, beleidscyclusDocument(w, staalkaarten).blocks.map(demoteBy(2))));
  return parts.length ? section(1, "Sturing", parts) : [];
}
