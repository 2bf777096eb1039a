import { useState } from "preact/hooks";
import type { Dilemma, WaardemodelSheet } from "../../schemas/waardemodel.ts";
import type { Kernwaarde, WaardemodelGids } from "../../schemas/waardemodelGids.ts";
import { newId } from "../../lib/ids.ts";
import { staalkaartUrl } from "../../lib/cards.ts";
import {
  dilemmaNaam,
  emptySheet,
  kernwaardeVoortgang,
  sheetProgress,
  sheetTitle,
  voorbeeldSheet,
  voortgangTekst,
  waardemodelDocument,
  type WetNaam,
} from "../../lib/export/waardemodel.ts";
import { MAX_SHEETS } from "../../vocabulary/limits.ts";
import { useWerkboek } from "../ui/useWerkboek.ts";
import { StepProgress, useAnnouncer, useProgressive, focusAfterRemove, focusSoon } from "../ui/worksheet.tsx";
import { SaveBar } from "../ui/SaveBar.tsx";
import { TextArea, TextInput } from "../ui/fields.tsx";
import { ExportMenu } from "../ui/ExportMenu.tsx";
import { PrintDocument } from "../ui/PrintDocument.tsx";
import { insertAt, RemovedNotice, SheetList } from "../ui/SheetSwitcher.tsx";

/** Same limits as the werkboek schema. */
const MAX_DILEMMAS = 20;

type KernwaardeId = Dilemma["a"];
type StepId = "kader" | "kernwaarden" | "dilemmas" | "keuzes";
const STEP_NAV: { id: StepId; label: string }[] = [
  { id: "kader", label: "1 Kader" },
  { id: "kernwaarden", label: "2 Kernwaarden" },
  { id: "dilemmas", label: "3 Dilemma's" },
  { id: "keuzes", label: "4 Keuzes" },
];

export default function WaardemodelWerkblad({ gids, wetten }: { gids: WaardemodelGids; wetten: WetNaam[] }) {
  const { state, update, resolveConflict, exportWerkboek } = useWerkboek();
  const { say, region } = useAnnouncer();
  const [activeId, setActiveId] = useState<string | null>(null);
  // Shown while the werkboek has no sheet yet; stored only once the user types something.
  const [draftId, setDraftId] = useState(() => newId("wm"));
  const [removed, setRemoved] = useState<{ sheet: WaardemodelSheet; index: number } | null>(null);

  // Kader, five kernwaarden, dilemmas, keuzes: rendered one after another (see useProgressive).
  const shown = useProgressive(8, state.kind === "klaar");

  if (state.kind === "laden") return <p role="status">Je werkboek wordt geladen…</p>;
  const { werkboek, status, memoryOnly } = state;
  const sheets = werkboek.waardemodellen;
  const sheet = sheets.find((s) => s.id === activeId) ?? sheets[0] ?? emptySheet(draftId);
  const stored = sheets.some((s) => s.id === sheet.id);
  const sid = sheet.id;
  const title = (s: WaardemodelSheet, i: number) => sheetTitle(s, gids, `Vraag ${i + 1} (nog zonder vraag)`);
  const kernwaardeNaam = (id: string) => gids.kernwaarden.find((k) => k.id === id)?.name ?? id;


  /** Edits one sheet; the draft sheet is added to the werkboek on its first edit. */
  const editSheet = (id: string, edit: (s: WaardemodelSheet) => WaardemodelSheet) =>
    update((w) => {
      const list = w.waardemodellen;
      return list.some((s) => s.id === id)
        ? { ...w, waardemodellen: list.map((s) => (s.id === id ? edit(s) : s)) }
        : { ...w, waardemodellen: [...list, edit(emptySheet(id))] };
    });
  const set = (edit: (s: WaardemodelSheet) => WaardemodelSheet) => editSheet(sid, edit);
  const setKader = (change: Partial<WaardemodelSheet["kader"]>) => set((s) => ({ ...s, kader: { ...s.kader, ...change } }));
  const setKeuzes = (change: Partial<WaardemodelSheet["keuzes"]>) => set((s) => ({ ...s, keuzes: { ...s.keuzes, ...change } }));
  const setAnswer = (deelvraagId: string, text: string) =>
    set((s) => ({
      ...s,
      // An emptied answer leaves no key behind, so the file only holds what was written.
      answers: text === "" ? Object.fromEntries(Object.entries(s.answers).filter(([k]) => k !== deelvraagId)) : { ...s.answers, [deelvraagId]: text },
    }));
  const patchDilemma = (id: string, change: Partial<Dilemma>) => set((s) => ({ ...s, dilemmas: s.dilemmas.map((d) => (d.id === id ? { ...d, ...change } : d)) }));

  const addSheet = () => {
    if (sheets.length >= MAX_SHEETS) return;
    const s = emptySheet(newId("wm"));
    update((w) => ({ ...w, waardemodellen: [...w.waardemodellen, s] }));
    setActiveId(s.id);
    focusSoon(`${s.id}-question`);
    say("Nieuw werkblad gemaakt. Typ je politieke vraag.");
  };

  const loadVoorbeeld = () => {
    if (sheets.length >= MAX_SHEETS) return;
    const s = voorbeeldSheet(newId("wm"), gids, () => newId("d"));
    // Always a new sheet at the end: the user's own sheets stay exactly as they were.
    update((w) => ({ ...w, waardemodellen: [...w.waardemodellen, s] }));
    setActiveId(s.id);
    focusSoon(`${s.id}-kop`);
    say(`${gids.voorbeeld.title} staat nu als nieuw werkblad in je lijst. Je eigen vragen zijn niet veranderd.`);
  };

  const removeSheet = () => {
    const index = sheets.findIndex((s) => s.id === sid);
    if (index < 0) return;
    update((w) => ({ ...w, waardemodellen: w.waardemodellen.filter((s) => s.id !== sid) }));
    setRemoved({ sheet, index });
    setActiveId(sheets[index + 1]?.id ?? sheets[index - 1]?.id ?? null);
    if (sid === draftId) setDraftId(newId("wm"));
    focusSoon("wm-ongedaan");
  };

  const undoRemove = () => {
    if (!removed) return;
    const back = removed;
    update((w) => (w.waardemodellen.some((s) => s.id === back.sheet.id) ? w : { ...w, waardemodellen: insertAt(w.waardemodellen, back.sheet, back.index) }));
    setActiveId(back.sheet.id);
    setRemoved(null);
    focusSoon(`${back.sheet.id}-kop`);
    say(`${title(back.sheet, back.index)} is teruggezet.`);
  };

  const addDilemma = () => {
    if (sheet.dilemmas.length >= MAX_DILEMMAS) return;
    const d: Dilemma = { id: newId("d"), a: "gelijkheid", b: "efficientie", afweging: "" };
    set((s) => ({ ...s, dilemmas: [...s.dilemmas, d] }));
    focusSoon(`${d.id}-a`);
    say(`Dilemma ${sheet.dilemmas.length + 1} toegevoegd.`);
  };
  const removeDilemma = (id: string, n: number) => {
    set((s) => ({ ...s, dilemmas: s.dilemmas.filter((d) => d.id !== id) }));
    say(`Dilemma ${n} verwijderd.`);
  };

  const progress = sheetProgress(sheet, gids);
  const doc = () => waardemodelDocument(sheet, gids, wetten);

  // Plain render functions, not components: a component defined in render would remount (and lose focus) on every keystroke.
  const kernwaardeSelect = (id: string, label: string, value: KernwaardeId, onPick: (k: KernwaardeId) => void) => (
    <div class="rk-field">
      <label class="rk-field__label" for={id}>
        {label}
      </label>
      <select
        id={id}
        class="rk-select"
        value={value}
        onChange={(e) => {
          const k = gids.kernwaarden.find((x) => x.id === e.currentTarget.value);
          if (k) onPick(k.id);
        }}
      >
        {gids.kernwaarden.map((k) => (
          <option key={k.id} value={k.id}>
            {k.name}
          </option>
        ))}
      </select>
    </div>
  );

  const deelvragen = (k: Kernwaarde, kant: "vraag" | "aanbod") => (
    <fieldset class="rk-fieldset">
      <legend class="rk-fieldset__legend">{kant === "vraag" ? `${k.name}: inwoners (de vraag)` : `${k.name}: aanbieders (het aanbod)`}</legend>
      {k[kant].map((d) => (
        <TextArea key={d.id} id={`${sid}-${d.id}`} label={d.question} rows={2} value={sheet.answers[d.id] ?? ""} max={5000} onInput={(text) => setAnswer(d.id, text)} />
      ))}
    </fieldset>
  );

  const kernwaardeBlok = (k: Kernwaarde) => {
    const v = kernwaardeVoortgang(sheet, k);
    return (
      <section class="rk-worksheet__item" id={`kw-${k.id}`} key={k.id} aria-labelledby={`kop-kw-${k.id}`}>
        <div class="rk-worksheet__item-head">
          <h3 id={`kop-kw-${k.id}`} class="rk-wm-kw-title">
            {k.name}
          </h3>
          <p class="rk-wm-count" aria-live="polite" data-kernwaarde={k.id}>
            {voortgangTekst(v)}
          </p>
        </div>
        <p>
          <strong>{k.question}</strong>
        </p>
        <details class="rk-tips">
          <summary class="rk-tips__summary">Wat betekent {k.name.toLowerCase()}?</summary>
          <p class="rk-prose">{k.explanation}</p>
        </details>
        {deelvragen(k, "vraag")}
        {deelvragen(k, "aanbod")}
      </section>
    );
  };

  const dilemmaBlok = (d: Dilemma, i: number) => {
    const n = i + 1;
    const label =
      d.a === d.b
        ? `Welke spanning zit er binnen ${kernwaardeNaam(d.a).toLowerCase()}, en hoe weeg je die af?`
        : `Hoe weeg je ${kernwaardeNaam(d.a).toLowerCase()} en ${kernwaardeNaam(d.b).toLowerCase()} tegen elkaar af?`;
    return (
      <fieldset class="rk-fieldset" key={d.id} data-item>
        <legend class="rk-fieldset__legend">Dilemma {n}</legend>
        <div class="rk-grid-2">
          {kernwaardeSelect(`${d.id}-a`, "Kernwaarde 1", d.a, (a) => patchDilemma(d.id, { a }))}
          {kernwaardeSelect(`${d.id}-b`, "Kernwaarde 2", d.b, (b) => patchDilemma(d.id, { b }))}
        </div>
        <p class="rk-field__hint">
          Kies twee keer dezelfde kernwaarde als de spanning binnen één waarde zit. Nu gekozen: {dilemmaNaam(d.a, d.b, gids).toLowerCase()}.
        </p>
        <TextArea id={`${d.id}-afweging`} label={label} value={d.afweging} max={5000} onInput={(afweging) => patchDilemma(d.id, { afweging })} />
        <button type="button" class="rk-button rk-button--danger rk-button--small" onClick={(ev) => {
            focusAfterRemove(ev.currentTarget);
            removeDilemma(d.id, n);
          }}>
          Verwijder dilemma {n}
        </button>
      </fieldset>
    );
  };

  const procedureKeuze = () => {
    const name = `${sid}-verdeelprocedure`;
    const chosen = sheet.keuzes.verdeelprocedure;
    return (
      <fieldset class="rk-fieldset">
        <legend class="rk-fieldset__legend">Welke verdeelprocedure past bij je keuze?</legend>
        <p class="rk-field__hint">
          Zo bepaal je welke aanbieders een overeenkomst of subsidie krijgen. Met de pijltjestoetsen ga je van de ene procedure naar de volgende.
        </p>
        <ul class="rk-wm-procedures">
          <li class="rk-wm-procedure">
            <label class="rk-wm-procedure__label">
              <input type="radio" name={name} value="" checked={chosen === ""} onChange={() => setKeuzes({ verdeelprocedure: "" })} /> Nog geen keuze
            </label>
          </li>
          {gids.verdeelprocedures.map((p) => (
            <li class="rk-wm-procedure" key={p.id}>
              <label class="rk-wm-procedure__label">
                <input
                  type="radio"
                  name={name}
                  value={p.id}
                  checked={chosen === p.id}
                  aria-describedby={`${name}-${p.id}`}
                  onChange={() => setKeuzes({ verdeelprocedure: p.id })}
                />{" "}
                {p.name}
              </label>
              <div class="rk-wm-procedure__uitleg" id={`${name}-${p.id}`}>
                <ul>
                  {p.kenmerken.map((t) => (
                    <li key={t}>{t}</li>
                  ))}
                </ul>
                <p>
                  <strong>Wanneer kies je dit?</strong> {p.geschiktVoor}
                </p>
              </div>
            </li>
          ))}
        </ul>
      </fieldset>
    );
  };

  return (
    <div class="rk-worksheet">
      <SaveBar werkboek={werkboek} status={status} memoryOnly={memoryOnly} onResolve={(c) => void resolveConflict(c)} onExport={exportWerkboek} />
      {region}

      <section class="rk-worksheet__step rk-no-print" aria-labelledby="kop-vragen">
        <h2 id="kop-vragen">Je politieke vragen</h2>
        <p class="rk-prose">Maak voor elke politieke vraag een eigen werkblad. Je kunt steeds wisselen; alles blijft bewaard.</p>
        {sheets.length > 0 && (
          <SheetList
            label="Werkbladen in dit werkboek"
            items={sheets.map((s, i) => {
              const telling = gids.kernwaarden.map((k) => kernwaardeVoortgang(s, k));
              const beantwoord = telling.reduce((n, t) => n + t.beantwoord, 0);
              const totaal = telling.reduce((n, t) => n + t.totaal, 0);
              return { id: s.id, title: title(s, i), voorbeeld: s.fromVoorbeeld, progress: `${beantwoord} van ${totaal} deelvragen` };
            })}
            activeId={sid}
            onPick={(s) => (setActiveId(s.id), say(`Je werkt nu aan: ${s.title}.`))}
          />
        )}
        {removed && <RemovedNotice title={title(removed.sheet, removed.index)} undoId="wm-ongedaan" onUndo={undoRemove} onClose={() => setRemoved(null)} />}
        <div class="rk-worksheet__actions">
          <button type="button" class="rk-button rk-button--secondary" onClick={addSheet} disabled={sheets.length >= MAX_SHEETS}>
            Nieuwe vraag
          </button>
          <button type="button" class="rk-button rk-button--secondary" onClick={loadVoorbeeld} disabled={sheets.length >= MAX_SHEETS}>
            Voorbeeld laden
          </button>
        </div>
        <p class="rk-field__hint">
          {sheets.length >= MAX_SHEETS
            ? `Je hebt het maximum van ${MAX_SHEETS} werkbladen bereikt. Verwijder er een om een nieuwe te maken.`
            : `"Voorbeeld laden" zet het uitgewerkte voorbeeld over jeugdhulp als extra werkblad in je lijst. Je eigen werkbladen blijven zoals ze zijn.`}
        </p>
      </section>

      <div key={sid} class="rk-wm-sheet-body">
        <h2 id={`${sid}-kop`} tabindex={-1} class="rk-wm-sheet-body__title">
          {title(sheet, stored ? sheets.indexOf(sheet) : sheets.length)}
        </h2>
        {sheet.fromVoorbeeld && (
          <p class="rk-alert">
            Dit werkblad is het uitgewerkte voorbeeld. Je mag het aanpassen of als startpunt gebruiken. Je andere werkbladen veranderen daar niet door.
          </p>
        )}
        <TextInput
          id={`${sid}-question`}
          label="Je politieke vraag"
          hint="Bijvoorbeeld: wie krijgt in onze gemeente hulp bij het huishouden, en wie levert die hulp?"
          value={sheet.question}
          max={500}
          onInput={(question) => set((s) => ({ ...s, question }))}
        />
        {stored && (
          <div class="rk-worksheet__actions">
            <button type="button" class="rk-button rk-button--danger rk-button--small" onClick={removeSheet}>
              Verwijder dit werkblad
            </button>
          </div>
        )}

        <StepProgress label="Stappen van het waardemodel" steps={STEP_NAV} progress={progress} />

        <section class="rk-worksheet__step" id="stap-kader" aria-labelledby="kop-kader">
          <h2 id="kop-kader">Stap 1 · Kader: wat mag en moet de raad?</h2>
          <p class="rk-prose">{gids.kader.uitleg}</p>
          <fieldset class="rk-fieldset">
            <legend class="rk-fieldset__legend">Welke wetten gaan over je vraag?</legend>
            <ul class="rk-wm-wetten">
              {wetten.map((w) => (
                <li key={w.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={sheet.kader.wetten.includes(w.id)}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        setKader({ wetten: on ? [...sheet.kader.wetten.filter((x) => x !== w.id), w.id] : sheet.kader.wetten.filter((x) => x !== w.id) });
                      }}
                    />{" "}
                    {w.shortName}
                  </label>{" "}
                  <a href={staalkaartUrl(w.id)} class="rk-wm-wetten__link">
                    staalkaart {w.shortName}
                  </a>
                </li>
              ))}
            </ul>
          </fieldset>
          <div class="rk-box">
            <h3 class="rk-wm-box-title">Zelf regelen of overlaten aan het college?</h3>
            <dl class="rk-wm-dl">
              <dt>Bij verordening</dt>
              <dd>{gids.kader.verordening}</dd>
              <dt>Bij of krachtens verordening</dt>
              <dd>{gids.kader.krachtens}</dd>
            </dl>
          </div>
          <TextArea
            id={`${sid}-bevoegdheden`}
            label="Welke bevoegdheden heeft de raad bij deze vraag?"
            hint="Schrijf op wat de raad zelf bij verordening moet regelen, en wat hij bij of krachtens verordening aan het college mag overlaten."
            value={sheet.kader.bevoegdheden}
            max={5000}
            onInput={(bevoegdheden) => setKader({ bevoegdheden })}
          />
          <p class="rk-prose">{gids.kader.jurisprudentie}</p>
          <TextArea
            id={`${sid}-jurisprudentie`}
            label="Welke grenzen stelt de rechtspraak?"
            hint="Noem uitspraken die de keuzeruimte van de raad kleiner maken, met datum of ECLI-nummer als je dat hebt."
            value={sheet.kader.jurisprudentie}
            max={5000}
            onInput={(jurisprudentie) => setKader({ jurisprudentie })}
          />
        </section>

        <section class="rk-worksheet__step" id="stap-kernwaarden" aria-labelledby="kop-kernwaarden">
          <h2 id="kop-kernwaarden">Stap 2 · De vijf kernwaarden afwegen</h2>
          <p class="rk-prose">
            Beantwoord per kernwaarde de deelvragen die bij je vraag passen. Sommige gaan over inwoners (de vraag), andere over aanbieders (het aanbod). Je hoeft niet alles in te
            vullen; een lege deelvraag komt niet in je export.
          </p>
          <ul class="rk-wm-overzicht" aria-label="Hoe ver ben je per kernwaarde?">
            {gids.kernwaarden.map((k) => {
              const v = kernwaardeVoortgang(sheet, k);
              return (
                <li key={k.id}>
                  <a href={`#kw-${k.id}`}>{k.name}</a>: {v.beantwoord} van {v.totaal}
                </li>
              );
            })}
          </ul>
          {gids.kernwaarden.slice(0, Math.max(0, shown - 1)).map(kernwaardeBlok)}
        </section>

        {shown >= 7 && (
        <section class="rk-worksheet__step" id="stap-dilemmas" aria-labelledby="kop-dilemmas">
          <h2 id="kop-dilemmas">Stap 3 · Politieke dilemma's en het compromis</h2>
          <p class="rk-prose">{gids.dilemmas.explanation}</p>
          {sheet.dilemmas.length === 0 && <p>Je hebt nog geen dilemma benoemd. Voeg er een toe en kies welke twee kernwaarden met elkaar botsen.</p>}
          {sheet.dilemmas.map(dilemmaBlok)}
          <div class="rk-worksheet__actions">
            <button type="button" id="wm-dilemma-toevoegen" class="rk-button rk-button--secondary" data-add onClick={addDilemma} disabled={sheet.dilemmas.length >= MAX_DILEMMAS}>
              Dilemma toevoegen
            </button>
          </div>
          <h3>Het politieke compromis</h3>
          <p class="rk-prose">{gids.dilemmas.compromis}</p>
          <TextArea id={`${sid}-compromis`} label="Wat is het politieke compromis?" value={sheet.compromis} max={5000} onInput={(compromis) => set((s) => ({ ...s, compromis }))} />
          <TextArea
            id={`${sid}-waarom`}
            label="Waarom kies je voor dit compromis?"
            hint="Dit is de uitleg waarom beleid en regels er straks zo uitzien."
            value={sheet.waarom}
            max={5000}
            onInput={(waarom) => set((s) => ({ ...s, waarom }))}
          />
        </section>

        )}
        {shown >= 8 && (
        <section class="rk-worksheet__step" id="stap-keuzes" aria-labelledby="kop-keuzes">
          <h2 id="kop-keuzes">Stap 4 · Van compromis naar keuzes</h2>
          <p class="rk-prose">Maak het compromis concreet. Deze keuzes kun je daarna vastleggen in beleid, in een verordening of in een opdracht aan aanbieders.</p>
          <h3>Wat legt de raad zelf vast?</h3>
          <p class="rk-prose">{gids.keuzes.continuum}</p>
          <TextArea id={`${sid}-wat`} label="Wat? Welke voorziening bied je?" hint={gids.keuzes.wat} value={sheet.keuzes.wat} max={5000} onInput={(wat) => setKeuzes({ wat })} />
          <TextArea id={`${sid}-voorwie`} label="Voor wie en hoe?" hint={gids.keuzes.voorWie} value={sheet.keuzes.voorWie} max={5000} onInput={(voorWie) => setKeuzes({ voorWie })} />
          <TextArea id={`${sid}-doorwie`} label="Door wie en hoe?" hint={gids.keuzes.doorWie} value={sheet.keuzes.doorWie} max={5000} onInput={(doorWie) => setKeuzes({ doorWie })} />
          {procedureKeuze()}
          <div class="rk-alert rk-alert--warning">
            <p>
              <strong>Vergeet de hardheidsclausule niet.</strong> {gids.hardheidsclausule}
            </p>
          </div>
          <TextArea
            id={`${sid}-hardheidsclausule`}
            label="Hoe regel je de hardheidsclausule?"
            hint="Bijvoorbeeld: in welke gevallen mag het college afwijken, en hoe hoort de raad daarvan?"
            value={sheet.keuzes.hardheidsclausule}
            max={2000}
            onInput={(hardheidsclausule) => setKeuzes({ hardheidsclausule })}
          />
        </section>

        )}
        <section class="rk-worksheet__step rk-no-print" aria-labelledby="kop-export">
          <h2 id="kop-export">Dit werkblad delen</h2>
          <p class="rk-prose">Download dit werkblad als los document, bijvoorbeeld om het in je fractie te bespreken. Alleen deze vraag komt erin, je andere werkbladen niet.</p>
          <ExportMenu werkboek={werkboek} build={doc} />
        </section>
      </div>
      <PrintDocument doc={doc()} />
    </div>
  );
}
