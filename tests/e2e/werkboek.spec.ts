import { expectAccessible, expect, importIntoFreshProfile, worksheetTest as test, VisiePage, WerkboekPage } from "./fixtures.ts";

test("list, rename, duplicate, delete with undo", async ({ page, visie, werkboek }) => {
  await visie.goto();
  await werkboek.goto();
  await expectAccessible(page, "/werkboek/");
  const item = werkboek.item("Mijn werkboek");
  await item.getByLabel("Naam van werkboek Mijn werkboek").fill("Fractie GroenLinks");
  await item.getByRole("button", { name: "Naam wijzigen" }).click();
  await expect(werkboek.item("Fractie GroenLinks")).toBeVisible();
  await werkboek.item("Fractie GroenLinks").getByRole("button", { name: "Dupliceren" }).click();
  await expect(werkboek.item("Fractie GroenLinks (kopie)")).toBeVisible();
  await werkboek.item("Fractie GroenLinks (kopie)").getByRole("button", { name: "Verwijderen" }).click();
  await expect(werkboek.item("Fractie GroenLinks (kopie)")).toHaveCount(0);
  await page.getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(werkboek.item("Fractie GroenLinks (kopie)")).toBeVisible();
  await page.reload();
  await expect(werkboek.item("Fractie GroenLinks")).toBeVisible();
  await expect(werkboek.item("Fractie GroenLinks")).toContainText("nog nooit geëxporteerd");
});

test("export then import into a fresh browser profile restores the visie", async ({ visie, werkboek, browser }) => {
  await visie.goto();
  await visie.suggestion("Menselijke maat").click();
  await visie.meaning("Menselijke maat").fill("Niemand valt buiten de boot.");
  await visie.saved();
  await werkboek.goto();
  const json = await werkboek.exportJson("Mijn werkboek");
  await expect(werkboek.item("Mijn werkboek")).toContainText("laatste export");
  expect(JSON.parse(json)).toMatchObject({ format: "raadskompas-werkboek", version: expect.any(Number) });

  const { page: p2, context: fresh } = await importIntoFreshProfile(browser, json);
  await expect(p2.getByText('"Mijn werkboek" is geïmporteerd.')).toBeVisible();
  // The only werkboek in this profile is the active one.
  await expect(new WerkboekPage(p2).item("Mijn werkboek")).toContainText("actief");
  const v2 = new VisiePage(p2);
  await v2.goto();
  await expect(v2.meaning("Menselijke maat")).toHaveValue("Niemand valt buiten de boot.");
  await fresh.close();
});

test("importing a werkboek that exists asks: replace or keep both", async ({ page, visie, werkboek }) => {
  await visie.goto();
  await werkboek.goto();
  const json = await werkboek.exportJson("Mijn werkboek");
  const changed = JSON.stringify({ ...JSON.parse(json), name: "Mijn werkboek" , updatedAt: new Date().toISOString() });
  await werkboek.importFile("zelfde.raadskompas.json", changed);
  await expect(page.getByRole("alert").filter({ hasText: "Wat wil je doen?" })).toBeVisible();
  await expectAccessible(page, "/werkboek/ vraag bij bestaande id");
  await page.getByRole("button", { name: "Beide bewaren" }).click();
  await expect(werkboek.item("Mijn werkboek (geïmporteerd)")).toBeVisible();
  await expect(werkboek.item("Mijn werkboek")).toBeVisible();
});

test("replacing a werkboek by a file still tells what the import repaired", async ({ page, visie, werkboek }) => {
  await visie.goto();
  await werkboek.goto();
  const file = JSON.parse(await werkboek.exportJson("Mijn werkboek"));
  file.visie.waarden = [
    { id: "w1", name: "Eerste", meaning: "", top: true },
    { id: "w1", name: "Tweede", meaning: "", top: false },
  ];
  await werkboek.importFile("herstel.raadskompas.json", JSON.stringify({ ...file, updatedAt: new Date().toISOString() }));
  await page.getByRole("button", { name: "Vervangen door het bestand" }).click();
  await expect(page.getByText(/is vervangen door de versie uit het bestand\..*dezelfde id/)).toBeVisible();
});

const BAD_FILES: [label: string, name: string, contents: () => string | Buffer, message: RegExp][] = [
  ["not JSON", "kapot.raadskompas.json", () => "dit is {geen json", /geen geldig JSON-bestand/],
  ["other JSON", "ander.json", () => JSON.stringify({ hallo: "wereld" }), /geen Raadskompas-werkboek/],
  ["newer version", "nieuw.raadskompas.json", () => JSON.stringify({ format: "raadskompas-werkboek", version: 99 }), /nieuwere versie van Raadskompas/],
  ["missing fields", "leeg.raadskompas.json", () => JSON.stringify({ format: "raadskompas-werkboek", version: 1, id: "x" }), /naam|aangemaakt op/],
  ["21 MB", "groot.raadskompas.json", () => Buffer.alloc(21 * 1024 * 1024, 32), /te groot \(21 MB\)/],
];

for (const [label, name, contents, message] of BAD_FILES) {
  test(`a broken import (${label}) shows a Dutch error and changes nothing`, async ({ page, visie, werkboek }) => {
    await visie.goto();
    await visie.suggestion("Menselijke maat").click();
    await visie.saved();
    await werkboek.goto();
    const before = await werkboek.exportJson("Mijn werkboek");
    await werkboek.importFile(name, contents());
    await expect(werkboek.importError).toBeVisible();
    await expect(werkboek.importError).toContainText(message);
    await expectAccessible(page, `/werkboek/ na import (${label})`);
    await expect(page.locator("li[data-werkboek]")).toHaveCount(1);
    const after = await werkboek.exportJson("Mijn werkboek");
    expect(JSON.parse(after)).toEqual(JSON.parse(before));
  });
}

test("hostile text in an import stays text: no script runs", async ({ page, werkboek }) => {
  await werkboek.goto();
  const now = new Date().toISOString();
  const hostile = {
    format: "raadskompas-werkboek",
    version: 1,
    id: "wb-hostile",
    name: '<img src=x onerror="window.__pwned=1">',
    createdAt: now,
    updatedAt: now,
    visie: { waarden: [{ id: "w1", name: "<script>window.__pwned=1</script>", meaning: "x", top: true }] },
  };
  await werkboek.importFile("hostile.raadskompas.json", JSON.stringify(hostile));
  await expect(page.getByText("is geïmporteerd")).toBeVisible();
  await page.goto("/visie/?werkboek=wb-hostile");
  await expect(page.getByLabel("Waarde 1")).toHaveValue("<script>window.__pwned=1</script>");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("a rename on /werkboek/ reaches a worksheet open in another tab", async ({ context }) => {
  const sheet = await context.newPage();
  const visie = new VisiePage(sheet);
  await visie.goto();
  const beheer = await context.newPage();
  const werkboek = new WerkboekPage(beheer);
  await werkboek.goto();
  await werkboek.item("Mijn werkboek").getByLabel("Naam van werkboek Mijn werkboek").fill("Fractieoverleg");
  await werkboek.item("Mijn werkboek").getByRole("button", { name: "Naam wijzigen" }).click();
  await expect(sheet.locator(".rk-savebar")).toContainText("Werkboek: Fractieoverleg");
});
