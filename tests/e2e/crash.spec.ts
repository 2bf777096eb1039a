/**
 * Issue 24: a hard crash (battery dead, the OS kills the browser) costs at most one second of typing,
 * on every page that keeps what you type. Each test starts Debian Chromium itself with its own
 * persistent profile, types at human speed, kills the whole browser process group with SIGKILL (no
 * pagehide, no unload, no chance to flush), starts it again on the same profile and counts the
 * characters that came back.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Locator, type Page } from "@playwright/test";
import config from "../../playwright.config.ts";
import { expect, test } from "./fixtures.ts";

// Debian's Chromium, like playwright.config.ts; else the browser Playwright installed.
const CHROMIUM = process.env["CHROMIUM_PATH"] ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : chromium.executablePath());
const FLAGS = (config.use?.launchOptions?.args ?? []) as string[];
/** Time between two keys, like a quick typist (and like the probe in the issue). */
const KEY_DELAY = 35;
/** The promise of the issue: at most this much typing may be lost. */
const MAX_LOST_MS = 1000;

interface Running {
  proc: ChildProcess;
  browser: Browser;
  page: Page;
}

const step = (what: string) => process.env["CRASH_DEBUG"] && console.log(new Date().toISOString(), what);
/** Browsers this worker started: killed when it exits, also after a timeout, so none outlives the run. */
const running = new Set<number>();
process.on("exit", () => {
  for (const pgid of running) {
    try {
      process.kill(-pgid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts Chromium on `profile`, connects over CDP and opens one page. */
async function launch(profile: string): Promise<Running> {
  const portFile = join(profile, "DevToolsActivePort");
  // A killed browser leaves its old port file behind.
  if (existsSync(portFile)) unlinkSync(portFile);
  const proc = spawn(CHROMIUM, ["--headless=new", `--user-data-dir=${profile}`, "--remote-debugging-port=0", ...FLAGS, "about:blank"], {
    detached: true, // its own process group, so one kill takes every Chromium process with it
    stdio: "ignore",
  });
  running.add(proc.pid as number);
  let port = "";
  for (let i = 0; i < 300 && !port; i++) {
    await sleep(50);
    if (existsSync(portFile)) port = readFileSync(portFile, "utf8").split("\n")[0]?.trim() ?? "";
  }
  if (!port) throw new Error("Chromium schreef geen DevToolsActivePort");
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0];
  if (!context) throw new Error("Geen standaardcontext");
  const page = await context.newPage();
  return { proc, browser, page };
}

/** SIGKILL to the whole process group, then wait until no process of it is left. */
async function killHard(r: Running): Promise<void> {
  const pgid = r.proc.pid as number;
  process.kill(-pgid, "SIGKILL");
  for (let i = 0; i < 200; i++) {
    try {
      process.kill(-pgid, 0);
    } catch {
      running.delete(pgid);
      return;
    }
    await sleep(25);
  }
  throw new Error("Chromium leeft nog na SIGKILL");
}

/** Closes a browser that is not part of the measurement. */
async function stop(r: Running): Promise<void> {
  await r.browser.close().catch(() => undefined);
  await killHard(r).catch(() => undefined);
}

/** Waits until every island on the page has hydrated (some use client:visible). */
async function hydrated(page: Page) {
  await expect
    .poll(
      async () => {
        const waiting = await page.locator("astro-island[ssr]").count();
        if (waiting > 0) await page.evaluate(() => (document.querySelector("astro-island[ssr]")?.firstElementChild as HTMLElement | null)?.scrollIntoView({ block: "center" }));
        return waiting;
      },
      { timeout: 30_000 },
    )
    .toBe(0);
}

interface Sheet {
  name: string;
  path: string;
  /** The field to type into. */
  field: (page: Page) => Locator;
  /** Steps before typing (e.g. adding a regeling); their result is saved before the measurement starts. */
  prepare?: (page: Page) => Promise<void>;
  /** Whether the page has the werkboek save bar (the voorbereiden page has its own status). */
  savebar?: boolean;
}

const SHEETS: Sheet[] = [
  { name: "visie", path: "/visie/", field: (p) => p.locator("#betrokken-waarden-wie") },
  { name: "koerskaart preventie keuzes", path: "/kennis/koerskaarten/preventie/", field: (p) => p.getByRole("group", { name: /Beschermen/ }).getByLabel("Beoogd maatschappelijk effect") },
  { name: "koerskaart preventie matrix", path: "/kennis/koerskaarten/preventie/", field: (p) => p.getByLabel("Jeugd (0-18 jaar), Beschermen") },
  { name: "staalkaart notities", path: "/kennis/staalkaarten/wmo/", field: (p) => p.locator("#vragen-college") },
  { name: "waardemodel", path: "/informatie/waardemodel/", field: (p) => p.getByLabel("Je politieke vraag") },
  {
    name: "jaarkalender",
    path: "/sturing/jaarkalender/",
    field: (p) => p.getByLabel("Naam van de regeling"),
    prepare: async (p) => {
      await p.getByRole("button", { name: "Regeling toevoegen" }).click();
      await p.getByLabel("Naam van de regeling").fill("");
    },
  },
  { name: "regionale samenwerking", path: "/sturing/regionale-samenwerking/", field: (p) => p.getByLabel("Naam van je gemeente") },
  { name: "startnotitie", path: "/sturing/startnotitie/", field: (p) => p.getByLabel("Onderwerp") },
  { name: "beleidscyclus", path: "/sturing/beleidscyclus/", field: (p) => p.getByRole("group", { name: "1. Agenderen" }).getByLabel("Wat is besloten of gedaan?") },
  { name: "duiden", path: "/informatie/duiden/", field: (p) => p.getByLabel("Waar gaan deze cijfers over?") },
  { name: "leeratelier voorbereiden", path: "/leeratelier/voorbereiden/", field: (p) => p.locator("#bk-start"), savebar: false },
];

/** Opens the page and waits until what it keeps has loaded. */
async function open(page: Page, baseURL: string, sheet: Sheet, first = false) {
  await page.goto(new URL(sheet.path, baseURL).href);
  await hydrated(page);
  if (sheet.savebar !== false) await expect(page.locator(".rk-savebar__status").first()).toContainText(/Bewaard|bewaard/, { timeout: 15_000 });
  // On the first visit some fields appear only after `prepare` (a regeling to name).
  if (first && sheet.prepare) return;
  await sheet.field(page).scrollIntoViewIfNeeded();
  await expect(sheet.field(page)).toBeEditable({ timeout: 15_000 });
}

/** Plain letters and spaces: every key is one character, whatever the keyboard layout. */
function text(n: number): string {
  const words = "de raad stelt de kaders en controleert het college op wat het doet in de wijk ".repeat(20);
  return words.slice(0, n);
}

/** Where the figures go, for the table in the closing note. */
const FIGURES = join("test-results", "crash");

/**
 * Types `chars` one key at a time and kills the browser after the last key, or once `killAfterMs`
 * have passed. Returns what was typed and when each key landed.
 */
async function typeAndKill(r: Running, field: Locator, chars: string, killAfterMs: number | null) {
  await field.focus();
  // Key by key (what pressSequentially does with a delay), so each key's time is known.
  const stamps: number[] = [];
  const start = Date.now();
  for (const ch of chars) {
    await r.page.keyboard.type(ch);
    stamps.push(Date.now());
    if (killAfterMs !== null && Date.now() - start >= killAfterMs) break;
    await sleep(KEY_DELAY);
  }
  const killedAt = Date.now();
  await killHard(r);
  return { typed: chars.slice(0, stamps.length), stamps, killedAt, start };
}

const variants = [
  { name: "direct na de laatste toets", chars: 40, killAfterMs: null },
  { name: "tijdens 8 s doortypen", chars: 400, killAfterMs: 8000 },
] as const;

test.describe.configure({ mode: "parallel" });

for (const sheet of SHEETS) {
  for (const variant of variants) {
    test(`harde crash, ${variant.name}: ${sheet.name} verliest hoogstens 1 s typen`, async ({ baseURL }, testInfo) => {
      test.setTimeout(120_000);
      const root = baseURL ?? "http://127.0.0.1:4329";
      const profile = mkdtempSync(join(tmpdir(), "rk-crash-"));
      try {
        let r = await launch(profile);
        try {
          step("gestart");
          await open(r.page, root, sheet, true);
          step("geopend");
          if (sheet.prepare) {
            await sheet.prepare(r.page);
            await expect(sheet.field(r.page)).toBeEditable();
            await expect(r.page.locator(".rk-savebar__status").first()).toContainText("Bewaard in deze browser", { timeout: 10_000 });
          }
          // The field limit must not cut the text: then a lost character would look kept or the other way round.
          const limit = await sheet.field(r.page).evaluate((el) => (el as HTMLInputElement).maxLength);
          const chars = text(limit > 0 ? Math.min(variant.chars, limit) : variant.chars);
          step("voorbereid");
          const { typed, stamps, killedAt, start } = await typeAndKill(r, sheet.field(r.page), chars, variant.killAfterMs);
          step("gedood");
          r = await launch(profile);
          step("herstart");
          await open(r.page, root, sheet);
          step("heropend");
          const value = await sheet.field(r.page).inputValue();
          let kept = 0;
          while (kept < typed.length && value[kept] === typed[kept]) kept++;
          const lost = typed.length - kept;
          // The oldest lost key: everything from there on is what the crash took.
          const lostMs = lost === 0 ? 0 : killedAt - (stamps[kept] as number);
          const figures = { sheet: sheet.name, variant: variant.name, typed: typed.length, kept, lost, lostMs, typingMs: killedAt - start, commit: process.env["CRASH_LABEL"] ?? "" };
          mkdirSync(FIGURES, { recursive: true });
          writeFileSync(join(FIGURES, `${testInfo.testId}.json`), JSON.stringify(figures) + "\n");
          testInfo.annotations.push({ type: "bewaard", description: `${kept} van ${typed.length} tekens (${lostMs} ms typen verloren)` });
          expect(value.length, "niets erbij verzonnen").toBeLessThanOrEqual(typed.length);
          expect(lostMs, `${sheet.name}: ${kept} van ${typed.length} tekens bewaard`).toBeLessThanOrEqual(MAX_LOST_MS);
        } finally {
          await stop(r);
        }
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    });
  }
}
