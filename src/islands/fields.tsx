import type { ComponentChildren } from "preact";
import { useId } from "preact/hooks";

interface BaseProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string | undefined;
  /** Same limit as the zod schema: longer text is kept on screen but flagged, never cut off. */
  max?: number | undefined;
  id?: string | undefined;
}

const nf = new Intl.NumberFormat("nl-NL");

/** Error text for a value over its limit, shared by inputs and textareas. */
export function tooLong(value: string, max: number | undefined): string | null {
  if (max === undefined || value.length <= max) return null;
  return `Deze tekst is te lang: ${nf.format(value.length)} tekens, maximaal ${nf.format(max)}. Kort hem in; tot dan wordt je werkboek niet bewaard.`;
}

function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string | undefined; error: string | null; children: ComponentChildren }) {
  return (
    <div class={`rk-field${error ? " rk-field--invalid" : ""}`}>
      <label class="rk-field__label" for={id}>
        {label}
      </label>
      {hint && (
        <span class="rk-field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span class="rk-field__error" id={`${id}-fout`} role="alert">
          {error}
        </span>
      )}
      {children}
    </div>
  );
}

const describedBy = (id: string, hint: string | undefined, error: string | null) =>
  [hint ? `${id}-hint` : "", error ? `${id}-fout` : ""].filter(Boolean).join(" ") || undefined;

export function TextInput(props: BaseProps & { short?: boolean; type?: "text" | "number"; inputMode?: "numeric" | "decimal" }) {
  const auto = useId();
  const id = props.id ?? auto;
  const error = tooLong(props.value, props.max);
  return (
    <Field id={id} label={props.label} hint={props.hint} error={error}>
      <input
        id={id}
        class={`rk-input${props.short ? " rk-input--short" : ""}`}
        type={props.type ?? "text"}
        inputMode={props.inputMode}
        value={props.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, error)}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </Field>
  );
}

export function TextArea(props: BaseProps & { rows?: number }) {
  const auto = useId();
  const id = props.id ?? auto;
  const error = tooLong(props.value, props.max);
  return (
    <Field id={id} label={props.label} hint={props.hint} error={error}>
      <textarea
        id={id}
        class="rk-textarea"
        rows={props.rows ?? 3}
        value={props.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, error)}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </Field>
  );
}

export function Select(props: BaseProps & { options: { value: string; label: string }[]; placeholder?: string }) {
  const auto = useId();
  const id = props.id ?? auto;
  return (
    <Field id={id} label={props.label} hint={props.hint} error={null}>
      <select id={id} class="rk-select" value={props.value} onChange={(e) => props.onInput(e.currentTarget.value)} aria-describedby={describedBy(id, props.hint, null)}>
        <option value="">{props.placeholder ?? "— kies —"}</option>
        {props.options.map((o) => (
          <option value={o.value} key={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** "Wat kun je zelf doen" / "samen in de raad": collapsible so the worksheet stays scannable. */
export function Tips({ title, items, open = false }: { title: string; items: string[]; open?: boolean }) {
  return (
    <details class="rk-tips" open={open}>
      <summary class="rk-tips__summary">{title}</summary>
      <ul class="rk-tips__list">
        {items.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
    </details>
  );
}

/** A file picker that hands over one file and resets, so picking the same file again works too. */
export function FileField({ id, label, accept, onFile }: { id: string; label: string; accept: string; onFile: (file: File) => void }) {
  return (
    <>
      <label class="rk-field__label" for={id}>
        {label}
      </label>
      <input
        id={id}
        class="rk-input"
        type="file"
        accept={accept}
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          if (f) onFile(f);
          e.currentTarget.value = "";
        }}
      />
    </>
  );
}

/** An error alert with a lead line and the individual problems as a list. */
export function ErrorList({ lead, errors }: { lead: ComponentChildren; errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <div class="rk-alert rk-alert--error" role="alert">
      <p>{lead}</p>
      <ul>
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </div>
  );
}
