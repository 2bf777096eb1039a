import type { ComponentChildren } from "preact";
import { NOT_FILLED, textLines, tidy, type Block, type ExportDocument } from "../../lib/export/document.ts";

const HEADINGS = ["h2", "h3", "h4", "h5", "h6"] as const;

/** On paper an empty section shows its questions with room to write, not "Nog niet ingevuld.". */
const replacedByPrompts = (b: Block, next: Block | undefined) => b.type === "paragraph" && b.muted === true && b.text === NOT_FILLED && next?.type === "write";

/**
 * The same document the Markdown and Word exports contain, rendered as HTML that only shows in
 * print: the worksheet's form fields are hidden then, so a printed visie reads like a report, and an
 * empty one like a paper worksheet.
 */
export function PrintDocument({ doc: raw, images = [] }: { doc: ExportDocument; images?: ComponentChildren[] }) {
  const doc = tidy(raw);
  return (
    <div class="rk-print-only rk-print-document">
      <h1>{doc.title}</h1>
      {doc.subtitle && <p>{doc.subtitle}</p>}
      <DocumentBlocks blocks={doc.blocks} images={images} />
    </div>
  );
}

/**
 * The blocks of a (tidied) document as HTML; also used on screen, e.g. for the leeratelier's data card.
 * `images`: the live charts (SVG), one per image block, in order.
 */
export function DocumentBlocks({ blocks, images = [] }: { blocks: Block[]; images?: ComponentChildren[] }) {
  let image = 0;
  return (
    <>
      {blocks.map((b, i) => {
        if (replacedByPrompts(b, blocks[i + 1])) return null;
        switch (b.type) {
          case "heading": {
            const H = HEADINGS[b.level - 1] ?? "h6";
            return <H key={i}>{b.text}</H>;
          }
          case "paragraph":
            return (
              <p key={i} class={b.muted ? "rk-field__hint" : undefined}>
                {textLines(b.text).map((line, j) => (j === 0 ? line : [<br key={j} />, line]))}
              </p>
            );
          case "list": {
            const items = b.items.map((t, j) => <li key={j}>{t}</li>);
            return b.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
          }
          case "table":
            return (
              <table key={i}>
                <thead>
                  <tr>
                    {b.head.map((h, j) => (
                      <th key={j} scope="col">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {b.rows.map((r, j) => (
                    <tr key={j}>
                      {r.map((c, k) => (
                        <td key={k}>{c}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          case "fields":
            return (
              <dl key={i} class="rk-print-document__fields">
                {b.items.map((f, j) => (
                  <div key={j}>
                    <dt>{f.label}</dt>
                    <dd>{f.value}</dd>
                  </div>
                ))}
              </dl>
            );
          case "image": {
            // The worksheet hands over the live chart (SVG) for each picture; without one, the words stand in.
            const picture = images[image++];
            return picture ? (
              <div key={i}>{picture}</div>
            ) : (
              <p key={i} class="rk-field__hint">
                Grafiek: {b.alt}
              </p>
            );
          }
          case "write":
            return (
              <div key={i} class="rk-print-write">
                {b.title && <p class="rk-print-write__title">{b.title}</p>}
                {b.items.map((q, j) => (
                  <div key={j} class="rk-print-write__item">
                    <p class="rk-print-write__label">{q.label}</p>
                    {Array.from({ length: q.lines }, (_, k) => (
                      <span key={k} class="rk-print-write__line" aria-hidden="true" />
                    ))}
                  </div>
                ))}
              </div>
            );
        }
      })}
    </>
  );
}
