import { test, expect, linkIn, mailTo, review } from "./fixtures";
import { PASSWORD, confirmFromInbox, register, signIn, uniqueName } from "./flows";

const NEW_PASSWORD = "an entirely new passphrase";

test("forgot password: email, new password, sign in with it", async ({ page }) => {
  const name = uniqueName();
  const email = await register(page, name);
  await confirmFromInbox(page, email);

  await signIn(page, name, "I forgot it, sorry");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await review(page, "forgot");
  await page.getByLabel("Email address").fill(email.toUpperCase());
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await review(page, "forgot-sent");

  const mail = await mailTo(email, 2);
  const link = linkIn(mail[mail.length - 1], "/reset?token=");
  await page.goto(link);
  // The token has left the address bar.
  await expect(page).toHaveURL(/\/reset$/);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await review(page, "reset");
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Confirm new password").fill(NEW_PASSWORD);
  // This page is sent with Referrer-Policy: no-referrer, so Chromium posts
  // it with Origin: null; the same-origin check must still accept it.
  await page.getByRole("button", { name: "Change my password" }).click();
  await expect(page).toHaveURL(/\/login\?notice=password-changed$/);
  await expect(page.getByText("Your password was changed. Sign in with the new one.")).toBeVisible();
  await review(page, "login-after-reset");

  await signIn(page, name, PASSWORD);
  await expect(page.getByRole("alert")).toBeVisible();
  await signIn(page, name, NEW_PASSWORD);
  await expect(page.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
});
