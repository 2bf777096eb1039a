// Its own module: worksheet.tsx loads with the staalkaart notes, which have no matrix (25 KB read to the end).
import { focusAfterRemove } from "./worksheet.tsx";

/**
 * The row header of a matrix a raadslid can edit (preventiematrix, keuzematrix): the row's name as a field
 * and a button that removes the row, moving focus to the next row first.
 */
export function MatrixRijKop({ id, label, value, maxLength, onRename, onRemove }: { id: string; label: string; value: string; maxLength?: number; onRename: (value: string) => void; onRemove: () => void }) {
  return (
    <th scope="row">
      <label class="rk-visually-hidden" for={id}>
        {label}
      </label>
      <input id={id} class="rk-input" value={value} maxLength={maxLength} onInput={(e) => onRename(e.currentTarget.value)} />
      <button
        type="button"
        class="rk-button rk-button--danger rk-button--small"
        onClick={(ev) => {
          focusAfterRemove(ev.currentTarget);
          onRemove();
        }}
      >
        Verwijder rij<span class="rk-visually-hidden"> {value}</span>
      </button>
    </th>
  );
}
