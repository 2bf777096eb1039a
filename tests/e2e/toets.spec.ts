import { readFileSync, existsSync } from "node:fs";
import { expectAccessible, expect, worksheetTest as test } from "./fixtures.ts";
import { ToetsPage } from "./pages/index.ts";

const FIX = "tests/fixtures/raadsvoorstellen";
const labels = JSON.parse(readFileSync(`${FIX}/labels.json`, "utf8")) as Record<string, Record<string, string>>;


test("paste a proposal, see statuses and evidence, override one, export the memo, reload and find it again", async ({ page }) => {
  // Eight criteria, three exports and a reload: over 30 s on a busy shared machine.
  test.setTimeout(90_000);
  const t = new ToetsPage(page);
  await t.goto();
  await t.paste(readFileSync(`${FIX}/03-veldhoeve-buurtkamer.txt`, "utf8"));
  // The automatic statuses for this fixture match its human labels for D and S.
  await expect(t.status("D")).toHaveText(labels["03-veldhoeve-buurtkamer.txt"]?.["D"] ?? "");
  await expect(page.locator(".rk-proposal mark").first()).toBeVisible();
  // Evidence links jump to the highlighted passage.
  const firstEvidence = page.locator("#criterium-F .rk-evidence a").first();
  await firstEvidence.click();
  await expect(page.locator("mark:target")).toBeVisible();

  await page.getByRole("group", { name: "Jouw oordeel over D" }).getByLabel("aanwezig").check();
  await expect(t.status("D")).toHaveText("aanwezig (automatisch: afwezig)");
  await page.getByLabel("Notitie bij D").fill("Alternatieven zijn mondeling toegelicht in de commissie.");
  await expect(page.getByLabel(/Vraag \d+ \(criterium E\)/).first()).toBeVisible();
  await expectAccessible(page, "/sturing/raadsvoorstel-toets/ met uitslag");

  const [md] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Markdown (.md)" }).click()]);
  const memo = readFileSync(await md.path(), "utf8");
  expect(memo).toContain("Fractiememo");
  expect(memo).toContain("aanwezig (automatisch: afwezig)");
  expect(memo).toContain("Alternatieven zijn mondeling toegelicht");
  expect(memo).toMatch(/## Vragen voor het college\n\n1\. /);
  const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Word (.docx)" }).click()]);
  expect(readFileSync(await docx.path()).subarray(0, 2).toString()).toBe("PK");
  const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Toets als JSON" }).click()]);
  const parsed = JSON.parse(readFileSync(await json.path(), "utf8"));
  expect(parsed.criteria.map((c: { id: string }) => c.id)).toEqual(["S", "A", "B", "C", "D", "E", "F", "G"]);

  await expect(page.locator(".rk-savebar__status")).toContainText("Bewaard in deze browser");
  await page.reload();
  await expect(t.status("D")).toHaveText("aanwezig (automatisch: afwezig)", { timeout: 15_000 });
  await page.goto("/sturing/raadsvoorstel-toets/");
  await expect(page.getByRole("heading", { name: "Getoetste voorstellen in dit werkboek" })).toBeVisible();
  await page.getByRole("button", { name: /^Openen/ }).first().click();
  await expect(page.getByLabel("Notitie bij D")).toHaveValue("Alternatieven zijn mondeling toegelicht in de commissie.");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".rk-print-document")).toContainText("Fractiememo");
});

for (const ext of ["docx", "pdf"]) {
  test(`a .${ext} proposal is read in the browser`, async ({ page }) => {
    const t = new ToetsPage(page);
    await t.goto();
    const requests: string[] = [];
    page.on("request", (r) => r.method() !== "GET" && requests.push(r.url()));
    await t.open(`${FIX}/11-beekdal-inkoop-jeugdhulp.${ext}`);
    await expect(page.getByLabel("Tekst van het raadsvoorstel")).toHaveValue(/Beekdal/);
    await expect(t.status("F")).toHaveText(labels["11-beekdal-inkoop-jeugdhulp.txt"]?.["F"] ?? "");
    expect(requests, "nothing is uploaded").toEqual([]);
  });
}

test("an unreadable file gives a Dutch message and changes nothing", async ({ page }) => {
  const t = new ToetsPage(page);
  await t.goto();
  await page.getByLabel("Open een bestand").setInputFiles({ name: "kapot.docx", mimeType: "application/octet-stream", buffer: Buffer.from("dit is geen word-bestand") });
  await expect(page.getByRole("alert")).toContainText(/kon niet worden gelezen|geen geldig Word-document/);
  await expect(page.getByLabel("Tekst van het raadsvoorstel")).toHaveValue("");
  await expectAccessible(page, "/sturing/raadsvoorstel-toets/ met foutmelding");
});

test("every evidence link, of criteria and toetsstenen, lands on a marked passage that contains it", async ({ page }) => {
  // Clicks every link one by one.
  test.setTimeout(120_000);
  await page.goto("/visie/");
  await page.getByRole("button", { name: "Eigen waarde toevoegen" }).click();
  await page.getByLabel("Waarde 1").fill("Mantelzorg");
  await page.getByLabel("Wat betekent Mantelzorg voor jou? (één regel)").fill("Wie voor een naaste zorgt, krijgt steun");
  await expect(page.locator(".rk-savebar__status")).toContainText("Bewaard in deze browser");
  const t = new ToetsPage(page);
  await t.goto();
  await t.paste(readFileSync(`${FIX}/37-lauwersoog-mantelzorg-respijt.txt`, "utf8"));
  await expect(page.getByRole("heading", { name: /T1 Mantelzorg/ })).toBeVisible();
  const links = page.locator(".rk-evidence a");
  const n = await links.count();
  expect(n).toBeGreaterThan(10);
  for (let i = 0; i < n; i++) {
    const link = links.nth(i);
    const quoted = ((await link.textContent()) ?? "").replace(/^"|"$/g, "").replace(/…$/, "").slice(0, 60);
    const href = (await link.getAttribute("href")) ?? "";
    expect(href, `link ${i}`).toMatch(/^#bewijs-\d+$/);
    await expect(page.locator(href), `mark for link ${i}`).toHaveCount(1);
    await link.click();
    await expect(page.locator("mark:target")).toHaveAttribute("id", href.slice(1));
    await expect(page.locator("mark:target")).toContainText(quoted.trim());
  }
});

test("the visie becomes extra toetsstenen", async ({ page }) => {
  await page.goto("/visie/");
  await page.getByRole("button", { name: "Eigen waarde toevoegen" }).click();
  await page.getByLabel("Waarde 1").fill("Buurtgericht werken");
  await page.getByLabel("Wat betekent Buurtgericht werken voor jou? (één regel)").fill("Ontmoeting dichtbij huis in de wijk");
  await expect(page.locator(".rk-savebar__status")).toContainText("Bewaard in deze browser");
  const t = new ToetsPage(page);
  await t.goto();
  await t.paste(readFileSync(`${FIX}/03-veldhoeve-buurtkamer.txt`, "utf8"));
  await expect(page.getByRole("heading", { name: /T1 Buurtgericht werken/ })).toBeVisible();
});

test("a 260 KB document is analysed off the main thread: no long freeze while it runs", async ({ page }) => {
  const seed = "../shared/seeds/001_8130d38cb886e681.txt";
  const big = existsSync(seed) ? readFileSync(seed, "utf8") : readFileSync(`${FIX}/11-beekdal-inkoop-jeugdhulp.txt`, "utf8").repeat(60);
  const t = new ToetsPage(page);
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  await t.goto();
  await page.evaluate(() => {
    (window as unknown as { __long: number[] }).__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (window as unknown as { __long: number[] }).__long.push(e.duration))).observe({ type: "longtask", buffered: false });
  });
  // A real paste, not Playwright's fill (which inserts 260 KB as typed text and takes minutes).
  await page.getByLabel("Tekst van het raadsvoorstel").evaluate((el, text) => {
    (el as HTMLTextAreaElement).value = text;
    el.dispatchEvent(new Event("input", { bubbles: true }));
  }, big);
  await expect(t.status("S")).toBeVisible({ timeout: 15_000 });
  // Typing while the analysis runs stays responsive.
  await page.getByLabel("Tekst van het raadsvoorstel").press("End");
  await page.keyboard.type(" extra", { delay: 20 });
  await expect(t.status("S")).toBeVisible();
  const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { __long: number[] }).__long));
  console.log(`langste blokkade van de hoofdthread: ${Math.round(longest)} ms`);
  expect(workers.some((u) => /toets\.worker/.test(u)), "analysis runs in a Web Worker").toBe(true);
  expect(longest).toBeLessThan(400);
});
