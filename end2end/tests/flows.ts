import type { Page } from "@playwright/test";
import { expect, hydrated, linkIn, mailTo, review } from "./fixtures";

export const PASSWORD = "correct horse battery staple";

// The database is fresh for every run; names only need to differ within one.
let counter = 0;
export function uniqueName(): string {
  counter += 1;
  return `user${Date.now().toString(36)}${counter}`;
}

/** Registers through the form and returns the address used. */
export async function register(page: Page, name: string, domain = "example.com"): Promise<string> {
  const email = `${name}@${domain}`;
  await page.goto("/register");
  await page.getByLabel("Username").fill(name);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirm password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  return email;
}

/** Opens the newest confirmation link sent to `email` and presses Confirm. */
export async function confirmFromInbox(page: Page, email: string, count = 1, reviewAs?: string) {
  const mail = await mailTo(email, count);
  await page.goto(linkIn(mail[mail.length - 1], "/confirm?token="));
  await expect(page.getByRole("heading", { name: /Confirm your (new )?email address/ })).toBeVisible();
  if (reviewAs) await review(page, reviewAs);
  await page.getByRole("button", { name: "Confirm my address" }).click();
}

/** Signs in through the form and waits for the answer: an alert on the
 * page, or another page. With JavaScript the form is answered in place and
 * a success then navigates, so the click alone does not wait for it. */
export async function signIn(page: Page, login: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email or username").fill(login);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect
    .poll(async () => new URL(page.url()).pathname !== "/login" || (await page.getByRole("alert").count()) > 0)
    .toBe(true);
}

/** A new confirmed account, signed in, on its settings page with the islands awake. */
export async function onSettings(page: Page): Promise<{ name: string; email: string }> {
  const name = uniqueName();
  const email = await register(page, name);
  await confirmFromInbox(page, email);
  await signIn(page, name);
  await page.goto("/settings");
  await hydrated(page);
  return { name, email };
}
