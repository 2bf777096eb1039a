import "./zodConfig.ts";
import { z } from "zod";

// Kept in preventieNiveaus.ts (no zod) so worksheet pages can use them without the build-time guide schemas.
import { PREVENTIE_NIVEAU_IDS, PREVENTIE_NIVEAUS, PREVENTIE_VELDEN } from "../vocabulary/preventieNiveaus.ts";
export { PREVENTIE_NIVEAU_IDS, PREVENTIE_NIVEAUS, PREVENTIE_VELDEN };

/** A piece of guidance text. */
const zin = (min = 10, max = 1200) => z.string().trim().min(min, `schrijf minstens ${min} tekens`).max(max, `maximaal ${max} tekens`);

/** A niveau id, with a message that lists the valid ones. */
const niveauId = z.enum(PREVENTIE_NIVEAU_IDS, { error: `onbekend niveau; kies uit ${PREVENTIE_NIVEAU_IDS.join(", ")}` });

/** One preventieniveau. */
export const preventieNiveauSchema = z.strictObject({
  /** Niveau id. */
  id: niveauId,
  /** Display title ("Beschermen"). */
  title: zin(3, 80),
  /** The form of prevention it matches. */
  vorm: z.enum(["universele preventie", "selectieve preventie", "geïndiceerde en zorggerelateerde preventie"]),
  /** Whom it targets and what the raad chooses, a few sentences. */
  explanation: zin(60, 1200),
  /** One short example. */
  voorbeeld: zin(10, 300),
});

/** One evaluation question. */
export const evaluatievraagSchema = z.strictObject({
  /** Stable kebab-case id; saved answers refer to it, so never rename one. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "gebruik kleine letters, cijfers en streepjes"),
  /** The question. */
  question: zin(10, 400).endsWith("?", "een evaluatievraag eindigt met een vraagteken"),
});

/** Guidance for the koerskaart preventie worksheet (`content/werkbladen/preventie.yaml`). */
export const preventieGidsSchema = z.strictObject({
  /** The three niveaus, in the order of `PREVENTIE_NIVEAU_IDS`. */
  niveaus: z.array(preventieNiveauSchema).superRefine((items, ctx) => {
    const ids = items.map((n) => n.id);
    for (const id of PREVENTIE_NIVEAU_IDS) {
      if (!ids.includes(id)) ctx.addIssue({ code: "custom", message: `niveau "${id}" ontbreekt` });
    }
    if (items.length !== PREVENTIE_NIVEAU_IDS.length) {
      ctx.addIssue({ code: "custom", message: `noem precies ${PREVENTIE_NIVEAU_IDS.length} niveaus (nu ${items.length})` });
      return;
    }
    items.forEach((n, i) => {
      const want = PREVENTIE_NIVEAU_IDS[i];
      if (!want) return;
      if (n.id !== want) {
        ctx.addIssue({ code: "custom", path: [i, "id"], message: `niveau ${i + 1} moet "${want}" zijn, niet "${n.id}"` });
        return;
      }
      const { title, vorm } = PREVENTIE_NIVEAUS[want];
      if (n.title !== title) ctx.addIssue({ code: "custom", path: [i, "title"], message: `niveau "${want}" heet "${title}"` });
      if (n.vorm !== vorm) ctx.addIssue({ code: "custom", path: [i, "vorm"], message: `niveau "${want}" hoort bij ${vorm}, niet bij ${n.vorm}` });
    });
  }),
  /** The preventiematrix: rows are doelgroepen, columns the niveaus. */
  matrix: z.strictObject({
    /** What the matrix is for and how to fill it in. */
    explanation: zin(60),
    /** Default row labels; a raadslid can add or rename rows. */
    doelgroepen: z.array(zin(3, 80)).min(1, "noem minstens één doelgroep"),
    /** Column order: the three niveau ids. */
    kolommen: z.array(niveauId).refine(
      (cols) => cols.length === PREVENTIE_NIVEAU_IDS.length && cols.every((c, i) => c === PREVENTIE_NIVEAU_IDS[i]),
      `de kolommen zijn precies ${PREVENTIE_NIVEAU_IDS.join(", ")}, in die volgorde`,
    ),
  }),
  /** Short help text per worksheet field. */
  velden: z.strictObject({
    /** For whom. */
    doelgroepen: zin(20, 400),
    /** What is done. */
    interventies: zin(20, 400),
    /** Who carries it out. */
    uitvoerders: zin(20, 400),
    /** What it costs and where the money comes from. */
    budget: zin(20, 400),
    /** The intended maatschappelijk effect. */
    effect: zin(20, 400),
    /** How the effect is measured. */
    indicator: zin(20, 400),
    /** By when. */
    jaar: zin(20, 400),
  }),
  /** Questions for evalueren, leren en bijsturen (5-8, unique ids). */
  evaluatievragen: z
    .array(evaluatievraagSchema)
    .min(5, "noem minstens 5 evaluatievragen")
    .max(8, "noem hoogstens 8 evaluatievragen")
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((q, i) => {
        if (seen.has(q.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `evaluatievraag "${q.id}" komt twee keer voor` });
        seen.add(q.id);
      });
    }),
});

export type PreventieNiveau = z.infer<typeof preventieNiveauSchema>;
export type Evaluatievraag = z.infer<typeof evaluatievraagSchema>;
export type PreventieGids = z.infer<typeof preventieGidsSchema>;
