import "./zodConfig.ts";
import * as z from "zod/mini";

/**
 * One "cijfers duiden" worksheet: a table of figures, its chart and the duiden-vragen.
 * Added in werkboek version 3; the worksheet fills in its own fields here (issue 13).
 */
export const duidenSheetSchema = z.object({
  /** Stable id, so a maatschappelijk resultaat in the visie can link to this sheet. */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
});

export type DuidenSheet = z.infer<typeof duidenSheetSchema>;
