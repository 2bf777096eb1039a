import { useState } from "preact/hooks";
import type { Regeling, ZienswijzeAntwoord } from "../../schemas/regeling.ts";
import { WGR_VORMEN } from "../../vocabulary/regelingVormen.ts";
import { regelingenDocument, WGR_VORM_LABEL } from "../../lib/sturing/regelingExport.ts";
import { bijdrageTrend, ZIENSWIJZE_VRAGEN, zienswijzeBrief, zienswijzeConcept, zienswijzeDocument } from "../../lib/sturing/zienswijze.ts";
import { useWerkboek } from "../ui/useWerkboek.ts";
import { focusAfterRemove, focusSoon, useAnnouncer } from "../ui/worksheet.tsx";
import { SaveBar } from "../ui/SaveBar.tsx";
import { Select, TextArea, TextInput } from "../ui/fields.tsx";
import { ExportMenu } from "../ui/ExportMenu.tsx";
import { PrintDocument } from "../ui/PrintDocument.tsx";
import { GetalInput } from "../ui/GetalInput.tsx";
import { parseGetal, parseJaar } from "../../lib/getal.ts";
import { DateInput } from "./sturingVelden.tsx";
import { AlgemeenBestuurData, RegelingToevoegen, sturingSetter } from "./regelingVelden.tsx";

const OORDELEN = [
  { value: "ja", label: "Ja" },
  { value: "deels", label: "Deels" },
  { value: "nee", label: "Nee" },
];

/** A bijdrage per inwoner in euro, from 0 to 100.000. */
const bedrag = (raw: string): number | null => {
  const n = parseGetal(raw);
  return n !== null && n >= 0 && n <= 100_000 ? n : null;
};

/** Werkblad regionale samenwerking: a card per regeling, and the zienswijze helper for its ontwerpbegroting. */
export default function RegionaleSamenwerkingWerkblad() {
  const { state, update, resolveConflict } = useWerkboek();
  const { say, region } = useAnnouncer();
  const [gekozen, setGekozen] = useState<string>("");
  if (state.kind === "laden") return <p role="status">Je werkboek wordt geladen…</p>;
  const { werkboek, status, memoryOnly } = state;
  const { regelingen, gemeente } = werkboek.sturing;
  const setSturing = sturingSetter(update);
  const setRegeling = (id: string, edit: (r: Regeling) => Regeling) => setSturing((s) => ({ regelingen: s.regelingen.map((r) => (r.id === id ? edit(r) : r)) }));
  const set = (id: string, change: Partial<Regeling>) => setRegeling(id, (r) => ({ ...r, ...change }));
  const actief = regelingen.find((r) => r.id === gekozen) ?? regelingen[0];
  const trendActief = actief ? bijdrageTrend(actief) : "";
  const ctx = { gemeente };
  const resultaten = werkboek.visie.resultaten.filter((r) => r.doelgroep.trim() || r.verandering.trim());
  const setAntwoord = (r: Regeling, vraag: string, change: Partial<ZienswijzeAntwoord>) =>
    setRegeling(r.id, (x) => {
      const oud = x.zienswijze.antwoorden[vraag] ?? { oordeel: "", toelichting: "" };
      return { ...x, zienswijze: { ...x.zienswijze, antwoorden: { ...x.zienswijze.antwoorden, [vraag]: { ...oud, ...change } } } };
    });

  return (
    <div class="rk-worksheet">
      <SaveBar werkboek={werkboek} status={status} memoryOnly={memoryOnly} onResolve={(c) => void resolveConflict(c)} />
      {region}

      <section class="rk-worksheet__step" aria-labelledby="kop-regelingen">
        <h2 id="kop-regelingen">Onze regelingen</h2>
        <TextInput id="rs-gemeente" label="Naam van je gemeente" hint="Komt in de brief met de zienswijze." value={gemeente} max={120} onInput={(v) => setSturing(() => ({ gemeente: v }))} />
        {regelingen.length === 0 && <p>Nog geen regelingen. Voeg de eerste toe, bijvoorbeeld de GGD of de samenwerking voor jeugdhulp.</p>}
        {regelingen.map((r) => {
          const titel = r.naam.trim() || "Naamloze regeling";
          const trend = bijdrageTrend(r);
          return (
            <section class="rk-regeling" key={r.id} aria-labelledby={`${r.id}-kop`} data-regeling={r.id} data-item>
              <h3 id={`${r.id}-kop`}>{titel}</h3>
              <div class="rk-grid-2">
                <TextInput id={`${r.id}-naam`} label="Naam" value={r.naam} max={200} onInput={(naam) => set(r.id, { naam })} />
                <Select id={`${r.id}-vorm`} label="Wgr-vorm" value={r.vorm} options={WGR_VORMEN.map((v) => ({ value: v, label: WGR_VORM_LABEL[v] ?? v }))} onInput={(v) => set(r.id, { vorm: v as Regeling["vorm"] })} />
                <TextArea id={`${r.id}-deelnemers`} label="Deelnemers" value={r.deelnemers} max={2000} onInput={(deelnemers) => set(r.id, { deelnemers })} />
                <TextArea id={`${r.id}-taken`} label="Taken in het sociaal domein" value={r.taken} max={3000} onInput={(taken) => set(r.id, { taken })} />
                <TextInput id={`${r.id}-rapporteur`} label="Raadsrapporteur" value={r.raadsrapporteur} max={300} onInput={(raadsrapporteur) => set(r.id, { raadsrapporteur })} />
                <DateInput id={`${r.id}-evaluatie`} label="Volgende evaluatie" value={r.evaluatiedatum} onInput={(evaluatiedatum) => set(r.id, { evaluatiedatum })} />
                <TextArea id={`${r.id}-uittreden`} label="Kosten van uittreden" hint="Wat kost uittreden, en waar staat dat in de regeling?" value={r.uittredingskosten} max={2000} onInput={(uittredingskosten) => set(r.id, { uittredingskosten })} />
                <TextArea id={`${r.id}-notities`} label="Notities" hint="Bijvoorbeeld het informatieprotocol of afspraken met de wethouder." value={r.notities} max={5000} onInput={(notities) => set(r.id, { notities })} />
                <AlgemeenBestuurData idPrefix={r.id} regeling={r} onChange={(change) => set(r.id, change)} />
              </div>
              <fieldset class="rk-fieldset">
                <legend class="rk-fieldset__legend">Bijdrage per inwoner</legend>
                {r.bijdragen.map((b, i) => (
                  <div class="rk-fieldset--inline" key={i}>
                    <GetalInput
                      id={`${r.id}-bijdrage-${i}`}
                      label={`Bijdrage per inwoner in ${b.jaar} (euro)`}
                      short
                      inputMode="decimal"
                      value={b.perInwoner}
                      parse={bedrag}
                      onValue={(perInwoner) => setRegeling(r.id, (x) => ({ ...x, bijdragen: x.bijdragen.map((y, j) => (j === i ? { ...y, perInwoner } : y)) }))}
                    />
                  </div>
                ))}
                {trend && <p role="status">{trend}</p>}
                <button
                  type="button"
                  class="rk-button rk-button--secondary rk-button--small"
                  disabled={r.bijdragen.length >= 20}
                  onClick={() => {
                    const laatste = r.bijdragen.reduce((m, b) => Math.max(m, b.jaar), new Date().getFullYear() - 1);
                    const i = r.bijdragen.length;
                    setRegeling(r.id, (x) => ({ ...x, bijdragen: [...x.bijdragen, { jaar: laatste + 1, perInwoner: null }] }));
                    focusSoon(`${r.id}-bijdrage-${i}`);
                  }}
                >
                  Jaar toevoegen<span class="rk-visually-hidden"> aan {titel}</span>
                </button>
              </fieldset>
              <button
                type="button"
                class="rk-button rk-button--danger rk-button--small"
                onClick={(ev) => {
                  if (!window.confirm(`${titel} verwijderen? Ook de zienswijze gaat weg.`)) return;
                  focusAfterRemove(ev.currentTarget);
                  setSturing((s) => ({ regelingen: s.regelingen.filter((x) => x.id !== r.id) }));
                  say(`${titel} verwijderd.`);
                }}
              >
                Verwijder<span class="rk-visually-hidden"> {titel}</span>
              </button>
            </section>
          );
        })}
        <RegelingToevoegen aantal={regelingen.length} setSturing={setSturing} say={say} naamId={(id) => `${id}-naam`} />
        <ExportMenu werkboek={werkboek} build={() => regelingenDocument(regelingen, werkboek.name)} />
      </section>

      {actief && (
        <section class="rk-worksheet__step" aria-labelledby="kop-zienswijze">
          <h2 id="kop-zienswijze">Zienswijze op de ontwerpbegroting</h2>
          <p>Je hebt twaalf weken na ontvangst van de ontwerpbegroting (art. 35 Wgr). Beantwoord de vragen; daaruit maakt Raadskompas een conceptbrief die je daarna zelf aanpast.</p>
          {regelingen.length > 1 && (
            <Select id="zw-regeling" label="Regeling" value={actief.id} options={regelingen.map((r) => ({ value: r.id, label: r.naam.trim() || "Naamloze regeling" }))} onInput={(v) => v && setGekozen(v)} />
          )}
          <GetalInput
            id="zw-jaar"
            label="Begrotingsjaar"
            inputMode="numeric"
            value={actief.zienswijze.begrotingsjaar}
            parse={parseJaar}
            onValue={(begrotingsjaar) => setRegeling(actief.id, (x) => ({ ...x, zienswijze: { ...x.zienswijze, begrotingsjaar } }))}
          />
          <ol class="rk-check-lijst">
            {ZIENSWIJZE_VRAGEN.map((q) => {
              const a = actief.zienswijze.antwoorden[q.id] ?? { oordeel: "", toelichting: "" };
              return (
                <li key={q.id}>
                  <fieldset class="rk-fieldset">
                    <legend class="rk-fieldset__legend">{q.vraag}</legend>
                    <p class="rk-field__hint">{q.hint}</p>
                    {q.id === "visie" && (
                      resultaten.length ? (
                        <ul>
                          {resultaten.map((r) => (
                            <li key={r.id}>
                              {r.doelgroep} {r.verandering}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <p class="rk-field__hint">
                          Je werkboek heeft nog geen maatschappelijke resultaten. Schrijf ze op in het <a href="/visie/">visie-werkboek</a>.
                        </p>
                      )
                    )}
                    {q.id === "bijdrage" && trendActief && <p>{trendActief}</p>}
                    <div class="rk-radio" role="radiogroup" aria-label={`Oordeel: ${q.vraag}`}>
                      {OORDELEN.map((o) => (
                        <label key={o.value}>
                          <input type="radio" name={`zw-${actief.id}-${q.id}`} value={o.value} checked={a.oordeel === o.value} onChange={() => setAntwoord(actief, q.id, { oordeel: o.value as ZienswijzeAntwoord["oordeel"] })} /> {o.label}
                        </label>
                      ))}
                    </div>
                    <TextArea id={`zw-${q.id}-toelichting`} label="Toelichting voor de brief" value={a.toelichting} max={3000} onInput={(toelichting) => setAntwoord(actief, q.id, { toelichting })} />
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <h3>Conceptbrief</h3>
          <p class="rk-field__hint">
            {actief.zienswijze.brief.trim() ? "Je hebt de brief zelf aangepast. Nieuwe antwoorden komen er niet vanzelf in." : "De brief volgt je antwoorden. Zodra je hem aanpast, blijft jouw tekst staan."}
          </p>
          <TextArea
            id="zw-brief"
            label="Brief aan het dagelijks bestuur"
            rows={18}
            value={zienswijzeBrief(actief, ctx)}
            max={20_000}
            onInput={(brief) => setRegeling(actief.id, (x) => ({ ...x, zienswijze: { ...x.zienswijze, brief: brief === zienswijzeConcept(x, ctx) ? "" : brief } }))}
          />
          <div class="rk-worksheet__actions">
            <button
              type="button"
              class="rk-button rk-button--secondary rk-button--small"
              disabled={!actief.zienswijze.brief.trim()}
              onClick={() => {
                setRegeling(actief.id, (x) => ({ ...x, zienswijze: { ...x.zienswijze, brief: "" } }));
                say("De brief is opnieuw gemaakt uit je antwoorden.");
              }}
            >
              Opnieuw maken uit mijn antwoorden
            </button>
          </div>
          <ExportMenu werkboek={werkboek} build={() => zienswijzeDocument(actief, ctx)} />
        </section>
      )}
      <PrintDocument doc={regelingenDocument(regelingen, werkboek.name)} />
    </div>
  );
}
