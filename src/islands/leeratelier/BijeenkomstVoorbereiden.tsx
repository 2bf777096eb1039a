import { useState } from "preact/hooks";
import { ONDERDELEN, ONDERDEEL_LABELS, type Onderdeel } from "../../lib/leeratelier/onderdelen.ts";
import { ErrorList } from "../ui/fields.tsx";
import { download } from "../browser/download.ts";

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
};

const lines = (s: string) => s.split("\n").map((l) => l.trim()).filter(Boolean);

/** The griffier composes a bijeenkomst: a file for the raadsleden and a blank worksheet for paper. */
export default function BijeenkomstVoorbereiden() {
  const [title, setTitle] = useState("");
  const [date, setDate] = useState("");
  const [onderdelen, setOnderdelen] = useState<Onderdeel[]>(["waarden", "principes", "resultaten"]);
  const [startvraag, setStartvraag] = useState("");
  const [fracties, setFracties] = useState("");
  const [stellingen, setStellingen] = useState("");
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);

  async function save() {
    const { makeBijeenkomst, bijeenkomstFileName } = await import("../../lib/leeratelier/files.ts");
    try {
      const b = makeBijeenkomst({ title, date, onderdelen, startvraag, fracties: lines(fracties), stellingen: lines(stellingen) });
      download(bijeenkomstFileName(b), JSON.stringify(b, null, 2) + "\n", "application/json");
      setErrors([]);
      setDone(`Het bestand ${bijeenkomstFileName(b)} is gedownload. Stuur het naar de raadsleden, en bewaar het zelf: je opent het straks weer bij het ophalen.`);
    } catch (e) {
      const issues = (e as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
      setDone(null);
      setErrors(issues ? issues.map((i) => `${i.path[0] === "title" ? "Titel" : i.path[0] === "onderdelen" ? "Onderdelen" : i.path[0] === "date" ? "Datum" : String(i.path[0] ?? "")}: ${i.message}`) : [String(e)]);
    }
  }

  return (
    <div class="rk-leeratelier">
      <div class="rk-no-print">
        <div class="rk-field">
          <label class="rk-field__label" for="bk-titel">
            Titel van de bijeenkomst
          </label>
          <input id="bk-titel" class="rk-input" value={title} maxLength={200} onInput={(e) => setTitle(e.currentTarget.value)} />
        </div>
        <div class="rk-field">
          <label class="rk-field__label" for="bk-datum">
            Datum
          </label>
          <input id="bk-datum" class="rk-input rk-input--short" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        </div>
        <fieldset class="rk-fieldset">
          <legend class="rk-fieldset__legend">Welke onderdelen vullen de raadsleden in?</legend>
          {ONDERDELEN.map((o) => (
            <label key={o} class="rk-radio rk-radio--blok">
              <input type="checkbox" checked={onderdelen.includes(o)} onChange={(e) => setOnderdelen((p) => (e.currentTarget.checked ? ONDERDELEN.filter((x) => x === o || p.includes(x)) : p.filter((x) => x !== o)))} /> {ONDERDEEL_LABELS[o]}
            </label>
          ))}
        </fieldset>
        <div class="rk-field">
          <label class="rk-field__label" for="bk-start">
            Startvraag of voorbeeld (mag leeg blijven)
          </label>
          <textarea id="bk-start" class="rk-textarea" maxLength={2000} value={startvraag} onInput={(e) => setStartvraag(e.currentTarget.value)} />
        </div>
        <div class="rk-field">
          <label class="rk-field__label" for="bk-stellingen">
            Waarden of stellingen om te scoren van 1 tot 5, één per regel (mag leeg blijven)
          </label>
          <textarea id="bk-stellingen" class="rk-textarea" value={stellingen} onInput={(e) => setStellingen(e.currentTarget.value)} />
        </div>
        <div class="rk-field">
          <label class="rk-field__label" for="bk-fracties">
            Fracties, één per regel (mag leeg blijven)
          </label>
          <span class="rk-field__hint" id="bk-fracties-hint">
            Raadsleden kiezen zelf of ze hun fractie noemen. Per fractie tonen we alleen cijfers als er minstens 3 mensen uit die fractie meedoen.
          </span>
          <textarea id="bk-fracties" class="rk-textarea" aria-describedby="bk-fracties-hint" value={fracties} onInput={(e) => setFracties(e.currentTarget.value)} />
        </div>
        <div class="rk-worksheet__actions">
          <button type="button" class="rk-button" onClick={() => void save()}>
            Bijeenkomst downloaden (.raadskompas-bijeenkomst.json)
          </button>
          <button type="button" class="rk-button rk-button--secondary" onClick={() => window.print()}>
            Leeg werkblad afdrukken
          </button>
        </div>
        <ErrorList lead="De bijeenkomst is nog niet compleet:" errors={errors} />
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
          {date ? `${date} · ` : ""}Naam of schuilnaam: ______________________ Fractie (mag leeg): ______________
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
        {lines(stellingen).length > 0 && (
          <section>
            <h3>Hoe belangrijk vind je dit? Omcirkel 1 (niet) tot 5 (heel)</h3>
            <ul>
              {lines(stellingen).map((s) => (
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
