import { useEffect, useRef } from "preact/hooks";
import type { Werkboek } from "../schemas/werkboek.ts";
import type { SaveStatus } from "../lib/werkboek/session.ts";
import { exportFileName, serializeWerkboek } from "../lib/werkboek/io.ts";
import { download } from "./download.ts";

const time = (iso: string) => new Date(iso).toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit" });

/** Offers the werkboek as a file: the way out when storage fails. */
export function exportJson(w: Werkboek) {
  let text: string;
  try {
    text = serializeWerkboek(w);
  } catch {
    // Invalid (e.g. an over-long paste): still hand over everything, unvalidated, rather than nothing.
    text = JSON.stringify(w, null, 2);
  }
  download(exportFileName(w), text, "application/json");
}

/** Save state of the worksheet, and what to do when saving went wrong. */
export function SaveBar({ werkboek, status, memoryOnly, onResolve, onExport }: {
  werkboek: Werkboek;
  status: SaveStatus;
  memoryOnly: boolean;
  onResolve: (c: "hunne" | "mijne") => void;
  /** Downloads the werkboek and counts it as a backup; defaults to a plain download. */
  onExport?: () => void;
}) {
  const save = onExport ?? (() => exportJson(werkboek));
  const bar = useRef<HTMLDivElement>(null);
  // The bar sticks to the top; an in-page jump (step links, evidence links) must land below it, also
  // when it grows to two or three lines on a phone or shows an error.
  useEffect(() => {
    const el = bar.current;
    if (!el || typeof ResizeObserver !== "function") return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty("--rk-savebar-height", `${Math.ceil(el.getBoundingClientRect().height)}px`));
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty("--rk-savebar-height");
    };
  }, []);
  return (
    <div class="rk-savebar rk-no-print" ref={bar}>
      <span>
        Werkboek: <strong>{werkboek.name}</strong> · <a href="/werkboek/">wisselen of beheren</a>
      </span>
      <span role="status" aria-live="polite" class="rk-savebar__status" data-status={status.kind}>
        {status.kind === "bewaard" && `Bewaard in deze browser (${time(status.at)})`}
        {status.kind === "wijzigingen" && "Wijzigingen worden zo bewaard…"}
        {status.kind === "bezig" && "Bezig met bewaren…"}
        {status.kind === "conflict" && "Niet bewaard: er is een nieuwere versie"}
        {status.kind === "fout" && "Niet bewaard"}
      </span>
      {status.kind === "conflict" && (
        <div class="rk-alert rk-alert--warning" role="alert" style="flex-basis:100%">
          <p>
            <strong>Dit werkboek is in een ander tabblad of venster gewijzigd</strong> (om {time(status.theirs.werkboek.updatedAt)}). Jouw laatste wijzigingen staan nog op dit scherm,
            maar zijn niet bewaard. Welke versie wil je houden?
          </p>
          <div class="rk-worksheet__actions">
            <button type="button" class="rk-button" onClick={() => onResolve("mijne")}>
              Houd mijn versie
            </button>
            <button type="button" class="rk-button rk-button--secondary" onClick={() => onResolve("hunne")}>
              Gebruik de andere versie
            </button>
            <button type="button" class="rk-button rk-button--secondary" onClick={() => exportJson(werkboek)}>
              Download eerst mijn versie
            </button>
          </div>
        </div>
      )}
      {status.kind === "fout" && (
        <div class="rk-alert rk-alert--error" role="alert" style="flex-basis:100%">
          <p>
            <strong>{status.message}</strong>
            {status.quota && " Maak ruimte vrij in je browser, of bewaar je werk als bestand."}
            {memoryOnly && " Je kunt hier wel verder werken, maar alleen zolang deze pagina openstaat. Download je werk als bestand voordat je de pagina sluit."}
          </p>
          <button type="button" class="rk-button" onClick={save}>
            Download je werk als bestand
          </button>
        </div>
      )}
    </div>
  );
}
