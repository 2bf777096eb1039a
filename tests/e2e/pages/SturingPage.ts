import { type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { WorksheetPage } from "./WorksheetPage.ts";

/** Page object for the Sturing worksheets. */
export class SturingPage extends WorksheetPage {
  constructor(page: Page, slug: string) {
    super(page, `/sturing/${slug}/`);
  }
  /** Clicks a button that downloads a file and returns its name and text. */
  async download(button: string, scope = this.page.locator("body")) {
    const [dl] = await Promise.all([this.page.waitForEvent("download"), scope.getByRole("button", { name: button }).first().click()]);
    return { name: dl.suggestedFilename(), text: await readFile(await dl.path(), "utf8") };
  }
}
