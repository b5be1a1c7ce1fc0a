//! Where a sign-in may send the browser on to: a path of this application,
//! never another site, whatever `?next=` a link carries.

/// The redirect target of a `next=` value, only if it stays inside the
/// application: a path, never a scheme, a host (`//evil.example`) or a
/// backslash trick (`/\evil.example`).
pub fn safe_next(next: &str) -> Option<&str> {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && !next.chars().any(char::is_control)
        && next.len() <= 2000;
    ok.then_some(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_stays_inside_the_application() {
        assert_eq!(safe_next("/home"), Some("/home"));
        assert_eq!(safe_next("/settings?tab=email"), Some("/settings?tab=email"));
        for bad in ["//evil.example", "/\\evil.example", "https://evil.example", "evil.example", "", "/\r\nx"]
        {
            assert_eq!(safe_next(bad), None, "{bad:?}");
        }
    }
}
