/**
 * Starts the real live server (node server/main.ts) and, when needed, a real redis-server, for the tests and
 * the bench and fault scripts. Everything listens on 127.0.0.1; ports come from the OS (or from a range in
 * RK_TEST_PORTS / RK_TEST_REDIS_PORTS, e.g. "4340-4349", when several people share one machine).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");

function canListen(port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = createServer();
    s.once("error", () => res(false));
    s.listen(port, "127.0.0.1", () => s.close(() => res(true)));
  });
}

/** A free loopback port, from `range` ("4340-4349") when given. */
export async function freePort(range = ""): Promise<number> {
  const m = /^(\d+)-(\d+)$/.exec(range.trim());
  if (m) {
    for (let p = Number(m[1]); p <= Number(m[2]); p++) if (await canListen(p)) return p;
    throw new Error(`geen vrije poort in ${range}`);
  }
  return new Promise((res, rej) => {
    const s = createServer();
    s.once("error", rej);
    s.listen(0, "127.0.0.1", () => {
      const addr = s.address();
      s.close(() => (typeof addr === "object" && addr ? res(addr.port) : rej(new Error("geen poort"))));
    });
  });
}

/** Children still running when the test process exits (a failed test, Ctrl-C) are stopped with it. */
const children = new Set<ChildProcess>();
process.once("exit", () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
});
const track = (c: ChildProcess) => {
  children.add(c);
  c.once("exit", () => children.delete(c));
  return c;
};

export const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `rk-${name}-`));

/** A tiny built site: enough to check headers and caching without running astro build first. */
export function siteFixture(): string {
  const dir = tempDir("dist");
  const csp = "default-src 'self';connect-src 'self';object-src 'none';base-uri 'self';form-action 'self'; script-src 'self' 'sha256-abc='; style-src 'self'";
  const page = (title: string) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${csp}"><title>${title}</title></head><body><h1>${title}</h1>${"<p>tekst</p>".repeat(200)}</body></html>`;
  writeFileSync(join(dir, "index.html"), page("Raadskompas"));
  writeFileSync(join(dir, "404.html"), page("Niet gevonden"));
  writeFileSync(join(dir, "sw.js"), "self.addEventListener('fetch', () => {});");
  mkdirSync(join(dir, "_astro"));
  writeFileSync(join(dir, "_astro", "app.Ab12Cd34.js"), "export const x = 1;\n".repeat(100));
  for (const p of ["visie", "leeratelier/meedoen"]) {
    mkdirSync(join(dir, p), { recursive: true });
    writeFileSync(join(dir, p, "index.html"), page(p));
  }
  return dir;
}

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  proc: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL: a crash, without any chance to clean up. */
  kill(): Promise<void>;
}

export async function startServer(opts: { dataDir?: string; distDir?: string; redisUrl?: string; port?: number; env?: Record<string, string> } = {}): Promise<RunningServer> {
  const dataDir = opts.dataDir ?? tempDir("data");
  const port = opts.port ?? (await freePort(process.env["RK_TEST_PORTS"] ?? ""));
  const proc = track(spawn(process.execPath, [join(ROOT, "server", "main.ts")], {
    cwd: ROOT,
    env: {
      PATH: process.env["PATH"] ?? "",
      HOST: "127.0.0.1",
      PORT: String(port),
      RAADSKOMPAS_DATA: dataDir,
      RAADSKOMPAS_DIST: opts.distDir ?? siteFixture(),
      ...(opts.redisUrl ? { REDIS_URL: opts.redisUrl } : {}),
      ...opts.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  }));
  let out = "";
  proc.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  proc.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((res) => proc.once("exit", () => res()));
  await new Promise<void>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`server start te traag:\n${out}`)), 15_000);
    const check = () => {
      if (/luistert op http:\/\/127\.0\.0\.1:\d+\//.test(out)) {
        clearTimeout(timer);
        res();
      }
    };
    proc.stdout!.on("data", check);
    proc.once("exit", (code) => {
      clearTimeout(timer);
      rej(new Error(`server stopte met code ${code}:\n${out}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    proc,
    output: () => out,
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGTERM");
      await exited;
    },
    async kill() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGKILL");
      await exited;
    },
  };
}

export interface RunningRedis {
  url: string;
  port: number;
  dir: string;
  stop(): Promise<void>;
  /** Starts it again on the same port and directory (after stop), keeping its append-only file. */
  restart(): Promise<void>;
}

export function hasRedis(): boolean {
  return spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status === 0;
}

/** For node:test's `skip`: skip with `why` where redis-server is missing, but never in CI, which must run them. */
export function redisSkip(why: string): string | false {
  return hasRedis() || process.env["CI"] ? false : why;
}

/**
 * A redis-server child process on a free loopback port, with an append-only file in a temp dir so a
 * restart keeps the data (as a gemeente's Redis should be configured).
 */
export async function startRedis(): Promise<RunningRedis> {
  const port = await freePort(process.env["RK_TEST_REDIS_PORTS"] ?? "");
  const dir = tempDir("redis");
  let proc: ChildProcess | null = null;
  const launch = async () => {
    proc = track(spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "yes", "--appendfsync", "always", "--dir", dir, "--protected-mode", "yes"], { stdio: ["ignore", "pipe", "pipe"] }));
    let out = "";
    proc.stdout!.on("data", (d: Buffer) => (out += d.toString()));
    await new Promise<void>((res, rej) => {
      const timer = setTimeout(() => rej(new Error(`redis-server start te traag:\n${out}`)), 10_000);
      proc!.stdout!.on("data", () => {
        if (/Ready to accept connections/.test(out)) {
          clearTimeout(timer);
          res();
        }
      });
      proc!.once("exit", (code) => {
        clearTimeout(timer);
        rej(new Error(`redis-server stopte met code ${code}:\n${out}`));
      });
    });
  };
  const stop = async () => {
    const p = proc as ChildProcess | null;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    const done = new Promise<void>((res) => p.once("exit", () => res()));
    p.kill("SIGTERM");
    await done;
  };
  await launch();
  return { url: `redis://127.0.0.1:${port}`, port, dir, stop, restart: launch };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `fn` until it returns true, or fails after `ms`. */
export async function until(fn: () => boolean | Promise<boolean>, ms = 5000, what = "voorwaarde"): Promise<void> {
  const t0 = Date.now();
  while (!(await fn())) {
    if (Date.now() - t0 > ms) throw new Error(`${what} niet gehaald binnen ${ms} ms`);
    await sleep(20);
  }
}
