import type { Raadsvergaderingen } from "../../schemas/jaarkalender.ts";
import type { Regeling } from "../../schemas/regeling.ts";
import { inJaar, RAAD_MOMENTEN, sturingKalender, type Moment } from "../../lib/sturing/jaarkalender.ts";
import { maandNaam } from "../../lib/sturing/datum.ts";
import { kalenderDocument, kalenderEvents, momentTitel, wanneer } from "../../lib/sturing/kalenderExport.ts";
import { useWerkboek } from "../ui/useWerkboek.ts";
import { useAnnouncer } from "../ui/worksheet.tsx";
import { SaveBar } from "../ui/SaveBar.tsx";
import { TextInput } from "../ui/fields.tsx";
import { ExportMenu } from "../ui/ExportMenu.tsx";
import { PrintDocument } from "../ui/PrintDocument.tsx";
import { DateInput } from "./sturingVelden.tsx";
import { AlgemeenBestuurData, RegelingToevoegen, sturingSetter } from "./regelingVelden.tsx";
import { download } from "../browser/download.ts";
import { parseJaar } from "../../lib/getal.ts";

const SOORT_LABEL: Record<Moment["soort"], string> = { raad: "Raad", bestuur: "Regeling", termijn: "Wettelijke termijn" };

/** Day of the year (0-based) for the timeline position. */
function dagVanJaar(d: string, jaar: number): number {
  if (d < `${jaar}-01-01`) return 0;
  if (d > `${jaar}-12-31`) return 364;
  return Math.round((Date.UTC(jaar, Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) - Date.UTC(jaar, 0, 1)) / 86_400_000);
}

/**
 * The year as a strip: months along the axis, a mark per moment. The list below carries the same
 * information in text. `perMaand`: how many moments fall in each month of `jaar`, for the label.
 */
function Tijdlijn({ momenten, jaar, perMaand }: { momenten: Moment[]; jaar: number; perMaand: number[] }) {
  const width = 730;
  const x = (d: string) => 10 + (dagVanJaar(d, jaar) / 365) * (width - 20);
  const kleur = { raad: "var(--rk-color-primary)", bestuur: "var(--rk-color-success)", termijn: "var(--rk-color-danger)" };
  const label = `Tijdlijn ${jaar}: ${momenten.length} momenten. ${perMaand.map((n, i) => (n ? `${maandNaam(i + 1)} ${n}` : "")).filter(Boolean).join(", ")}.`;
  return (
    <figure class="rk-tijdlijn">
      <svg viewBox={`0 0 ${width} 90`} role="img" aria-label={label} class="rk-tijdlijn__svg">
        <line x1="10" x2={width - 10} y1="50" y2="50" stroke="var(--rk-color-border)" stroke-width="2" />
        {Array.from({ length: 12 }, (_, i) => {
          const start = `${jaar}-${String(i + 1).padStart(2, "0")}-01`;
          return (
            <g key={i}>
              <line x1={x(start)} x2={x(start)} y1="44" y2="56" stroke="var(--rk-color-border)" />
              <text x={x(start) + 3} y="75" font-size="12" fill="var(--rk-color-text)">
                {maandNaam(i + 1).slice(0, 3)}
              </text>
            </g>
          );
        })}
        {momenten.map((m) =>
          m.tot ? (
            <rect key={m.id} x={x(m.datum)} y="20" width={Math.max(3, x(m.tot) - x(m.datum))} height="8" fill="var(--rk-color-warning)" opacity="0.6" />
          ) : (
            <circle key={m.id} cx={x(m.datum)} cy={m.soort === "termijn" ? 36 : 50} r="5" fill={kleur[m.soort]} />
          ),
        )}
      </svg>
      <figcaption class="rk-field__hint">Blauw: raad. Groen: algemeen bestuur van een regeling. Rood: wettelijke termijn. Balk: periode voor de zienswijze.</figcaption>
    </figure>
  );
}

/** Werkblad jaarkalender: P&C dates in, the year's legal deadlines out, also as .ics. */
export default function JaarkalenderWerkblad() {
  const { state, update, resolveConflict } = useWerkboek();
  const { say, region } = useAnnouncer();
  if (state.kind === "laden") return <p role="status">Je werkboek wordt geladen…</p>;
  const { werkboek, status, memoryOnly } = state;
  const jk = werkboek.sturing.jaarkalender;
  const kalender = sturingKalender(werkboek.sturing);
  const jaar = kalender.jaar;
  const zichtbaar = kalender.momenten.filter((m) => inJaar(m, jaar));
  const setSturing = sturingSetter(update);
  const setRaad = (id: keyof Raadsvergaderingen, v: string) => setSturing((s) => ({ jaarkalender: { ...s.jaarkalender, raad: { ...s.jaarkalender.raad, [id]: v } } }));
  const setRegeling = (id: string, change: Partial<Regeling>) => setSturing((s) => ({ regelingen: s.regelingen.map((r) => (r.id === id ? { ...r, ...change } : r)) }));
  const doc = () => kalenderDocument(kalender, werkboek.name);
  const maanden = Array.from({ length: 12 }, (_, i) => ({ maand: i + 1, momenten: zichtbaar.filter((m) => m.datum.startsWith(`${jaar}-${String(i + 1).padStart(2, "0")}`)) }));
  const vorigJaar = zichtbaar.filter((m) => m.datum < `${jaar}-01-01`);

  return (
    <div class="rk-worksheet">
      <SaveBar werkboek={werkboek} status={status} memoryOnly={memoryOnly} onResolve={(c) => void resolveConflict(c)} />
      {region}

      <section class="rk-worksheet__step" aria-labelledby="kop-invoer">
        <h2 id="kop-invoer">Jouw data</h2>
        <TextInput
          id="jk-jaar"
          label="Jaar"
          hint="Het kalenderjaar dat je wilt zien."
          short
          inputMode="numeric"
          value={String(jaar)}
          onInput={(raw) => {
            const y = parseJaar(raw);
            if (y !== null) setSturing((s) => ({ jaarkalender: { ...s.jaarkalender, jaar: y } }));
          }}
        />
        <fieldset class="rk-fieldset">
          <legend class="rk-fieldset__legend">Vergaderingen van de raad</legend>
          <div class="rk-grid-2">
            {RAAD_MOMENTEN.map((r) => (
              <DateInput key={r.id} id={`jk-raad-${r.id}`} label={r.titel} value={jk.raad[r.id]} onInput={(v) => setRaad(r.id, v)} />
            ))}
          </div>
        </fieldset>
        <h3>Gemeenschappelijke regelingen</h3>
        <p>Vul per regeling de datum in waarop het algemeen bestuur de begroting en de jaarrekening vaststelt. Meer over elke regeling schrijf je op het werkblad <a href="/sturing/regionale-samenwerking/">regionale samenwerking</a>.</p>
        {werkboek.sturing.regelingen.map((r) => (
          <fieldset class="rk-fieldset" key={r.id}>
            <legend class="rk-fieldset__legend">{r.naam.trim() || "Naamloze regeling"}</legend>
            <div class="rk-grid-2">
              <TextInput id={`jk-${r.id}-naam`} label="Naam van de regeling" value={r.naam} max={200} onInput={(naam) => setRegeling(r.id, { naam })} />
              <AlgemeenBestuurData idPrefix={`jk-${r.id}`} regeling={r} onChange={(change) => setRegeling(r.id, change)} />
            </div>
          </fieldset>
        ))}
        <RegelingToevoegen aantal={werkboek.sturing.regelingen.length} setSturing={setSturing} say={say} naamId={(id) => `jk-${id}-naam`} />
      </section>

      <section class="rk-worksheet__step" aria-labelledby="kop-kalender">
        <h2 id="kop-kalender">Kalender {jaar}</h2>
        {kalender.waarschuwingen.length > 0 && (
          <div class="rk-alert rk-alert--warning" role="alert">
            <p>
              <strong>Let op:</strong>
            </p>
            <ul>
              {kalender.waarschuwingen.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </div>
        )}
        <Tijdlijn momenten={zichtbaar} jaar={jaar} perMaand={maanden.map((m) => m.momenten.length)} />
        {vorigJaar.length > 0 && <p class="rk-field__hint">Een periode die in {jaar - 1} begint, staat bij januari.</p>}
        <ol class="rk-momenten">
          {maanden
            .filter((m) => m.momenten.length > 0 || (m.maand === 1 && vorigJaar.length > 0))
            .map(({ maand, momenten }) => (
              <li key={maand} class="rk-momenten__maand">
                <h3>{maandNaam(maand)}</h3>
                <ul class="rk-momenten__lijst">
                  {[...(maand === 1 ? vorigJaar : []), ...momenten].map((m) => (
                    <li key={m.id} class={`rk-moment rk-moment--${m.soort}`} data-moment={m.id}>
                      <p class="rk-moment__wanneer">
                        <span class="rk-tag">{SOORT_LABEL[m.soort]}</span> {wanneer(m)}
                      </p>
                      <p class="rk-moment__titel">
                        <strong>{momentTitel(m)}</strong>
                      </p>
                      {m.termijn && (
                        <p>
                          {m.termijn.regel} <span class="rk-moment__artikel">({m.termijn.artikel})</span>
                        </p>
                      )}
                      {m.uitleg && <p class="rk-moment__uitleg">{m.uitleg}</p>}
                      <p>
                        <em>Wat doe je als raad?</em> {m.raadDoet}
                      </p>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
        </ol>
      </section>

      <section class="rk-worksheet__step rk-no-print" aria-labelledby="kop-export-jaarkalender">
        <h2 id="kop-export-jaarkalender">Kalender delen</h2>
        <ExportMenu werkboek={werkboek} build={doc} />
        <div class="rk-worksheet__actions">
          <button
            type="button"
            class="rk-button rk-button--small"
            onClick={async () => {
              const { toIcs } = await import("../../lib/sturing/ics.ts");
              const text = toIcs(kalenderEvents(kalender, werkboek.id), { name: `Raadskompas jaarkalender ${jaar}` });
              download(`jaarkalender-${jaar}.ics`, text, "text/calendar;charset=utf-8");
              say("De agenda is gedownload.");
            }}
          >
            Zet in je agenda (.ics)
          </button>
        </div>
      </section>
      <PrintDocument doc={doc()} />
    </div>
  );
}
