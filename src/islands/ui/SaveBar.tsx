import { useEffect, useRef } from "preact/hooks";
import type { Werkboek } from "../../schemas/werkboek.ts";
import { exportJson } from "../browser/exportJson.ts";
import type { Notice, SaveStatus } from "../../lib/werkboek/session.ts";
import { download } from "../browser/download.ts";

const time = (iso: string) => new Date(iso).toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit" });

/** A recovery, a merge or a failed emergency copy: said once, with the file to download if there is one. */
function NoticeBox({ notice }: { notice: Notice }) {
  const file = notice.download;
  return (
    <div class={`rk-alert rk-savebar__alert${notice.kind === "info" ? "" : " rk-alert--warning"}`} role={notice.kind === "info" ? "status" : "alert"} data-notice={notice.kind}>
      <p>{notice.message}</p>
      {notice.details && notice.details.length > 0 && (
        <ul>
          {notice.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
      {file && (
        <button type="button" class="rk-button rk-button--secondary" onClick={() => download(file.name, file.text, "application/json")}>
          Download de noodkopie
        </button>
      )}
    </div>
  );
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
        <div class="rk-alert rk-alert--warning rk-savebar__alert" role="alert">
          <p>
            <strong>Dit werkboek is in een ander tabblad of venster gewijzigd</strong> (om {time(status.theirs.werkboek.updatedAt)}). Jouw laatste wijzigingen staan nog op dit scherm,
            maar zijn niet bewaard. Wat alleen jij of alleen het andere tabblad wijzigde, blijft in beide gevallen staan. Het verschil zit hier:
          </p>
          {status.fields && status.fields.length > 0 && (
            <ul class="rk-savebar__conflicts">
              {status.fields.slice(0, 10).map((f) => (
                <li key={f.field}>
                  <strong>{f.field}</strong>: in de andere versie staat “{f.theirs}”.
                </li>
              ))}
            </ul>
          )}
          <p>Welke versie wil je voor deze velden houden?</p>
          <div class="rk-worksheet__actions">
            <button type="button" class="rk-button" onClick={() => onResolve("mijne")}>
              Houd mijn versie
            </button>
            <button type="button" class="rk-button rk-button--secondary" onClick={() => onResolve("hunne")}>
              Gebruik de andere versie
            </button>
            <button type="button" class="rk-button rk-button--secondary" onClick={() => void exportJson(werkboek)}>
              Download eerst mijn versie
            </button>
          </div>
        </div>
      )}
      {status.notice && <NoticeBox notice={status.notice} />}
      {status.kind === "fout" && (
        <div class="rk-alert rk-alert--error rk-savebar__alert" role="alert">
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
