import type { VisieGids } from "../../schemas/visieGids.ts";
import { formatGetal, resultaatHints, resultaatLabel, resultaatZin, visieDocument } from "../../lib/visie/visieExport.ts";
import { standTekst } from "../../lib/duiden/chart.ts";
import { StepProgress } from "../ui/worksheet.tsx";
import { SaveBar } from "../ui/SaveBar.tsx";
import { Select, TextArea, TextInput } from "../ui/fields.tsx";
import { ExportMenu } from "../ui/ExportMenu.tsx";
import { PrintDocument } from "../ui/PrintDocument.tsx";
import { GetalInput } from "../ui/GetalInput.tsx";
import { parseGetal, parseJaar } from "../../lib/getal.ts";
import { useVisieWerkboek } from "./useVisieWerkboek.ts";
import { visieBlokken } from "./visieBlokken.tsx";

/** A streefwaarde is never below 0. */
const streefwaarde = (raw: string) => {
  const n = parseGetal(raw);
  return n === null ? null : Math.max(0, n);
};

type StepId = "waarden" | "principes" | "resultaten" | "koppeltabel" | "kwaliteitseisen";
const STEP_NAV: { id: StepId; label: string }[] = [
  { id: "waarden", label: "1 Waarden" },
  { id: "principes", label: "2 Leidende principes" },
  { id: "resultaten", label: "3 Resultaten" },
  { id: "koppeltabel", label: "Koppeltabel" },
  { id: "kwaliteitseisen", label: "4 Kwaliteitseisen" },
];

export default function VisieWerkboek({ gids }: { gids: VisieGids }) {
  const d = useVisieWerkboek({ gids });
  if (!d) return <p role="status">Je werkboek wordt geladen…</p>;
  const { resolveConflict, exportWerkboek, region, werkboek, status, memoryOnly, v, setVisie, progress, patch, remove, topCount, hasWaarde, addWaarde, addPrincipe, addResultaat, addKoppeling, addEis } = d;
  const { betrokkenheid, stepIntro } = visieBlokken({ ...d, gids });

  const label = (list: { id: string; name?: string; title?: string }[], id: string) => {
    const x = list.find((y) => y.id === id);
    return x ? (x.name ?? x.title ?? "") : "";
  };

  return (
    <div class="rk-worksheet">
      <SaveBar werkboek={werkboek} status={status} memoryOnly={memoryOnly} onResolve={(c) => void resolveConflict(c)} onExport={exportWerkboek} />
      {region}

      <StepProgress label="Stappen van de visie" steps={STEP_NAV} progress={progress} />

      <section class="rk-worksheet__step" id="stap-waarden" aria-labelledby="kop-waarden">
        <h2 id="kop-waarden">Stap 1 · Maatschappelijke waarden</h2>
        {stepIntro("waarden")}
        <fieldset class="rk-fieldset">
          <legend class="rk-fieldset__legend">Kies uit voorbeelden</legend>
          <ul class="rk-chips">
            {gids.waardeSuggesties.map((s) => {
              const chosen = hasWaarde(s.name);
              return (
                <li key={s.name}>
                  <button
                    type="button"
                    class="rk-chip"
                    aria-pressed={chosen}
                    title={s.hint}
                    onClick={() => {
                      if (chosen) {
                        const existing = v.waarden.find((w) => w.name.trim().toLowerCase() === s.name.toLowerCase());
                        if (existing) remove("waarden", existing.id, `Waarde ${s.name}`);
                      } else addWaarde(s.name);
                    }}
                  >
                    {s.name}
                  </button>
                </li>
              );
            })}
          </ul>
        </fieldset>
        {v.waarden.length === 0 && <p>Je hebt nog geen waarden gekozen. Kies hierboven een voorbeeld of voeg een eigen waarde toe.</p>}
        <p>
          Markeer je drie belangrijkste waarden als top 3. Nu gekozen: <strong>{topCount} van 3</strong>.
        </p>
        {v.waarden.map((w, i) => (
          <div class="rk-worksheet__item" key={w.id} data-item>
            <div class="rk-grid-2">
              <TextInput id={`${w.id}-name`} label={`Waarde ${i + 1}`} value={w.name} max={200} onInput={(name) => patch("waarden", w.id, { name })} />
              <div class="rk-field">
                <span class="rk-field__label" aria-hidden="true">
                  &nbsp;
                </span>
                <label>
                  <input
                    type="checkbox"
                    checked={w.top}
                    disabled={!w.top && topCount >= 3}
                    onChange={(e) => patch("waarden", w.id, { top: e.currentTarget.checked })}
                  />{" "}
                  Hoort bij mijn top 3{!w.top && topCount >= 3 ? " (top 3 is vol)" : ""}
                </label>
              </div>
            </div>
            <TextInput id={`${w.id}-meaning`} label={`Wat betekent ${w.name || "deze waarde"} voor jou? (één regel)`} value={w.meaning} max={1000} onInput={(meaning) => patch("waarden", w.id, { meaning })} />
            <button type="button" class="rk-button rk-button--danger rk-button--small" onClick={(ev) => remove("waarden", w.id, `Waarde ${w.name}`, ev.currentTarget)}>
              Verwijder waarde{w.name ? ` ${w.name}` : ""}
            </button>
          </div>
        ))}
        <div class="rk-worksheet__actions">
          <button type="button" class="rk-button rk-button--secondary" data-add onClick={() => addWaarde()}>
            Eigen waarde toevoegen
          </button>
        </div>
        {betrokkenheid("waarden")}
      </section>

      <section class="rk-worksheet__step" id="stap-principes" aria-labelledby="kop-principes">
        <h2 id="kop-principes">Stap 2 · Leidende principes</h2>
        {stepIntro("principes")}
        <h3>Voorbeelden van leidende principes</h3>
        <dl class="rk-prose">
          {gids.principeVoorbeelden.map((p) => (
            <div key={p.name}>
              <dt>{p.name}</dt>
              <dd>{p.uitleg}</dd>
            </div>
          ))}
        </dl>
        <p>
          Kies drie principes. Nu ingevuld: <strong>{v.principes.length} van 3</strong>.
        </p>
        {v.principes.map((p, i) => (
          <div class="rk-worksheet__item" key={p.id} data-item>
            <TextInput id={`${p.id}-title`} label={`Leidend principe ${i + 1}`} value={p.title} max={300} onInput={(title) => patch("principes", p.id, { title })} />
            <TextArea id={`${p.id}-onderbouwing`} label="Onderbouwing: waarom leidt dit tot betere resultaten voor inwoners?" value={p.onderbouwing} max={5000} onInput={(onderbouwing) => patch("principes", p.id, { onderbouwing })} />
            <TextArea id={`${p.id}-meetlat`} label="Meetlat: wat betekent dit principe bij een concrete keuze?" hint="Bijvoorbeeld: bij inkoop van dagbesteding kiezen we voor aanbod in de eigen wijk." value={p.meetlat} max={5000} onInput={(meetlat) => patch("principes", p.id, { meetlat })} />
            <button type="button" class="rk-button rk-button--danger rk-button--small" onClick={(ev) => remove("principes", p.id, `Principe ${i + 1}`, ev.currentTarget)}>
              Verwijder principe {i + 1}
            </button>
          </div>
        ))}
        <div class="rk-worksheet__actions">
          <button type="button" class="rk-button rk-button--secondary" data-add onClick={addPrincipe}>
            Leidend principe toevoegen
          </button>
        </div>
        {betrokkenheid("principes")}
      </section>

      <section class="rk-worksheet__step" id="stap-resultaten" aria-labelledby="kop-resultaten">
        <h2 id="kop-resultaten">Stap 3 · Maatschappelijke resultaten</h2>
        {stepIntro("resultaten")}
        {v.resultaten.map((r, i) => {
          const hints = resultaatHints(r);
          return (
            <div class="rk-worksheet__item" key={r.id} data-item>
              <h3>Resultaat {i + 1}</h3>
              <p class="rk-sentence" aria-live="polite">
                {resultaatZin(r)}
              </p>
              <div class="rk-grid-2">
                <TextInput id={`${r.id}-doelgroep`} label="Doelgroep" hint="Bijvoorbeeld: jongeren tussen 16 en 23 jaar" value={r.doelgroep} max={500} onInput={(doelgroep) => patch("resultaten", r.id, { doelgroep })} />
                <TextInput id={`${r.id}-verandering`} label="Gewenste verandering" hint="Zo dat het past na 'dat ...', bijvoorbeeld: een startkwalificatie heeft" value={r.verandering} max={1000} onInput={(verandering) => patch("resultaten", r.id, { verandering })} />
                <GetalInput
                  id={`${r.id}-target`}
                  label="Streefwaarde"
                  hint="Een getal, zonder %-teken"
                  inputMode="decimal"
                  value={r.target}
                  parse={streefwaarde}
                  onValue={(target) => patch("resultaten", r.id, { target })}
                />
                <Select
                  id={`${r.id}-unit`}
                  label="Soort streefwaarde"
                  value={r.unit}
                  placeholder="— kies —"
                  options={[
                    { value: "procent", label: "procent van de doelgroep" },
                    { value: "aantal", label: "aantal personen" },
                  ]}
                  onInput={(unit) => patch("resultaten", r.id, { unit: unit === "aantal" ? "aantal" : "procent" })}
                />
                <TextInput id={`${r.id}-baseline`} label="Nulmeting: waar staan we nu?" value={r.baseline} max={500} onInput={(baseline) => patch("resultaten", r.id, { baseline })} />
                <GetalInput id={`${r.id}-year`} label="In welk jaar bereikt?" short inputMode="numeric" value={r.year} parse={parseJaar} onValue={(year) => patch("resultaten", r.id, { year })} />
                <TextInput id={`${r.id}-bron`} label="Bron van de cijfers" hint="Bijvoorbeeld: monitor sociaal domein, CBS" value={r.bron} max={500} onInput={(bron) => patch("resultaten", r.id, { bron })} />
                <Select
                  id={`${r.id}-duiden`}
                  label="Cijfers uit een werkblad cijfers duiden"
                  hint="Dan zie je hier het laatste cijfer en de trend naast je streefwaarde."
                  value={r.duidenId ?? ""}
                  placeholder="Geen werkblad gekoppeld"
                  options={werkboek.duiden.map((d, j) => ({ value: d.id, label: d.title.trim() || `Werkblad ${j + 1} (nog zonder titel)` }))}
                  onInput={(id) =>
                    // An unlinked resultaat has no duidenId at all, as in files from before the link existed.
                    setVisie((vv) => ({ ...vv, resultaten: vv.resultaten.map((x) => (x.id !== r.id ? x : id ? { ...x, duidenId: id } : (({ duidenId: _, ...rest }) => rest)(x))) }))
                  }
                />
              </div>
              {r.duidenId !== undefined && (
                <p class="rk-alert" data-resultaat-stand={r.id}>
                  {(() => {
                    const sheet = werkboek.duiden.find((d) => d.id === r.duidenId);
                    if (!sheet) return "Het gekoppelde werkblad cijfers duiden bestaat niet meer. Kies een ander werkblad.";
                    const stand = standTekst(sheet) ?? "In dit werkblad staan nog geen cijfers.";
                    const doel = r.target === null ? "" : ` Je streefwaarde is ${formatGetal(r.target)}${r.unit === "procent" ? "%" : ""}${r.year === null ? "" : ` in ${r.year}`}.`;
                    return (
                      <>
                        {stand}
                        {doel} <a href={`/informatie/duiden/?blad=${encodeURIComponent(sheet.id)}`}>Open dit werkblad</a>
                      </>
                    );
                  })()}
                </p>
              )}
              {hints.length > 0 && (
                <div class="rk-alert rk-alert--warning">
                  <p>
                    <strong>Tips om dit resultaat toetsbaar te maken</strong>
                  </p>
                  <ul>
                    {hints.map((h) => (
                      <li key={h}>{h}</li>
                    ))}
                  </ul>
                </div>
              )}
              <button type="button" class="rk-button rk-button--danger rk-button--small" onClick={(ev) => remove("resultaten", r.id, `Resultaat ${i + 1}`, ev.currentTarget)}>
                Verwijder resultaat {i + 1}
              </button>
            </div>
          );
        })}
        <div class="rk-worksheet__actions">
          <button type="button" class="rk-button rk-button--secondary" data-add onClick={addResultaat}>
            Maatschappelijk resultaat toevoegen
          </button>
        </div>
        {betrokkenheid("resultaten")}
      </section>

      <section class="rk-worksheet__step" id="stap-koppeltabel" aria-labelledby="kop-koppeltabel">
        <h2 id="kop-koppeltabel">Koppeltabel</h2>
        <p class="rk-prose">{gids.koppeltabel.explanation}</p>
        <details class="rk-tips">
          <summary class="rk-tips__summary">Bekijk {gids.koppeltabel.voorbeelden.length === 1 ? "het voorbeeld" : `${gids.koppeltabel.voorbeelden.length} voorbeelden`}</summary>
          <div class="rk-table-scroll" role="region" tabIndex={0} aria-label="Voorbeelden van de koppeltabel">
            <table>
              <caption class="rk-visually-hidden">Voorbeelden van de koppeltabel</caption>
              <thead>
                <tr>
                  <th scope="col">Waarde</th>
                  <th scope="col">Leidend principe</th>
                  <th scope="col">Onderbouwing</th>
                  <th scope="col">Maatschappelijk resultaat</th>
                </tr>
              </thead>
              <tbody>
                {gids.koppeltabel.voorbeelden.map((k) => (
                  <tr key={k.waarde + k.principe}>
                    <td>{k.waarde}</td>
                    <td>{k.principe}</td>
                    <td>{k.onderbouwing}</td>
                    <td>{k.resultaat}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
        {(v.waarden.length === 0 || v.principes.length === 0 || v.resultaten.length === 0) && (
          <p class="rk-alert">Vul eerst stap 1 tot en met 3 in. Dan kun je hier waarden, principes en resultaten aan elkaar koppelen.</p>
        )}
        {v.koppelingen.map((k, i) => (
          <fieldset class="rk-fieldset" key={k.id} data-item>
            <legend class="rk-fieldset__legend">Koppeling {i + 1}</legend>
            <div class="rk-grid-2">
              <Select id={`${k.id}-waarde`} label="Waarde" value={k.waardeId} options={v.waarden.map((w) => ({ value: w.id, label: w.name || "(zonder naam)" }))} onInput={(waardeId) => patch("koppelingen", k.id, { waardeId })} />
              <Select id={`${k.id}-principe`} label="Leidend principe" value={k.principeId} options={v.principes.map((p) => ({ value: p.id, label: p.title || "(zonder titel)" }))} onInput={(principeId) => patch("koppelingen", k.id, { principeId })} />
              <Select id={`${k.id}-resultaat`} label="Maatschappelijk resultaat" value={k.resultaatId} options={v.resultaten.map((r, n) => ({ value: r.id, label: resultaatLabel(r, n + 1) }))} onInput={(resultaatId) => patch("koppelingen", k.id, { resultaatId })} />
            </div>
            <TextArea id={`${k.id}-onderbouwing`} label={`Onderbouwing: waarom leidt ${label(v.principes, k.principeId) || "dit principe"} tot ${k.resultaatId && v.resultaten.some((r) => r.id === k.resultaatId) ? `resultaat ${v.resultaten.findIndex((r) => r.id === k.resultaatId) + 1}` : "dit resultaat"}?`} value={k.onderbouwing} max={5000} onInput={(onderbouwing) => patch("koppelingen", k.id, { onderbouwing })} />
            <button type="button" class="rk-button rk-button--danger rk-button--small" onClick={(ev) => remove("koppelingen", k.id, `Koppeling ${i + 1}`, ev.currentTarget)}>
              Verwijder koppeling {i + 1}
            </button>
          </fieldset>
        ))}
        <div class="rk-worksheet__actions">
          <button type="button" class="rk-button rk-button--secondary" data-add onClick={addKoppeling}>
            Koppeling toevoegen
          </button>
        </div>
      </section>

      <section class="rk-worksheet__step" id="stap-kwaliteitseisen" aria-labelledby="kop-kwaliteitseisen">
        <h2 id="kop-kwaliteitseisen">Stap 4 · Kwaliteitseisen</h2>
        {stepIntro("kwaliteitseisen")}
        {v.kwaliteitseisen.map((e, i) => (
          <div class="rk-worksheet__item" key={e.id} data-item>
            <TextArea id={`${e.id}-text`} label={`Kwaliteitseis ${i + 1}`} value={e.text} max={2000} onInput={(text) => patch("kwaliteitseisen", e.id, { text })} />
            {v.principes.length > 0 ? (
              <fieldset class="rk-fieldset">
                <legend class="rk-fieldset__legend">Volgt uit leidend principe</legend>
                {v.principes.map((p) => (
                  <div key={p.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={e.principeIds.includes(p.id)}
                        onChange={(ev) =>
                          patch("kwaliteitseisen", e.id, {
                            principeIds: ev.currentTarget.checked ? [...e.principeIds, p.id] : e.principeIds.filter((x) => x !== p.id),
                          })
                        }
                      />{" "}
                      {p.title || "(principe zonder titel)"}
                    </label>
                  </div>
                ))}
              </fieldset>
            ) : (
              <p class="rk-field__hint">Vul stap 2 in om deze eis aan een leidend principe te koppelen.</p>
            )}
            <button type="button" class="rk-button rk-button--danger rk-button--small" onClick={(ev) => remove("kwaliteitseisen", e.id, `Kwaliteitseis ${i + 1}`, ev.currentTarget)}>
              Verwijder kwaliteitseis {i + 1}
            </button>
          </div>
        ))}
        <div class="rk-worksheet__actions">
          <button type="button" class="rk-button rk-button--secondary" data-add onClick={addEis}>
            Kwaliteitseis toevoegen
          </button>
        </div>
        {betrokkenheid("kwaliteitseisen")}
      </section>

      <section class="rk-worksheet__step rk-no-print" aria-labelledby="kop-export">
        <h2 id="kop-export">Klaar? Deel je visie</h2>
        <p>Download je visie om hem te delen met je fractie of te gebruiken op een dialoogavond. Je bestand blijft van jou.</p>
        <ExportMenu werkboek={werkboek} build={() => visieDocument(werkboek, gids)} onExportJson={exportWerkboek} />
      </section>
      <PrintDocument doc={visieDocument(werkboek, gids)} />
    </div>
  );
}
