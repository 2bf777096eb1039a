import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { HeaderSearch, VisiePage, WerkboekPage, WorksheetPage } from "./pages/index.ts";

// The page objects live in tests/e2e/pages/; re-exported so every spec can keep one import.
export { HeaderSearch, VisiePage, WerkboekPage, WorksheetPage };

/** WCAG 2.2 AA, the level Dutch government sites must meet. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe on the current page state and fails with a readable list of violations. */
export async function expectAccessible(page: Page, label = page.url()) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe op ${label}`).toEqual([]);
}

/**
 * Landmark and scroll-region rules outside the WCAG tag set (axe "best practice"): no two landmarks
 * with the same role and name, and every scrolling region reachable by keyboard.
 */
export async function expectLandmarksUnique(page: Page, label = page.url()) {
  const results = await new AxeBuilder({ page }).withRules(["landmark-unique", "landmark-no-duplicate-main", "scrollable-region-focusable"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), `axe op ${label}`).toEqual([]);
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




export const worksheetTest = test.extend<{ visie: VisiePage; werkboek: WerkboekPage }>({
  visie: async ({ page }, use) => {
    await use(new VisiePage(page));
  },
  werkboek: async ({ page }, use) => {
    await use(new WerkboekPage(page));
  },
});

/** Opens a fresh browser profile, imports a werkboek file there, and returns the page (close its context when done). */
export async function importIntoFreshProfile(browser: import("@playwright/test").Browser, json: string | object) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const werkboek = new WerkboekPage(page);
  await werkboek.goto();
  await werkboek.importFile("werkboek.raadskompas.json", typeof json === "string" ? json : JSON.stringify(json));
  await expect(page.getByText("is geïmporteerd")).toBeVisible();
  return { page, context };
}

/** The text of a PDF (e.g. from `page.pdf()`), whitespace squashed, read with the app's own pdf.js reader. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const { extractText } = await import("../../src/lib/raadsvoorstel/extract.ts");
  return (await extractText(new Uint8Array(pdf), "afdruk.pdf")).replace(/\s+/g, " ");
}

/** A werkboek file with something in every worksheet, for tests that need user data on every page. */
export function filledWerkboekJson(name = "Gevuld"): string {
  const now = new Date().toISOString();
  return JSON.stringify({
    format: "raadskompas-werkboek",
    version: 3,
    id: `wb-${name.toLowerCase().replace(/\W+/g, "-")}`,
    name,
    createdAt: now,
    updatedAt: now,
    visie: {
      waarden: [
        { id: "w1", name: "Rechtvaardigheid", meaning: "Iedereen doet mee, ook wie weinig heeft.", top: true },
        { id: "w2", name: "Zelfredzaamheid", meaning: "Inwoners houden zelf de regie.", top: true },
      ],
      principes: [{ id: "p1", title: "Dichtbij huis", onderbouwing: "Hulp in de wijk is sneller en goedkoper.", meetlat: "Bij inkoop kiezen we aanbod in de wijk." }],
      resultaten: [
        { id: "r1", doelgroep: "jongeren tussen 16 en 23 jaar", verandering: "een startkwalificatie heeft", target: 90, unit: "procent", baseline: "82%", year: 2028, bron: "CBS" },
        { id: "r2", doelgroep: "mantelzorgers", verandering: "zich gesteund voelt", target: 75, unit: "procent", baseline: "60%", year: 2029, bron: "Monitor" },
      ],
      koppelingen: [{ id: "k1", waardeId: "w1", principeId: "p1", onderbouwing: "Dichtbij helpt iedereen mee te doen.", resultaatId: "r1" }],
      kwaliteitseisen: [{ id: "q1", text: "Een wijkteam reageert binnen vijf werkdagen.", principeIds: ["p1"] }],
    },
    preventie: {
      keuzes: { beschermen: { doelgroepen: "Alle kinderen op de basisschool", effect: "Minder schooluitval door vroege steun" } },
      evaluatie: {},
    },
    staalkaartNotities: {
      wmo: { taken: { "beleidsplan-vaststellen": { vastgesteldOp: "12 maart 2024", evaluatieGepland: "najaar 2026", openVragen: "", notities: "" } }, notities: "Vraag naar de wachttijden.", vragenCollege: "" },
    },
  });
}

/** Scrolls every island that waits for `client:visible` into view, and waits until all have hydrated. */
export async function hydrateAll(page: Page) {
  // An island is `display: contents` and has no box of its own: Playwright cannot scroll to it, and
  // `client:visible` watches its children. So scroll the first waiting island's first child into view, one island per round.
  await expect.poll(async () => {
    const waiting = await page.locator("astro-island[ssr]").count();
    if (waiting > 0) {
      await page.evaluate(() => {
        const island = document.querySelector("astro-island[ssr]");
        (island?.firstElementChild ?? island)?.scrollIntoView({ block: "center" });
      });
    }
    return waiting;
  }, { timeout: 30_000 }).toBe(0);
}
