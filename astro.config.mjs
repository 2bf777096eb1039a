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
  // Module workers with their own chunks: the file reader loads mammoth only for a .docx, never pdf.js.
  vite: { worker: { format: "es" } },
  // Content-Security-Policy as a <meta> in every page: Astro adds the hashes of its own inline scripts
  // and styles; everything else must come from this site. Headers for hosting (with frame-ancestors,
  // which a <meta> cannot carry): README, "Beveiliging".
  security: {
    csp: {
      algorithm: "SHA-256",
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Separate caches let a test build a broken copy of the content without touching the real cache.
  ...(process.env["ASTRO_CACHE_DIR"] ? { cacheDir: process.env["ASTRO_CACHE_DIR"] } : {}),
});
