/**
 * QR codes for the join and transfer links, drawn locally (no service sees the key in the link). lean-qr
 * encodes; this wrapper gives one SVG path, so a Preact island renders it as an ordinary <path> without
 * innerHTML (CSP) and a printed sheet gets the same picture.
 */
import { correction, generate } from "lean-qr";

export interface QrPath {
  /** Modules per side, including the quiet zone. */
  size: number;
  /** SVG path data in module units: one 1×1 square per dark module, rows merged into runs. */
  d: string;
}

/** Error correction M (15 %): still readable with a reflection on the screen, not much larger than L. */
export function qrPath(text: string, quietZone = 4): QrPath {
  const code = generate(text, { minCorrectionLevel: correction.M });
  const parts: string[] = [];
  for (let y = 0; y < code.size; y++) {
    let x = 0;
    while (x < code.size) {
      if (!code.get(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < code.size && code.get(x, y)) x++;
      parts.push(`M${start + quietZone} ${y + quietZone}h${x - start}v1h-${x - start}z`);
    }
  }
  return { size: code.size + 2 * quietZone, d: parts.join("") };
}

/** A standalone SVG document (for a download or the printable sheet). `title` is the text alternative. */
export function qrSvg(text: string, title: string): string {
  const { size, d } = qrPath(text);
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${esc(title)}" shape-rendering="crispEdges"><title>${esc(title)}</title><rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
}
