import type { Locator, Page } from "@playwright/test";
import { expectAccessible, expect, importIntoFreshProfile, test, WerkboekPage } from "./fixtures.ts";
import { WaardemodelPage } from "./pages/index.ts";

const VOORBEELD_TITLE = "Voorbeeld: jeugdhulp onder de Jeugdwet";
const VOORBEELD_QUESTION = "Wat verstaan we in onze gemeente onder jeugdhulp, wie kan het krijgen en wie levert het?";
const GELIJKHEID_1 = "Welke inwoners moet de gemeente helpen, en welke niet?";
const GELIJKHEID_AANBOD_1 = "Welke aanbieders krijgen een overeenkomst en welke niet? Hoeveel zijn het er?";
const VRIJHEID_1 = "Hoeveel keuzevrijheid geef je inwoners bij het vormgeven van hun ondersteuning, hulp en zorg?";


const wmTest = test.extend<{ wm: WaardemodelPage }>({
  wm: async ({ page }, use) => {
    await use(new WaardemodelPage(page));
  },
});

/** Presses Tab until `target` has focus; fails when it is not reached within `max` presses. */
async function tabTo(page: Page, target: Locator, max = 250) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`niet bereikt met Tab binnen ${max} keer`);
}

/** Fills one sheet through every step. */
async function fillSheet(wm: WaardemodelPage) {
  await wm.question.fill("Wie krijgt hulp bij het huishouden?");
  await wm.page.getByRole("checkbox", { name: "Wmo 2015" }).check();
  await wm.page.getByLabel("Welke bevoegdheden heeft de raad bij deze vraag?").fill("De raad regelt de maatwerkvoorziening bij verordening.");
  await wm.answer(GELIJKHEID_1).fill("Inwoners die het huishouden niet meer zelf kunnen doen.");
  await wm.answer(GELIJKHEID_AANBOD_1).fill("Aanbieders die aan onze kwaliteitseisen voldoen.");
  await wm.answer(VRIJHEID_1).fill("Inwoners kiezen zelf uit alle aanbieders.");
  await wm.button("Dilemma toevoegen").click();
  await expect(wm.dilemma(1).getByLabel("Kernwaarde 1")).toBeFocused();
  await wm.dilemma(1).getByLabel("Kernwaarde 1").selectOption({ label: "Vrijheid" });
  await wm.dilemma(1).getByLabel("Kernwaarde 2").selectOption({ label: "Efficiëntie" });
  await wm.dilemma(1).getByLabel("Hoe weeg je vrijheid en efficiëntie tegen elkaar af?").fill("Keuzevrijheid weegt zwaarder dan de laagste prijs.");
  await wm.page.getByLabel("Wat is het politieke compromis?").fill("Open house met strenge kwaliteitseisen.");
  await wm.page.getByLabel("Waarom kies je voor dit compromis?").fill("Inwoners houden keuze en de kwaliteit blijft bewaakt.");
  await wm.page.getByLabel("Wat? Welke voorziening bied je?").fill("Hulp bij het huishouden.");
  await wm.page.getByLabel("Voor wie en hoe?").fill("Via het wijkteam.");
  await wm.page.getByLabel("Door wie en hoe?").fill("Aanbieders met een overeenkomst.");
  await wm.procedure("Open").check();
  await wm.page.getByLabel("Hoe regel je de hardheidsclausule?").fill("Het college mag afwijken en meldt dat aan de raad.");
}

wmTest.describe("without JavaScript", () => {
  wmTest.use({ javaScriptEnabled: false });
  wmTest("the page explains the model and the five kernwaarden", async ({ page }) => {
    await page.goto("/informatie/waardemodel/");
    await expect(page.getByRole("heading", { level: 1, name: "Democratisch waardemodel" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Wat bedoelen we met politiek?" })).toBeVisible();
    for (const name of ["Gelijkheid en redelijkheid", "Efficiëntie", "Welzijn", "Vrijheid", "Veiligheid"]) {
      await expect(page.getByRole("heading", { level: 3, name, exact: true })).toBeVisible();
    }
    await expect(page.getByText("Deborah Stone")).toBeVisible();
  });
});

wmTest("the empty worksheet is accessible", async ({ page, wm }) => {
  wmTest.slow();
  await wm.goto();
  await expect(wm.sheetList).toHaveCount(0);
  await expectAccessible(page, "/informatie/waardemodel/ leeg");
});

wmTest("a filled sheet shows its progress and survives a reload", async ({ page, wm }) => {
  wmTest.slow();
  await wm.goto();
  await expect(wm.progress("gelijkheid")).toHaveText("0 van 9 deelvragen beantwoord");
  await expect(page.getByRole("link", { name: "staalkaart Jeugdwet" })).toHaveAttribute("href", "/kennis/staalkaarten/jeugdwet/");
  await fillSheet(wm);
  await expect(wm.progress("gelijkheid")).toHaveText("2 van 9 deelvragen beantwoord");
  await expect(wm.progress("vrijheid")).toHaveText("1 van 8 deelvragen beantwoord");
  await expect(wm.progress("welzijn")).toHaveText("0 van 6 deelvragen beantwoord");
  await expect(page.getByRole("navigation", { name: "Stappen van het waardemodel" }).getByRole("link", { name: /4 Keuzes/ })).toContainText("klaar");
  // Step 4 explains the continuum between "de raad legt alles vast" and "de professional bepaalt".
  await expect(page.getByRole("heading", { level: 3, name: "Wat legt de raad zelf vast?" })).toBeVisible();
  await expect(page.getByText("bepaalt de professional per gezin")).toBeVisible();
  await wm.saved();
  await expectAccessible(page, "/informatie/waardemodel/ ingevuld");

  await page.reload();
  await expect(wm.question).toHaveValue("Wie krijgt hulp bij het huishouden?");
  await expect(page.getByRole("checkbox", { name: "Wmo 2015" })).toBeChecked();
  await expect(wm.answer(GELIJKHEID_1)).toHaveValue("Inwoners die het huishouden niet meer zelf kunnen doen.");
  await expect(wm.progress("gelijkheid")).toHaveText("2 van 9 deelvragen beantwoord");
  await expect(wm.dilemma(1).getByLabel("Kernwaarde 1")).toHaveValue("vrijheid");
  await expect(wm.dilemma(1).getByLabel("Kernwaarde 2")).toHaveValue("efficientie");
  await expect(page.getByLabel("Wat is het politieke compromis?")).toHaveValue("Open house met strenge kwaliteitseisen.");
  await expect(wm.procedure("Open")).toBeChecked();
  await expect(page.getByLabel("Hoe regel je de hardheidsclausule?")).toHaveValue("Het college mag afwijken en meldt dat aan de raad.");
});

wmTest("the voorbeeld loads as a second sheet and leaves the first one alone", async ({ page, wm }) => {
  wmTest.slow();
  await wm.goto();
  await wm.question.fill("Mijn eigen vraag over schuldhulp");
  await wm.answer(GELIJKHEID_1).fill("Iedereen met problematische schulden.");
  await wm.saved();
  await expect(wm.sheetList.getByRole("button")).toHaveCount(1);

  await wm.button("Voorbeeld laden").click();
  await expect(wm.sheetList.getByRole("button")).toHaveCount(2);
  await expect(page.getByRole("heading", { level: 2, name: VOORBEELD_TITLE })).toBeFocused();
  await expect(wm.sheetButton(new RegExp(VOORBEELD_TITLE))).toHaveAttribute("aria-current", "true");
  await expect(wm.question).toHaveValue(VOORBEELD_QUESTION);
  await expect(page.getByRole("checkbox", { name: "Jeugdwet" })).toBeChecked();
  await expect(wm.answer(GELIJKHEID_1)).toHaveValue(/Inkomen en\s+vermogen tellen niet mee/);
  await expect(wm.procedure("Aanbesteding op beste prijs-kwaliteitverhouding (BPKV)")).toBeChecked();
  await expect(wm.dilemma(1)).toBeVisible();
  await wm.saved();
  await expectAccessible(page, "/informatie/waardemodel/ met voorbeeld");

  // The user's own sheet is unchanged.
  await wm.sheetButton(/Mijn eigen vraag over schuldhulp/).click();
  await expect(wm.question).toHaveValue("Mijn eigen vraag over schuldhulp");
  await expect(wm.answer(GELIJKHEID_1)).toHaveValue("Iedereen met problematische schulden.");
  await expect(page.getByRole("checkbox", { name: "Jeugdwet" })).not.toBeChecked();
  await expect(wm.dilemma(1)).toHaveCount(0);

  await page.reload();
  await expect(wm.sheetList.getByRole("button")).toHaveCount(2);
  await expect(wm.sheetButton(new RegExp(VOORBEELD_TITLE))).toContainText("Voorbeeld");
  await expect(wm.question).toHaveValue("Mijn eigen vraag over schuldhulp");
});

wmTest("two sheets are switchable, and a deleted sheet can be brought back", async ({ page, wm }) => {
  wmTest.slow();
  await wm.goto();
  await wm.question.fill("Eerste vraag");
  await wm.answer(VRIJHEID_1).fill("Veel keuze.");
  await wm.button("Nieuwe vraag").click();
  await expect(wm.question).toBeFocused();
  await expect(wm.question).toHaveValue("");
  await page.keyboard.type("Tweede vraag");
  await expect(wm.answer(VRIJHEID_1)).toHaveValue("");
  await wm.answer(VRIJHEID_1).fill("Weinig keuze.");
  await wm.saved();

  await wm.sheetButton(/Eerste vraag/).click();
  await expect(wm.question).toHaveValue("Eerste vraag");
  await expect(wm.answer(VRIJHEID_1)).toHaveValue("Veel keuze.");
  await expect(wm.sheetButton(/Eerste vraag/)).toHaveAttribute("aria-current", "true");
  await wm.sheetButton(/Tweede vraag/).click();
  await expect(wm.question).toHaveValue("Tweede vraag");
  await expect(wm.answer(VRIJHEID_1)).toHaveValue("Weinig keuze.");

  await wm.button("Verwijder dit werkblad").click();
  await expect(wm.sheetList.getByRole("button")).toHaveCount(1);
  await expect(wm.question).toHaveValue("Eerste vraag");
  await expect(wm.button("Ongedaan maken")).toBeFocused();
  await expectAccessible(page, "/informatie/waardemodel/ na verwijderen");
  await page.keyboard.press("Enter");
  await expect(wm.sheetList.getByRole("button")).toHaveCount(2);
  await expect(wm.question).toHaveValue("Tweede vraag");
  await expect(wm.answer(VRIJHEID_1)).toHaveValue("Weinig keuze.");
  await wm.saved();
  await page.reload();
  await expect(wm.sheetList.getByRole("button")).toHaveCount(2);
});

wmTest("Markdown and Word export hold only the current sheet", async ({ page, wm }) => {
  await wm.goto();
  await fillSheet(wm);
  await wm.button("Nieuwe vraag").click();
  await page.keyboard.type("Een andere vraag die niet mee mag");
  await wm.sheetButton(/Wie krijgt hulp bij het huishouden/).click();
  await wm.saved();
  const { readFile } = await import("node:fs/promises");
  const [md] = await Promise.all([page.waitForEvent("download"), wm.button("Markdown (.md)").click()]);
  expect(md.suggestedFilename()).toMatch(/^democratisch-waardemodel-wie-krijgt-hulp.*\.md$/);
  const text = await readFile(await md.path(), "utf8");
  for (const part of [
    "Wie krijgt hulp bij het huishouden?",
    "Wmo 2015",
    GELIJKHEID_1,
    "Inwoners die het huishouden niet meer zelf kunnen doen.",
    "Inwoners kiezen zelf uit alle aanbieders.",
    "Vrijheid tegenover Efficiëntie",
    "Keuzevrijheid weegt zwaarder dan de laagste prijs.",
    "Open house met strenge kwaliteitseisen.",
    "**Verdeelprocedure:** Open",
  ]) {
    expect(text).toContain(part);
  }
  expect(text).not.toContain("Een andere vraag die niet mee mag");
  // Unanswered deelvragen are counted, not listed.
  expect(text).not.toContain("Wat zijn basisbehoeften, en voor welke inwoners of doelgroepen?");
  expect(text).toContain("Nog geen van de 6 deelvragen beantwoord.");
  const [docx] = await Promise.all([page.waitForEvent("download"), wm.button("Word (.docx)").click()]);
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  expect((await readFile(await docx.path())).subarray(0, 2).toString()).toBe("PK");
});

wmTest("keyboard only: question, an answer and a verdeelprocedure with the arrow keys", async ({ page, wm }) => {
  wmTest.slow();
  await wm.goto();
  await page.locator("body").focus();
  await tabTo(page, wm.question);
  await page.keyboard.type("Hoe organiseren we dagbesteding?");
  const answer = wm.answer(GELIJKHEID_1);
  await tabTo(page, answer);
  await page.keyboard.type("Volwassenen die overdag structuur nodig hebben.");
  await expect(wm.progress("gelijkheid")).toHaveText("1 van 9 deelvragen beantwoord");

  // Tab lands on the checked radio of the group ("Nog geen keuze"); arrows move the choice.
  const none = wm.procedure("Nog geen keuze");
  await tabTo(page, none, 400);
  await expect(none).toBeChecked();
  await page.keyboard.press("ArrowDown");
  await expect(wm.procedure("Enkelvoudig")).toBeChecked();
  await expect(wm.procedure("Enkelvoudig")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(wm.procedure("Vergelijkende toets (aanbesteding op kwaliteit)")).toBeChecked();
  await wm.saved();
  await page.reload();
  await expect(wm.question).toHaveValue("Hoe organiseren we dagbesteding?");
  await expect(wm.answer(GELIJKHEID_1)).toHaveValue("Volwassenen die overdag structuur nodig hebben.");
  await expect(wm.procedure("Vergelijkende toets (aanbesteding op kwaliteit)")).toBeChecked();
});

wmTest("printed sheet is a report, not a form", async ({ page, wm }) => {
  await wm.goto();
  await wm.question.fill("Wie krijgt hulp bij het huishouden?");
  await wm.answer(GELIJKHEID_1).fill("Inwoners die het niet meer zelf kunnen.");
  await wm.saved();
  await page.emulateMedia({ media: "print" });
  const doc = page.locator(".rk-print-document");
  await expect(doc).toBeVisible();
  await expect(doc).toContainText("Democratisch waardemodel — Wie krijgt hulp bij het huishouden?");
  await expect(doc).toContainText(GELIJKHEID_1);
  await expect(doc).toContainText("Inwoners die het niet meer zelf kunnen.");
  await expect(wm.question).toBeHidden();
  await expect(page.getByRole("heading", { name: "Wat bedoelen we met politiek?" })).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(5000);
});

wmTest("a sheet travels in the werkboek export and comes back in a fresh browser profile", async ({ page, wm, browser }) => {
  wmTest.slow();
  await wm.goto();
  await fillSheet(wm);
  await wm.saved();
  const werkboek = new WerkboekPage(page);
  await werkboek.goto();
  const json = JSON.parse(await werkboek.exportJson("Mijn werkboek"));
  expect(json.waardemodellen[0].question).toBe("Wie krijgt hulp bij het huishouden?");

  const { page: p2, context: fresh } = await importIntoFreshProfile(browser, json);
  const wm2 = new WaardemodelPage(p2);
  await wm2.goto();
  await expect(wm2.question).toHaveValue("Wie krijgt hulp bij het huishouden?");
  await expect(wm2.procedure("Open")).toBeChecked();
  await fresh.close();
});
