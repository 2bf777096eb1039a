import { useId } from "preact/hooks";
import type { Regeling } from "../schemas/regeling.ts";
import type { Sturing } from "../schemas/sturing.ts";
import type { Werkboek } from "../schemas/werkboek.ts";
import { isDatum } from "../lib/sturing/datum.ts";
import { nieuweRegeling } from "../lib/sturing/regeling.ts";
import { describedBy, Field } from "./fields.tsx";
import { focusSoon } from "./worksheet.tsx";

/** The same limit as the schema's, so the button stops before saving would fail. */
const MAX_REGELINGEN = 40;

/** Edits the Sturing part of the werkboek, so a change spells out only what it changes. */
export const sturingSetter = (update: (edit: (w: Werkboek) => Werkboek) => void) => (edit: (s: Sturing) => Partial<Sturing>) =>
  update((w) => ({ ...w, sturing: { ...w.sturing, ...edit(w.sturing) } }));

/**
 * A date field for the Sturing worksheets that never stores half a date.
 */
export function DateInput({ id, label, hint, value, onInput }: { id?: string; label: string; hint?: string; value: string; onInput: (v: string) => void }) {
  const auto = useId();
  const fieldId = id ?? auto;
  return (
    <Field id={fieldId} label={label} hint={hint} error={null}>
      <input
        id={fieldId}
        class="rk-input rk-input--short"
        type="date"
        value={value}
        aria-describedby={describedBy(fieldId, hint, null)}
        // A date input reports "" while a date is half typed; only whole dates (or clearing) are stored.
        onInput={(e) => {
          const v = e.currentTarget.value;
          if (v === "" || isDatum(v)) onInput(v);
        }}
      />
    </Field>
  );
}

/** The two meetings of a regeling's algemeen bestuur; the jaarkalender and the regeling's card edit the same dates. */
export function AlgemeenBestuurData({ idPrefix, regeling, onChange }: { idPrefix: string; regeling: Pick<Regeling, "abBegroting" | "abJaarrekening">; onChange: (change: Partial<Regeling>) => void }) {
  return (
    <>
      <DateInput id={`${idPrefix}-ab-begroting`} label="Algemeen bestuur stelt begroting vast" value={regeling.abBegroting} onInput={(abBegroting) => onChange({ abBegroting })} />
      <DateInput id={`${idPrefix}-ab-jaarrekening`} label="Algemeen bestuur stelt jaarrekening vast" value={regeling.abJaarrekening} onInput={(abJaarrekening) => onChange({ abJaarrekening })} />
    </>
  );
}

/** Adds an empty regeling and puts the cursor in its name field, whose id each worksheet chooses. */
export function RegelingToevoegen({ aantal, setSturing, say, naamId }: { aantal: number; setSturing: ReturnType<typeof sturingSetter>; say: (message: string) => void; naamId: (id: string) => string }) {
  return (
    <div class="rk-worksheet__actions">
      <button
        type="button"
        class="rk-button rk-button--secondary"
        data-add
        disabled={aantal >= MAX_REGELINGEN}
        onClick={() => {
          const r = nieuweRegeling();
          setSturing((s) => ({ regelingen: [...s.regelingen, r] }));
          say("Regeling toegevoegd.");
          focusSoon(naamId(r.id));
        }}
      >
        Regeling toevoegen
      </button>
    </div>
  );
}
