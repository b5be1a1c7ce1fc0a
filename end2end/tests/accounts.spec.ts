import { test, expect } from "./fixtures";
import type { Page } from "@playwright/test";

const PASSWORD = "correct horse battery staple";

// Each test registers its own account; the database is fresh for every run.
let counter = 0;
function uniqueName(): string {
  counter += 1;
  return `user${Date.now().toString(36)}${counter}`;
}

/** Follows the newest confirmation link in the development mailbox. */
async function openConfirmationLink(page: Page, address: string) {
  await page.goto("/dev/mail");
  const mail = page.locator("article.mail", { hasText: address }).first();
  await mail.getByRole("link", { name: /\/confirm\?token=/ }).click();
}

async function signIn(page: Page, login: string) {
  await page.goto("/login");
  await page.getByLabel("Email or username").fill(login);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("register with live feedback, confirm by email, sign in and out", async ({ page }) => {
  const name = uniqueName();
  await page.goto("/register");
  await page.getByLabel("Username").fill(name);
  const email = page.getByLabel("Email address");
  await email.fill(`${name}@gmial.com`);
  await email.blur();
  // The island offers the fix before anything is submitted.
  await page.getByRole("button", { name: `${name}@gmail.com` }).click();
  await expect(email).toHaveValue(`${name}@gmail.com`);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirm password").fill(PASSWORD);
  await page.screenshot({ path: "screenshots/register.png", fullPage: true });
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await expect(page.getByText(`${name}@gmail.com`)).toBeVisible();

  await signIn(page, name);
  await expect(page).toHaveURL(/\/unconfirmed$/);
  await expect(page.getByRole("heading", { name: "Confirm your email address" })).toBeVisible();
  await page.screenshot({ path: "screenshots/unconfirmed.png", fullPage: true });

  await openConfirmationLink(page, `${name}@gmail.com`);
  await expect(page.getByRole("heading", { name: "Confirm your email address" })).toBeVisible();
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByRole("heading", { name: "Address confirmed" })).toBeVisible();

  await page.goto("/home");
  await expect(page.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
  await page.screenshot({ path: "screenshots/home.png", fullPage: true });
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.goto("/home");
  await expect(page).toHaveURL(/\/login\?next=\/home$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same forms work and the server explains what is wrong", async ({ page }) => {
    const name = uniqueName();
    await page.goto("/register");
    await page.getByLabel("Username").fill(name);
    await page.getByLabel("Email address").fill(`${name}@example.com`);
    await page.getByLabel("Password", { exact: true }).fill("too short");
    await page.getByLabel("Confirm password").fill("too short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
    await expect(page.getByLabel("Username")).toHaveValue(name);
    await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
    await page.screenshot({ path: "screenshots/register-errors-no-js.png", fullPage: true });

    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByLabel("Confirm password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();

    await openConfirmationLink(page, `${name}@example.com`);
    await page.getByRole("button", { name: "Confirm my address" }).click();
    await expect(page.getByRole("heading", { name: "Address confirmed" })).toBeVisible();

    await signIn(page, `${name}@example.com`);
    await expect(page.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
  });
});

test("a wrong password gets one generic message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email or username").fill("nobody@example.com");
  await page.getByLabel("Password", { exact: true }).fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toHaveText("That email, username or password is not right.");
});
