import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/** WCAG 2.2 AA, the level Dutch government sites must meet. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe on the current page state and fails with a readable list of violations. */
export async function expectAccessible(page: Page, label = page.url()) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe op ${label}`).toEqual([]);
}

/** Records every request that leaves the site's own origin. */
export function trackForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on("request", (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) foreign.push(url);
  });
  return foreign;
}

/** Page object for the header search box present on every page. */
export class HeaderSearch {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  get input() {
    return this.page.getByRole("combobox", { name: "Zoek in Raadskompas" });
  }
  get options() {
    return this.page.getByRole("option");
  }
}

/** All URLs in the built sitemap, as paths. */
export async function sitemapPaths(page: Page): Promise<string[]> {
  const index = await (await page.request.get("/sitemap-index.xml")).text();
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname);
  const paths: string[] = [];
  for (const m of maps) {
    const xml = await (await page.request.get(m)).text();
    paths.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => new URL(x[1] ?? "").pathname));
  }
  return paths;
}

export const test = base.extend<{ search: HeaderSearch }>({
  search: async ({ page }, use) => {
    await use(new HeaderSearch(page));
  },
});
export { expect };
