import { useState } from "preact/hooks";
import type { Dilemma, WaardemodelSheet } from "../../schemas/waardemodel.ts";
import type { WaardemodelGids } from "../../schemas/waardemodelGids.ts";
import { newId } from "../../lib/ids.ts";
import { MAX_SHEETS } from "../../vocabulary/limits.ts";
import { useWerkboek } from "../ui/useWerkboek.ts";
import { useAnnouncer, useProgressive, focusSoon } from "../ui/worksheet.tsx";
import { insertAt } from "../ui/SheetSwitcher.tsx";
import { emptySheet, sheetProgress, sheetTitle, voorbeeldSheet, waardemodelDocument, type WetNaam } from "../../lib/waardemodel/waardemodel.ts";

/** Same limit as the werkboek schema. */
export const MAX_DILEMMAS = 20;

/**
 * The state of the waardemodel worksheet, without JSX: the sheets, the one on screen and every edit.
 * Null while the werkboek loads. WaardemodelWerkblad renders it.
 */
export function useWaardemodelWerkblad({ gids, wetten }: { gids: WaardemodelGids; wetten: WetNaam[] }) {
  const { state, update, resolveConflict, exportWerkboek } = useWerkboek();
  const { say, region } = useAnnouncer();
  const [activeId, setActiveId] = useState<string | null>(null);
  // Shown while the werkboek has no sheet yet; stored only once the user types something.
  const [draftId, setDraftId] = useState(() => newId("wm"));
  const [removed, setRemoved] = useState<{ sheet: WaardemodelSheet; index: number } | null>(null);

  // Kader, five kernwaarden, dilemmas, keuzes: rendered one after another (see useProgressive).
  const shown = useProgressive(8, state.kind === "klaar");

  if (state.kind === "laden") return null;
  const { werkboek, status, memoryOnly } = state;
  const sheets = werkboek.waardemodellen;
  const sheet = sheets.find((s) => s.id === activeId) ?? sheets[0] ?? emptySheet(draftId);
  const stored = sheets.some((s) => s.id === sheet.id);
  const sid = sheet.id;
  const title = (s: WaardemodelSheet, i: number) => sheetTitle(s, gids, `Vraag ${i + 1} (nog zonder vraag)`);
  const kernwaardeNaam = (id: string) => gids.kernwaarden.find((k) => k.id === id)?.name ?? id;


  /** Edits one sheet; the draft sheet is added to the werkboek on its first edit. */
  const editSheet = (id: string, edit: (s: WaardemodelSheet) => WaardemodelSheet) =>
    update((w) => {
      const list = w.waardemodellen;
      return list.some((s) => s.id === id)
        ? { ...w, waardemodellen: list.map((s) => (s.id === id ? edit(s) : s)) }
        : { ...w, waardemodellen: [...list, edit(emptySheet(id))] };
    });
  const set = (edit: (s: WaardemodelSheet) => WaardemodelSheet) => editSheet(sid, edit);
  const setKader = (change: Partial<WaardemodelSheet["kader"]>) => set((s) => ({ ...s, kader: { ...s.kader, ...change } }));
  const setKeuzes = (change: Partial<WaardemodelSheet["keuzes"]>) => set((s) => ({ ...s, keuzes: { ...s.keuzes, ...change } }));
  const setAnswer = (deelvraagId: string, text: string) =>
    set((s) => ({
      ...s,
      // An emptied answer leaves no key behind, so the file only holds what was written.
      answers: text === "" ? Object.fromEntries(Object.entries(s.answers).filter(([k]) => k !== deelvraagId)) : { ...s.answers, [deelvraagId]: text },
    }));
  const patchDilemma = (id: string, change: Partial<Dilemma>) => set((s) => ({ ...s, dilemmas: s.dilemmas.map((d) => (d.id === id ? { ...d, ...change } : d)) }));

  const addSheet = () => {
    if (sheets.length >= MAX_SHEETS) return;
    const s = emptySheet(newId("wm"));
    update((w) => ({ ...w, waardemodellen: [...w.waardemodellen, s] }));
    setActiveId(s.id);
    focusSoon(`${s.id}-question`);
    say("Nieuw werkblad gemaakt. Typ je politieke vraag.");
  };

  const loadVoorbeeld = () => {
    if (sheets.length >= MAX_SHEETS) return;
    const s = voorbeeldSheet(newId("wm"), gids, () => newId("d"));
    // Always a new sheet at the end: the user's own sheets stay exactly as they were.
    update((w) => ({ ...w, waardemodellen: [...w.waardemodellen, s] }));
    setActiveId(s.id);
    focusSoon(`${s.id}-kop`);
    say(`${gids.voorbeeld.title} staat nu als nieuw werkblad in je lijst. Je eigen vragen zijn niet veranderd.`);
  };

  const removeSheet = () => {
    const index = sheets.findIndex((s) => s.id === sid);
    if (index < 0) return;
    update((w) => ({ ...w, waardemodellen: w.waardemodellen.filter((s) => s.id !== sid) }));
    setRemoved({ sheet, index });
    setActiveId(sheets[index + 1]?.id ?? sheets[index - 1]?.id ?? null);
    if (sid === draftId) setDraftId(newId("wm"));
    focusSoon("wm-ongedaan");
  };

  const undoRemove = () => {
    if (!removed) return;
    const back = removed;
    update((w) => (w.waardemodellen.some((s) => s.id === back.sheet.id) ? w : { ...w, waardemodellen: insertAt(w.waardemodellen, back.sheet, back.index) }));
    setActiveId(back.sheet.id);
    setRemoved(null);
    focusSoon(`${back.sheet.id}-kop`);
    say(`${title(back.sheet, back.index)} is teruggezet.`);
  };

  const addDilemma = () => {
    if (sheet.dilemmas.length >= MAX_DILEMMAS) return;
    const d: Dilemma = { id: newId("d"), a: "gelijkheid", b: "efficientie", afweging: "" };
    set((s) => ({ ...s, dilemmas: [...s.dilemmas, d] }));
    focusSoon(`${d.id}-a`);
    say(`Dilemma ${sheet.dilemmas.length + 1} toegevoegd.`);
  };
  const removeDilemma = (id: string, n: number) => {
    set((s) => ({ ...s, dilemmas: s.dilemmas.filter((d) => d.id !== id) }));
    say(`Dilemma ${n} verwijderd.`);
  };

  const progress = sheetProgress(sheet, gids);
  const doc = () => waardemodelDocument(sheet, gids, wetten);

  return { resolveConflict, exportWerkboek, say, region, activeId, setActiveId, removed, setRemoved, shown, werkboek, status, memoryOnly, sheets, sheet, stored, sid, title, kernwaardeNaam, set, setKader, setKeuzes, setAnswer, patchDilemma, addSheet, loadVoorbeeld, removeSheet, undoRemove, addDilemma, removeDilemma, progress, doc };
}
