import type { WaardemodelGids } from "../../schemas/waardemodelGids.ts";
import { staalkaartUrl } from "../../lib/cards.ts";
import { MAX_SHEETS } from "../../vocabulary/limits.ts";
import { StepProgress } from "../ui/worksheet.tsx";
import { SaveBar } from "../ui/SaveBar.tsx";
import { TextArea, TextInput } from "../ui/fields.tsx";
import { ExportMenu } from "../ui/ExportMenu.tsx";
import { PrintDocument } from "../ui/PrintDocument.tsx";
import { RemovedNotice, SheetList } from "../ui/SheetSwitcher.tsx";
import { MAX_DILEMMAS, useWaardemodelWerkblad } from "./useWaardemodelWerkblad.ts";
import { waardemodelBlokken } from "./waardemodelBlokken.tsx";
import { kernwaardeVoortgang, type WetNaam } from "../../lib/waardemodel/waardemodel.ts";

type StepId = "kader" | "kernwaarden" | "dilemmas" | "keuzes";
const STEP_NAV: { id: StepId; label: string }[] = [
  { id: "kader", label: "1 Kader" },
  { id: "kernwaarden", label: "2 Kernwaarden" },
  { id: "dilemmas", label: "3 Dilemma's" },
  { id: "keuzes", label: "4 Keuzes" },
];

export default function WaardemodelWerkblad({ gids, wetten }: { gids: WaardemodelGids; wetten: WetNaam[] }) {
  const d = useWaardemodelWerkblad({ gids, wetten });
  if (!d) return <p role="status">Je werkboek wordt geladen…</p>;
  const { resolveConflict, exportWerkboek, say, region, setActiveId, removed, setRemoved, shown, werkboek, status, memoryOnly, sheets, sheet, stored, sid, title, set, setKader, setKeuzes, addSheet, loadVoorbeeld, removeSheet, undoRemove, addDilemma, progress, doc } = d;
  const { kernwaardeBlok, dilemmaBlok, procedureKeuze } = waardemodelBlokken({ ...d, gids });

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
