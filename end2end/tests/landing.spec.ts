import { test, expect, hydrated, review } from "./fixtures";

test("the landing page hydrates its email island and gives live feedback", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Your account, done right." })).toBeVisible();
  await review(page, "landing");
  await hydrated(page);

  const email = page.getByLabel("Email address");
  // Only a hydrated island can show this: the server rendered no message.
  await email.fill("ada.example.com");
  await email.blur();
  await expect(page.getByText("An email address needs an @")).toBeVisible();

  await email.fill("ada@gmial.com");
  await page.getByRole("button", { name: "ada@gmail.com" }).click();
  await expect(email).toHaveValue("ada@gmail.com");
  await expect(page.locator("#email-message")).toHaveText("");
  await review(page, "landing-after-typing");
});

test("an unknown page shows the styled 404", async ({ page }) => {
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await review(page, "not-found");
});
