/**
 * What leaves the leeratelier: the combined view as a document (Markdown, Word, print), a CSV with one
 * row per contribution per item plus its data card, a handout page per participant, and the raadsvisie
 * as a normal werkboek.
 */
import type { Atelier } from "../../schemas/atelier.ts";
import type { Bijdrage } from "../../schemas/bijdrage.ts";
import type { Resultaat } from "../../schemas/visie.ts";
import type { Werkboek } from "../../schemas/werkboek.ts";
import { KERNWAARDE_NAMES } from "../../schemas/waardemodelGids.ts";
import { toCsv as csvText } from "../export/csv.ts";
import { fields, heading, list, paragraph, section, table, type Block, type ExportDocument } from "../export/document.ts";
import { resultaatZin } from "../export/resultaat.ts";
import { formatGetal } from "../getal.ts";
import { createWerkboek } from "../werkboek/model.ts";
import { newId } from "../ids.ts";
import { percent, type Agreement } from "./agreement.ts";
import { fractieGroups, type CombinedView } from "./combine.ts";
import { namenSuffix, aantalPersonen } from "./namen.ts";
import type { KoerskaartLabels } from "../../schemas/koerskaartGids.ts";
import { koerskaartSamenBlocks, koerskaartWeergave } from "./koerskaartWeergave.ts";

/** The shared cell rule, re-exported because the leeratelier tests check it through this module. */
export { csvCell } from "../export/csv.ts";

/** The columns of the CSV, each with what it holds: the data card. */
export const CSV_COLUMNS = [
  { name: "bijeenkomst", uitleg: "Titel van de bijeenkomst." },
  { name: "deelnemer", uitleg: "Naam of schuilnaam die de deelnemer zelf koos." },
  { name: "fractie", uitleg: `Fractie, alleen als daar minstens 3 deelnemers uit komen; anders "overig".` },
  { name: "onderdeel", uitleg: "Waar het item vandaan komt: waarde, principe, resultaat, kwaliteitseis, stelling, kernwaarde of verdeelprocedure." },
  { name: "item", uitleg: "Wat de deelnemer schreef: de waarde, het principe, de resultaatzin, de eis, de stelling of de keuze." },
  { name: "groep", uitleg: "Bij waarden: de gegroepeerde schrijfwijze (hoofdletters, accenten en woordvorm gelijkgetrokken). Anders leeg." },
  { name: "toelichting", uitleg: "Betekenis van een waarde, onderbouwing van een principe, of de afweging bij een kernwaarde." },
  { name: "score", uitleg: "Bij stellingen: 1 (niet belangrijk) tot 5 (heel belangrijk). Anders leeg." },
  { name: "top3", uitleg: `Bij waarden: "ja" als de deelnemer de waarde in de eigen top 3 zette.` },
] as const;

/**
 * One row per contribution per item; starts with a header row. Without a BOM, which the island adds
 * when it downloads; the final CRLF is kept because the file has always ended with one.
 */
export function toCsv(atelier: Atelier, view: CombinedView): string {
  const fractie = fractieGroups(atelier.bijdragen);
  const groupOf = new Map<string, string>();
  for (const g of view.waarden) for (const v of g.variants) groupOf.set(v.trim().replace(/\s+/g, " "), g.label);
  // The combined view already wrote each resultaat as a sentence.
  const zinOf = new Map<Resultaat, string>();
  for (const g of view.resultaten) for (const i of g.items) zinOf.set(i.source, i.zin);
  const rows: (string | number | null)[][] = [];
  for (const b of atelier.bijdragen) {
    const base = (onderdeel: string, item: string, groep: string, toelichting: string, score: number | null, top3: string) => [
      atelier.bijeenkomst.title,
      b.naam,
      fractie.get(b.id) ?? "overig",
      onderdeel,
      item,
      groep,
      toelichting,
      score,
      top3,
    ];
    for (const w of b.waarden) if (w.name.trim()) rows.push(base("waarde", w.name.trim(), groupOf.get(w.name.trim().replace(/\s+/g, " ")) ?? "", w.meaning, null, w.top ? "ja" : "nee"));
    for (const p of b.principes) if (p.title.trim()) rows.push(base("principe", p.title.trim(), "", p.onderbouwing, null, ""));
    for (const r of b.resultaten) if (r.doelgroep.trim() || r.verandering.trim()) rows.push(base("resultaat", zinOf.get(r) ?? resultaatZin(r), "", r.bron, null, ""));
    for (const k of b.kwaliteitseisen) if (k.text.trim()) rows.push(base("kwaliteitseis", k.text.trim(), "", "", null, ""));
    for (const s of b.scores) rows.push(base("stelling", s.stelling, "", "", s.score, ""));
    for (const sheet of b.waardemodellen) {
      for (const d of sheet.dilemmas) rows.push(base("kernwaarde", `${KERNWAARDE_NAMES[d.a]} tegenover ${KERNWAARDE_NAMES[d.b]}`, "", d.afweging, null, ""));
      if (sheet.keuzes.verdeelprocedure) rows.push(base("verdeelprocedure", sheet.keuzes.verdeelprocedure, "", sheet.question, null, ""));
    }
  }
  return csvText([CSV_COLUMNS.map((c) => c.name), ...rows], { bom: false }) + "\r\n";
}

/** The data card as document blocks, for the Markdown/Word export and the page. */
export function dataCardBlocks(): Block[] {
  return [
    heading(1, "Datakaart bij de CSV"),
    paragraph("Eén regel per bijdrage per item. Scheidingsteken: puntkomma. Tekenset: UTF-8. Een cel die met =, +, -, @ of een tab begint, krijgt een apostrof ervoor, zodat een rekenblad hem niet als formule uitvoert."),
    table(["kolom", "wat erin staat"], CSV_COLUMNS.map((c) => [c.name, c.uitleg])),
  ];
}

const agreementRow = (label: string, a: Agreement): string[] => [
  label,
  String(a.n),
  a.median === null ? "" : formatGetal(a.median),
  a.spread === null ? "" : formatGetal(a.spread),
  `${a.eens} · ${a.neutraal} · ${a.oneens}`,
  percent(a.estimate),
  a.verdeeld ? "verdeeld" : "",
];
const AGREEMENT_HEAD = ["stelling", "aantal", "mediaan", "spreiding (IQR)", "eens · neutraal · oneens", "schatting eens", "let op"];

/** The combined view as one document. */
export function combinedDocument(atelier: Atelier, view: CombinedView, opts: { names: boolean; koerskaarten?: readonly KoerskaartLabels[] } = { names: false }): ExportDocument {
  const b = atelier.bijeenkomst;
  const blocks: Block[] = [
    ...section(1, "Wie deden mee", [
      paragraph(`${view.deelnemers} ${view.deelnemers === 1 ? "bijdrage" : "bijdragen"}.`),
      table(["fractie", "deelnemers"], view.fracties.map((f) => [f.fractie, String(f.count)])),
      paragraph(`Fracties met minder dan 3 deelnemers staan samen onder "overig".`, true),
    ]),
    ...section(1, "Maatschappelijke waarden", [
      list(view.top3.map((w) => `${w.label}: ${w.count} ${w.count === 1 ? "persoon" : "personen"}`), true),
      table(["waarde", "genoemd door", "in top 3 bij", "schrijfwijzen"], view.waarden.map((w) => [w.label, String(w.count), String(w.topCount), w.variants.join(", ")])),
      ...view.waarden.filter((w) => w.meanings.length > 0).flatMap((w) => [heading(2, `Wat ${w.label} betekent`), list(w.meanings.map((m) => (opts.names ? `${m.naam}: ${m.text}` : m.text)))]),
    ]),
    ...section(1, "Stellingen", view.stellingen.length === 0 ? [] : [
      table(AGREEMENT_HEAD, view.stellingen.map((s) => agreementRow(s.stelling, s.all))),
      ...view.stellingen.filter((s) => s.perFractie.length > 0).flatMap((s) => [heading(2, `Per fractie: ${s.stelling}`), table(AGREEMENT_HEAD.map((h, i) => (i === 0 ? "fractie" : h)), s.perFractie.map((f) => agreementRow(f.fractie, f.agreement)))]),
      paragraph("Schatting eens = (1 + aantal eens) / (2 + aantal). Zo lijkt een kleine groep niet eensgezinder dan hij is. Verdeeld: minstens 30% eens (4 of 5) en minstens 30% oneens (1 of 2).", true),
    ]),
    ...section(1, "Leidende principes", view.principes.flatMap((t) => [heading(2, t.theme), list(t.clusters.map((c) => c.map((p) => p.title).join(" / ") + (c.length > 1 ? ` — ${aantalPersonen(c)} personen` : "") + namenSuffix(opts.names, c)))])),
    ...section(1, "Maatschappelijke resultaten", view.resultaten.flatMap((r) => [heading(2, r.doelgroep), ...(r.spanning ? [paragraph(`Let op: ${r.spanning}`)] : []), list(r.items.map((i) => i.zin + namenSuffix(opts.names, [i])))])),
    ...section(1, "Kwaliteitseisen", view.kwaliteitseisen.length === 0 ? [] : [list(view.kwaliteitseisen.map((c) => c.map((k) => k.title).join(" / ") + namenSuffix(opts.names, c)))]),
    ...section(1, "Democratisch waardemodel", view.kernwaarden.every((k) => k.perPersoon.length === 0) ? [] : [
      table(["kernwaarde", "personen die erover schreven"], view.kernwaarden.map((k) => [k.name, String(k.mensen)])),
      table(["verdeelprocedure", "gekozen door"], view.verdeelprocedures.map((v) => [v.id, String(v.count)])),
    ]),
    ...koerskaartSamenBlocks(koerskaartWeergave(view.koerskaarten, opts.koerskaarten ?? []), opts.names),
    ...dataCardBlocks(),
  ];
  return { title: `${b.title} — samen bekeken`, subtitle: [b.date, `${view.deelnemers} bijdragen`].filter(Boolean).join(" · "), blocks };
}

/** One handout page for one participant: what they wrote for this bijeenkomst. */
export function participantBlocks(b: Bijdrage): Block[] {
  return section(1, `${b.naam}${b.fractie ? ` (${b.fractie})` : ""}`, [
    ...(b.waarden.length ? [heading(2, "Waarden"), list(b.waarden.map((w) => `${w.name}${w.top ? " (top 3)" : ""}${w.meaning.trim() ? `: ${w.meaning.trim()}` : ""}`))] : []),
    ...(b.principes.length ? [heading(2, "Leidende principes"), list(b.principes.map((p) => p.title))] : []),
    ...(b.resultaten.length ? [heading(2, "Maatschappelijke resultaten"), list(b.resultaten.map(resultaatZin))] : []),
    ...(b.kwaliteitseisen.length ? [heading(2, "Kwaliteitseisen"), list(b.kwaliteitseisen.map((k) => k.text))] : []),
    ...(b.scores.length ? [heading(2, "Stellingen"), fields(b.scores.map((s) => ({ label: s.stelling, value: `${s.score} van 5` })))] : []),
  ]);
}

/** What the griffier picked and worded for the raadsvisie. */
export interface RaadsvisieKeuze {
  waarden: { name: string; meaning: string }[];
  principes: { title: string; onderbouwing: string }[];
  resultaten: Resultaat[];
}

/**
 * The raadsvisie: a normal werkboek (current format) whose visie holds what the raad shares, so every
 * raadslid can import it and the raadsvoorstel-toets uses it as toetsstenen.
 */
export function raadsvisieWerkboek(title: string, keuze: RaadsvisieKeuze, now = new Date()): Werkboek {
  const w = createWerkboek(title.trim().slice(0, 120) || "Raadsvisie", now);
  return {
    ...w,
    visie: {
      ...w.visie,
      waarden: keuze.waarden.filter((x) => x.name.trim()).map((x, i) => ({ id: newId("w"), name: x.name.trim(), meaning: x.meaning.trim(), top: i < 3 })),
      principes: keuze.principes.filter((x) => x.title.trim()).map((x) => ({ id: newId("p"), title: x.title.trim(), onderbouwing: x.onderbouwing.trim(), meetlat: "" })),
      resultaten: keuze.resultaten.filter((r) => r.doelgroep.trim() || r.verandering.trim()).map((r) => ({ ...r, id: newId("r") })),
    },
  };
}
