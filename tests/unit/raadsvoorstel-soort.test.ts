import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { GEEN_VOORSTEL_VERORDENING, soortWaarschuwing } from "../../src/lib/raadsvoorstel/soort.ts";

const DIR = new URL("../fixtures/raadsvoorstellen/", import.meta.url);

const VERORDENING = readFileSync(new URL("../fixtures/geen-voorstel/verordening-veldzicht.txt", import.meta.url), "utf8");

describe("soortWaarschuwing", () => {
  test("a verordening without proposal parts gets the Dutch warning", () => {
    assert.equal(soortWaarschuwing(VERORDENING), GEEN_VOORSTEL_VERORDENING);
    assert.match(GEEN_VOORSTEL_VERORDENING, /geen raadsvoorstel maar een verordening/u);
  });

  test("the same articles under a proposal with beslispunten get none", () => {
    assert.equal(soortWaarschuwing(`Raadsvoorstel\n\nBeslispunten\n1. De verordening vast te stellen.\n\n${VERORDENING}`), undefined);
  });

  test("none of the raadsvoorstel fixtures gets the warning", () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith(".txt"));
    assert.ok(files.length >= 40, `${files.length} fixtures`);
    for (const f of files) assert.equal(soortWaarschuwing(readFileSync(new URL(f, DIR), "utf8")), undefined, f);
  });
});
