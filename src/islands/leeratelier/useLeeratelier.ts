import { useEffect, useMemo, useState } from "preact/hooks";
import type { Atelier } from "../../schemas/atelier.ts";
import type { CombinedView } from "../../lib/leeratelier/combine.ts";
import type { FileReport } from "../../lib/leeratelier/files.ts";
import { type ExportDocument } from "../../lib/export/document.ts";
import { useAnnouncer } from "../ui/worksheet.tsx";
import { hasStoredAteliers } from "../../lib/leeratelier/storedAteliers.ts";
import type { KoerskaartLabels } from "../../schemas/koerskaartGids.ts";

export type Engine = typeof import("../../lib/leeratelier/index.ts");

/**
 * The engine (zod schemas, the Dutch stemmer, combining) is heavy: it loads when there is something to
 * combine (a stored leeratelier) or when the griffier reaches for files, not for an empty page (ADR 0015).
 */
let enginePromise: Promise<Engine> | undefined;
const loadEngine = () =>
  (enginePromise ??= import("../../lib/leeratelier/index.ts").then((e) => {
    // Runs the Dutch stemmer once now rather than on the first drop of files.
    e.termKey("waarde");
    return e;
  }));

/**
 * The combined view per atelier (every change makes a new Atelier object): the combine that onFiles
 * times is the one the page then shows, instead of combining the same bijdragen twice.
 */
const views = new WeakMap<Atelier, CombinedView>();
function combineFresh(e: Engine, a: Atelier): CombinedView {
  const v = e.combine(a.bijdragen, a.bijeenkomst.stellingen, a.bijeenkomst.vraagsoort);
  views.set(a, v);
  return v;
}
const viewOf = (e: Engine, a: Atelier): CombinedView => views.get(a) ?? combineFresh(e, a);

/**
 * The state of the samenbrengen page, without JSX: the stored leerateliers, the files read, the engine
 * loaded on demand, and what the griffier chose to show. LeerateliersSamen only renders it.
 */
export function useLeeratelier(koerskaarten: KoerskaartLabels[]) {
  const [engine, setEngine] = useState<Engine | null>(null);
  const [ready, setReady] = useState(false);
  const [ateliers, setAteliers] = useState<Atelier[]>([]);
  const [atelier, setAtelier] = useState<Atelier | null>(null);
  const [reports, setReports] = useState<FileReport[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [names, setNames] = useState(false);
  const [contrast, setContrast] = useState(false);
  const [projectie, setProjectie] = useState(false);
  const [printMode, setPrintMode] = useState<"samen" | "deelnemers">("samen");
  const [drag, setDrag] = useState(false);
  const { say, region } = useAnnouncer();

  useEffect(() => {
    (async () => {
      // Nothing stored yet: the page only needs the drop zone until files come in.
      // When storage cannot tell, the engine loads and its store reports the problem as before.
      if (!(await hasStoredAteliers().catch(() => true))) {
        setReady(true);
        return;
      }
      const e = await loadEngine();
      setEngine(e);
      setReady(true);
      try {
        const store = await e.openAtelierStore();
        const list = await store.list();
        store.close();
        setAteliers(list);
        const wanted = new URLSearchParams(window.location.search).get("atelier");
        setAtelier(list.find((a) => a.id === wanted) ?? list[0] ?? null);
      } catch (err) {
        setError(`De opgeslagen leerateliers konden niet worden geladen: ${err instanceof Error ? err.message : String(err)}`);
      }
    })().catch((err: unknown) => {
      setReady(true);
      setError(`De pagina kon niet laden: ${String(err)}`);
    });
  }, []);

  /** Starts loading the engine when the griffier is about to choose or drop files. */
  const prepare = () => {
    if (!engine) void loadEngine().then(setEngine, () => undefined);
  };

  const [rekentijd, setRekentijd] = useState<number | null>(null);
  const view: CombinedView | null = useMemo(() => (engine && atelier ? viewOf(engine, atelier) : null), [engine, atelier]);

  /** `base`: the atelier `next` was made from; bijdragen stored meanwhile (another tab) are kept. */
  async function save(next: Atelier, base: Atelier | null, e = engine) {
    if (!e) return;
    try {
      const store = await e.openAtelierStore();
      const saved = await store.save(next, base);
      if (saved !== next) setAtelier(saved);
      setAteliers(await store.list());
      store.close();
    } catch (err) {
      setError(`Niet bewaard in deze browser: ${err instanceof Error ? err.message : String(err)}. Exporteer het leeratelier als bestand.`);
    }
  }

  async function onFiles(list: FileList | File[]) {
    let e: Engine;
    try {
      e = engine ?? (await loadEngine());
    } catch (err) {
      setError(`De pagina kon niet laden: ${String(err)}`);
      return;
    }
    setEngine(e);
    const files: { name: string; text: string }[] = [];
    const unreadable: FileReport[] = [];
    for (const f of Array.from(list)) {
      try {
        files.push({ name: f.name, text: await f.text() });
      } catch {
        unreadable.push(e.unreadableReport(f.name));
      }
    }
    // Reading, validating and combining are timed together: the figure the 1-second budget is about.
    // Combined even when every file was refused, so the figure always includes the combine.
    const t0 = performance.now();
    const { atelier: next, reports: r, changed } = e.addFiles(atelier, files);
    if (next) combineFresh(e, next);
    setRekentijd(Math.round(performance.now() - t0));
    const all = [...r, ...unreadable];
    setReports(all);
    const ok = all.filter((x) => x.ok).length;
    say(`${ok} van ${all.length} bestanden gelezen.${all.length > ok ? ` ${all.length - ok} niet: zie de meldingen.` : ""}`);
    // Only what changed is stored: a drop of refused files leaves the stored atelier untouched.
    if (next && changed) {
      setAtelier(next);
      await save(next, atelier, e);
    }
  }

  const pick = (id: string) => setAtelier(ateliers.find((a) => a.id === id) ?? null);

  async function remove(id: string) {
    if (!engine) return;
    const a = ateliers.find((x) => x.id === id);
    if (!a || !window.confirm(`Leeratelier "${a.bijeenkomst.title}" met ${a.bijdragen.length} bijdragen uit deze browser verwijderen?`)) return;
    const store = await engine.openAtelierStore();
    await store.delete(id);
    const list = await store.list();
    store.close();
    setAteliers(list);
    setAtelier(list[0] ?? null);
  }

  function removeBijdrage(id: string) {
    if (!atelier) return;
    const next = { ...atelier, bijdragen: atelier.bijdragen.filter((b) => b.id !== id), updatedAt: new Date().toISOString() };
    setAtelier(next);
    void save(next, atelier);
    say("Bijdrage verwijderd.");
  }

  const doc = (): ExportDocument => (engine && atelier && view ? engine.combinedDocument(atelier, view, { names, koerskaarten }) : { title: "Leeratelier", blocks: [] });
  const printAs = (mode: "samen" | "deelnemers") => {
    setPrintMode(mode);
    setTimeout(() => window.print(), 50);
  };

  return { engine, ready, ateliers, atelier, reports, error, names, setNames, contrast, setContrast, projectie, setProjectie, printMode, drag, setDrag, say, region, prepare, rekentijd, view, save, onFiles, pick, remove, removeBijdrage, doc, printAs };
}
