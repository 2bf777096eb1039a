import "./zodConfig.ts";
import * as z from "zod/mini";

/** Every refused API request answers with this body (and a fitting HTTP status). */
export const liveFoutSchema = z.object({
  /** A short explanation in Dutch, fit to show in the page as it is. */
  fout: z.string(),
  /** A stable machine code ("te-groot", "geen-toegang", …) for the client to act on. */
  code: z.string(),
});

export type LiveFout = z.infer<typeof liveFoutSchema>;
