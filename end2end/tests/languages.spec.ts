import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { test, expect, hydrated, linkIn, mailTo, review } from "./fixtures";
import { PASSWORD, uniqueName } from "./flows";

/** A language's one-line messages from the catalogue the server reads
 * (`locales/<code>/*.ftl`), so these tests follow the translations. */
function catalogue(code: string): Record<string, string> {
  const folder = path.resolve(__dirname, "../../locales", code);
  const messages: Record<string, string> = {};
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".ftl"))) {
    for (const line of readFileSync(path.join(folder, file), "utf8").split("\n")) {
      const found = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
      if (found && !found[2].includes("->")) messages[found[1]] = found[2].replace('{" "}', " ");
    }
  }
  return messages;
}

/** A message with its arguments filled in, as Fluent writes them. */
function fill(message: string, args: Record<string, string | number>): string {
  return message.replace(/\{ \$([a-z_]+) \}/g, (_, name) => String(args[name]));
}

async function direction(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((element) => getComputedStyle(element).direction);
}

/// Where the text of the first `selector` is drawn (its element's box may
/// be wider than the words).
async function textBox(page: Page, selector: string): Promise<{ left: number; right: number }> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const { left, right } = range.getBoundingClientRect();
      return { left, right };
    });
}

test.describe("in German", () => {
  test.use({ locale: "de-DE" });
  const de = catalogue("de");
  const en = catalogue("en");

  test("register with live messages, a German email, sign in, and settings switch the language", async ({
    page,
  }) => {
    const name = uniqueName();
    const email = `${name}@example.com`;
    await page.goto("/register");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { name: de["register-title"] })).toBeVisible();
    await hydrated(page);
    const username = page.getByLabel(de["username-label"]);
    await username.fill("ab");
    await username.blur();
    await expect(page.getByText(fill(de["username-too-short"], { min: 3 }))).toBeVisible();
    await username.fill(name);
    await expect(page.getByText(fill(de["username-available"], { name }))).toBeVisible();
    await page.getByLabel(de["email-label"]).fill(email);
    await page.getByLabel(de["password-label"], { exact: true }).fill(PASSWORD);
    // The strength meter's word comes from the server, in German.
    const strong = [de["strength-strong"], de["strength-very-strong"]].map((label) =>
      fill(de["strength-label"], { label }),
    );
    await expect.poll(() => page.locator(".strength span").textContent()).toMatch(
      new RegExp(`^(${strong.join("|")})$`),
    );
    await page.getByLabel(de["password-confirm-label"]).fill(PASSWORD);
    await expect(page.getByText(de["password-confirmation-matches"])).toBeVisible();
    await review(page, "register-de");
    await page.getByRole("button", { name: de["register-submit"] }).click();
    await expect(page.getByRole("heading", { name: de["register-check-inbox"] })).toBeVisible();

    const [mail] = await mailTo(email);
    expect(mail.subject).toBe(de["email-confirm-address-subject"]);
    expect(mail.text).toContain(fill(de["email-hello"], { username: name }));
    await page.goto(linkIn(mail, "/confirm?token="));
    await page.getByRole("button", { name: de["confirm-ready-submit"] }).click();
    await expect(page.getByRole("heading", { name: de["confirm-confirmed-title"] })).toBeVisible();

    await page.goto("/login");
    await page.getByLabel(de["sign-in-login-label"]).fill(name);
    await page.getByLabel(de["password-label"], { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: de["sign-in-submit"], exact: true }).click();
    await expect(page.getByRole("heading", { name: fill(de["home-greeting"], { username: name }) })).toBeVisible();

    // The account's own setting outranks the browser's language.
    await page.goto("/settings");
    await page.getByLabel(de["settings-language-label"]).selectOption("en");
    await page.getByRole("button", { name: de["settings-language-save"] }).click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: en["settings-language-title"] })).toBeVisible();
  });
});

test.describe("in German without JavaScript", () => {
  test.use({ locale: "de-DE", javaScriptEnabled: false });
  const de = catalogue("de");

  test("the server's messages and the footer's switcher are German, and the switcher works", async ({ page }) => {
    await page.goto("/register");
    await page.getByLabel(de["username-label"]).fill("ab");
    await page.getByLabel(de["email-label"]).fill("nobody.example.com");
    await page.getByRole("button", { name: de["register-submit"] }).click();
    await expect(page.getByText(fill(de["username-too-short"], { min: 3 }))).toBeVisible();
    await expect(page.getByText(de["email-missing-at"])).toBeVisible();
    await expect(page.getByLabel(de["username-label"])).toHaveValue("ab");

    await page.getByLabel(de["language-label"]).selectOption("fr");
    await page.getByRole("button", { name: de["language-choose"] }).click();
    await expect(page).toHaveURL(/\/register$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { name: catalogue("fr")["register-title"] })).toBeVisible();
  });
});

test.describe("in Arabic", () => {
  test.use({ locale: "ar" });
  const ar = catalogue("ar");

  test("pages run right to left and pass axe: the fields, the strength meter and the countdown", async ({
    page,
  }) => {
    const name = uniqueName();
    const email = `${name}@example.com`;
    await page.goto("/register");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await hydrated(page);
    await page.getByLabel(ar["username-label"]).fill(name);
    await page.getByLabel(ar["email-label"]).fill(email);
    await expect(page.locator(".strength"), "no meter before a password").toBeHidden();
    await page.getByLabel(ar["password-label"], { exact: true }).fill(PASSWORD);
    await expect(page.locator(".strength")).toContainText(
      fill(ar["strength-label"], { label: ar["strength-very-strong"] }),
    );
    await expect(page.getByText(ar["strength-accepted"])).toBeVisible();
    await page.getByLabel(ar["password-confirm-label"]).fill(PASSWORD);
    for (const part of ["#username", "#username-message", ".strength", "label[for=password]"]) {
      expect(await direction(page, part), part).toBe("rtl");
    }
    // A label's words start where its field does: on the right.
    const field = (await page.locator("#username").boundingBox())!;
    const label = await textBox(page, "label[for=username]");
    expect(Math.abs(label.right - (field.x + field.width))).toBeLessThan(2);
    expect(label.left).toBeGreaterThan(field.x + field.width / 2);
    await review(page, "register-ar");
    await page.getByRole("button", { name: ar["register-submit"] }).click();
    await expect(page.getByRole("heading", { name: ar["register-check-inbox"] })).toBeVisible();
    await mailTo(email);

    await page.goto("/login");
    await page.getByLabel(ar["sign-in-login-label"]).fill(name);
    await page.getByLabel(ar["password-label"], { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: ar["sign-in-submit"], exact: true }).click();
    await expect(page).toHaveURL(/\/unconfirmed$/);
    await hydrated(page);
    await page.getByRole("button", { name: ar["confirm-resend"] }).click();
    const timer = page.getByRole("timer");
    await expect(timer).not.toBeEmpty();
    expect(await direction(page, "[role=timer]")).toBe("rtl");
    await review(page, "unconfirmed-ar");
    await expect(page.getByText(ar["confirm-resend-ready"])).toBeVisible({ timeout: 5_000 });
    await expect(timer).toBeEmpty();
  });
});
