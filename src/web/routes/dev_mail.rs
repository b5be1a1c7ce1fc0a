//! The development mailbox: only routed in development without SMTP.

use axum::{
    extract::{Path, State},
    response::{Html, IntoResponse},
};
use http::{HeaderValue, StatusCode, header, request::Parts};
use leptos::prelude::provide_context;

use super::Result;
use crate::{
    infra::{db::outbox, state::AppState},
    web::{pages::DevMail, render},
};

pub async fn list(State(state): State<AppState>, parts: Parts) -> Result {
    let mails: Vec<DevMail> = outbox::recent(state.db.pool(), 100)
        .await?
        .into_iter()
        .map(|row| DevMail {
            id: row.id,
            to: row.recipient,
            subject: row.subject,
            text: row.text_body,
            delivered: row.sent_at.is_some(),
        })
        .collect();
    Ok(render::page(&state, parts, "/dev/mail", StatusCode::OK, move || provide_context(mails.clone())).await)
}

/// One email's HTML part as its own document. Email HTML relies on inline
/// styles, which the page policy forbids, so this response gets its own
/// policy: inline styles, and nothing that runs.
pub async fn html(State(state): State<AppState>, Path(id): Path<i64>) -> Result {
    let found = outbox::recent(state.db.pool(), 100).await?.into_iter().find(|row| row.id == id);
    let Some(mail) = found else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let mut response = Html(mail.html_body).into_response();
    response.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'",
        ),
    );
    Ok(response)
}
