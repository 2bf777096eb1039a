#!/usr/bin/env node
// Screenshots of a few pages in every theme of themas.json, for review (not committed): the built site
// (dist/) is served on 127.0.0.1, and /thema.css is answered with an @import of the theme, as a gemeente
// would write it. Usage: node scripts/screens-themas.ts [outdir] [port]   (after `npm run build`)
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";

const out = process.argv[2] ?? "screens";
const port = Number(process.argv[3] ?? 4362);
const pages: Record<string, string> = { home: "/", visie: "/visie/", samenbrengen: "/leeratelier/samenbrengen/" };
const { themas } = JSON.parse(readFileSync("themas.json", "utf8")) as { themas: { naam: string }[] };
if (!existsSync("dist/index.html")) {
  console.error("screens: geen dist/ — draai eerst `npm run build`.");
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const server = spawn(process.execPath, ["scripts/serve.mjs", "dist", String(port)], { stdio: "ignore" });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 50; i++) {
  if (await fetch(base).then(() => true, () => false)) break;
  await new Promise((r) => setTimeout(r, 100));
}
const chromiumPath = "/usr/bin/chromium";
const browser = await chromium.launch({ ...(existsSync(chromiumPath) ? { executablePath: chromiumPath } : {}), args: ["--no-sandbox", "--disable-gpu"] });
try {
  for (const { naam } of themas) {
    for (const [width, suffix] of [[1280, ""], [320, "-320"]] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "nl-NL", serviceWorkers: "block" });
      const page = await context.newPage();
      await page.route("**/thema.css", (route) => route.fulfill({ contentType: "text/css", body: `@import url("/themas/${naam}.css");` }));
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(base + path, { waitUntil: "networkidle" });
        const file = join(out, `${naam}-${name}${suffix}.png`);
        await page.screenshot({ path: file, fullPage: false });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
