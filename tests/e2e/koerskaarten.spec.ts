import { readFileSync } from "node:fs";
import type { Browser, Download, Locator, Page } from "@playwright/test";
import { parse } from "yaml";
import { expect, expectAccessible, pdfText, test } from "./fixtures.ts";
import { unzipBytes } from "../zip.ts";
import { KOERSKAART_ONDERWERPEN, KOERSKAART_WERKBLADEN } from "../../src/vocabulary/koerskaartWerkbladen.ts";
import { ONDERDEEL_LABELS } from "../../src/vocabulary/onderdelen.ts";

/** The generic worksheet of the four koerskaarten beside preventie: kept, exported, printed, combined (issue 22). */

interface Gids {
  titel: string;
  matrix: { rijen: string[]; kolommen: { id: string; title: string }[] };
  keuzes: { id: string; title: string; vraag: string }[];
  evaluatievragen: { id: string; question: string }[];
}
const gids = (id: string) => parse(readFileSync(`content/werkbladen/${id}.yaml`, "utf8")) as Gids;
const read = async (d: Download) => readFileSync(await d.path());

/** Opens a card with its worksheet hydrated and the werkboek loaded. */
async function openSheet(page: Page, id: string): Promise<Locator> {
  await page.goto(`/kennis/koerskaarten/${id}/`);
  const sheet = page.locator(".rk-werkblad-section");
  await sheet.scrollIntoViewIfNeeded();
  await expect(sheet.locator(".rk-savebar__status")).toContainText("Bewaard");
  return sheet;
}

/** Types one koers, one matrix cell and one evaluation answer. */
async function fill(sheet: Locator, g: Gids, koers: string, cel: string, evaluatie?: string) {
  const keuze = g.keuzes[0]!;
  await sheet.getByRole("group", { name: new RegExp(`^${keuze.title} \\(`) }).getByLabel("Onze koers").fill(koers);
  await sheet.getByLabel(`${g.matrix.rijen[0]}, ${g.matrix.kolommen[0]!.title}`).fill(cel);
  if (evaluatie) await sheet.getByLabel(g.evaluatievragen[0]!.question).fill(evaluatie);
  await expect(sheet.locator(".rk-savebar__status")).toContainText("Bewaard in deze browser");
}

async function printedText(page: Page): Promise<string> {
  await page.emulateMedia({ media: "print" });
  const text = await pdfText(await page.pdf({ format: "A4" }));
  await page.emulateMedia({ media: "screen" });
  return text;
}

for (const id of KOERSKAART_WERKBLADEN) {
  const g = gids(id);
  const onderwerp = KOERSKAART_ONDERWERPEN[id];

  test(`${id}: the worksheet prints empty with room to write, keeps what is typed, exports to Markdown and Word, prints filled, axe clean, 320 px`, async ({ page }) => {
    test.slow();
    const sheet = await openSheet(page, id);
    await expect(sheet.getByRole("heading", { name: g.titel })).toBeVisible();
    // Empty: a paper worksheet with every keuze's question, not "Nog niet ingevuld".
    const blank = (await printedText(page)).replace(/-\s+/g, "-");
    expect(blank).toContain(g.keuzes[0]!.vraag);
    expect(blank).toContain(g.evaluatievragen[0]!.question);
    expect(blank).not.toContain("Nog niet ingevuld");

    const koers = `Koers voor ${onderwerp}: ambtshalve en dichtbij`;
    const cel = `Wat er al is voor ${g.matrix.rijen[0]}`;
    const antwoord = "Half: we bereiken nog niet iedereen";
    await fill(sheet, g, koers, cel, antwoord);
    await expect(sheet.getByRole("status").filter({ hasText: "vakken zijn nog leeg" })).toContainText(`${g.matrix.rijen.length * g.matrix.kolommen.length - 1} van ${g.matrix.rijen.length * g.matrix.kolommen.length}`);
    // A row added by keyboard takes its name at once.
    await sheet.getByRole("button", { name: "Rij toevoegen" }).focus();
    await page.keyboard.press("Enter");
    await expect(sheet.getByLabel(/Naam van de rij/).last()).toBeFocused();
    await page.keyboard.type("Statushouders");
    await expect(sheet.locator(".rk-savebar__status")).toContainText("Bewaard in deze browser");
    await expectAccessible(page, `/kennis/koerskaarten/${id}/ ingevuld`);

    await page.reload();
    const again = await openSheet(page, id);
    await expect(again.getByRole("group", { name: new RegExp(`^${g.keuzes[0]!.title} \\(`) }).getByLabel("Onze koers")).toHaveValue(koers);
    await expect(again.getByLabel(`${g.matrix.rijen[0]}, ${g.matrix.kolommen[0]!.title}`)).toHaveValue(cel);
    await expect(again.getByLabel(g.evaluatievragen[0]!.question)).toHaveValue(antwoord);
    await expect(again.getByLabel(/Naam van de rij/).last()).toHaveValue("Statushouders");

    const exports = again.getByRole("group", { name: /^Exporteren:/ });
    const [md] = await Promise.all([page.waitForEvent("download"), exports.getByRole("button", { name: "Markdown (.md)" }).click()]);
    expect(md.suggestedFilename()).toBe(`mijn-werkboek-koerskaart-${id}.md`);
    const markdown = (await read(md)).toString("utf8").replace(/\\([!-/:-@[-`{-~])/g, "$1");
    for (const part of [koers, cel, antwoord, "Statushouders", g.keuzes[0]!.title]) expect(markdown).toContain(part);
    const [docx] = await Promise.all([page.waitForEvent("download"), exports.getByRole("button", { name: "Word (.docx)" }).click()]);
    expect(docx.suggestedFilename()).toBe(`mijn-werkboek-koerskaart-${id}.docx`);
    const xml = (unzipBytes(new Uint8Array(await read(docx))).get("word/document.xml")?.toString("utf8") ?? "")
      .replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    for (const part of [koers, cel, antwoord, "Statushouders"]) expect(xml).toContain(part);

    const filled = await printedText(page);
    for (const part of [koers, antwoord, "Statushouders"]) expect(filled).toContain(part);

    // Where my werkboek stands, on the home page.
    await page.goto("/");
    await expect(page.locator("section[aria-labelledby=mijn-werkboek]")).toContainText("Koerskaarten: 1 van 5 werkbladen begonnen");

    await page.setViewportSize({ width: 320, height: 640 });
    await openSheet(page, id);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, "geen zijwaarts scrollen bij 320 px").toBeLessThanOrEqual(320);
  });

  test(`${id}: two bijdragen with the worksheet combine on /leeratelier/samenbrengen/`, async ({ page, browser }) => {
    test.slow();
    await page.goto("/leeratelier/voorbereiden/");
    await page.getByLabel("Titel van de bijeenkomst").fill(`Leeratelier ${onderwerp}`);
    await page.getByLabel(ONDERDEEL_LABELS[id]).check();
    await expect(page.getByRole("article", { name: "Leeg werkblad" })).toContainText(ONDERDEEL_LABELS[id]);
    const [bk] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /Bijeenkomst downloaden/ }).click()]);
    const bijeenkomst = (await read(bk)).toString("utf8");
    expect(JSON.parse(bijeenkomst).onderdelen).toContain(id);

    const files = [
      await bijdrage(browser, id, g, bijeenkomst, "Anna", "Ambtshalve toekennen zonder aanvraag", "Cel van Anna"),
      await bijdrage(browser, id, g, bijeenkomst, "Bram", "Zonder aanvraag ambtshalve toekennen", "Cel van Bram"),
    ];
    for (const f of files) expect(JSON.parse(f.text).koerskaarten[id].keuzes[g.keuzes[0]!.id].koers).toBeTruthy();

    await page.goto("/leeratelier/samenbrengen/");
    await page.getByLabel("Kies bestanden").setInputFiles([{ name: "bijeenkomst.json", text: bijeenkomst }, ...files].map((f) => ({ name: f.name, mimeType: "application/json", buffer: Buffer.from(f.text) })));
    await expect(page.getByTestId("aantal-bijdragen")).toContainText("2 bijdragen");
    const samen = page.getByTestId("samen-koerskaarten");
    await expect(samen.getByRole("heading", { name: `Koerskaart ${onderwerp}` })).toBeVisible();
    await expect(samen).toContainText("2 deelnemers vulden dit werkblad in.");
    await expect(samen).toContainText(`${g.keuzes[0]!.title}`);
    await expect(samen).toContainText("2 personen");
    const matrix = samen.getByRole("region", { name: `Keuzematrix ${onderwerp}, samengevoegd` });
    await expect(matrix.getByRole("row", { name: new RegExp(`^${g.matrix.rijen[0]!.replace(/[()]/g, "\\$&")}`) })).toContainText("Cel van Anna; Cel van Bram");
    await expect(samen).not.toContainText("Anna (");
    await page.getByLabel("Namen tonen").check();
    await expect(samen).toContainText("(Anna, Bram)");
    await expectAccessible(page, `/leeratelier/samenbrengen/ met ${id}`);
    // The hand-out carries it too.
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".rk-print-document").first()).toContainText(`Koerskaart ${onderwerp}`);
    await page.emulateMedia({ media: "screen" });
  });
}

/** One raadslid in a fresh profile: fills the worksheet, opens the bijeenkomst, downloads a bijdrage. */
async function bijdrage(browser: Browser, id: string, g: Gids, bijeenkomst: string, naam: string, koers: string, cel: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await fill(await openSheet(page, id), g, koers, cel);
  await page.goto("/leeratelier/bijdrage/");
  await page.getByLabel("Bijeenkomst openen").setInputFiles({ name: "avond.raadskompas-bijeenkomst.json", mimeType: "application/json", buffer: Buffer.from(bijeenkomst) });
  await expect(page.getByTestId("gevraagde-onderdelen")).toContainText("nu 2 ingevuld");
  await page.getByLabel("Naam of schuilnaam").fill(naam);
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Bijdrage downloaden" }).click()]);
  const file = { name: dl.suggestedFilename(), text: (await read(dl)).toString("utf8") };
  await context.close();
  return file;
}

test("the home page links the five koerskaarten; the leeratelier lists their worksheets among what it combines", async ({ page }) => {
  const titles = ["preventie", ...KOERSKAART_WERKBLADEN.map((id) => KOERSKAART_ONDERWERPEN[id])].map((o) => `Koerskaart ${o}`);
  await page.goto("/");
  const kennis = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Kennis" }) });
  for (const t of titles) await expect(kennis.getByRole("link", { name: t, exact: true })).toBeVisible();
  await page.goto("/leeratelier/");
  const lijst = page.getByRole("heading", { name: "Welke werkbladen je kunt samenvoegen" }).locator("xpath=following-sibling::ul[1]");
  for (const t of titles) await expect(lijst.getByRole("link", { name: t, exact: true })).toBeVisible();
});
