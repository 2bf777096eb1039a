import type { Page } from "@playwright/test";
import { expect, filledWerkboekJson, hydrateAll, importIntoFreshProfile, pdfText, sitemapPaths, test, WerkboekPage } from "./fixtures.ts";

/**
 * Printing: every page prints its own content (not just header and footer), an empty worksheet prints
 * as a paper worksheet, and "Afdrukken of PDF" prints the document that Markdown and Word contain.
 */

/** Replaces the print dialog with a counter, so a test can print to PDF right after the button. */
async function stubPrint(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
}

/** The page as printed: the PDF text, and the first heading that is visible in print. */
async function printed(page: Page) {
  await page.emulateMedia({ media: "print" });
  const { heading, main } = await page.locator("main").evaluate((el) => {
    const h = [...el.querySelectorAll("h1, h2, h3")].find((x) => x.getClientRects().length > 0);
    return { heading: (h?.textContent ?? "").replace(/\s+/g, " ").trim(), main: (el as HTMLElement).innerText.replace(/\s+/g, " ").trim() };
  });
  const text = await pdfText(await page.pdf({ format: "A4" }));
  await page.emulateMedia({ media: "screen" });
  return { heading, main, text };
}

async function expectPrintsContent(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  // Islands further down hydrate when seen; scroll so their print document exists too.
  await hydrateAll(page);
  const { heading, main, text } = await printed(page);
  expect(heading, `${path}: een kop in <main> is zichtbaar bij afdrukken`).not.toBe("");
  expect(main.length, `${path}: <main> heeft tekst bij afdrukken`).toBeGreaterThan(150);
  // A heading with a hyphen may wrap after it; the PDF text then has a space there.
  expect(text.replace(/-\s+/g, "-"), `${path}: de pdf bevat de inhoud van de pagina`).toContain(heading);
}

test("every page in the sitemap prints its content, without and with user data", async ({ page, browser }) => {
  test.setTimeout(300_000);
  const paths = (await sitemapPaths(page)).filter((p) => !p.startsWith("/zoeken"));
  for (const path of paths) await expectPrintsContent(page, path);
  const { page: filled, context } = await importIntoFreshProfile(browser, filledWerkboekJson());
  for (const path of paths) await expectPrintsContent(filled, path);
  await context.close();
});

test("the koerskaart preventie prints the card and the worksheet (Ctrl+P), or only the worksheet (button)", async ({ page }) => {
  await stubPrint(page);
  await page.goto("/kennis/koerskaarten/preventie/");
  await page.getByRole("heading", { name: "Werkblad: onze koers voor preventie" }).scrollIntoViewIfNeeded();
  await expect(page.locator(".rk-savebar__status")).toContainText("Bewaard");
  const whole = (await printed(page)).text;
  expect(whole).toContain("Drie vormen van preventie");
  expect(whole).toContain("Onze keuzes per niveau");
  await page.getByRole("button", { name: "Afdrukken of PDF" }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  const part = (await printed(page)).text;
  expect(part).toContain("Onze keuzes per niveau");
  expect(part).not.toContain("Drie vormen van preventie");
});

test("an empty worksheet prints its questions with room to write, not 'Nog niet ingevuld'", async ({ page }) => {
  await page.goto("/visie/");
  await expect(page.locator(".rk-savebar__status")).toContainText("Bewaard");
  const { text } = await printed(page);
  expect(text).not.toContain("Nog niet ingevuld");
  for (const q of ["Waarde 1: wat betekent die voor jou?", "Onderbouwing: waarom leidt dit tot betere resultaten voor inwoners?", "Gewenste verandering", "Wie betrek je?"]) expect(text).toContain(q);
});

test("a staalkaart with notes prints the card and the notes", async ({ browser }) => {
  const { page, context } = await importIntoFreshProfile(browser, filledWerkboekJson("Notities"));
  await page.goto("/kennis/staalkaarten/wmo/");
  await page.locator("#mijn-notities").scrollIntoViewIfNeeded();
  await expect(page.locator(".rk-savebar__status")).toContainText("Bewaard");
  const { text } = await printed(page);
  expect(text).toContain("Rol van de gemeenteraad");
  expect(text).toContain("Vraag naar de wachttijden.");
  await context.close();
});

test("'Afdrukken of PDF' on /werkboek/ prints the whole werkboek, like Markdown and Word", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await stubPrint(page);
  const werkboek = new WerkboekPage(page);
  await werkboek.goto();
  await werkboek.importFile("gevuld.raadskompas.json", filledWerkboekJson("Heel"));
  await expect(page.getByText("is geïmporteerd")).toBeVisible();
  await werkboek.item("Heel").getByRole("button", { name: "Afdrukken of PDF" }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  const { text } = await printed(page);
  for (const part of ["Heel — werkboek", "Rechtvaardigheid", "Koerskaart preventie", "Minder schooluitval door vroege steun", "Notities bij de staalkaarten", "12 maart 2024"]) expect(text).toContain(part);
  expect(text).not.toContain("Mijn werkboeken");
  await context.close();
});
