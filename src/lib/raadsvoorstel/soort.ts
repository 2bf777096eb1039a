/**
 * Does the text look like a raadsvoorstel at all? The criteria score any text, so a bare verordening
 * (articles, no beslispunten) can reach 6 of 8 "aanwezig" — which says nothing about a proposal.
 */

/** Line-start article headings: "Artikel 1 Begripsbepalingen", "## Artikel 2a Aanvraag". */
const ARTIKEL = /^[ \t#*]*artikel\s+\d+[a-z]?\b/gimu;
/** A heading or line that names a part of a raadsvoorstel: beslispunten, besluit, voorstel, aanleiding … */
const VOORSTEL_DEEL =
  /^[ \t#*]*(?:\d+\.?\s*)?(?:raads)?(?:voorstel|voorgesteld besluit|ontwerpbesluit|beslispunten?|besluit|aanleiding|argumenten|kanttekeningen|beoogd (?:effect|resultaat)|financi[eë]le (?:gevolgen|consequenties|paragraaf)|samenvatting|publiekssamenvatting)\b/imu;
/** Three articles make a regeling; one "Artikel 1" can be a quote in a proposal. */
const MIN_ARTIKELEN = 3;

export const GEEN_VOORSTEL_VERORDENING = "Dit lijkt geen raadsvoorstel maar een verordening; de uitslag zegt daarom weinig.";

/** A Dutch warning when the text reads as a verordening rather than a raadsvoorstel, else undefined. */
export function soortWaarschuwing(text: string): string | undefined {
  const artikelen = text.match(ARTIKEL)?.length ?? 0;
  if (artikelen < MIN_ARTIKELEN) return undefined;
  // A proposal that carries its verordening as an appendix still has its own parts: no warning then.
  return VOORSTEL_DEEL.test(text) ? undefined : GEEN_VOORSTEL_VERORDENING;
}
