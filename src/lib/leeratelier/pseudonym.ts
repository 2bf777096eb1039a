// Without zod, so the bijdrage page can suggest a name before the leeratelier engine loads (ADR 0015).
/** "Merel 42": a default pseudonym, so no real name leaves the device unless the raadslid types one. */
export function pseudonym(random = Math.random): string {
  const names = ["Merel", "Reiger", "Kievit", "Zwaluw", "Mus", "Uil", "Specht", "Valk", "Meeuw", "Gans", "Vink", "Lijster"];
  return `${names[Math.floor(random() * names.length)] ?? "Merel"} ${10 + Math.floor(random() * 90)}`;
}
