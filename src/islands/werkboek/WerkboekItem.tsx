import { useEffect, useState } from "preact/hooks";
import type { Werkboek } from "../../schemas/werkboek.ts";
import { backupAdvice, visieProgress } from "../../lib/werkboek/progress.ts";
import { type StoredWerkboek } from "../../lib/werkboek/store.ts";
import { exportJson } from "../browser/exportJson.ts";
import { ExportMenu } from "../ui/ExportMenu.tsx";
import type { WerkboekContext } from "../../lib/export/werkboek.ts";
import { hasNotes } from "../../lib/staalkaart/notities.ts";
import { TextInput } from "../ui/fields.tsx";
import { dateTime, werkboekDocument } from "./useWerkboekBeheer.ts";

export function WerkboekItem(props: {
  rec: StoredWerkboek;
  context: WerkboekContext;
  active: boolean;
  onActivate: () => void;
  onRename: (name: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
  /** `warning`: the werkboek nears the size limit (see io.ts). */
  onExported: (warning: string | null) => void;
  onPrint: () => void;
}) {
  const { rec, active } = props;
  const [name, setName] = useState(rec.werkboek.name);
  useEffect(() => setName(rec.werkboek.name), [rec.werkboek.name]);
  const p = visieProgress(rec.werkboek);
  const stepsDone = Object.values(p).filter((x) => x >= 1).length;
  const advice = backupAdvice(rec);
  return (
    <li class={`rk-worksheet__item${active ? " rk-worksheet__item--active" : ""}`} data-werkboek={rec.werkboek.name}>
      <h3>
        {rec.werkboek.name} {active && <span class="rk-tag">actief</span>}
      </h3>
      <p class="rk-field__hint">
        Laatst gewijzigd {dateTime(rec.werkboek.updatedAt)} · visie: {stepsDone} van 5 onderdelen klaar · waardemodel: {rec.werkboek.waardemodellen.length}{" "}
        {rec.werkboek.waardemodellen.length === 1 ? "vraag" : "vragen"} · cijfers duiden: {rec.werkboek.duiden.length}{" "}
        {rec.werkboek.duiden.length === 1 ? "werkblad" : "werkbladen"} · getoetste voorstellen: {rec.werkboek.toetsen.length} ·{" "}
        {rec.exportedAt ? `laatste export ${dateTime(rec.exportedAt)}` : "nog nooit geëxporteerd"}
      </p>
      {advice && <p class="rk-alert rk-alert--warning">{advice}</p>}
      <form
        class="rk-worksheet__actions"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() && name.trim() !== rec.werkboek.name) props.onRename(name.trim());
        }}
      >
        <TextInput id={`naam-${rec.id}`} label={`Naam van werkboek ${rec.werkboek.name}`} value={name} max={120} onInput={setName} />
        <div>
          <button type="submit" class="rk-button rk-button--secondary rk-button--small">
            Naam wijzigen
          </button>
        </div>
      </form>
      <div class="rk-worksheet__actions">
        {!active && (
          <button type="button" class="rk-button rk-button--small" onClick={props.onActivate}>
            Hierin werken
          </button>
        )}
        <a class="rk-button rk-button--secondary rk-button--small" href={`/visie/?werkboek=${encodeURIComponent(rec.id)}`}>
          Open visie
        </a>
        <button type="button" class="rk-button rk-button--secondary rk-button--small" onClick={props.onDuplicate}>
          Dupliceren
        </button>
        <button type="button" class="rk-button rk-button--danger rk-button--small" onClick={props.onDelete}>
          Verwijderen
        </button>
      </div>
      <ExportMenu
        werkboek={rec.werkboek}
        build={() => werkboekDocument(rec.werkboek, props.context)}
        onPrint={props.onPrint}
        onExportJson={() => {
          void exportJson(rec.werkboek).then(props.onExported);
        }}
      />
    </li>
  );
}

/** All staalkaart notes of the active werkboek together, linking back to each staalkaart. */
export function NotesOverview({ werkboek, context }: { werkboek: Werkboek | undefined; context: WerkboekContext }) {
  if (!werkboek) return null;
  const withNotes = context.staalkaarten.filter((s) => hasNotes(werkboek.staalkaartNotities[s.id]));
  return (
    <section aria-labelledby="kop-notities">
      <h2 id="kop-notities">Notities bij de staalkaarten</h2>
      {withNotes.length === 0 ? (
        <p>
          In "{werkboek.name}" staan nog geen notities bij de staalkaarten. Op elke <a href="/kennis/staalkaarten/">staalkaart</a> kun je per taak van de raad bijhouden hoe
          het ervoor staat.
        </p>
      ) : (
        withNotes.map((s) => {
          const n = werkboek.staalkaartNotities[s.id];
          if (!n) return null;
          return (
            <div class="rk-worksheet__item" key={s.id} data-notities={s.id}>
              <h3>
                <a href={`/kennis/staalkaarten/${s.id}/#mijn-notities`}>{s.shortName}</a>
              </h3>
              <ul>
                {s.tasks.map((t) => {
                  const tn = n.taken[t.id];
                  if (!tn || [tn.vastgesteldOp, tn.evaluatieGepland, tn.openVragen, tn.notities].every((x) => x.trim() === "")) return null;
                  const parts = [
                    tn.vastgesteldOp && `vastgesteld op ${tn.vastgesteldOp}`,
                    tn.evaluatieGepland && `evaluatie gepland: ${tn.evaluatieGepland}`,
                    tn.openVragen && `open vragen: ${tn.openVragen}`,
                    tn.notities && `notities: ${tn.notities}`,
                  ].filter(Boolean);
                  return (
                    <li key={t.id}>
                      <strong>{t.title}</strong>: {parts.join(" · ")}
                    </li>
                  );
                })}
              </ul>
              {n.notities.trim() && <p>Notities: {n.notities}</p>}
              {n.vragenCollege.trim() && <p>Vragen voor het college: {n.vragenCollege}</p>}
            </div>
          );
        })
      )}
    </section>
  );
}
