import { tidy } from "../../lib/export/document.ts";
import { formatDatum, isDatum } from "../../lib/sturing/datum.ts";
import { ExportMenu } from "../ui/ExportMenu.tsx";
import { DocumentBlocks, PrintDocument } from "../ui/PrintDocument.tsx";
import { download } from "../browser/download.ts";
import { Projectiestand } from "./Projectiestand.tsx";
import { useLeeratelier } from "./useLeeratelier.ts";
import { Vastleggen } from "./Vastleggen.tsx";
import { CombinedSections } from "./CombinedSections.tsx";
import type { KoerskaartLabels } from "../../schemas/koerskaartGids.ts";
import { KoerskaartenSamen } from "./KoerskaartenSamen.tsx";

/** The griffier's page: drop files, see the combined view, project it, print it, and record the raadsvisie. */
export default function LeerateliersSamen({ koerskaarten = [] }: { koerskaarten?: KoerskaartLabels[] }) {
  const { engine, ready, ateliers, atelier, reports, error, names, setNames, contrast, setContrast, projectie, setProjectie, printMode, drag, setDrag, say, region, prepare, rekentijd, view, onFiles, pick, remove, removeBijdrage, doc, printAs } = useLeeratelier(koerskaarten);
  if (!ready) return <p role="status">Het leeratelier wordt geladen…</p>;

  return (
    <div class="rk-worksheet">
      {region}
      {error && (
        <p class="rk-alert rk-alert--error" role="alert">
          {error}
        </p>
      )}
      <section aria-labelledby="kop-ophalen" class="rk-no-print">
        <h2 id="kop-ophalen">Bestanden ophalen</h2>
        {ateliers.length > 1 && (
          <div class="rk-field">
            <label class="rk-field__label" for="atelier-kies">
              Opgeslagen leerateliers
            </label>
            <select id="atelier-kies" class="rk-select" value={atelier?.id ?? ""} onChange={(e) => pick(e.currentTarget.value)}>
              {ateliers.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.bijeenkomst.title} ({a.bijdragen.length} bijdragen)
                </option>
              ))}
            </select>
          </div>
        )}
        <div
          class={`rk-dropzone${drag ? " rk-dropzone--active" : ""}`}
          onDragEnter={prepare}
          onPointerDown={prepare}
          onFocusIn={prepare}
          onDragOver={(e) => {
            e.preventDefault();
            setDrag(true);
          }}
          onDragLeave={() => setDrag(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDrag(false);
            if (e.dataTransfer?.files) void onFiles(e.dataTransfer.files);
          }}
        >
          <p>Sleep hier de bestanden van de raadsleden naartoe: bijdragen, hele werkboeken (.raadskompas.json) en het bestand van de bijeenkomst. Je mag er veel tegelijk kiezen.</p>
          <label class="rk-field__label" for="ophalen-bestanden">
            Kies bestanden
          </label>
          <input
            id="ophalen-bestanden"
            class="rk-input"
            type="file"
            multiple
            accept=".json,application/json"
            onChange={(e) => {
              const files = e.currentTarget.files;
              if (files) void onFiles(Array.from(files));
              e.currentTarget.value = "";
            }}
          />
        </div>
        {reports.length > 0 && (
          <div role="status">
            <h3>Wat er met de bestanden gebeurde</h3>
            {rekentijd !== null && (
              <p class="rk-field__hint" data-testid="rekentijd" data-ms={rekentijd}>
                Ingelezen en samengevoegd in {rekentijd} ms.
              </p>
            )}
            <ul class="rk-filereports">
              {reports.map((r, i) => (
                <li key={i} class={r.ok ? "" : "rk-filereports--fout"}>
                  {r.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      {!atelier && <p>Er is nog geen leeratelier in deze browser. Kies hierboven de bestanden van de bijeenkomst.</p>}
      {!atelier && (
        // On paper an empty page still says what it is for, instead of printing only its title.
        <div class="rk-print-only rk-print-document">
          <h1>Bijdragen samenbrengen</h1>
          <p>
            Hier breng je de bijdragen van de raadsleden samen. Zet eerst de bestanden van de bijeenkomst in deze browser. Daarna kun je het overzicht en per
            deelnemer een pagina afdrukken.
          </p>
        </div>
      )}

      {atelier && view && engine && (
        <>
          <section aria-labelledby="kop-samen">
            <h2 id="kop-samen" class="rk-no-print">
              Samen bekijken: {atelier.bijeenkomst.title}
            </h2>
            <div class="rk-no-print">
              <p data-testid="aantal-bijdragen">
                <strong>{view.deelnemers}</strong> {view.deelnemers === 1 ? "bijdrage" : "bijdragen"}
                {isDatum(atelier.bijeenkomst.date) ? ` · ${formatDatum(atelier.bijeenkomst.date)}` : ""}
              </p>
              <details>
                <summary>Bijdragen beheren</summary>
                <ul>
                  {atelier.bijdragen.map((b) => (
                    <li key={b.id}>
                      {b.naam}
                      {b.fractie ? ` (${b.fractie})` : ""}{" "}
                      <button type="button" class="rk-button rk-button--small rk-button--secondary" onClick={() => removeBijdrage(b.id)}>
                        Verwijder bijdrage van {b.naam}
                      </button>
                    </li>
                  ))}
                </ul>
                <button type="button" class="rk-button rk-button--small rk-button--danger" onClick={() => void remove(atelier.id)}>
                  Dit leeratelier verwijderen
                </button>
              </details>
              <fieldset class="rk-fieldset rk-fieldset--inline">
                <legend class="rk-fieldset__legend">Weergave</legend>
                <label class="rk-radio">
                  <input type="checkbox" checked={names} onChange={(e) => setNames(e.currentTarget.checked)} /> Namen tonen
                </label>
                <label class="rk-radio">
                  <input type="checkbox" checked={contrast} onChange={(e) => setContrast(e.currentTarget.checked)} /> Hoog contrast in de projectiestand
                </label>
              </fieldset>
              <div class="rk-worksheet__actions">
                <button type="button" class="rk-button" onClick={() => setProjectie(true)}>
                  Projectiestand starten
                </button>
                <button type="button" class="rk-button rk-button--secondary" onClick={() => printAs("samen")}>
                  Hand-out afdrukken
                </button>
                <button type="button" class="rk-button rk-button--secondary" onClick={() => printAs("deelnemers")}>
                  Eén pagina per deelnemer afdrukken
                </button>
              </div>
            </div>
            <CombinedSections view={view} names={names} />
            <KoerskaartenSamen weergave={engine.koerskaartWeergave(view.koerskaarten, koerskaarten)} names={names} />
          </section>

          <section aria-labelledby="kop-export" class="rk-no-print">
            <h2 id="kop-export">Exporteren</h2>
            <ExportMenu werkboek={{ name: atelier.bijeenkomst.title }} build={doc} />
            <div class="rk-worksheet__actions">
              <button type="button" class="rk-button rk-button--secondary rk-button--small" onClick={() => download(`${engine.atelierFileName(atelier).replace(/\.raadskompas-leeratelier\.json$/, "")}.csv`, "\uFEFF" + engine.toCsv(atelier, view, { names }), "text/csv;charset=utf-8")}>
                CSV (.csv)
              </button>
              <button type="button" class="rk-button rk-button--secondary rk-button--small" onClick={() => download(engine.atelierFileName(atelier), JSON.stringify(atelier, null, 2) + "\n", "application/json")}>
                Leeratelier bewaren als bestand
              </button>
            </div>
            <details>
              <summary>Datakaart bij de CSV</summary>
              <div class="rk-table-scroll">
                <DocumentBlocks blocks={engine.dataCardBlocks({ names }).slice(1)} />
              </div>
            </details>
          </section>

          <Vastleggen key={atelier.id} engine={engine} atelier={atelier} view={view} say={say} />

          {printMode === "samen" ? (
            <PrintDocument doc={doc()} />
          ) : (
            <div class="rk-print-only rk-print-document">
              <h1>{atelier.bijeenkomst.title}: per deelnemer</h1>
              {engine.participantPages(atelier, { names }).map((p) => (
                <div key={p.id} class="rk-print-participant">
                  <DocumentBlocks blocks={tidy({ title: "", blocks: p.blocks }).blocks} />
                </div>
              ))}
            </div>
          )}
          {projectie && <Projectiestand atelier={atelier} view={view} names={names} contrast={contrast} onClose={() => setProjectie(false)} />}
        </>
      )}
    </div>
  );
}

