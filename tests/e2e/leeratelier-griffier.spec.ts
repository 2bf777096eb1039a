import { readFileSync } from "node:fs";
import type { Download, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { expectAccessible, expect, test, WCAG_TAGS } from "./fixtures.ts";
import { sampleFiles } from "../fixtures/leeratelier.ts";

const read = async (d: Download) => readFileSync(await d.path(), "utf8");
const asFile = (name: string, text: string) => ({ name, mimeType: "application/json", buffer: Buffer.from(text) });

/** axe on the projectiestand alone: the page under it is checked elsewhere, and a whole-page run per slide is slow. */
async function expectDialogAccessible(page: Page, label: string) {
  const r = await new AxeBuilder({ page }).include(".rk-projectie").withTags(WCAG_TAGS).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), label).toEqual([]);
}

/** Prepares a bijeenkomst on /leeratelier/voorbereiden/ and returns the downloaded file. */
async function prepare(page: Page, title: string, soort: RegExp): Promise<string> {
  await page.goto("/leeratelier/voorbereiden/");
  await page.getByLabel("Titel van de bijeenkomst").fill(title);
  await page.getByLabel("Waarden of stellingen om te scoren").fill("Meer geld naar preventie\nHulp dichtbij huis");
  await page.getByRole("radio", { name: soort }).check();
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /downloaden/ }).click()]);
  return read(dl);
}

/** A bijdrage for a bijeenkomst, made on /leeratelier/bijdrage/ in the page's own profile. */
async function contribute(page: Page, bijeenkomst: string, naam: string, scores: [string, string]): Promise<string> {
  await page.goto("/leeratelier/bijdrage/");
  await page.getByLabel(/Bijeenkomst openen|Andere bijeenkomst openen/).setInputFiles(asFile("avond.raadskompas-bijeenkomst.json", bijeenkomst));
  await page.getByLabel("Naam of schuilnaam").fill(naam);
  const groups = page.getByRole("group", { name: /Meer geld naar preventie|Hulp dichtbij huis/ });
  await groups.nth(0).getByLabel(scores[0], { exact: true }).check();
  await groups.nth(1).getByLabel(scores[1], { exact: true }).check();
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Bijdrage downloaden" }).click()]);
  return read(dl);
}

test("instemming chosen when preparing is asked as agreement and reported as agreement; belang never is", async ({ page: first, browser }) => {
  let page = first;
  test.slow();
  const eens = await prepare(page, "Dialoogavond preventie", /Eens of oneens/);
  expect(JSON.parse(eens)).toMatchObject({ version: 2, vraagsoort: "instemming" });
  await page.goto("/leeratelier/bijdrage/");
  await page.getByLabel("Bijeenkomst openen").setInputFiles(asFile("a.json", eens));
  await expect(page.getByRole("group", { name: "Ben je het eens met: Meer geld naar preventie? (1 = helemaal oneens, 5 = helemaal eens)" })).toBeVisible();
  const files = [await contribute(page, eens, "Anna", ["5", "1"]), await contribute(page, eens, "Bram", ["1", "2"]), await contribute(page, eens, "Cor", ["5", "2"])];
  expect(JSON.parse(files[0] ?? "{}")).toMatchObject({ version: 2, vraagsoort: "instemming" });

  await page.goto("/leeratelier/samenbrengen/");
  await page.getByLabel("Kies bestanden").setInputFiles([asFile("bk.json", eens), ...files.map((t, i) => asFile(`b${i}.json`, t))]);
  await expect(page.getByRole("heading", { name: "Eens of oneens? (1 tot 5)" })).toBeVisible();
  const row = page.getByTestId("tabel-stellingen").getByRole("row", { name: /^Meer geld naar preventie/ });
  await expect(row.getByRole("img")).toHaveAttribute("aria-label", "1 oneens, 0 neutraal, 2 eens (van 3); verdeeld");
  await expect(page.getByTestId("legenda")).toContainText("links: oneens (1–2)");

  // The old file format (version 1) asked "Hoe belangrijk": it is shown as importance, in every view.
  const fresh = await browser.newContext();
  page = await fresh.newPage();
  await page.goto("/leeratelier/samenbrengen/");
  await page.getByLabel("Kies bestanden").setInputFiles(sampleFiles(6).map((f) => asFile(f.name, f.text)));
  await expect(page.getByTestId("aantal-bijdragen")).toContainText("6 bijdragen");
  await expect(page.getByRole("heading", { name: "Hoe belangrijk? (1 tot 5)" })).toBeVisible();
  await expect(page.getByTestId("tabel-stellingen")).not.toContainText(/\b(eens|oneens|verdeeld)\b/i);
  await expect(page.getByTestId("legenda")).toContainText("rechts: belangrijk (4–5)");
  await page.getByRole("button", { name: "Projectiestand starten" }).click();
  const dialog = page.getByRole("dialog", { name: "Projectiestand" });
  for (let i = 0; i < 12; i++) {
    if (await dialog.getByRole("heading", { name: /^Hoe belangrijk vind je/ }).count()) break;
    await page.keyboard.press("ArrowRight");
  }
  await expect(dialog.getByRole("heading", { name: /^Hoe belangrijk vind je/ })).toBeVisible();
  await expect(dialog).not.toContainText(/\b(eens|oneens|verdeeld)\b/i);
  await page.keyboard.press("Escape");
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "CSV (.csv)" }).click()]);
  const rows = (await read(csv)).trimEnd().split("\r\n").filter((r) => r.includes(";stelling;"));
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((r) => r.endsWith(";belang"))).toBe(true);
  await fresh.close();
});

test("projectiestand: every slide passes axe in both modes, the slide is not painted in the focus colour, and each bar has a legend", async ({ page }) => {
  // Axe on about eight kinds of slide, twice: minutes on a shared 2-core machine.
  test.setTimeout(600_000);
  await page.goto("/leeratelier/samenbrengen/");
  await page.getByLabel("Kies bestanden").setInputFiles(sampleFiles(4).map((f) => asFile(f.name, f.text)));
  await expect(page.getByTestId("aantal-bijdragen")).toContainText("4 bijdragen");
  for (const contrast of [false, true]) {
    await page.getByLabel("Hoog contrast in de projectiestand").setChecked(contrast);
    await page.getByRole("button", { name: "Projectiestand starten" }).click();
    const dialog = page.getByRole("dialog", { name: "Projectiestand" });
    const total = Number((await page.getByTestId("dia-nummer").innerText()).split("/")[1]);
    const seen = new Set<string>();
    expect(total).toBeGreaterThan(5);
    for (let i = 1; i <= total; i++) {
      await expect(page.getByTestId("dia-nummer")).toContainText(`${i} /`);
      const slide = page.getByTestId("dia");
      // The slide holds focus for the arrow keys; the yellow focus background must not cover it.
      await expect(slide).toBeFocused();
      const bg = await slide.evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(bg, `dia ${i}`).not.toBe("rgb(255, 221, 0)");
      if (await slide.locator("svg.rk-diverging").count()) await expect(slide.getByTestId("legenda")).toBeVisible();
      // axe once per kind of slide and state (a flag or not): a run takes seconds on a shared machine.
      const heading = (await slide.getByRole("heading").first().innerText()).split(/[:\s]/).slice(0, 2).join(" ");
      const kind = `${heading}|${await slide.locator(".rk-flag").count()}`;
      if (!seen.has(kind)) {
        seen.add(kind);
        await expectDialogAccessible(page, `projectiestand${contrast ? " hoog contrast" : ""}, dia ${i} (${kind})`);
      }
      if (i < total) await page.keyboard.press("ArrowRight");
    }
    // Title, top 3, table, a stelling with and without the flag, principes, resultaten with and without a tension.
    expect(seen.size, [...seen].join(", ")).toBeGreaterThanOrEqual(6);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
  }
});

test("a bijeenkomst is opened again and changed under the same id; a bijdrage for a re-prepared one names what differs", async ({ page, browser }) => {
  test.slow();
  // Submitting empty ties the error to the title field.
  await page.goto("/leeratelier/voorbereiden/");
  await page.getByRole("button", { name: /Bijeenkomst downloaden/ }).click();
  await expect(page.getByLabel("Titel van de bijeenkomst")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Titel van de bijeenkomst")).toHaveAccessibleDescription(/geef de bijeenkomst een titel/);

  const v1 = JSON.parse(await prepare(page, "Leeratelier jeugd", /Hoe belangrijk/));
  // The page keeps the bijeenkomst: after a reload it is open for changes.
  await page.reload();
  await expect(page.getByTestId("bestaande-bijeenkomst")).toContainText("Leeratelier jeugd");
  await expect(page.getByLabel("Titel van de bijeenkomst")).toHaveValue("Leeratelier jeugd");
  await page.getByLabel("Startvraag of voorbeeld").fill("Wat maakt een wijk veilig om op te groeien?");
  await page.getByLabel("Waarden of stellingen om te scoren").fill("Meer geld naar preventie\nHulp dichtbij huis\nSamen met scholen");
  await expectAccessible(page, "/leeratelier/voorbereiden/ bestaande bijeenkomst");
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /Aangepaste bijeenkomst downloaden/ }).click()]);
  const v2 = JSON.parse(await read(dl));
  expect([v2.id, v2.createdAt, v2.revisie]).toEqual([v1.id, v1.createdAt, 2]);
  expect(v2.stellingen).toContain("Samen met scholen");

  // In another browser the griffier opens the file to change it.
  const other = await browser.newContext();
  const op = await other.newPage();
  await op.goto("/leeratelier/voorbereiden/");
  await op.getByLabel(/Bestaande bijeenkomst openen/).setInputFiles(asFile("jeugd.raadskompas-bijeenkomst.json", JSON.stringify(v2)));
  await expect(op.getByTestId("bestaande-bijeenkomst")).toContainText("nu versie 2");
  await expect(op.getByLabel("Startvraag of voorbeeld")).toHaveValue("Wat maakt een wijk veilig om op te groeien?");
  await other.close();

  // A bijdrage made on the first version still fits the second.
  const anna = await contribute(page, JSON.stringify(v1), "Anna", ["4", "3"]);
  // Preparing anew (not opening) gives a new file with the same title.
  await page.goto("/leeratelier/voorbereiden/");
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Nieuwe bijeenkomst beginnen" }).click();
  await expect(page.getByLabel("Titel van de bijeenkomst")).toHaveValue("");
  const anew = await prepare(page, "Leeratelier jeugd", /Hoe belangrijk/);
  const bram = await contribute(page, anew, "Bram", ["2", "5"]);

  await page.goto("/leeratelier/samenbrengen/");
  await page.getByLabel("Kies bestanden").setInputFiles([asFile("jeugd-v2.json", JSON.stringify(v2)), asFile("anna.json", anna), asFile("bram.json", bram)]);
  await expect(page.getByTestId("aantal-bijdragen")).toContainText("1 bijdrage");
  await expect(page.locator(".rk-filereports li").filter({ hasText: "anna.json" })).toContainText("Gemaakt bij versie 1 van de bijeenkomst; nu is het versie 2");
  const refused = page.locator(".rk-filereports--fout").filter({ hasText: "bram.json" });
  await expect(refused).toContainText("Verschil: voorbereid op");
  await expect(refused).toContainText("opnieuw is voorbereid in plaats van geopend en aangepast");
});
