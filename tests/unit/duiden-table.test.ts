import { test } from "node:test";
import assert from "node:assert/strict";
import { detectDelimiter, guessRoles, isHidden, MAX_TABLE_CHARS, parseNumber, parsePeriode, readTable, type RawTable } from "../../src/lib/duiden/table.ts";
import { buildData } from "../../src/lib/duiden/build.ts";
import { duidenSheetSchema } from "../../src/schemas/duiden.ts";
import { WSJG_JEUGDHULP } from "../fixtures/duiden.ts";

function read(text: string): RawTable {
  const r = readTable(text);
  assert.ok(r.ok, r.ok ? "" : r.problems.join(" | "));
  return r.table;
}
const roles = (t: RawTable) => guessRoles(t).map((g) => g.role);

// A CBS StatLine download ("CSV, puntkomma"), shaped like table 85047NED: quoted headers with units, codes padded with spaces.
const CBS = [
  '"ID";"Regio\'s";"Perioden";"Huishoudens met Wmo-maatwerkarrangement (aantal)";"Cliënten per 1 000 inwoners (per 1 000 inwoners)"',
  '0;"GM0014  ";"2021JJ00";"12345";"48,2"',
  '1;"GM0014  ";"2022JJ00";"12790";"49,9"',
  '2;"GM0014  ";"2023JJ00*";".";"x"',
  '3;"GM1681  ";"2021JJ00";"1.210";"47,1"',
  '4;"GM1681  ";"2022JJ00";"1.255";"48,6"',
  '5;"GM1681  ";"2023JJ00*";"1.302";"50,3"',
  "",
  '"Bron: CBS"',
].join("\r\n");

test("CBS StatLine CSV: semicolons, quoted headers, JJ00 periods, GM codes, hidden values", () => {
  const t = read(CBS);
  assert.equal(t.delimiter, ";");
  assert.equal(t.header[3], "Huishoudens met Wmo-maatwerkarrangement (aantal)");
  assert.equal(t.rows.length, 6, "the source line under the table is not data");
  assert.ok(t.notices.some((n) => n.includes("Onder de tabel")));
  assert.deepEqual(roles(t), ["negeren", "regio", "periode", "waarde", "waarde"]);
  const { data, notices, problems } = buildData(t, roles(t));
  assert.deepEqual(problems, []);
  assert.deepEqual(data.periodes, ["2021", "2022", "2023"]);
  const names = data.reeksen.map((r) => r.naam);
  assert.deepEqual(names, ["GM0014 · Huishoudens met Wmo-maatwerkarrangement", "GM0014 · Cliënten per 1 000 inwoners", "GM1681 · Huishoudens met Wmo-maatwerkarrangement", "GM1681 · Cliënten per 1 000 inwoners"]);
  assert.deepEqual(data.reeksen[0]?.waarden, [12345, 12790, null], '"." is onbekend, not 0');
  assert.deepEqual(data.reeksen[1]?.waarden, [48.2, 49.9, null], '"x" is onbekend, not 0');
  assert.deepEqual(data.reeksen[2]?.waarden, [1210, 1255, 1302], "Dutch thousands separator");
  assert.equal(data.reeksen[0]?.eenheid, "aantal");
  assert.ok(notices.some((n) => n.includes("onbekend, niet als 0")));
  assert.ok(notices.some((n) => n.includes("voorlopige cijfers")));
  // The result fits the werkboek format as it is.
  duidenSheetSchema.parse({ id: "d1", data });
});

test("waarstaatjegemeente.nl CSV: long format with indicator, gemeente and unit columns", () => {
  const t = read(WSJG_JEUGDHULP);
  const r = roles(t);
  assert.deepEqual(r, ["indicator", "regio", "periode", "waarde", "eenheid"]);
  const { data } = buildData(t, r);
  assert.deepEqual(data.periodes, ["2021", "2022", "2023"]);
  assert.deepEqual(
    data.reeksen.map((s) => [s.naam, s.eenheid, s.waarden]),
    [
      ["Borger-Odoorn · Jongeren met jeugdhulp", "%", [12.4, 12.9, null]],
      ["Nederland · Jongeren met jeugdhulp", "%", [9.7, 10.1, 10]],
    ],
  );
});

test("paste from Excel: tabs, Dutch decimals and thousands, years as columns", () => {
  const t = read("Voorziening\t2020\t2021\t2022\nHuishoudelijke hulp\t1.050\t1.052,5\t1.101\nBegeleiding\t362\t377\t336\n");
  assert.equal(t.delimiter, "\t");
  const r = roles(t);
  assert.deepEqual(r, ["indicator", "waarde", "waarde", "waarde"]);
  assert.deepEqual(guessRoles(t).map((g) => g.sure), [true, true, true, true]);
  const { data } = buildData(t, r);
  assert.deepEqual(data.periodes, ["2020", "2021", "2022"]);
  assert.deepEqual(data.reeksen[0]?.waarden, [1050, 1052.5, 1101]);
});

test("the seed's Borger-Odoorn table: two header rows, € values, years out of order get sorted and reported", () => {
  const seed = [
    "Categorie\t2019\t\t2018\t\t2021\t\t2022\t",
    "\tBSN\t€\tBSN\t€\tBSN\t€\tBSN\t€",
    "Begeleiding\t380\t€2.720.000\t362\t€2.286.000\t377\t€2.240.000\t336\t€1.342.000",
    "HH\t954\t€2.259.000\t990\t€2.531.000\t1050\t€2.937.000\t1052\t€2.586.000",
  ].join("\n");
  const t = read(seed);
  assert.ok(t.notices.some((n) => n.includes("twee kopregels")));
  assert.equal(t.header[1], "2019 BSN");
  const { data, notices } = buildData(t, roles(t));
  assert.deepEqual(data.periodes, ["2018", "2019", "2021", "2022"]);
  assert.ok(notices.some((n) => n.includes("niet op volgorde (2019, 2018, 2021, 2022)")));
  assert.ok(notices.some((n) => n.includes("ontbreekt een jaar: 2020")));
  const begeleiding = data.reeksen.find((s) => s.naam === "Begeleiding · BSN");
  assert.deepEqual(begeleiding?.waarden, [362, 380, 377, 336]);
  const kosten = data.reeksen.find((s) => s.naam === "Begeleiding · €");
  assert.deepEqual(kosten?.waarden, [2286000, 2720000, 2240000, 1342000]);
  assert.equal(kosten?.eenheid, "euro");
});

test("hidden values stay onbekend, never 0", () => {
  for (const c of [".", "x", "X", "-", "–", "", "n.b.", "?"]) assert.ok(isHidden(c), c);
  assert.equal(parseNumber("."), null);
  assert.equal(parseNumber("x"), null);
  assert.equal(parseNumber("0"), 0);
  const t = read("Jaar;Aantal\n2021;.\n2022;x\n2023;-\n2024;15");
  const { data } = buildData(t, roles(t));
  assert.deepEqual(data.reeksen[0]?.waarden, [null, null, null, 15]);
});

test("numbers: Dutch and international forms", () => {
  assert.equal(parseNumber("1.234,5"), 1234.5);
  assert.equal(parseNumber("1234,5"), 1234.5);
  assert.equal(parseNumber("€ 2.720.000"), 2720000);
  assert.equal(parseNumber("12,5%"), 12.5);
  assert.equal(parseNumber("-3,2"), -3.2);
  assert.equal(parseNumber("1 234"), 1234);
  assert.equal(parseNumber("48.2", "."), 48.2);
  assert.equal(parseNumber("1,234.5"), 1234.5);
  assert.equal(parseNumber("Begeleiding"), null);
});

test("periods: CBS codes and written forms", () => {
  assert.deepEqual(parsePeriode("2023JJ00"), { sort: 202300, label: "2023", voorlopig: false });
  assert.equal(parsePeriode("2023KW01")?.label, "2023 kw 1");
  assert.equal(parsePeriode("2023MM03")?.label, "mrt 2023");
  assert.equal(parsePeriode("2023 3e kwartaal")?.label, "2023 kw 3");
  assert.equal(parsePeriode("2022JJ00*")?.voorlopig, true);
  assert.equal(parsePeriode("Begeleiding"), null);
  assert.ok((parsePeriode("2024KW01")?.sort ?? 0) > (parsePeriode("2023KW04")?.sort ?? 0));
});

test("delimiter detection: comma CSV with quoted Dutch decimals", () => {
  const text = 'Gemeente,Jaar,Waarde\n"Emmen",2022,"12,5"\n"Emmen",2023,"13,1"\n';
  assert.equal(detectDelimiter(text), ",");
  const t = read(text);
  const { data } = buildData(t, roles(t));
  assert.deepEqual(data.reeksen[0]?.waarden, [12.5, 13.1]);
});

test("unclear columns are marked so the worksheet asks", () => {
  const t = read("a\tb\tc\nGroningen\tnoord\t12\nAssen\tzuid\t15");
  const g = guessRoles(t);
  assert.equal(g[2]?.role, "waarde");
  assert.ok(g.slice(0, 2).some((x) => !x.sure), "two text columns: we ask which is which");
});

test("broken input gets a Dutch message per problem", () => {
  const fail = (text: string) => {
    const r = readTable(text);
    assert.equal(r.ok, false, text.slice(0, 40));
    return r.ok ? [] : r.problems;
  };
  assert.match(fail("")[0] ?? "", /nog geen tabel/);
  assert.match(fail("PK\u0003\u0004binary")[0] ?? "", /Excel/);
  assert.match(fail("%PDF-1.7")[0] ?? "", /PDF/);
  assert.match(fail("alleen tekst\nzonder kolommen")[0] ?? "", /één kolom/);
  assert.match(fail('Jaar;Aantal\n2021;"12\n2022;13')[0] ?? "", /Regel 2: .*aanhalingsteken/);
  assert.match(fail("Jaar;Aantal\n")[0] ?? "", /alleen een kopregel/);
  assert.match(fail("Jaar;Aantal\n2021;12\n2022;13;14;15\n2023;16")[0] ?? "", /Regel 3 heeft meer cellen/);
  const big = "Jaar;Aantal\n" + "2021;12\n".repeat(Math.ceil((5 * 1024 * 1024) / 8));
  assert.ok(big.length > MAX_TABLE_CHARS);
  const msg = fail(big)[0] ?? "";
  assert.match(msg, /te groot: 5,2 MB/);
  assert.match(msg, /niets veranderd/);
});

test("a figures column without any number is a problem, not a chart of zeros", () => {
  const t = read("Jaar;Aantal\n2021;.\n2022;x");
  const { problems } = buildData(t, roles(t));
  assert.match(problems[0] ?? "", /geen enkel getal/);
});

test("a too large table and a too large file get the same limit in their message", async () => {
  const { tableTooLarge } = await import("../../src/lib/duiden/tableSize.ts");
  const { MAX_TABLE_CHARS, MAX_TABLE_FILE_BYTES } = await import("../../src/vocabulary/limits.ts");
  const limit = `tot ${new Intl.NumberFormat("nl-NL").format(MAX_TABLE_CHARS / 1_000_000)} MB`;
  assert.match(tableTooLarge(MAX_TABLE_CHARS + 1), new RegExp(`^Deze tabel is te groot: .*tabellen ${limit} aan`));
  assert.match(tableTooLarge(6_000_000, "bestand"), new RegExp(`^Dit bestand is te groot: 6 MB\\. .*tabellen ${limit} aan`));
  // The file check refuses only files that cannot hold a table within the limit, however it is encoded.
  const fullest = "€".repeat(MAX_TABLE_CHARS);
  assert.ok(new TextEncoder().encode(fullest).length <= MAX_TABLE_FILE_BYTES);
});
