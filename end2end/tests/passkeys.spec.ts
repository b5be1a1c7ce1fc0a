import type { Browser, CDPSession, Page } from "@playwright/test";
import { test, expect, hydrated, mailTo, review } from "./fixtures";
import { PASSWORD, onSettings, signIn } from "./flows";
import { baseURL } from "../playwright.config";

// Passkeys with Chromium's virtual authenticator (DevTools protocol): a
// platform authenticator ("internal"), holding discoverable credentials,
// that verifies its user and consents without a dialog.
async function addAuthenticator(
  page: Page,
  { touched = true } = {},
): Promise<{ cdp: CDPSession; authenticatorId: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable", { enableUI: false });
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      // Without it, every request waits for a touch that never comes.
      automaticPresenceSimulation: touched,
    },
  });
  return { cdp, authenticatorId };
}

async function storedCredentials(cdp: CDPSession, authenticatorId: string) {
  return (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials;
}

/** Hides what the browser offers, for a page that must do without it. */
async function without(page: Page, ...names: string[]) {
  await page.addInitScript((names) => {
    for (const name of names) {
      const member = name.replace(/^prototype\./, "");
      const target = member === name ? PublicKeyCredential : PublicKeyCredential.prototype;
      Reflect.deleteProperty(target, member);
    }
  }, names);
}

async function addPasskey(page: Page, label: string) {
  await page.getByLabel("Name of the new passkey").fill(label);
  await page.getByLabel("Current password, to add it").fill(PASSWORD);
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByRole("status")).toHaveText(`Passkey “${label}” added.`);
  await expect(page.locator("#passkey-list li").filter({ hasText: label })).toContainText("never used");
}

/** Another tab of the same browser, whose device holds `credential`. */
async function anotherTab(page: Page, credential: object, { touched = true } = {}) {
  const tab = await page.context().newPage();
  const { cdp, authenticatorId } = await addAuthenticator(tab, { touched });
  await cdp.send("WebAuthn.addCredential", { authenticatorId, credential });
  return { tab, cdp, authenticatorId };
}

/** Records each `navigator.credentials.get` call's mediation and challenge. */
async function recordRequests(page: Page) {
  const requests: { mediation: string; challenge: string }[] = [];
  await page.exposeFunction("recordRequest", (mediation: string, challenge: string) =>
    requests.push({ mediation, challenge }),
  );
  await page.addInitScript(() => {
    const get = navigator.credentials.get.bind(navigator.credentials);
    const record = (window as unknown as { recordRequest: (m: string, c: string) => void }).recordRequest;
    navigator.credentials.get = (options) => {
      const challenge = new Uint8Array(options?.publicKey?.challenge as ArrayBuffer);
      record(options?.mediation ?? "", btoa(String.fromCharCode(...challenge)));
      return get(options);
    };
  });
  return requests;
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" })).toBeVisible();
}

test("add a passkey, sign in with it by the button and by autofill, remove it, and it is refused", async ({
  page,
}) => {
  const { cdp, authenticatorId } = await addAuthenticator(page);
  // The button's test: the autofill would sign in on its own as the page loads.
  await without(page, "isConditionalMediationAvailable");
  const { name, email } = await onSettings(page);
  await expect(page.getByText("No passkeys yet.")).toBeVisible();
  await expect(page.getByText("Adding a passkey needs JavaScript")).toBeHidden();
  // This browser reads and writes the JSON itself (the next test hides that).
  const native = await page.evaluate(() => [
    typeof PublicKeyCredential.parseCreationOptionsFromJSON,
    typeof PublicKeyCredential.parseRequestOptionsFromJSON,
    typeof PublicKeyCredential.prototype.toJSON,
  ]);
  expect(native).toEqual(["function", "function", "function"]);

  // A name and the password are asked for before the browser's dialog.
  await page.getByLabel("Name of the new passkey").fill("   ");
  await page.getByLabel("Current password, to add it").fill(PASSWORD);
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.locator("#new_passkey_name-message")).toHaveText("Give it a name, up to 60 characters.");
  await page.getByLabel("Name of the new passkey").fill("Test laptop");
  await page.getByLabel("Current password, to add it").fill("not the password");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.locator("#add_password-message")).toHaveText("That is not your current password.");
  await expect(page.getByLabel("Current password, to add it")).toBeFocused();
  expect(await storedCredentials(cdp, authenticatorId)).toHaveLength(0);

  await addPasskey(page, "Test laptop");
  const [credential] = await storedCredentials(cdp, authenticatorId);
  expect(credential.isResidentCredential).toBe(true);
  const added = await mailTo(email, 2);
  expect(added[1].subject).toBe("A passkey was added to your account");
  expect(added[1].text).toContain("Test laptop");
  await review(page, "settings-passkeys");

  // The same device cannot add a second one for the same account.
  await page.getByLabel("Name of the new passkey").fill("Again");
  await page.getByLabel("Current password, to add it").fill(PASSWORD);
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByRole("alert")).toHaveText("This device already holds a passkey for this account.");

  await signOut(page);
  await page.goto("/login");
  await hydrated(page);
  await review(page, "login-passkey");
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(page.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
  const [used] = await storedCredentials(cdp, authenticatorId);
  expect(used.signCount).toBeGreaterThan(credential.signCount);

  // The autofill: the page asks as it loads, and the authenticator answers
  // (on another tab, whose device holds a copy of the passkey as it is now).
  const autofill = await anotherTab(page, used);
  await autofill.tab.goto("/home");
  await signOut(autofill.tab);
  await autofill.tab.goto("/login");
  await expect(autofill.tab.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
  const [usedAgain] = await storedCredentials(autofill.cdp, autofill.authenticatorId);
  await autofill.tab.close();

  // The button while the autofill waits (for a touch the device was not
  // given when it asked): it puts the autofill away and takes on its
  // ceremony, the same challenge, without asking the server again.
  const waiting = await anotherTab(page, usedAgain, { touched: false });
  const requests = await recordRequests(waiting.tab);
  const asked: string[] = [];
  waiting.tab.on("request", (request) => {
    if (request.url().includes("/api/login/passkey/")) asked.push(new URL(request.url()).pathname);
  });
  await waiting.tab.goto("/home");
  await signOut(waiting.tab);
  await waiting.tab.goto("/login");
  await expect.poll(() => requests).toEqual([expect.objectContaining({ mediation: "conditional" })]);
  // A device's touch answers the requests made after it.
  await waiting.cdp.send("WebAuthn.setAutomaticPresenceSimulation", {
    authenticatorId: waiting.authenticatorId,
    enabled: true,
  });
  await waiting.tab.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(waiting.tab.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
  expect(requests).toHaveLength(2);
  expect(requests[1]).toEqual({ mediation: "", challenge: requests[0].challenge });
  const [latest] = await storedCredentials(waiting.cdp, waiting.authenticatorId);
  expect(asked, "one ceremony: the button took on the autofill's").toEqual([
    "/api/login/passkey/options",
    "/api/login/passkey/sign-in",
  ]);
  await waiting.tab.close();
  // The first device takes the passkey as it is now: a refusal below is
  // for the removal, not for a counter behind the server's.
  await cdp.send("WebAuthn.removeCredential", { authenticatorId, credentialId: latest.credentialId });
  await cdp.send("WebAuthn.addCredential", { authenticatorId, credential: latest });

  await page.goto("/settings");
  await hydrated(page);
  await expect(page.locator("#passkey-list li").filter({ hasText: "Test laptop" })).toContainText("last used");
  await page.getByLabel("Current password, to remove it").fill("not the password");
  await page.getByRole("button", { name: "Remove" }).click();
  await expect(page.locator("#remove_password-message")).toHaveText("That is not your current password.");
  await page.getByLabel("Current password, to remove it").fill(PASSWORD);
  await page.getByRole("button", { name: "Remove" }).click();
  await expect(page.getByRole("status")).toHaveText("Passkey “Test laptop” removed.");
  await expect(page.getByText("No passkeys yet.")).toBeVisible();
  const removed = await mailTo(email, 3);
  expect(removed[2].subject).toBe("A passkey was removed from your account");

  // The device still holds it; the site no longer takes it.
  await signOut(page);
  await page.goto("/login");
  await hydrated(page);
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(page.getByRole("alert")).toHaveText(
    "This passkey was not accepted here. Sign in with your password instead.",
  );
  await expect(page).toHaveURL(/\/login$/);
});

test("the autofill asks again before the server forgets its ceremony, and is quiet when it cannot", async ({
  page,
}) => {
  await page.clock.install();
  // A device without a passkey of this site: the autofill waits.
  await addAuthenticator(page);
  const requests = await recordRequests(page);
  await page.goto("/login");
  await hydrated(page);
  await expect.poll(() => requests.length).toBe(1);
  expect(requests[0].mediation).toBe("conditional");

  await page.clock.fastForward("04:01");
  await expect.poll(() => requests.length).toBe(2);
  expect(requests[1].mediation).toBe("conditional");
  expect(requests[1].challenge, "a new ceremony, not the old options again").not.toBe(requests[0].challenge);

  // Its next options are refused (over the limit): nothing is said, and
  // the username field keeps the focus.
  let refused = 0;
  await page.route("**/api/login/passkey/options", (route) => {
    refused += 1;
    return route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({ Rejected: { errors: {}, values: {}, notice: { Error: "Too many tries." } } }),
    });
  });
  await page.getByLabel("Email or username").focus();
  await page.clock.fastForward("04:01");
  await expect.poll(() => refused).toBe(1);
  await page.clock.runFor(1000);
  // What is checked is an absence: give an answer time to show.
  await page.waitForTimeout(500);
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(page.getByLabel("Email or username")).toBeFocused();
  expect(requests).toHaveLength(2);
});

test("two tabs on the sign-in page: the older one still signs in", async ({ page }) => {
  const { cdp, authenticatorId } = await addAuthenticator(page);
  await without(page, "isConditionalMediationAvailable");
  const { name } = await onSettings(page);
  await addPasskey(page, "Laptop");
  const [credential] = await storedCredentials(cdp, authenticatorId);
  await signOut(page);

  // Each tab's autofill begins a ceremony as it loads (and waits: the
  // device is not touched yet); the newer tab's does not end the older's.
  const older = await anotherTab(page, credential, { touched: false });
  const olderRequests = await recordRequests(older.tab);
  const olderAsked: string[] = [];
  older.tab.on("request", (request) => {
    if (request.url().includes("/api/login/passkey/")) olderAsked.push(new URL(request.url()).pathname);
  });
  await older.tab.goto("/login");
  await expect.poll(() => olderRequests.length).toBe(1);
  const newer = await anotherTab(page, credential, { touched: false });
  const newerRequests = await recordRequests(newer.tab);
  await newer.tab.goto("/login");
  await expect.poll(() => newerRequests.length).toBe(1);

  await older.cdp.send("WebAuthn.setAutomaticPresenceSimulation", {
    authenticatorId: older.authenticatorId,
    enabled: true,
  });
  await older.tab.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(older.tab.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
  // At the first try, with the older tab's own ceremony (before, the
  // newer tab's had replaced it: refused, and only a new one went through).
  expect(olderAsked).toEqual(["/api/login/passkey/options", "/api/login/passkey/sign-in"]);
  await newer.tab.close();
  await older.tab.close();
});

test("the binary members are converted by hand where the browser cannot", async ({ page }) => {
  await addAuthenticator(page);
  await without(
    page,
    "isConditionalMediationAvailable",
    "parseCreationOptionsFromJSON",
    "parseRequestOptionsFromJSON",
    "prototype.toJSON",
  );
  const { name } = await onSettings(page);
  expect(await page.evaluate(() => "parseCreationOptionsFromJSON" in PublicKeyCredential)).toBe(false);
  await addPasskey(page, "Old browser");
  await signOut(page);
  await page.goto("/login");
  await hydrated(page);
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(page.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
});

async function withoutJavaScript(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  return context.newPage();
}

test("without JavaScript: no passkey button, and passkeys are renamed and removed by plain forms", async ({
  page,
  browser,
}) => {
  await addAuthenticator(page);
  await without(page, "isConditionalMediationAvailable");
  const { name } = await onSettings(page);
  await addPasskey(page, "Phone");

  const plain = await withoutJavaScript(browser);
  await plain.goto("/login");
  await expect(plain.getByRole("button", { name: "Sign in with a passkey" })).toBeHidden();
  await signIn(plain, name);
  await plain.goto("/settings");
  await expect(plain.getByText("Adding a passkey needs JavaScript")).toBeVisible();
  await expect(plain.getByRole("button", { name: "Add a passkey" })).toBeHidden();
  await review(plain, "settings-passkeys-no-js", { axe: false });

  await plain.getByLabel("New name").fill("x".repeat(61));
  await plain.getByRole("button", { name: "Rename" }).click();
  await expect(plain.locator("#name-message")).toHaveText("Give it a name, up to 60 characters.");
  await expect(plain.getByLabel("New name")).toHaveValue("x".repeat(61));
  await plain.getByLabel("New name").fill("My phone");
  await plain.getByRole("button", { name: "Rename" }).click();
  await expect(plain.getByRole("status")).toHaveText("Renamed to “My phone”.");
  await expect(plain.locator("#passkey-list li")).toHaveCount(1);
  await expect(plain.locator("#passkey-list li")).toContainText("My phone");

  await plain.getByLabel("Current password, to remove it").fill(PASSWORD);
  await plain.getByRole("button", { name: "Remove" }).click();
  await expect(plain.getByRole("status")).toHaveText("Passkey “My phone” removed.");
  await expect(plain.getByText("No passkeys yet.")).toBeVisible();
  await plain.context().close();
});
