import { expect, test } from "./fixtures.ts";

const CASES: [query: string, url: RegExp][] = [
  ["mantelzorg", /\/kennis\/staalkaarten\/wmo\/#mantelzorg/],
  ["mantelzorgers", /\/kennis\/staalkaarten\/wmo\/#mantelzorg/],
  ["vroegsignalering", /\/kennis\/staalkaarten\/wgs\/#vroegsignalering/],
  ["beschermd wonen", /\/kennis\/staalkaarten\/wmo\/#beschermd-wonen/],
  ["pgb", /\/kennis\/staalkaarten\/wmo\/#persoonsgebonden-budget/],
];

test("the header search works by keyboard alone and deep-links to the section", async ({ page, search }) => {
  await page.goto("/");
  await expect(page.locator(".rk-header__search astro-island")).not.toHaveAttribute("ssr", "");
  // Tab from the skip link to the search box.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(search.input).toBeFocused();
  await page.keyboard.type("mantelzorgers");
  await expect(search.options.first()).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await expect(search.options.first()).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/kennis\/staalkaarten\/wmo\/#mantelzorg/);
});

test("pressing Enter in the header search opens /zoeken/ with the query", async ({ page, search }) => {
  await page.goto("/kennis/");
  await expect(page.locator(".rk-header__search astro-island")).not.toHaveAttribute("ssr", "");
  await search.input.fill("eigen bijdrage");
  await search.input.press("Enter");
  await expect(page).toHaveURL(/\/zoeken\/\?q=eigen\+bijdrage/);
  await expect(page.locator(".rk-search-results__item").first()).toBeVisible();
});

for (const [query, url] of CASES) {
  test(`/zoeken/?q=${query} ranks the right section first, with the match highlighted`, async ({ page }) => {
    await page.goto(`/zoeken/?q=${encodeURIComponent(query)}`);
    const first = page.locator(".rk-search-results__item").first();
    await expect(first).toBeVisible();
    await expect(first.getByRole("link")).toHaveAttribute("href", url);
    await expect(page.locator(".rk-search-results mark").first()).toBeVisible();
  });
}

test("eigen bijdrage finds the eigen-bijdrage sections", async ({ page }) => {
  await page.goto("/zoeken/?q=eigen%20bijdrage");
  const hrefs = await page.locator(".rk-search-results__item a").evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute("href")));
  expect(hrefs.every((h) => /#(geen-)?eigen-bijdrage/.test(h ?? ""))).toBe(true);
});

test("a typo still finds its card: mantelzrog finds the Wmo's mantelzorg section, with the corrected word marked", async ({ page, search }) => {
  await page.goto("/zoeken/?q=mantelzrog");
  const first = page.locator(".rk-search-results__item").first();
  await expect(first.getByRole("link")).toHaveAttribute("href", /\/kennis\/staalkaarten\/wmo\/#mantelzorg/);
  await expect(first.locator("mark").first()).toHaveText(/^mantelzorg/i);
  // The header box uses the same search while typing.
  await search.input.fill("jeugwet");
  await expect(search.options.filter({ hasText: "Jeugdwet" }).first()).toBeVisible();
});

test("a query without results says so", async ({ page }) => {
  await page.goto("/zoeken/?q=xyzzyqq");
  await expect(page.getByText(/Geen resultaten voor "xyzzyqq"/)).toBeVisible();
});
