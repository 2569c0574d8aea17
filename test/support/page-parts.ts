import type { Locator, Page } from "playwright-core";
import { screenshot } from "./browser.js";
import { settled } from "./spa.js";

/** A table's rows that hold this text, e.g. a product name, a reference or an invoice number. */
export function rowWith(table: Locator, text: string): Locator {
  return table.locator("tbody tr").filter({ hasText: text });
}

/** A table row's cells by their column's header. */
export async function cellsByHeader(table: Locator, row: Locator): Promise<Record<string, string>> {
  const headers = await table.locator("thead th").allTextContents();
  const cells = await row.locator("td").allTextContents();
  return Object.fromEntries(headers.map((header, i) => [header, cells[i] ?? ""]));
}

/** The explanation next to one line of a price breakdown. */
export function lineDetail(page: Page, breakdown: Locator, label: string): Locator {
  return breakdown
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: label, exact: true }) })
    .getByRole("cell")
    .first();
}

/** A summary table's rows (a purchase's, say), label to value. */
export async function summaryRows(summary: Locator): Promise<Record<string, string>> {
  await summary.waitFor();
  const rows: Record<string, string> = {};
  for (const row of await summary.locator("tbody tr").all()) {
    rows[(await row.getByRole("rowheader").textContent()) ?? ""] =
      (await row.getByRole("cell").textContent()) ?? "";
  }
  return rows;
}

/** A screenshot with the whole of the open dialog in view: the window grows as tall as its content. */
export async function screenshotDialog(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  const height = (await page.evaluate(
    `Math.max(0, ...[...document.querySelectorAll(".mantine-Modal-content")].map((el) => el.scrollHeight + 160))`,
  )) as number;
  if (height > viewport.height) await page.setViewportSize({ ...viewport, height });
  await settled(page);
  await screenshot(page, name);
  await page.setViewportSize(viewport);
}

/** How far a page reaches past the screen's right edge, in CSS pixels (0 when it fits). */
export function overflow(page: Page): Promise<number> {
  return page.evaluate("document.documentElement.scrollWidth - window.innerWidth") as Promise<number>;
}
