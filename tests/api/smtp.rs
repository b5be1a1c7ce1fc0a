//! A real SMTP server on loopback that keeps what it receives, so tests can
//! read the email the application sent and follow its links. It speaks
//! plain SMTP, or TLS from the first byte (port 465's way), or plain with
//! STARTTLS (port 587's way), and then takes a login.

use std::{sync::Arc, time::Duration};

use tokio::{
    io::{AsyncBufReadExt, AsyncRead, AsyncWrite, AsyncWriteExt, BufReader},
    net::{TcpListener, TcpStream},
    sync::{Mutex, Notify},
};
use tokio_rustls::{TlsAcceptor, rustls::ServerConfig};

#[derive(Clone, Debug)]
pub struct ReceivedMail {
    pub from: String,
    pub to: Vec<String>,
    /// The whole message as sent after DATA: headers, blank line, body.
    pub data: String,
    /// Whether it came over TLS.
    pub over_tls: bool,
}

/// A login the server was given.
#[derive(Clone, Debug)]
pub struct Login {
    pub username: String,
    pub password: String,
    pub over_tls: bool,
}

/// How the server speaks TLS.
#[derive(Clone)]
pub enum Encryption {
    None,
    /// From the first byte.
    Implicit(Arc<ServerConfig>),
    /// Offered as STARTTLS (unless `offer` is false, as a server that
    /// lost its certificate would do).
    StartTls {
        config: Arc<ServerConfig>,
        offer: bool,
    },
}

#[derive(Clone)]
pub struct SmtpServer {
    pub port: u16,
    inbox: Arc<Mutex<Vec<ReceivedMail>>>,
    logins: Arc<Mutex<Vec<Login>>>,
    arrived: Arc<Notify>,
    /// How long the server takes to accept each message.
    delay: Duration,
    tls: Encryption,
    /// The login it accepts, if it asks for one (only over TLS).
    account: Option<(String, String)>,
}

impl SmtpServer {
    pub async fn start() -> Self {
        Self::start_on(0).await
    }

    /// On a given port, e.g. one the application was told about while
    /// nothing listened there.
    pub async fn start_on(port: u16) -> Self {
        Self::listen(port, Duration::ZERO, Encryption::None, None).await
    }

    /// A server that takes `delay` to accept each message, as a busy one does.
    pub async fn start_slow(delay: Duration) -> Self {
        Self::listen(0, delay, Encryption::None, None).await
    }

    /// A server with TLS that asks for the login `account` (user, password).
    pub async fn start_tls(tls: Encryption, account: (&str, &str)) -> Self {
        Self::listen(0, Duration::ZERO, tls, Some((account.0.to_owned(), account.1.to_owned()))).await
    }

    async fn listen(port: u16, delay: Duration, tls: Encryption, account: Option<(String, String)>) -> Self {
        let listener = TcpListener::bind(("127.0.0.1", port)).await.expect("bind SMTP port");
        let server = Self {
            port: listener.local_addr().expect("bound").port(),
            inbox: Arc::default(),
            logins: Arc::default(),
            arrived: Arc::default(),
            delay,
            tls,
            account,
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

    pub async fn logins(&self) -> Vec<Login> {
        self.logins.lock().await.clone()
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
        match &self.tls {
            Encryption::None => self.session(stream, Stage::Plain).await.map(drop),
            Encryption::Implicit(config) => {
                let stream = TlsAcceptor::from(Arc::clone(config)).accept(stream).await?;
                self.session(stream, Stage::Tls).await.map(drop)
            }
            Encryption::StartTls { config, offer } => {
                let stage = if *offer { Stage::OfferingStartTls } else { Stage::Plain };
                if let Some(plain) = self.session(stream, stage).await? {
                    let stream = TlsAcceptor::from(Arc::clone(config)).accept(plain).await?;
                    self.session(stream, Stage::AfterStartTls).await?;
                }
                Ok(())
            }
        }
    }

    /// One SMTP session on `stream`; the stream back when the client asked
    /// for STARTTLS, to go on over TLS.
    async fn session<S: AsyncRead + AsyncWrite + Unpin>(
        &self,
        stream: S,
        stage: Stage,
    ) -> std::io::Result<Option<S>> {
        let over_tls = matches!(stage, Stage::Tls | Stage::AfterStartTls);
        let mut stream = BufReader::new(stream);
        if stage != Stage::AfterStartTls {
            stream.get_mut().write_all(b"220 127.0.0.1 ESMTP test server\r\n").await?;
        }
        let (mut from, mut to) = (String::new(), Vec::new());
        let mut line = String::new();
        loop {
            line.clear();
            if stream.read_line(&mut line).await? == 0 {
                return Ok(None);
            }
            let line = line.trim_end_matches(['\r', '\n']).to_owned();
            let verb = line.get(..4).unwrap_or(&line).to_ascii_uppercase();
            let reply: Vec<u8> = match verb.as_str() {
                "EHLO" => {
                    let mut reply = String::from("250-127.0.0.1\r\n250-8BITMIME\r\n");
                    if stage == Stage::OfferingStartTls {
                        reply.push_str("250-STARTTLS\r\n");
                    }
                    // A login is offered over TLS only, as real servers do.
                    if over_tls && self.account.is_some() {
                        reply.push_str("250-AUTH PLAIN\r\n");
                    }
                    reply.push_str("250 SMTPUTF8\r\n");
                    reply.into_bytes()
                }
                "STAR" if stage == Stage::OfferingStartTls => {
                    stream.get_mut().write_all(b"220 Go ahead\r\n").await?;
                    return Ok(Some(stream.into_inner()));
                }
                "AUTH" => self.log_in(&line, over_tls).await.to_vec(),
                "HELO" | "RSET" | "NOOP" => b"250 OK\r\n".to_vec(),
                "MAIL" => {
                    from = address_in(&line);
                    to.clear();
                    b"250 OK\r\n".to_vec()
                }
                "RCPT" => {
                    to.push(address_in(&line));
                    b"250 OK\r\n".to_vec()
                }
                "DATA" => {
                    stream.get_mut().write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n").await?;
                    let mut data = String::new();
                    let mut part = String::new();
                    loop {
                        part.clear();
                        if stream.read_line(&mut part).await? == 0 {
                            return Ok(None);
                        }
                        let part = part.trim_end_matches(['\r', '\n']);
                        if part == "." {
                            break;
                        }
                        // Undo SMTP dot-stuffing.
                        data.push_str(part.strip_prefix('.').unwrap_or(part));
                        data.push_str("\r\n");
                    }
                    tokio::time::sleep(self.delay).await;
                    let mail = ReceivedMail { from: from.clone(), to: to.clone(), data, over_tls };
                    self.inbox.lock().await.push(mail);
                    self.arrived.notify_waiters();
                    b"250 OK: queued\r\n".to_vec()
                }
                "QUIT" => {
                    stream.get_mut().write_all(b"221 Bye\r\n").await?;
                    return Ok(None);
                }
                _ => b"502 Command not implemented\r\n".to_vec(),
            };
            stream.get_mut().write_all(&reply).await?;
        }
    }

    /// `AUTH PLAIN <base64 of \0user\0password>`.
    async fn log_in(&self, line: &str, over_tls: bool) -> &'static [u8] {
        use base64::Engine;
        let encoded = line.split_whitespace().nth(2).unwrap_or_default();
        let decoded = base64::engine::general_purpose::STANDARD.decode(encoded).unwrap_or_default();
        let decoded = String::from_utf8_lossy(&decoded).into_owned();
        let mut parts = decoded.split('\0').skip(1);
        let (username, password) = (parts.next().unwrap_or_default(), parts.next().unwrap_or_default());
        self.logins.lock().await.push(Login {
            username: username.to_owned(),
            password: password.to_owned(),
            over_tls,
        });
        match &self.account {
            Some((user, pass)) if user == username && pass == password => {
                b"235 2.7.0 Authentication successful\r\n"
            }
            _ => b"535 5.7.8 Authentication credentials invalid\r\n",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    Plain,
    OfferingStartTls,
    AfterStartTls,
    Tls,
}

impl ReceivedMail {
    /// A header of the message, unfolded.
    pub fn header(&self, name: &str) -> Option<String> {
        let head = self.data.split("\r\n\r\n").next()?;
        let prefix = format!("{}:", name.to_ascii_lowercase());
        let mut lines = head.lines().skip_while(|line| !line.to_ascii_lowercase().starts_with(&prefix));
        let mut value = lines.next()?[prefix.len()..].trim().to_owned();
        for folded in lines.take_while(|line| line.starts_with([' ', '\t'])) {
            value.push(' ');
            value.push_str(folded.trim());
        }
        Some(value)
    }

    /// The subject as the reader sees it: RFC 2047 encoded words (lettre
    /// writes a subject that is not ASCII as `=?utf-8?b?…?=`) decoded.
    pub fn subject(&self) -> String {
        decode_words(&self.header("Subject").unwrap_or_default())
    }

    pub fn text_part(&self) -> String {
        self.part("text/plain")
    }

    pub fn html_part(&self) -> String {
        self.part("text/html")
    }

    /// The decoded body of the MIME part of this content type.
    fn part(&self, content_type: &str) -> String {
        // Split on the boundary itself: a quoted-printable line of a part
        // may begin with "--" too (a link's token did, now and then).
        let boundary = self
            .header("Content-Type")
            .and_then(|value| value.split("boundary=").nth(1).map(|b| b.trim_matches('"').to_owned()))
            .unwrap_or_else(|| panic!("a multipart email:\n{}", self.data));
        let delimiter = format!("\r\n--{boundary}");
        for part in self.data.split(&delimiter) {
            let Some((head, body)) = part.split_once("\r\n\r\n") else { continue };
            let head = head.to_ascii_lowercase();
            if !head.contains(&format!("content-type: {content_type}")) {
                continue;
            }
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

/// Decodes the RFC 2047 encoded words of a header value (`B` and `Q`); the
/// white space between two encoded words is not part of the text.
fn decode_words(value: &str) -> String {
    use base64::Engine;
    let decode = |word: &str| -> Option<String> {
        let inner = word.strip_prefix("=?")?.strip_suffix("?=")?;
        let mut parts = inner.splitn(3, '?');
        let (_charset, encoding, text) = (parts.next()?, parts.next()?, parts.next()?);
        let bytes = match encoding {
            "b" | "B" => base64::engine::general_purpose::STANDARD.decode(text).ok()?,
            "q" | "Q" => {
                let mut bytes = Vec::new();
                let mut chars = text.bytes();
                while let Some(c) = chars.next() {
                    match c {
                        b'_' => bytes.push(b' '),
                        b'=' => {
                            let hex = [chars.next()?, chars.next()?];
                            bytes.push(u8::from_str_radix(std::str::from_utf8(&hex).ok()?, 16).ok()?);
                        }
                        c => bytes.push(c),
                    }
                }
                bytes
            }
            _ => return None,
        };
        String::from_utf8(bytes).ok()
    };
    let mut out = String::new();
    let mut last_was_word = false;
    for (i, token) in value.split(' ').enumerate() {
        match decode(token) {
            Some(text) => {
                if i > 0 && !last_was_word {
                    out.push(' ');
                }
                out.push_str(&text);
                last_was_word = true;
            }
            None => {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(token);
                last_was_word = false;
            }
        }
    }
    out
}
