/** The five forms of cooperation in the Wet gemeenschappelijke regelingen ("" = not chosen yet). Zod-free (ADR 0015). */
export const WGR_VORMEN = ["regeling-zonder-meer", "centrumgemeente", "gemeenschappelijk-orgaan", "bedrijfsvoeringsorganisatie", "openbaar-lichaam"] as const;
