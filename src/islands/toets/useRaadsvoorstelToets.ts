import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import pdfWorkerSrc from "pdfjs-dist/build/pdf.worker.min.mjs?url";
import type { Toets, ToetsStatus } from "../../schemas/toets.ts";
import type { Visie } from "../../schemas/visie.ts";
import type { ToetsThesaurus } from "../../schemas/toetsThesaurus.ts";
import type { Werkboek } from "../../schemas/werkboek.ts";
import type { Analyse, CriteriumId } from "../../lib/raadsvoorstel/types.ts";
import { evidenceMarks } from "../../lib/raadsvoorstel/marks.ts";
import { refreshToets, toetsFromAnalyse } from "../../lib/raadsvoorstel/toets.ts";
import { newId } from "../../lib/ids.ts";
import { type CriteriumInfo } from "../../lib/export/memo.ts";
import { analyseInWorker, isLatest } from "../browser/toetsClient.ts";
import { extractFile } from "../browser/extractClient.ts";
import { useWerkboek } from "../ui/useWerkboek.ts";
import { focusSoon, useAnnouncer } from "../ui/worksheet.tsx";
import { formatGetal } from "../../lib/getal.ts";
import { MAX_TOETS_TEXT_CHARS } from "../../vocabulary/limits.ts";

/** Same cap as the saved toets (src/schemas/toets.ts). */
export const MIN_TEXT = 40;
type VisieBron = { kind: "werkboek" } | { kind: "bestand"; name: string; visie: Visie } | { kind: "geen" };

/** Visie counts as usable when it has anything to look for. */
export const hasVisie = (v: Visie | null | undefined) => !!v && v.waarden.length + v.principes.length + v.resultaten.length > 0;

/**
 * The state of the raadsvoorstel-toets, without JSX: the toets being edited, the text and its analysis
 * in the worker, the file readers and the visie the toetsstenen come from. RaadsvoorstelToets renders it.
 */
export function useRaadsvoorstelToets({ criteria, thesaurus }: { criteria: CriteriumInfo[]; thesaurus?: ToetsThesaurus | undefined }) {
  const { state, update, resolveConflict } = useWerkboek();
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [text, setText] = useState("");
  const [analyse, setAnalyse] = useState<Analyse | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fileBusy, setFileBusy] = useState(false);
  const [bron, setBron] = useState<VisieBron>({ kind: "werkboek" });
  const [visieErrors, setVisieErrors] = useState<string[]>([]);
  const { say, region } = useAnnouncer();
  const started = useRef(false);
  // The latest werkboek, for callbacks that outlive a render (the worker's answer).
  const latest = useRef<Werkboek | null>(null);
  const currentRef = useRef<string | null>(null);
  currentRef.current = currentId;

  const werkboek = state.kind === "klaar" ? state.werkboek : null;
  latest.current = werkboek;
  const toets = werkboek?.toetsen.find((t) => t.id === currentId) ?? null;
  const visie: Visie | null = bron.kind === "bestand" ? bron.visie : bron.kind === "werkboek" && hasVisie(werkboek?.visie) ? (werkboek?.visie ?? null) : null;


  // Open the toets named in the URL (e.g. after a reload), once the werkboek is there.
  useEffect(() => {
    if (!werkboek || started.current) return;
    started.current = true;
    const id = new URLSearchParams(window.location.search).get("toets");
    const t = id ? werkboek.toetsen.find((x) => x.id === id) : undefined;
    if (t) open(t);
  }, [werkboek]);

  const remember = (id: string | null) => {
    setCurrentId(id);
    const url = new URL(window.location.href);
    if (id) url.searchParams.set("toets", id);
    else url.searchParams.delete("toets");
    window.history.replaceState(null, "", url);
  };

  const run = (value: string, forId: string | null, v: Visie | null) => {
    if (value.trim().length < MIN_TEXT || value.length > MAX_TOETS_TEXT_CHARS) {
      setAnalyse(null);
      return;
    }
    setBusy(true);
    void analyseInWorker(value, v, thesaurus).then((r) => {
      if (!isLatest(r)) return;
      setBusy(false);
      if ("error" in r) {
        setError(`De analyse is mislukt: ${r.error}`);
        return;
      }
      setError(null);
      setAnalyse(r.analyse);
      say(`Analyse klaar: ${r.analyse.criteria.filter((c) => c.status === "aanwezig").length} van ${r.analyse.criteria.length} criteria aanwezig.`);
      const existing = forId ? latest.current?.toetsen.find((t) => t.id === forId) : undefined;
      if (existing) {
        // Opening a saved toets only shows it; only an edited text changes what is stored.
        if (existing.text !== value) update((w) => ({ ...w, toetsen: w.toetsen.map((t) => (t.id === existing.id ? refreshToets(t, value, r.analyse, new Date().toISOString()) : t)) }));
      } else {
        const t = toetsFromAnalyse({ id: newId("t"), text: value, analyse: r.analyse, now: new Date().toISOString(), vragen: r.vragen });
        update((w) => ({ ...w, toetsen: [t, ...w.toetsen] }));
        remember(t.id);
      }
    });
  };

  // Re-analyse after typing stops; the worker keeps the page responsive meanwhile.
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onText = (value: string) => {
    setText(value);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => run(value, currentRef.current, visie), 400);
  };

  function open(t: Toets) {
    remember(t.id);
    setText(t.text);
    setAnalyse(null);
    run(t.text, t.id, visie);
    setTimeout(() => document.getElementById("toets-resultaat")?.focus(), 50);
  }

  const startNew = () => {
    remember(null);
    setText("");
    setAnalyse(null);
    setError(null);
    focusSoon("voorstel-tekst");
  };

  const onFile = async (file: File) => {
    setError(null);
    setFileBusy(true);
    try {
      const value = await extractFile(file, pdfWorkerSrc);
      remember(null);
      setText(value);
      say(`${file.name} is gelezen: ${formatGetal(value.length)} tekens.`);
      run(value, null, visie);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setFileBusy(false);
    }
  };

  const onVisieFile = async (file: File) => {
    setVisieErrors([]);
    const { readWerkboekFile } = await import("../../lib/werkboek/importFile.ts");
    const r = await readWerkboekFile(file);
    if (!r.ok) {
      setVisieErrors(r.errors);
      return;
    }
    if (!hasVisie(r.werkboek.visie)) {
      setVisieErrors(["Dit werkboek heeft nog geen waarden, leidende principes of resultaten."]);
      return;
    }
    setBron({ kind: "bestand", name: r.werkboek.name, visie: r.werkboek.visie });
    run(text, currentId, r.werkboek.visie);
  };

  const setToets = (edit: (t: Toets) => Toets) =>
    update((w) => ({ ...w, toetsen: w.toetsen.map((t) => (t.id === currentId ? { ...edit(t), updatedAt: new Date().toISOString() } : t)) }));

  const setCriterionStatus = (id: CriteriumId, status: ToetsStatus) =>
    setToets((t) => {
      const info = criteria.find((c) => c.id === id);
      let vragen = t.vragen;
      // Not met → a draft question appears; met → the untouched drafts for it go.
      if (status !== "aanwezig" && !vragen.some((v) => v.criterionId === id) && info) vragen = [...vragen, { id: newId("v"), text: info.question, criterionId: id }];
      if (status === "aanwezig") vragen = vragen.filter((v) => v.criterionId !== id || v.text !== info?.question);
      return { ...t, criteria: t.criteria.map((c) => (c.id === id ? { ...c, status } : c)), vragen };
    });

  // Before the early return: hooks run on every render. The marks only change with a new analysis.
  const marked = useMemo(() => (analyse ? evidenceMarks(analyse) : null), [analyse]);

  return { state, update, resolveConflict, currentId, text, analyse, busy, error, fileBusy, bron, setBron, visieErrors, say, region, werkboek, toets, visie, run, onText, open, startNew, onFile, onVisieFile, setToets, setCriterionStatus, marked };
}
