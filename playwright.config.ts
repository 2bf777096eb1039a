import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

// Debian's Chromium when the machine has it (these machines cannot download Playwright's own build).
const systemChromium = "/usr/bin/chromium";
const executablePath = process.env["CHROMIUM_PATH"] ?? (existsSync(systemChromium) ? systemChromium : undefined);
const port = Number(process.env["E2E_PORT"] ?? 4329);

export default defineConfig({
  testDir: "tests/e2e",
  // Generous: CI and dev machines here share two cores between many jobs; a fast run still finishes quickly.
  timeout: 60_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env["CI"] ? 1 : 0,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "nl-NL",
    trace: "retain-on-failure",
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs ${process.env["DIST_DIR"] ?? "dist"} ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
