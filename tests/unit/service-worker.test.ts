/**
 * The generated sw.js, run against a fake service-worker scope: an update must precache fresh copies
 * (not what the HTTP cache still holds), and an unknown page offline must answer 404.
 */
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, test } from "node:test";
import offline from "../../src/integrations/offline.mjs";

const tmp = mkdtempSync(join(tmpdir(), "sw-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** Builds a tiny site with the integration and returns the text of its sw.js. */
function buildSw(theme: string): string {
  const dir = join(tmp, `site-${theme}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "index.html"), "<h1>Home</h1>");
  writeFileSync(join(dir, "404.html"), "<h1>Pagina niet gevonden</h1>");
  writeFileSync(join(dir, "thema.css"), theme);
  const hook = offline().hooks["astro:build:done"] as (o: unknown) => void;
  hook({ dir: pathToFileURL(`${dir}/`), logger: { info() {} } });
  return readFileSync(join(dir, "sw.js"), "utf8");
}

type Handler = (e: { request: Request; respondWith(p: Promise<Response>): void; waitUntil(p: Promise<unknown>): void }) => void;

/** A fake scope with Cache Storage and a network whose HTTP cache holds the old theme. */
function scope(network: { online: boolean; httpCached: Record<string, string>; server: Record<string, string> }) {
  const stores = new Map<string, Map<string, Response>>();
  const keyOf = (r: Request | string) => new URL(typeof r === "string" ? r : r.url, "https://rk.test").pathname;
  const open = async (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const m = stores.get(name) as Map<string, Response>;
    return {
      match: async (r: Request | string) => m.get(keyOf(r))?.clone(),
      put: async (r: Request | string, res: Response) => void m.set(keyOf(r), res),
      addAll: async (reqs: (Request | string)[]) => {
        for (const r of reqs) m.set(keyOf(r), await fakeFetch(typeof r === "string" ? new Request(new URL(r, "https://rk.test")) : r));
      },
    };
  };
  async function fakeFetch(input: Request | string): Promise<Response> {
    const req = typeof input === "string" ? new Request(new URL(input, "https://rk.test")) : input;
    if (!network.online) throw new TypeError("offline");
    const path = keyOf(req);
    if (req.cache !== "reload" && path in network.httpCached) return new Response(network.httpCached[path]);
    return path in network.server ? new Response(network.server[path]) : new Response("nf", { status: 404 });
  }
  const handlers: Record<string, Handler[]> = {};
  const self = {
    location: new URL("https://rk.test/"),
    addEventListener: (type: string, fn: Handler) => (handlers[type] ??= []).push(fn),
    skipWaiting: async () => {},
    clients: { claim: async () => {} },
  };
  const caches = {
    open,
    keys: async () => [...stores.keys()],
    delete: async (k: string) => stores.delete(k),
    match: async (r: Request) => {
      for (const name of stores.keys()) {
        const hit = await (await open(name)).match(r);
        if (hit) return hit;
      }
      return undefined;
    },
  };
  const run = async (source: string) => {
    // Relative URLs resolve against the scope, as in a real service worker.
    class ScopedRequest extends Request {
      constructor(input: RequestInfo, init?: RequestInit) {
        super(typeof input === "string" ? new URL(input, "https://rk.test") : input, init);
      }
    }
    new Function("self", "caches", "fetch", "Request", "Response", source)(self, caches, fakeFetch, ScopedRequest, Response);
  };
  const dispatch = async (type: string, request?: Request): Promise<Response | undefined> => {
    let waited: Promise<unknown> = Promise.resolve();
    let response: Promise<Response> | undefined;
    for (const fn of handlers[type] ?? []) fn({ request: request as Request, respondWith: (p) => (response = p), waitUntil: (p) => (waited = p) });
    await waited;
    return response ? await response : undefined;
  };
  return { run, dispatch, caches, reset: () => (handlers["install"] = handlers["activate"] = handlers["fetch"] = []) };
}

test("an update precaches the new theme, not the HTTP cache's old copy", async () => {
  const net = { online: true, httpCached: { "/thema.css": "oud" } as Record<string, string>, server: { "/": "home", "/404.html": "nf", "/thema.css": "nieuw" } as Record<string, string> };
  const s = scope(net);
  await s.run(buildSw("nieuw"));
  await s.dispatch("install");
  await s.dispatch("activate");
  const css = await s.dispatch("fetch", new Request("https://rk.test/thema.css"));
  assert.equal(await css?.text(), "nieuw");
});

test("offline, an unknown page answers with the 404 page and status 404", async () => {
  const net = { online: true, httpCached: {}, server: { "/": "home", "/404.html": "<h1>Pagina niet gevonden</h1>", "/thema.css": "x" } as Record<string, string> };
  const s = scope(net);
  await s.run(buildSw("x"));
  await s.dispatch("install");
  net.online = false;
  const nav = new Request("https://rk.test/bestaat-niet/");
  Object.defineProperty(nav, "mode", { value: "navigate" });
  const res = await s.dispatch("fetch", nav);
  assert.equal(res?.status, 404);
  assert.match((await res?.text()) ?? "", /Pagina niet gevonden/);
});
