/**
 * The Content-Security-Policy in every page, and no page breaking it: not the islands, not the
 * service worker registration, not pdf.js with its worker, not the Word export.
 */
import type { Page } from "@playwright/test";
import { expect, sitemapPaths, test } from "./fixtures.ts";

/** Collects violations reported by the page and by Chromium's console. */
async function watch(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener("securitypolicyviolation", (e) => list.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

test("every page carries a strict policy and none violates it", async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watch(page);
  const paths = [...(await sitemapPaths(page)), "/404.html"];
  for (const path of paths) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");
    expect(policy, path).toContain("default-src 'self'");
    expect(policy, path).toContain("object-src 'none'");
    expect(policy, path).toContain("base-uri 'self'");
    expect(policy, path).not.toContain("unsafe-inline");
    expect(policy, path).not.toContain("unsafe-eval");
    await page.waitForLoadState("load");
    expect(await violations(), path).toEqual([]);
  }
});

test("reading a pdf (pdf.js worker) and a Word file, and exporting to Word, break no rule", async ({ page }) => {
  const violations = await watch(page);
  await page.goto("/sturing/raadsvoorstel-toets/");
  await expect(page.locator(".rk-savebar__status")).toContainText(/Bewaard/);
  for (const ext of ["pdf", "docx"]) {
    await page.getByLabel("Open een bestand").setInputFiles(`tests/fixtures/raadsvoorstellen/11-beekdal-inkoop-jeugdhulp.${ext}`);
    await expect(page.getByLabel("Tekst van het raadsvoorstel")).toHaveValue(/Beekdal/, { timeout: 15_000 });
  }
  await expect(page.getByTestId("status-S")).toBeVisible({ timeout: 15_000 });
  const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Word (.docx)" }).click()]);
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  await page.goto("/visie/");
  const [visieDocx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Word (.docx)" }).first().click()]);
  expect(visieDocx.suggestedFilename()).toMatch(/\.docx$/);
  expect(await violations()).toEqual([]);
});
