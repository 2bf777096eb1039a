import { useState } from "preact/hooks";
import type { DuidenSheet, Reeks } from "../../schemas/duiden.ts";
import type { DuidenGids } from "../../schemas/duidenGids.ts";
import type { RawTable, Role } from "../../lib/duiden/table.ts";
import { MAX_SHEETS, MAX_TABLE_FILE_BYTES } from "../../vocabulary/limits.ts";
import { chartModel, MAX_SHOWN, shownReeksen, trend, getal } from "../../lib/duiden/chart.ts";
import { answered, duidenDocument, emptySheet, sheetTitle } from "../../lib/duiden/sheet.ts";
import { resultaatZin } from "../../lib/export/resultaat.ts";
import { getalInvoer, parseGetal } from "../../lib/getal.ts";
import { newId } from "../../lib/ids.ts";
import { useWerkboek } from "../ui/useWerkboek.ts";
import { focusSoon, useAnnouncer } from "../ui/worksheet.tsx";
import { SaveBar } from "../ui/SaveBar.tsx";
import { ErrorList, FileField, Select, TextArea, TextInput } from "../ui/fields.tsx";
import { ExportMenu } from "../ui/ExportMenu.tsx";
import { PrintDocument } from "../ui/PrintDocument.tsx";
import DuidenChart from "./DuidenChart.tsx";
import { insertAt, RemovedNotice, SheetList } from "../ui/SheetSwitcher.tsx";

/** A number of inwoners: a whole number from 1 to 100 million; a dot only groups thousands ("12.345"). */
const inwoners = (raw: string) => {
  const n = parseGetal(raw.replace(/\./g, ""));
  return n !== null && n % 1 === 0 && n >= 1 && n <= 100_000_000 ? n : null;
};

/** A read table waiting for the user to confirm what its columns are. */
interface Pending {
  table: RawTable;
  roles: Role[];
  unsure: boolean[];
  notices: string[];
  problems: string[];
  /** The role picker's choices, taken from the parser module that read the table. */
  options: { value: Role; label: string }[];
}

/** A list of checkboxes, one per row, series or resultaat. */
function Checks({ items, onToggle }: { items: { id: string; label: string; checked: boolean; disabled?: boolean }[]; onToggle: (id: string, on: boolean) => void }) {
  return (
    <ul class="rk-du-reeksen">
      {items.map((i) => (
        <li key={i.id}>
          <label>
            <input type="checkbox" checked={i.checked} disabled={i.disabled === true} onChange={(e) => onToggle(i.id, e.currentTarget.checked)} /> {i.label}
          </label>
        </li>
      ))}
    </ul>
  );
}

export default function DuidenWerkblad({ gids, voorbeeld }: { gids: DuidenGids; voorbeeld: DuidenSheet }) {
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

  if (state.kind === "laden") return <p role="status">Je werkboek wordt geladen…</p>;
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
  const apply = async (p: Pending, roles: Role[]) => {
    const { buildData } = await import("../../lib/duiden/build.ts");
    const built = buildData(p.table, roles);
    const next = { ...p, roles, notices: [...p.table.notices, ...built.notices], problems: built.problems };
    setPending(next);
    if (built.problems.length) {
      say(`De tabel is nog niet gebruikt: ${built.problems.join(" ")}`);
      return;
    }
    if (sheet.data.reeksen.length) setPrevious({ id: sid, data: sheet.data });
    // One column of figures has no trend to draw: bars per category say more.
    const single = built.data.periodes.length === 1;
    set((s) => ({ ...s, data: built.data, grafiek: single ? "staaf" : s.grafiek, getoond: [], vergelijking: { ...s.vergelijking, eigenId: "", groepIds: [], laag: [], hoog: [] } }));
    say(`Tabel gelezen: ${built.data.reeksen.length} ${built.data.reeksen.length === 1 ? "reeks" : "reeksen"} over ${built.data.periodes.length} ${built.data.periodes.length === 1 ? "periode" : "perioden"}. De grafiek staat hieronder.`);
  };

  const read = async (text: string) => {
    const { readTable, guessRoles, ROLES, ROLE_LABELS } = await import("../../lib/duiden/table.ts");
    const r = readTable(text);
    if (!r.ok) {
      setPending(null);
      setReadErrors(r.problems);
      focusSoon("du-fouten");
      return;
    }
    setReadErrors([]);
    const g = guessRoles(r.table);
    const p: Pending = { table: r.table, roles: g.map((x) => x.role), unsure: g.map((x) => !x.sure), notices: r.table.notices, problems: [], options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })) };
    if (p.unsure.some(Boolean)) {
      setPending(p);
      say("Niet alle kolommen zijn duidelijk. Kies bij de gemarkeerde kolommen wat ze bevatten.");
      focusSoon("du-kolommen");
      return;
    }
    await apply(p, p.roles);
  };

  const readFile = async (file: File) => {
    if (file.size > MAX_TABLE_FILE_BYTES) {
      // The message comes with the reader, which loads only now.
      const { tableTooLarge } = await import("../../lib/duiden/table.ts");
      setReadErrors([tableTooLarge(file.size, "bestand")]);
      focusSoon("du-fouten");
      return;
    }
    const buf = await file.arrayBuffer();
    // CSV files from Dutch Excel are often Windows-1252, not UTF-8.
    let text = new TextDecoder("utf-8").decode(buf);
    if (text.includes("\uFFFD")) text = new TextDecoder("windows-1252").decode(buf);
    await read(text);
  };

  const model = chartModel(sheet);
  const shown = shownReeksen(sheet).map((r) => r.id);
  const eerste = model.series[0];
  const stand = eerste && trend(model.periodes, eerste.waarden);
  const uid = `grafiek-${sid}`;
  const doc = () => duidenDocument(sheet, gids, resultaten);
  const reeksLabel = (r: Reeks) => `${r.naam}${r.eenheid ? ` (${r.eenheid})` : ""}`;
  const patchReeks = (id: string, change: Partial<Reeks>) => set((s) => ({ ...s, data: { ...s.data, reeksen: s.data.reeksen.map((r) => (r.id === id ? { ...r, ...change } : r)) } }));
  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id));

  return (
    <div class="rk-worksheet">
      <SaveBar werkboek={werkboek} status={status} memoryOnly={memoryOnly} onResolve={(c) => void resolveConflict(c)} />
      {region}

      <section class="rk-worksheet__step rk-no-print" aria-labelledby="kop-bladen">
        <h2 id="kop-bladen">Je werkbladen</h2>
        <p class="rk-prose">Maak een werkblad per tabel. Je kunt steeds wisselen; alles blijft bewaard.</p>
        {sheets.length > 0 && (
          <SheetList
            label="Cijfers in dit werkboek"
            items={sheets.map((s, i) => ({ id: s.id, title: title(s, i), voorbeeld: s.fromVoorbeeld, progress: `${answered(s)} van ${gids.vragen.length} vragen` }))}
            activeId={sid}
            onPick={(s) => (setActiveId(s.id), setPending(null), say(`Je werkt nu aan: ${s.title}.`))}
          />
        )}
        {removed && <RemovedNotice title={title(removed.sheet, removed.index)} undoId="du-ongedaan" onUndo={undoRemove} onClose={() => setRemoved(null)} />}
        <div class="rk-worksheet__actions">
          <button type="button" class="rk-button rk-button--secondary" disabled={sheets.length >= MAX_SHEETS} onClick={() => addSheet(emptySheet(newId("du")), "Nieuw werkblad gemaakt. Geef het een titel en plak je tabel.")}>
            Nieuw werkblad
          </button>
          <button
            type="button"
            class="rk-button rk-button--secondary"
            disabled={sheets.length >= MAX_SHEETS}
            onClick={() => addSheet({ ...voorbeeld, id: newId("du") }, `${voorbeeld.title} staat nu als nieuw werkblad in je lijst. Je eigen werkbladen zijn niet veranderd.`)}
          >
            Voorbeeld laden
          </button>
        </div>
      </section>

      <div key={sid}>
        <h2 id={`${sid}-kop`} tabindex={-1}>
          {title(sheet, stored ? sheets.indexOf(sheet) : sheets.length)}
        </h2>
        {sheet.fromVoorbeeld && (
          <div class="rk-alert">
            {gids.voorbeeld.toelichting.map((t) => (
              <p key={t}>{t}</p>
            ))}
          </div>
        )}
        <TextInput id={`${sid}-titel`} label="Waar gaan deze cijfers over?" hint="Bijvoorbeeld: inwoners met huishoudelijke hulp" value={sheet.title} max={300} onInput={(t) => set((s) => ({ ...s, title: t }))} />
        <TextInput id={`${sid}-bron`} label="Bron en datum van de cijfers" hint="Bijvoorbeeld: CBS StatLine, tabel Wmo-cliënten, geraadpleegd op 1 november 2026" value={sheet.bron} max={500} onInput={(bron) => set((s) => ({ ...s, bron }))} />
        {stored && (
          <div class="rk-worksheet__actions rk-no-print">
            <button type="button" class="rk-button rk-button--danger rk-button--small" onClick={removeSheet}>
              Verwijder dit werkblad
            </button>
          </div>
        )}

        <section class="rk-worksheet__step rk-no-print" aria-labelledby="kop-tabel">
          <h2 id="kop-tabel">1 · Je tabel</h2>
          <TextArea
            id="du-plak"
            label="Plak of typ je tabel"
            hint="Kopieer de tabel uit Word, Excel of een webpagina en plak hem hier. Zelf typen kan ook: zet de kop op de eerste regel en scheid de kolommen met een puntkomma, bijvoorbeeld: Jaar;Aantal."
            rows={6}
            value={paste}
            onInput={setPaste}
          />
          <div class="rk-worksheet__actions">
            <button type="button" class="rk-button" onClick={() => void read(paste)}>
              Tabel lezen
            </button>
          </div>
          <div class="rk-field">
            <FileField id="du-bestand" label="Of open een CSV-bestand (uit CBS StatLine, waarstaatjegemeente.nl of Excel)" accept=".csv,.txt,.tsv,text/csv,text/plain" onFile={(f) => void readFile(f)} />
          </div>
          <div id="du-fouten" tabindex={-1}>
            <ErrorList lead="De tabel is niet gelezen. Je werkblad is niet veranderd." errors={readErrors} />
          </div>
          {pending && (
            <fieldset class="rk-fieldset" id="du-kolommen" tabindex={-1}>
              <legend class="rk-fieldset__legend">Wat staat er in elke kolom?</legend>
              <p class="rk-field__hint">We hebben een gok gedaan. Kolommen met een ! weten we niet zeker: kies wat erin staat.</p>
              <div class="rk-grid-2">
                {pending.table.header.map((h, i) => (
                  <Select
                    key={`${i}-${h}`}
                    id={`du-kolom-${i}`}
                    label={`${pending.unsure[i] ? "! " : ""}Kolom "${h}"`}
                    hint={`Bijvoorbeeld: ${pending.table.rows.slice(0, 2).map((r) => r[i] || "leeg").join(", ")}`}
                    value={pending.roles[i] ?? "negeren"}
                    options={pending.options}
                    onInput={(v) => {
                      const roles = pending.roles.map((r, j) => (j === i ? ((pending.options.find((o) => o.value === v)?.value ?? "negeren")) : r));
                      setPending({ ...pending, roles, unsure: pending.unsure.map((u, j) => (j === i ? false : u)) });
                    }}
                  />
                ))}
              </div>
              <ErrorList lead="Zo kunnen we nog geen grafiek maken:" errors={pending.problems} />
              <div class="rk-worksheet__actions">
                <button type="button" class="rk-button" onClick={() => void apply(pending, pending.roles)}>
                  Gebruik deze kolommen
                </button>
              </div>
            </fieldset>
          )}
          {pending && pending.notices.length > 0 && (
            <div class="rk-alert" role="status">
              <p>Goed om te weten over deze tabel:</p>
              <ul>
                {pending.notices.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </div>
          )}
          {previous && previous.id === sid && (
            <div class="rk-worksheet__actions">
              <button
                type="button"
                class="rk-button rk-button--secondary rk-button--small"
                onClick={() => {
                  const back = previous.data;
                  set((s) => ({ ...s, data: back, getoond: [] }));
                  setPrevious(null);
                  say("De vorige cijfers staan weer in je werkblad.");
                }}
              >
                Zet de vorige cijfers terug
              </button>
            </div>
          )}
        </section>

        {sheet.data.reeksen.length > 0 && (
          <section class="rk-worksheet__step" aria-labelledby="kop-grafiek">
            <h2 id="kop-grafiek">2 · De grafiek</h2>
            <div class="rk-no-print">
              <fieldset class="rk-fieldset">
                <legend class="rk-fieldset__legend">Soort grafiek</legend>
                {(
                  [
                    ["lijn", "Lijn: de trend door de tijd"],
                    ["staaf", "Staven: per jaar of per categorie"],
                    ["band", "Vergelijking: jouw gemeente tegen een groep"],
                  ] as const
                ).map(([v, l]) => (
                  <label key={v} class="rk-choice">
                    <input type="radio" name={`${sid}-grafiek`} value={v} checked={sheet.grafiek === v} onChange={() => set((s) => ({ ...s, grafiek: v }))} /> {l}
                  </label>
                ))}
              </fieldset>
              {sheet.grafiek !== "band" ? (
                <fieldset class="rk-fieldset">
                  <legend class="rk-fieldset__legend">Welke reeksen toon je? (hoogstens {MAX_SHOWN})</legend>
                  <Checks
                    items={sheet.data.reeksen.map((r) => ({ id: r.id, label: reeksLabel(r), checked: shown.includes(r.id), disabled: !shown.includes(r.id) && shown.length >= MAX_SHOWN }))}
                    onToggle={(id, on) => set((s) => ({ ...s, getoond: toggle(shown, id, on) }))}
                  />
                </fieldset>
              ) : (
                <fieldset class="rk-fieldset">
                  <legend class="rk-fieldset__legend">Vergelijking</legend>
                  <Select
                    id={`${sid}-eigen`}
                    label="Jouw gemeente (de lijn)"
                    value={sheet.vergelijking.eigenId || (sheet.data.reeksen[0]?.id ?? "")}
                    options={sheet.data.reeksen.map((r) => ({ value: r.id, label: reeksLabel(r) }))}
                    onInput={(eigenId) => set((s) => ({ ...s, vergelijking: { ...s.vergelijking, eigenId } }))}
                  />
                  <TextInput
                    id={`${sid}-groep`}
                    label="Naam van de vergelijkingsgroep"
                    hint="Bijvoorbeeld: gemeenten met 20.000 tot 50.000 inwoners (de gemeentegrootteklasse)"
                    value={sheet.vergelijking.groep}
                    max={200}
                    onInput={(groep) => set((s) => ({ ...s, vergelijking: { ...s.vergelijking, groep } }))}
                  />
                  <p class="rk-field__hint">Kies de reeksen die samen de groep vormen. De grijze band loopt van de laagste tot de hoogste.</p>
                  <Checks
                    items={sheet.data.reeksen.map((r) => ({ id: r.id, label: `In de groep: ${reeksLabel(r)}`, checked: sheet.vergelijking.groepIds.includes(r.id) }))}
                    onToggle={(id, on) => set((s) => ({ ...s, vergelijking: { ...s.vergelijking, groepIds: toggle(s.vergelijking.groepIds, id, on) } }))}
                  />
                  {sheet.vergelijking.groepIds.length === 0 && (
                    <details class="rk-tips" open={sheet.vergelijking.laag.some((v) => v !== null) || sheet.vergelijking.hoog.some((v) => v !== null)}>
                      <summary class="rk-tips__summary">Staat de groep niet in je tabel? Typ de laagste en hoogste waarde per periode</summary>
                      <p class="rk-field__hint">Bijvoorbeeld uit waarstaatjegemeente.nl. Gebruik dezelfde eenheid als je eigen cijfers.</p>
                      <div class="rk-grid-2">
                        {sheet.data.periodes.map((p, i) =>
                          (["laag", "hoog"] as const).map((kant) => (
                            // Uncontrolled: each keystroke is saved as a number, but the text stays as typed ("12," is not rewritten to "12").
                            <div class="rk-field" key={`${kant}-${i}`}>
                              <label class="rk-field__label" for={`${sid}-${kant}-${i}`}>
                                {`${p}: ${kant === "laag" ? "laagste" : "hoogste"} in de groep`}
                              </label>
                              <input
                                id={`${sid}-${kant}-${i}`}
                                class="rk-input rk-input--short"
                                inputMode="decimal"
                                defaultValue={getalInvoer(sheet.vergelijking[kant][i] ?? null)}
                                onInput={(e) => {
                                  const value = parseGetal(e.currentTarget.value);
                                  set((s) => {
                                    const list = s.data.periodes.map((_, j) => s.vergelijking[kant][j] ?? null);
                                    list[i] = value;
                                    return { ...s, vergelijking: { ...s.vergelijking, [kant]: list } };
                                  });
                                }}
                              />
                            </div>
                          )),
                        )}
                      </div>
                    </details>
                  )}
                </fieldset>
              )}
              <Select
                id={`${sid}-per`}
                label="Omrekenen naar inwoners"
                hint="Een aantal zegt meer als je weet op hoeveel inwoners het slaat. Vul dan hieronder het aantal inwoners in."
                value={sheet.perInwoners === "nee" ? "" : sheet.perInwoners}
                placeholder="Niet omrekenen"
                options={[
                  { value: "1000", label: "Per 1.000 inwoners" },
                  { value: "10000", label: "Per 10.000 inwoners" },
                ]}
                onInput={(v) => set((s) => ({ ...s, perInwoners: v === "1000" || v === "10000" ? v : "nee" }))}
              />
              {sheet.perInwoners !== "nee" &&
                (sheet.grafiek === "band" ? sheet.data.reeksen.filter((r) => r.id === (sheet.vergelijking.eigenId || sheet.data.reeksen[0]?.id) || sheet.vergelijking.groepIds.includes(r.id)) : shownReeksen(sheet)).map((r) => (
                  <TextInput
                    key={r.id}
                    id={`${sid}-${r.id}-inwoners`}
                    label={`Aantal inwoners bij: ${r.naam}`}
                    short
                    inputMode="numeric"
                    value={r.inwoners === null ? "" : String(r.inwoners)}
                    onInput={(raw) => patchReeks(r.id, { inwoners: inwoners(raw) })}
                  />
                ))}
              {model.zonderInwoners.length > 0 && <p class="rk-alert rk-alert--warning">Nog zonder aantal inwoners, dus niet omgerekend: {model.zonderInwoners.join(", ")}.</p>}
            </div>
            <DuidenChart model={model} uid={uid} />
          </section>
        )}

        <section class="rk-worksheet__step" aria-labelledby="kop-vragen">
          <h2 id="kop-vragen">3 · Duiden: wat betekenen de cijfers?</h2>
          <p class="rk-prose">Bespreek de vragen samen, bijvoorbeeld in je fractie of met inwoners en partners. Een lege vraag komt niet in je export.</p>
          {gids.vragen.map((q) => (
            <TextArea
              key={q.id}
              id={`${sid}-${q.id}`}
              label={q.label}
              hint={q.hint}
              value={sheet.antwoorden[q.id]}
              max={5000}
              onInput={(text) => set((s) => ({ ...s, antwoorden: { ...s.antwoorden, [q.id]: text } }))}
            />
          ))}
          <fieldset class="rk-fieldset">
            <legend class="rk-fieldset__legend">Over welke maatschappelijke resultaten uit je visie gaan deze cijfers?</legend>
            {resultaten.length === 0 ? (
              <p>
                Je hebt nog geen maatschappelijke resultaten in je <a href="/visie/#stap-resultaten">visie</a>. Schrijf ze daar op; dan kun je ze hier kiezen.
              </p>
            ) : (
              <Checks
                items={resultaten.map((r) => ({ id: r.id, label: resultaatZin(r), checked: sheet.resultaatIds.includes(r.id) }))}
                onToggle={(id, on) => set((s) => ({ ...s, resultaatIds: toggle(s.resultaatIds, id, on) }))}
              />
            )}
            {eerste && stand && (
              <p class="rk-field__hint">
                Laatste cijfer van {eerste.naam}: {getal(stand.laatste)} ({stand.periode}). In je visie kun je een resultaat aan dit werkblad koppelen; dan staat dit cijfer naast je streefwaarde.
              </p>
            )}
          </fieldset>
        </section>

        <section class="rk-worksheet__step rk-no-print" aria-labelledby="kop-export">
          <h2 id="kop-export">Dit werkblad delen</h2>
          <p class="rk-prose">Word krijgt de grafiek als afbeelding en alle cijfers als tabel. Markdown krijgt de cijfers als tabel.</p>
          <ExportMenu
            werkboek={werkboek}
            build={async () => {
              const png = sheet.data.reeksen.length ? await import("../browser/chartPng.ts").then(({ chartPng }) => chartPng(uid)).catch(() => undefined) : undefined;
              return duidenDocument(sheet, gids, resultaten, png);
            }}
          />
        </section>
      </div>
      <PrintDocument doc={doc()} images={sheet.data.reeksen.length ? [<DuidenChart key="print" model={model} uid={`${uid}-afdruk`} />] : []} />
    </div>
  );
}
