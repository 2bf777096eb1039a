import { useState } from "preact/hooks";
import type { DuidenSheet } from "../../schemas/duiden.ts";
import type { Role } from "../../lib/duiden/table.ts";
import type { Pending } from "./duidenLezen.ts";

export type { Pending };
import { MAX_SHEETS } from "../../vocabulary/limits.ts";
import { emptySheet, sheetTitle } from "../../lib/duiden/sheet.ts";
import { newId } from "../../lib/ids.ts";
import { useWerkboek } from "../ui/useWerkboek.ts";
import { focusSoon, useAnnouncer } from "../ui/worksheet.tsx";
import { insertAt } from "../ui/SheetSwitcher.tsx";


/**
 * The state of the cijfers-duiden worksheet, without JSX: the sheets, the table being read and its
 * columns, and every edit. Null while the werkboek loads. DuidenWerkblad only renders it.
 */
export function useDuidenWerkblad() {
  const { state, update, resolveConflict } = useWerkboek();
  const { say, region } = useAnnouncer();
  // "?blad=<id>" opens one sheet, e.g. from a maatschappelijk resultaat in the visie.
  const [activeId, setActiveId] = useState<string | null>(() => (typeof window === "undefined" ? null : new URLSearchParams(window.location.search).get("blad")));
  const [draftId, setDraftId] = useState(() => newId("du"));
  const [paste, setPaste] = useState("");
  const [pending, setPending] = useState<Pending | null>(null);
  const [readErrors, setReadErrors] = useState<string[]>([]);
  const [previous, setPrevious] = useState<{ id: string; data: DuidenSheet["data"] } | null>(null);
  const [removed, setRemoved] = useState<{ sheet: DuidenSheet; index: number } | null>(null);

  if (state.kind === "laden") return null;
  const { werkboek, status, memoryOnly } = state;
  const sheets = werkboek.duiden;
  const sheet = sheets.find((s) => s.id === activeId) ?? sheets[0] ?? emptySheet(draftId);
  const sid = sheet.id;
  const stored = sheets.some((s) => s.id === sid);
  const title = (s: DuidenSheet, i: number) => sheetTitle(s, `Werkblad ${i + 1} (nog zonder titel)`);
  const resultaten = werkboek.visie.resultaten;

  const editSheet = (id: string, edit: (s: DuidenSheet) => DuidenSheet) =>
    update((w) =>
      w.duiden.some((s) => s.id === id) ? { ...w, duiden: w.duiden.map((s) => (s.id === id ? edit(s) : s)) } : { ...w, duiden: [...w.duiden, edit(emptySheet(id))] },
    );
  const set = (edit: (s: DuidenSheet) => DuidenSheet) => editSheet(sid, edit);

  const addSheet = (s: DuidenSheet, message: string) => {
    if (sheets.length >= MAX_SHEETS) return;
    update((w) => ({ ...w, duiden: [...w.duiden, s] }));
    setActiveId(s.id);
    setPending(null);
    setReadErrors([]);
    focusSoon(`${s.id}-kop`);
    say(message);
  };

  const removeSheet = () => {
    const index = sheets.findIndex((s) => s.id === sid);
    if (index < 0) return;
    update((w) => ({ ...w, duiden: w.duiden.filter((s) => s.id !== sid) }));
    setRemoved({ sheet, index });
    setActiveId(sheets[index + 1]?.id ?? sheets[index - 1]?.id ?? null);
    if (sid === draftId) setDraftId(newId("du"));
    focusSoon("du-ongedaan");
  };
  const undoRemove = () => {
    if (!removed) return;
    const back = removed;
    update((w) => (w.duiden.some((s) => s.id === back.sheet.id) ? w : { ...w, duiden: insertAt(w.duiden, back.sheet, back.index) }));
    setActiveId(back.sheet.id);
    setRemoved(null);
    focusSoon(`${back.sheet.id}-kop`);
    say("Het werkblad is teruggezet.");
  };

  /** Applies a read table with the given roles; the previous figures can be brought back once. */
  // Reading a table (and its messages) loads with the reader, on the first paste or file (ADR 0015).
  const reader = () => import("./duidenLezen.ts").then((m) => m.tableReader({ sheet, sid, set, say, setPending, setPrevious, setReadErrors }));
  const apply = async (p: Pending, roles: Role[]) => (await reader()).apply(p, roles);
  const read = async (text: string) => (await reader()).read(text);
  const readFile = async (file: File) => (await reader()).readFile(file);

  return { resolveConflict, say, region, activeId, setActiveId, paste, setPaste, pending, setPending, readErrors, previous, setPrevious, removed, setRemoved, werkboek, status, memoryOnly, sheets, sheet, sid, stored, title, resultaten, set, addSheet, removeSheet, undoRemove, apply, read, readFile };
}
