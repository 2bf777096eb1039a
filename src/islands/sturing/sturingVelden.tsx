import { useId } from "preact/hooks";
import { isDatum } from "../../lib/sturing/datum.ts";
import { describedBy, Field } from "../ui/fields.tsx";

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
