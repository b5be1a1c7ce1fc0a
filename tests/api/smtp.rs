//! A real SMTP server on loopback that keeps what it receives, so tests can
//! read the email the application sent and follow its links.

use std::{sync::Arc, time::Duration};

use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::{TcpListener, TcpStream},
    sync::{Mutex, Notify},
};

#[derive(Clone, Debug)]
pub struct ReceivedMail {
    pub from: String,
    pub to: Vec<String>,
    /// The whole message as sent after DATA: headers, blank line, body.
    pub data: String,
}

#[derive(Clone)]
pub struct SmtpServer {
    pub port: u16,
    inbox: Arc<Mutex<Vec<ReceivedMail>>>,
    arrived: Arc<Notify>,
    /// How long the server takes to accept each message.
    delay: Duration,
}

impl SmtpServer {
    pub async fn start() -> Self {
        Self::start_on(0).await
    }

    /// On a given port, e.g. one the application was told about while
    /// nothing listened there.
    pub async fn start_on(port: u16) -> Self {
        Self::listen(port, Duration::ZERO).await
    }

    /// A server that takes `delay` to accept each message, as a busy one does.
    pub async fn start_slow(delay: Duration) -> Self {
        Self::listen(0, delay).await
    }

    async fn listen(port: u16, delay: Duration) -> Self {
        let listener = TcpListener::bind(("127.0.0.1", port)).await.expect("bind SMTP port");
        let server = Self {
            port: listener.local_addr().expect("bound").port(),
            inbox: Arc::default(),
            arrived: Arc::default(),
            delay,
        };
        let accepting = server.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let session = accepting.clone();
                tokio::spawn(async move {
                    let _ = session.serve(stream).await;
                });
            }
        });
        server
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub async fn messages(&self) -> Vec<ReceivedMail> {
        self.inbox.lock().await.clone()
    }

    /// Waits until at least `count` messages have arrived.
    pub async fn wait_for(&self, count: usize, timeout: Duration) -> Vec<ReceivedMail> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let arrived = self.arrived.notified();
            let inbox = self.messages().await;
            if inbox.len() >= count {
                return inbox;
            }
            if tokio::time::timeout_at(deadline, arrived).await.is_err() {
                panic!("expected {count} emails within {timeout:?}, got {}", inbox.len());
            }
        }
    }

    async fn serve(&self, stream: TcpStream) -> std::io::Result<()> {
        let (read, mut write) = stream.into_split();
        let mut lines = BufReader::new(read).lines();
        write.write_all(b"220 127.0.0.1 ESMTP test server\r\n").await?;
        let (mut from, mut to) = (String::new(), Vec::new());
        while let Some(line) = lines.next_line().await? {
            let verb = line.get(..4).unwrap_or(&line).to_ascii_uppercase();
            let reply: &[u8] = match verb.as_str() {
                "EHLO" => b"250-127.0.0.1\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n",
                "HELO" | "RSET" | "NOOP" => b"250 OK\r\n",
                "MAIL" => {
                    from = address_in(&line);
                    to.clear();
                    b"250 OK\r\n"
                }
                "RCPT" => {
                    to.push(address_in(&line));
                    b"250 OK\r\n"
                }
                "DATA" => {
                    write.write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n").await?;
                    let mut data = String::new();
                    while let Some(line) = lines.next_line().await? {
                        if line == "." {
                            break;
                        }
                        // Undo SMTP dot-stuffing.
                        data.push_str(line.strip_prefix('.').unwrap_or(&line));
                        data.push_str("\r\n");
                    }
                    tokio::time::sleep(self.delay).await;
                    let mail = ReceivedMail { from: from.clone(), to: to.clone(), data };
                    self.inbox.lock().await.push(mail);
                    self.arrived.notify_waiters();
                    b"250 OK: queued\r\n"
                }
                "QUIT" => {
                    write.write_all(b"221 Bye\r\n").await?;
                    return Ok(());
                }
                _ => b"502 Command not implemented\r\n",
            };
            write.write_all(reply).await?;
        }
        Ok(())
    }
}

impl ReceivedMail {
    pub fn header(&self, name: &str) -> Option<String> {
        let head = self.data.split("\r\n\r\n").next()?;
        let prefix = format!("{}:", name.to_ascii_lowercase());
        head.lines()
            .find(|line| line.to_ascii_lowercase().starts_with(&prefix))
            .map(|line| line[prefix.len()..].trim().to_owned())
    }

    pub fn subject(&self) -> String {
        self.header("Subject").unwrap_or_default()
    }

    pub fn text_part(&self) -> String {
        self.part("text/plain")
    }

    pub fn html_part(&self) -> String {
        self.part("text/html")
    }

    /// The decoded body of the MIME part of this content type.
    fn part(&self, content_type: &str) -> String {
        for part in self.data.split("\r\n--") {
            let Some((head, body)) = part.split_once("\r\n\r\n") else { continue };
            let head = head.to_ascii_lowercase();
            if !head.contains(&format!("content-type: {content_type}")) {
                continue;
            }
            let body = body.split("\r\n--").next().unwrap_or(body);
            return if head.contains("content-transfer-encoding: quoted-printable") {
                decode_quoted_printable(body)
            } else if head.contains("content-transfer-encoding: base64") {
                use base64::Engine;
                let joined: String = body.split_whitespace().collect();
                let bytes = base64::engine::general_purpose::STANDARD.decode(joined).expect("valid base64");
                String::from_utf8(bytes).expect("UTF-8 text")
            } else {
                body.to_owned()
            };
        }
        panic!("no {content_type} part in:\n{}", self.data)
    }
}

fn decode_quoted_printable(body: &str) -> String {
    let joined = body.replace("=\r\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && let Some(byte) = joined.get(i + 1..i + 3).and_then(|hex| u8::from_str_radix(hex, 16).ok())
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).expect("UTF-8 text")
}

fn address_in(line: &str) -> String {
    let start = line.find('<').map_or(0, |i| i + 1);
    let end = line[start..].find('>').map_or(line.len(), |i| start + i);
    line[start..end].to_owned()
}

/// How long a test waits for the outbox worker to deliver.
pub const MAIL_TIMEOUT: Duration = Duration::from_secs(10);
