import type { CombinedView } from "../../lib/leeratelier/combine.ts";
import { percent } from "../../lib/leeratelier/agreement.ts";
import { formatGetal } from "../../lib/getal.ts";
import { aantalPersonen, namenSuffix } from "../../lib/leeratelier/namen.ts";
import { BarLegend, CountBar, DivergingBar, agreementText } from "./charts.tsx";
import { SCHAAL, VRAAGSOORTEN, groepen, schattingUitleg, verdelingGetallen } from "../../lib/leeratelier/vraagsoort.ts";

/** The combined view on screen: every chart with its numbers in a table. */
export function CombinedSections({ view, names }: { view: CombinedView; names: boolean }) {
  const maxCount = Math.max(1, ...view.waarden.map((w) => w.count));
  return (
    <div class="rk-no-print" data-testid="samen-weergave">
      <h3 id="samen-waarden">Maatschappelijke waarden</h3>
      {view.waarden.length === 0 ? (
        <p>Nog geen waarden in de bijdragen.</p>
      ) : (
        <>
          <p>
            Top 3: {view.top3.map((w, i) => `${i + 1}. ${w.label} (${w.count})`).join(" · ")}
          </p>
          <div class="rk-table-scroll">
            <table data-testid="tabel-waarden">
              <caption class="rk-visually-hidden">Waarden met het aantal personen dat ze noemde; schrijfwijzen samengenomen.</caption>
              <thead>
                <tr>
                  <th scope="col">Waarde</th>
                  <th scope="col">Genoemd door</th>
                  <th scope="col">In top 3</th>
                  <th scope="col">Schrijfwijzen</th>
                </tr>
              </thead>
              <tbody>
                {view.waarden.map((w) => (
                  <tr key={w.key}>
                    <th scope="row">{w.label}</th>
                    <td>
                      <CountBar value={w.count} max={maxCount} label={String(w.count)} />
                    </td>
                    <td>{w.topCount}</td>
                    <td>{w.variants.join(", ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {view.waarden
            .filter((w) => w.meanings.length > 0)
            .slice(0, 8)
            .map((w) => (
              <details key={w.key}>
                <summary>
                  Wat {w.label} betekent ({w.meanings.length})
                </summary>
                <ul class="rk-side-by-side">
                  {w.meanings.map((m, i) => (
                    <li key={i}>
                      {m.text}
                      {names ? <span class="rk-field__hint">{m.naam}</span> : null}
                    </li>
                  ))}
                </ul>
              </details>
            ))}
        </>
      )}

      {VRAAGSOORTEN.map((soort) => {
        const list = view.stellingen.filter((s) => s.soort === soort);
        if (list.length === 0) return null;
        const g = groepen(soort);
        return (
          <div key={soort} data-vraagsoort={soort}>
            <h3 id={`samen-stellingen-${soort}`}>{SCHAAL[soort].kop}</h3>
            <p class="rk-field__hint">Gevraagd: {SCHAAL[soort].ankers}.</p>
            <BarLegend soort={soort} />
            <div class="rk-table-scroll">
              <table data-testid="tabel-stellingen">
                <caption class="rk-visually-hidden">Per stelling: aantal, mediaan, spreiding, verdeling en {SCHAAL[soort].schatting.toLowerCase()}.</caption>
                <thead>
                  <tr>
                    <th scope="col">Stelling</th>
                    <th scope="col">Verdeling</th>
                    <th scope="col">Aantal</th>
                    <th scope="col">Mediaan</th>
                    <th scope="col">Spreiding</th>
                    <th scope="col">
                      {g.laag} · {g.midden} · {g.hoog}
                    </th>
                    <th scope="col">{SCHAAL[soort].schatting}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((s) => (
                    <tr key={s.stelling}>
                      <th scope="row">
                        {s.stelling} {s.all.verdeeld && <span class="rk-flag">{SCHAAL[soort].verdeeldKort}</span>}
                      </th>
                      <td>
                        <DivergingBar a={s.all} soort={soort} />
                      </td>
                      <td>{s.all.n}</td>
                      <td>{s.all.median === null ? "—" : formatGetal(s.all.median)}</td>
                      <td>{s.all.spread === null ? "—" : formatGetal(s.all.spread)}</td>
                      <td>{verdelingGetallen(s.all)}</td>
                      <td>{percent(s.all.estimate)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p class="rk-field__hint">{schattingUitleg(soort)} Per fractie zie je alleen fracties met minstens 3 deelnemers.</p>
            {list
              .filter((s) => s.perFractie.length > 1)
              .map((s) => (
                <details key={s.stelling}>
                  <summary>Per fractie: {s.stelling}</summary>
                  <ul>
                    {s.perFractie.map((f) => (
                      <li key={f.fractie}>
                        {f.fractie}: {agreementText(f.agreement, soort)}, {SCHAAL[soort].schatting.toLowerCase()} {percent(f.agreement.estimate)}
                      </li>
                    ))}
                  </ul>
                </details>
              ))}
          </div>
        );
      })}

      <h3 id="samen-principes">Leidende principes</h3>
      {view.principes.length === 0 ? (
        <p>Nog geen leidende principes in de bijdragen.</p>
      ) : (
        view.principes.map((t) => (
          <div key={t.theme}>
            <h4>{t.theme}</h4>
            <ul>
              {t.clusters.map((c, i) => (
                <li key={i}>
                  {c.map((p) => p.title).join(" / ")}
                  {c.length > 1 && <strong> · {aantalPersonen(c)} personen schreven iets vergelijkbaars</strong>}
                  {namenSuffix(names, c)}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}

      <h3 id="samen-resultaten">Maatschappelijke resultaten</h3>
      {view.resultaten.length === 0 ? (
        <p>Nog geen resultaten in de bijdragen.</p>
      ) : (
        view.resultaten.map((r, i) => (
          <div key={i}>
            <h4>{r.doelgroep}</h4>
            {r.spanning && (
              <p class="rk-alert rk-alert--warning">
                <strong>Let op:</strong> {r.spanning}
              </p>
            )}
            <ul>
              {r.items.map((x, j) => (
                <li key={j}>
                  {x.zin}
                  {namenSuffix(names, [x])}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}

      {view.kwaliteitseisen.length > 0 && (
        <>
          <h3>Kwaliteitseisen</h3>
          <ul>
            {view.kwaliteitseisen.map((c, i) => (
              <li key={i}>
                {c.map((k) => k.title).join(" / ")}
                {namenSuffix(names, c)}
              </li>
            ))}
          </ul>
        </>
      )}

      {view.kernwaarden.some((k) => k.perPersoon.length > 0) && (
        <>
          <h3>Democratisch waardemodel</h3>
          <div class="rk-table-scroll">
            <table>
              <caption class="rk-visually-hidden">Per kernwaarde: hoeveel deelnemers erover schreven, en hun antwoorden en dilemma's.</caption>
              <thead>
                <tr>
                  <th scope="col">Kernwaarde</th>
                  <th scope="col">Deelnemers die erover schreven</th>
                  <th scope="col">Per deelnemer: antwoorden · dilemma's</th>
                </tr>
              </thead>
              <tbody>
                {view.kernwaarden.map((k) => (
                  <tr key={k.id}>
                    <th scope="row">{k.name}</th>
                    <td>{k.mensen}</td>
                    <td>{k.perPersoon.map((p, i) => `${names ? p.naam : `nr. ${i + 1}`}: ${p.antwoorden} · ${p.dilemmas}`).join("; ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {view.verdeelprocedures.length > 0 && <p>Gekozen verdeelprocedures: {view.verdeelprocedures.map((v) => `${v.id} (${v.count})`).join(", ")}.</p>}
        </>
      )}
    </div>
  );
}
