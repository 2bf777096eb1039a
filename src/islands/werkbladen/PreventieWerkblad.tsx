import type { PreventieGids } from "../../schemas/preventieGids.ts";
import { PREVENTIE_NIVEAU_IDS } from "../../vocabulary/preventieNiveaus.ts";
import type { MatrixRow, PreventieKeuze, PreventieSheet } from "../../schemas/preventie.ts";
import { newId } from "../../lib/ids.ts";
import { matrixGaps, matrixRows } from "../../lib/werkboek/preventie.ts";
import { preventieDocument } from "../../lib/export/preventie.ts";
import { useWerkboek } from "../ui/useWerkboek.ts";
import { focusAfterRemove, useAnnouncer } from "../ui/worksheet.tsx";
import { SaveBar } from "../ui/SaveBar.tsx";
import { TextArea } from "../ui/fields.tsx";
import { ExportMenu } from "../ui/ExportMenu.tsx";
import { PrintDocument } from "../ui/PrintDocument.tsx";
import { GetalInput } from "../ui/GetalInput.tsx";
import { parseJaar } from "../../lib/getal.ts";

type NiveauId = (typeof PREVENTIE_NIVEAU_IDS)[number];

/** The koerskaart preventie as a worksheet: choices per level, the preventiematrix, evaluation. */
export default function PreventieWerkblad({ gids }: { gids: PreventieGids }) {
  const { state, update, resolveConflict, exportWerkboek } = useWerkboek();
  const { say, region } = useAnnouncer();
  if (state.kind === "laden") return <p role="status">Je werkboek wordt geladen…</p>;
  const { werkboek, status, memoryOnly } = state;
  const sheet = werkboek.preventie;
  const setSheet = (edit: (s: PreventieSheet) => PreventieSheet) => update((w) => ({ ...w, preventie: edit(w.preventie) }));
  const setKeuze = (n: NiveauId, change: Partial<PreventieKeuze>) =>
    setSheet((s) => ({ ...s, keuzes: { ...s.keuzes, [n]: { ...s.keuzes[n], ...change } } }));
  const niveau = (id: NiveauId) => gids.niveaus.find((x) => x.id === id);
  const rows = matrixRows(sheet, gids.matrix.doelgroepen);
  const gaps = matrixGaps(rows);
  // Editing a default row turns the defaults into the user's own rows, so nothing is stored until used.
  const setRows = (edit: (r: MatrixRow[]) => MatrixRow[]) => setSheet((s) => ({ ...s, matrix: edit(matrixRows(s, gids.matrix.doelgroepen)) }));

  return (
    <div class="rk-worksheet">
      <SaveBar werkboek={werkboek} status={status} memoryOnly={memoryOnly} onResolve={(c) => void resolveConflict(c)} onExport={exportWerkboek} />
      {region}

      <section class="rk-worksheet__step" aria-labelledby="kop-keuzes">
        <h2 id="kop-keuzes">Onze keuzes per niveau</h2>
        <p>Schrijf per niveau op wat jullie willen doen: voor wie, met welke aanpak, door wie, met welk geld, en welk effect je wilt zien.</p>
        {PREVENTIE_NIVEAU_IDS.map((id) => {
          const n = niveau(id);
          const k = sheet.keuzes[id];
          return (
            <fieldset class="rk-fieldset" key={id}>
              <legend class="rk-fieldset__legend">
                {n?.title} ({n?.vorm})
              </legend>
              <p class="rk-field__hint">{n?.explanation}</p>
              <p class="rk-field__hint">Voorbeeld: {n?.voorbeeld}</p>
              <div class="rk-grid-2">
                <TextArea id={`${id}-doelgroepen`} label="Doelgroepen" hint={gids.velden.doelgroepen} value={k.doelgroepen} max={2000} onInput={(doelgroepen) => setKeuze(id, { doelgroepen })} />
                <TextArea id={`${id}-interventies`} label="Interventies" hint={gids.velden.interventies} value={k.interventies} max={5000} onInput={(interventies) => setKeuze(id, { interventies })} />
                <TextArea id={`${id}-uitvoerders`} label="Wie voert het uit?" hint={gids.velden.uitvoerders} value={k.uitvoerders} max={2000} onInput={(uitvoerders) => setKeuze(id, { uitvoerders })} />
                <TextArea id={`${id}-budget`} label="Budget" hint={gids.velden.budget} value={k.budget} max={1000} onInput={(budget) => setKeuze(id, { budget })} />
                <TextArea id={`${id}-effect`} label="Beoogd maatschappelijk effect" hint={gids.velden.effect} value={k.effect} max={2000} onInput={(effect) => setKeuze(id, { effect })} />
                <TextArea id={`${id}-indicator`} label="Indicator" hint={gids.velden.indicator} value={k.indicator} max={1000} onInput={(indicator) => setKeuze(id, { indicator })} />
                <GetalInput id={`${id}-jaar`} label="Jaar" hint={gids.velden.jaar} short inputMode="numeric" value={k.jaar} parse={parseJaar} onValue={(jaar) => setKeuze(id, { jaar })} />
              </div>
            </fieldset>
          );
        })}
      </section>

      <section class="rk-worksheet__step" aria-labelledby="kop-matrix">
        <h2 id="kop-matrix">Preventiematrix</h2>
        <p class="rk-prose">{gids.matrix.explanation}</p>
        <p role="status">
          {gaps.length === 0 ? "Elk vak is ingevuld." : `${gaps.length} van ${rows.length * 3} vakken zijn nog leeg. Een leeg vak kan een gat in het aanbod zijn.`}
        </p>
        <div class="rk-table-scroll">
          <table class="rk-matrix">
            <caption class="rk-visually-hidden">Preventiematrix: doelgroepen tegen preventieniveau</caption>
            <thead>
              <tr>
                <th scope="col">Doelgroep</th>
                {PREVENTIE_NIVEAU_IDS.map((id) => (
                  <th scope="col" key={id}>
                    {niveau(id)?.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-item>
                  <th scope="row">
                    <label class="rk-visually-hidden" for={`${row.id}-naam`}>
                      Naam van de doelgroep
                    </label>
                    <input
                      id={`${row.id}-naam`}
                      class="rk-input"
                      value={row.doelgroep}
                      onInput={(e) => {
                        const doelgroep = e.currentTarget.value;
                        setRows((rs) => rs.map((r) => (r.id === row.id ? { ...r, doelgroep } : r)));
                      }}
                    />
                    <button
                      type="button"
                      class="rk-button rk-button--danger rk-button--small"
                      onClick={(ev) => {
                        focusAfterRemove(ev.currentTarget);
                        setRows((rs) => rs.filter((r) => r.id !== row.id));
                        say(`Rij ${row.doelgroep} verwijderd.`);
                      }}
                    >
                      Verwijder rij<span class="rk-visually-hidden"> {row.doelgroep}</span>
                    </button>
                  </th>
                  {PREVENTIE_NIVEAU_IDS.map((id) => {
                    const empty = row.cellen[id].trim() === "";
                    return (
                      <td key={id} class={empty ? "rk-matrix__cell rk-matrix__cell--gap" : "rk-matrix__cell"}>
                        <label class="rk-visually-hidden" for={`${row.id}-${id}`}>
                          {row.doelgroep}, {niveau(id)?.title}
                        </label>
                        <textarea
                          id={`${row.id}-${id}`}
                          class="rk-textarea"
                          rows={3}
                          value={row.cellen[id]}
                          placeholder="Leeg: gat?"
                          onInput={(e) => {
                            const value = e.currentTarget.value;
                            setRows((rs) => rs.map((r) => (r.id === row.id ? { ...r, cellen: { ...r.cellen, [id]: value } } : r)));
                          }}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div class="rk-worksheet__actions">
          <button
            type="button"
            class="rk-button rk-button--secondary"
            data-add
            onClick={() => {
              const row: MatrixRow = { id: newId("m"), doelgroep: "Nieuwe doelgroep", cellen: { beschermen: "", stabiliseren: "", gevolgen: "" } };
              setRows((rs) => [...rs, row]);
              setTimeout(() => {
                const el = document.getElementById(`${row.id}-naam`) as HTMLInputElement | null;
                el?.focus();
                el?.select();
              }, 30);
            }}
          >
            Doelgroep toevoegen
          </button>
        </div>
      </section>

      <section class="rk-worksheet__step" aria-labelledby="kop-evaluatie">
        <h2 id="kop-evaluatie">Evalueren en bijsturen</h2>
        {gids.evaluatievragen.map((q) => (
          <TextArea
            key={q.id}
            id={q.id}
            label={q.question}
            value={sheet.evaluatie[q.id] ?? ""}
            max={5000}
            onInput={(value) => setSheet((s) => ({ ...s, evaluatie: { ...s.evaluatie, [q.id]: value } }))}
          />
        ))}
      </section>

      <section class="rk-worksheet__step rk-no-print" aria-labelledby="kop-export-preventie">
        <h2 id="kop-export-preventie">Werkblad delen</h2>
        <ExportMenu werkboek={werkboek} build={() => preventieDocument(sheet, gids, werkboek.name)} />
      </section>
      <PrintDocument doc={preventieDocument(sheet, gids, werkboek.name)} />
    </div>
  );
}
