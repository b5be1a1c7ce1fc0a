import { defineConfig } from "@playwright/test";

// The release build of the server on its own port, with a fresh SQLite file
// for every run, sending its email to a real SMTP server on loopback
// (smtp-capture.mjs) that the tests read back. Chromium comes from Debian:
// Playwright cannot download browsers here, so it is pointed at it.
// The site is `localhost`, not 127.0.0.1: passkeys need a domain name.
const port = 3100;
export const baseURL = `http://localhost:${port}`;
export const smtpPort = 3101;
export const mailboxURL = "http://127.0.0.1:3102";

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
  webServer: [
    {
      command: "node smtp-capture.mjs",
      url: `${mailboxURL}/health`,
      reuseExistingServer: false,
      env: { SMTP_PORT: String(smtpPort), HTTP_PORT: "3102" },
    },
    {
      command: "rm -rf target/e2e && ./target/release/accounts serve",
      cwd: "..",
      url: `http://127.0.0.1:${port}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        LISTEN_ADDR: `127.0.0.1:${port}`,
        BASE_URL: baseURL,
        DATABASE_URL: "sqlite://target/e2e/accounts.db",
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        OUTBOX_POLL_MS: "100",
        // Short enough to wait out in a test.
        RESEND_COOLDOWN_SECS: "3",
        RUST_LOG: "warn",
      },
    },
  ],
});
