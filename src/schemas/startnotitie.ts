import "./zodConfig.ts";
// zod/mini: these schemas run in the browser on the Sturing worksheets (ADR 0015).
import * as z from "zod/mini";
import { shortText, text } from "./visie.ts";
import { boundedRecord } from "./datum.ts";

/** One phase of the process the startnotitie plans. */
export const fasePlanSchema = z.object({
  /** When ("mei–september 2027"). */
  periode: shortText(200),
  /** What happens, who takes part, what the raad gets. */
  aanpak: text(5000),
});

const leegePlan = { periode: "", aanpak: "" };

/** Werkblad startnotitie: the raad's own process kader for one big dossier. */
export const startnotitieSchema = z.object({
  /** The dossier ("armoede en schuldhulpverlening"). */
  onderwerp: shortText(300),
  /** Answers per element id (see STARTNOTITIE_ELEMENTEN). */
  elementen: z._default(boundedRecord(z.string().check(z.maxLength(5000)), 20), {}),
  /** The three phases: informeren → wikken en wegen → besluiten. */
  fasen: z._default(
    z.object({ informeren: z._default(fasePlanSchema, leegePlan), wikken: z._default(fasePlanSchema, leegePlan), besluiten: z._default(fasePlanSchema, leegePlan) }),
    { informeren: leegePlan, wikken: leegePlan, besluiten: leegePlan },
  ),
});

export type Startnotitie = z.infer<typeof startnotitieSchema>;
