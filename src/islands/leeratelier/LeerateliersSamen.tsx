import { useEffect, useMemo, useState } from "preact/hooks";
import type { Atelier } from "../../schemas/atelier.ts";
import type { CombinedView } from "../../lib/leeratelier/combine.ts";
import type { RaadsvisieKeuze } from "../../lib/leeratelier/export.ts";
import type { FileReport } from "../../lib/leeratelier/files.ts";
import type { Resultaat } from "../../schemas/visie.ts";
import { tidy, type ExportDocument } from "../../lib/export/document.ts";
import { percent } from "../../lib/leeratelier/agreement.ts";
import { formatGetal } from "../../lib/getal.ts";
import { formatDatum, isDatum } from "../../lib/sturing/datum.ts";
import { aantalPersonen, namenSuffix } from "../../lib/leeratelier/namen.ts";
import { ExportMenu } from "../ui/ExportMenu.tsx";
import { DocumentBlocks, PrintDocument } from "../ui/PrintDocument.tsx";
import { download } from "../browser/download.ts";
import { exportJson } from "../browser/exportJson.ts";
import { useAnnouncer } from "../ui/worksheet.tsx";
import { BarLegend, CountBar, DivergingBar, agreementText } from "./charts.tsx";
import { SCHAAL, VRAAGSOORTEN, groepen, schattingUitleg, verdelingGetallen } from "../../lib/leeratelier/vraagsoort.ts";
import { Projectiestand } from "./Projectiestand.tsx";
import { hasStoredAteliers } from "../../lib/leeratelier/storedAteliers.ts";

type Engine = typeof import("../../lib/leeratelier/index.ts");

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

/** The griffier's page: drop files, see the combined view, project it, print it, and record the raadsvisie. */
export default function LeerateliersSamen() {
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

  async function save(next: Atelier, e = engine) {
    if (!e) return;
    try {
      const store = await e.openAtelierStore();
      await store.put(next);
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
        unreadable.push({ file: f.name, ok: false, message: "Dit bestand kon niet worden gelezen." });
      }
    }
    // Reading, validating and combining are timed together: the figure the 1-second budget is about.
    // Combined even when every file was refused, so the figure always includes the combine.
    const t0 = performance.now();
    const { atelier: next, reports: r } = e.addFiles(atelier, files);
    if (next) combineFresh(e, next);
    setRekentijd(Math.round(performance.now() - t0));
    const all = [...r, ...unreadable];
    setReports(all);
    const ok = all.filter((x) => x.ok).length;
    say(`${ok} van ${all.length} bestanden gelezen.${all.length > ok ? ` ${all.length - ok} niet: zie de meldingen.` : ""}`);
    if (next && next !== atelier) {
      setAtelier(next);
      await save(next, e);
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
    void save(next);
    say("Bijdrage verwijderd.");
  }

  const doc = (): ExportDocument => (engine && atelier && view ? engine.combinedDocument(atelier, view, { names }) : { title: "Leeratelier", blocks: [] });
  const printAs = (mode: "samen" | "deelnemers") => {
    setPrintMode(mode);
    setTimeout(() => window.print(), 50);
  };

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
                  <strong>{r.file}</strong>: {r.ok ? "" : "niet gelezen. "}
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

/** The combined view on screen: every chart with its numbers in a table. */
function CombinedSections({ view, names }: { view: CombinedView; names: boolean }) {
  const maxCount = Math.max(1, ...view.waarden.map((w) => w.count));
  return (
    <div class="rk-no-print" data-testid="samen-weergave">
      <h3 id="samen-waarden">Maatschappelijke waarden</h3>
      {view.waarden.length === 0 ? (
        <p>Nog geen waarden in de bijdragen.</p>
      ) : (
        <>
          <p>
            Top 3: {view.top3.map((w, i) => `${i + 1}. ${w.label} (${w.count})`).join(" · ")}
          </p>
          <div class="rk-table-scroll">
            <table data-testid="tabel-waarden">
              <caption class="rk-visually-hidden">Waarden met het aantal personen dat ze noemde; schrijfwijzen samengenomen.</caption>
              <thead>
                <tr>
                  <th scope="col">Waarde</th>
                  <th scope="col">Genoemd door</th>
                  <th scope="col">In top 3</th>
                  <th scope="col">Schrijfwijzen</th>
                </tr>
              </thead>
              <tbody>
                {view.waarden.map((w) => (
                  <tr key={w.key}>
                    <th scope="row">{w.label}</th>
                    <td>
                      <CountBar value={w.count} max={maxCount} label={String(w.count)} />
                    </td>
                    <td>{w.topCount}</td>
                    <td>{w.variants.join(", ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {view.waarden
            .filter((w) => w.meanings.length > 0)
            .slice(0, 8)
            .map((w) => (
              <details key={w.key}>
                <summary>
                  Wat {w.label} betekent ({w.meanings.length})
                </summary>
                <ul class="rk-side-by-side">
                  {w.meanings.map((m, i) => (
                    <li key={i}>
                      {m.text}
                      {names ? <span class="rk-field__hint">{m.naam}</span> : null}
                    </li>
                  ))}
                </ul>
              </details>
            ))}
        </>
      )}

      {VRAAGSOORTEN.map((soort) => {
        const list = view.stellingen.filter((s) => s.soort === soort);
        if (list.length === 0) return null;
        const g = groepen(soort);
        return (
          <div key={soort} data-vraagsoort={soort}>
            <h3 id={`samen-stellingen-${soort}`}>{SCHAAL[soort].kop}</h3>
            <p class="rk-field__hint">Gevraagd: {SCHAAL[soort].ankers}.</p>
            <BarLegend soort={soort} />
            <div class="rk-table-scroll">
              <table data-testid="tabel-stellingen">
                <caption class="rk-visually-hidden">Per stelling: aantal, mediaan, spreiding, verdeling en {SCHAAL[soort].schatting.toLowerCase()}.</caption>
                <thead>
                  <tr>
                    <th scope="col">Stelling</th>
                    <th scope="col">Verdeling</th>
                    <th scope="col">Aantal</th>
                    <th scope="col">Mediaan</th>
                    <th scope="col">Spreiding</th>
                    <th scope="col">
                      {g.laag} · {g.midden} · {g.hoog}
                    </th>
                    <th scope="col">{SCHAAL[soort].schatting}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((s) => (
                    <tr key={s.stelling}>
                      <th scope="row">
                        {s.stelling} {s.all.verdeeld && <span class="rk-flag">{SCHAAL[soort].verdeeldKort}</span>}
                      </th>
                      <td>
                        <DivergingBar a={s.all} soort={soort} />
                      </td>
                      <td>{s.all.n}</td>
                      <td>{s.all.median === null ? "—" : formatGetal(s.all.median)}</td>
                      <td>{s.all.spread === null ? "—" : formatGetal(s.all.spread)}</td>
                      <td>{verdelingGetallen(s.all)}</td>
                      <td>{percent(s.all.estimate)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p class="rk-field__hint">{schattingUitleg(soort)} Per fractie zie je alleen fracties met minstens 3 deelnemers.</p>
            {list
              .filter((s) => s.perFractie.length > 1)
              .map((s) => (
                <details key={s.stelling}>
                  <summary>Per fractie: {s.stelling}</summary>
                  <ul>
                    {s.perFractie.map((f) => (
                      <li key={f.fractie}>
                        {f.fractie}: {agreementText(f.agreement, soort)}, {SCHAAL[soort].schatting.toLowerCase()} {percent(f.agreement.estimate)}
                      </li>
                    ))}
                  </ul>
                </details>
              ))}
          </div>
        );
      })}

      <h3 id="samen-principes">Leidende principes</h3>
      {view.principes.length === 0 ? (
        <p>Nog geen leidende principes in de bijdragen.</p>
      ) : (
        view.principes.map((t) => (
          <div key={t.theme}>
            <h4>{t.theme}</h4>
            <ul>
              {t.clusters.map((c, i) => (
                <li key={i}>
                  {c.map((p) => p.title).join(" / ")}
                  {c.length > 1 && <strong> · {aantalPersonen(c)} personen schreven iets vergelijkbaars</strong>}
                  {namenSuffix(names, c)}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}

      <h3 id="samen-resultaten">Maatschappelijke resultaten</h3>
      {view.resultaten.length === 0 ? (
        <p>Nog geen resultaten in de bijdragen.</p>
      ) : (
        view.resultaten.map((r, i) => (
          <div key={i}>
            <h4>{r.doelgroep}</h4>
            {r.spanning && (
              <p class="rk-alert rk-alert--warning">
                <strong>Let op:</strong> {r.spanning}
              </p>
            )}
            <ul>
              {r.items.map((x, j) => (
                <li key={j}>
                  {x.zin}
                  {namenSuffix(names, [x])}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}

      {view.kwaliteitseisen.length > 0 && (
        <>
          <h3>Kwaliteitseisen</h3>
          <ul>
            {view.kwaliteitseisen.map((c, i) => (
              <li key={i}>
                {c.map((k) => k.title).join(" / ")}
                {namenSuffix(names, c)}
              </li>
            ))}
          </ul>
        </>
      )}

      {view.kernwaarden.some((k) => k.perPersoon.length > 0) && (
        <>
          <h3>Democratisch waardemodel</h3>
          <div class="rk-table-scroll">
            <table>
              <caption class="rk-visually-hidden">Per kernwaarde: hoeveel deelnemers erover schreven, en hun antwoorden en dilemma's.</caption>
              <thead>
                <tr>
                  <th scope="col">Kernwaarde</th>
                  <th scope="col">Deelnemers die erover schreven</th>
                  <th scope="col">Per deelnemer: antwoorden · dilemma's</th>
                </tr>
              </thead>
              <tbody>
                {view.kernwaarden.map((k) => (
                  <tr key={k.id}>
                    <th scope="row">{k.name}</th>
                    <td>{k.mensen}</td>
                    <td>{k.perPersoon.map((p, i) => `${names ? p.naam : `nr. ${i + 1}`}: ${p.antwoorden} · ${p.dilemmas}`).join("; ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {view.verdeelprocedures.length > 0 && <p>Gekozen verdeelprocedures: {view.verdeelprocedures.map((v) => `${v.id} (${v.count})`).join(", ")}.</p>}
        </>
      )}
    </div>
  );
}

interface Kandidaat<T> {
  key: string;
  chosen: boolean;
  value: T;
}

type SetKandidaten<T> = (f: (p: Kandidaat<T>[]) => Kandidaat<T>[]) => void;

/** Changes one candidate, its choice or its wording, and leaves the others as they are. */
const update = <T,>(set: SetKandidaten<T>, key: string, change: Partial<Kandidaat<T>>) => set((p) => p.map((k) => (k.key === key ? { ...k, ...change } : k)));

/** A wording the griffier can edit once a candidate is chosen. */
interface Veld<T> {
  field: { [K in keyof T]: T[K] extends string ? K : never }[keyof T];
  label: string;
  maxLength: number;
  /** Waarden keep their input by candidate key; principes and resultaten have always used the position. */
  id: (k: Kandidaat<T>, i: number) => string;
}

const WAARDE_VELDEN: Veld<{ name: string; meaning: string }>[] = [
  { field: "name", label: "Waarde", maxLength: 200, id: (k) => `vw-${k.key}` },
  { field: "meaning", label: "Wat de raad eronder verstaat", maxLength: 1000, id: (k) => `vm-${k.key}` },
];
const PRINCIPE_VELDEN: Veld<{ title: string; onderbouwing: string }>[] = [{ field: "title", label: "Principe", maxLength: 300, id: (_, i) => `vp-${i}` }];
const RESULTAAT_VELDEN: Veld<Resultaat>[] = [
  { field: "doelgroep", label: "Doelgroep", maxLength: 500, id: (_, i) => `vrd-${i}` },
  { field: "verandering", label: "Gewenste verandering", maxLength: 1000, id: (_, i) => `vrv-${i}` },
];

/** One kind of candidate: tick it to take it into the raadsvisie, then reword it. */
function Kandidaten<T>({ legend, items, set, name, velden }: { legend: string; items: Kandidaat<T>[]; set: SetKandidaten<T>; name: (v: T) => string; velden: Veld<T>[] }) {
  return (
    <fieldset class="rk-fieldset">
      <legend class="rk-fieldset__legend">{legend}</legend>
      <ul class="rk-choose">
        {items.map((k, i) => {
          const inputs = velden.map((v) => (
            <div key={v.field} class="rk-field">
              <label class="rk-field__label" for={v.id(k, i)}>{v.label}</label>
              <input id={v.id(k, i)} class="rk-input" value={k.value[v.field] as string} maxLength={v.maxLength} onInput={(e) => update(set, k.key, { value: { ...k.value, [v.field]: e.currentTarget.value } })} />
            </div>
          ));
          return (
            <li key={k.key}>
              <label class="rk-radio">
                <input type="checkbox" checked={k.chosen} onChange={(e) => update(set, k.key, { chosen: e.currentTarget.checked })} /> {name(k.value)} opnemen
              </label>
              {/* One field stands alone; two sit side by side. */}
              {k.chosen && (velden.length > 1 ? <div class="rk-grid-2">{inputs}</div> : inputs)}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** Choosing and rewording what the raad shares, saved as a normal werkboek: the raadsvisie. */
function Vastleggen({ engine, atelier, view, say }: { engine: Engine; atelier: Atelier; view: CombinedView; say: (s: string) => void }) {
  const [title, setTitle] = useState(`Raadsvisie — ${atelier.bijeenkomst.title}`.slice(0, 120));
  const [waarden, setWaarden] = useState<Kandidaat<{ name: string; meaning: string }>[]>([]);
  const [principes, setPrincipes] = useState<Kandidaat<{ title: string; onderbouwing: string }>[]>([]);
  const [resultaten, setResultaten] = useState<Kandidaat<Resultaat>[]>([]);
  const [done, setDone] = useState<string | null>(null);

  // Candidates come from the combined view once; later drops add new ones without losing edits.
  useEffect(() => {
    const merge = <T,>(prev: Kandidaat<T>[], next: { key: string; value: T }[]) => [...prev, ...next.filter((n) => !prev.some((p) => p.key === n.key)).map((n) => ({ ...n, chosen: false }))];
    setWaarden((p) => merge(p, view.waarden.map((w) => ({ key: w.key, value: { name: w.label, meaning: w.meanings[0]?.text ?? "" } }))));
    setPrincipes((p) => merge(p, view.principes.flatMap((t) => t.clusters.map((c) => ({ key: c.map((x) => `${x.id}:${x.title}`).join("|"), value: { title: c[0]?.title ?? "", onderbouwing: c.find((x) => x.onderbouwing)?.onderbouwing ?? "" } })))));
    setResultaten((p) => merge(p, view.resultaten.flatMap((r) => r.items.map((x) => ({ key: `${x.id}:${x.source.id}`, value: x.source })))));
  }, [view]);

  async function save() {
    const keuze: RaadsvisieKeuze = {
      waarden: waarden.filter((k) => k.chosen).map((k) => k.value),
      principes: principes.filter((k) => k.chosen).map((k) => k.value),
      resultaten: resultaten.filter((k) => k.chosen).map((k) => k.value),
    };
    if (keuze.waarden.length + keuze.principes.length + keuze.resultaten.length === 0) {
      setDone("Kies eerst minstens één waarde, principe of resultaat.");
      return;
    }
    const w = engine.raadsvisieWerkboek(title, keuze);
    await exportJson(w);
    try {
      const store = await engine.openStore();
      await store.create(w);
      store.close();
      setDone(`Raadsvisie "${w.name}" is gedownload en staat ook bij Mijn werkboek. Deel het bestand met de raadsleden: zij importeren het op hun eigen pagina Mijn werkboek.`);
    } catch {
      setDone(`Raadsvisie "${w.name}" is gedownload. In deze browser kon hij niet worden bewaard.`);
    }
    say("Raadsvisie vastgelegd.");
  }

  return (
    <section aria-labelledby="kop-vastleggen" class="rk-no-print">
      <h2 id="kop-vastleggen">Vastleggen: de raadsvisie</h2>
      <p>Kies samen met de raad welke waarden, principes en resultaten jullie delen. Pas de woorden aan. Raadskompas maakt er een gewoon werkboek van: iedereen kan het importeren en de raadsvoorstel-toets gebruikt het als toetsstenen.</p>
      <div class="rk-field">
        <label class="rk-field__label" for="raadsvisie-titel">
          Naam van de raadsvisie
        </label>
        <input id="raadsvisie-titel" class="rk-input" value={title} maxLength={120} onInput={(e) => setTitle(e.currentTarget.value)} />
      </div>
      <Kandidaten legend="Gedeelde waarden" items={waarden} set={setWaarden} name={(v) => v.name} velden={WAARDE_VELDEN} />
      <Kandidaten legend="Gedeelde leidende principes" items={principes} set={setPrincipes} name={(v) => v.title} velden={PRINCIPE_VELDEN} />
      <Kandidaten legend="Gedeelde maatschappelijke resultaten" items={resultaten} set={setResultaten} name={(v) => [v.doelgroep, v.verandering].filter(Boolean).join(": ")} velden={RESULTAAT_VELDEN} />
      <button type="button" class="rk-button" onClick={() => void save()}>
        Raadsvisie opslaan en downloaden
      </button>
      {done && <p role="status" class="rk-alert">{done}</p>}
    </section>
  );
}
