import type { KoerskaartWeergave } from "../../lib/leeratelier/koerskaartWeergave.ts";
import { celRegel, clusterRegel, namenSuffix } from "../../lib/leeratelier/namen.ts";

/** The koerskaart worksheets of all bijdragen on screen (named by the engine's koerskaartWeergave): koersen per keuze, the merged keuzematrix, evaluation answers. */
export function KoerskaartenSamen({ weergave, names }: { weergave: readonly KoerskaartWeergave[]; names: boolean }) {
  if (weergave.length === 0) return null;
  return (
    <div class="rk-no-print" data-testid="samen-koerskaarten">
      {weergave.map((w) => (
        <section key={w.id} aria-labelledby={`samen-kk-${w.id}`} data-koerskaart={w.id}>
          <h3 id={`samen-kk-${w.id}`}>Koerskaart {w.onderwerp}</h3>
          <p>
            {w.deelnemers} {w.deelnemers === 1 ? "deelnemer vulde" : "deelnemers vulden"} dit werkblad in.
          </p>
          {w.keuzes.length > 0 && (
            <>
              <h4>Keuzes en koers</h4>
              <ul>
                {w.keuzes.map((k) => (
                  <li key={k.id}>
                    <strong>{k.kop}</strong>: {k.aantal} {k.aantal === 1 ? "antwoord" : "antwoorden"}
                    {k.koersen.length > 0 && (
                      <ul>
                        {k.koersen.map((c, i) => (
                          <li key={i}>{clusterRegel(c, names)}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {w.matrix.length > 0 && (
            <>
              <h4>Keuzematrix</h4>
              <p>{w.gaten === 0 ? "Elk vak is door iemand ingevuld." : `${w.gaten} ${w.gaten === 1 ? "vak is" : "vakken zijn"} door niemand ingevuld. Daar zit mogelijk een gat in het aanbod.`}</p>
              <div class="rk-table-scroll" role="region" tabindex={0} aria-label={`Keuzematrix ${w.onderwerp}, samengevoegd`}>
                <table class="rk-matrix">
                  <caption class="rk-visually-hidden">
                    Keuzematrix {w.onderwerp}: wat de deelnemers per {w.rijlabel.toLowerCase()} en kolom schreven
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{w.rijlabel}</th>
                      {w.kolommen.map((k) => (
                        <th scope="col" key={k.id}>
                          {k.title}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {w.matrix.map((r) => (
                      <tr key={r.label}>
                        <th scope="row">{r.label}</th>
                        {w.kolommen.map((k) => (
                          <td key={k.id} class={r.cellen[k.id]?.length ? "rk-matrix__cell" : "rk-matrix__cell rk-matrix__cell--gap"}>
                            {celRegel(r.cellen[k.id], names) || "—"}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          {w.evaluatie.length > 0 && (
            <>
              <h4>Evalueren en bijsturen</h4>
              <ul>
                {w.evaluatie.map((e) => (
                  <li key={e.id}>
                    {e.vraag}
                    <ul>
                      {e.antwoorden.map((a, i) => (
                        <li key={i}>
                          {a.text}
                          {namenSuffix(names, [a])}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </div>
  );
}
