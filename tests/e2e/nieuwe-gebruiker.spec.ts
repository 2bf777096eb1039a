import { writeFile } from "node:fs/promises";
import { expect, expectLandmarksUnique, filledWerkboekJson, hydrateAll, importIntoFreshProfile, sitemapPaths, test, WerkboekPage } from "./fixtures.ts";

/** What a new user runs into: worksheet details, backups, jumps under the save bar, import on a phone, numbers, home, search. */

test("koppeltabel: results are told apart, the sentence uses the year, hint and label read right", async ({ browser }) => {
  const { page, context } = await importIntoFreshProfile(browser, filledWerkboekJson("Koppel"));
  await page.goto("/visie/");
  await expect(page.locator(".rk-sentence").first()).toHaveText("In 2028 hebben we bereikt dat 90% van de jongeren tussen 16 en 23 jaar een startkwalificatie heeft.");
  const options = await page.getByLabel("Maatschappelijk resultaat").first().locator("option").allTextContents();
  const real = options.filter((o) => o.startsWith("Resultaat"));
  expect(real).toEqual(["Resultaat 1: 90% van de jongeren tussen 16 en 23 jaar een startkwalificatie heeft (2028)", "Resultaat 2: 75% van de mantelzorgers zich gesteund voelt (2029)"]);
  // The hint's example fits after "dat …" (verb last).
  await expect(page.getByText("bijvoorbeeld: een startkwalificatie heeft").first()).toBeVisible();
  // The explanation says the onderbouwing explains why the principe leads to the resultaat; so does the label.
  await expect(page.getByText("waarom dat principe tot dat resultaat leidt")).toBeVisible();
  await expect(page.getByLabel("Onderbouwing: waarom leidt Dichtbij huis tot resultaat 1?")).toBeVisible();
  await context.close();
});

test("result fields sit at most two in a row on a wide screen", async ({ browser }) => {
  const { page, context } = await importIntoFreshProfile(browser, filledWerkboekJson("Breed"));
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto("/visie/");
  const grid = page.locator("#stap-resultaten .rk-grid-2").first();
  await expect(grid).toBeVisible();
  const xs = await grid.evaluate((g) => [...new Set([...g.children].map((c) => Math.round(c.getBoundingClientRect().left)))]);
  expect(xs.length).toBeLessThanOrEqual(2);
  await context.close();
});

test("after deleting an item, focus moves to the next item, then to the add button", async ({ browser }) => {
  // A fresh profile, two worksheet pages and their hydration: slow on a busy 2-core CI machine.
  test.slow();
  const { page, context } = await importIntoFreshProfile(browser, filledWerkboekJson("Focus"));
  await page.goto("/visie/");
  await page.getByRole("button", { name: "Verwijder waarde Rechtvaardigheid" }).click();
  await expect(page.getByLabel("Waarde 1", { exact: true })).toBeFocused();
  await expect(page.getByLabel("Waarde 1", { exact: true })).toHaveValue("Zelfredzaamheid");
  await page.getByRole("button", { name: "Verwijder waarde Zelfredzaamheid" }).click();
  await expect(page.getByRole("button", { name: "Eigen waarde toevoegen" })).toBeFocused();
  await page.goto("/kennis/koerskaarten/preventie/");
  await hydrateAll(page);
  const remove = page.getByRole("button", { name: /^Verwijder rij/ });
  await remove.last().click();
  await expect(page.getByRole("button", { name: "Doelgroep toevoegen" })).toBeFocused();
  await remove.first().click();
  await expect(page.locator("td textarea, th input").first()).toBeFocused();
  await context.close();
});

test("downloading the werkboek file from /visie/ counts as a backup on /werkboek/ and home", async ({ page }) => {
  await page.goto("/visie/");
  await expect(page.locator(".rk-savebar__status")).toContainText("Bewaard");
  await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /Werkboek downloaden/ }).click()]);
  const werkboek = new WerkboekPage(page);
  await expect.poll(async () => {
    await werkboek.goto();
    return page.locator(".rk-werkboeken").innerText();
  }).toContain("laatste export");
  await expect(page.locator(".rk-werkboeken")).not.toContainText("nog nooit geëxporteerd");
  await page.goto("/");
  await expect(page.getByText("Laatste reservekopie")).toBeVisible();
  // And the werkboek still saves normally afterwards (the export did not look like someone else's edit).
  await page.goto("/visie/");
  await page.getByRole("button", { name: "Eigen waarde toevoegen" }).click();
  await expect(page.locator(".rk-savebar__status")).toContainText("Bewaard in deze browser");
});

test("on a phone, a jump to a step lands below the sticky save bar", async ({ browser }) => {
  const { page, context } = await importIntoFreshProfile(browser, filledWerkboekJson("Sprong"));
  await page.setViewportSize({ width: 390, height: 700 });
  await page.goto("/visie/");
  await page.locator("#stap-resultaten").scrollIntoViewIfNeeded();
  for (const [link, target] of [["Koppeltabel", "#kop-koppeltabel"], ["3 Resultaten", "#kop-resultaten"]] as const) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole("navigation", { name: "Stappen van de visie" }).getByRole("link", { name: new RegExp(`^${link}`) }).click();
    await page.waitForTimeout(300);
    const bar = await page.locator(".rk-savebar").boundingBox();
    const heading = await page.locator(target).boundingBox();
    expect(bar && heading, link).toBeTruthy();
    expect(heading!.y, `${link}: de kop valt niet onder de balk`).toBeGreaterThanOrEqual(bar!.y + bar!.height - 1);
    expect(heading!.y).toBeLessThan(700);
  }
  await context.close();
});

test("on a phone, the import confirmation is where the user is, and has focus", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 700 } });
  const page = await context.newPage();
  const werkboek = new WerkboekPage(page);
  await werkboek.goto();
  for (const name of ["Een", "Twee", "Drie"]) {
    await page.getByLabel("Naam van een nieuw werkboek").fill(name);
    await page.getByRole("button", { name: "Nieuw werkboek maken" }).click();
    await expect(werkboek.item(name)).toBeVisible();
  }
  await page.getByLabel("Kies een bestand").scrollIntoViewIfNeeded();
  await werkboek.importFile("mobiel.raadskompas.json", filledWerkboekJson("Mobiel"));
  const done = page.getByText('"Mobiel" is geïmporteerd.');
  await expect(done).toBeFocused();
  await expect(done).toBeInViewport();
  await context.close();
});

test("sizes are written the Dutch way (5,2 MB, never 5.2 MB)", async ({ page }) => {
  const werkboek = new WerkboekPage(page);
  await werkboek.goto();
  await expect(page.getByText(/Raadskompas gebruikt nu/)).toBeVisible();
  await expect(page.getByText(/Raadskompas gebruikt nu/)).toHaveText(/nu (\d+,\d MB|minder dan 0,1 MB) opslag/);
  await werkboek.importFile("groot.raadskompas.json", Buffer.alloc(Math.round(21.5 * 1024 * 1024), 32));
  await expect(werkboek.importError).toContainText("21,5 MB");
  // The APK refuses a proposal above 50 MB before reading it; the file is written to disk, as Playwright takes no buffer that large.
  const groot = test.info().outputPath("groot.txt");
  await writeFile(groot, Buffer.alloc(Math.round(50.5 * 1024 * 1024), 32));
  await page.goto("/sturing/raadsvoorstel-toets/apk/");
  await expect(page.locator("astro-island[ssr]")).toHaveCount(0);
  await page.getByLabel("Bestanden kiezen").setInputFiles(groot);
  await expect(page.locator("main")).toContainText("Te groot (50,5 MB)");
});

test("home gives one order: first a staalkaart, then the visie", async ({ page }) => {
  await page.goto("/");
  const status = page.locator("section[aria-labelledby='mijn-werkboek']");
  await expect(status).toContainText("nog geen werkboek");
  await expect(status).not.toContainText("Begin met de visie");
  const hrefs = await status.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(hrefs.slice(0, 2)).toEqual(["/kennis/staalkaarten/", "/visie/"]);
  const steps = page.locator("h2:has-text('Zo werk je ermee') + ol > li");
  await expect(steps.first()).toContainText("staalkaart");
  await expect(steps.nth(1)).toContainText("visie");
});

test("search finds the worksheets' guide texts and questions", async ({ page }) => {
  test.setTimeout(120_000);
  // Words from the worksheet guides (not on any card) that a raadslid looks for.
  for (const w of ["begroting", "wachtlijst", "waardemodel", "koppeltabel"]) {
    await page.goto(`/zoeken/?q=${encodeURIComponent(w)}`);
    await expect(page.locator(".rk-search-results__item").first(), `zoeken op ${w}`).toBeVisible();
  }
  await expect(page.locator(".rk-search-results__item a").first()).toHaveAttribute("href", "/visie/#stap-koppeltabel");
  // These appear once pages about them exist (Sturing); from then on search must find them too.
  for (const w of ["Wgr", "startnotitie"]) {
    let onSomePage = false;
    for (const path of await sitemapPaths(page)) {
      if (path.startsWith("/zoeken")) continue;
      const html = await (await page.request.get(path)).text();
      if (new RegExp(`\\b${w}\\b`, "i").test(html.replace(/<[^>]+>/g, " "))) onSomePage = true;
    }
    if (!onSomePage) continue;
    await page.goto(`/zoeken/?q=${encodeURIComponent(w)}`);
    await expect(page.locator(".rk-search-results__item").first(), `zoeken op ${w}`).toBeVisible();
  }
});

test("no two landmarks share a name on the waardemodel page with a sheet open (axe landmark-unique)", async ({ page }) => {
  // Every sitemap page gets the same check at 320 px in reflow.spec.ts.
  await page.goto("/informatie/waardemodel/");
  await page.getByRole("button", { name: "Voorbeeld laden" }).click();
  await expect(page.locator("#stap-kernwaarden")).toBeVisible();
  await expectLandmarksUnique(page, "/informatie/waardemodel/ met voorbeeld");
});
