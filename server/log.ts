/**
 * The server's only output. A line names the method, the route *pattern* (never the path with its ids),
 * the status and the time: no bodies, no headers (secrets travel there), no query strings, no addresses.
 * Fragments never reach a server at all. Errors are logged by name and code only, because a parser's
 * message can quote the input it choked on.
 */
export function logLine(text: string): void {
  process.stdout.write(`${new Date().toISOString()} ${text}\n`);
}

export function logRequest(method: string, route: string, status: number, ms: number): void {
  logLine(`${method} ${route} ${status} ${ms.toFixed(0)}ms`);
}

export function logError(where: string, err: unknown): void {
  const name = err instanceof Error ? err.name : typeof err;
  const code = err instanceof Error && "code" in err ? ` ${String((err as { code: unknown }).code)}` : "";
  process.stderr.write(`${new Date().toISOString()} fout in ${where}: ${name}${code}\n`);
}
