/**
 * The Sturing worksheets as one part for the whole-werkboek export; parts nobody filled in are left
 * out. Not yet wired into werkboekDocument: on /werkboek/ it would push the page over its JS budget
 * until zod loads lazily there.
 */
import type { Werkboek } from "../../schemas/werkboek.ts";
import { section, type Block } from "../export/document.ts";
import { beleidscyclusDocument, type StaalkaartNaam } from "./beleidscyclus.ts";
import { regelingBlocks } from "./regelingExport.ts";
import { startnotitieDocument, startnotitieVoortgang } from "./startnotitie.ts";

const down = (b: Block): Block => (b.type === "heading" ? { ...b, level: b.level === 1 ? 2 : 3 } : b);

export function sturingBlocks(w: Werkboek, staalkaarten: StaalkaartNaam[]): Block[] {
  const s = w.sturing;
  const parts: Block[] = [];
  if (s.regelingen.length) parts.push(...section(2, "Regionale samenwerking", s.regelingen.flatMap((r) => regelingBlocks(r, 2).map(down))));
  if (startnotitieVoortgang(s.startnotitie) > 0 || s.startnotitie.onderwerp.trim()) parts.push(...section(2, `Startnotitie${s.startnotitie.onderwerp.trim() ? `: ${s.startnotitie.onderwerp.trim()}` : ""}`, startnotitieDocument(s.startnotitie, w.name).blocks.map(down)));
  const b = s.beleidscyclus;
  if (b.thema.trim() || Object.keys(b.stappen).length) parts.push(...section(2, `Beleidscyclus${b.thema.trim() ? `: ${b.thema.trim()}` : ""}`, beleidscyclusDocument(w, staalkaarten).blocks.map(down)));
  return parts.length ? section(1, "Sturing", parts) : [];
}
