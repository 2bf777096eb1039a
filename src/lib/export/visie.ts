import type { Werkboek } from "../../schemas/werkboek.ts";
import type { Resultaat, Visie } from "../../schemas/visie.ts";
import { VISIE_STEPS, VISIE_STEP_TITLES } from "../../vocabulary/visieSteps.ts";
import type { VisieGids } from "../../schemas/visieGids.ts";
import { standTekst } from "../duiden/chart.ts";
import { formatGetal } from "../getal.ts";
import { EMPTY_VALUE, answers, fields, heading, isBlank, list, paragraph, section, table, write, type Block, type ExportDocument } from "./document.ts";

type StepId = (typeof VISIE_STEPS)[number];

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

export { formatGetal };

// In a module of their own, so the duiden worksheet can name resultaten without the visie export (ADR 0015).
import { resultaatZin, trimmed } from "./resultaat.ts";
export { resultaatHints, resultaatLabel, resultaatZin } from "./resultaat.ts";

const resultaatIsLeeg = (r: Resultaat) =>
  isBlank(r.doelgroep) && isBlank(r.verandering) && r.target === null && r.year === null && isBlank(r.baseline) && isBlank(r.bron);

/** "2025-03-12T…" → "12 maart 2025", taken from the text so the user's own time zone is kept. */
function datum(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const maand = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && maand ? `${Number(m[3])} ${maand} ${m[1]}` : null;
}

function stepTitle(id: StepId, gids: VisieGids | undefined): string {
  const n = VISIE_STEPS.indexOf(id) + 1;
  return `Stap ${n} · ${gids?.steps.find((s) => s.id === id)?.title ?? VISIE_STEP_TITLES[id]}`;
}

function waardenBlocks(v: Visie): Block[] {
  const shown = v.waarden.filter((w) => !isBlank(w.name) || !isBlank(w.meaning));
  // Top 3 first; otherwise the order the raadslid chose.
  const ordered = [...shown.filter((w) => w.top), ...shown.filter((w) => !w.top)];
  if (ordered.length === 0) return [];
  return [
    fields(
      ordered.map((w) => ({
        label: `${isBlank(w.name) ? EMPTY_VALUE : trimmed(w.name)}${w.top ? " (top 3)" : ""}`,
        value: w.meaning,
      })),
    ),
  ];
}

function principesBlocks(v: Visie): Block[] {
  // Numbered by position in the werkboek, so "Leidend principe 3" is the same one on screen and on paper.
  return v.principes
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => !isBlank(p.title) || !isBlank(p.onderbouwing) || !isBlank(p.meetlat))
    .flatMap(({ p, i }) => [
      heading(2, isBlank(p.title) ? `Leidend principe ${i + 1}` : p.title),
      // A heading alone does not count as content, so a principe with only a title keeps its fields ("—").
      fields([
        { label: "Onderbouwing", value: p.onderbouwing },
        { label: "Meetlat", value: p.meetlat },
      ]),
    ]);
}

function resultatenBlocks(v: Visie, duiden: Werkboek["duiden"]): Block[] {
  // A resultaat linked to a cijfers-duiden sheet carries that sheet's latest figure and trend.
  const stand = (r: Resultaat) => {
    const sheet = r.duidenId === undefined ? undefined : duiden.find((d) => d.id === r.duidenId);
    return sheet ? [{ label: "Laatste cijfer", value: standTekst(sheet) ?? "" }] : [];
  };
  return v.resultaten
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => !resultaatIsLeeg(r))
    .flatMap(({ r, i }) => [
      heading(2, `Resultaat ${i + 1}`),
      paragraph(resultaatZin(r)),
      ...answers([
        { label: "Nulmeting", value: r.baseline },
        { label: "Bron", value: r.bron },
        ...stand(r),
      ]),
    ]);
}

function koppeltabelBlocks(v: Visie): Block[] {
  // A link to something that was deleted later shows as "—", like a link that was never made.
  const waarde = new Map(v.waarden.map((w) => [w.id, w.name]));
  const principe = new Map(v.principes.map((p) => [p.id, p.title]));
  const resultaat = new Map(v.resultaten.map((r) => [r.id, resultaatZin(r)]));
  const rows = v.koppelingen
    .filter((k) => k.waardeId !== "" || k.principeId !== "" || k.resultaatId !== "" || !isBlank(k.onderbouwing))
    .map((k) => [waarde.get(k.waardeId) ?? "", principe.get(k.principeId) ?? "", k.onderbouwing, resultaat.get(k.resultaatId) ?? ""]);
  return rows.length === 0 ? [] : [table(["Waarde", "Leidend principe", "Onderbouwing", "Maatschappelijk resultaat"], rows)];
}

function kwaliteitseisenBlocks(v: Visie): Block[] {
  const principe = new Map(v.principes.map((p) => [p.id, trimmed(p.title)]));
  const items = v.kwaliteitseisen
    .filter((k) => !isBlank(k.text))
    .map((k) => {
      const namen = k.principeIds.map((id) => principe.get(id) ?? "").filter((t) => t !== "");
      return namen.length === 0 ? k.text : `${k.text}\nVolgt uit: ${namen.join("; ")}`;
    });
  return items.length === 0 ? [] : [list(items, true)];
}

function betrokkenheidBlocks(v: Visie, gids: VisieGids | undefined): Block[] {
  const rows = VISIE_STEPS.filter((id) => !isBlank(v.betrokkenheid[id].wie) || !isBlank(v.betrokkenheid[id].hoe)).map((id) => [
    stepTitle(id, gids),
    v.betrokkenheid[id].wie,
    v.betrokkenheid[id].hoe,
  ]);
  return rows.length === 0 ? [] : [table(["Stap", "Wie betrekken we?", "Hoe doen we dat?"], rows)];
}

const drie = [1, 2, 3] as const;

/** What an empty step asks on paper: the worksheet's own questions, with room to write. */
function blanks(id: StepId | "koppeltabel" | "betrokkenheid", gids: VisieGids | undefined): Block[] {
  switch (id) {
    case "waarden":
      return [write(drie.map((n) => `Waarde ${n}: wat betekent die voor jou?`))];
    case "principes":
      return drie.map((n) =>
        write(
          [
            { label: "Leidend principe", lines: 1 },
            { label: "Onderbouwing: waarom leidt dit tot betere resultaten voor inwoners?", lines: 3 },
            { label: "Meetlat: wat betekent dit principe bij een concrete keuze?", lines: 2 },
          ],
          `Leidend principe ${n}`,
        ),
      );
    case "resultaten":
      return [1, 2].map((n) =>
        write(
          ["Doelgroep", "Gewenste verandering", "Streefwaarde (procent of aantal)", "Nulmeting: waar staan we nu?", "In welk jaar bereikt?", "Bron van de cijfers"].map((label) => ({ label, lines: 1 })),
          `Resultaat ${n}`,
        ),
      );
    case "koppeltabel":
      return drie.map((n) =>
        write(
          [
            { label: "Waarde", lines: 1 },
            { label: "Leidend principe", lines: 1 },
            { label: "Maatschappelijk resultaat", lines: 1 },
            { label: "Waarom leidt dit principe tot dit resultaat?", lines: 2 },
          ],
          `Koppeling ${n}`,
        ),
      );
    case "kwaliteitseisen":
      return [write(drie.map((n) => `Kwaliteitseis ${n}, en uit welk leidend principe hij volgt`))];
    case "betrokkenheid":
      return VISIE_STEPS.map((s) => write(["Wie betrek je?", "Hoe betrek je hen?"], stepTitle(s, gids)));
  }
}

/**
 * The visie part of a werkboek as a handout for a dialoogavond. The guide is optional: without it the
 * fixed step titles are used, so an export never depends on the content files being loaded.
 */
export function visieDocument(werkboek: Werkboek, gids?: VisieGids): ExportDocument {
  const v = werkboek.visie;
  const bijgewerkt = datum(werkboek.updatedAt);
  return {
    title: `${trimmed(werkboek.name)} — visie op het sociaal domein`,
    subtitle: `Werkboek uit Raadskompas${bijgewerkt ? `, bijgewerkt op ${bijgewerkt}` : ""}.`,
    blocks: [
      ...section(1, stepTitle("waarden", gids), waardenBlocks(v), blanks("waarden", gids)),
      ...section(1, stepTitle("principes", gids), principesBlocks(v), blanks("principes", gids)),
      ...section(1, stepTitle("resultaten", gids), resultatenBlocks(v, werkboek.duiden), blanks("resultaten", gids)),
      ...section(1, "Koppeltabel", koppeltabelBlocks(v), blanks("koppeltabel", gids)),
      ...section(1, stepTitle("kwaliteitseisen", gids), kwaliteitseisenBlocks(v), blanks("kwaliteitseisen", gids)),
      ...section(1, "Burgerbetrokkenheid", betrokkenheidBlocks(v, gids), blanks("betrokkenheid", gids)),
    ],
  };
}
