import type { Agreement } from "../../lib/leeratelier/agreement.ts";
import { groepen, verdelingTekst, type Vraagsoort } from "../../lib/leeratelier/vraagsoort.ts";

/**
 * Hand-made charts for the leeratelier: plain SVG and HTML, each with a text alternative, and always
 * shown next to a data table, so a chart is never the only way to read a figure.
 */

/** "2 oneens, 1 neutraal, 3 eens (van 6)", in the words of the scale: what a screen reader hears for a bar. */
export const agreementText = (a: Agreement, soort: Vraagsoort) => verdelingTekst(soort, a);

/** Which colour is which side of the bar, in the order of the bar: low (1–2) left, high (4–5) right. */
export function BarLegend({ soort }: { soort: Vraagsoort }) {
  const g = groepen(soort);
  return (
    <ul class="rk-legend" aria-label="Legenda bij de balken" data-testid="legenda">
      <li>
        <span class="rk-legend__swatch rk-legend__swatch--oneens" /> links: {g.laag}
      </li>
      <li>
        <span class="rk-legend__swatch rk-legend__swatch--neutraal" /> midden: {g.midden}
      </li>
      <li>
        <span class="rk-legend__swatch rk-legend__swatch--eens" /> rechts: {g.hoog}
      </li>
    </ul>
  );
}

/** The low scores left of the middle, the high ones right, the middle score split over the middle. */
export function DivergingBar({ a, soort, large = false }: { a: Agreement; soort: Vraagsoort; large?: boolean }) {
  const w = 200;
  const h = large ? 40 : 20;
  const unit = a.n === 0 ? 0 : w / 2 / a.n;
  const mid = w / 2;
  const half = (a.neutraal * unit) / 2;
  return (
    <svg class="rk-diverging" viewBox={`0 0 ${w} ${h}`} width={large ? "100%" : w} height={h} role="img" aria-label={agreementText(a, soort)} preserveAspectRatio="none">
      <rect x={mid - half - a.oneens * unit} y="0" width={a.oneens * unit} height={h} class="rk-diverging__oneens" />
      <rect x={mid - half} y="0" width={half * 2} height={h} class="rk-diverging__neutraal" />
      <rect x={mid + half} y="0" width={a.eens * unit} height={h} class="rk-diverging__eens" />
      <line x1={mid} x2={mid} y1="0" y2={h} class="rk-diverging__axis" />
    </svg>
  );
}

/** A horizontal bar for a count, drawn in HTML inside a table cell; the number itself is in the cell. */
export function CountBar({ value, max, label }: { value: number; max: number; label: string }) {
  return (
    <span class="rk-countbar">
      {/* An SVG width, not a style attribute: the Content-Security-Policy allows no inline styles. */}
      <svg class="rk-countbar__track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect class="rk-countbar__bar" width={max === 0 ? 0 : Math.max(2, (value / max) * 100)} height="10" />
      </svg>
      <span class="rk-countbar__label">{label}</span>
    </span>
  );
}
