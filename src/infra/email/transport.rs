//! Where email goes: an SMTP server (lettre) when one is configured, the
//! development mailbox otherwise.

use std::{sync::Arc, time::Duration};

use anyhow::{Context, bail};
use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{
        DkimCanonicalization, DkimCanonicalizationType, DkimConfig, DkimSigningAlgorithm, DkimSigningKey,
        Mailbox, MultiPart, header::HeaderName,
    },
    transport::smtp::client::{Certificate, Tls, TlsParameters},
};

use secrecy::ExposeSecret;

use crate::infra::{config::Settings, db::outbox::OutboxEmail};

#[derive(Clone)]
pub enum Transport {
    Smtp {
        mailer: AsyncSmtpTransport<Tokio1Executor>,
        sender: Arc<Sender>,
    },
    /// Keeps mail in the outbox for `/dev/mail` and logs each link.
    DevMailbox,
}

/// Who the email is from, as receiving servers check it: message ids are
/// made on the domain of `from`, and DKIM signs for it.
pub struct Sender {
    from: Mailbox,
    dkim: Option<DkimConfig>,
}

/// A failure worth another try later (the server is down), or not (the
/// address can never be delivered to).
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error("temporary: {0:#}")]
    Temporary(anyhow::Error),
    #[error("permanent: {0:#}")]
    Permanent(anyhow::Error),
}

impl Transport {
    /// The transport the settings ask for. Every setting of it is checked
    /// here, at start-up, so a mistake stops the server rather than the
    /// first email.
    pub fn from_settings(settings: &Settings) -> anyhow::Result<Self> {
        let Some(url) = &settings.smtp_url else {
            return Ok(Self::DevMailbox);
        };
        let from: Mailbox = settings.mail_from.parse().context("MAIL_FROM is not a valid mailbox")?;
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(url.expose_secret())
            .context("SMTP_URL is not a valid smtp:// or smtps:// URL")?
            .timeout(Some(Duration::from_secs(10)));
        if let Some(path) = &settings.smtp_ca_file
            && let Some(tls) = tls_trusting(url.expose_secret(), path)?
        {
            builder = builder.tls(tls);
        }
        let dkim = dkim_config(settings, from.email.domain())?;
        Ok(Self::Smtp { mailer: builder.build(), sender: Arc::new(Sender { from, dkim }) })
    }

    pub fn is_dev_mailbox(&self) -> bool {
        matches!(self, Self::DevMailbox)
    }

    pub async fn send(&self, email: &OutboxEmail) -> Result<(), SendError> {
        match self {
            Self::DevMailbox => {
                let links: Vec<&str> =
                    email.text_body.split_whitespace().filter(|w| w.starts_with("http")).collect();
                tracing::info!(to = %email.recipient, subject = %email.subject, ?links, "development mailbox");
                Ok(())
            }
            Self::Smtp { mailer, sender } => {
                let message = sender.message(email)?;
                match mailer.send(message).await {
                    Ok(_) => Ok(()),
                    // A refused login is the configuration's fault, not the
                    // email's: keep it, and try again once that is fixed.
                    Err(e) if e.is_permanent() && !is_login_refused(&e) => {
                        Err(SendError::Permanent(e.into()))
                    }
                    Err(e) => Err(SendError::Temporary(e.into())),
                }
            }
        }
    }
}

impl Sender {
    fn message(&self, email: &OutboxEmail) -> Result<Message, SendError> {
        let to: Mailbox = email
            .recipient
            .parse()
            .map_err(|e| SendError::Permanent(anyhow::anyhow!("recipient address: {e}")))?;
        let mut message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&email.subject)
            // The same id on every try of one email, so a receiver that got
            // a try whose answer was lost can drop the copy.
            .message_id(Some(format!("<{}.{}@{}>", email.created_at, email.id, self.from.email.domain())))
            .multipart(MultiPart::alternative_plain_html(email.text_body.clone(), email.html_body.clone()))
            .map_err(|e| SendError::Permanent(e.into()))?;
        if let Some(dkim) = &self.dkim {
            message.sign(dkim);
        }
        Ok(message)
    }
}

/// 530, 534, 535, 538: the server refused the login (RFC 4954).
fn is_login_refused(error: &lettre::transport::smtp::Error) -> bool {
    error.status().is_some_and(|code| matches!(code.to_string().as_str(), "530" | "534" | "535" | "538"))
}

/// TLS for `url` that trusts the certificate authorities in the PEM file at
/// `path` besides the built-in roots; `None` for a URL without TLS.
fn tls_trusting(url: &str, path: &str) -> anyhow::Result<Option<Tls>> {
    let pem = std::fs::read(path).with_context(|| format!("SMTP_CA_FILE {path} cannot be read"))?;
    if !pem.windows(27).any(|w| w == b"-----BEGIN CERTIFICATE-----") {
        bail!("SMTP_CA_FILE {path} holds no PEM certificate");
    }
    let certificates = Certificate::from_pem(&pem)
        .map_err(|e| anyhow::anyhow!("SMTP_CA_FILE {path} is not valid PEM: {e}"))?;
    let url = url::Url::parse(url).context("SMTP_URL is not a valid URL")?;
    let host = url.host_str().context("SMTP_URL has no host")?.to_owned();
    let parameters = TlsParameters::builder(host)
        .add_root_certificate(certificates)
        .build()
        .context("cannot set up TLS for SMTP")?;
    let mode = url.query_pairs().find(|(key, _)| key == "tls").map(|(_, value)| value.into_owned());
    Ok(match (url.scheme(), mode.as_deref()) {
        ("smtps", _) => Some(Tls::Wrapper(parameters)),
        ("smtp", Some("required")) => Some(Tls::Required(parameters)),
        ("smtp", Some("opportunistic")) => Some(Tls::Opportunistic(parameters)),
        _ => None,
    })
}

/// DKIM signing for `domain`, when `DKIM_KEY_FILE` and `DKIM_SELECTOR` are set.
fn dkim_config(settings: &Settings, domain: &str) -> anyhow::Result<Option<DkimConfig>> {
    let (path, selector) = match (&settings.dkim_key_file, &settings.dkim_selector) {
        (None, None) => return Ok(None),
        (Some(path), Some(selector)) => (path, selector),
        _ => bail!("DKIM_KEY_FILE and DKIM_SELECTOR go together: set both, or neither"),
    };
    let pem =
        std::fs::read_to_string(path).with_context(|| format!("DKIM_KEY_FILE {path} cannot be read"))?;
    let key = DkimSigningKey::new(&pem, DkimSigningAlgorithm::Rsa)
        .map_err(|e| anyhow::anyhow!("DKIM_KEY_FILE {path} is not an RSA private key in PKCS#1 PEM: {e}"))?;
    // Not Content-Type: lettre writes it with the body, after signing, so a
    // signature over it never verifies (the DKIM test found this).
    let headers = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version"]
        .into_iter()
        .map(HeaderName::new_from_ascii_str)
        .collect();
    // Relaxed both ways: relays that refold headers or trim spaces keep it valid.
    let canonicalization = DkimCanonicalization {
        header: DkimCanonicalizationType::Relaxed,
        body: DkimCanonicalizationType::Relaxed,
    };
    Ok(Some(DkimConfig::new(selector.clone(), domain.to_owned(), key, headers, canonicalization)))
}
