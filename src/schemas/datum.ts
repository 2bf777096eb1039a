import "./zodConfig.ts";
// zod/mini: these schemas run in the browser (Sturing worksheets, leeratelier); see ADR 0015.
import * as z from "zod/mini";

/** A calendar date as the date input gives it ("2027-04-30"), or "" when not filled in yet. */
export const datumSchema = z._default(z.union([z.literal(""), z.iso.date()]), "");

/** A record with at most `max` keys: a bound on what a file may hold, like `.max()` on an array. */
export const boundedRecord = <V extends z.ZodMiniType>(value: V, max: number) =>
  z.record(z.string().check(z.maxLength(60)), value).check(z.refine((r) => Object.keys(r).length <= max, `maximaal ${max} onderdelen`));
