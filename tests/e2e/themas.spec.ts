import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, filledWerkboekJson, hydrateAll, pdfText, sitemapPaths, test, WerkboekPage } from "./fixtures.ts";
import { CSS_BUDGET } from "../../scripts/budgets.mjs";

/**
 * Every shipped theme (themas.json), switched without a rebuild the way a gemeente does it: /thema.css
 * imports /themas/<naam>.css. Each page passes axe (WCAG 2.2 AA, contrast included), fits 320 px,
 * prints its content, and stays within the CSS budget; a switch of theme loses no stored work.
 */
const dist = process.env["DIST_DIR"] ?? "dist";
const { themas } = JSON.parse(readFileSync("themas.json", "utf8")) as { themas: { naam: string; label: string }[] };

/** Serves /thema.css as a gemeente would write it for this theme. */
async function useThema(page: Page, naam: string) {
  await page.route("**/thema.css", (route) => route.fulfill({ contentType: "text/css; charset=utf-8", body: `@import url("/themas/${naam}.css");\n` }));
}

/** The theme really applies: its stylesheet loaded and its link colour reached the page. */
async function expectThema(page: Page, naam: string) {
  const state = await page.evaluate(() => ({
    sheets: [...document.styleSheets].flatMap((s) => {
      try {
        return [...s.cssRules].flatMap((r) => (r instanceof CSSImportRule && r.styleSheet ? [r.href] : []));
      } catch {
        return [];
      }
    }),
    link: getComputedStyle(document.documentElement).getPropertyValue("--utrecht-button-primary-action-background-color").trim(),
  }));
  expect(state.sheets, `thema ${naam} geladen`).toContain(`/themas/${naam}.css`);
  expect(state.link, `thema ${naam} zet zijn kleuren`).not.toBe("");
}

// page.route cannot see what a service worker answers; the theme switch is about the network file.
test.use({ serviceWorkers: "block" });

for (const { naam, label } of themas) {
  test.describe(`thema ${naam} (${label})`, () => {
    test("every sitemap page passes axe (WCAG 2.2 AA)", async ({ page }) => {
      test.setTimeout(420_000);
      await useThema(page, naam);
      const paths = await sitemapPaths(page);
      expect(paths.length).toBeGreaterThanOrEqual(14);
      for (const path of paths) {
        await page.goto(path, { waitUntil: "networkidle" });
        await expectThema(page, naam);
        await expectAccessible(page, `${path} (${naam})`);
      }
    });

    test("every sitemap page fits 320 px and prints its content", async ({ page }) => {
      test.setTimeout(420_000);
      await useThema(page, naam);
      await page.setViewportSize({ width: 320, height: 640 });
      for (const path of await sitemapPaths(page)) {
        await page.goto(path, { waitUntil: "networkidle" });
        const o = await page.evaluate(() => {
          const width = window.innerWidth;
          const culprits = [...document.querySelectorAll("body *")]
            .filter((el) => el.getBoundingClientRect().right > width + 0.5 && el.getBoundingClientRect().width > 0 && !el.parentElement?.closest(".rk-table-scroll, .rk-proposal"))
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`);
          return { scroll: document.documentElement.scrollWidth, width, culprits };
        });
        expect(o.scroll, `${path} (${naam}): ${o.scroll}px breed bij 320 px; steekt uit: ${o.culprits.join(", ")}`).toBeLessThanOrEqual(o.width);
        if (path.startsWith("/zoeken")) continue;
        await page.emulateMedia({ media: "print" });
        const printed = await page.evaluate(() => {
          const main = document.querySelector("main") as HTMLElement;
          const h = [...main.querySelectorAll("h1, h2, h3")].find((x) => x.getClientRects().length > 0);
          const hidden = [".rk-nav", ".rk-header__search"].every((s) => (document.querySelector(s) as HTMLElement).getClientRects().length === 0);
          const header = getComputedStyle(document.querySelector(".utrecht-page-header") as HTMLElement);
          return { heading: (h?.textContent ?? "").replace(/\s+/g, " ").trim(), text: main.innerText.trim().length, hidden, inkOnly: header.backgroundColor === "rgba(0, 0, 0, 0)" && header.color === "rgb(0, 0, 0)" };
        });
        expect(printed.heading, `${path} (${naam}): een kop is zichtbaar bij afdrukken`).not.toBe("");
        expect(printed.text, `${path} (${naam}): <main> heeft tekst bij afdrukken`).toBeGreaterThan(150);
        expect(printed.hidden, `${path} (${naam}): menu en zoekvak drukken niet af`).toBe(true);
        expect(printed.inkOnly, `${path} (${naam}): de kop drukt zwart op wit, zonder themakleur`).toBe(true);
        const pdf = await pdfText(await page.pdf({ format: "A4" }));
        expect(pdf.replace(/-\s+/g, "-"), `${path} (${naam}): de pdf bevat de kop`).toContain(printed.heading);
        await page.emulateMedia({ media: "screen" });
      }
    });

    test("keyboard only: every element Tab reaches is in view and shows a focus ring", async ({ page }) => {
      test.setTimeout(180_000);
      await useThema(page, naam);
      for (const path of ["/", "/visie/", "/kennis/staalkaarten/wmo/", "/leeratelier/samenbrengen/"]) {
        await page.goto(path, { waitUntil: "networkidle" });
        // Islands that build themselves when scrolled into view make the page grow once; walk the settled page.
        await hydrateAll(page);
        await page.evaluate(() => window.scrollTo(0, 0));
        const seen: string[] = [];
        let reachedMain = false;
        for (let i = 0; i < 400; i++) {
          await page.keyboard.press("Tab");
          const f = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            if (!el || el === document.body) return null;
            const r = el.getBoundingClientRect();
            const cs = getComputedStyle(el);
            const ring = (cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== "none";
            const id = `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}.${[...el.classList].join(".")}:${(el.textContent ?? "").trim().slice(0, 30)}@${Math.round(r.top + window.scrollY)}`;
            return { id, ring, inView: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth, inMain: Boolean(el.closest("main")) };
          });
          if (!f || seen.includes(f.id)) break;
          seen.push(f.id);
          reachedMain ||= f.inMain;
          expect(f.inView, `${path} (${naam}): ${f.id} heeft focus maar is niet in beeld`).toBe(true);
          expect(f.ring, `${path} (${naam}): ${f.id} toont geen focusrand`).toBe(true);
        }
        expect(seen.length, `${path} (${naam}): Tab bereikt elementen`).toBeGreaterThan(5);
        expect(reachedMain, `${path} (${naam}): Tab bereikt de inhoud`).toBe(true);
      }
    });

    test(`CSS per page, theme included, stays within ${CSS_BUDGET / 1024} KB gzip`, async ({ page }) => {
      test.setTimeout(180_000);
      await useThema(page, naam);
      const over: string[] = [];
      for (const path of await sitemapPaths(page)) {
        const files = new Set<string>();
        const listener = (r: import("@playwright/test").Request) => {
          const p = new URL(r.url()).pathname;
          if (r.resourceType() === "stylesheet" || p.endsWith(".css")) files.add(p);
        };
        page.on("request", listener);
        await page.goto(path, { waitUntil: "networkidle" });
        page.off("request", listener);
        const inline = await page.locator("style").evaluateAll((ss) => ss.map((s) => s.textContent ?? ""));
        // thema.css is what the gemeente serves; here it is the one-line import above.
        const bytes = [...files].reduce((n, f) => n + (f === "/thema.css" ? gzipSync(`@import url("/themas/${naam}.css");\n`, { level: 9 }).length : gzipSync(readFileSync(join(dist, f)), { level: 9 }).length), 0)
          + inline.reduce((n, s) => n + gzipSync(s, { level: 9 }).length, 0);
        expect([...files], path).toContain(`/themas/${naam}.css`);
        if (bytes > CSS_BUDGET) over.push(`${path}: ${(bytes / 1024).toFixed(1)} KB`);
      }
      expect(over).toEqual([]);
    });
  });
}

test("switching theme loses nothing of the stored werkboek", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const [first, second] = [themas[0]?.naam ?? "", themas[themas.length - 1]?.naam ?? ""];
  expect(first).not.toBe(second);
  await useThema(page, first);
  const werkboek = new WerkboekPage(page);
  await werkboek.goto();
  await werkboek.importFile("thema.raadskompas.json", filledWerkboekJson("Themawissel"));
  await expect(page.getByText("is geïmporteerd")).toBeVisible();
  // A change made in this theme, not only an import.
  await page.goto("/visie/");
  await expect(page.locator(".rk-savebar__status")).toContainText("Bewaard");
  const meaning = page.getByLabel("Wat betekent Rechtvaardigheid voor jou? (één regel)");
  await meaning.fill("Iedereen doet mee, ook in een ander thema.");
  await expect(page.locator(".rk-savebar__status")).toContainText("Bewaard in deze browser", { timeout: 5000 });
  await werkboek.goto();
  const before = JSON.parse(await werkboek.exportJson("Themawissel"));
  const storage = () => page.evaluate(() => Object.keys(localStorage).sort());
  const keysBefore = await storage();

  // The gemeente switches theme: same site, same browser, another thema.css.
  await page.unroute("**/thema.css");
  await useThema(page, second);
  await page.goto("/visie/");
  await expectThema(page, second);
  await expect(page.getByLabel("Wat betekent Rechtvaardigheid voor jou? (één regel)")).toHaveValue("Iedereen doet mee, ook in een ander thema.");
  await werkboek.goto();
  await expect(werkboek.item("Themawissel")).toBeVisible();
  const after = JSON.parse(await werkboek.exportJson("Themawissel"));
  expect(after).toEqual(before);
  expect(await storage()).toEqual(keysBefore);
  await context.close();
});

test("the toegankelijkheidsverklaring is linked from the footer and claims no status the gemeente has not filled in", async ({ page }) => {
  await page.goto("/visie/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Toegankelijkheid" }).click();
  await expect(page).toHaveURL(/\/over\/toegankelijkheid\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Toegankelijkheid" })).toBeVisible();
  for (const part of ["Status", "Wat we hebben getest, en hoe", "Wat nog niet goed is", "Een probleem melden"]) await expect(page.getByRole("heading", { level: 2, name: part })).toBeVisible();
  await expect(page.locator("[data-status]")).toHaveAttribute("data-status", "leeg");
  await expect(page.locator("[data-contact]")).toHaveAttribute("data-contact", "leeg");
  // Every shipped theme is named, and what was not done is said.
  for (const { label } of themas) await expect(page.getByText(label, { exact: false }).first()).toBeVisible();
  await expect(page.getByText(/Niet getest:/)).toBeVisible();
});
