/** The list of sheets and the undo notice that the duiden and waardemodel worksheets share. */

export interface SheetItem {
  id: string;
  title: string;
  /** Loaded from the example rather than started by the user. */
  voorbeeld: boolean;
  /** "3 van 5 vragen". */
  progress: string;
}

export function SheetList({ label, items, activeId, onPick }: { label: string; items: SheetItem[]; activeId: string; onPick: (item: SheetItem) => void }) {
  return (
    <ul class="rk-wm-sheets" aria-label={label}>
      {items.map((s) => (
        <li key={s.id}>
          <button type="button" class="rk-wm-sheet" aria-current={s.id === activeId ? "true" : undefined} onClick={() => onPick(s)}>
            <span class="rk-wm-sheet__title">{s.title}</span>
            <span class="rk-progress__state">
              {s.voorbeeld ? "Voorbeeld · " : ""}
              {s.progress}
              {s.id === activeId ? " · nu open" : ""}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** "Je hebt … verwijderd." with Ongedaan maken; `undoId` is where focus goes right after removing. */
export function RemovedNotice({ title, undoId, onUndo, onClose }: { title: string; undoId: string; onUndo: () => void; onClose: () => void }) {
  return (
    <div class="rk-alert" role="status">
      <p>
        Je hebt <strong>{title}</strong> verwijderd.
      </p>
      <div class="rk-worksheet__actions">
        <button type="button" id={undoId} class="rk-button rk-button--small" onClick={onUndo}>
          Ongedaan maken
        </button>
        <button type="button" class="rk-button rk-button--secondary rk-button--small" onClick={onClose}>
          Melding sluiten
        </button>
      </div>
    </div>
  );
}

/** A removed sheet back at its old place (or at the end, when the list has become shorter). */
export function insertAt<T>(list: readonly T[], item: T, index: number): T[] {
  const out = [...list];
  out.splice(Math.min(index, out.length), 0, item);
  return out;
}
