import "./zodConfig.ts";
// zod/mini: the meedoen page validates these in the browser (ADR 0015).
import * as z from "zod/mini";

/** base64url characters only: ids and secrets go into URLs, headers and QR codes unchanged. */
const BASE64URL = /^[A-Za-z0-9_-]+$/;

const token = (length: number, what: string) =>
  z.string().check(z.length(length, `${what} heeft niet de goede lengte`), z.regex(BASE64URL, `${what} bevat tekens die er niet in horen`));

/** A session id: 16 random bytes as base64url, made by the griffier's browser. */
export const sessionIdSchema = token(22, "De sessiecode");
/** A participant id: 16 random bytes, made by the raadslid's browser on joining. */
export const participantIdSchema = token(22, "De deelnemerscode");
/** A werkboek transfer slot id: 16 random bytes, made by the sending device. */
export const transferIdSchema = token(22, "De overzetcode");
/** An admin or write secret: 32 random bytes. Sent only in an Authorization header, never in a URL. */
export const secretSchema = token(43, "Het geheim");
/** An AES-256 key: 32 bytes. Lives only in the link's fragment and in the browser, never on the server. */
export const keySchema = token(43, "De sleutel");
/** An uncompressed ECDH P-256 public key (65 bytes). */
export const publicKeySchema = token(87, "De publieke sleutel");
