import ICAL from "ical.js";
import { expectAccessible, expect, importIntoFreshProfile, worksheetTest as test } from "./fixtures.ts";
import { SturingPage } from "./pages/index.ts";

// Each test fills a worksheet, reloads, exports and imports in a second browser profile: slow by nature.
test.describe.configure({ timeout: 120_000 });


test("jaarkalender: dates in, legal deadlines out; survives reload; .ics parses; travels in the export", async ({ page, werkboek, browser }) => {
  const jk = new SturingPage(page, "jaarkalender");
  await jk.goto();
  await page.getByLabel("Jaar", { exact: true }).fill("2026");
  await page.getByLabel("Raad stelt de begroting vast").fill("2026-11-05");
  // Keyboard only: add a regeling and type its name.
  await page.getByRole("button", { name: "Regeling toevoegen" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Naam van de regeling")).toBeFocused();
  await page.keyboard.type("GGD Noord");
  await page.getByLabel("Algemeen bestuur stelt begroting vast").fill("2026-07-02");
  const ontwerp = page.locator("[data-moment$='-ontwerpbegroting']");
  await expect(ontwerp).toContainText("donderdag 9 april 2026");
  await expect(ontwerp).toContainText("art. 35, eerste lid, Wgr");
  await expect(page.locator("[data-moment='gemeente-begroting-gs']")).toContainText("vrijdag 13 november 2026");
  await expect(page.locator("[data-moment='gemeente-begroting-gs']")).toContainText("zaterdag");
  await jk.saved();
  await expectAccessible(page, "/sturing/jaarkalender/ ingevuld");

  await page.reload();
  await expect(page.getByLabel("Naam van de regeling")).toHaveValue("GGD Noord");
  await expect(page.getByLabel("Raad stelt de begroting vast")).toHaveValue("2026-11-05");

  const ics = await jk.download("Zet in je agenda (.ics)");
  expect(ics.name).toBe("jaarkalender-2026.ics");
  const events = new ICAL.Component(ICAL.parse(ics.text)).getAllSubcomponents("vevent");
  expect(events.map((e) => String(e.getFirstPropertyValue("summary")))).toContain("GGD Noord: Zienswijze van de raad op de ontwerpbegroting");
  const md = await jk.download("Markdown (.md)");
  expect(md.text).toContain("art. 34b Wgr");
  expect(md.text).toContain("GGD Noord");

  await werkboek.goto();
  const json = JSON.parse(await werkboek.exportJson("Mijn werkboek"));
  expect(json.sturing.regelingen[0].naam).toBe("GGD Noord");
  const { page: p2, context } = await importIntoFreshProfile(browser, json);
  await p2.goto("/sturing/jaarkalender/");
  await expect(p2.locator("[data-moment$='-ontwerpbegroting']")).toContainText("9 april 2026");
  await context.close();
});

test("regionale samenwerking: a regeling card and a zienswijze letter made from the answers", async ({ page, werkboek, browser }) => {
  const rs = new SturingPage(page, "regionale-samenwerking");
  await rs.goto();
  await page.getByLabel("Naam van je gemeente").fill("Westerveld");
  await page.getByRole("button", { name: "Regeling toevoegen" }).click();
  await expect(page.getByLabel("Naam", { exact: true })).toBeFocused();
  await page.keyboard.type("Werkbedrijf Regio");
  await page.getByLabel("Wgr-vorm").selectOption("bedrijfsvoeringsorganisatie");
  for (const [i, bedrag] of ["40", "46"].entries()) {
    await page.getByRole("button", { name: /Jaar toevoegen/ }).click();
    await page.locator(`[id$='-bijdrage-${i}']`).fill(bedrag);
  }
  await expect(page.getByRole("status").filter({ hasText: "De bijdrage per inwoner gaat van" })).toContainText("een stijging van 15%");
  await page.getByLabel("Begrotingsjaar").pressSequentially("2027", { delay: 60 });
  await page.getByRole("group", { name: /bijdrage per inwoner te verantwoorden/ }).getByRole("radio", { name: "Deels" }).check();
  const risico = page.getByRole("group", { name: /risico's benoemd/ });
  await risico.getByRole("radio", { name: "Nee" }).check();
  await risico.getByLabel("Toelichting voor de brief").fill("Het weerstandsvermogen is te laag voor de loonstijging.");
  const brief = page.getByLabel("Brief aan het dagelijks bestuur");
  await expect(brief).toHaveValue(/gemeenteraad van Westerveld/);
  await expect(brief).toHaveValue(/weerstandsvermogen is te laag voor de loonstijging/);
  await expect(brief).toHaveValue(/een stijging van 15%/);
  await rs.saved();
  await expectAccessible(page, "/sturing/regionale-samenwerking/ ingevuld");

  // The user edits the letter; the edit is kept over a reload.
  await brief.press("End");
  await brief.pressSequentially("\n\nPS: graag een reactie vóór de zomer.");
  await rs.saved();
  await page.reload();
  await expect(page.getByLabel("Brief aan het dagelijks bestuur")).toHaveValue(/PS: graag een reactie vóór de zomer\./);
  await expect(page.getByRole("group", { name: /risico's benoemd/ }).getByRole("radio", { name: "Nee" })).toBeChecked();

  const zienswijze = page.locator("section").filter({ has: page.getByRole("heading", { name: "Zienswijze op de ontwerpbegroting" }) });
  const md = await rs.download("Markdown (.md)", zienswijze);
  expect(md.text).toContain("weerstandsvermogen is te laag");
  expect(md.text).toContain("PS: graag een reactie");
  const [docx] = await Promise.all([page.waitForEvent("download"), zienswijze.getByRole("button", { name: "Word (.docx)" }).click()]);
  expect(docx.suggestedFilename()).toMatch(/^zienswijze-ontwerpbegroting-2027.*\.docx$/);

  await werkboek.goto();
  const json = await werkboek.exportJson("Mijn werkboek");
  const { page: p2, context } = await importIntoFreshProfile(browser, json);
  await p2.goto("/sturing/regionale-samenwerking/");
  await expect(p2.getByLabel("Naam", { exact: true })).toHaveValue("Werkbedrijf Regio");
  await expect(p2.getByLabel("Brief aan het dagelijks bestuur")).toHaveValue(/PS: graag een reactie/);
  // Deleting the only regeling (after the confirm dialog) leaves keyboard focus on "Regeling toevoegen", not at the top of the page.
  p2.once("dialog", (d) => void d.accept());
  await p2.getByRole("button", { name: "Verwijder Werkbedrijf Regio" }).click();
  await expect(p2.getByRole("button", { name: "Regeling toevoegen" })).toBeFocused();
  await context.close();
});

test("startnotitie: fill the elements, check a text with the toets engine, reload, export, import", async ({ page, werkboek, browser }) => {
  const sn = new SturingPage(page, "startnotitie");
  await sn.goto();
  await page.getByLabel("Onderwerp").fill("Armoede en schuldhulpverlening");
  await page.getByLabel(/^5\. Planning/).fill("Beeldvorming mei tot september, besluit in februari.");
  await page.getByLabel("Periode: informeren").fill("mei–september 2027");
  await expect(page.getByRole("status").filter({ hasText: "onderdelen ingevuld" })).toContainText("1 van de 7");
  await page.getByLabel("Tekst van de startnotitie").fill(
    "Planning. De beeldvorming loopt van mei tot september 2027 en de besluitvorming is in februari 2028. Afstemming. Raad en college maken samen afspraken over de taakverdeling en er is maandelijks afstemming. Status. De notitie wordt ter vaststelling aangeboden.",
  );
  await page.getByRole("button", { name: "Controleer op de zeven onderdelen" }).click();
  const uitslag = page.getByRole("table", { name: "Uitslag van de controle" });
  await expect(uitslag.locator("[data-onderdeel='planning']")).not.toContainText("Ontbreekt");
  await expect(uitslag.locator("[data-onderdeel='organisatie']")).toContainText("Ontbreekt");
  await sn.saved();
  await expectAccessible(page, "/sturing/startnotitie/ met controle");
  await page.reload();
  await expect(page.getByLabel(/^5\. Planning/)).toHaveValue(/besluit in februari/);
  const md = await sn.download("Markdown (.md)");
  expect(md.text).toContain("mei–september 2027");
  await werkboek.goto();
  const { page: p2, context } = await importIntoFreshProfile(browser, await werkboek.exportJson("Mijn werkboek"));
  await p2.goto("/sturing/startnotitie/");
  await expect(p2.getByLabel("Onderwerp")).toHaveValue("Armoede en schuldhulpverlening");
  await context.close();
});

test("beleidscyclus: one theme through six steps, reload, export, import", async ({ page, werkboek, browser }) => {
  const bc = new SturingPage(page, "beleidscyclus");
  await bc.goto();
  await page.getByLabel("Welk thema volg je?").fill("Jeugdhulp");
  const stap1 = page.getByRole("group", { name: "1. Agenderen" });
  await stap1.getByLabel("Wat is besloten of gedaan?").fill("Motie over wachtlijsten aangenomen.");
  await stap1.getByLabel("Wanneer?").fill("2026-03-12");
  await stap1.getByLabel("Welk instrument is nu aan de beurt?").selectOption("rekenkamer");
  await expect(page.getByRole("status").filter({ hasText: "Eerste open stap" })).toContainText("2. Beleid voorbereiden");
  await bc.saved();
  await expectAccessible(page, "/sturing/beleidscyclus/ ingevuld");
  await page.reload();
  await expect(page.getByRole("group", { name: "1. Agenderen" }).getByLabel("Welk instrument is nu aan de beurt?")).toHaveValue("rekenkamer");
  const md = await bc.download("Markdown (.md)");
  expect(md.text).toContain("Motie over wachtlijsten aangenomen.");
  expect(md.text).toContain("12 maart 2026");
  await werkboek.goto();
  const { page: p2, context } = await importIntoFreshProfile(browser, await werkboek.exportJson("Mijn werkboek"));
  await p2.goto("/sturing/beleidscyclus/");
  await expect(p2.getByLabel("Welk thema volg je?")).toHaveValue("Jeugdhulp");
  await context.close();
});

test("the Sturing hub and cards are accessible, load only the search island, and search finds them", async ({ page, search }) => {
  await page.goto("/sturing/");
  await expect(page.getByRole("link", { name: "Jaarkalender" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Regionale samenwerking en de Wgr" })).toBeVisible();
  await expectAccessible(page, "/sturing/");
  const islands = await page.locator("astro-island").evaluateAll((els) => els.map((e) => e.getAttribute("component-url") ?? ""));
  expect(islands.every((u) => /SearchBox/.test(u))).toBe(true);
  await page.goto("/sturing/kaarten/regionale-samenwerking/");
  await expect(page.getByRole("heading", { name: "Bronnen" })).toBeVisible();
  await expect(page.locator(".rk-stand")).toHaveText(/Stand van zaken: 1 januari 2026/);
  await expectAccessible(page, "/sturing/kaarten/regionale-samenwerking/");
  await expect(page.locator(".rk-header__search astro-island")).not.toHaveAttribute("ssr", "");
  await search.input.fill("zienswijze");
  await expect(search.options.first()).toBeVisible();
  await search.input.press("ArrowDown");
  await search.input.press("Enter");
  await expect(page).toHaveURL(/\/sturing\/kaarten\/regionale-samenwerking\//);
});

test("the Sturing worksheets fit a 320 px wide screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const slug of ["jaarkalender", "regionale-samenwerking", "startnotitie", "beleidscyclus"]) {
    const ws = new SturingPage(page, slug);
    await ws.goto();
    if (slug !== "startnotitie" && slug !== "beleidscyclus") await page.getByRole("button", { name: "Regeling toevoegen" }).click();
    // Measured on the worksheet itself: the site header is shared by every page and checked elsewhere.
    const wide = await page.locator(".rk-worksheet").evaluate((root) => {
      const max = document.documentElement.clientWidth;
      return [root, ...Array.from(root.querySelectorAll("*"))].filter((el) => el.getBoundingClientRect().right > max + 1).map((el) => `${el.tagName}.${el.className}`);
    });
    expect(wide, slug).toEqual([]);
  }
});
