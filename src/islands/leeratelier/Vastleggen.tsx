import type { Engine } from "./useLeeratelier.ts";
import { useEffect, useState } from "preact/hooks";
import type { Atelier } from "../../schemas/atelier.ts";
import type { CombinedView } from "../../lib/leeratelier/combine.ts";
import type { RaadsvisieKeuze } from "../../lib/leeratelier/export.ts";
import type { Resultaat } from "../../schemas/visie.ts";
import { exportJson } from "../browser/exportJson.ts";
import { activeId } from "../ui/useWerkboek.ts";

interface Kandidaat<T> {
  key: string;
  chosen: boolean;
  value: T;
}

type SetKandidaten<T> = (f: (p: Kandidaat<T>[]) => Kandidaat<T>[]) => void;

/** Changes one candidate, its choice or its wording, and leaves the others as they are. */
const update = <T,>(set: SetKandidaten<T>, key: string, change: Partial<Kandidaat<T>>) => set((p) => p.map((k) => (k.key === key ? { ...k, ...change } : k)));

/** A wording the griffier can edit once a candidate is chosen. */
interface Veld<T> {
  field: { [K in keyof T]: T[K] extends string ? K : never }[keyof T];
  label: string;
  maxLength: number;
  /** Waarden keep their input by candidate key; principes and resultaten have always used the position. */
  id: (k: Kandidaat<T>, i: number) => string;
}

const WAARDE_VELDEN: Veld<{ name: string; meaning: string }>[] = [
  { field: "name", label: "Waarde", maxLength: 200, id: (k) => `vw-${k.key}` },
  { field: "meaning", label: "Wat de raad eronder verstaat", maxLength: 1000, id: (k) => `vm-${k.key}` },
];
const PRINCIPE_VELDEN: Veld<{ title: string; onderbouwing: string }>[] = [{ field: "title", label: "Principe", maxLength: 300, id: (_, i) => `vp-${i}` }];
const RESULTAAT_VELDEN: Veld<Resultaat>[] = [
  { field: "doelgroep", label: "Doelgroep", maxLength: 500, id: (_, i) => `vrd-${i}` },
  { field: "verandering", label: "Gewenste verandering", maxLength: 1000, id: (_, i) => `vrv-${i}` },
];

/** One kind of candidate: tick it to take it into the raadsvisie, then reword it. */
function Kandidaten<T>({ legend, items, set, name, velden }: { legend: string; items: Kandidaat<T>[]; set: SetKandidaten<T>; name: (v: T) => string; velden: Veld<T>[] }) {
  return (
    <fieldset class="rk-fieldset">
      <legend class="rk-fieldset__legend">{legend}</legend>
      <ul class="rk-choose">
        {items.map((k, i) => {
          const inputs = velden.map((v) => (
            <div key={v.field} class="rk-field">
              <label class="rk-field__label" for={v.id(k, i)}>{v.label}</label>
              <input id={v.id(k, i)} class="rk-input" value={k.value[v.field] as string} maxLength={v.maxLength} onInput={(e) => update(set, k.key, { value: { ...k.value, [v.field]: e.currentTarget.value } })} />
            </div>
          ));
          return (
            <li key={k.key}>
              <label class="rk-radio">
                <input type="checkbox" checked={k.chosen} onChange={(e) => update(set, k.key, { chosen: e.currentTarget.checked })} /> {name(k.value)} opnemen
              </label>
              {/* One field stands alone; two sit side by side. */}
              {k.chosen && (velden.length > 1 ? <div class="rk-grid-2">{inputs}</div> : inputs)}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** Choosing and rewording what the raad shares, saved as a normal werkboek: the raadsvisie. */
export function Vastleggen({ engine, atelier, view, say }: { engine: Engine; atelier: Atelier; view: CombinedView; say: (s: string) => void }) {
  const [title, setTitle] = useState(`Raadsvisie — ${atelier.bijeenkomst.title}`.slice(0, 120));
  const [waarden, setWaarden] = useState<Kandidaat<{ name: string; meaning: string }>[]>([]);
  const [principes, setPrincipes] = useState<Kandidaat<{ title: string; onderbouwing: string }>[]>([]);
  const [resultaten, setResultaten] = useState<Kandidaat<Resultaat>[]>([]);
  const [done, setDone] = useState<string | null>(null);

  // Candidates come from the combined view once; later drops add new ones without losing edits.
  useEffect(() => {
    const merge = <T,>(prev: Kandidaat<T>[], next: { key: string; value: T }[]) => [...prev, ...next.filter((n) => !prev.some((p) => p.key === n.key)).map((n) => ({ ...n, chosen: false }))];
    setWaarden((p) => merge(p, view.waarden.map((w) => ({ key: w.key, value: { name: w.label, meaning: w.meanings[0]?.text ?? "" } }))));
    setPrincipes((p) => merge(p, view.principes.flatMap((t) => t.clusters.map((c) => ({ key: c.map((x) => `${x.id}:${x.title}`).join("|"), value: { title: c[0]?.title ?? "", onderbouwing: c.find((x) => x.onderbouwing)?.onderbouwing ?? "" } })))));
    setResultaten((p) => merge(p, view.resultaten.flatMap((r) => r.items.map((x) => ({ key: `${x.id}:${x.source.id}`, value: x.source })))));
  }, [view]);

  async function save() {
    const keuze: RaadsvisieKeuze = {
      waarden: waarden.filter((k) => k.chosen).map((k) => k.value),
      principes: principes.filter((k) => k.chosen).map((k) => k.value),
      resultaten: resultaten.filter((k) => k.chosen).map((k) => k.value),
    };
    if (keuze.waarden.length + keuze.principes.length + keuze.resultaten.length === 0) {
      setDone("Kies eerst minstens één waarde, principe of resultaat.");
      return;
    }
    const w = engine.raadsvisieWerkboek(title, keuze);
    await exportJson(w);
    try {
      const store = await engine.openStore();
      // The raadsvisie becomes the newest werkboek: pin the griffier's own werkboek first, so the next
      // worksheet does not open the raadsvisie and store her notes in what goes to every raadslid.
      await activeId(store);
      await store.create(w);
      store.close();
      setDone(`Raadsvisie "${w.name}" is gedownload en staat ook bij Mijn werkboek. Deel het bestand met de raadsleden: zij importeren het op hun eigen pagina Mijn werkboek.`);
    } catch {
      setDone(`Raadsvisie "${w.name}" is gedownload. In deze browser kon hij niet worden bewaard.`);
    }
    say("Raadsvisie vastgelegd.");
  }

  return (
    <section aria-labelledby="kop-vastleggen" class="rk-no-print">
      <h2 id="kop-vastleggen">Vastleggen: de raadsvisie</h2>
      <p>Kies samen met de raad welke waarden, principes en resultaten jullie delen. Pas de woorden aan. Raadskompas maakt er een gewoon werkboek van: iedereen kan het importeren en de raadsvoorstel-toets gebruikt het als toetsstenen.</p>
      <div class="rk-field">
        <label class="rk-field__label" for="raadsvisie-titel">
          Naam van de raadsvisie
        </label>
        <input id="raadsvisie-titel" class="rk-input" value={title} maxLength={120} onInput={(e) => setTitle(e.currentTarget.value)} />
      </div>
      <Kandidaten legend="Gedeelde waarden" items={waarden} set={setWaarden} name={(v) => v.name} velden={WAARDE_VELDEN} />
      <Kandidaten legend="Gedeelde leidende principes" items={principes} set={setPrincipes} name={(v) => v.title} velden={PRINCIPE_VELDEN} />
      <Kandidaten legend="Gedeelde maatschappelijke resultaten" items={resultaten} set={setResultaten} name={(v) => [v.doelgroep, v.verandering].filter(Boolean).join(": ")} velden={RESULTAAT_VELDEN} />
      <button type="button" class="rk-button" onClick={() => void save()}>
        Raadsvisie opslaan en downloaden
      </button>
      {done && <p role="status" class="rk-alert">{done}</p>}
    </section>
  );
}
