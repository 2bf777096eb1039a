import { dataTable, getal, niceTicks, type ChartModel } from "../../lib/duiden/chart.ts";

/**
 * An accessible SVG chart (trend line, bars, or own figure against a comparison band). No canvas and
 * no chart library: the same component renders at build time on content pages (zero JS) and inside the
 * worksheet. Every row has its own marker shape, dash and bar pattern, so it still reads in greyscale.
 */

const W = 640;
const PAD = { left: 72, right: 16, top: 30, bottom: 40 };
const PLOT_H = 240;
const LEGEND_ROW = 22;
/** Dark tones that differ in lightness too; shape and pattern carry the difference in greyscale. */
const COLORS = ["#1f2a44", "#b3541e", "#2e6b30", "#6a1b9a", "#00606e", "#7a5c00"];
const DASHES = ["", "7 4", "2 3", "10 3 2 3", "4 4", "1 5"];

function marker(i: number, x: number, y: number, color: string) {
  const s = 4.5;
  switch (i % 6) {
    case 0:
      return <circle cx={x} cy={y} r={s} fill={color} />;
    case 1:
      return <rect x={x - s} y={y - s} width={s * 2} height={s * 2} fill={color} />;
    case 2:
      return <path d={`M${x},${y - s - 1} L${x + s + 1},${y + s} L${x - s - 1},${y + s} Z`} fill={color} />;
    case 3:
      return <path d={`M${x},${y - s - 1} L${x + s + 1},${y} L${x},${y + s + 1} L${x - s - 1},${y} Z`} fill={color} />;
    case 4:
      return <circle cx={x} cy={y} r={s} fill="#fff" stroke={color} stroke-width={2} />;
    default:
      return <path d={`M${x - s},${y - s} L${x + s},${y + s} M${x + s},${y - s} L${x - s},${y + s}`} stroke={color} stroke-width={2.5} />;
  }
}

function patterns(uid: string) {
  return (
    <defs>
      {COLORS.map((c, i) => (
        <pattern key={i} id={`${uid}-p${i}`} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill={i === 0 ? c : "#fff"} />
          {i === 1 && <path d="M0,8 L8,0 M-2,2 L2,-2 M6,10 L10,6" stroke={c} stroke-width="2.5" />}
          {i === 2 && <circle cx="4" cy="4" r="2.2" fill={c} />}
          {i === 3 && <path d="M0,0 L8,8 M8,0 L0,8" stroke={c} stroke-width="1.8" />}
          {i === 4 && <path d="M0,4 L8,4" stroke={c} stroke-width="3" />}
          {i === 5 && <path d="M4,0 L4,8" stroke={c} stroke-width="3" />}
        </pattern>
      ))}
      <pattern id={`${uid}-band`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#e6e6e6" />
        <path d="M0,6 L6,0" stroke="#9a9a9a" stroke-width="1" />
      </pattern>
    </defs>
  );
}

export default function DuidenChart({ model, uid }: { model: ChartModel; uid: string }) {
  const { periodes, series, band, kind } = model;
  const legend = series.length + (band ? 1 : 0);
  const H = PAD.top + PLOT_H + PAD.bottom + legend * LEGEND_ROW + 8;
  const values = [...series.flatMap((s) => s.waarden), ...(band ? [...band.laag, ...band.hoog] : [])].filter((v): v is number => v !== null);
  const ticks = niceTicks(kind === "staaf" ? Math.min(0, ...values) : values.length ? Math.min(...values) : 0, values.length ? Math.max(...values) : 1);
  const lo = ticks[0] ?? 0;
  const hi = ticks[ticks.length - 1] ?? 1;
  const plotW = W - PAD.left - PAD.right;
  const y = (v: number) => PAD.top + PLOT_H - ((v - lo) / (hi - lo || 1)) * PLOT_H;
  const slot = plotW / Math.max(1, periodes.length);
  const x = (i: number) => PAD.left + slot * (i + 0.5);
  const titleId = `${uid}-titel`;
  const descId = `${uid}-uitleg`;
  const table = dataTable(model);
  // Labels thin out when there are many periods, so they never overlap.
  const every = Math.max(1, Math.ceil(periodes.length / 10));

  const linePath = (w: (number | null)[]) => {
    let d = "";
    let pen = false;
    w.forEach((v, i) => {
      if (v === null) {
        pen = false;
        return;
      }
      d += `${pen ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)} `;
      pen = true;
    });
    return d.trim();
  };

  const bandPath = () => {
    if (!band) return null;
    // One polygon per run of periods where both low and high are known.
    const runs: number[][] = [];
    let cur: number[] = [];
    periodes.forEach((_, i) => {
      if (band.laag[i] != null && band.hoog[i] != null) cur.push(i);
      else if (cur.length) {
        runs.push(cur);
        cur = [];
      }
    });
    if (cur.length) runs.push(cur);
    return runs.map((r, k) => {
      const top = r.map((i) => `${x(i).toFixed(1)},${y(band.hoog[i] ?? 0).toFixed(1)}`);
      const bottom = [...r].reverse().map((i) => `${x(i).toFixed(1)},${y(band.laag[i] ?? 0).toFixed(1)}`);
      const pts = r.length === 1 ? [`${(x(r[0] ?? 0) - 8).toFixed(1)},${y(band.hoog[r[0] ?? 0] ?? 0)}`, `${(x(r[0] ?? 0) + 8).toFixed(1)},${y(band.hoog[r[0] ?? 0] ?? 0)}`, `${(x(r[0] ?? 0) + 8).toFixed(1)},${y(band.laag[r[0] ?? 0] ?? 0)}`, `${(x(r[0] ?? 0) - 8).toFixed(1)},${y(band.laag[r[0] ?? 0] ?? 0)}`] : [...top, ...bottom];
      return <polygon key={k} points={pts.join(" ")} fill={`url(#${uid}-band)`} stroke="#6b6b6b" stroke-width="1" />;
    });
  };

  const barW = Math.min(36, (slot * 0.8) / Math.max(1, series.length));
  const legendY = PAD.top + PLOT_H + PAD.bottom + 8;

  return (
    <figure class="rk-chart" data-chart={uid}>
      <figcaption class="rk-chart__title">{model.title}</figcaption>
      <svg xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-labelledby={`${titleId} ${descId}`} class="rk-chart__svg" font-family="Arial, Helvetica, sans-serif" font-size="13">
        <title id={titleId}>{model.title}</title>
        <desc id={descId}>{model.desc}</desc>
        {patterns(uid)}
        <rect width={W} height={H} fill="#fff" />
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke={t === 0 ? "#333" : "#d0d0d0"} stroke-width={t === 0 ? 1.5 : 1} />
            <text x={PAD.left - 6} y={y(t) + 4} text-anchor="end" fill="#333">
              {getal(t)}
            </text>
          </g>
        ))}
        {model.unit && (
          <text x={4} y={14} fill="#333" font-size="12">
            {model.unit}
          </text>
        )}
        {periodes.map((p, i) =>
          i % every === 0 ? (
            <text key={i} x={x(i)} y={PAD.top + PLOT_H + 20} text-anchor="middle" fill="#333">
              {p}
            </text>
          ) : null,
        )}
        {bandPath()}
        {kind === "staaf"
          ? series.map((s, si) =>
              s.waarden.map((v, i) => {
                const bx = x(i) - (barW * series.length) / 2 + si * barW;
                if (v === null)
                  return (
                    <text key={`${si}-${i}`} x={bx + barW / 2} y={y(Math.max(lo, 0)) - 4} text-anchor="middle" font-size="11" fill="#333">
                      ?
                    </text>
                  );
                const y0 = y(Math.max(lo, 0));
                const y1 = y(v);
                return <rect key={`${si}-${i}`} x={bx} y={Math.min(y0, y1)} width={barW - 2} height={Math.max(1, Math.abs(y0 - y1))} fill={`url(#${uid}-p${si % 6})`} stroke={COLORS[si % 6]} stroke-width="1.5" />;
              }),
            )
          : series.map((s, si) => (
              <g key={s.id}>
                <path d={linePath(s.waarden)} fill="none" stroke={COLORS[si % 6]} stroke-width="2.5" stroke-dasharray={DASHES[si % 6] || undefined} />
                {s.waarden.map((v, i) => (v === null ? null : <g key={i}>{marker(si, x(i), y(v), COLORS[si % 6] ?? "#000")}</g>))}
              </g>
            ))}
        {series.map((s, si) => {
          const ly = legendY + si * LEGEND_ROW;
          const c = COLORS[si % 6] ?? "#000";
          return (
            <g key={`l-${s.id}`}>
              {kind === "staaf" ? (
                <rect x={PAD.left} y={ly - 7} width={22} height={14} fill={`url(#${uid}-p${si % 6})`} stroke={c} stroke-width="1.5" />
              ) : (
                <>
                  <line x1={PAD.left} x2={PAD.left + 22} y1={ly} y2={ly} stroke={c} stroke-width="2.5" stroke-dasharray={DASHES[si % 6] || undefined} />
                  {marker(si, PAD.left + 11, ly, c)}
                </>
              )}
              <text x={PAD.left + 30} y={ly + 4} fill="#111">
                {s.naam.length > 70 ? `${s.naam.slice(0, 69)}…` : s.naam}
              </text>
            </g>
          );
        })}
        {band && (
          <g>
            <rect x={PAD.left} y={legendY + series.length * LEGEND_ROW - 7} width={22} height={14} fill={`url(#${uid}-band)`} stroke="#6b6b6b" />
            <text x={PAD.left + 30} y={legendY + series.length * LEGEND_ROW + 4} fill="#111">
              {band.naam} (laagste tot hoogste)
            </text>
          </g>
        )}
      </svg>
      <details class="rk-chart__data">
        <summary>Cijfers als tabel</summary>
        <div class="rk-table-scroll">
          <table class="rk-table">
            <caption class="rk-visually-hidden">{model.title}: de cijfers van de grafiek</caption>
            <thead>
              <tr>
                {table.head.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((c, j) => (j === 0 ? <th key={j} scope="row">{c}</th> : <td key={j}>{c}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {model.unit && <p class="rk-field__hint">Eenheid: {model.unit}. "onbekend" betekent: het cijfer ontbreekt of is afgeschermd in de bron.</p>}
      </details>
    </figure>
  );
}
