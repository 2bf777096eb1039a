import { useEffect, useRef, useState } from "preact/hooks";

/**
 * Small pieces every worksheet island shares: a polite live region for announcements and the step
 * navigation with progress.
 */

/** A live region and a function that speaks into it. Render `region` once in the worksheet. */
export function useAnnouncer() {
  const ref = useRef<HTMLParagraphElement>(null);
  const say = (text: string) => {
    if (ref.current) ref.current.textContent = text;
  };
  const region = <p class="rk-visually-hidden" aria-live="polite" ref={ref} />;
  return { say, region };
}

/** Focuses an element once the next render is on screen, so keyboard users can type straight away. */
export function focusSoon(id: string) {
  setTimeout(() => document.getElementById(id)?.focus(), 30);
}

/**
 * Where focus goes when an item is deleted with `button`: the first field of the next item
 * (`[data-item]`), else the add button of the same step (`[data-add]`). Without this, focus falls
 * back to <body> and a keyboard user starts again at the top of the page.
 */
export function focusAfterRemove(button: HTMLElement) {
  const item = button.closest<HTMLElement>("[data-item]");
  let next = item?.nextElementSibling ?? null;
  while (next && !next.matches("[data-item]")) next = next.nextElementSibling;
  // From the parent: an item may itself be a <section>, and its add button sits outside it.
  const scope = item?.parentElement?.closest("section, .rk-worksheet__step") ?? item?.parentElement ?? null;
  const add = scope?.querySelector<HTMLElement>("[data-add]") ?? null;
  setTimeout(() => {
    const field = next?.isConnected ? next.querySelector<HTMLElement>("input, select, textarea, button") : null;
    (field ?? add)?.focus();
  }, 30);
}

/**
 * How many parts of a long worksheet to render: one more per task after loading, so a slow device
 * never renders dozens of fields in one long freeze. Returns `total` at once on later renders.
 */
export function useProgressive(total: number, ready: boolean): number {
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (!ready || shown >= total) return;
    const t = setTimeout(() => setShown((n) => n + 1), 0);
    return () => clearTimeout(t);
  }, [ready, shown, total]);
  return shown;
}

/**
 * Prints only the page's print document(s), without the page around them (Ctrl+P prints both).
 * `done` runs after the dialog closes.
 */
export function printPart(done?: () => void) {
  document.body.classList.add("rk-print-part");
  window.addEventListener(
    "afterprint",
    () => {
      document.body.classList.remove("rk-print-part");
      done?.();
    },
    { once: true },
  );
  window.print();
}

/**
 * Jumps to the URL's #anchor once the worksheet has rendered: its steps do not exist yet when the
 * browser handles the anchor on load (e.g. a search result linking to /visie/#stap-koppeltabel).
 */
export function useJumpToHash(ready: boolean) {
  useEffect(() => {
    if (!ready || !window.location.hash) return;
    const id = decodeURIComponent(window.location.hash.slice(1));
    setTimeout(() => document.getElementById(id)?.scrollIntoView(), 50);
  }, [ready]);
}

/** Links to the steps, each with "klaar", "bezig" or "nog leeg" from a 0..1 progress figure. */
export function StepProgress<Id extends string>({ label, steps, progress }: { label: string; steps: readonly { id: Id; label: string }[]; progress: Record<Id, number> }) {
  return (
    <nav aria-label={label} class="rk-no-print">
      <ol class="rk-progress">
        {steps.map((s) => {
          const p = progress[s.id];
          return (
            <li key={s.id} class={`rk-progress__item rk-progress__item--${p >= 1 ? "klaar" : "open"}`}>
              <a href={`#stap-${s.id}`}>
                {s.label}
                <span class="rk-progress__state">{p >= 1 ? "klaar" : p > 0 ? "bezig" : "nog leeg"}</span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
