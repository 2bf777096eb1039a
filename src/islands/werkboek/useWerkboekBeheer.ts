import { useEffect, useRef, useState } from "preact/hooks";
import type { Werkboek } from "../../schemas/werkboek.ts";
import { copyWerkboek } from "../../lib/werkboek/model.ts";
import { openStore, type DamagedRecord, type StoredWerkboek, type WerkboekStore } from "../../lib/werkboek/store.ts";
import { announceChange } from "../../lib/werkboek/session.ts";
import type { ExportDocument } from "../../lib/export/document.ts";
import type { WerkboekContext } from "../../lib/export/werkboek.ts";
import { safeLocalStorage } from "../browser/localStore.ts";
import { openWerkboekChannel } from "../browser/channel.ts";
import { STORAGE_KEYS } from "../../lib/werkboek/storageKeys.ts";
import { formatMegabytes } from "../../lib/getal.ts";
import { printPart } from "../ui/worksheet.tsx";


type Pending = { werkboek: Werkboek; existing: StoredWerkboek; note: string };

/** What the import changed on the way in, as sentences to add to the confirmation. */
const importNote = (r: { migratedFrom: number | null; warnings?: string[] | undefined }) =>
  (r.migratedFrom ? ` Het bestand kwam uit een oudere versie (${r.migratedFrom}) en is bijgewerkt.` : "") + (r.warnings ?? []).map((w) => ` ${w}`).join("");

/** The whole-werkboek document (every export module) loads when it is printed or exported, not with the page (ADR 0015). */
export const werkboekDocument = async (w: Werkboek, context: WerkboekContext): Promise<ExportDocument> => (await import("../../lib/export/werkboek.ts")).werkboekDocument(w, context);
export const dateTime = (iso: string) => new Date(iso).toLocaleString("nl-NL", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });

/**
 * The state of the werkboek page, without JSX: the stored werkboeken, the active one, import with its
 * choice "vervangen of beide bewaren", and what changed for the other tabs. WerkboekBeheer renders it.
 */
export function useWerkboekBeheer() {
  const [store, setStore] = useState<WerkboekStore | null>(null);
  const [list, setList] = useState<StoredWerkboek[]>([]);
  const [damaged, setDamaged] = useState<DamagedRecord[]>([]);
  const [active, setActive] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const [message, setMessage] = useState<string>("");
  // The outcome of an import, shown next to the file field (where the user is, also on a phone) and focused.
  const [importMessage, setImportMessage] = useState<string>("");
  const importMessageRef = useRef<HTMLParagraphElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [undo, setUndo] = useState<StoredWerkboek | null>(null);
  const [newName, setNewName] = useState("");
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [usage, setUsage] = useState<string | null>(null);
  // The werkboek being printed: rendered as one document (the same as Markdown and Word), then printed.
  const [printing, setPrinting] = useState<ExportDocument | null>(null);
  // Tells worksheet tabs that a werkboek changed here (renamed, replaced, restored), so they reload it.
  const channel = useRef<BroadcastChannel | null>(null);

  const refresh = async (s = store) => {
    if (!s) return;
    const r = await s.list();
    setList(r.werkboeken);
    setDamaged(r.damaged);
    setActive(safeLocalStorage()?.getItem(STORAGE_KEYS.active) ?? r.werkboeken.find((w) => !w.deletedAt)?.id ?? null);
  };

  useEffect(() => {
    openStore()
      .then(async (s) => {
        setStore(s);
        await refresh(s);
        channel.current = openWerkboekChannel();
        channel.current?.addEventListener("message", () => void refresh(s));
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    navigator.storage?.persisted?.().then(setPersisted).catch(() => setPersisted(null));
    navigator.storage
      ?.estimate?.()
      .then((e) => e.usage !== undefined && setUsage(formatMegabytes(e.usage)))
      .catch(() => undefined);
    return () => channel.current?.close();
  }, []);

  useEffect(() => {
    if (printing) printPart(() => setPrinting(null));
  }, [printing]);

  const run = async (fn: (s: WerkboekStore) => Promise<unknown>, done?: string, where: "lijst" | "import" = "lijst") => {
    if (!store) return;
    try {
      const result = await fn(store);
      if (done && where === "import") {
        setImportMessage(done);
        setTimeout(() => importMessageRef.current?.focus(), 0);
      } else if (done) setMessage(done);
      await refresh();
      const rec = result as Partial<StoredWerkboek> | undefined;
      if (rec?.id && typeof rec.revision === "number") announceChange(channel.current, { id: rec.id, revision: rec.revision });
    } catch (e) {
      setMessage("");
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const makeActive = (id: string, name: string) => {
    safeLocalStorage()?.setItem(STORAGE_KEYS.active, id);
    setActive(id);
    setMessage(`Je werkt nu in "${name}". De werkbladen gebruiken dit werkboek.`);
  };

  const onImport = async (file: File) => {
    setImportErrors([]);
    setMessage("");
    setImportMessage("");
    const { readWerkboekFile } = await import("../../lib/werkboek/importFile.ts");
    const result = await readWerkboekFile(file);
    if (!result.ok) {
      setImportErrors(result.errors);
      return;
    }
    const existing = list.find((w) => w.id === result.werkboek.id);
    if (existing) {
      setPending({ werkboek: result.werkboek, existing, note: importNote(result) });
      return;
    }
    await run((s) => s.create(result.werkboek), `"${result.werkboek.name}" is geïmporteerd.${importNote(result)}`, "import");
  };

  // Whichever way the user settles a clash, the file's warnings (old version, repaired ids) still apply.
  const resolveImport = async (choice: "vervangen" | "beide") => {
    if (!pending) return;
    const { werkboek, note } = pending;
    setPending(null);
    if (choice === "vervangen") await run((s) => s.replace(werkboek), `"${werkboek.name}" is vervangen door de versie uit het bestand.${note}`, "import");
    else await run((s) => s.create(copyWerkboek(werkboek, `${werkboek.name} (geïmporteerd)`)), `Beide versies zijn bewaard. De import heet "${werkboek.name} (geïmporteerd)".${note}`, "import");
  };

  return { store, list, damaged, active, error, importErrors, message, importMessage, importMessageRef, pending, setPending, undo, setUndo, newName, setNewName, persisted, usage, printing, setPrinting, run, makeActive, onImport, resolveImport };
}
