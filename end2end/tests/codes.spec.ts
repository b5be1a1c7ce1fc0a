import { test, expect, codeIn, mailTo, review } from "./fixtures";
import { PASSWORD, register, signIn, uniqueName } from "./flows";

const NEW_PASSWORD = "an entirely new passphrase";

// The email is read on another device: the browser that asked types its
// code instead of opening the link. The same steps work with and without
// JavaScript (in place, or as plain form posts).
for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });
    const suffix = javaScriptEnabled ? "" : "-no-js";

    test("the confirmation code confirms the account where it is typed", async ({ page }) => {
      const name = uniqueName();
      const email = await register(page, name);
      await signIn(page, name);
      await expect(page.getByRole("heading", { name: "Confirm your email address" })).toBeVisible();
      const code = codeIn((await mailTo(email, 1))[0]);

      await page.getByLabel("Or enter the code from the email").fill("ABCD-EFGH");
      await page.getByRole("button", { name: "Confirm", exact: true }).click();
      await expect(page.getByText("That code is not right. You can try 4 more times.")).toBeVisible();
      await review(page, `unconfirmed-code-wrong${suffix}`, { axe: javaScriptEnabled });

      await page.getByLabel("Or enter the code from the email").fill(code.toLowerCase());
      await page.getByRole("button", { name: "Confirm", exact: true }).click();
      await expect(page.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
    });

    test("the reset code leads to the new password where it is typed", async ({ page }) => {
      const name = uniqueName();
      const email = await register(page, name);
      await signIn(page, name);
      const confirmation = codeIn((await mailTo(email, 1))[0]);
      await page.getByLabel("Or enter the code from the email").fill(confirmation);
      await page.getByRole("button", { name: "Confirm", exact: true }).click();
      await expect(page.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" })).toBeVisible();

      await page.goto("/forgot");
      await page.getByLabel("Email address").fill(email);
      await page.getByRole("button", { name: "Send me a link" }).click();
      await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
      await expect(page.getByLabel("Email address")).toHaveValue(email);
      await review(page, `forgot-code${suffix}`, { axe: javaScriptEnabled });
      const code = codeIn((await mailTo(email, 2))[1]);

      await page.getByLabel("Code from the email").fill(code);
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
      await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel("Confirm new password").fill(NEW_PASSWORD);
      await page.getByRole("button", { name: "Change my password" }).click();
      await expect(page).toHaveURL(/\/login\?notice=password-changed$/);
      await signIn(page, name, PASSWORD);
      await expect(page.getByRole("alert")).toBeVisible();
      await signIn(page, name, NEW_PASSWORD);
      await expect(page.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
    });
  });
}
