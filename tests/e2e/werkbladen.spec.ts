import { expectAccessible, expect, importIntoFreshProfile, worksheetTest as test } from "./fixtures.ts";

test("koerskaart preventie worksheet: fill, gaps shrink, survives reload, travels in the export", async ({ page, werkboek, browser }) => {
  // Fill, reload, axe, export and import into a fresh profile: a long flow on a busy machine.
  test.slow();
  await page.goto("/kennis/koerskaarten/preventie/");
  const sheet = page.locator(".rk-werkblad-section");
  await sheet.scrollIntoViewIfNeeded();
  await expect(sheet.getByRole("status").filter({ hasText: "vakken zijn nog leeg" })).toContainText("12 van 12");
  await sheet.getByRole("group", { name: /Beschermen/ }).getByLabel("Beoogd maatschappelijk effect").fill("Minder eenzaamheid onder ouderen");
  await sheet.getByLabel("Jeugd (0-18 jaar), Beschermen").fill("Opvoedsteunpunt in elke wijk");
  // A year typed key by key stays (the field used to wipe every unfinished year).
  const jaar = sheet.getByRole("group", { name: /Beschermen/ }).getByLabel("Jaar", { exact: true });
  await jaar.pressSequentially("2029", { delay: 60 });
  await expect(jaar).toHaveValue("2029");
  await expect(sheet.getByRole("status").filter({ hasText: "vakken zijn nog leeg" })).toContainText("11 van 12");
  // Keyboard: add a row and name it.
  await sheet.getByRole("button", { name: "Doelgroep toevoegen" }).focus();
  await page.keyboard.press("Enter");
  await expect(sheet.getByLabel("Naam van de doelgroep").last()).toBeFocused();
  await page.keyboard.type("Mantelzorgers");
  await expect(sheet.getByRole("status").filter({ hasText: "vakken zijn nog leeg" })).toContainText("14 van 15");
  await sheet.getByLabel("Helpen de huidige contracten", { exact: false }).fill("Nee, de contracten belonen volume.");
  await expect(page.locator(".rk-savebar__status")).toContainText("Bewaard in deze browser");
  await expectAccessible(page, "/kennis/koerskaarten/preventie/ ingevuld");

  await page.reload();
  await page.locator(".rk-werkblad-section").scrollIntoViewIfNeeded();
  await expect(page.getByLabel("Jeugd (0-18 jaar), Beschermen")).toHaveValue("Opvoedsteunpunt in elke wijk");
  await expect(page.getByLabel("Naam van de doelgroep").last()).toHaveValue("Mantelzorgers");

  await werkboek.goto();
  const json = JSON.parse(await werkboek.exportJson("Mijn werkboek"));
  expect(json.preventie.keuzes.beschermen.effect).toBe("Minder eenzaamheid onder ouderen");
  expect(json.preventie.keuzes.beschermen.jaar).toBe(2029);
  const { page: p2, context: fresh } = await importIntoFreshProfile(browser, json);
  await p2.goto("/kennis/koerskaarten/preventie/");
  await p2.locator(".rk-werkblad-section").scrollIntoViewIfNeeded();
  await expect(p2.getByLabel("Jeugd (0-18 jaar), Beschermen")).toHaveValue("Opvoedsteunpunt in elke wijk");
  await fresh.close();
});

test("staalkaart notes per council task: saved, listed on /werkboek/, exported and imported", async ({ page, werkboek, browser }) => {
  await page.goto("/kennis/staalkaarten/wmo/");
  const notes = page.locator(".rk-notes-section");
  await notes.scrollIntoViewIfNeeded();
  const firstTask = notes.getByRole("group").first();
  const taskTitle = (await firstTask.locator("legend").textContent()) ?? "";
  await firstTask.getByLabel("Vastgesteld op").fill("12 maart 2024");
  await firstTask.getByLabel("Evaluatie gepland").fill("najaar 2026");
  await notes.getByLabel("Vragen voor het college").fill("Hoe lang duurt een melding gemiddeld?");
  await expect(page.locator(".rk-savebar__status")).toContainText("Bewaard in deze browser");
  await expectAccessible(page, "/kennis/staalkaarten/wmo/ met notities");
  await page.reload();
  await page.locator(".rk-notes-section").scrollIntoViewIfNeeded();
  await expect(page.locator(".rk-notes-section").getByRole("group").first().getByLabel("Vastgesteld op")).toHaveValue("12 maart 2024");

  // "Waar sta ik?" on the home page counts the card, and leads to the notes.
  await page.goto("/");
  await expect(page.getByText("Notities bij 1 staalkaart")).toBeVisible();
  await page.getByRole("link", { name: "bekijk ze" }).click();
  await expect(page.getByRole("heading", { name: "Notities bij de staalkaarten" })).toBeVisible();

  await werkboek.goto();
  const overview = page.locator("[data-notities=wmo]");
  await expect(overview).toContainText(taskTitle.trim());
  await expect(overview).toContainText("vastgesteld op 12 maart 2024");
  await expect(overview).toContainText("Hoe lang duurt een melding gemiddeld?");
  const json = await werkboek.exportJson("Mijn werkboek");

  const { page: p2, context: fresh } = await importIntoFreshProfile(browser, json);
  await p2.goto("/kennis/staalkaarten/wmo/");
  await p2.locator(".rk-notes-section").scrollIntoViewIfNeeded();
  await expect(p2.getByLabel("Vragen voor het college")).toHaveValue("Hoe lang duurt een melding gemiddeld?");
  await fresh.close();
});

test("a staalkaart loads only the search island until the notes come into view", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (r) => r.resourceType() === "script" && scripts.push(new URL(r.url()).pathname));
  await page.goto("/kennis/staalkaarten/jeugdwet/");
  await page.waitForLoadState("networkidle");
  expect(scripts.some((s) => /StaalkaartNotities/.test(s))).toBe(false);
  await page.locator(".rk-notes-section").scrollIntoViewIfNeeded();
  await expect(page.locator(".rk-notes-section").getByLabel("Vragen voor het college")).toBeVisible();
  expect(scripts.some((s) => /StaalkaartNotities/.test(s))).toBe(true);
});
