import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import pdfWorkerSrc from "pdfjs-dist/build/pdf.worker.min.mjs?url";
import type { Toets, ToetsStatus } from "../../schemas/toets.ts";
import type { Visie } from "../../schemas/visie.ts";
import type { ToetsThesaurus } from "../../schemas/toetsThesaurus.ts";
import type { Werkboek } from "../../schemas/werkboek.ts";
import type { Analyse, CriteriumId } from "../../lib/raadsvoorstel/types.ts";
import { evidenceKey, evidenceMarks, type Mark } from "../../lib/raadsvoorstel/marks.ts";
import { KLARE_TAAL_UITLEG } from "../../lib/raadsvoorstel/klareTaal.ts";
import { refreshToets, toetsFromAnalyse } from "../../lib/raadsvoorstel/toets.ts";
import { newId } from "../../lib/ids.ts";
import { fileSlug } from "../../lib/slug.ts";
import { fractieMemo, statusLabel, type CriteriumInfo } from "../../lib/export/memo.ts";
import { analyseInWorker, isLatest } from "../browser/toetsProtocol.ts";
import { extractFile } from "../browser/extractClient.ts";
import { useWerkboek } from "../ui/useWerkboek.ts";
import { focusSoon, useAnnouncer } from "../ui/worksheet.tsx";
import { SaveBar } from "../ui/SaveBar.tsx";
import { ErrorList, FileField, TextArea, TextInput } from "../ui/fields.tsx";
import { ExportMenu } from "../ui/ExportMenu.tsx";
import { PrintDocument } from "../ui/PrintDocument.tsx";
import { download } from "../browser/download.ts";
import { formatDecimaal, formatGetal } from "../../lib/getal.ts";
import { MAX_TOETS_TEXT_CHARS } from "../../vocabulary/limits.ts";

/** Same cap as the saved toets (src/schemas/toets.ts). */
const MIN_TEXT = 40;
const STATUSES: ToetsStatus[] = ["aanwezig", "deels", "afwezig"];
const df = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric" });
/** "29 november 2026" for an ISO date-time; the raw value when it is not one. */
const dateNl = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : df.format(d);
};

type VisieBron = { kind: "werkboek" } | { kind: "bestand"; name: string; visie: Visie } | { kind: "geen" };

/** Visie counts as usable when it has anything to look for. */
const hasVisie = (v: Visie | null | undefined) => !!v && v.waarden.length + v.principes.length + v.resultaten.length > 0;


/** The proposal with its evidence highlighted; every evidence link lands on one of these marks. */
function Highlighted({ text, marks }: { text: string; marks: Mark[] }) {
  const parts: preact.ComponentChildren[] = [];
  let cursor = 0;
  for (const m of marks) {
    if (m.start > cursor) parts.push(text.slice(cursor, m.start));
    const label = m.labels.join(", ");
    parts.push(
      <mark id={m.id} key={m.id} class={`rk-mark rk-mark--${m.kind}`} tabIndex={-1}>
        <span class="rk-mark__label" aria-hidden="true">
          {label}
        </span>
        <span class="rk-visually-hidden">Bewijs voor {label}: </span>
        {text.slice(m.start, m.end)}
      </mark>,
    );
    cursor = m.end;
  }
  parts.push(text.slice(cursor));
  return <div class="rk-proposal__text">{parts}</div>;
}

export default function RaadsvoorstelToets({ criteria, thesaurus }: { criteria: CriteriumInfo[]; thesaurus?: ToetsThesaurus }) {
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

  if (state.kind === "laden") return <p role="status">Je werkboek wordt geladen…</p>;
  const { status, memoryOnly } = state;
  const w = state.werkboek;
  const tooLong = text.length > MAX_TOETS_TEXT_CHARS;
  const linkTo = (owner: string, i: number) => `#${marked?.anchor.get(evidenceKey(owner, i)) ?? "tekst-met-bewijs"}`;

  const jsonExport = () => {
    if (!toets) return;
    const out = {
      title: toets.title,
      date: toets.date,
      criteria: toets.criteria.map((c) => ({ id: c.id, status: c.status, autoStatus: c.autoStatus, notes: c.notes, evidence: analyse?.criteria.find((x) => x.id === c.id)?.evidence ?? [] })),
      toetsstenen: toets.toetsstenen.map((s) => ({ ...s, evidence: analyse?.toetsstenen.find((x) => x.id === s.id)?.evidence ?? [] })),
      vragen: toets.vragen,
    };
    download(`toets-${fileSlug(toets.title)}.json`, JSON.stringify(out, null, 2), "application/json");
  };

  return (
    <div class="rk-worksheet rk-toets">
      <SaveBar werkboek={w} status={status} memoryOnly={memoryOnly} onResolve={(c) => void resolveConflict(c)} />
      {region}

      {w.toetsen.length > 0 && (
        <section aria-labelledby="kop-eerder">
          <h2 id="kop-eerder">Getoetste voorstellen in dit werkboek</h2>
          <ul class="rk-toets__list">
            {w.toetsen.map((t) => (
              <li key={t.id} aria-current={t.id === currentId ? "true" : undefined}>
                <strong>{t.title || "Zonder titel"}</strong>
                <span class="rk-toets__meta">
                  {" · "}
                  {t.meetingDate ? `raad ${t.meetingDate}` : t.date ? `voorstel ${t.date}` : "datum raad onbekend"} · getoetst {dateNl(t.createdAt)} · {t.criteria.filter((c) => c.status === "aanwezig").length} van {t.criteria.length} criteria aanwezig
                </span>{" "}
                {t.id !== currentId && (
                  <button type="button" class="rk-button rk-button--small rk-button--secondary" onClick={() => open(t)}>
                    Openen<span class="rk-visually-hidden"> {t.title}</span>
                  </button>
                )}{" "}
                <button
                  type="button"
                  class="rk-button rk-button--small rk-button--danger"
                  onClick={() => {
                    if (!window.confirm(`De toets van "${t.title || "zonder titel"}" verwijderen?`)) return;
                    update((x) => ({ ...x, toetsen: x.toetsen.filter((y) => y.id !== t.id) }));
                    if (t.id === currentId) startNew();
                    say("Toets verwijderd.");
                  }}
                >
                  Verwijderen<span class="rk-visually-hidden"> {t.title}</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" class="rk-button rk-button--secondary" onClick={startNew}>
            Nieuwe toets
          </button>
        </section>
      )}

      <section class="rk-worksheet__step" aria-labelledby="kop-invoer">
        <h2 id="kop-invoer">1 · Het raadsvoorstel</h2>
        <p>Plak de tekst hieronder, of open een bestand (.txt, .docx of .pdf). Het bestand wordt in je browser gelezen en nergens naartoe gestuurd.</p>
        <div class="rk-field">
          <FileField
            id="voorstel-bestand"
            label="Open een bestand"
            accept=".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onFile={(f) => void onFile(f)}
          />
          {fileBusy && <p role="status">Het bestand wordt gelezen…</p>}
        </div>
        <TextArea id="voorstel-tekst" label="Tekst van het raadsvoorstel" hint={`Minstens ${MIN_TEXT} tekens. Je kunt de tekst ook hier aanpassen; de toets loopt dan opnieuw.`} value={text} max={MAX_TOETS_TEXT_CHARS} rows={10} onInput={onText} />
        {error && (
          <p class="rk-alert rk-alert--error" role="alert">
            {error}
          </p>
        )}

        <fieldset class="rk-fieldset">
          <legend class="rk-fieldset__legend">Je eigen toetsstenen</legend>
          {bron.kind === "bestand" ? (
            <p>
              Uit het bestand van werkboek <strong>{bron.name}</strong>: {bron.visie.waarden.length} waarden, {bron.visie.principes.length} principes en {bron.visie.resultaten.length} resultaten.{" "}
              <button type="button" class="rk-button rk-button--small rk-button--secondary" onClick={() => { setBron({ kind: "werkboek" }); run(text, currentId, hasVisie(w.visie) ? w.visie : null); }}>
                Gebruik weer mijn eigen werkboek
              </button>
            </p>
          ) : hasVisie(w.visie) ? (
            <p>
              Uit je visie in <strong>{w.name}</strong>: {w.visie.waarden.length} waarden, {w.visie.principes.length} principes en {w.visie.resultaten.length} resultaten. Raadskompas zoekt waar het voorstel ze noemt.
            </p>
          ) : (
            <p>
              Je hebt nog geen visie ingevuld. Vul de <a href="/visie/">visie</a> in, of open het werkboek van je fractie om je eigen waarden, principes en resultaten als extra toetsstenen te gebruiken.
            </p>
          )}
          <FileField id="visie-bestand" label="Of open een werkboek (.raadskompas.json)" accept=".json,application/json" onFile={(f) => void onVisieFile(f)} />
          <ErrorList lead="Dit werkboek kon niet worden gebruikt:" errors={visieErrors} />
        </fieldset>
      </section>

      <section class="rk-worksheet__step" aria-labelledby="kop-uitslag" id="toets-resultaat" tabIndex={-1}>
        <h2 id="kop-uitslag">2 · Wat staat erin?</h2>
        {busy && !analyse && <p role="status">Raadskompas leest het voorstel…</p>}
        {!analyse && !busy && !tooLong && <p>Zodra er tekst staat, zie je hier per criterium wat het voorstel zegt.</p>}
        {analyse && toets && (
          <>
            <div class="rk-grid-2">
              <TextInput id="toets-titel" label="Titel van het voorstel" value={toets.title} max={500} onInput={(title) => setToets((t) => ({ ...t, title }))} />
              <TextInput id="toets-datum" label="Datum van het voorstel" value={toets.date} max={100} onInput={(date) => setToets((t) => ({ ...t, date }))} />
              <TextInput id="toets-raad" label="Datum van de raadsvergadering" value={toets.meetingDate} max={100} onInput={(meetingDate) => setToets((t) => ({ ...t, meetingDate }))} />
            </div>
            <p class="rk-field__hint">
              {formatGetal(analyse.wordCount)} woorden{busy ? " · bezig met bijwerken…" : ""}. De analyse is een eerste lezing: lees zelf mee en pas het oordeel aan waar nodig.
            </p>
            <ol class="rk-criteria">
              {toets.criteria.map((c) => {
                const info = criteria.find((x) => x.id === c.id);
                const r = analyse.criteria.find((x) => x.id === c.id);
                return (
                  <li class="rk-criterium" key={c.id} id={`criterium-${c.id}`}>
                    <h3>
                      <span class="rk-criterium__letter">{c.id}</span> {info?.title}{" "}
                      <span class={`rk-status rk-status--${c.status}`} data-testid={`status-${c.id}`}>
                        {statusLabel(c.status, c.autoStatus)}
                      </span>
                    </h3>
                    <details class="rk-tips">
                      <summary class="rk-tips__summary">Waar let je op?</summary>
                      <ul class="rk-tips__list">
                        {info?.keyQuestions.map((q) => (
                          <li key={q}>{q}</li>
                        ))}
                      </ul>
                    </details>
                    {r && <p>{r.reason}</p>}
                    {r && r.evidence.length > 0 && (
                      <ul class="rk-evidence">
                        {r.evidence.slice(0, 5).map((e, i) => (
                          <li key={i}>
                            <a href={linkTo(c.id, i)}>"{e.text.length > 160 ? `${e.text.slice(0, 159)}…` : e.text}"</a>
                          </li>
                        ))}
                      </ul>
                    )}
                    <fieldset class="rk-fieldset rk-fieldset--inline">
                      <legend class="rk-fieldset__legend">Jouw oordeel over {c.id}</legend>
                      {STATUSES.map((s) => (
                        <label key={s} class="rk-radio">
                          <input type="radio" name={`oordeel-${c.id}`} value={s} checked={c.status === s} onChange={() => setCriterionStatus(c.id, s)} /> {s}
                        </label>
                      ))}
                    </fieldset>
                    <TextArea id={`notitie-${c.id}`} label={`Notitie bij ${c.id}`} value={c.notes} max={5000} rows={2} onInput={(notes) => setToets((t) => ({ ...t, criteria: t.criteria.map((x) => (x.id === c.id ? { ...x, notes } : x)) }))} />
                  </li>
                );
              })}
            </ol>

            {visie && (
              <p>
                <button
                  type="button"
                  class="rk-button rk-button--secondary"
                  onClick={() => {
                    update((x) => ({ ...x, toetsen: x.toetsen.map((t) => (t.id === toets.id ? refreshToets(t, t.text, analyse, new Date().toISOString()) : t)) }));
                    say("De toets is opnieuw vergeleken met je huidige visie. Je notities en oordelen zijn gebleven.");
                  }}
                >
                  Vergelijk opnieuw met mijn huidige visie
                </button>
              </p>
            )}
            {toets.toetsstenen.length > 0 && (
              <>
                <h3>Je eigen toetsstenen</h3>
                <ol class="rk-criteria">
                  {toets.toetsstenen.map((s, i) => {
                    const r = analyse.toetsstenen.find((x) => x.id === s.id);
                    return (
                      <li class="rk-criterium" key={s.id}>
                        <h4>
                          <span class="rk-criterium__letter">T{i + 1}</span> {s.label} <span class="rk-tag">{s.kind}</span>{" "}
                          <span class={`rk-status rk-status--${s.status}`}>{statusLabel(s.status, s.autoStatus)}</span>
                        </h4>
                        {r && <p>{r.reason}</p>}
                        {r && r.evidence.length > 0 && (
                          <ul class="rk-evidence">
                            {r.evidence.slice(0, 3).map((e, j) => (
                              <li key={j}>
                                <a href={linkTo(`T${i + 1}`, j)}>"{e.text.length > 160 ? `${e.text.slice(0, 159)}…` : e.text}"</a>
                              </li>
                            ))}
                          </ul>
                        )}
                        <fieldset class="rk-fieldset rk-fieldset--inline">
                          <legend class="rk-fieldset__legend">Jouw oordeel over T{i + 1}</legend>
                          {STATUSES.map((st) => (
                            <label key={st} class="rk-radio">
                              <input type="radio" name={`oordeel-T${i}`} value={st} checked={s.status === st} onChange={() => setToets((t) => ({ ...t, toetsstenen: t.toetsstenen.map((x) => (x.id === s.id ? { ...x, status: st } : x)) }))} /> {st}
                            </label>
                          ))}
                        </fieldset>
                      </li>
                    );
                  })}
                </ol>
              </>
            )}

            <h3>Leesbaarheid van de samenvatting</h3>
            <dl class="rk-readability">
              <div>
                <dt>Gemeten</dt>
                <dd>{analyse.readability.source === "samenvatting" ? "de samenvatting" : "het begin van het voorstel (er is geen samenvatting)"}</dd>
              </div>
              <div>
                <dt>Flesch-Douma</dt>
                <dd>
                  {Math.round(analyse.readability.fleschDouma)} ({analyse.readability.oordeel})
                </dd>
              </div>
              <div>
                <dt>Gemiddelde zinslengte</dt>
                <dd>{formatDecimaal(analyse.readability.averageSentenceLength)} woorden</dd>
              </div>
              <div>
                <dt>Lange woorden</dt>
                <dd>
                  {Math.round(analyse.readability.longWordShare * 100)}% ({analyse.readability.longWordRule})
                </dd>
              </div>
            </dl>
            <p class="rk-field__hint">{KLARE_TAAL_UITLEG} Flesch-Douma meet woord- en zinslengte; een score van 60 tot 70 heet "normaal".</p>
            {analyse.readability.hardestSentences.length > 0 && (
              <>
                <p>De moeilijkste zinnen:</p>
                <ol>
                  {analyse.readability.hardestSentences.map((s) => (
                    <li key={s.start}>{s.text}</li>
                  ))}
                </ol>
              </>
            )}

            <h3 id="tekst-met-bewijs">De tekst met gemarkeerd bewijs</h3>
            <div class="rk-proposal" role="region" aria-labelledby="tekst-met-bewijs" tabIndex={0}>
              <Highlighted text={toets.text} marks={marked?.marks ?? []} />
            </div>
          </>
        )}
      </section>

      {analyse && toets && (
        <section class="rk-worksheet__step" aria-labelledby="kop-vragen">
          <h2 id="kop-vragen">3 · Vragen voor het college</h2>
          <p>Voor elk criterium dat niet (helemaal) klopt, staat hier een conceptvraag. Pas ze aan, schrap wat niet past en voeg eigen vragen toe.</p>
          {toets.vragen.map((v, i) => (
            <div class="rk-worksheet__item" key={v.id}>
              <TextArea id={`vraag-${v.id}`} label={`Vraag ${i + 1}${v.criterionId ? ` (criterium ${v.criterionId})` : ""}`} value={v.text} max={2000} rows={2} onInput={(value) => setToets((t) => ({ ...t, vragen: t.vragen.map((x) => (x.id === v.id ? { ...x, text: value } : x)) }))} />
              <button type="button" class="rk-button rk-button--small rk-button--danger" onClick={() => setToets((t) => ({ ...t, vragen: t.vragen.filter((x) => x.id !== v.id) }))}>
                Verwijder vraag {i + 1}
              </button>
            </div>
          ))}
          <button
            type="button"
            class="rk-button rk-button--secondary"
            onClick={() => {
              const id = newId("v");
              setToets((t) => ({ ...t, vragen: [...t.vragen, { id, text: "" }] }));
              focusSoon(`vraag-${id}`);
            }}
          >
            Vraag toevoegen
          </button>

          <h2>4 · Memo voor je fractie</h2>
          <p>Download de toets als memo, of als JSON voor verdere verwerking.</p>
          <ExportMenu werkboek={w} build={() => fractieMemo(toets, analyse, criteria)} />
          <button type="button" class="rk-button rk-button--secondary rk-button--small" onClick={jsonExport}>
            Toets als JSON
          </button>
        </section>
      )}
      {toets && <PrintDocument doc={fractieMemo(toets, analyse, criteria)} />}
    </div>
  );
}
