import { useEffect, useState } from "preact/hooks";
import type { Bijeenkomst } from "../../schemas/bijeenkomst.ts";
import { ONDERDEEL_LABELS, ONDERDEEL_PAGES, type Onderdeel } from "../../vocabulary/onderdelen.ts";
import type { Werkboek } from "../../schemas/werkboek.ts";
import { useWerkboek } from "../ui/useWerkboek.ts";
import { safeLocalStorage } from "../browser/localStore.ts";
import { STORAGE_KEYS } from "../../lib/werkboek/storageKeys.ts";
import { ErrorList, FileField } from "../ui/fields.tsx";
import { download } from "../browser/download.ts";
import { pseudonym } from "../../lib/leeratelier/pseudonym.ts";
import { trustedBijeenkomst } from "../../lib/leeratelier/savedBijeenkomst.ts";
import { aantalIngevuld } from "../../lib/koerskaart/koerskaart.ts";
import { SCHAAL } from "../../lib/leeratelier/vraagsoort.ts";
import { formatDatum, isDatum } from "../../lib/sturing/datum.ts";

type Engine = typeof import("../../lib/leeratelier/index.ts");

/** The engine (zod schemas and more) loads when a file is opened or a bijdrage made, not with the page (ADR 0015). */
let enginePromise: Promise<Engine> | undefined;
const loadEngine = () => (enginePromise ??= import("../../lib/leeratelier/index.ts"));

/** How much of a part the werkboek holds, so the raadslid sees what the bijdrage will contain. */
function filled(w: Werkboek, o: Onderdeel): number {
  switch (o) {
    case "waarden":
      return w.visie.waarden.filter((x) => x.name.trim()).length;
    case "principes":
      return w.visie.principes.filter((x) => x.title.trim()).length;
    case "resultaten":
      return w.visie.resultaten.filter((x) => x.doelgroep.trim() || x.verandering.trim()).length;
    case "kwaliteitseisen":
      return w.visie.kwaliteitseisen.filter((x) => x.text.trim()).length;
    case "koppeltabel":
      return w.visie.koppelingen.length;
    case "waardemodel":
      return w.waardemodellen.length;
    case "preventie":
      return Object.values(w.preventie.keuzes).filter((k) => Object.values(k).some((v) => typeof v === "string" && v.trim() !== "")).length;
    default:
      // A koerskaart worksheet: answered keuzes, filled matrix cells and evaluation answers.
      return aantalIngevuld(w.koerskaarten[o]);
  }
}

/** A raadslid opens the bijeenkomst file, fills in the asked parts and downloads a bijdrage. */
export default function BijdrageMaken() {
  const { state } = useWerkboek();
  const [bijeenkomst, setBijeenkomst] = useState<Bijeenkomst | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [naam, setNaam] = useState("");
  const [fractie, setFractie] = useState("");
  const [scores, setScores] = useState<Record<string, number>>({});
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    setNaam(pseudonym());
    const saved = safeLocalStorage()?.getItem(STORAGE_KEYS.bijeenkomst) ?? null;
    if (!saved) return;
    const trusted = trustedBijeenkomst(saved);
    if (trusted) setBijeenkomst(trusted);
    else
      void loadEngine().then((e) => {
        const r = e.parseLeerateliersFile(saved);
        if (r.kind === "bijeenkomst") setBijeenkomst(r.bijeenkomst);
      });
  }, []);

  async function onFile(f: File) {
    setDone(null);
    const text = await f.text().catch(() => "");
    const r = (await loadEngine()).parseLeerateliersFile(text, f.name);
    if (r.kind !== "bijeenkomst") {
      setErrors([r.kind === "fout" ? r.message : "Dit is geen bijeenkomst-bestand. Kies het bestand dat de griffier stuurde (eindigt op .raadskompas-bijeenkomst.json)."]);
      return;
    }
    setErrors([]);
    setBijeenkomst(r.bijeenkomst);
    safeLocalStorage()?.setItem(STORAGE_KEYS.bijeenkomst, JSON.stringify(r.bijeenkomst));
  }

  async function exportBijdrage(w: Werkboek) {
    if (!bijeenkomst) return;
    try {
      const engine = await loadEngine();
      const b = engine.makeBijdrage(w, bijeenkomst, { naam, fractie, scores: Object.entries(scores).map(([stelling, score]) => ({ stelling, score })) });
      download(engine.bijdrageFileName(b), JSON.stringify(b, null, 2) + "\n", "application/json");
      setErrors([]);
      setDone(`Je bijdrage is gedownload als ${engine.bijdrageFileName(b)}. Stuur dit bestand naar de griffier.`);
    } catch (e) {
      const issues = (e as { issues?: { message: string }[] }).issues;
      setErrors(issues ? issues.map((i) => i.message) : [String(e)]);
    }
  }

  if (state.kind === "laden") return <p role="status">Je werkboek wordt geladen…</p>;
  const w = state.werkboek;

  return (
    <div class="rk-worksheet">
      <section aria-labelledby="kop-bijeenkomst">
        <h2 id="kop-bijeenkomst">1 · Open de bijeenkomst</h2>
        {bijeenkomst ? (
          <div class="rk-box">
            <p>
              <strong>{bijeenkomst.title}</strong>
              {isDatum(bijeenkomst.date) ? ` · ${formatDatum(bijeenkomst.date)}` : ""}
            </p>
            {bijeenkomst.startvraag && <p>{bijeenkomst.startvraag}</p>}
            <p>De griffier vraagt je deze onderdelen in te vullen:</p>
            <ul data-testid="gevraagde-onderdelen">
              {bijeenkomst.onderdelen.map((o) => (
                <li key={o}>
                  <a href={ONDERDEEL_PAGES[o]}>{ONDERDEEL_LABELS[o]}</a>: nu {filled(w, o)} ingevuld in {w.name}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p>Open het bestand dat de griffier je stuurde. Het eindigt op .raadskompas-bijeenkomst.json.</p>
        )}
        <FileField id="bijeenkomst-bestand" label={bijeenkomst ? "Andere bijeenkomst openen" : "Bijeenkomst openen"} accept=".json,application/json" onFile={(f) => void onFile(f)} />
        <ErrorList lead="Dit ging niet goed:" errors={errors} />
      </section>

      {bijeenkomst && (
        <section aria-labelledby="kop-bijdrage">
          <h2 id="kop-bijdrage">2 · Maak je bijdrage</h2>
          <p>Je bijdrage bevat alleen de onderdelen hierboven, uit je werkboek {w.name}. De rest van je werkboek blijft op dit apparaat.</p>
          <div class="rk-field">
            <label class="rk-field__label" for="bijdrage-naam">
              Naam of schuilnaam
            </label>
            <span class="rk-field__hint" id="bijdrage-naam-hint">
              Je kiest zelf of de griffier je echte naam ziet. Een schuilnaam mag ook.
            </span>
            <input id="bijdrage-naam" class="rk-input" value={naam} maxLength={80} aria-describedby="bijdrage-naam-hint" onInput={(e) => setNaam(e.currentTarget.value)} />
          </div>
          <div class="rk-field">
            <label class="rk-field__label" for="bijdrage-fractie">
              Fractie (mag leeg blijven)
            </label>
            {bijeenkomst.fracties.length > 0 ? (
              <select id="bijdrage-fractie" class="rk-select" value={fractie} onChange={(e) => setFractie(e.currentTarget.value)}>
                <option value="">Liever niet zeggen</option>
                {bijeenkomst.fracties.map((f) => (
                  <option key={f} value={f}>
                    {f}
                  </option>
                ))}
              </select>
            ) : (
              <input id="bijdrage-fractie" class="rk-input" value={fractie} maxLength={80} onInput={(e) => setFractie(e.currentTarget.value)} />
            )}
          </div>
          {bijeenkomst.stellingen.map((s, i) => (
            <fieldset key={s} class="rk-fieldset rk-fieldset--inline">
              <legend class="rk-fieldset__legend">
                {SCHAAL[bijeenkomst.vraagsoort].vraag(s)} ({SCHAAL[bijeenkomst.vraagsoort].ankers})
              </legend>
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n} class="rk-radio">
                  <input type="radio" name={`stelling-${i}`} value={n} checked={scores[s] === n} onChange={() => setScores((p) => ({ ...p, [s]: n }))} />
                  {n}
                </label>
              ))}
            </fieldset>
          ))}
          <button type="button" class="rk-button" onClick={() => void exportBijdrage(w)}>
            Bijdrage downloaden
          </button>
          {done && (
            <p class="rk-alert" role="status">
              {done}
            </p>
          )}
        </section>
      )}
    </div>
  );
}
