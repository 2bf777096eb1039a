import type { Dilemma } from "../../schemas/waardemodel.ts";
import type { Kernwaarde, WaardemodelGids } from "../../schemas/waardemodelGids.ts";
import { focusAfterRemove } from "../ui/worksheet.tsx";
import { TextArea } from "../ui/fields.tsx";
import { useWaardemodelWerkblad } from "./useWaardemodelWerkblad.ts";
import { dilemmaNaam, kernwaardeVoortgang, voortgangTekst } from "../../lib/waardemodel/waardemodel.ts";

type KernwaardeId = Dilemma["a"];

/**
 * The worksheet's repeated blocks (a kernwaarde, a dilemma, the procedure) as plain render functions, not
 * components: a component defined in render would remount (and lose focus) on every keystroke.
 */
export function waardemodelBlokken({ sheet, sid, kernwaardeNaam, setKeuzes, setAnswer, patchDilemma, removeDilemma, gids }: NonNullable<ReturnType<typeof useWaardemodelWerkblad>> & { gids: WaardemodelGids }) {
  // Plain render functions, not components: a component defined in render would remount (and lose focus) on every keystroke.
  const kernwaardeSelect = (id: string, label: string, value: KernwaardeId, onPick: (k: KernwaardeId) => void) => (
    <div class="rk-field">
      <label class="rk-field__label" for={id}>
        {label}
      </label>
      <select
        id={id}
        class="rk-select"
        value={value}
        onChange={(e) => {
          const k = gids.kernwaarden.find((x) => x.id === e.currentTarget.value);
          if (k) onPick(k.id);
        }}
      >
        {gids.kernwaarden.map((k) => (
          <option key={k.id} value={k.id}>
            {k.name}
          </option>
        ))}
      </select>
    </div>
  );

  const deelvragen = (k: Kernwaarde, kant: "vraag" | "aanbod") => (
    <fieldset class="rk-fieldset">
      <legend class="rk-fieldset__legend">{kant === "vraag" ? `${k.name}: inwoners (de vraag)` : `${k.name}: aanbieders (het aanbod)`}</legend>
      {k[kant].map((d) => (
        <TextArea key={d.id} id={`${sid}-${d.id}`} label={d.question} rows={2} value={sheet.answers[d.id] ?? ""} max={5000} onInput={(text) => setAnswer(d.id, text)} />
      ))}
    </fieldset>
  );

  const kernwaardeBlok = (k: Kernwaarde) => {
    const v = kernwaardeVoortgang(sheet, k);
    return (
      <section class="rk-worksheet__item" id={`kw-${k.id}`} key={k.id} aria-labelledby={`kop-kw-${k.id}`}>
        <div class="rk-worksheet__item-head">
          <h3 id={`kop-kw-${k.id}`} class="rk-wm-kw-title">
            {k.name}
          </h3>
          <p class="rk-wm-count" aria-live="polite" data-kernwaarde={k.id}>
            {voortgangTekst(v)}
          </p>
        </div>
        <p>
          <strong>{k.question}</strong>
        </p>
        <details class="rk-tips">
          <summary class="rk-tips__summary">Wat betekent {k.name.toLowerCase()}?</summary>
          <p class="rk-prose">{k.explanation}</p>
        </details>
        {deelvragen(k, "vraag")}
        {deelvragen(k, "aanbod")}
      </section>
    );
  };

  const dilemmaBlok = (d: Dilemma, i: number) => {
    const n = i + 1;
    const label =
      d.a === d.b
        ? `Welke spanning zit er binnen ${kernwaardeNaam(d.a).toLowerCase()}, en hoe weeg je die af?`
        : `Hoe weeg je ${kernwaardeNaam(d.a).toLowerCase()} en ${kernwaardeNaam(d.b).toLowerCase()} tegen elkaar af?`;
    return (
      <fieldset class="rk-fieldset" key={d.id} data-item>
        <legend class="rk-fieldset__legend">Dilemma {n}</legend>
        <div class="rk-grid-2">
          {kernwaardeSelect(`${d.id}-a`, "Kernwaarde 1", d.a, (a) => patchDilemma(d.id, { a }))}
          {kernwaardeSelect(`${d.id}-b`, "Kernwaarde 2", d.b, (b) => patchDilemma(d.id, { b }))}
        </div>
        <p class="rk-field__hint">
          Kies twee keer dezelfde kernwaarde als de spanning binnen één waarde zit. Nu gekozen: {dilemmaNaam(d.a, d.b, gids).toLowerCase()}.
        </p>
        <TextArea id={`${d.id}-afweging`} label={label} value={d.afweging} max={5000} onInput={(afweging) => patchDilemma(d.id, { afweging })} />
        <button type="button" class="rk-button rk-button--danger rk-button--small" onClick={(ev) => {
            focusAfterRemove(ev.currentTarget);
            removeDilemma(d.id, n);
          }}>
          Verwijder dilemma {n}
        </button>
      </fieldset>
    );
  };

  const procedureKeuze = () => {
    const name = `${sid}-verdeelprocedure`;
    const chosen = sheet.keuzes.verdeelprocedure;
    return (
      <fieldset class="rk-fieldset">
        <legend class="rk-fieldset__legend">Welke verdeelprocedure past bij je keuze?</legend>
        <p class="rk-field__hint">
          Zo bepaal je welke aanbieders een overeenkomst of subsidie krijgen. Met de pijltjestoetsen ga je van de ene procedure naar de volgende.
        </p>
        <ul class="rk-wm-procedures">
          <li class="rk-wm-procedure">
            <label class="rk-wm-procedure__label">
              <input type="radio" name={name} value="" checked={chosen === ""} onChange={() => setKeuzes({ verdeelprocedure: "" })} /> Nog geen keuze
            </label>
          </li>
          {gids.verdeelprocedures.map((p) => (
            <li class="rk-wm-procedure" key={p.id}>
              <label class="rk-wm-procedure__label">
                <input
                  type="radio"
                  name={name}
                  value={p.id}
                  checked={chosen === p.id}
                  aria-describedby={`${name}-${p.id}`}
                  onChange={() => setKeuzes({ verdeelprocedure: p.id })}
                />{" "}
                {p.name}
              </label>
              <div class="rk-wm-procedure__uitleg" id={`${name}-${p.id}`}>
                <ul>
                  {p.kenmerken.map((t) => (
                    <li key={t}>{t}</li>
                  ))}
                </ul>
                <p>
                  <strong>Wanneer kies je dit?</strong> {p.geschiktVoor}
                </p>
              </div>
            </li>
          ))}
        </ul>
      </fieldset>
    );
  };

  return { deelvragen, kernwaardeBlok, dilemmaBlok, procedureKeuze };
}
