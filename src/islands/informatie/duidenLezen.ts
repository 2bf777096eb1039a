/**
 * Reading a pasted or opened table into the worksheet: the parser, the column guess and their messages.
 * Loaded on the first paste or file, not with the page (ADR 0015); useDuidenWerkblad hands it the state.
 */
import type { DuidenSheet } from "../../schemas/duiden.ts";
import { buildData } from "../../lib/duiden/build.ts";
import { guessRoles, readTable, ROLE_LABELS, ROLES, tableTooLarge, type RawTable, type Role } from "../../lib/duiden/table.ts";
import { MAX_TABLE_FILE_BYTES } from "../../vocabulary/limits.ts";
import { focusSoon } from "../ui/worksheet.tsx";

/** A read table waiting for the user to confirm what its columns are. */
export interface Pending {
  table: RawTable;
  roles: Role[];
  unsure: boolean[];
  notices: string[];
  problems: string[];
  /** The role picker's choices, taken from the parser module that read the table. */
  options: { value: Role; label: string }[];
}

interface Ctx {
  sheet: DuidenSheet;
  sid: string;
  set: (edit: (s: DuidenSheet) => DuidenSheet) => void;
  say: (message: string) => void;
  setPending: (p: Pending | null) => void;
  setPrevious: (p: { id: string; data: DuidenSheet["data"] } | null) => void;
  setReadErrors: (e: string[]) => void;
}

export function tableReader({ sheet, sid, set, say, setPending, setPrevious, setReadErrors }: Ctx) {
  const apply = (p: Pending, roles: Role[]) => {
    const built = buildData(p.table, roles);
    const next = { ...p, roles, notices: [...p.table.notices, ...built.notices], problems: built.problems };
    setPending(next);
    if (built.problems.length) {
      say(`De tabel is nog niet gebruikt: ${built.problems.join(" ")}`);
      return;
    }
    if (sheet.data.reeksen.length) setPrevious({ id: sid, data: sheet.data });
    // One column of figures has no trend to draw: bars per category say more.
    const single = built.data.periodes.length === 1;
    set((s) => ({ ...s, data: built.data, grafiek: single ? "staaf" : s.grafiek, getoond: [], vergelijking: { ...s.vergelijking, eigenId: "", groepIds: [], laag: [], hoog: [] } }));
    say(`Tabel gelezen: ${built.data.reeksen.length} ${built.data.reeksen.length === 1 ? "reeks" : "reeksen"} over ${built.data.periodes.length} ${built.data.periodes.length === 1 ? "periode" : "perioden"}. De grafiek staat hieronder.`);
  };

  const read = async (text: string) => {
    const r = readTable(text);
    if (!r.ok) {
      setPending(null);
      setReadErrors(r.problems);
      focusSoon("du-fouten");
      return;
    }
    setReadErrors([]);
    const g = guessRoles(r.table);
    const p: Pending = { table: r.table, roles: g.map((x) => x.role), unsure: g.map((x) => !x.sure), notices: r.table.notices, problems: [], options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })) };
    if (p.unsure.some(Boolean)) {
      setPending(p);
      say("Niet alle kolommen zijn duidelijk. Kies bij de gemarkeerde kolommen wat ze bevatten.");
      focusSoon("du-kolommen");
      return;
    }
    await apply(p, p.roles);
  };

  const readFile = async (file: File) => {
    if (file.size > MAX_TABLE_FILE_BYTES) {
      
      setReadErrors([tableTooLarge(file.size, "bestand")]);
      focusSoon("du-fouten");
      return;
    }
    const buf = await file.arrayBuffer();
    // CSV files from Dutch Excel are often Windows-1252, not UTF-8.
    let text = new TextDecoder("utf-8").decode(buf);
    if (text.includes("\uFFFD")) text = new TextDecoder("windows-1252").decode(buf);
    await read(text);
  };

  return { apply, read, readFile };
}
