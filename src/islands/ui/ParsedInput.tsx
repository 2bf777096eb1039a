import { useState } from "preact/hooks";
import { toonOpgeslagen, type Gelezen } from "../../lib/invoer.ts";
import { describedBy, Field } from "./fields.tsx";

// A module of its own: only the worksheets with a number or year field load it, not every page with fields.
/**
 * A number or year field that keeps what is typed: "20" on the way to "2028", or "1," on the way to "1,5",
 * stays on screen while the stored value is still empty. An unreadable text gets a message once the
 * field is left.
 */
export function ParsedInput<T>(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  value: T | null;
  lees: (raw: string) => Gelezen<T>;
  format: (value: T) => string;
  onValue: (value: T | null) => void;
  inputMode: "numeric" | "decimal";
}) {
  const stored = props.value === null ? "" : props.format(props.value);
  const [typed, setTyped] = useState(stored);
  const [left, setLeft] = useState(false);
  const text = toonOpgeslagen(typed, props.value, props.lees) ? stored : typed;
  const error = left ? props.lees(text).error : null;
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={error}>
      <input
        id={props.id}
        class="rk-input rk-input--short"
        type="text"
        inputMode={props.inputMode}
        value={text}
        maxLength={20}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(props.id, props.hint, error)}
        onInput={(e) => {
          const raw = e.currentTarget.value;
          setTyped(raw);
          if (left && props.lees(raw).error === null) setLeft(false);
          const { value } = props.lees(raw);
          if (value !== props.value) props.onValue(value);
        }}
        onBlur={() => setLeft(true)}
      />
    </Field>
  );
}

