import { test, expect, review } from "./fixtures";

// The pages people reach from a link that no longer works.
test("link outcome pages explain themselves", async ({ page }) => {
  await page.goto(`/confirm?token=${"E".repeat(43)}`);
  await expect(page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
  await review(page, "confirm-invalid");

  await page.goto("/reset?token=garbage");
  await expect(page).toHaveURL(/\/reset$/);
  await expect(page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
  await review(page, "reset-invalid");
});
