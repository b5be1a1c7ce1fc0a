import { get } from "node:http";
import type { Page } from "@playwright/test";
import { test, expect, hydrated, review } from "./fixtures";
import { PASSWORD, register, uniqueName } from "./flows";

// SPEC section 3: each problem is shown while typing, and the same form
// posted without JavaScript shows the same messages from the server.

const WEAK = "password1234";
const TAKEN = "This username is taken. Try another.";
const NO_AT = "An email address needs an @ between the name and the domain.";
const SHORT = "Use at least 12 characters.";
const GUESSABLE = /This password is too easy to guess\./;
const MISMATCH = "The two passwords are not the same.";

/** The message slot tied to a field by aria-describedby. */
function messageOf(page: Page, field: string) {
  return page.locator(`#${field}-message`);
}

test("the registration form explains each problem before it is submitted", async ({ page }) => {
  const taken = uniqueName();
  await register(page, taken);
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && new URL(r.url()).pathname === "/register") posts.push(r.url());
  });

  await page.goto("/register");
  await hydrated(page);
  const username = page.getByLabel("Username");
  await username.fill(taken.toUpperCase());
  await expect(messageOf(page, "username")).toHaveText(TAKEN);
  await expect(username).toHaveAttribute("aria-invalid", "true");
  const fresh = uniqueName();
  await username.fill(fresh);
  await expect(messageOf(page, "username")).toHaveText(`${fresh} is available.`);
  await expect(username).toHaveAttribute("aria-invalid", "false");

  const email = page.getByLabel("Email address");
  await email.fill("not an address");
  await email.blur();
  await expect(messageOf(page, "email")).toHaveText(NO_AT);

  const password = page.getByLabel("Password", { exact: true });
  await password.fill("too short");
  await password.blur();
  await expect(messageOf(page, "password")).toHaveText(SHORT);
  await password.fill(WEAK);
  await expect(messageOf(page, "password")).toHaveText(GUESSABLE);
  await expect(page.getByText("Strength: Very weak")).toBeVisible();
  // Built from the username typed above: weak for whoever knows it.
  await password.fill(`${fresh}${fresh}`);
  await expect(messageOf(page, "password")).toHaveText(GUESSABLE);
  await password.fill(PASSWORD);
  await expect(messageOf(page, "password")).toHaveText("A strong password.");
  await expect(page.getByRole("meter", { name: "Password strength" })).toHaveAttribute("value", /[34]/);

  const confirmation = page.getByLabel("Confirm password");
  await confirmation.fill(PASSWORD.slice(0, 8));
  await expect(messageOf(page, "password_confirm")).toBeEmpty();
  await confirmation.fill(`${PASSWORD.slice(0, 8)}x`);
  await expect(messageOf(page, "password_confirm")).toHaveText(MISMATCH);
  await review(page, "register-live-errors");
  await confirmation.fill(PASSWORD);
  await expect(messageOf(page, "password_confirm")).toHaveText("The passwords match.");

  expect(posts, "nothing was submitted").toEqual([]);
  // The submit button is never disabled, with or without the islands.
  await expect(page.getByRole("button", { name: "Create account" })).toBeEnabled();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the server shows the same messages and keeps what was typed", async ({ page }) => {
    const taken = uniqueName();
    await register(page, taken);

    await page.goto("/register");
    await expect(page.getByRole("button", { name: "Create account" })).toBeEnabled();
    await page.getByLabel("Username").fill(taken.toUpperCase());
    await page.getByLabel("Email address").fill("not an address");
    await page.getByLabel("Password", { exact: true }).fill("too short");
    await page.getByLabel("Confirm password").fill("too short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(messageOf(page, "username")).toHaveText(TAKEN);
    await expect(messageOf(page, "email")).toHaveText(NO_AT);
    await expect(messageOf(page, "password")).toHaveText(SHORT);
    await expect(page.getByLabel("Username")).toHaveValue(taken.toUpperCase());
    await expect(page.getByLabel("Email address")).toHaveValue("not an address");
    await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");

    const fresh = uniqueName();
    await page.getByLabel("Username").fill(fresh);
    await page.getByLabel("Email address").fill(`${fresh}@example.com`);
    await page.getByLabel("Password", { exact: true }).fill(WEAK);
    await page.getByLabel("Confirm password").fill(`${WEAK}x`);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(messageOf(page, "password")).toHaveText(GUESSABLE);
    await expect(messageOf(page, "password_confirm")).toHaveText(MISMATCH);
    await expect(messageOf(page, "username")).not.toHaveText(TAKEN);
    await review(page, "register-server-errors", { axe: false });
  });
});

/** The gzip size of a response, as a browser that accepts only gzip gets it. */
function gzipSize(url: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => resolve({ bytes, encoding: String(response.headers["content-encoding"]) }));
      response.on("error", reject);
    }).on("error", reject);
  });
}

test("the wasm and JavaScript /register downloads stay within 80 KiB gzip", async ({ page }) => {
  const assets: string[] = [];
  page.on("response", (r) => {
    if (/\.(wasm|js)$/.test(new URL(r.url()).pathname)) assets.push(r.url());
  });
  await page.goto("/register");
  await hydrated(page);
  // Hydrated: the island answers typing.
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Password", { exact: true }).blur();
  await expect(messageOf(page, "password")).toHaveText(SHORT);

  expect(assets.some((u) => u.endsWith(".wasm"))).toBe(true);
  expect(assets.some((u) => u.endsWith(".js"))).toBe(true);
  let total = 0;
  for (const url of assets) {
    const { bytes, encoding } = await gzipSize(url);
    expect(encoding, url).toBe("gzip");
    console.log(`  ${new URL(url).pathname}: ${(bytes / 1024).toFixed(1)} KiB gzip`);
    total += bytes;
  }
  console.log(`  /register downloads ${(total / 1024).toFixed(1)} KiB of wasm and JS (gzip); budget 80 KiB`);
  expect(total).toBeLessThanOrEqual(80 * 1024);
});
