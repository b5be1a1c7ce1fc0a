//! Keeps pages and their form posts to the people they are for, by the
//! rules in [`crate::web::app::access`], and out of every cache when they are
//! someone's own.

use axum::{
    extract::Request,
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};
use http::{HeaderValue, Method, StatusCode, header};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use crate::{
    domain::{Language, i18n, viewer::Viewer},
    web::app::{Access, access},
};

/// Pages that hold an emailed link's token (in a hidden field, or in the
/// cookie it moved to), or show what a browser asked in private (the
/// address a reset was asked for; a sign-in's second step), whoever opens them.
const TOKEN_PAGES: &[&str] = &["/confirm", "/reset", "/forgot/code", "/login/code"];

pub async fn protect(request: Request, next: Next) -> Response {
    // A page of a signed-in account, or one holding a token, must not stay
    // in the browser's cache or a proxy's for the next person at the screen.
    let private =
        request.extensions().get::<Viewer>().is_some() || TOKEN_PAGES.contains(&request.uri().path());
    let mut response = match redirect_for(&request) {
        None => next.run(request).await,
        // A server-function call is answered with a status its caller can
        // act on; a browser navigation is sent where it can continue.
        Some(to) if request.uri().path().starts_with("/api/") => {
            let status = if to == "/unconfirmed" { StatusCode::FORBIDDEN } else { StatusCode::UNAUTHORIZED };
            let language = request.extensions().get::<Language>().copied().unwrap_or_default();
            (status, i18n::text(language, "error-confirmed-account-first")).into_response()
        }
        Some(to) => Redirect::to(&to).into_response(),
    };
    if private {
        response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

fn redirect_for(request: &Request) -> Option<String> {
    let viewer = request.extensions().get::<Viewer>();
    let path = request.uri().path();
    match (access(path), viewer) {
        (Access::Anyone, _) | (Access::AnonymousOnly, None) => None,
        (Access::SignedIn | Access::Confirmed, None) => Some(login_then_back(request)),
        (Access::Confirmed, Some(v)) if !v.confirmed => Some("/unconfirmed".to_owned()),
        // Only the pages: posting the sign-in form again switches accounts.
        (Access::AnonymousOnly, Some(v)) if request.method() == Method::GET => Some(home_of(v).to_owned()),
        (Access::SignedIn, Some(v)) if v.confirmed && path == "/unconfirmed" => Some("/home".to_owned()),
        _ => None,
    }
}

/// Where a signed-in account belongs.
pub fn home_of(viewer: &Viewer) -> &'static str {
    if viewer.confirmed { "/home" } else { "/unconfirmed" }
}

/// `/login?next=…` back to a page; a form post cannot be replayed, so it
/// only leads to the login page.
fn login_then_back(request: &Request) -> String {
    if request.method() != Method::GET {
        return "/login".to_owned();
    }
    let target = request.uri().path_and_query().map_or("/", |pq| pq.as_str());
    format!("/login?next={}", utf8_percent_encode(target, NEXT))
}

/// What `next=` escapes: everything but unreserved characters and `/`, so
/// the path stays readable and its query cannot end ours.
const NEXT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~').remove(b'/');
