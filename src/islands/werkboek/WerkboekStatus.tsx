import { useEffect, useState } from "preact/hooks";
import { STORAGE_KEYS } from "../../lib/werkboek/storageKeys.ts";
import { openRaadskompasDatabase } from "../../lib/werkboek/database.ts";
import { safeLocalStorage } from "../browser/localStore.ts";
import { summarize, type WerkboekSummary } from "../../lib/werkboek/summary.ts";

const date = (iso: string) => new Date(iso).toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" });

/** "Where my werkboek stands" on the home page. */
export default function WerkboekStatus() {
  const [state, setState] = useState<{ kind: "laden" } | { kind: "leeg" } | { kind: "fout" } | { kind: "klaar"; active: WerkboekSummary; total: number }>({ kind: "laden" });
  useEffect(() => {
    (async () => {
      const db = await openRaadskompasDatabase();
      const raws: unknown[] = await db.getAll(STORAGE_KEYS.werkboeken);
      db.close();
      const activeId = safeLocalStorage()?.getItem(STORAGE_KEYS.active) ?? null;
      const list = raws.flatMap((r) => {
        const s = summarize(r);
        return s ? [{ id: (r as { id?: string }).id, s }] : [];
      });
      const active = list.find((x) => x.id === activeId) ?? list[0];
      setState(active ? { kind: "klaar", active: active.s, total: list.length } : { kind: "leeg" });
    })().catch(() => setState({ kind: "fout" }));
  }, []);

  if (state.kind === "laden") return <p>Je werkboek wordt opgezocht…</p>;
  if (state.kind === "fout") return <p>Deze browser laat Raadskompas niets bewaren. Je kunt de werkbladen wel invullen en als bestand downloaden.</p>;
  if (state.kind === "leeg")
    return (
      <p>
        Je hebt nog geen werkboek. Lees eerst de <a href="/kennis/staalkaarten/">staalkaart</a> van de wet waar het over gaat. Schrijf daarna je{" "}
        <a href="/visie/">visie</a> op: Raadskompas bewaart je antwoorden vanzelf in deze browser.
      </p>
    );
  const a = state.active;
  return (
    <div>
      <p>
        Je werkt in <strong>{a.name}</strong>
        {state.total > 1 ? ` (een van je ${state.total} werkboeken)` : ""}, laatst gewijzigd op {date(a.updatedAt)}.
      </p>
      <ul>
        <li>
          Visie: {a.waarden} {a.waarden === 1 ? "waarde" : "waarden"}, {a.principes} leidende {a.principes === 1 ? "principe" : "principes"}, {a.resultaten}{" "}
          {a.resultaten === 1 ? "resultaat" : "resultaten"}
        </li>
        <li>Waardemodel: {a.waardemodellen} {a.waardemodellen === 1 ? "vraag" : "vragen"}</li>
        <li>Getoetste raadsvoorstellen: {a.toetsen}</li>
        <li>{a.exportedAt ? `Laatste reservekopie: ${date(a.exportedAt)}` : "Je hebt nog geen reservekopie gemaakt."}</li>
      </ul>
      <p>
        <a href="/werkboek/">Naar mijn werkboek</a>
      </p>
    </div>
  );
}
