import type { StaalkaartNotitie, TaakNotitie } from "../../schemas/staalkaartNotities.ts";
import { staalkaartNotitieDocument, type StaalkaartInfo } from "../../lib/export/staalkaartNotities.ts";
import { useWerkboek } from "../ui/useWerkboek.ts";
import { SaveBar } from "../ui/SaveBar.tsx";
import { TextArea, TextInput } from "../ui/fields.tsx";
import { ExportMenu } from "../ui/ExportMenu.tsx";
import { PrintDocument } from "../ui/PrintDocument.tsx";
import { printPart } from "../ui/worksheet.tsx";
import { hasNotes } from "../../lib/export/staalkaartNotities.ts";

const EMPTY_TAAK: TaakNotitie = { vastgesteldOp: "", evaluatieGepland: "", openVragen: "", notities: "" };
const EMPTY: StaalkaartNotitie = { taken: {}, notities: "", vragenCollege: "" };


/** Per formal council task on a staalkaart: its status in this gemeente, notes and questions for the college. */
export default function StaalkaartNotities({ info }: { info: StaalkaartInfo }) {
  const { state, update, resolveConflict, exportWerkboek } = useWerkboek();
  if (state.kind === "laden") return <p role="status">Je notities worden geladen…</p>;
  const { werkboek, status, memoryOnly } = state;
  const n = werkboek.staalkaartNotities[info.id] ?? EMPTY;
  const setN = (edit: (x: StaalkaartNotitie) => StaalkaartNotitie) =>
    update((w) => ({ ...w, staalkaartNotities: { ...w.staalkaartNotities, [info.id]: edit(w.staalkaartNotities[info.id] ?? EMPTY) } }));
  const setTaak = (taskId: string, change: Partial<TaakNotitie>) =>
    setN((x) => ({ ...x, taken: { ...x.taken, [taskId]: { ...(x.taken[taskId] ?? EMPTY_TAAK), ...change } } }));

  return (
    <div class="rk-worksheet rk-notes">
      <SaveBar werkboek={werkboek} status={status} memoryOnly={memoryOnly} onResolve={(c) => void resolveConflict(c)} onExport={exportWerkboek} />
      {info.tasks.map((task) => {
        const t = n.taken[task.id] ?? EMPTY_TAAK;
        const pre = `taak-${task.id}`;
        return (
          <fieldset class="rk-fieldset" key={task.id}>
            <legend class="rk-fieldset__legend">{task.title}</legend>
            <div class="rk-grid-2">
              <TextInput id={`${pre}-vastgesteld`} label="Vastgesteld op" hint="Datum of naam van het raadsbesluit" value={t.vastgesteldOp} max={200} onInput={(vastgesteldOp) => setTaak(task.id, { vastgesteldOp })} />
              <TextInput id={`${pre}-evaluatie`} label="Evaluatie gepland" hint="Wanneer evalueert het college?" value={t.evaluatieGepland} max={200} onInput={(evaluatieGepland) => setTaak(task.id, { evaluatieGepland })} />
            </div>
            <TextArea id={`${pre}-vragen`} label="Open vragen" value={t.openVragen} max={3000} onInput={(openVragen) => setTaak(task.id, { openVragen })} />
            <TextArea id={`${pre}-notities`} label="Notities" value={t.notities} max={5000} onInput={(notities) => setTaak(task.id, { notities })} />
          </fieldset>
        );
      })}
      <TextArea id="notities-wet" label={`Mijn notities bij de ${info.shortName}`} value={n.notities} max={5000} onInput={(notities) => setN((x) => ({ ...x, notities }))} />
      <TextArea id="vragen-college" label="Vragen voor het college" hint="Schrijf elke vraag op een eigen regel." value={n.vragenCollege} max={5000} onInput={(vragenCollege) => setN((x) => ({ ...x, vragenCollege }))} />
      <ExportMenu werkboek={werkboek} build={() => staalkaartNotitieDocument(info, n, werkboek.name)} onPrint={() => printPart()} />
      {hasNotes(n) && <PrintDocument doc={staalkaartNotitieDocument(info, n, werkboek.name)} />}
    </div>
  );
}
