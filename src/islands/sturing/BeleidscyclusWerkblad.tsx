import type { Beleidscyclus, CyclusStap } from "../../schemas/beleidscyclus.ts";
import { BELEIDSCYCLUS_STAPPEN, INSTRUMENTEN, beleidscyclusDocument, resultaatRegel, type StapId } from "../../lib/sturing/beleidscyclus.ts";
import type { WetNaam } from "../../lib/export/waardemodel.ts";
import { staalkaartUrl } from "../../lib/cards.ts";
import { useWerkboek } from "../ui/useWerkboek.ts";
import { SaveBar } from "../ui/SaveBar.tsx";
import { Select, TextArea, TextInput } from "../ui/fields.tsx";
import { ExportMenu } from "../ui/ExportMenu.tsx";
import { PrintDocument } from "../ui/PrintDocument.tsx";
import { DateInput } from "./sturingVelden.tsx";

const leeg: CyclusStap = { besloten: "", wanneer: "", volgendInstrument: "" };

type LijstVeld = "resultaatIds" | "toetsIds" | "staalkaartIds";

/** A group of checkboxes that link werkboek parts to the theme. */
function Koppel({ legend, leegTekst, items, gekozen, onToggle }: { legend: string; leegTekst: preact.ComponentChildren; items: { id: string; label: string }[]; gekozen: string[]; onToggle: (id: string, aan: boolean) => void }) {
  return (
    <fieldset class="rk-fieldset">
      <legend class="rk-fieldset__legend">{legend}</legend>
      {items.length === 0 ? (
        <p class="rk-field__hint">{leegTekst}</p>
      ) : (
        <ul class="rk-check-lijst">
          {items.map((i) => (
            <li key={i.id}>
              <label>
                <input type="checkbox" checked={gekozen.includes(i.id)} onChange={(e) => onToggle(i.id, e.currentTarget.checked)} /> {i.label}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/** Werkblad beleidscyclus: one theme, six steps, and the visie, toetsen and notes that belong to it. */
export default function BeleidscyclusWerkblad({ staalkaarten }: { staalkaarten: WetNaam[] }) {
  const { state, update, resolveConflict } = useWerkboek();
  if (state.kind === "laden") return <p role="status">Je werkboek wordt geladen…</p>;
  const { werkboek, status, memoryOnly } = state;
  const b = werkboek.sturing.beleidscyclus;
  const set = (edit: (b: Beleidscyclus) => Beleidscyclus) => update((w) => ({ ...w, sturing: { ...w.sturing, beleidscyclus: edit(w.sturing.beleidscyclus) } }));
  const setStap = (id: StapId, change: Partial<CyclusStap>) => set((x) => ({ ...x, stappen: { ...x.stappen, [id]: { ...leeg, ...x.stappen[id], ...change } } }));
  const toggle = (veld: LijstVeld, id: string, aan: boolean) => set((x) => ({ ...x, [veld]: aan ? [...x[veld].filter((y) => y !== id), id].slice(0, 50) : x[veld].filter((y) => y !== id) }));
  const resultaten = werkboek.visie.resultaten.filter((r) => resultaatRegel(r) !== "");
  const metNotities = staalkaarten.filter((s) => werkboek.staalkaartNotities[s.id] !== undefined);
  const volgende = BELEIDSCYCLUS_STAPPEN.find((s) => !(b.stappen[s.id]?.besloten ?? "").trim());
  const doc = () => beleidscyclusDocument(werkboek, staalkaarten);

  return (
    <div class="rk-worksheet">
      <SaveBar werkboek={werkboek} status={status} memoryOnly={memoryOnly} onResolve={(c) => void resolveConflict(c)} />
      <section class="rk-worksheet__step" aria-labelledby="kop-thema">
        <h2 id="kop-thema">Thema</h2>
        <TextInput id="bc-thema" label="Welk thema volg je?" hint="Bijvoorbeeld jeugdhulp, armoede of eenzaamheid." value={b.thema} max={200} onInput={(thema) => set((x) => ({ ...x, thema }))} />
        <p role="status">{volgende ? `Eerste open stap: ${volgende.titel}.` : "Alle zes stappen hebben een notitie."}</p>
      </section>
      <section class="rk-worksheet__step" aria-labelledby="kop-stappen">
        <h2 id="kop-stappen">Waar staat de raad?</h2>
        <ol class="rk-cyclus">
          {BELEIDSCYCLUS_STAPPEN.map((s) => {
            const st = { ...leeg, ...b.stappen[s.id] };
            return (
              <li key={s.id} class="rk-cyclus__stap">
                <fieldset class="rk-fieldset">
                  <legend class="rk-fieldset__legend">{s.titel}</legend>
                  <p class="rk-field__hint">
                    {s.raadDoet} Instrumenten: {s.instrumenten.join(", ")}.
                  </p>
                  <div class="rk-grid-2">
                    <TextArea id={`bc-${s.id}-besloten`} label="Wat is besloten of gedaan?" value={st.besloten} max={3000} onInput={(besloten) => setStap(s.id, { besloten })} />
                    <DateInput id={`bc-${s.id}-wanneer`} label="Wanneer?" value={st.wanneer} onInput={(wanneer) => setStap(s.id, { wanneer })} />
                    <Select id={`bc-${s.id}-instrument`} label="Welk instrument is nu aan de beurt?" value={st.volgendInstrument} options={INSTRUMENTEN.map((i) => ({ value: i, label: i }))} onInput={(volgendInstrument) => setStap(s.id, { volgendInstrument })} />
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      </section>
      <section class="rk-worksheet__step" aria-labelledby="kop-koppelingen">
        <h2 id="kop-koppelingen">Wat hoort erbij uit je werkboek?</h2>
        <Koppel
          legend="Maatschappelijke resultaten uit je visie"
          leegTekst={<>Nog geen resultaten. Schrijf ze op in het <a href="/visie/">visie-werkboek</a>.</>}
          items={resultaten.map((r) => ({ id: r.id, label: resultaatRegel(r) }))}
          gekozen={b.resultaatIds}
          onToggle={(id, aan) => toggle("resultaatIds", id, aan)}
        />
        <Koppel
          legend="Getoetste raadsvoorstellen"
          leegTekst={<>Nog geen bewaarde toetsen. Toets een voorstel met de <a href="/sturing/raadsvoorstel-toets/">raadsvoorstel-toets</a>.</>}
          items={werkboek.toetsen.map((t) => ({ id: t.id, label: t.title || "Naamloos voorstel" }))}
          gekozen={b.toetsIds}
          onToggle={(id, aan) => toggle("toetsIds", id, aan)}
        />
        <Koppel
          legend="Notities bij de staalkaarten"
          leegTekst="Nog geen notities bij een staalkaart. Je maakt ze onderaan elke staalkaart."
          items={metNotities.map((s) => ({ id: s.id, label: s.shortName }))}
          gekozen={b.staalkaartIds}
          onToggle={(id, aan) => toggle("staalkaartIds", id, aan)}
        />
        {b.staalkaartIds.length > 0 && (
          <ul>
            {staalkaarten
              .filter((s) => b.staalkaartIds.includes(s.id))
              .map((s) => (
                <li key={s.id}>
                  <a href={staalkaartUrl(s.id)}>{s.shortName}</a>: {werkboek.staalkaartNotities[s.id]?.vragenCollege || werkboek.staalkaartNotities[s.id]?.notities || "nog geen notities"}
                </li>
              ))}
          </ul>
        )}
      </section>
      <section class="rk-worksheet__step rk-no-print" aria-labelledby="kop-export-cyclus">
        <h2 id="kop-export-cyclus">Beleidscyclus delen</h2>
        <ExportMenu werkboek={werkboek} build={doc} />
      </section>
      <PrintDocument doc={doc()} />
    </div>
  );
}
