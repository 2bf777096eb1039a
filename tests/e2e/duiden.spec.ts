import { readFile } from "node:fs/promises";
import { unzipBytes } from "../zip.ts";
import type { Locator, Page } from "@playwright/test";
import { expect, expectAccessible, importIntoFreshProfile, test, WerkboekPage, WorksheetPage } from "./fixtures.ts";
import { WSJG_JEUGDHULP } from "../fixtures/duiden.ts";

/** The chart on screen; the worksheet also holds a copy for print, inside the print document. */
const CHART = "figure.rk-chart:not(.rk-print-document figure)";

/** Page object for /informatie/duiden/. */
class DuidenPage extends WorksheetPage {
  constructor(page: Page) {
    super(page, "/informatie/duiden/");
  }
  get paste() {
    return this.page.getByLabel("Plak of typ je tabel");
  }
  get title() {
    return this.page.getByLabel("Waar gaan deze cijfers over?");
  }
  get chart() {
    return this.page.locator(`${CHART} svg[role='img']`);
  }
  question(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }
  button(name: string) {
    return this.page.getByRole("button", { name, exact: true });
  }
}

const dTest = test.extend<{ du: DuidenPage }>({
  du: async ({ page }, use) => {
    await use(new DuidenPage(page));
  },
});
// Each test walks a whole flow (paste, chart, exports, axe, a second profile); on a busy machine that takes a while.
dTest.slow();

async function tabTo(page: Page, target: Locator, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`niet bereikt met Tab binnen ${max} keer`);
}

dTest("paste a table, see a chart with its data table, answer, reload, export Word with the chart as a picture, import elsewhere", async ({ du, page, browser }) => {
  await du.goto();
  await du.title.fill("Jongeren met jeugdhulp");
  await du.paste.fill(WSJG_JEUGDHULP);
  await du.button("Tabel lezen").click();
  await expect(du.chart).toBeVisible();
  await expect(page.getByText("onbekend, niet als 0")).toBeVisible();
  // The data table toggle shows every figure, and the hidden one as "onbekend".
  await page.locator(`${CHART} summary`).click();
  const table = page.locator(`${CHART} table`);
  await expect(table).toContainText("12,4");
  await expect(table.getByRole("row", { name: /2023/ })).toContainText("onbekend");
  await expect(du.chart.locator("desc")).toContainText("van 12,4 in 2021 naar 12,9 in 2022");

  await du.question("Wat zien we?").fill("Meer jongeren met jeugdhulp dan in Nederland.");
  await du.question("Welke vraag stellen we aan het college?").fill("Wat verklaart het verschil met Nederland?");
  await du.saved();
  await expectAccessible(page, "duiden met grafiek");

  await page.reload();
  await du.saved();
  await expect(du.question("Wat zien we?")).toHaveValue("Meer jongeren met jeugdhulp dan in Nederland.");
  await expect(du.chart).toBeVisible();

  const [docx] = await Promise.all([page.waitForEvent("download"), du.button("Word (.docx)").click()]);
  const zip = unzipBytes(await readFile(await docx.path()));
  const media = [...zip.keys()].filter((f) => f.startsWith("word/media/"));
  expect(media.length, "the chart is in the Word file as a picture").toBe(1);
  expect(zip.get(media[0] ?? "")?.subarray(1, 4).toString()).toBe("PNG");
  const xml = zip.get("word/document.xml")?.toString("utf8") ?? "";
  expect(xml).toContain("<w:drawing>");
  expect(xml).toContain("Wat verklaart het verschil met Nederland?");

  const [md] = await Promise.all([page.waitForEvent("download"), du.button("Markdown (.md)").click()]);
  const text = await readFile(await md.path(), "utf8");
  expect(text).toContain("| 2021 | 12,4 | 9,7 |");

  const werkboek = new WerkboekPage(page);
  await werkboek.goto();
  const json = await werkboek.exportJson("Mijn werkboek");
  const fresh = await importIntoFreshProfile(browser, json);
  await fresh.page.goto("/informatie/duiden/");
  await expect(fresh.page.getByLabel("Waar gaan deze cijfers over?")).toHaveValue("Jongeren met jeugdhulp");
  await expect(fresh.page.locator(`${CHART} svg[role='img']`)).toBeVisible();
  await fresh.context.close();
});

dTest("keyboard only: paste, read and answer without a mouse", async ({ du, page }) => {
  await du.goto();
  await tabTo(page, du.paste);
  await page.keyboard.insertText("Jaar;Aantal\n2021;120\n2022;135\n2023;x");
  await page.keyboard.press("Tab");
  await expect(du.button("Tabel lezen")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(du.chart).toBeVisible();
  // A radio group is one Tab stop; the arrow keys choose within it.
  await tabTo(page, page.getByRole("radio", { name: /Lijn/ }));
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: /Staven/ })).toBeChecked();
  await expect(du.chart.locator("desc")).toContainText("Staafgrafiek");
  // The comparison band with a group typed by hand.
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: /Vergelijking/ })).toBeChecked();
  await tabTo(page, page.getByText("Staat de groep niet in je tabel?"));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByLabel("2021: laagste in de groep"));
  await page.keyboard.type("100,5");
  await page.keyboard.press("Tab");
  await page.keyboard.type("150");
  await page.getByLabel("Naam van de vergelijkingsgroep").fill("Grootteklasse");
  await expect(page.getByLabel("2021: laagste in de groep")).toHaveValue("100,5");
  await expect(du.chart.locator("desc")).toContainText("De grijze band is Grootteklasse: van 100,5 tot 150.");
  await tabTo(page, du.question("Wat zien we?"));
  await page.keyboard.type("Een stijging.");
  await du.saved();
});

dTest("unclear columns are asked; a file that is too big gets a message and changes nothing", async ({ du, page }) => {
  await du.goto();
  await du.paste.fill("Eerste\tTweede\tKlanten\nNoord\tA\t12\nZuid\tB\t15");
  await du.button("Tabel lezen").click();
  const columns = page.getByRole("group", { name: "Wat staat er in elke kolom?" });
  await expect(columns).toBeVisible();
  await expect(du.chart).toHaveCount(0);
  await columns.getByLabel('! Kolom "Tweede"').selectOption({ label: "Niet gebruiken" });
  await columns.getByLabel('! Kolom "Eerste"').selectOption({ label: "Onderwerp of categorie" });
  await du.button("Gebruik deze kolommen").click();
  await expect(du.chart).toBeVisible();
  await expectAccessible(page, "kolommen kiezen");

  await page.getByLabel(/Of open een CSV-bestand/).setInputFiles({ name: "groot.csv", mimeType: "text/csv", buffer: Buffer.alloc(5 * 1024 * 1024 + 100, "1;2\n") });
  await expect(page.getByRole("alert").filter({ hasText: "te groot" })).toBeVisible();
  await expect(du.chart).toBeVisible();
});

dTest("the example set sorts the seed's years and says so", async ({ du, page }) => {
  await du.goto();
  await du.button("Voorbeeld laden").click();
  await expect(page.getByText("volgorde 2019, 2018, 2021, 2022")).toBeVisible();
  await page.locator(`${CHART} summary`).click();
  const rows = page.locator(`${CHART} tbody th`);
  await expect(rows).toHaveText(["2018", "2019", "2021", "2022"]);
  await du.saved();
  // At 320 px wide the chart shrinks and its table scrolls in its own box, so neither widens the page.
  await page.setViewportSize({ width: 320, height: 800 });
  const right = await page.locator(CHART).evaluate((f) => Math.max(f.getBoundingClientRect().right, ...[...f.querySelectorAll("svg, .rk-table-scroll")].map((e) => e.getBoundingClientRect().right)));
  expect(right).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 720 });
  // On paper the worksheet prints as its document, with the chart in it.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".rk-print-document figure.rk-chart svg")).toBeVisible();
  await expect(page.locator(".rk-print-document")).toContainText("Alle cijfers");
  await page.emulateMedia({ media: "screen" });

  // A maatschappelijk resultaat in the visie links to the sheet and shows its latest figure and trend.
  await page.goto("/visie/");
  await page.getByRole("button", { name: "Maatschappelijk resultaat toevoegen" }).click();
  await page.getByLabel("Cijfers uit een werkblad cijfers duiden").selectOption({ label: "Voorbeeld: Wmo-voorzieningen in Borger-Odoorn" });
  await expect(page.locator("[data-resultaat-stand]")).toContainText("Laatste cijfer van Begeleiding · inwoners: 336 (2022). Het daalt: in 2021 was het 377.");
  await expectAccessible(page, "visie met gekoppelde cijfers");
  await page.locator("[data-resultaat-stand]").getByRole("link", { name: "Open dit werkblad" }).click();
  await expect(page.getByRole("heading", { name: "Voorbeeld: Wmo-voorzieningen in Borger-Odoorn", level: 2 })).toBeVisible();
});

test("content page: a static chart rendered at build time, with its data table and sources", async ({ page }) => {
  await page.goto("/informatie/cijfers-lezen/");
  const svg = page.locator(`${CHART} svg[role='img']`);
  await expect(svg).toBeVisible();
  await expect(svg.locator("title")).toHaveText("Voorbeeld: Wmo-voorzieningen in Borger-Odoorn");
  await page.locator(`${CHART} summary`).click();
  await expect(page.locator(`${CHART} tbody th`).first()).toHaveText("2018");
  await expect(page.getByRole("heading", { name: "Bronnen" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/informatie/");
  await expect(page.getByRole("link", { name: "Cijfers duiden" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Bronnen voor de raad" })).toBeVisible();
  await expectAccessible(page);
  // The cards are in the site search, deep-linked to their section.
  await page.goto("/zoeken/?q=beleidsindicatoren");
  await expect(page.locator(".rk-search-results__item").first().getByRole("link")).toHaveAttribute("href", /^\/informatie\/bronnen\/#/);
});

test("a CSV file too large to read names the same limit as a pasted table", async ({ page }) => {
  const du = new DuidenPage(page);
  await du.goto();
  await page.getByLabel(/Of open een CSV-bestand/).setInputFiles({ name: "groot.csv", mimeType: "text/csv", buffer: Buffer.alloc(6 * 1000 * 1000, "1;2\n") });
  const alert = page.getByRole("alert").filter({ hasText: "te groot" });
  await expect(alert).toContainText("Dit bestand is te groot: 6 MB.");
  await expect(alert).toContainText("Het werkblad kan tabellen tot 1 MB aan.");
});
