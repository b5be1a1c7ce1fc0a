import { test, expect, linkIn, mailTo, review } from "./fixtures";
import { PASSWORD, confirmFromInbox, onSettings, register, signIn, uniqueName } from "./flows";

test("change the email address, confirmed through the new address", async ({ page }) => {
  const name = uniqueName();
  const email = await register(page, name);
  await confirmFromInbox(page, email);
  await signIn(page, name);

  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "Settings", exact: true })).toBeVisible();
  await review(page, "settings");
  const newEmail = `${name}@new.example`;
  await page.getByLabel("New email address").fill(newEmail);
  await page.locator("#email_password").fill(PASSWORD);
  await page.getByRole("button", { name: "Change email address" }).click();
  await expect(page.getByText(`We sent a link to ${newEmail}.`)).toBeVisible();

  const notice = await mailTo(email, 2);
  expect(notice[notice.length - 1].subject).toBe("Your email address is about to change");
  const mail = await mailTo(newEmail);
  await page.goto(linkIn(mail[0], "/confirm?token="));
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByText(`Your account now uses ${newEmail}.`)).toBeVisible();
  await review(page, "email-changed");

  await page.goto("/settings");
  await expect(page.getByText(`Your account uses ${newEmail}.`)).toBeVisible();
});

test("the new password is judged against the account's own name while typing", async ({ page }) => {
  const { name } = await onSettings(page);

  const password = page.getByLabel("New password", { exact: true });
  // Long enough and unguessable to a stranger, but built from the username.
  await password.fill(`${name}-${name}`);
  await expect(page.locator("#new_password-message")).toHaveText(/This password is too easy to guess\./);
  await expect(page.getByRole("meter", { name: "Password strength" })).toBeVisible();
  await password.fill("violet cactus lamp harbour");
  await expect(page.locator("#new_password-message")).toHaveText("A strong password.");
  await page.getByLabel("Confirm new password").fill("violet cactus lamp harbour");
  await expect(page.locator("#new_password_confirm-message")).toHaveText("The passwords match.");
  await review(page, "settings-live-password");
});
