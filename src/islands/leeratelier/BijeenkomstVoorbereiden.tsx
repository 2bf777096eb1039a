import { useState } from "preact/hooks";
import type { Bijeenkomst } from "../../schemas/bijeenkomst.ts";
import { ONDERDELEN, ONDERDEEL_LABELS, type Onderdeel } from "../../vocabulary/onderdelen.ts";
import { KOERSKAART_ONDERWERPEN, KOERSKAART_WERKBLADEN, type KoerskaartWerkbladId } from "../../vocabulary/koerskaartWerkbladen.ts";
import { SCHAAL, VRAAGSOORTEN } from "../../lib/leeratelier/vraagsoort.ts";
import { gevolgenVanWijziging, invoerVan, regels, voorbereidingVan } from "../../lib/leeratelier/voorbereiding.ts";
import { emptyConcept } from "../../lib/leeratelier/voorbereiden.ts";
import { formatDatum, isDatum } from "../../lib/sturing/datum.ts";
import { useBijeenkomstConcept } from "./useBijeenkomstConcept.ts";
import { ErrorList, Field, FileField, describedBy } from "../ui/fields.tsx";
import { download } from "../browser/download.ts";

/** Field names in error messages. */
const VELD_NAAM: Record<string, string> = { title: "Titel", onderdelen: "Onderdelen", date: "Datum", stellingen: "Stellingen", fracties: "Fracties", startvraag: "Startvraag" };

/** What the paper worksheet asks per part, with how many writing boxes. */
const VRAGEN: Record<Onderdeel, { vraag: string; vakken: number }[]> = {
  waarden: [
    { vraag: "Welke maatschappelijke waarden vind jij het belangrijkst? Noem er drie tot vijf.", vakken: 1 },
    { vraag: "Wat betekent elk van je drie belangrijkste waarden voor jou? Eén regel per waarde.", vakken: 3 },
  ],
  principes: [{ vraag: "Welke leidende principes volgen uit die waarden? Schrijf bij elk principe waarom het inwoners verder helpt.", vakken: 3 }],
  resultaten: [{ vraag: "Maak de zin af: over vier jaar hebben we bereikt dat …% van … (doelgroep) … (verandering). Noem ook de nulmeting en de bron.", vakken: 2 }],
  kwaliteitseisen: [{ vraag: "Aan welke eisen moet de uitvoering voldoen? Bij welk principe hoort elke eis?", vakken: 2 }],
  koppeltabel: [{ vraag: "Verbind waarde → leidend principe → onderbouwing → maatschappelijk resultaat. Eén regel per verbinding.", vakken: 3 }],
  waardemodel: [
    { vraag: "Hoe weeg jij de vijf kernwaarden bij deze vraag: gelijkheid en redelijkheid, efficiëntie, welzijn, vrijheid, veiligheid?", vakken: 2 },
    { vraag: "Welk dilemma zie je, en welk compromis stel je voor? Welke verdeelprocedure past erbij?", vakken: 2 },
  ],
  preventie: [{ vraag: "Wat kies je per niveau (beschermen · stabiliseren · gevolgen tegengaan): voor wie, welke aanpak, met welk effect?", vakken: 3 }],
  ...(Object.fromEntries(
    KOERSKAART_WERKBLADEN.map((id) => [
      id,
      [
        { vraag: `Welke koers kies je bij ${KOERSKAART_ONDERWERPEN[id]}? Noem per keuze wat er nu is, welke kant je op wilt en waarom.`, vakken: 3 },
        { vraag: "Waar zie je een gat in het aanbod, en voor wie?", vakken: 1 },
      ],
    ]),
  ) as Record<KoerskaartWerkbladId, { vraag: string; vakken: number }[]>),
};

/** The griffier composes a bijeenkomst, or opens one to change it: a file for the raadsleden and a blank worksheet for paper. */
export default function BijeenkomstVoorbereiden() {
  const { form, status, set } = useBijeenkomstConcept();
  const [errors, setErrors] = useState<{ veld: string; tekst: string }[]>([]);
  const [openFout, setOpenFout] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  /** Opening a file puts it in the form and in the concept: the concept now changes that bijeenkomst. */
  function open(b: Bijeenkomst) {
    set({ ...voorbereidingVan(b), vorige: b });
    setErrors([]);
    setDone(null);
    setOpenFout(null);
  }

  async function onFile(f: File) {
    const { parseLeerateliersFile } = await import("../../lib/leeratelier/files.ts");
    const r = parseLeerateliersFile(await f.text().catch(() => ""), f.name);
    if (r.kind === "bijeenkomst") open(r.bijeenkomst);
    else if (r.kind === "atelier") open(r.atelier.bijeenkomst);
    else setOpenFout(r.kind === "fout" ? r.message : "Dit is geen bijeenkomst-bestand. Kies een bestand dat eindigt op .raadskompas-bijeenkomst.json.");
  }

  function opnieuw() {
    if (!window.confirm("Een nieuwe bijeenkomst beginnen? Het formulier wordt leeg. Je bestand van de vorige bijeenkomst blijft bestaan.")) return;
    set(emptyConcept());
    setErrors([]);
    setDone(null);
  }

  if (!form) return <p role="status">Je bijeenkomst wordt geladen…</p>;
  const { title, date, onderdelen, startvraag, fracties, stellingen, vraagsoort, vorige } = form;

  async function save() {
    const { makeBijeenkomst, bijeenkomstFileName } = await import("../../lib/leeratelier/files.ts");
    try {
      const b = makeBijeenkomst(invoerVan({ title, date, onderdelen, startvraag, fracties, stellingen, vraagsoort }), new Date(), vorige ?? undefined);
      download(bijeenkomstFileName(b), JSON.stringify(b, null, 2) + "\n", "application/json");
      // The concept keeps what was typed and now changes the saved bijeenkomst: the next download is its next revisie.
      set({ vorige: b });
      setErrors([]);
      setDone(
        b.revisie === 1
          ? `Het bestand ${bijeenkomstFileName(b)} is gedownload. Stuur het naar de raadsleden, en bewaar het zelf: je opent het straks weer bij het ophalen. Deze pagina onthoudt de bijeenkomst, zodat je hem later kunt aanpassen.`
          : `Versie ${b.revisie} van ${bijeenkomstFileName(b)} is gedownload. Het blijft dezelfde bijeenkomst: bijdragen op een eerdere versie passen er nog bij. Open het nieuwe bestand bij het ophalen.`,
      );
    } catch (e) {
      const issues = (e as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
      setDone(null);
      setErrors(issues ? issues.map((i) => ({ veld: String(i.path[0] ?? ""), tekst: `${VELD_NAAM[String(i.path[0] ?? "")] ?? String(i.path[0] ?? "")}: ${i.message}` })) : [{ veld: "", tekst: String(e) }]);
    }
  }

  const fout = (veld: string) => errors.find((e) => e.veld === veld)?.tekst ?? null;
  const titelFout = fout("title");
  const onderdelenFout = fout("onderdelen");
  const gevolgen = vorige ? gevolgenVanWijziging(vorige, form) : [];
  const schaal = SCHAAL[vraagsoort];

  return (
    <div class="rk-leeratelier">
      <div class="rk-no-print">
        {status?.kind === "fout" ? (
          <p class="rk-alert rk-alert--warning" role="alert">
            {status.message}
          </p>
        ) : (
          <p class="rk-field__hint" data-concept-status={status?.kind ?? "bewaard"}>
            Wat je hier invult, blijft in deze browser bewaard tot je het zelf verandert.
          </p>
        )}
        {vorige ? (
          <div class="rk-alert" data-testid="bestaande-bijeenkomst">
            <p>
              Je past de bijeenkomst <strong>{vorige.title}</strong> aan (nu versie {vorige.revisie}). Bij opslaan blijft het dezelfde bijeenkomst, zodat bijdragen die al binnen zijn erbij blijven passen.
            </p>
            <button type="button" class="rk-button rk-button--secondary rk-button--small" onClick={opnieuw}>
              Nieuwe bijeenkomst beginnen
            </button>
          </div>
        ) : null}
        <FileField id="bk-openen" label="Bestaande bijeenkomst openen om aan te passen (mag ook een bewaard leeratelier zijn)" accept=".json,application/json" onFile={(f) => void onFile(f)} />
        {openFout && (
          <p class="rk-alert rk-alert--error" role="alert">
            {openFout}
          </p>
        )}
        <Field id="bk-titel" label="Titel van de bijeenkomst" error={titelFout}>
          <input id="bk-titel" class="rk-input" value={title} maxLength={200} aria-invalid={titelFout ? true : undefined} aria-describedby={describedBy("bk-titel", undefined, titelFout)} onInput={(e) => set({ title: e.currentTarget.value })} />
        </Field>
        <div class="rk-field">
          <label class="rk-field__label" for="bk-datum">
            Datum
          </label>
          <input id="bk-datum" class="rk-input rk-input--short" type="date" value={date} onInput={(e) => set({ date: e.currentTarget.value })} />
        </div>
        <fieldset class={`rk-fieldset${onderdelenFout ? " rk-field--invalid" : ""}`} aria-describedby={onderdelenFout ? "bk-onderdelen-fout" : undefined}>
          <legend class="rk-fieldset__legend">Welke onderdelen vullen de raadsleden in?</legend>
          {onderdelenFout && (
            <span class="rk-field__error" id="bk-onderdelen-fout">
              {onderdelenFout}
            </span>
          )}
          {ONDERDELEN.map((o) => (
            <label key={o} class="rk-radio rk-radio--blok">
              <input type="checkbox" checked={onderdelen.includes(o)} onChange={(e) => {
                  const p: Onderdeel[] = onderdelen;
                  set({ onderdelen: e.currentTarget.checked ? ONDERDELEN.filter((x) => x === o || p.includes(x)) : p.filter((x) => x !== o) });
                }} /> {ONDERDEEL_LABELS[o]}
            </label>
          ))}
        </fieldset>
        <div class="rk-field">
          <label class="rk-field__label" for="bk-start">
            Startvraag of voorbeeld (mag leeg blijven)
          </label>
          <textarea id="bk-start" class="rk-textarea" maxLength={2000} value={startvraag} onInput={(e) => set({ startvraag: e.currentTarget.value })} />
        </div>
        <div class="rk-field">
          <label class="rk-field__label" for="bk-stellingen">
            Waarden of stellingen om te scoren van 1 tot 5, één per regel (mag leeg blijven)
          </label>
          <textarea id="bk-stellingen" class="rk-textarea" value={stellingen} onInput={(e) => set({ stellingen: e.currentTarget.value })} />
        </div>
        <fieldset class="rk-fieldset">
          <legend class="rk-fieldset__legend">Wat vraag je bij de stellingen?</legend>
          <span class="rk-field__hint">Zo lezen de raadsleden de vraag, en zo tonen we de uitkomst. Belang is iets anders dan instemming.</span>
          {VRAAGSOORTEN.map((v) => (
            <label key={v} class="rk-radio rk-radio--blok">
              <input type="radio" name="bk-vraagsoort" value={v} checked={vraagsoort === v} onChange={() => set({ vraagsoort: v })} /> {SCHAAL[v].keuze}
            </label>
          ))}
        </fieldset>
        <div class="rk-field">
          <label class="rk-field__label" for="bk-fracties">
            Fracties, één per regel (mag leeg blijven)
          </label>
          <span class="rk-field__hint" id="bk-fracties-hint">
            Raadsleden kiezen zelf of ze hun fractie noemen. Per fractie tonen we alleen cijfers als er minstens 3 mensen uit die fractie meedoen.
          </span>
          <textarea id="bk-fracties" class="rk-textarea" aria-describedby="bk-fracties-hint" value={fracties} onInput={(e) => set({ fracties: e.currentTarget.value })} />
        </div>
        {gevolgen.length > 0 && (
          <div class="rk-alert rk-alert--warning" data-testid="gevolgen">
            <p>Let op bij deze wijziging:</p>
            <ul>
              {gevolgen.map((g) => (
                <li key={g}>{g}</li>
              ))}
            </ul>
          </div>
        )}
        <div class="rk-worksheet__actions">
          <button type="button" class="rk-button" onClick={() => void save()}>
            {vorige ? "Aangepaste bijeenkomst downloaden" : "Bijeenkomst downloaden"} (.raadskompas-bijeenkomst.json)
          </button>
          <button type="button" class="rk-button rk-button--secondary" onClick={() => window.print()}>
            Leeg werkblad afdrukken
          </button>
        </div>
        <ErrorList lead="De bijeenkomst is nog niet compleet:" errors={errors.map((e) => e.tekst)} />
        {done && (
          <p class="rk-alert" role="status">
            {done}
          </p>
        )}
        <h2>Zo ziet het lege werkblad eruit</h2>
      </div>
      <article class="rk-blank-sheet" aria-label="Leeg werkblad">
        <h2>{title || "Leeratelier"}</h2>
        <p>
          {isDatum(date) ? `${formatDatum(date)} · ` : ""}Naam of schuilnaam: ______________________ Fractie (mag leeg): ______________
        </p>
        {startvraag && <p>{startvraag}</p>}
        {onderdelen.map((o) => (
          <section key={o}>
            <h3>{ONDERDEEL_LABELS[o]}</h3>
            {VRAGEN[o].map((v) => (
              <div key={v.vraag}>
                <p>{v.vraag}</p>
                {Array.from({ length: v.vakken }, (_, i) => (
                  <div key={i} class="rk-writing-space" />
                ))}
              </div>
            ))}
          </section>
        ))}
        {regels(stellingen).length > 0 && (
          <section>
            <h3>
              {schaal.kop} Omcirkel een cijfer: {schaal.ankers}.
            </h3>
            <ul>
              {regels(stellingen).map((s) => (
                <li key={s}>
                  {s}: 1 · 2 · 3 · 4 · 5
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
    </div>
  );
}
