import { expect, test } from "./fixtures.ts";

test("after the first visit the site works offline, worksheets included", async ({ page, context }) => {
  await page.goto("/");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The service worker precaches the whole build on install; wait until a page is in its cache.
  await expect.poll(() => page.evaluate(async () => Boolean(await caches.match("/kennis/staalkaarten/wmo/"))), { timeout: 15_000 }).toBe(true);
  await context.setOffline(true);
  await page.goto("/kennis/staalkaarten/wmo/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Wet maatschappelijke ondersteuning");
  await page.goto("/visie/");
  await page.getByRole("button", { name: "Leidend principe toevoegen" }).click();
  await page.getByLabel("Leidend principe 1").fill("Offline geschreven");
  await expect(page.locator(".rk-savebar__status")).toContainText("Bewaard in deze browser");
  await page.goto("/zoeken/?q=mantelzorg");
  await expect(page.locator(".rk-search-results__item").first()).toBeVisible();
  const missing = await page.goto("/bestaat-niet/");
  expect(missing?.status(), "an unknown page is a 404 offline too").toBe(404);
  await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
  await context.setOffline(false);
});
