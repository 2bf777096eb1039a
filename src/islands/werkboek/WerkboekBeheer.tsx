import { copyWerkboek, createWerkboek } from "../../lib/werkboek/model.ts";
import type { WerkboekContext } from "../../lib/export/werkboek.ts";
import { ErrorList, FileField, TextInput } from "../ui/fields.tsx";
import { download } from "../browser/download.ts";
import { PrintDocument } from "../ui/PrintDocument.tsx";
import { dateTime, useWerkboekBeheer, werkboekDocument } from "./useWerkboekBeheer.ts";
import { WerkboekItem, NotesOverview } from "./WerkboekItem.tsx";
export default function WerkboekBeheer({ context }: { context: WerkboekContext }) {
  const { store, list, damaged, active, error, importErrors, message, importMessage, importMessageRef, pending, setPending, undo, setUndo, newName, setNewName, persisted, usage, printing, setPrinting, run, makeActive, onImport, resolveImport } = useWerkboekBeheer();
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

