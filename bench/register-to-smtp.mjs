// Time from the register POST to the SMTP server accepting the confirmation
// email, for COUNT registrations one after another. Listens for SMTP on
// 127.0.0.1:$SMTP_PORT, waits for the application at $BASE_URL, registers,
// and prints "p50_ms p95_ms count".
import { createRequire } from "node:module";

// smtp-server is installed for the browser tests.
const require = createRequire(new URL("../end2end/package.json", import.meta.url));
const { SMTPServer } = require("smtp-server");

const base = process.env.BASE_URL;
const smtpPort = Number(process.env.SMTP_PORT);
const count = Number(process.env.COUNT ?? 200);
const accepted = new Map(); // recipient -> resolve(time accepted)

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    stream.on("data", () => {});
    stream.on("end", () => {
      // Taken as the moment of the "250 accepted" answer sent just below.
      const at = performance.now();
      for (const rcpt of session.envelope.rcptTo) accepted.get(rcpt.address.toLowerCase())?.(at);
      callback();
    });
  },
});
await new Promise((resolve) => smtp.listen(smtpPort, "127.0.0.1", resolve));

for (let tries = 0; ; tries++) {
  try {
    if ((await fetch(`${base}/healthz`)).ok) break;
  } catch {}
  if (tries > 300) throw new Error(`no application at ${base}`);
  await new Promise((resolve) => setTimeout(resolve, 100));
}

const run = Date.now().toString(36);
const latencies = [];
for (let i = 0; i < count; i++) {
  const email = `r${run}x${i}@example.com`;
  const arrived = new Promise((resolve) => accepted.set(email, resolve));
  const started = performance.now();
  const response = await fetch(`${base}/register`, {
    method: "POST",
    headers: { origin: base, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      username: `r${run}x${i}`,
      email,
      password: "correct horse battery staple",
      password_confirm: "correct horse battery staple",
    }),
  });
  if (response.status !== 200) throw new Error(`register answered ${response.status}`);
  latencies.push((await arrived) - started);
}
smtp.close();

latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
console.log(`${at(0.5).toFixed(1)} ${at(0.95).toFixed(1)} ${latencies.length}`);
