import "./zodConfig.ts";
import { z } from "zod";
import { evaluatievraagSchema } from "./preventieGids.ts";
import { KEBAB_ID, KEUZE_VELDEN, MOET_WAARDEN } from "./koerskaartVelden.ts";

/** A piece of guidance text. */
const zin = (min = 10, max = 1200) => z.string().trim().min(min, `schrijf minstens ${min} tekens`).max(max, `maximaal ${max} tekens`);

/** A stable id: saved answers refer to it, so never rename one. */
const id = z.string().max(80, "een id heeft hoogstens 80 tekens").regex(KEBAB_ID, "gebruik kleine letters, cijfers en streepjes");

/** Reports every id that occurs twice in a list. */
const uniqueIds =
  (what: string) =>
  (items: { id: string }[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((x, i) => {
      if (seen.has(x.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `${what} "${x.id}" komt twee keer voor` });
      seen.add(x.id);
    });
  };

/** One column of the keuzematrix: a kind of help or choice. */
export const matrixKolomSchema = z.strictObject({
  /** Stable id; saved cells refer to it. */
  id,
  /** Column heading ("Inkomen aanvullen"). */
  title: zin(3, 80),
  /** What belongs in this column, a few sentences. */
  explanation: zin(30, 600),
  /** One short example. */
  voorbeeld: zin(10, 300),
});

/** One choice of the raad: what the law fixes and where the room is. */
export const keuzeSchema = z.strictObject({
  /** Stable id; saved answers refer to it. */
  id,
  /** Short name ("Verordening individuele inkomenstoeslag"). */
  title: zin(3, 120),
  /** Whether the law makes it a duty: ja, deels or nee. */
  moet: z.enum(MOET_WAARDEN, { error: `kies ${MOET_WAARDEN.join(", ")}` }),
  /** The room the raad has. */
  ruimte: zin(10, 400),
  /** Where it is in the law ("Participatiewet, art. 36") or "Vrij beleid". */
  bron: zin(5, 200),
  /** The question the raadslid answers. */
  vraag: zin(10, 300).endsWith("?", "een keuze eindigt met een vraag"),
});

/**
 * The guide for one generic koerskaart worksheet (`content/werkbladen/<id>.yaml`): the keuzematrix, the
 * choices of the raad and the evaluation questions. One shape for every such card (ADR 0036).
 */
export const koerskaartGidsSchema = z.strictObject({
  /** Id of the koerskaart this worksheet belongs to; the same as the file name. */
  kaart: id,
  /** Heading of the worksheet on the card ("Werkblad: onze koers voor …"). */
  titel: zin(10, 120),
  /** The keuzematrix: rows are doelgroepen (or ages), columns kinds of help. */
  matrix: z.strictObject({
    /** What the matrix is for and how to fill it in. */
    explanation: zin(60),
    /** Heading of the row column ("Doelgroep", "Leeftijd"). */
    rijlabel: zin(3, 40),
    /** Default row labels; a raadslid can add, rename and remove rows. */
    rijen: z.array(zin(3, 120)).min(1, "noem minstens één rij").max(12, "noem hoogstens 12 rijen"),
    /** The columns, 2 to 5. */
    kolommen: z.array(matrixKolomSchema).min(2, "noem minstens 2 kolommen").max(5, "noem hoogstens 5 kolommen").superRefine(uniqueIds("kolom")),
  }),
  /** The choices of the raad, verplicht and vrij (3-12). */
  keuzes: z.array(keuzeSchema).min(3, "noem minstens 3 keuzes").max(12, "noem hoogstens 12 keuzes").superRefine(uniqueIds("keuze")),
  /** A hint per answer field of a keuze. */
  velden: z.strictObject(Object.fromEntries(KEUZE_VELDEN.map((v) => [v, zin(20, 400)])) as Record<(typeof KEUZE_VELDEN)[number], ReturnType<typeof zin>>),
  /** Questions for evalueren en bijsturen (3-8, unique ids). */
  evaluatievragen: z.array(evaluatievraagSchema).min(3, "noem minstens 3 evaluatievragen").max(8, "noem hoogstens 8 evaluatievragen").superRefine(uniqueIds("evaluatievraag")),
});

export type KoerskaartGids = z.infer<typeof koerskaartGidsSchema>;
export type MatrixKolom = z.infer<typeof matrixKolomSchema>;
export type Keuze = z.infer<typeof keuzeSchema>;

/**
 * What combining and exporting need of a guide: names and order, without the explanations. The leeratelier
 * page gets only this, so its HTML does not carry four whole guides.
 */
export interface KoerskaartLabels {
  kaart: string;
  titel: string;
  matrix: { rijlabel: string; rijen: readonly string[]; kolommen: readonly Pick<MatrixKolom, "id" | "title">[] };
  keuzes: readonly Pick<Keuze, "id" | "title" | "moet" | "bron" | "vraag">[];
  evaluatievragen: readonly { id: string; question: string }[];
}

/** The labels of a guide (see KoerskaartLabels). */
export function koerskaartLabels(g: KoerskaartGids): KoerskaartLabels {
  return {
    kaart: g.kaart,
    titel: g.titel,
    matrix: { rijlabel: g.matrix.rijlabel, rijen: g.matrix.rijen, kolommen: g.matrix.kolommen.map(({ id, title }) => ({ id, title })) },
    keuzes: g.keuzes.map(({ id, title, moet, bron, vraag }) => ({ id, title, moet, bron, vraag })),
    evaluatievragen: g.evaluatievragen.map(({ id, question }) => ({ id, question })),
  };
}
