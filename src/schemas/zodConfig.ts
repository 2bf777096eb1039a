/**
 * Global zod settings, imported first by every schema file. `jitless`: zod otherwise probes
 * `new Function` when a schema is created, which the site's Content-Security-Policy (no
 * 'unsafe-eval') reports as a violation. It must run before any object schema exists, hence an
 * import at the top of each schema module rather than a call in one place. zod/mini's `config` is
 * the same core setting as classic zod's, without pulling classic zod into the browser (ADR 0015).
 */
import { config } from "zod/mini";

config({ jitless: true });
