use leptos::prelude::*;
use leptos_meta::Title;

use super::NotFound;
use crate::web::i18n::{t, t_with};

/// One email as the development mailbox lists it.
#[derive(Clone, Debug)]
pub struct DevMail {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub text: String,
    pub delivered: bool,
}

/// Development only: every email the application sent, newest first, so a
/// developer can follow links without an SMTP server.
#[component]
pub fn DevMailbox() -> impl IntoView {
    // Only the mailbox's own route provides the mail; without a mailbox
    // the path is as unknown as any other.
    let Some(mails) = use_context::<Vec<DevMail>>() else {
        return view! { <NotFound/> }.into_any();
    };
    let empty = mails.is_empty().then(|| view! { <p class="muted">{t("dev-mail-empty")}</p> });
    view! {
        <Title text=t("dev-mail-title")/>
        <section>
            <h1>{t("dev-mail-title")}</h1>
            <p class="muted">{t("dev-mail-intro")}</p>
            {empty}
            {mails.into_iter().map(|mail| view! { <MailCard mail/> }).collect_view()}
        </section>
    }
    .into_any()
}

#[component]
fn MailCard(mail: DevMail) -> impl IntoView {
    let status = t(if mail.delivered { "dev-mail-delivered" } else { "dev-mail-queued" });
    let line = t_with("dev-mail-line", &[("to", mail.to.into()), ("status", status.into())]);
    view! {
        <article class="card mail">
            <header>
                <h2>{mail.subject}</h2>
                <p class="muted">
                    {line} " · "
                    <a href=format!("/dev/mail/{}", mail.id)>{t("dev-mail-html-view")}</a>
                </p>
            </header>
            <pre>{linkify(&mail.text)}</pre>
        </article>
    }
}

/// The text part with its links made clickable.
fn linkify(text: &str) -> impl IntoView + use<> {
    let mut parts = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            parts.push(view! { "\n" }.into_any());
        }
        for (j, word) in line.split(' ').enumerate() {
            if j > 0 {
                parts.push(view! { " " }.into_any());
            }
            let word = word.to_owned();
            if word.starts_with("http://") || word.starts_with("https://") {
                let href = word.clone();
                parts.push(view! { <a href=href>{word}</a> }.into_any());
            } else {
                parts.push(view! { {word} }.into_any());
            }
        }
    }
    parts
}
