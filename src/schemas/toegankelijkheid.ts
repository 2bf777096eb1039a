import { z } from "zod";

/**
 * What the gemeente that publishes Raadskompas fills in for its toegankelijkheidsverklaring
 * (content/over/toegankelijkheid.yaml, shown on /over/toegankelijkheid/). Everything may stay empty:
 * the page then says plainly that it is not filled in yet, instead of claiming a status.
 */
export const toegankelijkheidSchema = z.object({
  /** The organisation that publishes this copy ("Gemeente Voorbeeldstad"). */
  organisatie: z.string().min(2, "organisatie: noem de gemeente of griffie").nullable().default(null),
  /**
   * The nalevingsstatus in the register (A–E, DigiToegankelijk). Only the organisation that registers the
   * verklaring can give it, so it stays empty in the repository.
   */
  status: z.enum(["A", "B", "C", "D", "E"], { error: "status is A, B, C, D of E, zoals in het register" }).nullable().default(null),
  /** The verklaring in the register (toegankelijkheidsverklaring.nl). */
  verklaring: z.url({ error: "verklaring moet een volledig webadres zijn (https://…)" }).nullable().default(null),
  /** The day the organisation last checked the verklaring (JJJJ-MM-DD). */
  bijgewerkt: z.coerce.date({ error: "bijgewerkt moet een datum zijn (JJJJ-MM-DD)" }).nullable().default(null),
  /** Where a visitor reports a problem: an e-mail address, a web page, or both. */
  contact: z
    .object({
      /** E-mail address for toegankelijkheidsvragen. */
      email: z.email({ error: "contact.email moet een e-mailadres zijn" }).optional(),
      /** Contact page. */
      url: z.url({ error: "contact.url moet een volledig webadres zijn (https://…)" }).optional(),
      /** When the organisation answers ("binnen 5 werkdagen"). */
      reactietermijn: z.string().min(2).optional(),
    })
    .refine((c) => Boolean(c.email ?? c.url), "contact: geef een e-mailadres of een webadres")
    .nullable()
    .default(null),
});

export type Toegankelijkheid = z.infer<typeof toegankelijkheidSchema>;
