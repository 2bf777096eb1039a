/**
 * Raadsvoorstel-toets on the command line: checks one or more proposals (.txt, .docx, .pdf) against
 * the criteria for raadsvoorstellen and, with --visie, against the waarden, principes and resultaten
 * of a werkboek export. See `npm run toets -- --help`.
 */
import { lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { parseArgs } from "node:util";
import { analyseRaadsvoorstel } from "../src/lib/raadsvoorstel/analyse.ts";
import { checkFileSize, extractText, SUPPORTED_EXTENSIONS } from "../src/lib/raadsvoorstel/extract.ts";
import { vragenVoorCollege, type Vraag } from "../src/lib/raadsvoorstel/questions.ts";
import { toetsstenenFromVisie } from "../src/lib/raadsvoorstel/toetsstenen.ts";
import { CRITERIUM_IDS, type Analyse, type Status, type Toetssteen } from "../src/lib/raadsvoorstel/types.ts";
import { MAX_IMPORT_BYTES } from "../src/lib/werkboek/io.ts";
import { parseWerkboekBytes } from "../src/lib/werkboek/importFile.ts";
import { toCsv } from "../src/lib/export/csv.ts";
import { soortWaarschuwing } from "../src/lib/raadsvoorstel/soort.ts";
import { isoDate } from "../src/lib/raadsvoorstel/apk.ts";
import { markdownInline } from "../src/lib/export/markdown.ts";
import { loadThesaurus } from "./lib/thesaurus.ts";

const HELP = `Raadsvoorstel-toets: controleer raadsvoorstellen op de criteria voor raadsvoorstellen.

Gebruik:
  npm run toets -- <bestand-of-map> [<bestand-of-map> …] [opties]

Bestanden: .txt (UTF-8 of Windows-1252), .docx en .pdf. Een map wordt in zijn geheel
gecontroleerd (alleen die bestandstypen, geen submappen): dat geeft de "APK voor
raadsvoorstellen", een tabel van voorstellen × criteria met totalen per criterium.

Criteria:
  S  publiekssamenvatting in klare taal      D  alternatieven en waarom ze afvielen
  A  in lijn met eerdere keuzes en beleid     E  meetbare doelen en evaluatiemoment
  B  effecten, onzekerheid en risico's        F  financiële gevolgen en dekking
  C  uitvoerbaarheid                         G  vervolgbesluiten en rol van de raad

Opties:
  --visie <werkboek.raadskompas.json>
            Toets ook aan je eigen waarden, leidende principes en maatschappelijke
            resultaten (het onderdeel "visie" van een werkboek-export).
  --json    JSON. Eén bestand: één object { "file", "criteria", "toetsstenen", … }.
            Een map of meerdere bestanden: een JSON-array met zo'n object per bestand.
            Elk bewijsstuk is { "start", "end", "text" }: tekenposities in de tekst.
  --md      Een memo in Markdown (één bestand) of een Markdown-tabel (meerdere).
  --csv     CSV met puntkomma's voor Nederlandse Excel (met BOM, zodat é en ë goed
            overkomen): één regel per bestand.
  -h, --help  Deze hulp.

Zonder opties krijg je een leesbare tabel.

Afsluitcode: 0 als alles gelezen is, 1 als een of meer bestanden niet gelezen konden
worden (de rest wordt wel gecontroleerd; de fout staat op stderr), 2 bij verkeerd gebruik.
`;

interface Checked {
  file: string;
  analyse: Analyse;
  vragen: Vraag[];
  /** "Dit lijkt geen raadsvoorstel …" (soort.ts), or undefined. */
  waarschuwing: string | undefined;
}

class UsageError extends Error {}

// ---------------------------------------------------------------------------------------------------
// Input

function filesFrom(paths: string[]): { files: string[]; many: boolean } {
  const files: string[] = [];
  let many = paths.length > 1;
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      throw new UsageError(`Bestand of map niet gevonden: ${p}`);
    }
    if (!isDir) {
      files.push(p);
      continue;
    }
    many = true;
    const inDir = readdirSync(p)
      .filter(
        (name) =>
          !name.startsWith(".") && (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase()),
      )
      .sort((a, b) => a.localeCompare(b, "nl"))
      .map((name) => join(p, name))
      // A name that cannot be stat'ed (a broken link) stays in the list: check() reports it, the rest goes on.
      .filter((f) => {
        try {
          return statSync(f).isFile();
        } catch {
          return true;
        }
      });
    if (inDir.length === 0) throw new UsageError(`In de map ${p} staan geen .txt-, .docx- of .pdf-bestanden.`);
    files.push(...inDir);
  }
  return { files, many };
}

/** The toetsstenen from a werkboek export, read exactly as the browser import reads it (versions, migrations). */
function readVisie(path: string): Toetssteen[] {
  const cannot = `Het werkboek ${path} kon niet worden gelezen`;
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new UsageError(`${cannot}: dit is een map. Geef het .raadskompas.json-bestand zelf op.`);
    size = st.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${cannot}: ${missingReason(path)}`);
  }
  if (size > MAX_IMPORT_BYTES) {
    throw new UsageError(`${cannot}: het bestand is te groot (${(size / 1024 / 1024).toFixed(1)} MB; een werkboek is hooguit ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch {
    throw new UsageError(`${cannot}: je hebt geen toegang tot dit bestand.`);
  }
  const parsed = parseWerkboekBytes(bytes);
  if (!parsed.ok) throw new UsageError(`Het werkboek ${path} klopt niet:\n- ${parsed.errors.join("\n- ")}`);
  return toetsstenenFromVisie(parsed.werkboek.visie);
}

/** Why a path cannot be opened, in words: a missing file, or a link to one. */
function missingReason(path: string): string {
  try {
    if (lstatSync(path).isSymbolicLink()) return "het is een snelkoppeling naar een bestand dat niet (meer) bestaat.";
  } catch {
    // Not there at all.
  }
  return "het bestand bestaat niet.";
}

async function check(file: string, toetsstenen: Toetssteen[]): Promise<Checked> {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new Error("Dit is geen gewoon bestand (een map of apparaat); het is overgeslagen.");
    size = st.size;
  } catch (e) {
    throw e instanceof Error && !("code" in e) ? e : new Error(`Dit bestand kon niet worden geopend: ${missingReason(file)}`);
  }
  // Before reading: a huge file is refused without loading it.
  checkFileSize(size, basename(file));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch {
    throw new Error("Dit bestand kon niet worden geopend: je hebt geen toegang.");
  }
  const text = await extractText(bytes, basename(file));
  const analyse = analyseRaadsvoorstel(text, { toetsstenen, thesaurus: loadThesaurus() });
  return { file, analyse, vragen: vragenVoorCollege(analyse), waarschuwing: soortWaarschuwing(text) };
}

// ---------------------------------------------------------------------------------------------------
// Output

const SYMBOL: Record<Status, string> = { aanwezig: "●", deels: "◐", afwezig: "○" };

function asJson(c: Checked): object {
  const a = c.analyse;
  return {
    file: c.file,
    title: a.title,
    ...(c.waarschuwing !== undefined ? { waarschuwing: c.waarschuwing } : {}),
    date: a.date,
    words: a.wordCount,
    criteria: a.criteria.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      score: r.score,
      reason: r.reason,
      aspects: r.aspects,
      evidence: r.evidence,
    })),
    toetsstenen: a.toetsstenen,
    leesbaarheid: a.readability,
    vragen: c.vragen,
  };
}

function pct(n: number): string {
  return `${Math.round(n * 100)}%`;
}

function readabilityLine(a: Analyse): string {
  const r = a.readability;
  const what = r.source === "samenvatting" ? "samenvatting" : "begin van het voorstel (geen samenvatting)";
  return (
    `Leesbaarheid ${what}: Flesch-Douma ${Math.round(r.fleschDouma)} (${r.oordeel}), ` +
    `${r.averageSentenceLength.toLocaleString("nl-NL", { maximumFractionDigits: 1 })} woorden per zin, ${pct(r.longWordShare)} ${r.longWordRule}`
  );
}

function tableOne(c: Checked): string {
  const a = c.analyse;
  const out = [
    `Raadsvoorstel: ${a.title}${a.date === "" ? "" : ` (${a.date})`}`,
    `Bestand: ${c.file} · ${a.wordCount} woorden`,
    ...(c.waarschuwing !== undefined ? [`Let op: ${c.waarschuwing}`] : []),
    "",
  ];
  for (const r of a.criteria) {
    out.push(`${r.id}  ${r.title.padEnd(44)} ${SYMBOL[r.status]} ${r.status}`);
    out.push(`   ${r.reason}`);
  }
  out.push("", readabilityLine(a));
  for (const h of a.readability.hardestSentences)
    out.push(`   moeilijk (${Math.round(h.fleschDouma)}): ${oneLine(h.text)}`);
  if (a.toetsstenen.length > 0) {
    out.push("", "Toetsstenen uit je visie:");
    for (const t of a.toetsstenen) {
      out.push(`   ${SYMBOL[t.status]} ${t.status.padEnd(8)} ${t.kind.padEnd(9)} ${t.label}`);
      out.push(`      ${t.reason}`);
    }
  }
  if (c.vragen.length > 0) {
    out.push("", "Vragen voor het college:");
    c.vragen.forEach((v, i) => out.push(`   ${i + 1}. ${v.text}`));
  }
  return out.join("\n");
}

function oneLine(s: string): string {
  const flat = s.replace(/\s+/gu, " ").trim();
  return flat.length > 140 ? `${flat.slice(0, 137)}…` : flat;
}

function totals(list: Checked[]): Record<Status, number[]> {
  const count = (status: Status): number[] =>
    CRITERIUM_IDS.map(
      (id) => list.filter((c) => c.analyse.criteria.find((r) => r.id === id)?.status === status).length,
    );
  return { aanwezig: count("aanwezig"), deels: count("deels"), afwezig: count("afwezig") };
}

function toetsstenenOf(list: Checked[]): { id: string; label: string }[] {
  return list[0]?.analyse.toetsstenen.map((t) => ({ id: t.id, label: t.label })) ?? [];
}

function tableMany(list: Checked[]): string {
  const names = list.map((c) => basename(c.file));
  const width = Math.max(8, ...names.map((n) => n.length)) + 2;
  const stenen = toetsstenenOf(list);
  const head = [
    "bestand".padEnd(width),
    ...CRITERIUM_IDS.map((id) => id.padEnd(3)),
    ...stenen.map((_, i) => `T${i + 1}`.padEnd(4)),
  ];
  const out = [`APK voor raadsvoorstellen: ${list.length} voorstellen`, "", head.join("").trimEnd()];
  list.forEach((c, i) => {
    const cells = c.analyse.criteria.map((r) => SYMBOL[r.status].padEnd(3));
    const t = c.analyse.toetsstenen.map((r) => SYMBOL[r.status].padEnd(4));
    out.push([(names[i] ?? "").padEnd(width), ...cells, ...t].join("").trimEnd());
    if (c.waarschuwing !== undefined) out.push(`  Let op: ${c.waarschuwing}`);
  });
  out.push("");
  const sum = totals(list);
  for (const status of ["aanwezig", "deels", "afwezig"] as const) {
    out.push(
      [`${SYMBOL[status]} ${status}`.padEnd(width), ...sum[status].map((n) => String(n).padEnd(3))].join("").trimEnd(),
    );
  }
  if (stenen.length > 0) {
    out.push("", ...stenen.map((t, i) => `T${i + 1} = ${t.label}`));
  }
  return out.join("\n");
}

/** Titles, labels, reasons (which quote the proposal) and file names are escaped as the browser export does. */
const mdCell = markdownInline;

function markdownOne(c: Checked): string {
  const a = c.analyse;
  const out = [
    `# Toets raadsvoorstel: ${mdCell(a.title)}`,
    "",
    `Bestand: ${mdCell(basename(c.file))}${a.date === "" ? "" : ` · datum voorstel: ${a.date}`} · ${a.wordCount} woorden`,
    ...(c.waarschuwing !== undefined ? ["", `> Let op: ${c.waarschuwing}`] : []),
    "",
    "| | Criterium | Oordeel | Toelichting |",
    "| --- | --- | --- | --- |",
    ...a.criteria.map((r) => `| ${r.id} | ${mdCell(r.title)} | ${SYMBOL[r.status]} ${r.status} | ${mdCell(r.reason)} |`),
    "",
    "## Leesbaarheid",
    "",
    readabilityLine(a),
  ];
  if (a.toetsstenen.length > 0) {
    out.push(
      "",
      "## Toetsstenen uit mijn visie",
      "",
      "| Toetssteen | Soort | Oordeel | Toelichting |",
      "| --- | --- | --- | --- |",
    );
    for (const t of a.toetsstenen)
      out.push(`| ${mdCell(t.label)} | ${t.kind} | ${SYMBOL[t.status]} ${t.status} | ${mdCell(t.reason)} |`);
  }
  if (c.vragen.length > 0) {
    out.push("", "## Vragen voor het college", "", ...c.vragen.map((v, i) => `${i + 1}. ${mdCell(v.text)}`));
  }
  return out.join("\n");
}

function markdownMany(list: Checked[]): string {
  const sum = totals(list);
  const out = [
    "# APK voor raadsvoorstellen",
    "",
    `${list.length} voorstellen getoetst. ${SYMBOL.aanwezig} aanwezig · ${SYMBOL.deels} deels · ${SYMBOL.afwezig} afwezig`,
    "",
    `| Voorstel | ${CRITERIUM_IDS.join(" | ")} |`,
    `| --- |${CRITERIUM_IDS.map(() => " :-: |").join("")}`,
    ...list.map(
      (c) =>
        `| ${mdCell(c.analyse.title || basename(c.file))} | ${c.analyse.criteria.map((r) => SYMBOL[r.status]).join(" | ")} |`,
    ),
    ...(["aanwezig", "deels", "afwezig"] as const).map((s) => `| **${s}** | ${sum[s].join(" | ")} |`),
  ];
  return out.join("\n");
}

function csv(list: Checked[]): string {
  const stenen = toetsstenenOf(list);
  const header = ["bestand", "titel", "datum", ...CRITERIUM_IDS, ...stenen.map((t) => t.label), "waarschuwing"];
  const rows = list.map((c) => [
    basename(c.file),
    c.analyse.title,
    // ISO, as in the browser's APK CSV: one format per column, and Excel sorts it.
    isoDate(c.analyse.date),
    ...c.analyse.criteria.map((r) => r.status),
    ...c.analyse.toetsstenen.map((t) => t.status),
    c.waarschuwing ?? "",
  ]);
  return toCsv([header, ...rows]);
}

function render(list: Checked[], many: boolean, format: "json" | "md" | "csv" | "table"): string {
  if (format === "json") return JSON.stringify(many ? list.map(asJson) : asJson(list[0] as Checked), null, 2);
  if (format === "csv") return csv(list);
  if (format === "md") return many ? markdownMany(list) : markdownOne(list[0] as Checked);
  return many ? tableMany(list) : tableOne(list[0] as Checked);
}

// ---------------------------------------------------------------------------------------------------

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      visie: { type: "string" },
      json: { type: "boolean", default: false },
      md: { type: "boolean", default: false },
      csv: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("Geef een bestand of map op. Zie --help.");
  const formats = (["json", "md", "csv"] as const).filter((f) => values[f]);
  if (formats.length > 1) throw new UsageError("Kies één uitvoervorm: --json, --md of --csv.");
  const toetsstenen = values.visie === undefined ? [] : readVisie(values.visie);
  const { files, many } = filesFrom(positionals);

  const checked: Checked[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      checked.push(await check(file, toetsstenen));
    } catch (error) {
      failed++;
      process.stderr.write(`Fout in ${file}: ${(error as Error).message}\n`);
    }
  }
  if (checked.length > 0) process.stdout.write(`${render(checked, many, formats[0] ?? "table")}\n`);
  if (failed > 0)
    process.stderr.write(
      `${failed} van de ${files.length} bestanden kon${failed === 1 ? "" : "den"} niet worden gelezen.\n`,
    );
  return failed > 0 ? 1 : 0;
}

if (import.meta.main) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    const message =
      error instanceof UsageError
        ? error.message
        : (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") === true
          ? `Onbekende of onvolledige optie (${(error as Error).message}). Zie --help.`
          : `Onverwachte fout: ${(error as Error).stack ?? String(error)}`;
    process.stderr.write(`${message}\n`);
    process.exitCode = 2;
  }
}
