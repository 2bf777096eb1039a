/**
 * Issue 9: no silent data loss. Each test closes or reloads tabs in a real browser and then looks for
 * the text the user typed.
 */
import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "@playwright/test";
import { expect, importIntoFreshProfile, worksheetTest as test, VisiePage } from "./fixtures.ts";

const NOW = "2026-01-01T10:00:00.000Z";
const base = (id: string, extra: object = {}) => ({ format: "raadskompas-werkboek", version: 3, id, name: `Werkboek ${id}`, createdAt: NOW, updatedAt: NOW, ...extra });

/** The raw IndexedDB record of a werkboek, as stored. */
async function stored(page: Page, id: string): Promise<{ revision: number; werkboek: Record<string, unknown> & { toetsen: Record<string, unknown>[] } }> {
  return page.evaluate(
    (wid) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open("raadskompas");
        open.onsuccess = () => {
          const req = open.result.transaction("werkboeken").objectStore("werkboeken").get(wid);
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        };
      }),
    id,
  );
}

/** Types a whole value in one input event: both tabs become "dirty" within milliseconds of each other. */
const typeAt = (p: Page, selector: string, value: string) =>
  p.locator(selector).evaluate((el, v) => {
    (el as HTMLTextAreaElement).value = v;
    el.dispatchEvent(new InputEvent("input", { bubbles: true }));
  }, value);

/** Closes a tab the way a user does (pagehide runs) and opens the visie again in a new one. */
async function closeAndReopen(context: BrowserContext, page: Page): Promise<Page> {
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await new VisiePage(again).goto();
  return again;
}

test("an over-long text is stopped at the field; close the tab, reopen: both fields are there", async ({ context }) => {
  const page = await context.newPage();
  await new VisiePage(page).goto();
  const wie = page.locator("#betrokken-waarden-wie");
  const hoe = page.locator("#betrokken-waarden-hoe");
  await wie.fill("a".repeat(2001));
  expect((await wie.inputValue()).length).toBe(2000);
  await expect(page.locator("#betrokken-waarden-wie-teller")).toContainText("2.000 van 2.000 tekens: het maximum is bereikt.");
  await hoe.fill("Met een wijkavond in het buurthuis");
  const again = await closeAndReopen(context, page);
  await expect(again.locator("#betrokken-waarden-hoe")).toHaveValue("Met een wijkavond in het buurthuis");
  expect((await again.locator("#betrokken-waarden-wie").inputValue()).length).toBe(2000);
});

test("an emergency copy that does not validate is shortened with a notice, never thrown away", async ({ page }) => {
  const visie = new VisiePage(page);
  await visie.goto();
  await page.evaluate(async () => {
    const id = localStorage.getItem("raadskompas:actief-werkboek") as string;
    const rec = await new Promise<{ revision: number; werkboek: { visie: { betrokkenheid: Record<string, unknown> } } }>((resolve) => {
      const open = indexedDB.open("raadskompas");
      open.onsuccess = () => {
        const req = open.result.transaction("werkboeken").objectStore("werkboeken").get(id);
        req.onsuccess = () => resolve(req.result);
      };
    });
    const w = rec.werkboek;
    w.visie.betrokkenheid["waarden"] = { wie: "a".repeat(2001), hoe: "Via de wijkraad" };
    // The copy an older version left behind after a paste that was too long.
    localStorage.setItem(`raadskompas:onbewaard:${id}`, JSON.stringify({ werkboek: w, baseRevision: rec.revision }));
  });
  await page.reload();
  await expect(page.locator("[data-notice]")).toContainText("ingekort");
  await expect(page.locator("#betrokken-waarden-hoe")).toHaveValue("Via de wijkraad");
  await expect(page.getByRole("button", { name: "Download de noodkopie" })).toBeVisible();
  await visie.saved();
});

test("a large werkboek: its export imports in a fresh profile, and a closed tab keeps the last edit", async ({ browser }) => {
  test.setTimeout(120_000);
  const text = readFileSync("tests/fixtures/raadsvoorstellen/16-brakelaar-eenzaamheid.txt", "utf8");
  const long = text.repeat(Math.ceil(256_000 / text.length)).slice(0, 256_000);
  const toetsen = Array.from({ length: 45 }, (_, i) => ({ id: `t${i}`, title: `Voorstel ${i}`, date: "", createdAt: NOW, updatedAt: NOW, text: long, criteria: [], toetsstenen: [], vragen: [] }));
  const json = JSON.stringify(base("wb-groot", { toetsen }), null, 2);
  expect(json.length).toBeGreaterThan(11 * 1024 * 1024);
  const { page, context } = await importIntoFreshProfile(browser, json);
  for (const [n, words] of [[1, "Eerste zin"], [2, "Tweede zin"], [3, "Derde zin"]] as const) {
    const sheet = n === 1 ? page : await context.newPage();
    if (n === 1) await new VisiePage(sheet).goto();
    else await new VisiePage(sheet).goto();
    await sheet.locator("#betrokken-waarden-hoe").fill(`${words} over jongeren`);
    // Closed at once: the save to IndexedDB has not even started.
    await sheet.close({ runBeforeUnload: true });
    const check = await context.newPage();
    await new VisiePage(check).goto();
    await expect(check.locator("#betrokken-waarden-hoe")).toHaveValue(`${words} over jongeren`);
    await check.close();
  }
  await context.close();
});

test("opening a saved toets changes nothing; 'vergelijk opnieuw' keeps notes on a toetssteen no longer in the visie", async ({ browser }) => {
  const text = readFileSync("tests/fixtures/raadsvoorstellen/16-brakelaar-eenzaamheid.txt", "utf8");
  const criteria = ["S", "A", "B", "C", "D", "E", "F"].map((id) => ({ id, autoStatus: "deels", status: "deels", notes: "" }));
  const toetsstenen = [
    { id: "w1", label: "Eenzaamheid tegengaan", kind: "waarde", autoStatus: "deels", status: "deels", notes: "" },
    { id: "w2", label: "Sport voor iedereen", kind: "waarde", autoStatus: "afwezig", status: "aanwezig", notes: "Mijn eigen notitie" },
  ];
  const toets = { id: "t1", title: "Eenzaamheid", date: "", createdAt: NOW, updatedAt: NOW, text, criteria, toetsstenen, vragen: [] };
  const visie = { waarden: [{ id: "w1", name: "Eenzaamheid tegengaan", meaning: "niemand staat er alleen voor", top: true }] };
  const { page, context } = await importIntoFreshProfile(browser, base("wb-toets", { visie, toetsen: [toets] }));
  const before = await stored(page, "wb-toets");
  await page.goto("/sturing/raadsvoorstel-toets/?toets=t1");
  await expect(page.getByTestId("status-S")).toBeVisible({ timeout: 15_000 });
  await page.waitForTimeout(1500);
  const after = await stored(page, "wb-toets");
  expect(after.revision, "opening did not save").toBe(before.revision);
  expect(after.werkboek.toetsen[0]?.["updatedAt"]).toBe(NOW);

  await page.getByRole("button", { name: "Vergelijk opnieuw met mijn huidige visie" }).click();
  await expect(page.locator(".rk-savebar__status")).toContainText("Bewaard in deze browser", { timeout: 5000 });
  await expect.poll(async () => (await stored(page, "wb-toets")).revision).toBeGreaterThan(before.revision);
  const refreshed = (await stored(page, "wb-toets")).werkboek.toetsen[0] as { toetsstenen: { id: string; notes: string; status: string }[] };
  expect(refreshed.toetsstenen.find((s) => s.id === "w2")).toMatchObject({ notes: "Mijn eigen notitie", status: "aanwezig" });
  await context.close();
});

test("two tabs edit different fields at once: both edits are kept, and the other tab is told", async ({ context }) => {
  test.setTimeout(90_000);
  const a = await context.newPage();
  const b = await context.newPage();
  await new VisiePage(a).goto();
  await new VisiePage(b).goto();
  await Promise.all([typeAt(a, "#betrokken-waarden-wie", "Ingevuld in tab A"), typeAt(b, "#betrokken-principes-wie", "Ingevuld in tab B")]);
  // The old behaviour asked; "houd mijn versie" then dropped the other tab's edit.
  for (const p of [a, b]) {
    const keep = p.getByRole("button", { name: "Houd mijn versie" });
    if (await keep.isVisible().catch(() => false)) await keep.click();
  }
  await expect(a.locator("#betrokken-principes-wie")).toHaveValue("Ingevuld in tab B", { timeout: 10_000 });
  await expect(b.locator("#betrokken-waarden-wie")).toHaveValue("Ingevuld in tab A", { timeout: 10_000 });
  await expect.poll(async () => (await a.locator("[data-notice]").count()) + (await b.locator("[data-notice]").count())).toBeGreaterThan(0);
  const c = await context.newPage();
  await new VisiePage(c).goto();
  await expect(c.locator("#betrokken-waarden-wie")).toHaveValue("Ingevuld in tab A");
  await expect(c.locator("#betrokken-principes-wie")).toHaveValue("Ingevuld in tab B");
});

test("two tabs edit the same field: the conflict shows what the other version says", async ({ context }) => {
  test.setTimeout(90_000);
  const a = await context.newPage();
  const b = await context.newPage();
  await new VisiePage(a).goto();
  await new VisiePage(b).goto();
  // Both are typing before either saves, so neither can simply follow the other.
  await Promise.all([typeAt(b, "#betrokken-waarden-wie", "Versie van B"), typeAt(a, "#betrokken-waarden-wie", "Versie van A")]);
  const conflictText = async () => {
    for (const p of [a, b]) {
      const box = p.getByRole("alert").filter({ hasText: "in een ander tabblad" });
      if ((await box.count()) > 0) return box.first().innerText();
    }
    return "";
  };
  await expect.poll(conflictText, { timeout: 20_000 }).toMatch(/in de andere versie staat “Versie van [AB]”/);
});

test("duplicate ids in an imported werkboek: one edit changes one entry", async ({ browser }) => {
  const visie = {
    waarden: [
      { id: "w1", name: "Eerste waarde", meaning: "", top: false },
      { id: "w1", name: "Tweede waarde", meaning: "", top: false },
    ],
  };
  const { page, context } = await importIntoFreshProfile(browser, base("wb-dubbel", { visie }));
  await expect(page.getByText("dezelfde id")).toBeVisible();
  const v = new VisiePage(page);
  await v.goto();
  await page.getByLabel("Waarde 2").fill("Tweede, aangepast");
  await v.saved();
  await page.reload();
  await expect(page.getByLabel("Waarde 1")).toHaveValue("Eerste waarde");
  await expect(page.getByLabel("Waarde 2")).toHaveValue("Tweede, aangepast");
  await context.close();
});

test("a .docx that unpacks to 200 MB is refused in a worker within seconds; the page never freezes", async ({ page }) => {
  test.setTimeout(90_000);
  const { docxBomb } = await import("../fixtures/docx-bomb.ts");
  const bomb = await docxBomb(200 * 1024 * 1024);
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  await page.goto("/sturing/raadsvoorstel-toets/");
  await expect(page.locator(".rk-savebar__status")).toContainText(/Bewaard/);
  await page.evaluate(() => {
    (window as unknown as { __long: number[] }).__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (window as unknown as { __long: number[] }).__long.push(e.duration))).observe({ type: "longtask" });
  });
  const started = Date.now();
  await page.getByLabel("Open een bestand").setInputFiles({ name: "bom.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: bomb });
  await expect(page.getByRole("alert").filter({ hasText: "uitgepakt veel groter" })).toBeVisible({ timeout: 30_000 });
  expect(Date.now() - started, "refused within 30 s").toBeLessThan(30_000);
  expect(workers.some((u) => /extract\.worker/.test(u)), "read in a Web Worker").toBe(true);
  const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { __long: number[] }).__long));
  expect(longest, "no long freeze of the page").toBeLessThan(2000);
  await expect(page.getByLabel("Tekst van het raadsvoorstel")).toHaveValue("");
});
