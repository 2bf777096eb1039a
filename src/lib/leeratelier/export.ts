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
import { formatDatum, isDatum } from "../sturing/datum.ts";
import { createWerkboek } from "../werkboek/model.ts";
import { newId } from "../ids.ts";
import { percent, type Agreement } from "./agreement.ts";
import { fractieGroups, type CombinedView } from "./combine.ts";
import { namenSuffix, aantalPersonen, deelnemerNamen, namenRegel } from "./namen.ts";
import type { KoerskaartLabels } from "../../schemas/koerskaartGids.ts";
import { koerskaartSamenBlocks, koerskaartWeergave } from "./koerskaartWeergave.ts";
import { SCHAAL, VRAAGSOORTEN, groepen, schattingUitleg, verdelingGetallen, type Vraagsoort } from "./vraagsoort.ts";

/** The shared cell rule, re-exported because the leeratelier tests check it through this module. */
export { csvCell } from "../export/csv.ts";

/** The columns of the CSV, each with what it holds: the data card. */
export const CSV_COLUMNS = [
  { name: "bijeenkomst", uitleg: "Titel van de bijeenkomst." },
  { name: "deelnemer", uitleg: `Naam of schuilnaam die de deelnemer zelf koos, alleen als de griffier "Namen tonen" aanzette; anders "deelnemer 1", "deelnemer 2" enzovoort.` },
  { name: "fractie", uitleg: `Fractie, alleen als daar minstens 3 deelnemers uit komen; anders "overig".` },
  { name: "onderdeel", uitleg: "Waar het item vandaan komt: waarde, principe, resultaat, kwaliteitseis, stelling, kernwaarde of verdeelprocedure." },
  { name: "item", uitleg: "Wat de deelnemer schreef: de waarde, het principe, de resultaatzin, de eis, de stelling of de keuze." },
  { name: "groep", uitleg: "Bij waarden: de gegroepeerde schrijfwijze (hoofdletters, accenten en woordvorm gelijkgetrokken). Anders leeg." },
  { name: "toelichting", uitleg: "Betekenis van een waarde, onderbouwing van een principe, of de afweging bij een kernwaarde." },
  { name: "score", uitleg: "Bij stellingen: 1 tot 5. Wat het getal betekent, staat in de kolom vraagsoort. Anders leeg." },
  { name: "top3", uitleg: `Bij waarden: "ja" als de deelnemer de waarde in de eigen top 3 zette.` },
  { name: "vraagsoort", uitleg: `Bij stellingen: "belang" (${SCHAAL.belang.ankers}) of "instemming" (${SCHAAL.instemming.ankers}). Anders leeg.` },
] as const;

/**
 * One row per contribution per item; starts with a header row. Without a BOM, which the island adds
 * when it downloads; the final CRLF is kept because the file has always ended with one.
 */
export function toCsv(atelier: Atelier, view: CombinedView, opts: { names: boolean } = { names: false }): string {
  const fractie = fractieGroups(atelier.bijdragen);
  const naam = deelnemerNamen(atelier.bijdragen, opts.names);
  const groupOf = new Map<string, string>();
  for (const g of view.waarden) for (const v of g.variants) groupOf.set(v.trim().replace(/\s+/g, " "), g.label);
  // The combined view already wrote each resultaat as a sentence.
  const zinOf = new Map<Resultaat, string>();
  for (const g of view.resultaten) for (const i of g.items) zinOf.set(i.source, i.zin);
  const rows: (string | number | null)[][] = [];
  for (const b of atelier.bijdragen) {
    const base = (onderdeel: string, item: string, groep: string, toelichting: string, score: number | null, top3: string) => [
      atelier.bijeenkomst.title,
      naam.get(b.id) ?? "",
      fractie.get(b.id) ?? "overig",
      onderdeel,
      item,
      groep,
      toelichting,
      score,
      top3,
      score === null ? "" : b.vraagsoort,
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

/** The data card as document blocks, for the Markdown/Word export and the page; with `names`, it says whether the CSV holds them. */
export function dataCardBlocks(opts?: { names: boolean }): Block[] {
  return [
    heading(1, "Datakaart bij de CSV"),
    paragraph("Eén regel per bijdrage per item. Scheidingsteken: puntkomma. Tekenset: UTF-8. Een cel die met =, +, -, @ of een tab begint, krijgt een apostrof ervoor, zodat een rekenblad hem niet als formule uitvoert."),
    ...(opts ? [paragraph(namenRegel(opts.names))] : []),
    table(["kolom", "wat erin staat"], CSV_COLUMNS.map((c) => [c.name, c.uitleg])),
  ];
}

const agreementRow = (soort: Vraagsoort, label: string, a: Agreement): string[] => [
  label,
  String(a.n),
  a.median === null ? "" : formatGetal(a.median),
  a.spread === null ? "" : formatGetal(a.spread),
  verdelingGetallen(a),
  percent(a.estimate),
  a.verdeeld ? SCHAAL[soort].verdeeldKort : "",
];
/** Table heads in the words of the scale: "belangrijk · middel · minder belangrijk" for importance. */
const agreementHead = (soort: Vraagsoort): string[] => {
  const g = groepen(soort);
  return ["stelling", "aantal", "mediaan", "spreiding (IQR)", `${g.laag} · ${g.midden} · ${g.hoog}`, SCHAAL[soort].schatting.toLowerCase(), "let op"];
};

/** The stellingen of one scale: the table, the tables per fractie (only groups of 3 or more) and the explanation. */
function stellingBlocks(view: CombinedView): Block[] {
  return VRAAGSOORTEN.flatMap((soort) => {
    const list = view.stellingen.filter((s) => s.soort === soort);
    if (list.length === 0) return [];
    const head = agreementHead(soort);
    return [
      heading(2, SCHAAL[soort].kop),
      paragraph(`Gevraagd: ${SCHAAL[soort].ankers}.`, true),
      table(head, list.map((s) => agreementRow(soort, s.stelling, s.all))),
      ...list.filter((s) => s.perFractie.length > 0).flatMap((s) => [heading(3, `Per fractie: ${s.stelling}`), table(head.map((h, i) => (i === 0 ? "fractie" : h)), s.perFractie.map((f) => agreementRow(soort, f.fractie, f.agreement)))]),
      paragraph(schattingUitleg(soort), true),
    ];
  });
}

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
    ...section(1, "Stellingen", stellingBlocks(view)),
    ...section(1, "Leidende principes", view.principes.flatMap((t) => [heading(2, t.theme), list(t.clusters.map((c) => c.map((p) => p.title).join(" / ") + (c.length > 1 ? ` — ${aantalPersonen(c)} personen` : "") + namenSuffix(opts.names, c)))])),
    ...section(1, "Maatschappelijke resultaten", view.resultaten.flatMap((r) => [heading(2, r.doelgroep), ...(r.spanning ? [paragraph(`Let op: ${r.spanning}`)] : []), list(r.items.map((i) => i.zin + namenSuffix(opts.names, [i])))])),
    ...section(1, "Kwaliteitseisen", view.kwaliteitseisen.length === 0 ? [] : [list(view.kwaliteitseisen.map((c) => c.map((k) => k.title).join(" / ") + namenSuffix(opts.names, c)))]),
    ...section(1, "Democratisch waardemodel", view.kernwaarden.every((k) => k.perPersoon.length === 0) ? [] : [
      table(["kernwaarde", "personen die erover schreven"], view.kernwaarden.map((k) => [k.name, String(k.mensen)])),
      table(["verdeelprocedure", "gekozen door"], view.verdeelprocedures.map((v) => [v.id, String(v.count)])),
    ]),
    ...koerskaartSamenBlocks(koerskaartWeergave(view.koerskaarten, opts.koerskaarten ?? []), opts.names),
    ...dataCardBlocks(opts),
  ];
  return { title: `${b.title} — samen bekeken`, subtitle: [isDatum(b.date) ? formatDatum(b.date, false) : "", `${view.deelnemers} bijdragen`, opts.names ? "met namen" : "zonder namen"].filter(Boolean).join(" · "), blocks };
}

/**
 * One handout page for one participant: what they wrote for this bijeenkomst. `kop` is the name the
 * page may show ("deelnemer 3" unless names are on), `fractie` only a fractie of 3 or more people.
 */
export function participantBlocks(b: Bijdrage, kop: { naam: string; fractie: string } = { naam: b.naam, fractie: b.fractie }): Block[] {
  return section(1, `${kop.naam}${kop.fractie ? ` (${kop.fractie})` : ""}`, [
    ...(b.waarden.length ? [heading(2, "Waarden"), list(b.waarden.map((w) => `${w.name}${w.top ? " (top 3)" : ""}${w.meaning.trim() ? `: ${w.meaning.trim()}` : ""}`))] : []),
    ...(b.principes.length ? [heading(2, "Leidende principes"), list(b.principes.map((p) => p.title))] : []),
    ...(b.resultaten.length ? [heading(2, "Maatschappelijke resultaten"), list(b.resultaten.map(resultaatZin))] : []),
    ...(b.kwaliteitseisen.length ? [heading(2, "Kwaliteitseisen"), list(b.kwaliteitseisen.map((k) => k.text))] : []),
    ...(b.scores.length ? [heading(2, SCHAAL[b.vraagsoort].kop), fields(b.scores.map((s) => ({ label: s.stelling, value: `${s.score} van 5 (${SCHAAL[b.vraagsoort].ankers})` })))] : []),
  ]);
}

/**
 * The print of one page per participant. Without names each page says "Deelnemer n" and no fractie;
 * with names, a fractie shows only when at least 3 people came from it, as everywhere else.
 */
export function participantPages(atelier: Atelier, opts: { names: boolean }): { id: string; blocks: Block[] }[] {
  const naam = deelnemerNamen(atelier.bijdragen, opts.names);
  const groep = fractieGroups(atelier.bijdragen);
  return atelier.bijdragen.map((b) => {
    const g = groep.get(b.id) ?? "overig";
    const n = naam.get(b.id) ?? "";
    const kop = { naam: opts.names ? n : n.charAt(0).toUpperCase() + n.slice(1), fractie: opts.names && g !== "overig" ? g : "" };
    return { id: b.id, blocks: [...participantBlocks(b, kop), paragraph(namenRegel(opts.names), true)] };
  });
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
