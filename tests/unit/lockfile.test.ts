import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

// A version-less stub entry installs from a warm cache but makes `npm ci` fail on a fresh machine
// ("Invalid Version:"); see docs/adr/0001.
for (const file of ["package-lock.json", ".tools/package-lock.json"]) {
  test(`${file}: every package entry has a version`, () => {
    const lock = JSON.parse(readFileSync(file, "utf8")) as {
      packages: Record<string, { version?: string; link?: boolean }>;
    };
    const stubs = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== "" && !entry.link && !entry.version)
      .map(([path]) => path);
    assert.deepEqual(stubs, [], `lockfile-regels zonder version: ${stubs.join(", ")}`);
  });
}
