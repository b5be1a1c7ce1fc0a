//! What each page that forms post to shows besides the answer, as it is
//! after the action (`no_js::PageView`): loaded here, on the server, so
//! the pages themselves stay components.

use anyhow::Context;
use http::{StatusCode, request::Parts};
use qrcode::{QrCode, render::svg};

use crate::{
    actions::{
        confirm::ConfirmView,
        passkeys::ListPasskeys,
        reset::{
            ResetView,
            ssr::{held_token, inspect},
        },
        settings::ActiveSessions,
    },
    domain::viewer::Viewer,
    infra::{
        cookies,
        db::{two_step as two_step_rows, users},
        state::AppState,
    },
    services::{
        links,
        two_step::{self, ISSUER},
    },
    web::{
        forms::no_js::{PageView, run},
        pages::{ResetCodeView, SettingsView, TwoStepSetupView, UnconfirmedView},
    },
};

impl PageView for SettingsView {
    /// The page as it is after an action: sessions may have ended. The
    /// lists come from the same server functions a client would call.
    async fn load(state: &AppState, parts: &Parts) -> anyhow::Result<Option<Self>> {
        let viewer = parts.extensions.get::<Viewer>().context("settings without a viewer")?;
        let sessions = run(state, parts, ActiveSessions {}).await?;
        let pool = state.db.pool();
        let user = users::find_by_id(pool, viewer.user_id).await?.context("the account is gone")?;
        let recovery_codes_left = match user.has_second_factor() {
            true => Some(two_step_rows::unused_recovery_codes(pool, user.id).await?),
            false => None,
        };
        let passkeys = match state.passkeys {
            Some(_) => Some(run(state, parts, ListPasskeys {}).await?),
            None => None,
        };
        Ok(Some(Self {
            username: viewer.username.clone(),
            email: viewer.email.clone(),
            sessions,
            recovery_codes_left,
            passkeys,
        }))
    }
}

impl PageView for UnconfirmedView {
    /// As it is after an action: the address may have changed.
    async fn load(state: &AppState, parts: &Parts) -> anyhow::Result<Option<Self>> {
        let viewer = parts.extensions.get::<Viewer>().context("unconfirmed without a viewer")?;
        let mut conn = state.db.pool().acquire().await?;
        let user = users::find_by_id(&mut *conn, viewer.user_id).await?;
        Ok(Some(Self {
            // The address a link went to last: the one being fixed to, if any.
            email: user.map_or_else(|| viewer.email.clone(), |u| u.pending_email.unwrap_or(u.email)),
            // The same cooldown "Send a new link" will apply.
            cooldown_secs: links::cooldown_left(state, &mut conn, viewer.user_id, links::CONFIRMATION)
                .await?,
        }))
    }
}

impl PageView for ConfirmView {
    /// Only the link's own page (`link_page`, and the Confirm button's
    /// answer) knows the link.
    async fn load(_: &AppState, _: &Parts) -> anyhow::Result<Option<Self>> {
        Ok(None)
    }

    fn status(&self) -> StatusCode {
        match self {
            Self::Invalid => StatusCode::NOT_FOUND,
            Self::Expired { .. } | Self::Replaced => StatusCode::GONE,
            Self::TooManyAttempts => StatusCode::TOO_MANY_REQUESTS,
            _ => StatusCode::OK,
        }
    }
}

impl PageView for ResetCodeView {
    /// The address this browser asked a reset for, if any.
    async fn load(_: &AppState, parts: &Parts) -> anyhow::Result<Option<Self>> {
        Ok(Some(Self { email: cookies::read_reset_email(&parts.headers) }))
    }
}

impl PageView for ResetView {
    /// The form again, for the link the browser holds.
    async fn load(state: &AppState, parts: &Parts) -> anyhow::Result<Option<Self>> {
        Ok(Some(inspect(state, held_token(&parts.headers).as_ref()).await?))
    }

    fn status(&self) -> StatusCode {
        match self {
            Self::Form { .. } => StatusCode::OK,
            Self::Invalid => StatusCode::NOT_FOUND,
            Self::TooManyAttempts => StatusCode::TOO_MANY_REQUESTS,
            _ => StatusCode::GONE,
        }
    }
}

impl PageView for TwoStepSetupView {
    /// The QR code and the typed form of the key being set up, if one is.
    async fn load(state: &AppState, parts: &Parts) -> anyhow::Result<Option<Self>> {
        let viewer = parts.extensions.get::<Viewer>().context("two-step setup without a viewer")?;
        let Some(sealed) = two_step_rows::pending(state.db.pool(), viewer.user_id).await? else {
            return Ok(None);
        };
        // A key that no longer opens is no use to set up: start again.
        let Some(secret) = two_step::open(state, viewer.user_id, &sealed) else {
            two_step_rows::set_pending(state.db.pool(), viewer.user_id, None).await?;
            return Ok(None);
        };
        let image = QrCode::new(secret.uri(ISSUER, &viewer.username).as_bytes())?
            .render::<svg::Color<'_>>()
            .min_dimensions(200, 200)
            .build();
        // Inline in the page: the XML declaration before the <svg> goes.
        let qr_svg = image.find("<svg").map_or(image.as_str(), |start| &image[start..]).to_owned();
        Ok(Some(Self { qr_svg, secret: secret.for_typing() }))
    }

    /// Without a key being set up, the page is settings'.
    const ELSE_GO: Option<&'static str> = Some("/settings");
}
