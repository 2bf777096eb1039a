import type { ComponentChildren, TargetedInputEvent } from "preact";
import { useId, useState } from "preact/hooks";

interface BaseProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string | undefined;
  /**
   * Same limit as the zod schema. The field stops input at the limit (`maxlength`) and counts down near
   * it, so an over-long text can never block saving the rest of the werkboek.
   */
  max?: number | undefined;
  id?: string | undefined;
}

const nf = new Intl.NumberFormat("nl-NL");

/** Error text for a value over its limit, shared by inputs and textareas. */
export function tooLong(value: string, max: number | undefined): string | null {
  if (max === undefined || value.length <= max) return null;
  return `Deze tekst is te lang: ${nf.format(value.length)} tekens, maximaal ${nf.format(max)}. Kort hem in; tot dan wordt je werkboek niet bewaard.`;
}

/** Shown from 80% of the limit; says so when a paste did not fit. */
export function counterText(length: number, max: number | undefined, cut: number): string | null {
  if (max === undefined || length < max * 0.8) return null;
  const base = `${nf.format(length)} van ${nf.format(max)} tekens`;
  if (cut > 0) return `${base}. Wat je plakte was te lang: de laatste ${nf.format(cut)} tekens zijn niet overgenomen.`;
  return length >= max ? `${base}: het maximum is bereikt.` : `${base}.`;
}

/** Counts what a paste would add beyond the limit, before the browser's maxlength drops it. */
function usePasteGuard(value: string, max: number | undefined) {
  const [cut, setCut] = useState(0);
  const onPaste = (e: ClipboardEvent) => {
    const el = e.currentTarget as HTMLInputElement | HTMLTextAreaElement;
    const pasted = e.clipboardData?.getData("text") ?? "";
    const selected = (el.selectionEnd ?? 0) - (el.selectionStart ?? 0);
    setCut(max === undefined ? 0 : Math.max(0, el.value.length - selected + pasted.length - max));
  };
  // Typing after a cut paste clears the notice; the paste's own input event must not.
  const onInput = (onValue: (v: string) => void) => (e: TargetedInputEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.inputType !== "insertFromPaste" && cut !== 0) setCut(0);
    onValue(e.currentTarget.value);
  };
  return { cut: max !== undefined && value.length >= max ? cut : 0, onPaste, onInput };
}

function Counter({ id, text }: { id: string; text: string | null }) {
  return text === null ? null : (
    <span class="rk-field__hint rk-field__counter" id={`${id}-teller`}>
      {text}
    </span>
  );
}

/** The frame every field shares, the Sturing date field too, so the ids `describedBy` names always exist. */
export function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string | undefined; error: string | null; children: ComponentChildren }) {
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

export const describedBy = (id: string, hint: string | undefined, error: string | null, counter: string | null = null) =>
  [hint ? `${id}-hint` : "", error ? `${id}-fout` : "", counter ? `${id}-teller` : ""].filter(Boolean).join(" ") || undefined;

export function TextInput(props: BaseProps & { short?: boolean; type?: "text" | "number"; inputMode?: "numeric" | "decimal" }) {
  const auto = useId();
  const id = props.id ?? auto;
  const error = tooLong(props.value, props.max);
  const paste = usePasteGuard(props.value, props.max);
  const counter = props.type === "number" ? null : counterText(props.value.length, props.max, paste.cut);
  return (
    <Field id={id} label={props.label} hint={props.hint} error={error}>
      <input
        id={id}
        class={`rk-input${props.short ? " rk-input--short" : ""}`}
        type={props.type ?? "text"}
        inputMode={props.inputMode}
        value={props.value}
        maxLength={props.type === "number" ? undefined : props.max}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, error, counter)}
        onPaste={paste.onPaste}
        onInput={paste.onInput(props.onInput)}
      />
      <Counter id={id} text={counter} />
    </Field>
  );
}

export function TextArea(props: BaseProps & { rows?: number }) {
  const auto = useId();
  const id = props.id ?? auto;
  const error = tooLong(props.value, props.max);
  const paste = usePasteGuard(props.value, props.max);
  const counter = counterText(props.value.length, props.max, paste.cut);
  return (
    <Field id={id} label={props.label} hint={props.hint} error={error}>
      <textarea
        id={id}
        class="rk-textarea"
        rows={props.rows ?? 3}
        value={props.value}
        maxLength={props.max}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, error, counter)}
        onPaste={paste.onPaste}
        onInput={paste.onInput(props.onInput)}
      />
      <Counter id={id} text={counter} />
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
