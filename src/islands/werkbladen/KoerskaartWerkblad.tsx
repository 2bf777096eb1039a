import type { KoerskaartGids } from "../../schemas/koerskaartGids.ts";
import type { KeuzeAntwoord, KeuzematrixRij, KoerskaartSheet } from "../../schemas/koerskaartWerkblad.ts";
import { KEUZE_VELDEN, KEUZE_VELD_LABELS, MOET_LABELS } from "../../schemas/koerskaartVelden.ts";
import { newId } from "../../lib/ids.ts";
import { antwoordOf, koerskaartSheet, matrixGaten, matrixRijen } from "../../lib/koerskaart/koerskaart.ts";
import { koerskaartDocument } from "../../lib/koerskaart/koerskaartExport.ts";
import { useWerkboek } from "../ui/useWerkboek.ts";
import { useAnnouncer } from "../ui/worksheet.tsx";
import { MatrixRijKop } from "../ui/MatrixRijKop.tsx";
import { SaveBar } from "../ui/SaveBar.tsx";
import { TextArea } from "../ui/fields.tsx";
import { ExportMenu } from "../ui/ExportMenu.tsx";
import { PrintDocument } from "../ui/PrintDocument.tsx";

/** Field limits, the same as the schema's (src/schemas/koerskaartWerkblad.ts). */
const MAX: Record<(typeof KEUZE_VELDEN)[number], number> = { nu: 2000, koers: 2000, waarom: 2000, kosten: 1000, volgen: 1000 };

/**
 * The worksheet of a koerskaart beside preventie, one for all of them: the guide (content/werkbladen/<id>.yaml)
 * says which keuzes, rows, columns and questions there are; the answers live in `werkboek.koerskaarten[id]`.
 */
export default function KoerskaartWerkblad({ gids }: { gids: KoerskaartGids }) {
  const { state, update, resolveConflict, exportWerkboek } = useWerkboek();
  const { say, region } = useAnnouncer();
  if (state.kind === "laden") return <p role="status">Je werkboek wordt geladen…</p>;
  const { werkboek, status, memoryOnly } = state;
  const id = gids.kaart;
  // DOM ids carry a prefix: the card's own headings above the worksheet have ids too.
  const dom = (...parts: string[]) => ["kk", ...parts].join("-");
  const sheet = koerskaartSheet(werkboek.koerskaarten, id);
  const setSheet = (edit: (s: KoerskaartSheet) => KoerskaartSheet) => update((w) => ({ ...w, koerskaarten: { ...w.koerskaarten, [id]: edit(koerskaartSheet(w.koerskaarten, id)) } }));
  const setKeuze = (keuze: string, change: Partial<KeuzeAntwoord>) => setSheet((s) => ({ ...s, keuzes: { ...s.keuzes, [keuze]: { ...antwoordOf(s, keuze), ...change } } }));
  const { kolommen, rijlabel } = gids.matrix;
  const rijen = matrixRijen(sheet, gids.matrix.rijen);
  const gaten = matrixGaten(rijen, kolommen);
  // Editing a default row turns the defaults into the user's own rows, so nothing is stored until used.
  const setRijen = (edit: (r: KeuzematrixRij[]) => KeuzematrixRij[]) => setSheet((s) => ({ ...s, matrix: edit(matrixRijen(s, gids.matrix.rijen)) }));
  const doc = () => koerskaartDocument(sheet, gids, werkboek.name);

  return (
    <div class="rk-worksheet">
      <SaveBar werkboek={werkboek} status={status} memoryOnly={memoryOnly} onResolve={(c) => void resolveConflict(c)} onExport={exportWerkboek} />
      {region}

      <section class="rk-worksheet__step" aria-labelledby={dom("kop-keuzes")}>
        <h3 id={dom("kop-keuzes")}>Onze keuzes</h3>
        <p>Schrijf per keuze op wat er nu is en welke kant je op wilt. {gids.velden.koers}</p>
        {gids.keuzes.map((k) => {
          const a = antwoordOf(sheet, k.id);
          return (
            <fieldset class="rk-fieldset" key={k.id}>
              <legend class="rk-fieldset__legend">
                {k.title} ({MOET_LABELS[k.moet]})
              </legend>
              <p class="rk-field__hint">
                {k.ruimte} Bron: {k.bron}.
              </p>
              <div class="rk-grid-2">
                {KEUZE_VELDEN.map((v) => (
                  <TextArea
                    key={v}
                    id={dom(k.id, v)}
                    label={KEUZE_VELD_LABELS[v]}
                    hint={v === "koers" ? k.vraag : gids.velden[v]}
                    value={a[v]}
                    max={MAX[v]}
                    onInput={(value) => setKeuze(k.id, { [v]: value })}
                  />
                ))}
              </div>
            </fieldset>
          );
        })}
      </section>

      <section class="rk-worksheet__step" aria-labelledby={dom("kop-matrix")}>
        <h3 id={dom("kop-matrix")}>Keuzematrix</h3>
        <p class="rk-prose">{gids.matrix.explanation}</p>
        <dl class="rk-prose">
          {kolommen.map((k) => (
            <div key={k.id}>
              <dt>
                <strong>{k.title}</strong>
              </dt>
              <dd>
                {k.explanation} Voorbeeld: {k.voorbeeld}
              </dd>
            </div>
          ))}
        </dl>
        <p role="status">
          {gaten.length === 0 ? "Elk vak is ingevuld." : `${gaten.length} van ${rijen.length * kolommen.length} vakken zijn nog leeg. Een leeg vak kan een gat in het aanbod zijn.`}
        </p>
        <div class="rk-table-scroll">
          <table class="rk-matrix">
            <caption class="rk-visually-hidden">Keuzematrix: {rijlabel.toLowerCase()} tegen {kolommen.map((k) => k.title.toLowerCase()).join(", ")}</caption>
            <thead>
              <tr>
                <th scope="col">{rijlabel}</th>
                {kolommen.map((k) => (
                  <th scope="col" key={k.id}>
                    {k.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rijen.map((rij) => (
                <tr key={rij.id} data-item>
                  <MatrixRijKop
                    id={dom(rij.id, "naam")}
                    label={`Naam van de rij (${rijlabel.toLowerCase()})`}
                    value={rij.label}
                    maxLength={200}
                    onRename={(label) => setRijen((rs) => rs.map((r) => (r.id === rij.id ? { ...r, label } : r)))}
                    onRemove={() => {
                      setRijen((rs) => rs.filter((r) => r.id !== rij.id));
                      say(`Rij ${rij.label} verwijderd.`);
                    }}
                  />
                  {kolommen.map((k) => {
                    const value = rij.cellen[k.id] ?? "";
                    return (
                      <td key={k.id} class={value.trim() === "" ? "rk-matrix__cell rk-matrix__cell--gap" : "rk-matrix__cell"}>
                        <label class="rk-visually-hidden" for={dom(rij.id, k.id)}>
                          {rij.label}, {k.title}
                        </label>
                        <textarea
                          id={dom(rij.id, k.id)}
                          class="rk-textarea"
                          rows={3}
                          maxLength={2000}
                          value={value}
                          placeholder="Leeg: gat?"
                          onInput={(e) => {
                            const text = e.currentTarget.value;
                            setRijen((rs) => rs.map((r) => (r.id === rij.id ? { ...r, cellen: { ...r.cellen, [k.id]: text } } : r)));
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
              const rij: KeuzematrixRij = { id: newId("m"), label: "Nieuwe rij", cellen: {} };
              setRijen((rs) => [...rs, rij]);
              // Focus and select the placeholder name, so typing replaces it.
              setTimeout(() => {
                const el = document.getElementById(dom(rij.id, "naam")) as HTMLInputElement | null;
                el?.focus();
                el?.select();
              }, 30);
            }}
          >
            Rij toevoegen
          </button>
        </div>
      </section>

      <section class="rk-worksheet__step" aria-labelledby={dom("kop-evaluatie")}>
        <h3 id={dom("kop-evaluatie")}>Evalueren en bijsturen</h3>
        {gids.evaluatievragen.map((q) => (
          <TextArea
            key={q.id}
            id={dom(q.id)}
            label={q.question}
            value={sheet.evaluatie[q.id] ?? ""}
            max={5000}
            onInput={(value) => setSheet((s) => ({ ...s, evaluatie: { ...s.evaluatie, [q.id]: value } }))}
          />
        ))}
      </section>

      <section class="rk-worksheet__step rk-no-print" aria-labelledby={dom("kop-export")}>
        <h3 id={dom("kop-export")}>Werkblad delen</h3>
        <ExportMenu werkboek={werkboek} build={doc} />
      </section>
      <PrintDocument doc={doc()} />
    </div>
  );
}
