import "./zodConfig.ts";
import * as z from "zod/mini";

/**
 * The Sturing worksheets (jaarkalender, regionale samenwerking, startnotitie, beleidscyclus).
 * Added in werkboek version 3; the worksheets fill in their own fields here (issue 12).
 */
export const sturingSchema = z.object({});

export type Sturing = z.infer<typeof sturingSchema>;
