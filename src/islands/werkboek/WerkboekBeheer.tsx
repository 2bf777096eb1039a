import { useEffect, useRef, useState } from "preact/hooks";
import type { Werkboek } from "../../schemas/werkboek.ts";
import { backupAdvice, copyWerkboek, createWerkboek, visieProgress } from "../../lib/werkboek/model.ts";
import { openStore, type DamagedRecord, type StoredWerkboek, type WerkboekStore } from "../../lib/werkboek/store.ts";
import { announceChange } from "../../lib/werkboek/session.ts";
import { exportJson } from "../browser/exportJson.ts";
import { ExportMenu } from "../ui/ExportMenu.tsx";
import type { WerkboekContext } from "../../lib/export/werkboek.ts";
import type { ExportDocument } from "../../lib/export/document.ts";
import { hasNotes } from "../../lib/export/staalkaartNotities.ts";
import { safeLocalStorage } from "../browser/localStore.ts";
import { openWerkboekChannel } from "../browser/channel.ts";
import { STORAGE_KEYS } from "../../lib/werkboek/storageKeys.ts";
import { ErrorList, FileField, TextInput } from "../ui/fields.tsx";
import { download } from "../browser/download.ts";
import { formatMegabytes } from "../../lib/getal.ts";
import { PrintDocument } from "../ui/PrintDocument.tsx";
import { printPart } from "../ui/worksheet.tsx";

/** The whole-werkboek document (every export module) loads when it is printed or exported, not with the page (ADR 0015). */
const werkboekDocument = async (w: Werkboek, context: WerkboekContext): Promise<ExportDocument> => (await import("../../lib/export/werkboek.ts")).werkboekDocument(w, context);

const dateTime = (iso: string) => new Date(iso).toLocaleString("nl-NL", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });
type Pending = { werkboek: Werkboek; existing: StoredWerkboek; note: string };

/** What the import changed on the way in, as sentences to add to the confirmation. */
const importNote = (r: { migratedFrom: number | null; warnings?: string[] | undefined }) =>
  (r.migratedFrom ? ` Het bestand kwam uit een oudere versie (${r.migratedFrom}) en is bijgewerkt.` : "") + (r.warnings ?? []).map((w) => ` ${w}`).join("");

export default function WerkboekBeheer({ context }: { context: WerkboekContext }) {
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

  if (error && !store) {
    return (
      <div class="rk-alert rk-alert--error" role="alert">
        <p>
          <strong>{error}</strong>
        </p>
        <p>Zonder opslag kun je de werkbladen wel invullen, maar alleen zolang de pagina openstaat. Download je werk dan als bestand.</p>
      </div>
    );
  }
  if (!store) return <p role="status">Je werkboeken worden geladen…</p>;

  const live = list.filter((w) => !w.deletedAt);
  const trash = list.filter((w) => w.deletedAt);

  return (
    <div class="rk-beheer">
      <div aria-live="polite">{message && <p class="rk-alert rk-alert--success">{message}</p>}</div>
      {error && (
        <p class="rk-alert rk-alert--error" role="alert">
          {error}
        </p>
      )}

      <section aria-labelledby="kop-veilig">
        <h2 id="kop-veilig">Hoe veilig is je werk?</h2>
        <ul>
          <li>
            {persisted === true && "Je browser heeft beloofd deze gegevens niet vanzelf op te ruimen (blijvende opslag staat aan)."}
            {persisted === false && "Je browser mag deze gegevens opruimen als de schijf vol raakt. Exporteer daarom regelmatig."}
            {persisted === null && "Onbekend of je browser deze gegevens blijvend bewaart. Exporteer daarom regelmatig."}
          </li>
          {usage && <li>Raadskompas gebruikt nu {usage} opslag in deze browser.</li>}
          <li>Je werk staat alleen op dit apparaat, in deze browser. Wis je de browsergegevens, dan is het weg. Een export is je reservekopie.</li>
        </ul>
      </section>

      <section aria-labelledby="kop-lijst">
        <h2 id="kop-lijst">Mijn werkboeken</h2>
        {live.length === 0 && <p>Je hebt nog geen werkboek. Maak er hieronder een, of open een werkblad: dan maakt Raadskompas er vanzelf een.</p>}
        <ul class="rk-werkboeken">
          {live.map((rec) => (
            <WerkboekItem
              key={rec.id}
              rec={rec}
              active={rec.id === active}
              context={context}
              onActivate={() => makeActive(rec.id, rec.werkboek.name)}
              onRename={(name) => run((s) => s.save({ ...rec.werkboek, name, updatedAt: new Date().toISOString() }, rec.revision))}
              onDuplicate={() => run((s) => s.create(copyWerkboek(rec.werkboek, `${rec.werkboek.name} (kopie)`)), `Kopie van "${rec.werkboek.name}" gemaakt.`)}
              onExported={(warning) => run((s) => s.markExported(rec.id), warning ?? undefined)}
              onPrint={() => void werkboekDocument(rec.werkboek, context).then(setPrinting)}
              onDelete={() =>
                run(async (s) => {
                  await s.softDelete(rec.id);
                  setUndo(rec);
                }, `"${rec.werkboek.name}" staat in de prullenbak.`)
              }
            />
          ))}
        </ul>
        {undo && (
          <p class="rk-alert" role="status">
            "{undo.werkboek.name}" is verwijderd.{" "}
            <button
              type="button"
              class="rk-button rk-button--small"
              onClick={() => {
                const id = undo.id;
                setUndo(null);
                void run((s) => s.restore(id), `"${undo.werkboek.name}" is teruggezet.`);
              }}
            >
              Ongedaan maken
            </button>
          </p>
        )}
        <form
          class="rk-worksheet__actions"
          onSubmit={(e) => {
            e.preventDefault();
            const name = newName.trim() || "Nieuw werkboek";
            const w = createWerkboek(name);
            setNewName("");
            void run((s) => s.create(w), `Werkboek "${name}" gemaakt.`);
          }}
        >
          <TextInput id="nieuw-werkboek" label="Naam van een nieuw werkboek" hint="Bijvoorbeeld: fractie, of dialoogavond maart" value={newName} max={120} onInput={setNewName} />
          <div>
            <button type="submit" class="rk-button">
              Nieuw werkboek maken
            </button>
          </div>
        </form>
      </section>

      <NotesOverview werkboek={live.find((w) => w.id === active)?.werkboek} context={context} />

      <section aria-labelledby="kop-import">
        <h2 id="kop-import">Werkboek importeren</h2>
        <p>Open een bestand dat eindigt op <code>.raadskompas.json</code>. Raadskompas controleert het eerst. Bij een fout verandert er niets aan je werkboeken.</p>
        <FileField id="import-bestand" label="Kies een bestand" accept=".json,application/json" onFile={(f) => void onImport(f)} />
        <div aria-live="polite">
          {importMessage && (
            <p class="rk-alert rk-alert--success" tabIndex={-1} ref={importMessageRef}>
              {importMessage} Je vindt het bij <a href="#kop-lijst">Mijn werkboeken</a>.
            </p>
          )}
        </div>
        <ErrorList
          lead={
            <>
              <strong>Dit bestand is niet geïmporteerd.</strong> Je werkboeken zijn niet veranderd.
            </>
          }
          errors={importErrors}
        />
        {pending && (
          <div class="rk-alert rk-alert--warning" role="alert">
            <p>
              Je hebt al een werkboek "{pending.existing.werkboek.name}" (laatst gewijzigd {dateTime(pending.existing.werkboek.updatedAt)}). Het bestand bevat een versie van {dateTime(pending.werkboek.updatedAt)}.
              Wat wil je doen?
            </p>
            <div class="rk-worksheet__actions">
              <button type="button" class="rk-button" onClick={() => void resolveImport("beide")}>
                Beide bewaren
              </button>
              <button type="button" class="rk-button rk-button--secondary" onClick={() => void resolveImport("vervangen")}>
                Vervangen door het bestand
              </button>
              <button type="button" class="rk-button rk-button--secondary" onClick={() => setPending(null)}>
                Annuleren
              </button>
            </div>
          </div>
        )}
      </section>

      {trash.length > 0 && (
        <section aria-labelledby="kop-prullenbak">
          <h2 id="kop-prullenbak">Prullenbak</h2>
          <ul>
            {trash.map((rec) => (
              <li key={rec.id}>
                {rec.werkboek.name} (verwijderd {rec.deletedAt ? dateTime(rec.deletedAt) : ""}){" "}
                <button type="button" class="rk-button rk-button--small rk-button--secondary" onClick={() => void run((s) => s.restore(rec.id), `"${rec.werkboek.name}" is teruggezet.`)}>
                  Terugzetten
                </button>{" "}
                <button
                  type="button"
                  class="rk-button rk-button--small rk-button--danger"
                  onClick={() => {
                    if (window.confirm(`"${rec.werkboek.name}" definitief verwijderen? Dit kun je niet ongedaan maken.`)) void run((s) => s.purge(rec.id), `"${rec.werkboek.name}" is definitief verwijderd.`);
                  }}
                >
                  Definitief verwijderen
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {damaged.length > 0 && (
        <section aria-labelledby="kop-beschadigd">
          <h2 id="kop-beschadigd">Beschadigde gegevens</h2>
          <p>Deze gegevens kon Raadskompas niet lezen. Ze zijn niet weggegooid. Download ze en vraag je griffie om hulp.</p>
          <ul>
            {damaged.map((d) => (
              <li key={d.id}>
                {d.id}: {d.problem}{" "}
                <button type="button" class="rk-button rk-button--small rk-button--secondary" onClick={() => download(`beschadigd-${d.id}.json`, JSON.stringify(d.raw, null, 2), "application/json")}>
                  Download ruwe gegevens
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {printing && <PrintDocument doc={printing} />}
    </div>
  );
}

function WerkboekItem(props: {
  rec: StoredWerkboek;
  context: WerkboekContext;
  active: boolean;
  onActivate: () => void;
  onRename: (name: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
  /** `warning`: the werkboek nears the size limit (see io.ts). */
  onExported: (warning: string | null) => void;
  onPrint: () => void;
}) {
  const { rec, active } = props;
  const [name, setName] = useState(rec.werkboek.name);
  useEffect(() => setName(rec.werkboek.name), [rec.werkboek.name]);
  const p = visieProgress(rec.werkboek);
  const stepsDone = Object.values(p).filter((x) => x >= 1).length;
  const advice = backupAdvice(rec);
  return (
    <li class={`rk-worksheet__item${active ? " rk-worksheet__item--active" : ""}`} data-werkboek={rec.werkboek.name}>
      <h3>
        {rec.werkboek.name} {active && <span class="rk-tag">actief</span>}
      </h3>
      <p class="rk-field__hint">
        Laatst gewijzigd {dateTime(rec.werkboek.updatedAt)} · visie: {stepsDone} van 5 onderdelen klaar · waardemodel: {rec.werkboek.waardemodellen.length}{" "}
        {rec.werkboek.waardemodellen.length === 1 ? "vraag" : "vragen"} · cijfers duiden: {rec.werkboek.duiden.length}{" "}
        {rec.werkboek.duiden.length === 1 ? "werkblad" : "werkbladen"} · getoetste voorstellen: {rec.werkboek.toetsen.length} ·{" "}
        {rec.exportedAt ? `laatste export ${dateTime(rec.exportedAt)}` : "nog nooit geëxporteerd"}
      </p>
      {advice && <p class="rk-alert rk-alert--warning">{advice}</p>}
      <form
        class="rk-worksheet__actions"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() && name.trim() !== rec.werkboek.name) props.onRename(name.trim());
        }}
      >
        <TextInput id={`naam-${rec.id}`} label={`Naam van werkboek ${rec.werkboek.name}`} value={name} max={120} onInput={setName} />
        <div>
          <button type="submit" class="rk-button rk-button--secondary rk-button--small">
            Naam wijzigen
          </button>
        </div>
      </form>
      <div class="rk-worksheet__actions">
        {!active && (
          <button type="button" class="rk-button rk-button--small" onClick={props.onActivate}>
            Hierin werken
          </button>
        )}
        <a class="rk-button rk-button--secondary rk-button--small" href={`/visie/?werkboek=${encodeURIComponent(rec.id)}`}>
          Open visie
        </a>
        <button type="button" class="rk-button rk-button--secondary rk-button--small" onClick={props.onDuplicate}>
          Dupliceren
        </button>
        <button type="button" class="rk-button rk-button--danger rk-button--small" onClick={props.onDelete}>
          Verwijderen
        </button>
      </div>
      <ExportMenu
        werkboek={rec.werkboek}
        build={() => werkboekDocument(rec.werkboek, props.context)}
        onPrint={props.onPrint}
        onExportJson={() => {
          void exportJson(rec.werkboek).then(props.onExported);
        }}
      />
    </li>
  );
}

/** All staalkaart notes of the active werkboek together, linking back to each staalkaart. */
function NotesOverview({ werkboek, context }: { werkboek: Werkboek | undefined; context: WerkboekContext }) {
  if (!werkboek) return null;
  const withNotes = context.staalkaarten.filter((s) => hasNotes(werkboek.staalkaartNotities[s.id]));
  return (
    <section aria-labelledby="kop-notities">
      <h2 id="kop-notities">Notities bij de staalkaarten</h2>
      {withNotes.length === 0 ? (
        <p>
          In "{werkboek.name}" staan nog geen notities bij de staalkaarten. Op elke <a href="/kennis/staalkaarten/">staalkaart</a> kun je per taak van de raad bijhouden hoe
          het ervoor staat.
        </p>
      ) : (
        withNotes.map((s) => {
          const n = werkboek.staalkaartNotities[s.id];
          if (!n) return null;
          return (
            <div class="rk-worksheet__item" key={s.id} data-notities={s.id}>
              <h3>
                <a href={`/kennis/staalkaarten/${s.id}/#mijn-notities`}>{s.shortName}</a>
              </h3>
              <ul>
                {s.tasks.map((t) => {
                  const tn = n.taken[t.id];
                  if (!tn || [tn.vastgesteldOp, tn.evaluatieGepland, tn.openVragen, tn.notities].every((x) => x.trim() === "")) return null;
                  const parts = [
                    tn.vastgesteldOp && `vastgesteld op ${tn.vastgesteldOp}`,
                    tn.evaluatieGepland && `evaluatie gepland: ${tn.evaluatieGepland}`,
                    tn.openVragen && `open vragen: ${tn.openVragen}`,
                    tn.notities && `notities: ${tn.notities}`,
                  ].filter(Boolean);
                  return (
                    <li key={t.id}>
                      <strong>{t.title}</strong>: {parts.join(" · ")}
                    </li>
                  );
                })}
              </ul>
              {n.notities.trim() && <p>Notities: {n.notities}</p>}
              {n.vragenCollege.trim() && <p>Vragen voor het college: {n.vragenCollege}</p>}
            </div>
          );
        })
      )}
    </section>
  );
}
