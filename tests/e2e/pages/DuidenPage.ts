import { type Page } from "@playwright/test";
import { WorksheetPage } from "./WorksheetPage.ts";

/** The chart on screen; the worksheet also holds a copy for print, inside the print document. */
export const CHART = "figure.rk-chart:not(.rk-print-document figure)";

/** Page object for /informatie/duiden/. */
export class DuidenPage extends WorksheetPage {
  constructor(page: Page) {
    super(page, "/informatie/duiden/");
  }
  get paste() {
    return this.page.getByLabel("Plak of typ je tabel");
  }
  get title() {
    return this.page.getByLabel("Waar gaan deze cijfers over?");
  }
  get chart() {
    return this.page.locator(`${CHART} svg[role='img']`);
  }
  question(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }
  button(name: string) {
    return this.page.getByRole("button", { name, exact: true });
  }
}
