// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import offline from "./src/integrations/offline.mjs";

export default defineConfig({
  // Placeholder origin so Astro can build absolute URLs (sitemap, canonical); a municipality sets its own.
  site: process.env.SITE_URL ?? "https://raadskompas.example",
  trailingSlash: "always",
  integrations: [mdx(), preact(), sitemap({ filter: (page) => !page.includes("/404") }), offline()],
  build: { inlineStylesheets: "auto" },
  devToolbar: { enabled: false },
  // Separate caches let a test build a broken copy of the content without touching the real cache.
  ...(process.env["ASTRO_CACHE_DIR"] ? { cacheDir: process.env["ASTRO_CACHE_DIR"] } : {}),
});
