import type { Page } from "@playwright/test";
import { test, expect, hydrated, review } from "./fixtures";
import { PASSWORD, register, uniqueName } from "./flows";

// With JavaScript, a form posts to its server function and shows the answer
// in the page it is on. A marker set on `window` survives only as long as
// the document does: if it is still there, the page did not reload.
async function markDocument(page: Page) {
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
}

async function stillSameDocument(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
}

async function fillRegistration(page: Page, name: string) {
  await page.getByLabel("Username").fill(name);
  await page.getByLabel("Email address").fill(`${name}@example.com`);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirm password").fill(PASSWORD);
}

test("registering answers in place: a taken username, then check your inbox", async ({ page }) => {
  const taken = uniqueName();
  await register(page, taken);

  await page.goto("/register");
  await hydrated(page);
  await markDocument(page);
  await fillRegistration(page, taken);
  const email = `${uniqueName()}@example.com`;
  await page.getByLabel("Email address").fill(email);
  const call = page.waitForResponse((r) => r.url().endsWith("/api/register"));
  await page.getByRole("button", { name: "Create account" }).click();
  expect((await call).status()).toBe(200);
  const username = page.getByLabel("Username");
  await expect(page.locator("#username-message")).toHaveText("This username is taken. Try another.");
  await expect(username).toHaveAttribute("aria-invalid", "true");
  await expect(username).toBeFocused();
  await stillSameDocument(page);

  const name = uniqueName();
  await username.fill(name);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expect(page).toHaveTitle("Check your inbox · Accounts");
  await stillSameDocument(page);
  await review(page, "check-inbox-in-place");
});

test("a wrong password is answered in place, and a second click sends nothing more", async ({ page }) => {
  const name = uniqueName();
  await register(page, name);

  await page.goto("/login");
  await hydrated(page);
  await markDocument(page);
  const calls: string[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith("/api/login")) calls.push(request.method());
  });
  await page.getByLabel("Email or username").fill(name);
  await page.getByLabel("Password", { exact: true }).fill("not the password at all");
  await page.getByRole("button", { name: "Sign in", exact: true }).dblclick();
  const notice = page.getByRole("alert");
  await expect(notice).toHaveText("That email, username or password is not right.");
  await expect(notice).toBeFocused();
  await stillSameDocument(page);
  expect(calls).toEqual(["POST"]);

  // The right password signs in: the answer says where to go, and the
  // browser goes there (an unconfirmed account confirms its address first).
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/unconfirmed$/);
  await expect(page.getByRole("heading", { name: "Confirm your email address" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same forms post as pages and answer as pages", async ({ page }) => {
    const taken = uniqueName();
    await register(page, taken);

    await page.goto("/register");
    await fillRegistration(page, taken);
    const response = page.waitForResponse((r) => r.url().endsWith("/register") && r.request().method() === "POST");
    await page.getByRole("button", { name: "Create account" }).click();
    expect((await response).status()).toBe(422);
    await expect(page.locator("#username-message")).toHaveText("This username is taken. Try another.");
    await expect(page.getByLabel("Email address")).toHaveValue(`${taken}@example.com`);
    await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");

    await page.goto("/login");
    await page.getByLabel("Email or username").fill(taken);
    await page.getByLabel("Password", { exact: true }).fill("not the password at all");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("alert")).toHaveText("That email, username or password is not right.");
    await expect(page.getByLabel("Email or username")).toHaveValue(taken);
  });
});
