import { useState } from "preact/hooks";
import type { Startnotitie } from "../../schemas/startnotitie.ts";
import type { ResultaatVanSet } from "../../lib/raadsvoorstel/analyse.ts";
import { STARTNOTITIE_ELEMENTEN, STARTNOTITIE_FASEN, startnotitieDocument, startnotitieVoortgang } from "../../lib/sturing/startnotitie.ts";
import { useWerkboek } from "../ui/useWerkboek.ts";
import { useAnnouncer } from "../ui/worksheet.tsx";
import { SaveBar } from "../ui/SaveBar.tsx";
import { TextArea, TextInput } from "../ui/fields.tsx";
import { ExportMenu } from "../ui/ExportMenu.tsx";
import { PrintDocument } from "../ui/PrintDocument.tsx";

/** Longest text the check accepts; a startnotitie is a few pages. */
const MAX_CHECK = 200_000;
const STATUS_LABEL = { aanwezig: "Staat erin", deels: "Deels", afwezig: "Ontbreekt" } as const;

/** Werkblad startnotitie: the raad's own process kader, and a check of an existing text. */
export default function StartnotitieWerkblad() {
  const { state, update, resolveConflict } = useWerkboek();
  const { say, region } = useAnnouncer();
  const [tekst, setTekst] = useState("");
  const [uitslag, setUitslag] = useState<ResultaatVanSet[] | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  if (state.kind === "laden") return <p role="status">Je werkboek wordt geladen…</p>;
  const { werkboek, status, memoryOnly } = state;
  const s = werkboek.sturing.startnotitie;
  const set = (edit: (s: Startnotitie) => Startnotitie) => update((w) => ({ ...w, sturing: { ...w.sturing, startnotitie: edit(w.sturing.startnotitie) } }));
  const voortgang = startnotitieVoortgang(s);

  const controleer = async () => {
    setFout(null);
    if (tekst.trim().split(/\s+/).length < 20) {
      setUitslag(null);
      setFout("Plak eerst de tekst van een startnotitie (minstens twintig woorden).");
      return;
    }
    // The field's maxlength is not a guarantee: HTML lets a user edit exceed it (some input methods
    // do while composing), and the analysis must never run on an unbounded text.
    if (tekst.length > MAX_CHECK) {
      setUitslag(null);
      setFout(`Deze tekst is te lang om te controleren: maximaal ${MAX_CHECK.toLocaleString("nl-NL")} tekens.`);
      return;
    }
    // The analysis engine loads only when asked for, so the worksheet itself stays small.
    const [{ analyseCriteriaSet }, { STARTNOTITIE_CRITERIA }] = await Promise.all([import("../../lib/raadsvoorstel/analyse.ts"), import("../../lib/raadsvoorstel/startnotitieCriteria.ts")]);
    const r = analyseCriteriaSet(tekst, STARTNOTITIE_CRITERIA);
    setUitslag(r);
    say(`Controle klaar: ${r.filter((x) => x.status === "aanwezig").length} van ${r.length} onderdelen staan erin.`);
  };

  return (
    <div class="rk-worksheet">
      <SaveBar werkboek={werkboek} status={status} memoryOnly={memoryOnly} onResolve={(c) => void resolveConflict(c)} />
      {region}
      <section class="rk-worksheet__step" aria-labelledby="kop-elementen">
        <h2 id="kop-elementen">Zeven onderdelen</h2>
        <TextInput id="sn-onderwerp" label="Onderwerp" hint="Het dossier, bijvoorbeeld armoede en schuldhulpverlening." value={s.onderwerp} max={300} onInput={(onderwerp) => set((x) => ({ ...x, onderwerp }))} />
        <p role="status">{voortgang} van de {STARTNOTITIE_ELEMENTEN.length} onderdelen ingevuld.</p>
        {STARTNOTITIE_ELEMENTEN.map((e, i) => (
          <TextArea
            key={e.id}
            id={`sn-${e.id}`}
            label={`${i + 1}. ${e.titel}: ${e.vraag}`}
            hint={e.hint}
            value={s.elementen[e.id] ?? ""}
            max={5000}
            onInput={(v) => set((x) => ({ ...x, elementen: { ...x.elementen, [e.id]: v } }))}
          />
        ))}
      </section>
      <section class="rk-worksheet__step" aria-labelledby="kop-fasen">
        <h2 id="kop-fasen">Drie fasen: informeren, wikken en wegen, besluiten</h2>
        {STARTNOTITIE_FASEN.map((f) => (
          <fieldset class="rk-fieldset" key={f.id}>
            <legend class="rk-fieldset__legend">{f.titel}</legend>
            <p class="rk-field__hint">{f.uitleg}</p>
            <TextInput id={`sn-${f.id}-periode`} label={`Periode: ${f.titel.toLocaleLowerCase("nl")}`} value={s.fasen[f.id].periode} max={200} onInput={(periode) => set((x) => ({ ...x, fasen: { ...x.fasen, [f.id]: { ...x.fasen[f.id], periode } } }))} />
            <TextArea id={`sn-${f.id}-aanpak`} label={`Aanpak: ${f.titel.toLocaleLowerCase("nl")}`} value={s.fasen[f.id].aanpak} max={5000} onInput={(aanpak) => set((x) => ({ ...x, fasen: { ...x.fasen, [f.id]: { ...x.fasen[f.id], aanpak } } }))} />
          </fieldset>
        ))}
      </section>
      <section class="rk-worksheet__step rk-no-print" aria-labelledby="kop-export-startnotitie">
        <h2 id="kop-export-startnotitie">Startnotitie delen</h2>
        <ExportMenu werkboek={werkboek} build={() => startnotitieDocument(s, werkboek.name)} />
      </section>
      <section class="rk-worksheet__step rk-no-print" aria-labelledby="kop-check">
        <h2 id="kop-check">Een startnotitie controleren</h2>
        <p>Plak de tekst van een startnotitie of procesvoorstel. Raadskompas zoekt met dezelfde analyse als de <a href="/sturing/raadsvoorstel-toets/">raadsvoorstel-toets</a> naar de zeven onderdelen. De tekst blijft in je browser en wordt niet bewaard.</p>
        <TextArea id="sn-check-tekst" label="Tekst van de startnotitie" rows={10} value={tekst} max={MAX_CHECK} onInput={setTekst} />
        <div class="rk-worksheet__actions">
          <button type="button" class="rk-button" onClick={() => void controleer()}>
            Controleer op de zeven onderdelen
          </button>
        </div>
        {fout && (
          <p class="rk-alert rk-alert--error" role="alert">
            {fout}
          </p>
        )}
        {uitslag && (
          <div class="rk-table-scroll">
          <table class="rk-check-uitslag">
            <caption>Uitslag van de controle</caption>
            <thead>
              <tr>
                <th scope="col">Onderdeel</th>
                <th scope="col">Oordeel</th>
                <th scope="col">Toelichting</th>
              </tr>
            </thead>
            <tbody>
              {uitslag.map((r) => (
                <tr key={r.id} data-onderdeel={r.id}>
                  <th scope="row">{r.title}</th>
                  <td>
                    <span class={`rk-status rk-status--${r.status}`}>{STATUS_LABEL[r.status]}</span>
                  </td>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        )}
      </section>
      <PrintDocument doc={startnotitieDocument(s, werkboek.name)} />
    </div>
  );
}
