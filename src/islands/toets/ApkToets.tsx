import { useRef, useState } from "preact/hooks";
import pdfWorkerSrc from "pdfjs-dist/build/pdf.worker.min.mjs?url";
import type { ToetsThesaurus } from "../../schemas/toetsThesaurus.ts";
import type { CriteriumId, Status } from "../../lib/raadsvoorstel/types.ts";
import { apkCsv, apkDocument, apkTotals, sortApk, type ApkRij, type ApkSortKey } from "../../lib/raadsvoorstel/apk.ts";
import { analyseInWorker } from "../browser/toetsClient.ts";
import { useAnnouncer } from "../ui/worksheet.tsx";
import { download } from "../browser/download.ts";
import { formatMegabytes } from "../../lib/getal.ts";
import { MAX_UPLOAD_BYTES } from "../../vocabulary/limits.ts";

const SUPPORTED = [".txt", ".docx", ".pdf"];
const MAX_FILES = 200;
const SYMBOL: Record<Status, string> = { aanwezig: "●", deels: "◐", afwezig: "○" };

export interface ApkCriterium {
  id: CriteriumId;
  title: string;
}

const extensionOf = (name: string) => name.slice(name.lastIndexOf(".")).toLowerCase();

/** Files from a dropped folder (and its subfolders); the browser hands them over one directory read at a time. */
async function filesFromEntry(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) return [await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject))];
  if (!entry.isDirectory) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const out: File[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const e of batch) out.push(...(await filesFromEntry(e)));
  }
  return out;
}

/**
 * APK voor raadsvoorstellen in the browser: drop many proposals (or a folder), get proposals × criteria
 * with totals, sortable, as CSV or Word. Files are read here; nothing is uploaded.
 */
export default function ApkToets({ criteria, thesaurus }: { criteria: ApkCriterium[]; thesaurus?: ToetsThesaurus }) {
  const [rows, setRows] = useState<ApkRij[]>([]);
  const [busy, setBusy] = useState<{ done: number; total: number } | null>(null);
  const [sort, setSort] = useState<{ key: ApkSortKey; ascending: boolean }>({ key: "file", ascending: true });
  const [dragging, setDragging] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const { say, region } = useAnnouncer();
  const running = useRef(false);

  const check = async (file: File): Promise<ApkRij> => {
    const base = { file: file.webkitRelativePath || file.name, title: "", date: "", meetingDate: "", statuses: {} };
    if (!SUPPORTED.includes(extensionOf(file.name))) return { ...base, error: "Dit bestandstype kan de toets niet lezen. Gebruik .txt, .docx of .pdf." };
    if (file.size > MAX_UPLOAD_BYTES) return { ...base, error: `Te groot (${formatMegabytes(file.size)}); de grens is ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.` };
    try {
      const { extractText } = await import("../../lib/raadsvoorstel/extract.ts");
      const text = await extractText(new Uint8Array(await file.arrayBuffer()), file.name, { pdfWorkerSrc });
      if (text.trim().length < 40) return { ...base, error: "Er staat (bijna) geen tekst in dit bestand." };
      const r = await analyseInWorker(text, null, thesaurus);
      if ("error" in r) return { ...base, error: `De analyse is mislukt: ${r.error}` };
      const statuses = Object.fromEntries(r.analyse.criteria.map((c) => [c.id, c.status])) as Record<CriteriumId, Status>;
      // The full title for the CSV; the table cell wraps it.
      const title = r.volledigeTitel || r.analyse.title;
      return { ...base, title, date: r.analyse.date, meetingDate: r.analyse.meetingDate, statuses, ...(r.waarschuwing !== undefined ? { waarschuwing: r.waarschuwing } : {}) };
    } catch (e) {
      return { ...base, error: e instanceof Error ? e.message : String(e) };
    }
  };

  const addFiles = async (list: File[]) => {
    if (running.current || list.length === 0) return;
    const files = list.filter((f) => !f.name.startsWith(".")).slice(0, MAX_FILES);
    running.current = true;
    setBusy({ done: 0, total: files.length });
    const out: ApkRij[] = [];
    // One at a time: the worker analyses serially anyway, and a progress count is more honest.
    for (const f of files) {
      out.push(await check(f));
      setBusy({ done: out.length, total: files.length });
    }
    setRows((old) => [...old.filter((o) => !out.some((n) => n.file === o.file)), ...out]);
    setBusy(null);
    running.current = false;
    const failed = out.filter((r) => r.error !== undefined).length;
    const skipped = list.length > MAX_FILES ? ` Alleen de eerste ${MAX_FILES} bestanden zijn gelezen.` : "";
    say(`${out.length - failed} ${out.length - failed === 1 ? "voorstel" : "voorstellen"} getoetst${failed > 0 ? `, ${failed} niet gelezen` : ""}.${skipped}`);
  };

  const onDrop = async (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const items = [...(e.dataTransfer?.items ?? [])];
    const entries = items.map((i) => i.webkitGetAsEntry?.() ?? null).filter((x): x is FileSystemEntry => x !== null);
    const files = entries.length > 0 ? (await Promise.all(entries.map(filesFromEntry))).flat() : [...(e.dataTransfer?.files ?? [])];
    await addFiles(files);
  };

  const sorted = sortApk(rows, sort.key, sort.ascending);
  const ok = rows.filter((r) => r.error === undefined);
  const failed = rows.filter((r) => r.error !== undefined);
  const totals = apkTotals(ok);
  const titles = Object.fromEntries(criteria.map((c) => [c.id, c.title])) as Record<CriteriumId, string>;

  const sortButton = (key: ApkSortKey, label: string, full: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.ascending ? "ascending" : "descending") : "none"}>
        <button
          type="button"
          class="rk-apk__sort"
          title={full}
          onClick={() => setSort({ key, ascending: active ? !sort.ascending : true })}
        >
          {label}
          <span class="rk-visually-hidden"> ({full}), sorteren</span>
          <span aria-hidden="true">{active ? (sort.ascending ? " ▲" : " ▼") : ""}</span>
        </button>
      </th>
    );
  };

  /** Both file inputs: take the chosen files, then clear the input so the same choice works again. */
  const fromInput = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = "";
    void addFiles(files);
  };

  const today = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric" }).format(new Date());
  const saveWord = async () => {
    setExportError(null);
    try {
      const { toDocx, DOCX_MIME } = await import("../../lib/export/docx.ts");
      download("apk-raadsvoorstellen.docx", await toDocx(apkDocument(rows, titles, today)), DOCX_MIME);
    } catch (e) {
      setExportError(`Word is niet gelukt: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div class="rk-worksheet rk-apk">
      {region}
      <section class="rk-worksheet__step" aria-labelledby="kop-apk-bestanden">
        <h2 id="kop-apk-bestanden">1 · Kies de voorstellen</h2>
        <p>Kies een map of een aantal bestanden (.txt, .docx of .pdf). Ze worden in je browser gelezen en nergens naartoe gestuurd.</p>
        <div
          class={`rk-apk__drop${dragging ? " rk-apk__drop--actief" : ""}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => void onDrop(e)}
        >
          <p>Sleep bestanden of een map hierheen, of kies ze hieronder.</p>
          <div class="rk-grid-2">
            <div class="rk-field">
              <label class="rk-field__label" for="apk-bestanden">
                Bestanden kiezen
              </label>
              <input
                id="apk-bestanden"
                class="rk-input"
                type="file"
                multiple
                accept=".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                onChange={fromInput}
              />
            </div>
            <div class="rk-field">
              <label class="rk-field__label" for="apk-map">
                Een map kiezen
              </label>
              <input
                id="apk-map"
                class="rk-input"
                type="file"
                multiple
                {...{ webkitdirectory: "" }}
                onChange={fromInput}
              />
            </div>
          </div>
        </div>
        {busy && (
          <p role="status">
            Bezig: {busy.done} van {busy.total} bestanden gelezen…
          </p>
        )}
      </section>

      <section class="rk-worksheet__step" aria-labelledby="kop-apk-uitslag">
        <h2 id="kop-apk-uitslag">2 · De uitslag</h2>
        {rows.length === 0 ? (
          <p>Zodra je bestanden kiest, zie je hier per voorstel welke criteria het voorstel haalt.</p>
        ) : (
          <>
            <p>
              {SYMBOL.aanwezig} aanwezig · {SYMBOL.deels} deels · {SYMBOL.afwezig} afwezig. Klik op een kolomkop om te sorteren.
            </p>
            <div class="rk-table-scroll" role="region" aria-labelledby="apk-caption" tabIndex={0}>
              <table class="rk-table rk-apk__table">
                <caption id="apk-caption">
                  APK: {ok.length} {ok.length === 1 ? "voorstel" : "voorstellen"} × {criteria.length} criteria
                </caption>
                <thead>
                  <tr>
                    {sortButton("title", "Voorstel", "titel van het voorstel")}
                    {criteria.map((c) => sortButton(c.id, c.id, c.title))}
                  </tr>
                </thead>
                <tbody>
                  {sorted
                    .filter((r) => r.error === undefined)
                    .map((r) => (
                      <tr key={r.file} data-testid="apk-rij">
                        <th scope="row">
                          {r.title || r.file}
                          <span class="rk-apk__file">{r.file}</span>
                          {r.waarschuwing !== undefined && (
                            <span class="rk-apk__waarschuwing" data-testid="apk-waarschuwing">
                              Let op: {r.waarschuwing}
                            </span>
                          )}
                        </th>
                        {criteria.map((c) => {
                          const s = r.statuses[c.id];
                          return (
                            <td key={c.id} class={s ? `rk-apk__cel rk-apk__cel--${s}` : "rk-apk__cel"} data-criterium={c.id}>
                              {s ? (
                                <>
                                  <span aria-hidden="true">{SYMBOL[s]}</span> <span class="rk-apk__status">{s}</span>
                                </>
                              ) : (
                                "—"
                              )}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                </tbody>
                <tfoot>
                  {(["aanwezig", "deels", "afwezig"] as const).map((s) => (
                    <tr key={s} data-testid={`apk-totaal-${s}`}>
                      <th scope="row">Totaal {s}</th>
                      {criteria.map((c) => (
                        <td key={c.id} data-criterium={c.id}>
                          {totals[s][c.id]}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tfoot>
              </table>
            </div>
            {failed.length > 0 && (
              <div class="rk-alert rk-alert--warning" role="alert">
                <p>
                  {failed.length === 1 ? "Dit bestand kon" : `Deze ${failed.length} bestanden konden`} niet worden gelezen. De andere voorstellen zijn wel getoetst.
                </p>
                <ul>
                  {failed.map((r) => (
                    <li key={r.file}>
                      <strong>{r.file}</strong>: {r.error}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <div class="rk-worksheet__actions rk-no-print" role="group" aria-label="Uitslag bewaren">
              <button type="button" class="rk-button rk-button--small" onClick={() => download("apk-raadsvoorstellen.csv", apkCsv(rows), "text/csv;charset=utf-8")} disabled={ok.length === 0}>
                CSV (.csv)
              </button>
              <button type="button" class="rk-button rk-button--small" onClick={() => void saveWord()} disabled={ok.length === 0}>
                Word (.docx)
              </button>
              <button
                type="button"
                class="rk-button rk-button--small rk-button--secondary"
                onClick={() => {
                  setRows([]);
                  say("De tabel is leeggemaakt.");
                }}
              >
                Opnieuw beginnen
              </button>
            </div>
            {exportError && (
              <p class="rk-alert rk-alert--error" role="alert">
                {exportError}
              </p>
            )}
          </>
        )}
      </section>
    </div>
  );
}
