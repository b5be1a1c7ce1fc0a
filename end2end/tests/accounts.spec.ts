import { test, expect, hydrated, mailTo, review } from "./fixtures";
import { PASSWORD, confirmFromInbox, register, signIn, uniqueName } from "./flows";

test("register with live feedback, confirm from the received email, sign in and out", async ({ page }) => {
  const name = uniqueName();
  await page.goto("/register");
  await review(page, "register");
  await hydrated(page);
  await page.getByLabel("Username").fill(name);
  const email = page.getByLabel("Email address");
  await email.fill(`${name}@gmial.com`);
  await email.blur();
  // The island offers the fix before anything is submitted.
  await page.getByRole("button", { name: `${name}@gmail.com` }).click();
  await expect(email).toHaveValue(`${name}@gmail.com`);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirm password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await expect(page.getByText(`${name}@gmail.com`)).toBeVisible();
  await review(page, "check-inbox");

  await confirmFromInbox(page, `${name}@gmail.com`, 1, "confirm");
  await expect(page.getByRole("heading", { name: "Address confirmed" })).toBeVisible();
  await review(page, "confirmed");

  await page.goto("/login");
  await review(page, "login");
  await signIn(page, name);
  await expect(page.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
  await review(page, "home");
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.goto("/home");
  await expect(page).toHaveURL(/\/login\?next=\/home$/);
});

test("an unconfirmed account is kept out of home and can resend after the cooldown", async ({ page }) => {
  const name = uniqueName();
  const email = await register(page, name);
  await signIn(page, name);
  await expect(page).toHaveURL(/\/unconfirmed$/);
  await page.goto("/home");
  await expect(page).toHaveURL(/\/unconfirmed$/);
  await review(page, "unconfirmed");

  await page.getByRole("button", { name: "Send a new link" }).click();
  await expect(page.getByText(/You can ask for another in \d+ seconds/)).toBeVisible();
  // The countdown island ticks down the cooldown and says when it is over.
  await expect(page.getByRole("timer")).toHaveText(/You can ask for another link in [1-3] seconds?\./);
  await expect(page.getByText("You can ask for a new link now.")).toBeVisible({ timeout: 5_000 });
  await expect(page.getByRole("timer")).toBeEmpty();
  await page.getByRole("button", { name: "Send a new link" }).click();
  await expect(page.getByText(`We sent a new link to ${email}.`)).toBeVisible();
  await mailTo(email, 2);

  await confirmFromInbox(page, email, 2);
  await expect(page.getByRole("heading", { name: "Address confirmed" })).toBeVisible();
  await page.goto("/home");
  await expect(page.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("register, confirm and sign in with plain forms; errors come from the server", async ({ page }) => {
    const name = uniqueName();
    await page.goto("/register");
    await page.getByLabel("Username").fill(name);
    await page.getByLabel("Email address").fill(`${name}@example.com`);
    await page.getByLabel("Password", { exact: true }).fill("too short");
    await page.getByLabel("Confirm password").fill("too short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
    await expect(page.getByLabel("Username")).toHaveValue(name);
    await expect(page.getByLabel("Email address")).toHaveValue(`${name}@example.com`);
    await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
    await review(page, "register-errors-no-js", { axe: false });

    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByLabel("Confirm password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();

    await confirmFromInbox(page, `${name}@example.com`);
    await expect(page.getByRole("heading", { name: "Address confirmed" })).toBeVisible();
    await signIn(page, `${name}@example.com`);
    await expect(page.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
  });
});

test("a wrong password gets one generic message", async ({ page }) => {
  await signIn(page, "nobody@example.com", "not the password");
  await expect(page.getByRole("alert")).toHaveText("That email, username or password is not right.");
  await review(page, "login-failed");
});
