import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { LEERATELIER_ZOEKKAART } from "../../src/lib/leeratelier/zoektekst.ts";
import { splitCard } from "../../src/lib/search.ts";

// The hub is an Astro page, not a card, so nothing else ties its search text to its headings.
test("every section of the leeratelier's search text deep-links to a heading that exists on /leeratelier/", () => {
  const page = readFileSync("src/pages/leeratelier/index.astro", "utf8");
  const anchors = splitCard(LEERATELIER_ZOEKKAART)
    .map((d) => d.url.split("#")[1])
    .filter((a): a is string => a !== undefined);
  assert.ok(anchors.length >= 3, `${anchors.length} sections`);
  assert.deepEqual(anchors.filter((a) => !page.includes(`id="${a}"`)), []);
});
