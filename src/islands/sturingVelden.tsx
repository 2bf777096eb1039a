import { useId } from "preact/hooks";
import { isDatum } from "../lib/sturing/datum.ts";

/**
 * A date field for the Sturing worksheets that never stores half a date.
 */
export function DateInput({ id, label, hint, value, onInput }: { id?: string; label: string; hint?: string; value: string; onInput: (v: string) => void }) {
  const auto = useId();
  const fieldId = id ?? auto;
  return (
    <div class="rk-field">
      <label class="rk-field__label" for={fieldId}>
        {label}
      </label>
      {hint && (
        <span class="rk-field__hint" id={`${fieldId}-hint`}>
          {hint}
        </span>
      )}
      <input
        id={fieldId}
        class="rk-input rk-input--short"
        type="date"
        value={value}
        aria-describedby={hint ? `${fieldId}-hint` : undefined}
        // A date input reports "" while a date is half typed; only whole dates (or clearing) are stored.
        onInput={(e) => {
          const v = e.currentTarget.value;
          if (v === "" || isDatum(v)) onInput(v);
        }}
      />
    </div>
  );
}
