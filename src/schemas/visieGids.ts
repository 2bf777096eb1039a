import "./zodConfig.ts";
import { z } from "zod";
import { VISIE_STEPS, VISIE_STEP_TITLES } from "../vocabulary/visieSteps.ts";

// Kept in visieSteps.ts (no zod) so worksheet pages can use it without the build-time guide schemas.
export { VISIE_STEP_TITLES };

/** A piece of guidance text of at least a short sentence. */
const zin = (min = 10, max = 600) => z.string().trim().min(min, `schrijf minstens ${min} tekens`).max(max, `maximaal ${max} tekens`);

/** A list of tips of a given length. */
const tips = (min: number, max: number) =>
  z.array(zin()).min(min, `noem minstens ${min} punten`).max(max, `noem hoogstens ${max} punten`);

/** Guidance for one of the four visie steps. */
export const visieStapGidsSchema = z.strictObject({
  /** Step id, as used in the werkboek (`VISIE_STEPS`). */
  id: z.enum(VISIE_STEPS),
  /** Heading of the step ("Maatschappelijke waarden"). */
  title: zin(3, 80),
  /** What the step is about, in 3-5 short sentences. */
  explanation: zin(80, 1200),
  /** "Wat kun je zelf doen": tips for the individual raadslid. */
  zelf: tips(2, 5),
  /** "Wat kun je als raad samen doen": tips for the raad as a whole. */
  samen: tips(2, 5),
  /** Burgerbetrokkenheid: questions about whom to involve in this step and how. */
  betrokkenheid: z
    .array(zin().endsWith("?", "een betrokkenheidsvraag eindigt met een vraagteken"))
    .min(2, "noem minstens 2 vragen")
    .max(4, "noem hoogstens 4 vragen"),
  /** One short example line. */
  voorbeeld: zin(10, 300),
});

/** One worked row of the koppeltabel: waarde → leidend principe → onderbouwing → maatschappelijk resultaat. */
export const koppelVoorbeeldSchema = z.strictObject({
  /** The maatschappelijke waarde ("Solidariteit"). */
  waarde: zin(3, 80),
  /** The leidend principe that serves it. */
  principe: zin(3, 120),
  /** Why this principle leads to this result (the assumption underneath). */
  onderbouwing: zin(20),
  /** The result, as "over vier jaar …" with a figure. */
  resultaat: zin(20),
});

/** A suggested maatschappelijke waarde for stap 1. */
export const waardeSuggestieSchema = z.strictObject({
  /** The value in one to four words ("Menselijke maat"). */
  name: zin(3, 60),
  /** What the value means, in one line. */
  hint: zin(10, 200),
});

/** A worked example of a leidend principe, with where it came from or what it asks of the raad. */
export const principeVoorbeeldSchema = z.strictObject({
  /** The principle as a short phrase ("Niemand is normaal"). */
  name: zin(3, 60),
  /** Where it came from, the assumption under it, or how it works as a meetlat; 2-3 sentences. */
  uitleg: zin(40, 600),
});

/** The burgerbetrokkenheid frame: the raad's representative role next to participation, and the law on it. */
export const burgerbetrokkenheidSchema = z.strictObject({
  /** Paragraphs: representatieve vs participatieve democratie, why involve inwoners, the participatieverordening. */
  uitleg: z.array(zin(40, 800)).min(2, "schrijf minstens 2 alinea's").max(5, "schrijf hoogstens 5 alinea's"),
  /** Questions for the conversation in the raad. */
  gespreksvragen: z
    .array(zin().endsWith("?", "een gespreksvraag eindigt met een vraagteken"))
    .min(3, "noem minstens 3 vragen")
    .max(6, "noem hoogstens 6 vragen"),
});

/** Guidance for the visie werkboek (`content/werkbladen/visie.yaml`). */
export const visieGidsSchema = z.strictObject({
  /** Opening text of the werkboek, 2-3 sentences. */
  intro: zin(60, 800),
  /** The frame for burgerbetrokkenheid that every step's betrokkenheid questions build on. */
  burgerbetrokkenheid: burgerbetrokkenheidSchema,
  /** The four steps, in the order of `VISIE_STEPS`. */
  steps: z.array(visieStapGidsSchema).superRefine((steps, ctx) => {
    if (steps.length !== VISIE_STEPS.length) {
      ctx.addIssue({ code: "custom", message: `noem precies ${VISIE_STEPS.length} stappen (nu ${steps.length})` });
    }
    VISIE_STEPS.forEach((id, i) => {
      const step = steps[i];
      if (!step) return;
      if (step.id !== id) {
        ctx.addIssue({ code: "custom", path: [i, "id"], message: `stap ${i + 1} moet "${id}" zijn, niet "${step.id}"` });
      } else if (step.title !== VISIE_STEP_TITLES[id]) {
        ctx.addIssue({ code: "custom", path: [i, "title"], message: `stap "${id}" heet "${VISIE_STEP_TITLES[id]}"` });
      }
    });
  }),
  /** Examples of leidende principes for stap 2. */
  principeVoorbeelden: z.array(principeVoorbeeldSchema).min(3, "geef minstens 3 voorbeelden").max(6, "geef hoogstens 6 voorbeelden"),
  /** The koppeltabel that links steps 1-3. */
  koppeltabel: z.strictObject({
    /** How to fill in the table. */
    explanation: zin(60, 1000),
    /** Worked example rows. */
    voorbeelden: z.array(koppelVoorbeeldSchema).min(1, "geef minstens één voorbeeld").max(4),
  }),
  /** Values a raadslid can pick from in stap 1; names are unique (case-insensitive). */
  waardeSuggesties: z
    .array(waardeSuggestieSchema)
    .min(10, "noem minstens 10 waarden")
    .max(16, "noem hoogstens 16 waarden")
    .superRefine((items, ctx) => {
      const seen = new Map<string, number>();
      items.forEach((item, i) => {
        const key = item.name.toLocaleLowerCase("nl");
        const first = seen.get(key);
        if (first === undefined) seen.set(key, i);
        else ctx.addIssue({ code: "custom", path: [i, "name"], message: `waarde "${item.name}" staat er al (nummer ${first + 1})` });
      });
    }),
});

export type VisieStapGids = z.infer<typeof visieStapGidsSchema>;
export type KoppelVoorbeeld = z.infer<typeof koppelVoorbeeldSchema>;
export type WaardeSuggestie = z.infer<typeof waardeSuggestieSchema>;
export type PrincipeVoorbeeld = z.infer<typeof principeVoorbeeldSchema>;
export type Burgerbetrokkenheid = z.infer<typeof burgerbetrokkenheidSchema>;
export type VisieGids = z.infer<typeof visieGidsSchema>;
