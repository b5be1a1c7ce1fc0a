import { test as base, expect } from "@playwright/test";

// Every test fails if the page logs a console error or a request fails:
// a broken island or a missing asset is a defect even when the text is right.
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`console: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("requestfailed", (request) =>
        problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`),
      );
      page.on("response", (response) => {
        if (response.status() >= 500) problems.push(`server error: ${response.url()}`);
      });
      await use(problems);
      expect(problems, "no console errors or failed requests").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
