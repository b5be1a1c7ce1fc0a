import { defineConfig } from "@playwright/test";

// The release build of the server on its own port, with a fresh SQLite file
// for every run. Chromium comes from Debian: Playwright cannot download
// browsers here, so it is pointed at /usr/bin/chromium.
const port = 3100;
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "./tests",
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: "rm -rf target/e2e && ./target/release/accounts serve",
    cwd: "..",
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      LISTEN_ADDR: `127.0.0.1:${port}`,
      BASE_URL: baseURL,
      DATABASE_URL: "sqlite://target/e2e/accounts.db",
      RUST_LOG: "warn",
    },
  },
});
