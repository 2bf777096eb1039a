import { useState } from "preact/hooks";
import type { Werkboek } from "../../schemas/werkboek.ts";
import { exportFileName, type ExportDocument } from "../../lib/export/document.ts";
import { download } from "../browser/download.ts";
import { printPart } from "./worksheet.tsx";

/** The download formats; their code loads only when clicked. */
const FORMATS = [
  {
    label: "Markdown",
    button: "Markdown (.md)",
    save: async (doc: ExportDocument) => {
      const { toMarkdown } = await import("../../lib/export/markdown.ts");
      download(exportFileName(doc, "md"), toMarkdown(doc), "text/markdown;charset=utf-8");
    },
  },
  {
    label: "Word",
    button: "Word (.docx)",
    save: async (doc: ExportDocument) => {
      const { toDocx, DOCX_MIME } = await import("../../lib/export/docx.ts");
      download(exportFileName(doc, "docx"), await toDocx(doc), DOCX_MIME);
    },
  },
] as const;

/**
 * Download buttons for one document. Markdown and Word code loads only when clicked, so worksheet
 * pages stay small; print uses the page's own print view.
 */
export function ExportMenu({ werkboek, build, onExportJson, onPrint }: {
  /** Only its name is used, for the group label; a leeratelier passes its title. */
  werkboek: Pick<Werkboek, "name">;
  /** Builds the document to export (visie, a worksheet, the whole werkboek); may be async, e.g. to draw a chart as a picture. */
  build: () => ExportDocument | Promise<ExportDocument>;
  /** When given, also offers the werkboek file itself. */
  onExportJson?: () => void;
  /** Custom print action; by default only the page's print document is printed. */
  onPrint?: () => void;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (label: string, fn: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(`${label} is niet gelukt: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div class="rk-export rk-no-print">
      <div class="rk-worksheet__actions" role="group" aria-label={`Exporteren: ${werkboek.name}`}>
        {onExportJson && (
          <button type="button" class="rk-button rk-button--small" onClick={onExportJson}>
            Werkboek downloaden (.raadskompas.json)
          </button>
        )}
        {FORMATS.map((f) => (
          <button key={f.label} type="button" class="rk-button rk-button--secondary rk-button--small" disabled={busy !== null} onClick={() => void run(f.label, async () => f.save(await build()))}>
            {busy === f.label ? `${f.label} wordt gemaakt…` : f.button}
          </button>
        ))}
        <button type="button" class="rk-button rk-button--secondary rk-button--small" onClick={onPrint ?? (() => printPart())}>
          Afdrukken of PDF
        </button>
      </div>
      {error && (
        <p class="rk-alert rk-alert--error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
