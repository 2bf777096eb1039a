import { analyseRaadsvoorstel } from "./src/lib/raadsvoorstel/analyse.ts";
const cases: Record<string, string> = {
  S_a: "Samenvatting\nWe willen dat meer kinderen leren zwemmen. Daarom betalen we de zwemles. Ouders vragen het aan bij de gemeente.\n\nBesluit\nIn te stemmen.",
  S_d: "Samenvatting\nOnderhavig voorstel strekt ertoe de raad in de gelegenheid te stellen in te stemmen met de aanpassing van de beleidsregels ingevolge de Wet maatschappelijke ondersteuning teneinde te voldoen aan de wettelijke verplichtingen.\n\nBesluit\nIn te stemmen.",
  S_x: "Besluit\nIn te stemmen met de regeling.",
  A_a: "Relatie met eerdere besluiten\nIn 2023 heeft de raad de nota Armoede vastgesteld. Dit voorstel sluit aan bij die nota en werkt haar uit.",
  A_d: "Argumenten\nHet voorstel past in het coalitieakkoord.",
  A_x: "Argumenten\nHet helpt inwoners.",
  B_a: "Beoogd effect\nWe verwachten dat minder mensen schulden krijgen.\n\nRisico's\nHet risico is dat mensen de hulp weigeren.",
  B_d: "Beoogd effect\nWe verwachten dat minder mensen schulden krijgen.\n\nRisico's\nEr zijn geen risico's.",
  B_x: "Toelichting\nHet gaat om een subsidie.\n\nRisico's\nn.v.t.",
  C_a: "Uitvoering\nDe Kredietbank voert de aanpak uit met 2 fte. In een proef bleek de werkwijze uitvoerbaar.",
  C_d: "Uitvoering\nDe Kredietbank voert de aanpak uit.",
  C_x: "Toelichting\nHet gaat om een subsidie.",
  D_a: "Alternatieven\nWe hebben ook een voorlichtingscampagne overwogen. Dat alternatief is afgewezen omdat het de mensen niet bereikt.",
  D_d: "Alternatieven\nEr zijn geen alternatieven.",
  D_x: "Alternatieven\nn.v.t.",
  E_a: "Evaluatie\nWe willen dat het aandeel van 40% in 2025 stijgt naar 60% in 2028. In 2028 evalueren we de aanpak. Datum: 1 maart 2026",
  E_d: "Evaluatie\nWe houden de ontwikkeling in de gaten.",
  E_x: "Toelichting\nHet gaat om een subsidie.",
  F_a: "Financiën\nDe kosten zijn € 40.000 per jaar. Dit dekken we uit de reserve Sociaal Domein.",
  F_d: "Financiën\nDe kosten zijn € 40.000 per jaar.",
  F_x: "Financiële consequenties\nn.v.t.",
  F_neg: "Financiële consequenties\nAan dit voorstel zijn geen financiële consequenties verbonden.",
};
for (const [k, t] of Object.entries(cases)) {
  const c = analyseRaadsvoorstel(t).criteria.find(c => c.id === k[0])!;
  console.log(k, c.status, "|", c.reason);
}
