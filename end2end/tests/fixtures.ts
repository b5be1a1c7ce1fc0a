import { test as base, expect } from "@playwright/test";

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
