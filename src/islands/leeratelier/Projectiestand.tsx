import { useEffect, useRef, useState } from "preact/hooks";
import type { Atelier } from "../../schemas/atelier.ts";
import type { CombinedView } from "../../lib/leeratelier/combine.ts";
import { percent } from "../../lib/leeratelier/agreement.ts";
import { formatGetal } from "../../lib/getal.ts";
import { aantalPersonen, namenSuffix } from "../../lib/leeratelier/namen.ts";
import { BarLegend, CountBar, DivergingBar, agreementText } from "./charts.tsx";
import { SCHAAL } from "../../lib/leeratelier/vraagsoort.ts";
import type { ComponentChildren } from "preact";

interface Slide {
  title: string;
  body: ComponentChildren;
}

/** The slides, one item per screen; personal names only when the griffier turned them on. */
function slides(atelier: Atelier, view: CombinedView, names: boolean): Slide[] {
  const maxCount = Math.max(1, ...view.waarden.map((w) => w.count));
  const out: Slide[] = [
    {
      title: atelier.bijeenkomst.title,
      body: (
        <p>
          {view.deelnemers} {view.deelnemers === 1 ? "bijdrage" : "bijdragen"}
          {atelier.bijeenkomst.startvraag ? <><br />{atelier.bijeenkomst.startvraag}</> : null}
        </p>
      ),
    },
  ];
  if (view.waarden.length > 0) {
    out.push({
      title: "Top 3 waarden",
      body: (
        <ol class="rk-projectie__big">
          {view.top3.map((w) => (
            <li key={w.key}>
              {w.label}: {w.count} {w.count === 1 ? "persoon" : "personen"}
            </li>
          ))}
        </ol>
      ),
    });
    out.push({
      title: "Alle genoemde waarden",
      body: (
        <table>
          <thead>
            <tr>
              <th scope="col">Waarde</th>
              <th scope="col">Genoemd door</th>
            </tr>
          </thead>
          <tbody>
            {view.waarden.slice(0, 10).map((w) => (
              <tr key={w.key}>
                <th scope="row">{w.label}</th>
                <td>
                  <CountBar value={w.count} max={maxCount} label={String(w.count)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ),
    });
  }
  for (const s of view.stellingen) {
    const schaal = SCHAAL[s.soort];
    out.push({
      title: schaal.vraag(s.stelling),
      body: (
        <>
          <p class="rk-projectie__ankers">{schaal.ankers}</p>
          <DivergingBar a={s.all} soort={s.soort} large />
          <BarLegend soort={s.soort} />
          <p>
            {agreementText(s.all, s.soort)}. {schaal.schatting}: {percent(s.all.estimate)}. Mediaan {s.all.median === null ? "—" : formatGetal(s.all.median)}.
          </p>
          {s.all.verdeeld && <p class="rk-flag">{schaal.verdeeld}</p>}
        </>
      ),
    });
  }
  for (const t of view.principes) {
    out.push({
      title: `Principes bij ${t.theme}`,
      body: (
        <ul>
          {t.clusters.slice(0, 6).map((c, i) => (
            <li key={i}>
              {c[0]?.title}
              {c.length > 1 ? ` (${aantalPersonen(c)}×)` : ""}
              {namenSuffix(names, c)}
            </li>
          ))}
        </ul>
      ),
    });
  }
  for (const r of view.resultaten) {
    out.push({
      title: `Resultaten voor ${r.doelgroep}`,
      body: (
        <>
          {r.spanning && <p class="rk-flag">Let op: {r.spanning}</p>}
          <ul>
            {r.items.slice(0, 6).map((x, i) => (
              <li key={i}>
                {x.zin}
                {namenSuffix(names, [x])}
              </li>
            ))}
          </ul>
        </>
      ),
    });
  }
  return out;
}

/**
 * Full-screen view for the wall. Arrow keys, space and Page Up/Down move; Escape closes. No form
 * fields, so every key goes to the slides.
 */
export function Projectiestand({ atelier, view, names, contrast, onClose }: { atelier: Atelier; view: CombinedView; names: boolean; contrast: boolean; onClose: () => void }) {
  const all = slides(atelier, view, names);
  const [i, setI] = useState(0);
  const ref = useRef<HTMLDivElement>(null);
  const returnTo = useRef<Element | null>(null);
  const go = (d: number) => setI((n) => Math.min(all.length - 1, Math.max(0, n + d)));

  useEffect(() => {
    returnTo.current = document.activeElement;
    ref.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (["ArrowRight", "ArrowDown", "PageDown", " "].includes(e.key)) {
        e.preventDefault();
        go(1);
      } else if (["ArrowLeft", "ArrowUp", "PageUp"].includes(e.key)) {
        e.preventDefault();
        go(-1);
      } else if (e.key === "Home") setI(0);
      else if (e.key === "End") setI(all.length - 1);
      else if (e.key === "Escape") onClose();
    };
    document.addEventListener("keydown", onKey);
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    return () => {
      document.removeEventListener("keydown", onKey);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      (returnTo.current as HTMLElement | null)?.focus?.();
    };
  }, [all.length]);

  const slide = all[i];
  return (
    <div class={`rk-projectie${contrast ? " rk-projectie--contrast" : ""}`} role="dialog" aria-modal="true" aria-label="Projectiestand">
      <div class="rk-projectie__slide" ref={ref} tabIndex={-1} aria-live="polite" data-testid="dia">
        <h2>{slide?.title}</h2>
        {slide?.body}
      </div>
      <div class="rk-projectie__bar">
        <button type="button" class="rk-button rk-button--secondary" onClick={() => go(-1)} disabled={i === 0}>
          Vorige
        </button>
        <span data-testid="dia-nummer">
          {i + 1} / {all.length}
        </span>
        <button type="button" class="rk-button rk-button--secondary" onClick={() => go(1)} disabled={i === all.length - 1}>
          Volgende
        </button>
        <button type="button" class="rk-button rk-button--secondary" onClick={onClose}>
          Sluiten (Esc)
        </button>
      </div>
    </div>
  );
}
