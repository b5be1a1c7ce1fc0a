import { createHmac } from "node:crypto";
import { test, expect, review } from "./fixtures";
import { PASSWORD, confirmFromInbox, register, signIn, uniqueName } from "./flows";

// An authenticator app, as RFC 6238 has it (HMAC-SHA1, six digits,
// 30-second steps), written here apart from the server's own code.
function base32Decode(text: string): Buffer {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of text.replace(/[\s=]/g, "").toUpperCase()) {
    const value = alphabet.indexOf(c);
    if (value < 0) throw new Error(`not base32: ${c}`);
    bits += value.toString(2).padStart(5, "0");
  }
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

function totp(key: Buffer, stepsFromNow = 0): string {
  const step = Math.floor(Date.now() / 1000 / 30) + stepsFromNow;
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const digest = createHmac("sha1", key).update(counter).digest();
  const offset = digest[19] & 0x0f;
  const binary = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, "0");
}

/** Waits, if need be, until the current step has five seconds left. */
async function awayFromAStepBoundary() {
  const intoStep = (Date.now() / 1000) % 30;
  if (intoStep > 25) await new Promise((resolve) => setTimeout(resolve, (31 - intoStep) * 1000));
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });
    const suffix = javaScriptEnabled ? "" : "-no-js";

    test("turn on two-step sign-in from the key on the page, then sign in with a code", async ({ page }) => {
      const name = uniqueName();
      const email = await register(page, name);
      await confirmFromInbox(page, email);
      await signIn(page, name);
      await page.goto("/settings");
      await page.getByRole("button", { name: "Set up an authenticator app" }).click();
      await expect(page.getByRole("heading", { name: "Set up two-step sign-in" })).toBeVisible();
      await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
      await review(page, `two-step-setup${suffix}`, { axe: javaScriptEnabled });
      const key = base32Decode(await page.locator("[data-secret]").innerText());

      await page.getByLabel("Current password").fill(PASSWORD);
      await page.getByLabel("Code from the app").fill("000000");
      await page.getByRole("button", { name: "Turn on" }).click();
      await expect(page.getByText("That code is not right.")).toBeVisible();
      await awayFromAStepBoundary();
      await page.getByLabel("Current password").fill(PASSWORD);
      await page.getByLabel("Code from the app").fill(totp(key));
      await page.getByRole("button", { name: "Turn on" }).click();
      await expect(page.getByRole("heading", { name: "Two-step sign-in is on" })).toBeVisible();
      await expect(page.locator("strong").filter({ hasText: /^[0-9A-Z]{5}-[0-9A-Z]{5}$/ })).toHaveCount(10);
      await review(page, `two-step-recovery-codes${suffix}`, { axe: javaScriptEnabled });

      await page.getByRole("button", { name: "Sign out" }).click();
      await signIn(page, name);
      await expect(page).toHaveURL(/\/login\/code$/);
      await expect(page.getByRole("heading", { name: "Two-step sign-in" })).toBeVisible();
      await review(page, `two-step-sign-in${suffix}`, { axe: javaScriptEnabled });
      await awayFromAStepBoundary();
      // The next step's code: the one that turned it on cannot sign in.
      await page.getByLabel("Code", { exact: true }).fill(totp(key, 1));
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();

      await page.goto("/settings");
      await expect(page.getByText("10 recovery codes are left.")).toBeVisible();
      await review(page, `settings-two-step-on${suffix}`, { axe: javaScriptEnabled });
    });
  });
}
