import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { expect, sitemapPaths, test } from "./fixtures.ts";
import { budgetFor, STAALKAART_READ_TO_END } from "../../scripts/budgets.mjs";

const dist = process.env["DIST_DIR"] ?? "dist";
const gz = (path: string) => gzipSync(readFileSync(join(dist, path)), { level: 9 }).length;

/**
 * What a real browser fetches: the page's JavaScript plus everything an island imports right after it
 * hydrates (storage, schemas). Inline scripts count too. Nothing is clicked or typed. Measured for a
 * raadslid who has a werkboek already: the very first visit also validates and stores a new, empty
 * werkboek, which loads the schemas once (ADR 0015).
 */
async function loadedBytes(page: Page, path: string, scrollToEnd = false): Promise<number> {
  await page.goto("/visie/");
  await expect(page.getByRole("status").filter({ hasText: "Bewaard" }).or(page.locator("[data-status='bewaard']")).first()).toBeVisible();
  const files = new Set<string>();
  page.on("request", (r) => {
    const p = new URL(r.url()).pathname;
    if (/\.m?js$/.test(p) && p !== "/sw.js") files.add(p);
  });
  await page.goto(path, { waitUntil: "networkidle" });
  if (scrollToEnd) {
    // Bring every island into view in turn (client:visible), as a reader scrolling down the page does.
    const islands = page.locator("astro-island");
    for (let i = 0; i < (await islands.count()); i++) await islands.nth(i).scrollIntoViewIfNeeded();
    await expect(page.locator("astro-island[ssr]")).toHaveCount(0);
  }
  await page.waitForLoadState("networkidle");
  const inline = await page.locator("script:not([src]):not([type='application/json']):not([type='application/ld+json'])").evaluateAll((ss) => ss.map((s) => s.textContent ?? ""));
  return [...files].reduce((n, f) => n + gz(f), 0) + inline.reduce((n, s) => n + gzipSync(Buffer.from(s), { level: 9 }).length, 0);
}

test("every page stays within its JavaScript budget as a browser loads it", async ({ browser, page }) => {
  test.setTimeout(180_000);
  const over: string[] = [];
  for (const path of await sitemapPaths(page)) {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const bytes = await loadedBytes(await context.newPage(), path);
    await context.close();
    const budget = budgetFor(path);
    console.log(`${(bytes / 1024).toFixed(1).padStart(6)} KB / ${budget.bytes / 1024} KB  ${path}`);
    if (bytes > budget.bytes) over.push(`${path}: ${(bytes / 1024).toFixed(1)} KB > ${budget.bytes / 1024} KB (${budget.kind})`);
  }
  expect(over).toEqual([]);
});

test("a staalkaart read to the end, notes included, stays within 25 KB", async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const bytes = await loadedBytes(await context.newPage(), "/kennis/staalkaarten/wmo/", true);
  await context.close();
  console.log(`${(bytes / 1024).toFixed(1).padStart(6)} KB / ${STAALKAART_READ_TO_END / 1024} KB  /kennis/staalkaarten/wmo/ tot het eind`);
  expect(bytes, `${(bytes / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(STAALKAART_READ_TO_END);
});
