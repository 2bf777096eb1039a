import "./zodConfig.ts";
import { z } from "zod";

/** Deborah Stone's five political kernwaarden, in the order the model treats them. */
export const KERNWAARDE_IDS = ["gelijkheid", "efficientie", "welzijn", "vrijheid", "veiligheid"] as const;

/** The name each kernwaarde must carry, by id. */
export const KERNWAARDE_NAMES = {
  gelijkheid: "Gelijkheid en redelijkheid",
  efficientie: "Efficiëntie",
  welzijn: "Welzijn",
  vrijheid: "Vrijheid",
  veiligheid: "Veiligheid",
} as const satisfies Record<(typeof KERNWAARDE_IDS)[number], string>;

/** The eight verdeelprocedures for subsidies and overeenkomsten, in the source's order (BPKV last). */
export const VERDEELPROCEDURE_IDS = [
  "enkelvoudig",
  "vergelijkende-toets",
  "veiling",
  "loting",
  "volgorde-van-binnenkomst",
  "evenredig",
  "open",
  "bpkv",
] as const;

/** Staalkaart ids (file names in `content/staalkaarten`), for the laws a worked example relies on. */
export const WET_IDS = ["wmo", "participatiewet", "jeugdwet", "wgs", "wlz", "zvw"] as const;

/** Stable kebab-case id; saved answers refer to it, so never rename one. */
export const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "gebruik kleine letters, cijfers en streepjes");

/** A piece of guidance text. */
const zin = (min = 10, max = 1200) => z.string().trim().min(min, `schrijf minstens ${min} tekens`).max(max, `maximaal ${max} tekens`);

/** A kernwaarde id, with a message that lists the valid ones. */
const kernwaardeId = z.enum(KERNWAARDE_IDS, { error: `onbekende kernwaarde; kies uit ${KERNWAARDE_IDS.join(", ")}` });

/** A verdeelprocedure id, with a message that lists the valid ones. */
const verdeelprocedureId = z.enum(VERDEELPROCEDURE_IDS, {
  error: `onbekende verdeelprocedure; kies uit ${VERDEELPROCEDURE_IDS.join(", ")}`,
});

/** One deelvraag of a kernwaarde. */
export const deelvraagSchema = z.strictObject({
  /** Unique in the whole file and prefixed with the kernwaarde id ("gelijkheid-vraag-1"); answers are keyed by it. */
  id: kebabId,
  /** The question, addressed to the raad. */
  question: zin(10, 400).endsWith("?", "een deelvraag eindigt met een vraagteken"),
});

/** One of the five kernwaarden with its deelvragen. */
export const kernwaardeSchema = z.strictObject({
  /** Kernwaarde id. */
  id: kernwaardeId,
  /** Display name ("Gelijkheid en redelijkheid"). */
  name: zin(3, 60),
  /** The main question this value asks. */
  question: zin(10, 300).endsWith("?", "de hoofdvraag eindigt met een vraagteken"),
  /** What the value means, 2-3 sentences. */
  explanation: zin(60, 800),
  /** Deelvragen about inwoners (de vraag). */
  vraag: z.array(deelvraagSchema).min(1, "geef minstens één deelvraag over inwoners"),
  /** Deelvragen about aanbieders (het aanbod). */
  aanbod: z.array(deelvraagSchema).min(1, "geef minstens één deelvraag over aanbieders"),
});

/** One verdeelprocedure. */
export const verdeelprocedureSchema = z.strictObject({
  /** Verdeelprocedure id. */
  id: verdeelprocedureId,
  /** Display name ("Loting"). */
  name: zin(3, 100),
  /** What characterises it, as 2-4 short points. */
  kenmerken: z.array(zin(5, 300)).min(2, "noem minstens 2 kenmerken").max(4, "noem hoogstens 4 kenmerken"),
  /** When it fits, in one sentence. */
  geschiktVoor: zin(10, 300),
});

/** A political dilemma in the worked example: two kernwaarden in tension (the same id twice for a dilemma within one value). */
export const dilemmaSchema = z.strictObject({
  /** First kernwaarde. */
  a: kernwaardeId,
  /** Second kernwaarde. */
  b: kernwaardeId,
  /** How the raad weighs them. */
  afweging: zin(20),
});

/** The seed's Jeugdwet case as a filled-in worksheet. */
export const waardemodelVoorbeeldSchema = z.strictObject({
  /** Title of the example. */
  title: zin(5, 120),
  /** The political question on the table. */
  question: zin(10, 300),
  /** Step 1: the frame within which the raad decides. */
  kader: z.strictObject({
    /** Staalkaart ids of the laws involved. */
    wetten: z.array(z.enum(WET_IDS, { error: `onbekende wet; kies uit ${WET_IDS.join(", ")}` })).min(1, "noem minstens één wet"),
    /** What the law lets or makes the raad decide. */
    bevoegdheden: zin(20),
    /** What jurisprudence rules out or requires. */
    jurisprudentie: zin(20),
  }),
  /** Answers keyed by deelvraag id. */
  answers: z.record(kebabId, zin(5, 1500)),
  /** Dilemmas found while answering. */
  dilemmas: z.array(dilemmaSchema).min(1, "noem minstens één dilemma"),
  /** The political compromise. */
  compromis: zin(20),
  /** Why policy and rules look this way. */
  waarom: zin(20),
  /** Step 3: the choices that follow. */
  keuzes: z.strictObject({
    /** What the voorziening is. */
    wat: zin(20),
    /** Who may use it and how. */
    voorWie: zin(20),
    /** Who delivers it and how. */
    doorWie: zin(20),
    /** The chosen verdeelprocedure. */
    verdeelprocedure: verdeelprocedureId,
  }),
});

/** Guidance for the democratisch waardemodel worksheet (`content/werkbladen/waardemodel.yaml`). */
export const waardemodelGidsSchema = z
  .strictObject({
    /** Why the model exists, as 2-4 paragraphs. */
    intro: z.array(zin(40, 1000)).min(2, "schrijf minstens 2 alinea's").max(4, "schrijf hoogstens 4 alinea's"),
    /** The definition of politics the model uses. */
    politiek: zin(40),
    /** Step 1: the legal frame. */
    kader: z.strictObject({
      /** How to find the frame within which the raad decides. */
      uitleg: zin(40),
      /** What "bij verordening" means: the raad must do it itself. */
      verordening: zin(20),
      /** What "bij of krachtens" means: the raad may delegate. */
      krachtens: zin(20),
      /** How jurisprudence narrows the raad's room. */
      jurisprudentie: zin(20),
    }),
    /** The five kernwaarden, in the order of `KERNWAARDE_IDS`. */
    kernwaarden: z.array(kernwaardeSchema).superRefine((items, ctx) => {
      const ids = items.map((k) => k.id);
      for (const id of KERNWAARDE_IDS) {
        if (!ids.includes(id)) ctx.addIssue({ code: "custom", message: `kernwaarde "${id}" ontbreekt` });
      }
      if (items.length !== KERNWAARDE_IDS.length) {
        ctx.addIssue({ code: "custom", message: `noem precies ${KERNWAARDE_IDS.length} kernwaarden (nu ${items.length})` });
        return;
      }
      items.forEach((k, i) => {
        const want = KERNWAARDE_IDS[i];
        if (want && k.id !== want) {
          ctx.addIssue({ code: "custom", path: [i, "id"], message: `kernwaarde ${i + 1} moet "${want}" zijn, niet "${k.id}"` });
        } else if (want && k.name !== KERNWAARDE_NAMES[want]) {
          ctx.addIssue({ code: "custom", path: [i, "name"], message: `kernwaarde "${want}" heet "${KERNWAARDE_NAMES[want]}"` });
        }
      });
    }),
    /** Political dilemmas and the compromise. */
    dilemmas: z.strictObject({
      /** How to pick pairs of kernwaarden in tension. */
      explanation: zin(40),
      /** What the compromise is for. */
      compromis: zin(40),
    }),
    /** What to fill in for each choice. */
    keuzes: z.strictObject({
      /** "Wat?": what the voorziening is. */
      wat: zin(20, 400),
      /** "Voor wie en hoe?": who uses it and how. */
      voorWie: zin(20, 400),
      /** "Door wie en hoe?": who delivers it and how. */
      doorWie: zin(20, 400),
      /** The continuum from "de raad legt alles vast" to "de professional bepaalt", and how to pick a place on it. */
      continuum: zin(40, 800),
    }),
    /** The eight verdeelprocedures, in the order of `VERDEELPROCEDURE_IDS`. */
    verdeelprocedures: z.array(verdeelprocedureSchema).superRefine((items, ctx) => {
      const ids = items.map((p) => p.id);
      for (const id of VERDEELPROCEDURE_IDS) {
        if (!ids.includes(id)) ctx.addIssue({ code: "custom", message: `verdeelprocedure "${id}" ontbreekt` });
      }
      items.forEach((p, i) => {
        const want = VERDEELPROCEDURE_IDS[i];
        if (items.length === VERDEELPROCEDURE_IDS.length && want && p.id !== want) {
          ctx.addIssue({ code: "custom", path: [i, "id"], message: `verdeelprocedure ${i + 1} moet "${want}" zijn, niet "${p.id}"` });
        }
      });
      if (items.length !== VERDEELPROCEDURE_IDS.length) {
        ctx.addIssue({ code: "custom", message: `noem precies ${VERDEELPROCEDURE_IDS.length} verdeelprocedures (nu ${items.length})` });
      }
    }),
    /** Reminder to include a hardheidsclausule in a verordening. */
    hardheidsclausule: zin(40),
    /** The worked Jeugdwet example. */
    voorbeeld: waardemodelVoorbeeldSchema,
  })
  .superRefine((gids, ctx) => {
    const known = new Set<string>();
    gids.kernwaarden.forEach((k, i) => {
      for (const kant of ["vraag", "aanbod"] as const) {
        k[kant].forEach((d, j) => {
          const path = ["kernwaarden", i, kant, j, "id"];
          if (!d.id.startsWith(`${k.id}-`)) {
            ctx.addIssue({ code: "custom", path, message: `deelvraag "${d.id}" moet beginnen met "${k.id}-"` });
          }
          if (known.has(d.id)) ctx.addIssue({ code: "custom", path, message: `deelvraag-id "${d.id}" komt twee keer voor` });
          known.add(d.id);
        });
      }
    });
    for (const key of Object.keys(gids.voorbeeld.answers)) {
      if (!known.has(key)) {
        ctx.addIssue({
          code: "custom",
          path: ["voorbeeld", "answers", key],
          message: `antwoord "${key}" hoort bij geen bestaande deelvraag`,
        });
      }
    }
  });

export type Deelvraag = z.infer<typeof deelvraagSchema>;
export type Kernwaarde = z.infer<typeof kernwaardeSchema>;
export type Verdeelprocedure = z.infer<typeof verdeelprocedureSchema>;
export type Dilemma = z.infer<typeof dilemmaSchema>;
export type WaardemodelVoorbeeld = z.infer<typeof waardemodelVoorbeeldSchema>;
export type WaardemodelGids = z.infer<typeof waardemodelGidsSchema>;
