import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { apkCsv, apkDocument, apkTotals, csvCell, isoDate, sortApk, type ApkRij } from "../../src/lib/raadsvoorstel/apk.ts";
import { findTitle } from "../../src/lib/raadsvoorstel/document.ts";
import { GEEN_VOORSTEL_VERORDENING } from "../../src/lib/raadsvoorstel/soort.ts";
import { toDocx } from "../../src/lib/export/docx.ts";
import { unzipBytes } from "../zip.ts";
import { CRITERIUM_IDS } from "../../src/lib/raadsvoorstel/types.ts";

const all = (s: "aanwezig" | "deels" | "afwezig") => Object.fromEntries(CRITERIUM_IDS.map((id) => [id, s]));
const rows: ApkRij[] = [
  { file: "b.txt", title: "=HYPERLINK(\"http://x\")", date: "1 mei 2026", meetingDate: "", statuses: { ...all("afwezig"), A: "aanwezig" } },
  { file: "a.txt", title: "Zwemles; voor iedereen", date: "", meetingDate: "3 juni 2026", statuses: all("deels") },
  { file: "kapot.pdf", title: "", date: "", meetingDate: "", statuses: {}, error: "Dit PDF-bestand is beschadigd." },
];

describe("APK", () => {
  test("totals per criterion count only readable files", () => {
    const t = apkTotals(rows);
    assert.equal(t.aanwezig.A, 1);
    assert.equal(t.deels.A, 1);
    assert.equal(t.afwezig.S, 1);
    assert.equal(t.deels.G, 1);
  });

  test("csvCell neutralises formulas (= + - @ tab CR) and quotes separators", () => {
    for (const bad of ["=1+1", "+31", "-2", "@SUM(A1)", "\tx", "\rx"]) assert.ok(csvCell(bad).replace(/^"/u, "").startsWith("'"), bad);
    assert.equal(csvCell("a;b"), '"a;b"');
    assert.equal(csvCell('zei "ja"'), '"zei ""ja"""');
    assert.equal(csvCell("gewoon"), "gewoon");
  });

  test("the CSV has a BOM, semicolons, the CLI's columns plus the meeting date, and no unreadable files", () => {
    const csv = apkCsv(rows);
    assert.ok(csv.startsWith("\uFEFF"));
    const lines = csv.slice(1).trimEnd().split("\r\n");
    assert.equal(lines[0], `bestand;titel;datum;raadsvergadering;${CRITERIUM_IDS.join(";")};waarschuwing`);
    assert.equal(lines.length, 3);
    assert.match(lines[1] ?? "", /^b\.txt;"'=HYPERLINK\(""http:\/\/x""\)";2026-05-01;;afwezig;aanwezig;/u);
    assert.match(lines[2] ?? "", /^a\.txt;"Zwemles; voor iedereen";;2026-06-03;deels/u);
    assert.ok(!csv.includes("kapot.pdf"));
  });

  test("sorting by a criterion puts aanwezig first, reversed puts it last; unreadable files stay at the bottom", () => {
    assert.deepEqual(sortApk(rows, "A", true).map((r) => r.file), ["b.txt", "a.txt", "kapot.pdf"]);
    assert.deepEqual(sortApk(rows, "A", false).map((r) => r.file), ["a.txt", "b.txt", "kapot.pdf"]);
    assert.deepEqual(sortApk(rows, "file", true).map((r) => r.file), ["a.txt", "b.txt", "kapot.pdf"]);
  });

  test("the Word document has the table with totals and names the unreadable file", () => {
    const titles = Object.fromEntries(CRITERIUM_IDS.map((id) => [id, `criterium ${id}`])) as Record<(typeof CRITERIUM_IDS)[number], string>;
    const doc = apkDocument(rows, titles, "29 november 2026");
    const t = doc.blocks.find((b) => b.type === "table");
    assert.ok(t && t.type === "table");
    assert.deepEqual(t.head, ["Voorstel", ...CRITERIUM_IDS]);
    assert.deepEqual(t.rows.at(-3)?.slice(0, 3), ["Totaal aanwezig", "0", "1"]);
    assert.ok(JSON.stringify(doc.blocks).includes("kapot.pdf: Dit PDF-bestand is beschadigd."));
  });

  test("the CSV has one date format (ISO), the full title and the warning", () => {
    assert.equal(isoDate("14 april 2026"), "2026-04-14");
    assert.equal(isoDate("4-3-2025"), "2025-03-04");
    assert.equal(isoDate("Maart 2026"), "Maart 2026");
    const long = `Verordening ${"maatschappelijke ondersteuning en jeugdhulp ".repeat(5).trim()} 2027`;
    assert.ok(long.length > 120);
    const title = findTitle(`Onderwerp: ${long}\n\nTekst.`, Infinity);
    assert.equal(title, long);
    const csv = apkCsv([
      { file: "v.txt", title, date: "14 april 2026", meetingDate: "30-9-2026", statuses: all("aanwezig"), waarschuwing: GEEN_VOORSTEL_VERORDENING },
    ]);
    const line = csv.slice(1).trimEnd().split("\r\n")[1] ?? "";
    assert.ok(line.includes(long) && !line.includes("…"), line);
    assert.ok(line.includes(";2026-04-14;2026-09-30;"), line);
    assert.ok(line.endsWith(`;${csvCell(GEEN_VOORSTEL_VERORDENING)}`), line);
  });

  test("the Word table gives the title column most of the width, with a fixed layout", async () => {
    const titles = Object.fromEntries(CRITERIUM_IDS.map((id) => [id, `criterium ${id}`])) as Record<(typeof CRITERIUM_IDS)[number], string>;
    const warned = rows.map((r, i) => (i === 0 ? { ...r, waarschuwing: GEEN_VOORSTEL_VERORDENING } : r));
    const xml = unzipBytes(await toDocx(apkDocument(warned, titles, "29 november 2026"))).get("word/document.xml")?.toString("utf8") ?? "";
    assert.match(xml, /<w:tblLayout w:type="fixed"\/>/u);
    const grid = [...(/<w:tblGrid>(.*?)<\/w:tblGrid>/u.exec(xml)?.[1] ?? "").matchAll(/w:w="(\d+)"/gu)].map((m) => Number(m[1]));
    assert.equal(grid.length, 1 + CRITERIUM_IDS.length);
    const [first = 0, ...rest] = grid;
    assert.ok(rest.every((w) => first > 5 * w), grid.join(","));
    assert.ok(first > grid.reduce((a, w) => a + w, 0) / 2, "title column has more than half the width");
    assert.ok(xml.includes(GEEN_VOORSTEL_VERORDENING), "the warning is in the document");
  });
});
