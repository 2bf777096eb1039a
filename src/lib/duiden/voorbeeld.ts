/**
 * The example set that ships with the site. Kept apart from sheet.ts so the worksheet loads the table
 * parser only when the user reads a table; the pages build the example at build time.
 */
import type { DuidenSheet } from "../../schemas/duiden.ts";
import type { DuidenGids } from "../../schemas/duidenGids.ts";
import { buildData } from "./build.ts";
import { emptySheet } from "./sheet.ts";
import { guessRoles, readTable } from "./table.ts";

/** The example set, read from the source table by the same parser a paste goes through. */
export function voorbeeldSheet(id: string, gids: DuidenGids): DuidenSheet {
  const v = gids.voorbeeld;
  const read = readTable(v.tabel);
  if (!read.ok) throw new Error(`Voorbeeldtabel onleesbaar: ${read.problems.join(" ")}`);
  const { data, problems } = buildData(read.table, guessRoles(read.table).map((g) => g.role));
  if (problems.length) throw new Error(`Voorbeeldtabel onbruikbaar: ${problems.join(" ")}`);
  const getoond = v.getoond.map((naam) => {
    const r = data.reeksen.find((x) => x.naam === naam);
    if (!r) throw new Error(`Voorbeeld: reeks "${naam}" staat niet in de tabel`);
    return r.id;
  });
  return { ...emptySheet(id), title: v.title, bron: v.bron, fromVoorbeeld: true, data, getoond };
}

