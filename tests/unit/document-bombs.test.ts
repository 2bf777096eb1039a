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
import { createDeflateRaw } from "node:zlib";
import { after, before, describe, test } from "node:test";

const ROOT = join(import.meta.dirname, "..", "..");
const FIXTURES = join(ROOT, "tests", "fixtures", "raadsvoorstellen");
const CLI = join(ROOT, "scripts", "toets.ts");
const tmp = mkdtempSync(join(tmpdir(), "bommen-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** Raw deflate of `total` bytes of one repeated XML run, streamed so the test itself stays small. */
async function deflateRepeated(head: string, chunk: string, total: number, tail: string): Promise<Buffer> {
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on("data", (b: Buffer) => out.push(b));
  const done = new Promise((r) => z.on("end", r));
  const block = Buffer.from(chunk.repeat(Math.ceil((1024 * 1024) / chunk.length)));
  z.write(head);
  for (let n = 0; n < total; n += block.length) {
    if (!z.write(block)) await new Promise((r) => z.once("drain", r));
  }
  z.end(tail);
  await done;
  return Buffer.concat(out);
}

/** A minimal zip (no CRCs: the size check must refuse it before anything verifies them). */
function zip(entries: { name: string; data: Buffer; method: 0 | 8; size: number }[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(e.method, 8);
    lh.writeUInt32LE(e.data.length, 18);
    lh.writeUInt32LE(e.size >>> 0, 22);
    lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(e.method, 10);
    ch.writeUInt32LE(e.data.length, 20);
    ch.writeUInt32LE(e.size >>> 0, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, e.data);
    central.push(ch, name);
    offset += lh.length + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

function run(args: string[], heapMb = 256): { code: number | null; stdout: string; stderr: string; ms: number } {
  const t = performance.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, CLI, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - t };
}

const BIG = 200 * 1024 * 1024;
let bomb = "";

before(async () => {
  const types = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  const body = await deflateRepeated('<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t>', "raadsvoorstel ", BIG, "</w:t></w:r></w:p></w:body></w:document>");
  // The declared size is a lie (1 KB): only inflating with a running count finds out.
  const file = zip([
    { name: "[Content_Types].xml", data: types, method: 0, size: types.length },
    { name: "word/document.xml", data: body, method: 8, size: 1024 },
  ]);
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
