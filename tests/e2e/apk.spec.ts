import { readFileSync } from "node:fs";
import { expect, expectAccessible, test } from "./fixtures.ts";
import { ApkPage } from "./pages/index.ts";

const FIX = "tests/fixtures/raadsvoorstellen";
const CRITERIA = ["S", "A", "B", "C", "D", "E", "F", "G"];


const txt = (name: string) => ({ name, mimeType: "text/plain", buffer: readFileSync(`${FIX}/${name}`) });

test("APK: several files and one broken, a table with totals, sorting, and a formula-safe CSV", async ({ page }) => {
  // Five files (one .docx) read, analysed, checked by axe and exported: slow on a busy shared machine.
  test.setTimeout(120_000);
  const apk = new ApkPage(page);
  await apk.goto();
  const formula = Buffer.from("Onderwerp: =HYPERLINK(\"http://example.org\";\"klik\")\n\nToelichting\nDe gemeente wil dat meer kinderen leren zwemmen. Daarom betalen we de zwemles.\n");
  await apk.choose([
    txt("01-heuvelrade-vroegsignalering.txt"),
    txt("29-achterveld-kort-subsidie.txt"),
    { name: "11-beekdal-inkoop-jeugdhulp.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: readFileSync(`${FIX}/11-beekdal-inkoop-jeugdhulp.docx`) },
    { name: "formule.txt", mimeType: "text/plain", buffer: formula },
    { name: "kapot.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7 dit is geen echte pdf") },
    { name: "verordening-veldzicht.txt", mimeType: "text/plain", buffer: readFileSync("tests/fixtures/geen-voorstel/verordening-veldzicht.txt") },
  ]);

  await expect(apk.rows).toHaveCount(5, { timeout: 30_000 });
  // A verordening is no raadsvoorstel: its row says so, and only its row.
  const warning = "Dit lijkt geen raadsvoorstel maar een verordening; de uitslag zegt daarom weinig.";
  await expect(apk.rows.filter({ hasText: "verordening-veldzicht.txt" }).getByTestId("apk-waarschuwing")).toContainText(warning);
  await expect(page.getByTestId("apk-waarschuwing")).toHaveCount(1);
  await expect(page.getByRole("alert").filter({ hasText: "kapot.pdf" })).toBeVisible();
  await expect(page.getByRole("table")).toContainText("Vroegsignalering van schulden 2026-2029");
  await expect(page.getByRole("table")).toContainText("Nieuwe inkoop jeugdhulp vanaf 2028");

  // Totals: every criterion's three totals add up to the four readable proposals.
  for (const id of CRITERIA) {
    const sum = await Promise.all(["aanwezig", "deels", "afwezig"].map(async (s) => Number(await apk.total(s, id).textContent())));
    expect(sum.reduce((a, b) => a + b, 0), `totalen ${id}`).toBe(5);
  }
  // Achterveld has only F aanwezig among its criteria in the labels; the table agrees with the analysis.
  await expect(apk.total("aanwezig", "S")).not.toHaveText("5");

  // Sorting by F: ascending puts aanwezig first, a second click reverses.
  const fHeader = page.getByRole("columnheader", { name: /^F/ });
  await fHeader.getByRole("button").click();
  await expect(fHeader).toHaveAttribute("aria-sort", "ascending");
  await expect(apk.rows.first().locator('td[data-criterium="F"]')).toContainText("aanwezig");
  await fHeader.getByRole("button").click();
  await expect(fHeader).toHaveAttribute("aria-sort", "descending");
  await expect(apk.rows.last().locator('td[data-criterium="F"]')).toContainText("aanwezig");

  await expectAccessible(page, "/sturing/raadsvoorstel-toets/apk/ met uitslag");

  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "CSV (.csv)" }).click()]);
  expect(dl.suggestedFilename()).toBe("apk-raadsvoorstellen.csv");
  const csv = readFileSync(await dl.path(), "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const lines = csv.slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toBe(`bestand;titel;datum;raadsvergadering;${CRITERIA.join(";")};waarschuwing`);
  expect(lines).toHaveLength(6);
  expect(lines.find((l) => l.startsWith("verordening-veldzicht.txt;"))).toContain(warning);
  expect(csv).not.toContain("kapot.pdf");
  const formulaLine = lines.find((l) => l.startsWith("formule.txt;")) ?? "";
  // The title cell starts with an apostrophe, so Excel shows the text instead of running a formula.
  expect(formulaLine).toMatch(/^formule\.txt;"'=HYPERLINK\(/);
  const heuvelrade = lines.find((l) => l.startsWith("01-heuvelrade")) ?? "";
  expect(heuvelrade.split(";")).toHaveLength(5 + CRITERIA.length);
  // "Datum: 14 april 2026" in the file, ISO in the CSV.
  expect(heuvelrade).toContain(";2026-04-14;");

  const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Word (.docx)" }).click()]);
  expect(readFileSync(await docx.path()).subarray(0, 2).toString()).toBe("PK");
});

test("APK page without files is accessible and explains the criteria are no meetlat", async ({ page }) => {
  const apk = new ApkPage(page);
  await apk.goto();
  await expect(page.getByText("geen meetlat")).toBeVisible();
  await expectAccessible(page);
});
