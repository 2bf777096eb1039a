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
  vite: {
    worker: { format: "es" },
    build: {
      rolldownOptions: {
        optimization: { inlineConst: { mode: "all", pass: 2 } },
        output: {
          // Fewer, larger chunks for what always loads together: every file is compressed on its own, so
          // twenty small ones cost kilobytes more than one (budgets, ADR 0015). Preact for every island;
          // the werkboek runtime (storage, session, save bar) and the worksheet
          // parts (fields, print and export) for every worksheet.
          codeSplitting: {
            groups: [
              { name: "preact", test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]/, priority: 20 },
              {
                name: "werkboek-runtime",
                test: /src[\\/](islands[\\/](ui[\\/](useWerkboek\.ts|SaveBar\.tsx)|browser[\\/](exportJson|channel)\.ts)|lib[\\/]werkboek[\\/](store|session|merge|model|size|emptyWerkboek)\.ts)$/,
                priority: 10,
              },
              // Small modules that pages without a werkboek also use: captured first, so they stay out of
              // the runtime and those pages do not load all of it for them.
              {
                name: "werkblad-ui",
                test: /src[\\/](islands[\\/]ui[\\/](worksheet|fields|PrintDocument|ExportMenu)\.tsx|lib[\\/]export[\\/]document\.ts|lib[\\/]slug\.ts)$/,
                priority: 10,
              },
              { name: "idb", test: /node_modules[\\/]idb[\\/]|src[\\/]lib[\\/]werkboek[\\/]database\.ts$/, priority: 30 },
              { name: "klein", test: /src[\\/](lib[\\/]werkboek[\\/]storageKeys|lib[\\/]ids|islands[\\/]browser[\\/](download|localStore))\.ts$/, priority: 31 },
            ],
          },
        },
      },
    },
  },
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
