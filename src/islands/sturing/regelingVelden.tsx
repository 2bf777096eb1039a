/*
 * What the jaarkalender and the regionale-samenwerking worksheets share about regelingen. Apart from
 * sturingVelden.tsx, so the other Sturing worksheets do not load it with their date fields.
 */
import type { Regeling } from "../../schemas/regeling.ts";
import type { Sturing } from "../../schemas/sturing.ts";
import type { Werkboek } from "../../schemas/werkboek.ts";
import { nieuweRegeling } from "../../lib/sturing/regeling.ts";
import { DateInput } from "./sturingVelden.tsx";
import { focusSoon } from "../ui/worksheet.tsx";

/** The same limit as the schema's, so the button stops before saving would fail. */
const MAX_REGELINGEN = 40;

/** Edits the Sturing part of the werkboek, so a change spells out only what it changes. */
export const sturingSetter = (update: (edit: (w: Werkboek) => Werkboek) => void) => (edit: (s: Sturing) => Partial<Sturing>) =>
  update((w) => ({ ...w, sturing: { ...w.sturing, ...edit(w.sturing) } }));

/** The meetings of a regeling's algemeen bestuur and the ontwerpbegroting's arrival; the jaarkalender and the regeling's card edit the same dates. */
export function AlgemeenBestuurData({ idPrefix, regeling, onChange }: { idPrefix: string; regeling: Pick<Regeling, "abBegroting" | "abJaarrekening" | "ontwerpOntvangen">; onChange: (change: Partial<Regeling>) => void }) {
  return (
    <>
      <DateInput id={`${idPrefix}-ab-begroting`} label="Algemeen bestuur stelt begroting vast" value={regeling.abBegroting} onInput={(abBegroting) => onChange({ abBegroting })} />
      <DateInput id={`${idPrefix}-ontwerp-ontvangen`} label="Ontwerpbegroting kwam binnen bij de raad" hint="Kijk op de brief van het dagelijks bestuur. Je hebt twaalf weken vanaf die dag voor een zienswijze." value={regeling.ontwerpOntvangen} onInput={(ontwerpOntvangen) => onChange({ ontwerpOntvangen })} />
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
