import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { apkCsv, apkDocument, apkTotals, csvCell, sortApk, type ApkRij } from "../../src/lib/raadsvoorstel/apk.ts";
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
    assert.equal(lines[0], `bestand;titel;datum;raadsvergadering;${CRITERIUM_IDS.join(";")}`);
    assert.equal(lines.length, 3);
    assert.match(lines[1] ?? "", /^b\.txt;"'=HYPERLINK\(""http:\/\/x""\)";1 mei 2026;;afwezig;aanwezig;/u);
    assert.match(lines[2] ?? "", /^a\.txt;"Zwemles; voor iedereen";;3 juni 2026;deels/u);
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
});
