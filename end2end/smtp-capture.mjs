// A real SMTP server on loopback for the browser tests: the application
// sends its email here, and the tests read it back over HTTP as JSON.
//   SMTP on 127.0.0.1:$SMTP_PORT, messages on http://127.0.0.1:$HTTP_PORT/messages
import http from "node:http";
import { SMTPServer } from "smtp-server";

const smtpPort = Number(process.env.SMTP_PORT ?? 3101);
const httpPort = Number(process.env.HTTP_PORT ?? 3102);
const messages = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on("data", (chunk) => chunks.push(chunk));
    stream.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      messages.push({
        to: session.envelope.rcptTo.map((r) => r.address),
        subject: header(raw, "subject"),
        text: part(raw, "text/plain"),
        html: part(raw, "text/html"),
      });
      callback();
    });
  },
});
smtp.listen(smtpPort, "127.0.0.1");

http
  .createServer((request, response) => {
    const url = new URL(request.url, `http://127.0.0.1:${httpPort}`);
    if (url.pathname === "/health") {
      response.end("ok");
      return;
    }
    if (url.pathname === "/messages") {
      const to = url.searchParams.get("to");
      const found = to ? messages.filter((m) => m.to.includes(to)) : messages;
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify(found));
      return;
    }
    response.statusCode = 404;
    response.end();
  })
  .listen(httpPort, "127.0.0.1");

// A header's value, unfolded, with its RFC 2047 encoded words decoded
// (a subject with words outside ASCII arrives as `=?utf-8?b?…?=`).
function header(raw, name) {
  const head = raw.split("\r\n\r\n")[0].replace(/\r\n[ \t]+/g, " ");
  const line = head.split("\r\n").find((l) => l.toLowerCase().startsWith(`${name}:`));
  if (!line) return "";
  return line
    .slice(name.length + 1)
    .trim()
    .replace(/(\?=)\s+(=\?)/g, "$1$2")
    .replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g, (_, charset, encoding, text) =>
      encoding.toLowerCase() === "b"
        ? Buffer.from(text, "base64").toString(charset.toLowerCase() === "utf-8" ? "utf8" : "latin1")
        : Buffer.from(
            text.replace(/_/g, " ").replace(/=([0-9A-Fa-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))),
            "latin1",
          ).toString("utf8"),
    );
}

// The decoded body of one part of a multipart/alternative message.
function part(raw, type) {
  for (const piece of raw.split("\r\n--")) {
    const split = piece.indexOf("\r\n\r\n");
    if (split < 0) continue;
    const head = piece.slice(0, split).toLowerCase();
    if (!head.includes(`content-type: ${type}`)) continue;
    const body = piece.slice(split + 4);
    if (head.includes("content-transfer-encoding: quoted-printable")) {
      const joined = body.replace(/=\r\n/g, "");
      const bytes = [];
      for (let i = 0; i < joined.length; i++) {
        const hex = joined.slice(i + 1, i + 3);
        if (joined[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
          bytes.push(parseInt(hex, 16));
          i += 2;
        } else {
          bytes.push(joined.charCodeAt(i));
        }
      }
      return Buffer.from(bytes).toString("utf8");
    }
    if (head.includes("content-transfer-encoding: base64")) {
      return Buffer.from(body.replace(/\s/g, ""), "base64").toString("utf8");
    }
    return body;
  }
  return "";
}
