/**
 * Issue 24: /leeratelier/voorbereiden/ keeps what the griffier types, like every worksheet: after a
 * reload (at once or a little later) and after closing the tab (at once or after a moment). A hard
 * crash is in crash.spec.ts.
 */
import type { BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

const PATH = "/leeratelier/voorbereiden/";

async function open(page: Page) {
  await page.goto(PATH);
  await expect(page.getByLabel("Titel van de bijeenkomst")).toBeEditable();
  await expect(page.locator("astro-island[ssr]")).toHaveCount(0);
}

/** Title, a part switched on and the fracties: every kind of field on the form. */
async function fill(page: Page, title: string) {
  await page.getByLabel("Titel van de bijeenkomst").pressSequentially(title, { delay: 15 });
  await page.getByLabel(/Koerskaart preventie/).check();
  await page.getByLabel("Fracties, één per regel (mag leeg blijven)").fill("VVD\nCDA");
}

async function expectKept(page: Page, title: string) {
  await expect(page.getByLabel("Titel van de bijeenkomst")).toHaveValue(title);
  await expect(page.getByLabel(/Koerskaart preventie/)).toBeChecked();
  await expect(page.getByLabel("Fracties, één per regel (mag leeg blijven)")).toHaveValue("VVD\nCDA");
}

for (const wait of [0, 1500]) {
  test(`voorbereiden: herladen na ${wait} ms houdt alles wat je typte`, async ({ page }) => {
    await open(page);
    const title = `Leeratelier jeugd ${wait}`;
    await fill(page, title);
    if (wait) await page.waitForTimeout(wait);
    await page.reload();
    await expect(page.getByLabel("Titel van de bijeenkomst")).toBeEditable();
    await expectKept(page, title);
  });
}

async function closeAndReopen(context: BrowserContext, page: Page): Promise<Page> {
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await open(again);
  return again;
}

for (const wait of [0, 50, 200, 1000]) {
  test(`voorbereiden: het tabblad sluiten na ${wait} ms houdt alles wat je typte`, async ({ context }) => {
    const page = await context.newPage();
    await open(page);
    const title = `Avond over armoede ${wait}`;
    await fill(page, title);
    if (wait) await page.waitForTimeout(wait);
    const again = await closeAndReopen(context, page);
    await expectKept(again, title);
    // The download still works with what came back.
    const [dl] = await Promise.all([again.waitForEvent("download"), again.getByRole("button", { name: /Bijeenkomst downloaden/ }).click()]);
    const { readFile } = await import("node:fs/promises");
    const file = JSON.parse(await readFile(await dl.path(), "utf8")) as { title: string; fracties: string[]; onderdelen: string[] };
    expect(file.title).toBe(title);
    expect(file.fracties).toEqual(["VVD", "CDA"]);
    expect(file.onderdelen).toContain("preventie");
  });
}
