import { expectAccessible, expect, sitemapPaths, test, trackForeignRequests } from "./fixtures.ts";

const STAALKAARTEN = ["wmo", "participatiewet", "jeugdwet", "wgs", "wlz", "zvw"];
const PARTS = ["Doelen van de wet", "Verantwoordelijkheid gemeente", "In de praktijk", "Financiering", "Rol van de gemeenteraad"];

test("every page in the sitemap renders in Dutch, passes axe, and only talks to its own origin", async ({ page, baseURL }) => {
  // About ten seconds a page on a busy CI machine (axe plus every link), and the site keeps growing.
  test.setTimeout(420_000);
  const paths = await sitemapPaths(page);
  expect(paths.length).toBeGreaterThanOrEqual(14);
  const foreign = trackForeignRequests(page, baseURL ?? "");
  const brokenLinks: string[] = [];
  const checked = new Set<string>();
  for (const path of paths) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page.getByRole("link", { name: "Naar de inhoud" })).toBeAttached();
    await expect(page.locator("h1:visible")).toHaveCount(1);
    await page.waitForLoadState("networkidle");
    await expectAccessible(page, path);
    for (const href of await page.locator("a[href^='/']").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))) {
      const target = href.split("#")[0] ?? "";
      if (!target || checked.has(target)) continue;
      checked.add(target);
      const r = await page.request.get(target);
      if (r.status() !== 200) brokenLinks.push(`${path} → ${href} (${r.status()})`);
    }
  }
  expect(brokenLinks).toEqual([]);
  expect(foreign).toEqual([]);
});

test("each staalkaart shows all five parts in its table of contents, the council's tasks and related cards", async ({ page }) => {
  for (const id of STAALKAARTEN) {
    await page.goto(`/kennis/staalkaarten/${id}/`);
    const toc = page.getByRole("navigation", { name: "Op deze kaart" });
    for (const part of PARTS) {
      await expect(toc.getByRole("link", { name: part })).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: part })).toBeVisible();
    }
    await expect(page.getByRole("heading", { name: /Taken van de raad/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Verwante staalkaarten" })).toBeVisible();
    await expect(page.locator(".rk-stand")).toHaveText(/^Stand van zaken: \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) 20\d\d\./);
    const bronnen = page.getByRole("region", { name: "Bronnen" });
    await expect(bronnen.getByRole("heading", { level: 2, name: "Bronnen" })).toBeVisible();
    expect(await bronnen.getByRole("link").count(), id).toBeGreaterThan(0);
    await expect(bronnen.getByText(/geraadpleegd op \d{1,2} \p{L}+ 20\d\d/u).first()).toBeVisible();
  }
});

test("the staalkaart index shows each law's full name next to its short name", async ({ page }) => {
  await page.goto("/kennis/staalkaarten/");
  const wmo = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Wmo 2015" }) });
  await expect(wmo.getByText("Wet maatschappelijke ondersteuning 2015")).toBeVisible();
});

test("the koerskaart shows its stand and sources", async ({ page }) => {
  await page.goto("/kennis/koerskaarten/preventie/");
  await expect(page.locator(".rk-stand")).toContainText("Stand van zaken:");
  await expect(page.getByRole("region", { name: "Bronnen" }).getByRole("link").first()).toBeVisible();
});

test("the koerskaart preventie shows its parts", async ({ page }) => {
  await page.goto("/kennis/koerskaarten/preventie/");
  for (const part of ["Wat is preventie", "Drie vormen van preventie", "Wettelijke verantwoordelijkheden", "Preventiematrix", "Evalueren en bijsturen"]) {
    await expect(page.getByRole("heading", { level: 2, name: part })).toBeVisible();
  }
});

test("the koerskaarten beside preventie show their parts, stand, sources and a keuzematrix", async ({ page }) => {
  const parts = ["Waar gaat het om", "Waarom sturen lastig is", "Wetten en taken", "Wat moet en wat mag", "Cijfers om te vragen", "Agenderen en evalueren", "Keuzematrix"];
  for (const id of ["armoede-en-schulden", "veilig-opgroeien", "eenzaamheid-en-meedoen", "langer-thuis-wonen"]) {
    await page.goto(`/kennis/koerskaarten/${id}/`);
    const toc = page.getByRole("navigation", { name: "Op deze kaart" });
    for (const part of parts) {
      await expect(toc.getByRole("link", { name: part, exact: true })).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: part, exact: true })).toBeVisible();
    }
    await expect(page.locator(".rk-stand")).toHaveText(/^Stand van zaken: 1 januari 2026\./);
    await expect(page.getByRole("region", { name: /^Tabel: Keuze, Moet het\?, Wat de raad kiest$/ })).toBeVisible();
    await expect(page.getByRole("region", { name: /^Tabel: (Doelgroep|Leeftijd), / })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Verwante staalkaarten" })).toBeVisible();
    const bronnen = page.getByRole("region", { name: "Bronnen" });
    expect(await bronnen.getByRole("link").count(), id).toBeGreaterThan(5);
  }
  // The overview lists all five koerskaarten from the collection.
  await page.goto("/kennis/");
  for (const title of ["Koerskaart preventie", "Koerskaart armoede en schulden", "Koerskaart veilig opgroeien", "Koerskaart eenzaamheid en meedoen", "Koerskaart langer thuis wonen"]) {
    await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
  }
});

test("skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/kennis/staalkaarten/wmo/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Naar de inhoud" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#inhoud$/);
  await expect(page.locator("main")).toBeFocused();
});

test("print stylesheet turns a staalkaart into a handout without navigation", async ({ page }) => {
  await page.goto("/kennis/staalkaarten/jeugdwet/");
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Op deze kaart" })).toBeHidden();
  await expect(page.locator(".rk-header__search")).toBeHidden();
  await expect(page.getByRole("heading", { level: 2, name: "Financiering" })).toBeVisible();
  // The handout says which date it describes and what it rests on, with the address of each source.
  await expect(page.locator(".rk-stand")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Bronnen" })).toBeVisible();
  const after = await page.locator(".rk-bronnen a").first().evaluate((a) => getComputedStyle(a, "::after").content);
  expect(after).toContain("https://");
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
