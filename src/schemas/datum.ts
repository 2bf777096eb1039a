import { z } from "zod";

/** A calendar date as the date input gives it ("2027-04-30"), or "" when not filled in yet. */
export const datumSchema = z.union([z.literal(""), z.iso.date()]).default("");

/** A record with at most `max` keys: a bound on what a file may hold, like `.max()` on an array. */
export const boundedRecord = <V extends z.ZodType>(value: V, max: number) =>
  z.record(z.string().max(60), value).refine((r) => Object.keys(r).length <= max, `maximaal ${max} onderdelen`);
