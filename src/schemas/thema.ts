import { z } from "zod";

/**
 * One NL Design System theme the build turns into /themas/<naam>.css (themas.json). A gemeente adds its
 * own theme package here after `npm install --save-exact` of it (README, "Thema van je gemeente").
 */
export const themaSchema = z.object({
  /** File name in /themas/ without .css: lower case, digits and hyphens ("den-haag"). */
  naam: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "naam mag alleen kleine letters, cijfers en streepjes hebben, zoals den-haag"),
  /** Name people know it by ("Gemeente Den Haag"). */
  label: z.string().min(2, "geef het thema een label"),
  /** The npm package with the design tokens ("@gemeente-denhaag/design-tokens-components"). */
  pakket: z.string().regex(/^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/, "pakket moet een npm-pakketnaam zijn"),
  /** The stylesheet inside the package that declares the tokens ("dist/index.css"). */
  bestand: z.string().regex(/^[\w./-]+\.css$/, "bestand moet een .css-bestand in het pakket zijn").refine((p) => !p.split("/").includes(".."), "bestand mag niet buiten het pakket wijzen"),
  /** What the package's licence allows, in a few words: shown in the stylesheet and the ADR. */
  licentie: z.string().min(3, "noem de licentie van het pakket"),
});

/** themas.json: the themes a build ships; exactly one is the default that public/thema.css imports. */
export const themasSchema = z
  .object({
    /** naam of the theme public/thema.css imports out of the box. */
    standaard: z.string(),
    /** Every theme the build ships. */
    themas: z.array(themaSchema).min(1, "noem minstens één thema"),
  })
  .superRefine((v, ctx) => {
    const names = v.themas.map((t) => t.naam);
    for (const n of new Set(names.filter((n, i) => names.indexOf(n) !== i))) ctx.addIssue({ code: "custom", message: `het thema "${n}" staat er twee keer in` });
    if (!names.includes(v.standaard)) ctx.addIssue({ code: "custom", message: `standaard "${v.standaard}" is geen van de thema's (${names.join(", ")})` });
  });

export type Thema = z.infer<typeof themaSchema>;
export type Themas = z.infer<typeof themasSchema>;
