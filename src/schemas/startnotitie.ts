import { z } from "zod";
import { text } from "./visie.ts";
import { boundedRecord } from "./datum.ts";

/** One phase of the process the startnotitie plans. */
export const fasePlanSchema = z.object({
  /** When ("mei–september 2027"). */
  periode: z.string().max(200).default(""),
  /** What happens, who takes part, what the raad gets. */
  aanpak: text(5000),
});

const leegePlan = { periode: "", aanpak: "" };

/** Werkblad startnotitie: the raad's own process kader for one big dossier. */
export const startnotitieSchema = z.object({
  /** The dossier ("armoede en schuldhulpverlening"). */
  onderwerp: z.string().max(300).default(""),
  /** Answers per element id (see STARTNOTITIE_ELEMENTEN). */
  elementen: boundedRecord(z.string().max(5000), 20).default({}),
  /** The three phases: informeren → wikken en wegen → besluiten. */
  fasen: z
    .object({ informeren: fasePlanSchema.default(leegePlan), wikken: fasePlanSchema.default(leegePlan), besluiten: fasePlanSchema.default(leegePlan) })
    .default({ informeren: leegePlan, wikken: leegePlan, besluiten: leegePlan }),
});

export type Startnotitie = z.infer<typeof startnotitieSchema>;
export type FasePlan = z.infer<typeof fasePlanSchema>;
