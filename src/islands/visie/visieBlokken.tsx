import type { VisieGids } from "../../schemas/visieGids.ts";
import { TextArea, Tips } from "../ui/fields.tsx";
import type { useVisieWerkboek } from "./useVisieWerkboek.ts";

/**
 * The blocks every visie step repeats (its introduction, burgerbetrokkenheid) as plain render functions,
 * not components: a component defined in render would remount (and lose focus) on every keystroke.
 */
export function visieBlokken({ v, setVisie, step }: { gids: VisieGids } & Pick<NonNullable<ReturnType<typeof useVisieWerkboek>>, "v" | "setVisie" | "step">) {
  // Plain render functions, not components: a component defined in render would remount (and lose focus) on every keystroke.
  const betrokkenheid = (id: "waarden" | "principes" | "resultaten" | "kwaliteitseisen") => {
    const b = v.betrokkenheid[id];
    const setB = (change: Partial<typeof b>) => setVisie((vv) => ({ ...vv, betrokkenheid: { ...vv.betrokkenheid, [id]: { ...vv.betrokkenheid[id], ...change } } }));
    return (
      <fieldset class="rk-fieldset">
        <legend class="rk-fieldset__legend">Burgerbetrokkenheid bij deze stap</legend>
        <ul>
          {(step(id)?.betrokkenheid ?? []).map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
        <div class="rk-grid-2">
          <TextArea id={`betrokken-${id}-wie`} label="Wie betrek je?" value={b.wie} max={2000} onInput={(wie) => setB({ wie })} />
          <TextArea id={`betrokken-${id}-hoe`} label="Hoe betrek je hen?" value={b.hoe} max={2000} onInput={(hoe) => setB({ hoe })} />
        </div>
      </fieldset>
    );
  };

  const stepIntro = (id: string) => {
    const s = step(id);
    if (!s) return null;
    return (
      <>
        <p class="rk-prose">{s.explanation}</p>
        <Tips title="Wat kun je zelf doen?" items={s.zelf} />
        <Tips title="Wat kun je als raad samen doen?" items={s.samen} />
        <p class="rk-field__hint">Voorbeeld: {s.voorbeeld}</p>
      </>
    );
  };

  return { betrokkenheid, stepIntro };
}
