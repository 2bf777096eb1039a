import type { Page } from "@playwright/test";
import { expect, expectLandmarksUnique, filledWerkboekJson, hydrateAll, importIntoFreshProfile, sitemapPaths, test } from "./fixtures.ts";

/** WCAG 1.4.10: at 320 CSS px wide, no page scrolls sideways; wide tables scroll in their own region. */
const NARROW = { width: 320, height: 640 };

/** Loads a page with every island hydrated (client:visible ones only load when scrolled to). */
async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  await hydrateAll(page);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The page's horizontal overflow, with the elements that stick out on the right, for a readable failure. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const culprits = [...document.querySelectorAll("body *")]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.right <= width + 0.5 || r.width === 0) return false;
        // Inside a scroll region it may be wide; the region itself may not.
        return !el.parentElement?.closest(".rk-table-scroll, .rk-proposal");
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} (${Math.round(el.getBoundingClientRect().right)}px)`);
    return { scroll: document.documentElement.scrollWidth, width, culprits };
  });
}

async function expectNoSidewaysScroll(page: Page, label: string) {
  const o = await overflow(page);
  expect(o.scroll, `${label}: pagina is ${o.scroll}px breed bij ${o.width}px; steekt uit: ${o.culprits.join(", ")}`).toBeLessThanOrEqual(o.width);
}

test.use({ viewport: NARROW });

test("every sitemap page fits 320 px: no sideways page scroll, the header search button in view, unique landmarks", async ({ page }) => {
  test.setTimeout(240_000);
  for (const path of await sitemapPaths(page)) {
    await open(page, path);
    await expectNoSidewaysScroll(page, path);
    const button = page.locator(".rk-header__search").getByRole("button", { name: "Zoeken" });
    const box = await button.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= NARROW.width, `${path}: knop Zoeken valt buiten beeld`).toBe(true);
    await expectLandmarksUnique(page, `${path} (320 px)`);
  }
});

test("every worksheet with content fits 320 px; wide tables scroll inside their own region", async ({ browser }) => {
  test.setTimeout(180_000);
  const { page, context } = await importIntoFreshProfile(browser, filledWerkboekJson("Smal"));
  await page.setViewportSize(NARROW);
  await expectNoSidewaysScroll(page, "/werkboek/ na import");
  for (const path of ["/visie/", "/kennis/koerskaarten/preventie/", "/kennis/staalkaarten/wmo/", "/werkboek/", "/sturing/raadsvoorstel-toets/"]) {
    await open(page, path);
    await expectNoSidewaysScroll(page, path);
  }
  // The waardemodel with a sheet open (the worked example fills every part).
  await open(page, "/informatie/waardemodel/");
  await page.getByRole("button", { name: "Voorbeeld laden" }).click();
  await expect(page.locator(".rk-wm-sheet-body, .rk-worksheet").first()).toBeVisible();
  await expectNoSidewaysScroll(page, "/informatie/waardemodel/ met voorbeeld");

  await open(page, "/kennis/koerskaarten/preventie/");
  const regions = page.locator(".rk-table-scroll");
  expect(await regions.count()).toBeGreaterThan(1);
  for (const region of await regions.all()) {
    const r = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, tab: el.getAttribute("tabindex"), name: el.getAttribute("aria-label"), inputs: el.querySelectorAll("input, textarea").length }));
    expect(r.client).toBeLessThanOrEqual(NARROW.width);
    // A region that scrolls can be reached with the keyboard: itself, or the fields inside it.
    if (r.scroll > r.client && r.inputs === 0) {
      expect(r.tab).toBe("0");
      expect(r.name).toBeTruthy();
    }
  }
  await context.close();
});
