import type { VisieGids } from "../../schemas/visieGids.ts";
import type { Koppeling, Kwaliteitseis, Principe, Resultaat, Visie, Waarde } from "../../schemas/visie.ts";
import { newId } from "../../lib/ids.ts";
import { visieProgress } from "../../lib/werkboek/progress.ts";
import { useWerkboek } from "../ui/useWerkboek.ts";
import { useAnnouncer, useJumpToHash, focusAfterRemove, focusSoon } from "../ui/worksheet.tsx";



/**
 * The state of the visie werkboek, without JSX: the four steps, the koppeltabel and every edit, with
 * focus and announcements after adding or removing. Null while the werkboek loads. VisieWerkboek renders it.
 */
export function useVisieWerkboek({ gids }: { gids: VisieGids }) {
  const { state, update, resolveConflict, exportWerkboek } = useWerkboek();
  const { say, region } = useAnnouncer();

  useJumpToHash(state.kind === "klaar");

  if (state.kind === "laden") return null;
  const { werkboek, status, memoryOnly } = state;
  const v = werkboek.visie;
  const setVisie = (edit: (v: Visie) => Visie) => update((w) => ({ ...w, visie: edit(w.visie) }));
  const step = (id: string) => gids.steps.find((s) => s.id === id);
  const progress = visieProgress(werkboek);

  function patch<K extends "waarden" | "principes" | "resultaten" | "koppelingen" | "kwaliteitseisen">(key: K, id: string, change: Partial<Visie[K][number]>) {
    setVisie((vv) => ({ ...vv, [key]: (vv[key] as { id: string }[]).map((x) => (x.id === id ? { ...x, ...change } : x)) }));
  }
  /** `button`: the delete button pressed, so focus moves to a neighbour before the item goes. */
  function remove<K extends "waarden" | "principes" | "resultaten" | "koppelingen" | "kwaliteitseisen">(key: K, id: string, label: string, button?: HTMLElement) {
    if (button) focusAfterRemove(button);
    setVisie((vv) => ({ ...vv, [key]: (vv[key] as { id: string }[]).filter((x) => x.id !== id) }));
    say(`${label} verwijderd.`);
  }

  const topCount = v.waarden.filter((w) => w.top).length;
  const hasWaarde = (name: string) => v.waarden.some((w) => w.name.trim().toLowerCase() === name.toLowerCase());
  const addWaarde = (name = "") => {
    const w: Waarde = { id: newId("w"), name, meaning: "", top: false };
    setVisie((vv) => ({ ...vv, waarden: [...vv.waarden, w] }));
    focusSoon(name ? `${w.id}-meaning` : `${w.id}-name`);
    say(name ? `Waarde ${name} toegevoegd.` : "Nieuwe waarde toegevoegd.");
  };
  const addPrincipe = () => {
    const p: Principe = { id: newId("p"), title: "", onderbouwing: "", meetlat: "" };
    setVisie((vv) => ({ ...vv, principes: [...vv.principes, p] }));
    focusSoon(`${p.id}-title`);
  };
  const addResultaat = () => {
    const r: Resultaat = { id: newId("r"), doelgroep: "", verandering: "", target: null, unit: "procent", baseline: "", year: null, bron: "" };
    setVisie((vv) => ({ ...vv, resultaten: [...vv.resultaten, r] }));
    focusSoon(`${r.id}-doelgroep`);
  };
  const addKoppeling = () => {
    const k: Koppeling = { id: newId("k"), waardeId: "", principeId: "", onderbouwing: "", resultaatId: "" };
    setVisie((vv) => ({ ...vv, koppelingen: [...vv.koppelingen, k] }));
    focusSoon(`${k.id}-waarde`);
  };
  const addEis = () => {
    const e: Kwaliteitseis = { id: newId("q"), text: "", principeIds: [] };
    setVisie((vv) => ({ ...vv, kwaliteitseisen: [...vv.kwaliteitseisen, e] }));
    focusSoon(`${e.id}-text`);
  };

  return { resolveConflict, exportWerkboek, region, werkboek, status, memoryOnly, v, setVisie, step, progress, patch, remove, topCount, hasWaarde, addWaarde, addPrincipe, addResultaat, addKoppeling, addEis };
}
