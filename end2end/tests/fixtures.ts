import { test as base, expect } from "@playwright/test";
import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { mailboxURL } from "../playwright.config";

// Every test fails if the page logs a console error or a request fails:
// a broken island or a missing asset is a defect even when the text is right.
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page, javaScriptEnabled }, use) => {
      const problems: string[] = [];
      // A page visited on purpose for its error status (a 404 page) makes
      // Chromium log that status; only the document's own status is excused.
      const documentErrors = new Set<string>();
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const ownStatus =
          message.text().startsWith("Failed to load resource") &&
          documentErrors.has(message.location().url);
        if (!ownStatus) problems.push(`console: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("requestfailed", (request) => {
        const reason = request.failure()?.errorText ?? "";
        // A navigation cancels the requests of the page it leaves (a preload
        // still in flight when a form is submitted), and with JavaScript
        // disabled Chromium refuses script requests: neither is a defect.
        const expected =
          reason === "net::ERR_ABORTED" || (!javaScriptEnabled && reason === "csp");
        if (!expected) problems.push(`request failed: ${request.url()} ${reason}`);
      });
      page.on("response", (response) => {
        const isDocument = response.request().isNavigationRequest();
        if (isDocument && response.status() >= 400) documentErrors.add(response.url());
        if (response.status() >= 500 || (!isDocument && response.status() >= 400)) {
          problems.push(`HTTP ${response.status()}: ${response.url()}`);
        }
      });
      await use(problems);
      expect(problems, "no console errors or failed requests").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until the islands are awake (the bundle marks <html> when it is). */
export async function hydrated(page: Page) {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

/**
 * Looks at the page as a reviewer would: saves a screenshot under
 * screenshots/, and fails on any serious or critical axe-core violation.
 * axe runs inside the page, so with JavaScript disabled only the screenshot
 * is taken (the markup is the same one axe checks with JavaScript on).
 */
export async function review(page: Page, name: string, { axe = true } = {}) {
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
  if (!axe) return;
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(blocking, `accessibility of ${name}`).toEqual([]);
}

export interface Mail {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

/** Waits until `count` emails have reached `to` at the SMTP capture server. */
export async function mailTo(to: string, count = 1): Promise<Mail[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const response = await fetch(`${mailboxURL}/messages?to=${encodeURIComponent(to)}`);
    const mail = (await response.json()) as Mail[];
    if (mail.length >= count) return mail;
    if (Date.now() > deadline) throw new Error(`expected ${count} emails to ${to}, got ${mail.length}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The first link in an email's text that contains `marker`. */
export function linkIn(mail: Mail, marker: string): string {
  const link = mail.text.split(/\s+/).find((word) => word.startsWith("http") && word.includes(marker));
  if (!link) throw new Error(`no link with ${marker} in: ${mail.text}`);
  return link;
}

/** The code an email shows beside its link, shaped like `ABCD-1234`. */
export function codeIn(mail: Mail): string {
  const code = mail.text.split(/\s+/).find((word) => /^[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(word));
  if (!code) throw new Error(`no code in: ${mail.text}`);
  return code;
}
