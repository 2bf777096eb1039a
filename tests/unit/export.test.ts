import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { unzipBytes } from "../zip.ts";
import fc from "fast-check";
import { parse } from "yaml";
import { CURRENT_VERSION, werkboekSchema, type Werkboek, type WerkboekInput } from "../../src/schemas/werkboek.ts";
import { resultaatSchema, type Resultaat } from "../../src/schemas/visie.ts";
import { visieGidsSchema } from "../../src/schemas/visieGids.ts";
import { EMPTY_VALUE, NOT_FILLED, cleanText, exportFileName, textLines, type ExportDocument } from "../../src/lib/export/document.ts";
import { toMarkdown } from "../../src/lib/export/markdown.ts";
import { toDocx } from "../../src/lib/export/docx.ts";
import { formatGetal, resultaatHints, resultaatLabel, resultaatZin, visieDocument } from "../../src/lib/visie/visieExport.ts";

const HOSTILE = "<script>alert(1)</script> | pipe | # kop";

function werkboek(visie: WerkboekInput["visie"], name = "Mijn visie"): Werkboek {
  const ts = "2025-03-12T20:15:00+01:00";
  return werkboekSchema.parse({ format: "raadskompas-werkboek", version: CURRENT_VERSION, id: "wb-test", name, createdAt: ts, updatedAt: ts, visie });
}

const filled = werkboek({
  waarden: [
    { id: "w1", name: "Bestaanszekerheid", meaning: "Iedereen kan rondkomen.", top: false },
    { id: "w2", name: "Zelfbeschikking", meaning: "Inwoners houden de regie over hun leven.", top: true },
    { id: "w3", name: "Menselijke maat", meaning: "Regels passen bij het leven van mensen.", top: true },
    { id: "w4", name: "", meaning: "", top: false },
  ],
  principes: [
    { id: "p1", title: "Eerst de vraag achter de vraag", onderbouwing: "Wie de echte vraag kent, helpt sneller.", meetlat: "Is er een keukentafelgesprek geweest?" },
    { id: "p2", title: "Dichtbij en licht waar het kan", onderbouwing: "Vroeg helpen voorkomt zware zorg.", meetlat: "Groeit het aandeel lichte hulp?" },
  ],
  resultaten: [
    { id: "r1", doelgroep: "jongeren tussen 16 en 23 jaar", verandering: "een startkwalificatie heeft", target: 80, unit: "procent", baseline: "nu 71%", year: 2030, bron: "monitor sociaal domein" },
  ],
  koppelingen: [
    { id: "k1", waardeId: "w2", principeId: "p1", onderbouwing: "Regie begint bij de eigen vraag.", resultaatId: "r1" },
    { id: "k2", waardeId: "verwijderd", principeId: "", onderbouwing: "Nog uitzoeken.", resultaatId: "r1" },
  ],
  kwaliteitseisen: [{ id: "q1", text: "Eén vast aanspreekpunt per gezin.", principeIds: ["p1", "p2", "weg"] }],
  betrokkenheid: { waarden: { wie: "Adviesraad sociaal domein", hoe: "Dialoogavond in het buurthuis" } },
});

/** Removes Markdown backslash escapes, to compare the output with what the user typed. */
const unescape = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, "$1");
const squash = (s: string) => s.replace(/\s+/g, " ");

/** The .docx parts as text, read with the shared test zip reader. */
const unzip = (bytes: Uint8Array): Map<string, string> => new Map([...unzipBytes(bytes)].map(([name, data]) => [name, data.toString("utf8")]));

test("markdown of a filled-in visie has every part, in order", () => {
  const md = toMarkdown(visieDocument(filled));
  const inOrder = [
    "# Mijn visie — visie op het sociaal domein",
    "bijgewerkt op 12 maart 2025",
    "## Stap 1 · Maatschappelijke waarden",
    "**Zelfbeschikking (top 3):** Inwoners houden de regie over hun leven.",
    "**Menselijke maat (top 3):**",
    "**Bestaanszekerheid:** Iedereen kan rondkomen.",
    "## Stap 2 · Leidende principes",
    "### Eerst de vraag achter de vraag",
    "**Onderbouwing:** Wie de echte vraag kent, helpt sneller.",
    "**Meetlat:** Is er een keukentafelgesprek geweest?",
    "### Dichtbij en licht waar het kan",
    "## Stap 3 · Maatschappelijke resultaten",
    "In 2030 hebben we bereikt dat 80% van de jongeren tussen 16 en 23 jaar een startkwalificatie heeft.",
    "**Nulmeting:** nu 71%",
    "**Bron:** monitor sociaal domein",
    "## Koppeltabel",
    "| Waarde | Leidend principe | Onderbouwing | Maatschappelijk resultaat |",
    "## Stap 4 · Kwaliteitseisen",
    "1. Eén vast aanspreekpunt per gezin.",
    "Volgt uit: Eerst de vraag achter de vraag; Dichtbij en licht waar het kan",
    "## Burgerbetrokkenheid",
    "| Stap 1 · Maatschappelijke waarden | Adviesraad sociaal domein | Dialoogavond in het buurthuis |",
  ];
  let from = 0;
  for (const part of inOrder) {
    const at = md.indexOf(part, from);
    assert.ok(at >= 0, `ontbreekt of staat op de verkeerde plek: ${part}`);
    from = at + part.length;
  }
  assert.ok(!md.includes(NOT_FILLED), "alle stappen zijn ingevuld");
  assert.equal(md, toMarkdown(visieDocument(filled)), "dezelfde invoer geeft dezelfde tekst");
  assert.ok(md.endsWith("\n") && !md.endsWith("\n\n"));
});

test("the step titles come from the guide when it is given", () => {
  const gids = visieGidsSchema.parse(parse(readFileSync(new URL("../../content/werkbladen/visie.yaml", import.meta.url), "utf8")));
  const md = toMarkdown(visieDocument(filled, gids));
  for (const s of gids.steps) assert.ok(md.includes(`· ${s.title}`), s.title);
});

test("an empty visie shows 'Nog niet ingevuld.' under every section", () => {
  const md = toMarkdown(visieDocument(werkboek({})));
  assert.equal(md.split(`*${NOT_FILLED}*`).length - 1, 6);
});

test("a principe with only a title is exported, not reported as 'Nog niet ingevuld.'", () => {
  // Found by the property test below (CI seed): a heading alone counted as an empty section.
  const md = toMarkdown(visieDocument(werkboek({ principes: [{ id: "p0", title: "Ruimte voor de wijk", onderbouwing: "", meetlat: "" }] })));
  const stap2 = md.slice(md.indexOf("## Stap 2"), md.indexOf("## Stap 3"));
  assert.ok(stap2.includes("### Ruimte voor de wijk"), stap2);
  assert.ok(stap2.includes("- **Onderbouwing:** —"), stap2);
  assert.ok(!stap2.includes(NOT_FILLED), stap2);
});

test("hostile user text is escaped, never turned into markup", () => {
  const w = werkboek({
    waarden: [{ id: "w1", name: "**vet**", meaning: HOSTILE, top: true }],
    principes: [{ id: "p1", title: "# kop", onderbouwing: "regel 1\n# kop\n- lijst\n1. nummer\n---\n```\n[link](javascript:x)", meetlat: "" }],
    koppelingen: [{ id: "k1", waardeId: "w1", principeId: "p1", onderbouwing: "a | b\nc\r\nd", resultaatId: "" }],
  });
  const md = toMarkdown(visieDocument(w));
  assert.ok(!md.includes("<script>"), "geen rauwe <script>");
  assert.ok(!/(?<!\\)[<>]/.test(md), "geen enkele < of > zonder escape");
  assert.ok(md.includes("\\<script\\>alert(1)\\</script\\>"));
  assert.ok(!/^#+ kop/m.test(md.replace(/^### \\# kop$/m, "")), "een # van de gebruiker wordt geen kop");
  assert.ok(md.includes("### \\# kop"), "kop van de gebruiker staat er letterlijk, met escape");
  assert.ok(!/^\s*(- lijst|1\. nummer|---|```)/m.test(md), "geen lijst, regel of codeblok uit gebruikerstekst");
  assert.ok(md.includes("\\[link\\](javascript:x)"));
  assert.ok(md.includes("\\*\\*vet\\*\\*"));
  // Every table row keeps four cells: user pipes are escaped and line breaks become spaces.
  const rows = md.split("\n").filter((l) => l.startsWith("| "));
  for (const row of rows) {
    const cells = row.replace(/\\\|/g, "").split("|").length - 2;
    assert.ok(cells === 4 || cells === 3, row);
  }
  assert.ok(md.includes("| a \\| b c d |"));
  assert.ok(!md.includes("<br>"));
});

test("the koppeltabel resolves names and shows — for missing or broken links", () => {
  const md = toMarkdown(visieDocument(filled));
  const zin = "In 2030 hebben we bereikt dat 80% van de jongeren tussen 16 en 23 jaar een startkwalificatie heeft.";
  assert.ok(md.includes(`| Zelfbeschikking | Eerst de vraag achter de vraag | Regie begint bij de eigen vraag. | ${zin} |`));
  assert.ok(md.includes(`| ${EMPTY_VALUE} | ${EMPTY_VALUE} | Nog uitzoeken. | ${zin} |`));
  assert.ok(!md.includes("verwijderd"), "een id komt nooit in het document");
});

const r = (over: Partial<Resultaat>): Resultaat => resultaatSchema.parse({ id: "r", ...over });

test("resultaatLabel names a resultaat by what sets it apart, not by the shared opening", () => {
  const a = resultaatLabel(r({ doelgroep: "jongeren", verandering: "een startkwalificatie heeft", target: 90, year: 2028 }), 1);
  const b = resultaatLabel(r({ doelgroep: "mantelzorgers", verandering: "zich gesteund voelt", target: 75 }), 2);
  assert.equal(a, "Resultaat 1: 90% van de jongeren een startkwalificatie heeft (2028)");
  assert.equal(b, "Resultaat 2: 75% van de mantelzorgers zich gesteund voelt");
  assert.ok(!a.includes("hebben we bereikt"));
});

test("resultaatZin writes the result as one Dutch sentence", () => {
  assert.equal(
    resultaatZin(r({ doelgroep: "jongeren tussen 16 en 23 jaar", verandering: "een startkwalificatie heeft", target: 80, year: 2030 })),
    "In 2030 hebben we bereikt dat 80% van de jongeren tussen 16 en 23 jaar een startkwalificatie heeft.",
  );
  assert.equal(
    resultaatZin(r({ doelgroep: "mantelzorgers", verandering: "zich gesteund voelt.", target: 1200, unit: "aantal" })),
    "Over 4 jaar hebben we bereikt dat 1.200 mantelzorgers zich gesteund voelt.",
  );
  assert.equal(resultaatZin(r({ doelgroep: "alle inwoners", verandering: "weet waar ze terecht kunnen", target: 12.5 })).includes("12,5% van alle inwoners"), true);
  assert.equal(resultaatZin(r({ doelgroep: "ouderen", verandering: "thuis woont", year: 2029 })), "In 2029 hebben we bereikt dat ouderen thuis woont.");
  assert.equal(resultaatZin(r({})), "Over 4 jaar hebben we bereikt dat … ….");
  assert.equal(resultaatZin(r({ target: 0 })), "Over 4 jaar hebben we bereikt dat 0% van de … ….");
  assert.equal(resultaatZin(r({ target: 1234567, unit: "aantal", doelgroep: "  huishoudens\n", verandering: " " })), "Over 4 jaar hebben we bereikt dat 1.234.567 huishoudens ….");
});

test("formatGetal uses Dutch separators", () => {
  assert.deepEqual([0, 7, 999, 1000, 1200, 12345.678, 1e12, 0.5].map(formatGetal), ["0", "7", "999", "1.000", "1.200", "12.345,68", "1.000.000.000.000", "0,5"]);
});

test("resultaatHints names what is missing, and nothing when complete", () => {
  const complete = r({ doelgroep: "jongeren", verandering: "werkt", target: 60, baseline: "nu 52%", year: 2030, bron: "CBS" });
  assert.deepEqual(resultaatHints(complete), []);
  const hints = resultaatHints(r({ doelgroep: "jongeren", verandering: "werkt" }));
  assert.deepEqual(hints, [
    "Geef een streefwaarde: een percentage of aantal maakt het resultaat toetsbaar.",
    "Noteer de nulmeting: waar staan we nu?",
    "Noem het jaar waarin het resultaat bereikt moet zijn.",
    "Noem de bron van het cijfer, bijvoorbeeld de monitor sociaal domein of CBS.",
  ]);
  assert.equal(resultaatHints(r({})).length, 6);
  assert.ok(resultaatHints({ ...complete, target: 140 }).some((h) => h.includes("hoger zijn dan 100")));
  assert.deepEqual(resultaatHints({ ...complete, target: 140, unit: "aantal" }), []);
});

test("empty values follow one rule: — in cells and fields, dropped from lists and paragraphs", () => {
  const doc: ExportDocument = {
    title: "Test",
    subtitle: "  ",
    blocks: [
      { type: "paragraph", text: " \n " },
      { type: "list", items: ["een", "", "  "] },
      { type: "list", ordered: true, items: [""] },
      { type: "table", head: ["A", "B"], rows: [["", "x", "te veel"], ["y"]] },
      { type: "fields", items: [{ label: "Leeg", value: "" }] },
    ],
  };
  assert.equal(toMarkdown(doc), "# Test\n\n- een\n\n| A | B |\n| --- | --- |\n| — | x |\n| y | — |\n\n- **Leeg:** —\n");
});

test("cleanText removes what Word or UTF-8 cannot hold", () => {
  assert.equal(cleanText("a\u0000b\u0007c\r\nd\re\tf\uD800\u000Bg"), "abc\nd\ne\tf\uFFFD g");
  assert.deepEqual(textLines("  een \n\n twee  "), ["een", "twee"]);
});

test("exportFileName makes a safe download name", () => {
  assert.equal(exportFileName(visieDocument(filled), "docx"), "mijn-visie-visie-op-het-sociaal-domein.docx");
  assert.equal(exportFileName({ title: "Één / ../ <x>", blocks: [] }, ".md"), "een-x.md");
  assert.equal(exportFileName({ title: "!!!", blocks: [] }, "md"), "raadskompas.md");
});

test("docx: a zip with the werkboek's text, A4, headings, lists and core properties", async () => {
  const w = werkboek({ ...filled.visie, waarden: [...filled.visie.waarden, { id: "w9", name: "Gek\u0001teken", meaning: HOSTILE, top: false }] });
  const bytes = await toDocx(visieDocument(w));
  assert.ok(bytes instanceof Uint8Array);
  assert.equal(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0), "PK");
  const files = unzip(bytes);
  const xml = files.get("word/document.xml");
  assert.ok(xml, "word/document.xml ontbreekt");
  for (const text of [
    "Mijn visie — visie op het sociaal domein",
    "Stap 1 · Maatschappelijke waarden",
    "Stap 2 · Leidende principes",
    "Stap 3 · Maatschappelijke resultaten",
    "Koppeltabel",
    "Stap 4 · Kwaliteitseisen",
    "Burgerbetrokkenheid",
    "In 2030 hebben we bereikt dat 80% van de jongeren tussen 16 en 23 jaar een startkwalificatie heeft.",
    "Inwoners houden de regie over hun leven.",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
  ]) {
    assert.ok(xml.includes(text), `niet in document.xml: ${text}`);
  }
  assert.ok(!xml.includes("<script>"));
  assert.ok(!/[\u0000-\u0008]/.test(xml), "geen stuurtekens, die Word weigert");
  assert.ok(xml.includes('w:w="11906"') && xml.includes('w:h="16838"'), "A4");
  for (const style of ["Title", "Heading1", "Heading2"]) assert.ok(xml.includes(`<w:pStyle w:val="${style}"/>`), style);
  assert.ok(xml.includes("<w:tblHeader"), "kopregel van de tabel herhaalt op elke pagina");
  assert.ok(xml.includes("<w:numPr>"), "genummerde lijst");
  assert.ok(files.get("word/numbering.xml")?.includes('w:val="decimal"'));
  const core = files.get("docProps/core.xml") ?? "";
  assert.ok(core.includes("<dc:title>Mijn visie — visie op het sociaal domein</dc:title>"));
  assert.ok(core.includes("<dc:creator>Raadskompas</dc:creator>"));
  assert.ok(files.get("word/styles.xml")?.includes('w:val="nl-NL"'), "taal Nederlands");
});

// --- property test -----------------------------------------------------------------------------------
const MD_CHARS = [..."*_#|<>[]()`\\-+=.!&~:1 \t\n\r"];
const userText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(...MD_CHARS), maxLength: 30 }),
  fc.constantFrom(HOSTILE, "<script>alert(1)</script>", "| pipe |", "# kop", "1. een", "- - -"),
);
const link = fc.constantFrom("", "w0", "w1", "p0", "p1", "r0", "weg");

const visieArb = fc.record({
  waarden: fc.array(fc.record({ name: userText, meaning: userText, top: fc.boolean() }), { maxLength: 4 }),
  principes: fc.array(fc.record({ title: userText, onderbouwing: userText, meetlat: userText }), { maxLength: 3 }),
  resultaten: fc.array(
    fc.record({
      doelgroep: userText,
      verandering: userText,
      target: fc.option(fc.double({ min: 0, max: 1e12, noNaN: true }), { nil: null }),
      unit: fc.constantFrom("procent" as const, "aantal" as const),
      baseline: userText,
      year: fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: null }),
      bron: userText,
    }),
    { maxLength: 3 },
  ),
  koppelingen: fc.array(fc.record({ waardeId: link, principeId: link, onderbouwing: userText, resultaatId: link }), { maxLength: 3 }),
  kwaliteitseisen: fc.array(fc.record({ text: userText, principeIds: fc.array(link, { maxLength: 3 }) }), { maxLength: 3 }),
  wie: userText,
  hoe: userText,
});

test("property: toMarkdown never throws and keeps every value the user typed", () => {
  fc.assert(
    fc.property(visieArb, userText.filter((s) => s.trim() !== ""), (v, name) => {
      const withIds = <T>(items: T[], prefix: string) => items.map((x, i) => ({ ...x, id: `${prefix}${i}` }));
      const w = werkboek(
        {
          waarden: withIds(v.waarden, "w"),
          principes: withIds(v.principes, "p"),
          resultaten: withIds(v.resultaten, "r"),
          koppelingen: withIds(v.koppelingen, "k"),
          kwaliteitseisen: withIds(v.kwaliteitseisen, "q"),
          betrokkenheid: { resultaten: { wie: v.wie, hoe: v.hoe } },
        },
        name,
      );
      const md = toMarkdown(visieDocument(w));
      assert.ok(!/(?<!\\)[<>]/.test(md), "elke < en > van de gebruiker is ge-escaped");
      for (const row of md.split("\n").filter((l) => l.startsWith("|"))) {
        assert.ok([4, 5].includes(row.match(/(?<!\\)\|/g)?.length ?? 0), `tabelrij valt uit elkaar: ${row}`);
      }
      const shown = squash(unescape(md));
      const values = [
        w.name,
        ...w.visie.waarden.flatMap((x) => [x.name, x.meaning]),
        ...w.visie.principes.flatMap((x) => [x.title, x.onderbouwing, x.meetlat]),
        // The sentence adds its own full stop, so one typed at the end is dropped.
        ...w.visie.resultaten.flatMap((x) => [x.doelgroep, x.verandering.replace(/[.\s]+$/, ""), x.baseline, x.bron]),
        ...w.visie.koppelingen.map((x) => x.onderbouwing),
        ...w.visie.kwaliteitseisen.map((x) => x.text),
        v.wie,
        v.hoe,
      ];
      for (const value of values) {
        for (const line of textLines(value)) assert.ok(shown.includes(squash(line)), `ontbreekt: ${JSON.stringify(line)}`);
      }
    }),
    { numRuns: 200 },
  );
});
