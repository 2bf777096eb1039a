import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { csvCell, looksLikeFormula, toCsv } from "../../src/lib/export/csv.ts";

describe("csv", () => {
  test("formula prefixes are neutralised (OWASP CSV injection)", () => {
    for (const evil of ['=HYPERLINK("http://x.test","klik")', "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1", " =1+2", "＝1+2", "=1+2.txt"]) {
      const cell = csvCell(evil);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      assert.ok(unquoted.startsWith("'"), `${JSON.stringify(evil)} → ${cell}`);
    }
    assert.equal(csvCell("gewoon"), "gewoon");
    assert.equal(csvCell("a;b"), '"a;b"');
    assert.equal(csvCell('zei "ja"'), '"zei ""ja"""');
    assert.equal(csvCell(-3), "-3", "numbers we write ourselves are not user text");
    assert.equal(looksLikeFormula("Café = goed"), false);
  });

  test("toCsv: BOM, separator and CRLF", () => {
    assert.equal(toCsv([["a", "b"], ["=c", "d"]]), "\uFEFFa;b\r\n'=c;d");
    assert.equal(toCsv([["a", "b"]], { bom: false, separator: "," }), "a,b");
  });
});
