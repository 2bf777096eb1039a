import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// A real `astro sync` (which runs the content loaders, as a build does) on a copy of the project
// whose Wmo staalkaart lacks its "Financiering" part and whose Jeugdwet staalkaart lacks its `stand`.
test("the build stops on a staalkaart with a missing part or stand and names the file and the problem", { timeout: 120_000 }, () => {
  const root = resolve(".");
  const dir = mkdtempSync(join(tmpdir(), "raadskompas-kapot-"));
  try {
    for (const f of ["src", "content", "public", "astro.config.mjs", "tsconfig.json", "package.json", "themas.json"]) cpSync(join(root, f), join(dir, f), { recursive: true });
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
    const wmo = join(dir, "content/staalkaarten/wmo.mdx");
    writeFileSync(wmo, readFileSync(wmo, "utf8").replace(/^## Financiering[\s\S]*?(?=^## )/m, ""));
    const jeugdwet = join(dir, "content/staalkaarten/jeugdwet.mdx");
    writeFileSync(jeugdwet, readFileSync(jeugdwet, "utf8").replace(/^stand: .*\n/m, ""));
    const r = spawnSync(process.execPath, [join(root, "node_modules/astro/bin/astro.mjs"), "sync"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ASTRO_CACHE_DIR: join(dir, ".cache") },
    });
    assert.notEqual(r.status, 0, "sync must fail");
    assert.match(r.stdout + r.stderr, /wmo\.mdx is niet compleet — ontbrekend onderdeel: "## Financiering"/);
    assert.match(r.stdout + r.stderr, /jeugdwet\.mdx mist bronnen of stand — stand: stand ontbreekt/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
