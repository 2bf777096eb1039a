import type { Toets } from "../../schemas/toets.ts";
import type { Analyse, CriteriumId, Status } from "../raadsvoorstel/types.ts";
import { fields, list, paragraph, section, table, type Block, type ExportDocument } from "./document.ts";
import { formatDecimaal } from "../getal.ts";

/** What the memo shows of a criterion; passed in so the memo does not need the analysis rules. */
export interface CriteriumInfo {
  id: CriteriumId;
  title: string;
  summary: string;
  keyQuestions: string[];
  question: string;
}

const STATUS: Record<Status, string> = { aanwezig: "aanwezig", deels: "deels", afwezig: "afwezig" };
const QUOTE_MAX = 220;

const quote = (s: string) => {
  const one = s.replace(/\s+/g, " ").trim();
  return `"${one.length > QUOTE_MAX ? `${one.slice(0, QUOTE_MAX - 1)}…` : one}"`;
};

/** "deels" or, when the user overrode it, "aanwezig (automatisch: deels)". */
export function statusLabel(status: Status, auto: Status): string {
  return status === auto ? STATUS[status] : `${STATUS[status]} (automatisch: ${STATUS[auto]})`;
}

/**
 * The fractie memo: what the proposal is, how it scores on each criterion and on the fractie's own
 * toetsstenen, how readable its summary is, and the questions for the college.
 * `analyse` adds reasons and quotes; without it (e.g. not yet re-analysed) the memo still has the
 * statuses, notes and questions the user saved.
 */
export function fractieMemo(toets: Toets, analyse: Analyse | null, criteria: readonly CriteriumInfo[]): ExportDocument {
  const byId = new Map(analyse?.criteria.map((c) => [c.id, c]) ?? []);
  const summary = table(
    ["Criterium", "Oordeel"],
    toets.criteria.map((c) => [`${c.id} ${criteria.find((x) => x.id === c.id)?.title ?? ""}`, statusLabel(c.status, c.autoStatus)]),
  );
  const perCriterion: Block[] = toets.criteria.flatMap((c) => {
    const info = criteria.find((x) => x.id === c.id);
    const r = byId.get(c.id);
    return section(2, `${c.id} · ${info?.title ?? c.id}`, [
      fields([
        { label: "Oordeel", value: statusLabel(c.status, c.autoStatus) },
        { label: "Toelichting analyse", value: r?.reason ?? "" },
        { label: "Notitie", value: c.notes },
      ]),
      ...(r && r.evidence.length > 0 ? [paragraph("Uit het voorstel:"), list(r.evidence.slice(0, 3).map((e) => quote(e.text)))] : []),
    ]);
  });
  const toetsstenen = toets.toetsstenen.length
    ? [
        table(
          ["Toetssteen", "Soort", "Oordeel", "Notitie"],
          toets.toetsstenen.map((t) => [t.label, t.kind, statusLabel(t.status, t.autoStatus), t.notes]),
        ),
      ]
    : [paragraph("Er waren geen toetsstenen uit een visie bij deze toets.", true)];
  const r = analyse?.readability;
  const leesbaarheid = r
    ? [
        fields([
          { label: "Gemeten tekst", value: r.source === "samenvatting" ? "de samenvatting" : "het begin van het voorstel (er is geen samenvatting)" },
          { label: "Flesch-Douma", value: `${Math.round(r.fleschDouma)} (${r.oordeel})` },
          { label: "Gemiddelde zinslengte", value: `${formatDecimaal(r.averageSentenceLength)} woorden` },
          { label: "Lange woorden", value: `${Math.round(r.longWordShare * 100)}% (${r.longWordRule})` },
        ]),
        ...(r.hardestSentences.length ? [paragraph("Moeilijkste zinnen:"), list(r.hardestSentences.map((s) => quote(s.text)))] : []),
      ]
    : [];
  return {
    title: `Fractiememo: ${toets.title || "raadsvoorstel zonder titel"}`,
    subtitle: [toets.date && `Raadsvoorstel van ${toets.date}`, toets.meetingDate && `raadsvergadering ${toets.meetingDate}`, "Getoetst met Raadskompas"].filter(Boolean).join(" · "),
    blocks: [
      ...section(1, "Samenvatting van de toets", [summary]),
      ...section(1, "Vragen voor het college", [list(toets.vragen.map((v) => v.text), true)]),
      ...section(1, "Per criterium", perCriterion),
      ...section(1, "Onze eigen toetsstenen", toetsstenen),
      ...section(1, "Leesbaarheid", leesbaarheid),
    ],
  };
}
