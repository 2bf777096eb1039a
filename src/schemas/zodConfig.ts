/**
 * Global zod settings, imported first by every schema file. `jitless`: zod otherwise probes
 * `new Function` when a schema is created, which the site's Content-Security-Policy (no
 * 'unsafe-eval') reports as a violation. It must run before any object schema exists, hence an
 * import at the top of each schema module rather than a call in one place.
 */
import "./zodConfig.ts";
import { z } from "zod";

z.config({ jitless: true });
