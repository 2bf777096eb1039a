/**
 * Hostile documents, generated here (never committed): a .docx that unpacks to 200 MB, a 50 MB .txt,
 * a broken link in a folder, a folder or huge file as --visie. Each gets a Dutch message within a time
 * and memory bound, and the rest of a folder is still checked.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { docxBomb } from "../fixtures/docx-bomb.ts";
import { after, before, describe, test } from "node:test";

const ROOT = join(import.meta.dirname, "..", "..");
const FIXTURES = join(ROOT, "tests", "fixtures", "raadsvoorstellen");
const CLI = join(ROOT, "scripts", "toets.ts");
const tmp = mkdtempSync(join(tmpdir(), "bommen-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], heapMb = 256): { code: number | null; stdout: string; stderr: string; ms: number } {
  const t = performance.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, CLI, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - t };
}

const BIG = 200 * 1024 * 1024;
let bomb = "";

before(async () => {
  const file = await docxBomb(BIG);
  assert.ok(file.length < 2 * 1024 * 1024, `bomb is ${file.length} bytes`);
  const dir = join(tmp, "map");
  mkdirSync(dir);
  bomb = join(dir, "bom.docx");
  writeFileSync(bomb, file);
  copyFileSync(join(FIXTURES, "14-kreekhaven-sportakkoord.txt"), join(dir, "goed.txt"));
  symlinkSync(join(tmp, "bestaat-niet.txt"), join(dir, "kapotte-link.txt"));
});

describe("document bombs on the command line", () => {
  test("a .docx that unpacks to 200 MB: a Dutch message, fast, in 256 MB of heap; the folder goes on", () => {
    const r = run([join(tmp, "map"), "--csv"]);
    assert.equal(r.code, 1, r.stderr);
    assert.ok(r.ms < 20_000, `took ${Math.round(r.ms)} ms`);
    assert.match(r.stderr, /bom\.docx: Dit Word-document is uitgepakt veel groter/u);
    assert.match(r.stderr, /kapotte-link\.txt: .*snelkoppeling naar een bestand dat niet \(meer\) bestaat/u);
    assert.doesNotMatch(r.stderr, /at .*\.ts:\d+|heap out of memory/u, "no stack trace, no crash");
    assert.match(r.stdout, /goed\.txt;/u, "the good file is still checked and printed");
  });

  test("the unpacking check itself stays within bounds (time and resident memory)", () => {
    const script = `
      import { readFileSync } from "node:fs";
      import { extractText } from ${JSON.stringify(join(ROOT, "src/lib/raadsvoorstel/extract.ts"))};
      const t = performance.now();
      let message = "";
      try { await extractText(new Uint8Array(readFileSync(${JSON.stringify(bomb)})), "bom.docx"); } catch (e) { message = e.message; }
      console.log(JSON.stringify({ ms: performance.now() - t, rssMb: process.resourceUsage().maxRSS / 1024, message }));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 60_000 });
    const out = JSON.parse(r.stdout) as { ms: number; rssMb: number; message: string };
    assert.match(out.message, /uitgepakt veel groter/u);
    assert.ok(out.ms < 10_000, `took ${Math.round(out.ms)} ms`);
    assert.ok(out.rssMb < 400, `peak resident memory ${Math.round(out.rssMb)} MB`);
  });

  test("a 50 MB .txt is refused before it is read", () => {
    const big = join(tmp, "groot.txt");
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x61));
    const r = run([big], 128);
    assert.equal(r.code, 1);
    assert.ok(r.ms < 10_000, `took ${Math.round(r.ms)} ms`);
    assert.match(r.stderr, /te groot \(50 MB\)/u);
  });

  test("--visie: a folder, a missing file and a 600 MB file each get their own message", () => {
    const good = join(FIXTURES, "14-kreekhaven-sportakkoord.txt");
    const dir = run([good, "--visie", tmp]);
    assert.equal(dir.code, 2);
    assert.match(dir.stderr, /dit is een map/u);
    const missing = run([good, "--visie", join(tmp, "nergens.json")]);
    assert.match(missing.stderr, /het bestand bestaat niet/u);
    const huge = join(tmp, "enorm.raadskompas.json");
    writeFileSync(huge, "");
    truncateSync(huge, 600 * 1024 * 1024); // sparse: takes no disk space
    const r = run([good, "--visie", huge], 128);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /te groot \(600\.0 MB/u);
  });
});
