import { test } from "node:test";
import assert from "node:assert/strict";
import { formatDecimaal, formatGetal, formatMegabytes } from "../../src/lib/getal.ts";
import { parseWerkboekFile } from "../../src/lib/werkboek/io.ts";

test("numbers and sizes are written the Dutch way", () => {
  assert.equal(formatGetal(1200), "1.200");
  assert.equal(formatGetal(12.5), "12,5");
  assert.equal(formatDecimaal(5.24), "5,2");
  assert.equal(formatMegabytes(5.2 * 1024 * 1024), "5,2 MB");
  assert.equal(formatMegabytes(0), "0,0 MB");
  assert.equal(formatMegabytes(2000), "minder dan 0,1 MB");
});

test("the size message of a too large import uses a decimal comma", () => {
  const result = parseWerkboekFile(" ".repeat(21.5 * 1024 * 1024));
  assert.equal(result.ok, false);
  assert.match(result.ok ? "" : (result.errors[0] ?? ""), /\(21,5 MB\)/);
});

test("one parser reads the Dutch forms every field accepts", async () => {
  const { parseGetal, parseJaar, getalInvoer } = await import("../../src/lib/getal.ts");
  assert.equal(parseGetal("1.234"), 1234);
  assert.equal(parseGetal("1.234,5"), 1234.5);
  assert.equal(parseGetal("12,5%"), 12.5);
  assert.equal(parseGetal("12,5 %"), 12.5);
  assert.equal(parseGetal("€ 1.200"), 1200);
  assert.equal(parseGetal("€1.200,50"), 1200.5);
  assert.equal(parseGetal("-3,2"), -3.2);
  assert.equal(parseGetal("1 234"), 1234);
  assert.equal(parseGetal("12.5"), 12.5);
  assert.equal(parseGetal("12.5", ","), null);
  assert.equal(parseGetal(""), null);
  assert.equal(parseGetal("12,"), 12); // while typing "12,5"
  assert.equal(parseGetal("twaalf"), null);
  assert.equal(getalInvoer(1234.5), "1234,5");
  assert.equal(getalInvoer(null), "");
  assert.equal(parseJaar("2030"), 2030);
  assert.equal(parseJaar(" 2030 "), 2030);
  assert.equal(parseJaar("203"), null);
  assert.equal(parseJaar("1999"), null);
  assert.equal(parseJaar("2.030"), null);
});
