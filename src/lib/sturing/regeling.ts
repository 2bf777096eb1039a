import type { Regeling } from "../../schemas/regeling.ts";
import { newId } from "../ids.ts";

/** A new regeling with all defaults, written out so the page needs no zod (a unit test checks it equals the schema's defaults). */
export function nieuweRegeling(naam = "", id = newId("gr")): Regeling {
  return {
    id,
    naam,
    vorm: "",
    deelnemers: "",
    taken: "",
    bijdragen: [],
    raadsrapporteur: "",
    evaluatiedatum: "",
    uittredingskosten: "",
    abBegroting: "",
    ontwerpOntvangen: "",
    abJaarrekening: "",
    notities: "",
    zienswijze: { begrotingsjaar: null, antwoorden: {}, brief: "" },
  };
}
