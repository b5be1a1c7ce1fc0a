//! Where email goes: an SMTP server (lettre) when one is configured, the
//! development mailbox otherwise.

use std::time::Duration;

use anyhow::Context;
use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Mailbox, MultiPart},
};

use crate::server::{config::Settings, db::outbox::OutboxEmail};

#[derive(Clone)]
pub enum Transport {
    Smtp {
        mailer: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
    },
    /// Keeps mail in the outbox for `/dev/mail` and logs each link.
    DevMailbox,
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
    pub fn from_settings(settings: &Settings) -> anyhow::Result<Self> {
        let Some(url) = &settings.smtp_url else {
            return Ok(Self::DevMailbox);
        };
        let from: Mailbox = settings.mail_from.parse().context("MAIL_FROM is not a valid mailbox")?;
        let mailer = AsyncSmtpTransport::<Tokio1Executor>::from_url(url.expose())
            .context("SMTP_URL is not a valid smtp:// or smtps:// URL")?
            .timeout(Some(Duration::from_secs(10)))
            .build();
        Ok(Self::Smtp { mailer, from })
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
            Self::Smtp { mailer, from } => {
                let to: Mailbox = email
                    .recipient
                    .parse()
                    .map_err(|e| SendError::Permanent(anyhow::anyhow!("recipient address: {e}")))?;
                let message = Message::builder()
                    .from(from.clone())
                    .to(to)
                    .subject(&email.subject)
                    .multipart(MultiPart::alternative_plain_html(
                        email.text_body.clone(),
                        email.html_body.clone(),
                    ))
                    .map_err(|e| SendError::Permanent(e.into()))?;
                match mailer.send(message).await {
                    Ok(_) => Ok(()),
                    Err(e) if e.is_permanent() => Err(SendError::Permanent(e.into())),
                    Err(e) => Err(SendError::Temporary(e.into())),
                }
            }
        }
    }
}
