import { expectAccessible, expect, worksheetTest as test, VisiePage } from "./fixtures.ts";

test("typed work survives a reload", async ({ page, visie }) => {
  await visie.goto();
  await visie.suggestion("Menselijke maat").click();
  await visie.meaning("Menselijke maat").fill("Sterke schouders dragen mee.");
  await visie.saved();
  await page.reload();
  await expect(visie.meaning("Menselijke maat")).toHaveValue("Sterke schouders dragen mee.");
});

test("closing the tab mid-typing loses nothing", async ({ context }) => {
  const first = await context.newPage();
  const v1 = new VisiePage(first);
  await v1.goto();
  await first.getByRole("button", { name: "Leidend principe toevoegen" }).click();
  await first.getByLabel("Leidend principe 1").fill("Eerst de vraag achter de vraag");
  // Close before the autosave delay has passed: the pagehide flush must catch it.
  await first.close({ runBeforeUnload: true });
  const second = await context.newPage();
  await new VisiePage(second).goto();
  await expect(second.getByLabel("Leidend principe 1")).toHaveValue("Eerst de vraag achter de vraag");
});

test("two tabs: an idle tab follows, simultaneous edits ask before overwriting", async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  const va = new VisiePage(a);
  const vb = new VisiePage(b);
  await va.goto();
  await vb.goto();
  await a.getByRole("button", { name: "Kwaliteitseis toevoegen" }).click();
  await a.getByLabel("Kwaliteitseis 1").fill("Binnen twee weken een keukentafelgesprek");
  await va.saved();
  await expect(b.getByLabel("Kwaliteitseis 1")).toHaveValue("Binnen twee weken een keukentafelgesprek");

  // Both edit before either autosave fires: A saves first, so B's save must not overwrite it.
  await a.getByLabel("Kwaliteitseis 1").fill("Versie A");
  await b.getByLabel("Kwaliteitseis 1").fill("Versie B");
  await va.saved();
  const conflict = b.getByRole("alert").filter({ hasText: "in een ander tabblad of venster gewijzigd" });
  await expect(conflict).toBeVisible();
  await expectAccessible(b, "/visie/ met conflictmelding");
  await expect(b.getByLabel("Kwaliteitseis 1")).toHaveValue("Versie B");
  await b.getByRole("button", { name: "Houd mijn versie" }).click();
  await vb.saved();
  await a.reload();
  await expect(a.getByLabel("Kwaliteitseis 1")).toHaveValue("Versie B");
});

test("keyboard only: fill all four steps and the koppeltabel", async ({ page, visie }) => {
  await visie.goto();
  const press = (k: string) => page.keyboard.press(k);
  // Step 1: choose a suggestion with the keyboard, mark it top 3, describe it.
  await visie.suggestion("Toegankelijkheid").focus();
  await press("Enter");
  await expect(visie.meaning("Toegankelijkheid")).toBeFocused();
  await page.keyboard.type("Inwoners houden zelf de regie.");
  await press("Shift+Tab");
  await expect(page.getByLabel("Hoort bij mijn top 3")).toBeFocused();
  await press("Space");
  await expect(page.getByText("1 van 3")).toBeVisible();
  // Step 2.
  await page.getByRole("button", { name: "Leidend principe toevoegen" }).focus();
  await press("Enter");
  await expect(page.getByLabel("Leidend principe 1")).toBeFocused();
  await page.keyboard.type("Dichtbij en eenvoudig");
  await press("Tab");
  await page.keyboard.type("Hulp in de buurt wordt eerder gevonden.");
  // Step 3.
  await page.getByRole("button", { name: "Maatschappelijk resultaat toevoegen" }).focus();
  await press("Enter");
  await expect(page.getByLabel("Doelgroep")).toBeFocused();
  await page.keyboard.type("jongeren tussen 16 en 23 jaar");
  await press("Tab");
  await page.keyboard.type("een startkwalificatie heeft");
  await press("Tab");
  await page.keyboard.type("80");
  await expect(page.locator(".rk-sentence")).toContainText("Over 4 jaar hebben we bereikt dat 80% van de jongeren tussen 16 en 23 jaar een startkwalificatie heeft");
  await expect(page.getByText("Noteer de nulmeting", { exact: false })).toBeVisible();
  // Koppeltabel: selects by keyboard.
  await page.getByRole("button", { name: "Koppeling toevoegen" }).focus();
  await press("Enter");
  const waarde = page.getByRole("combobox", { name: "Waarde", exact: true });
  await expect(waarde).toBeFocused();
  await waarde.selectOption({ label: "Toegankelijkheid" });
  await page.getByRole("combobox", { name: "Leidend principe" }).selectOption({ label: "Dichtbij en eenvoudig" });
  // Step 4.
  await page.getByRole("button", { name: "Kwaliteitseis toevoegen" }).focus();
  await press("Enter");
  await expect(page.getByLabel("Kwaliteitseis 1")).toBeFocused();
  await page.keyboard.type("Wachttijd hooguit zes weken");
  await press("Tab");
  await expect(page.getByRole("checkbox", { name: "Dichtbij en eenvoudig" })).toBeFocused();
  await press("Space");
  await visie.saved();
  await expect(page.getByRole("navigation", { name: "Stappen van de visie" }).getByRole("link", { name: /2 Leidende principes/ })).toContainText("bezig");
  await expectAccessible(page, "/visie/ ingevuld");
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Dichtbij en eenvoudig" })).toBeChecked();
  await expect(page.getByLabel("Kwaliteitseis 1")).toHaveValue("Wachttijd hooguit zes weken");
});

test("a 5 MB paste stops at the field's limit, with a counter, and nothing stored is lost", async ({ page, visie }) => {
  await visie.goto();
  await page.getByRole("button", { name: "Leidend principe toevoegen" }).click();
  await page.getByLabel("Leidend principe 1").fill("Bewaard principe");
  await visie.saved();
  const huge = "x".repeat(5 * 1024 * 1024);
  const field = page.getByLabel(/^Onderbouwing/);
  await field.evaluate((el, text) => {
    // A real paste: the browser's maxlength cuts it, the field says how much did not fit.
    const data = new DataTransfer();
    data.setData("text/plain", text);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    (el as HTMLTextAreaElement).value = text.slice(0, (el as HTMLTextAreaElement).maxLength);
    el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, huge);
  expect((await field.inputValue()).length).toBe(5000);
  await expect(page.getByText(/5\.000 van 5\.000 tekens\. Wat je plakte was te lang: de laatste 5\.237\.880 tekens/)).toBeVisible();
  await visie.saved();
  await page.reload();
  await expect(page.getByLabel("Leidend principe 1")).toHaveValue("Bewaard principe");
  expect((await page.getByLabel(/^Onderbouwing/).inputValue()).length).toBe(5000);
});

test("printed visie is a report, not a form", async ({ page, visie }) => {
  await visie.goto();
  await visie.suggestion("Menselijke maat").click();
  await visie.meaning("Menselijke maat").fill("Samen dragen we de lasten.");
  await visie.saved();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".rk-print-document")).toBeVisible();
  await expect(page.locator(".rk-print-document")).toContainText("Samen dragen we de lasten.");
  await expect(page.getByLabel("Wat betekent Menselijke maat voor jou? (één regel)")).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(5000);
});

test("export as Markdown and Word from the visie page", async ({ page, visie }) => {
  await visie.goto();
  await visie.suggestion("Menselijke maat").click();
  await visie.meaning("Menselijke maat").fill("Samen <script>alert(1)</script> dragen.");
  await visie.saved();
  const [md] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Markdown (.md)" }).click()]);
  expect(md.suggestedFilename()).toMatch(/\.md$/);
  const { readFile } = await import("node:fs/promises");
  const text = await readFile(await md.path(), "utf8");
  expect(text).toContain("Menselijke maat");
  expect(text).not.toContain("<script>");
  const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Word (.docx)" }).click()]);
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  const bytes = await readFile(await docx.path());
  expect(bytes.subarray(0, 2).toString()).toBe("PK");
});

test("the home page shows where my werkboek stands", async ({ page, visie }) => {
  await page.goto("/");
  await expect(page.getByText("Je hebt nog geen werkboek.")).toBeVisible();
  await visie.goto();
  await visie.suggestion("Menselijke maat").click();
  await visie.saved();
  await page.goto("/");
  await expect(page.getByText("Je werkt in Mijn werkboek")).toBeVisible();
  await expect(page.getByText("Visie: 1 waarde, 0 leidende principes, 0 resultaten")).toBeVisible();
  await expect(page.getByText("Je hebt nog geen reservekopie gemaakt.")).toBeVisible();
});

test("without browser storage the worksheet still works in memory and offers the download", async ({ page }) => {
  await page.addInitScript(() => {
    // Some private windows have no IndexedDB at all.
    Object.defineProperty(window, "indexedDB", { value: undefined });
  });
  await page.goto("/visie/");
  const alert = page.locator(".rk-savebar [role=alert]");
  await expect(alert).toContainText("privévenster");
  await expect(alert).toContainText("alleen zolang deze pagina openstaat");
  await page.getByRole("button", { name: "Leidend principe toevoegen" }).click();
  await page.getByLabel("Leidend principe 1").fill("Werk gaat voor inkomen");
  const [dl] = await Promise.all([page.waitForEvent("download"), alert.getByRole("button", { name: "Download je werk als bestand" }).click()]);
  const { readFile } = await import("node:fs/promises");
  const saved = JSON.parse(await readFile(await dl.path(), "utf8"));
  expect(saved.visie.principes[0].title).toBe("Werk gaat voor inkomen");
  await expectAccessible(page, "/visie/ zonder opslag");
});

test("the werkboek frames burgerbetrokkenheid and shows example principles", async ({ page, visie }) => {
  await visie.goto();
  const frame = page.getByRole("region", { name: /Inwoners betrekken/ });
  await expect(frame).toContainText("representatieve democratie");
  await expect(frame).toContainText("participatieverordening");
  await expect(frame).toContainText("uitdaagrecht");
  await expect(frame.getByRole("listitem").filter({ hasText: "beginner of een koploper" })).toBeVisible();
  await expect(page.getByRole("term").filter({ hasText: "Niemand is normaal" })).toBeVisible();
});

test("a year and a decimal typed key by key at human speed stay in the field and reach the sentence", async ({ page, visie }) => {
  await visie.goto();
  await page.getByRole("button", { name: "Maatschappelijk resultaat toevoegen" }).click();
  await page.getByLabel("Doelgroep").fill("jongeren tussen 16 en 23 jaar");
  await page.getByLabel("Gewenste verandering").fill("een startkwalificatie heeft");
  const streef = page.getByRole("textbox", { name: "Streefwaarde" });
  await streef.pressSequentially("82,5", { delay: 120 });
  await expect(streef).toHaveValue("82,5");
  const jaar = page.getByLabel("In welk jaar bereikt?");
  await jaar.pressSequentially("2028", { delay: 120 });
  await expect(jaar).toHaveValue("2028");
  await expect(page.locator(".rk-sentence")).toContainText("In 2028 hebben we bereikt dat 82,5% van de jongeren");
  await visie.saved();
  await page.reload();
  await expect(page.getByLabel("In welk jaar bereikt?")).toHaveValue("2028");

  // An unfinished year is not stored: the sentence falls back to "Over 4 jaar".
  await page.getByLabel("In welk jaar bereikt?").fill("");
  await page.getByLabel("In welk jaar bereikt?").pressSequentially("20", { delay: 80 });
  await expect(page.locator(".rk-sentence")).toContainText("Over 4 jaar");
});

test("a streefwaarde typed the Dutch way is read as that number, and a year can be typed", async ({ page, visie }) => {
  await visie.goto();
  await page.getByRole("button", { name: "Maatschappelijk resultaat toevoegen" }).click();
  const target = page.getByLabel("Streefwaarde", { exact: true });
  await target.pressSequentially("1.234,5");
  await expect(target).toHaveValue("1.234,5");
  const year = page.getByLabel("In welk jaar bereikt?");
  await year.pressSequentially("2030");
  await expect(year).toHaveValue("2030");
  await visie.saved();
  await page.reload();
  await expect(page.getByLabel("Streefwaarde", { exact: true })).toHaveValue("1234,5");
  await expect(page.getByLabel("In welk jaar bereikt?")).toHaveValue("2030");
});
