//! Rate limits per client address and per account, counted in the database
//! so they hold across instances and restarts.

use std::net::IpAddr;

use crate::infra::{
    clock,
    config::Limits,
    db::{Db, rate_limits},
    state::AppState,
};

/// Where a request comes from: the socket's peer, or, when that peer is a
/// configured trusted proxy, the last address the proxies vouch for in
/// X-Forwarded-For. Anyone else's X-Forwarded-For is ignored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientAddress(pub IpAddr);

impl ClientAddress {
    /// What per-address limits count by. One IPv6 subscriber gets a whole
    /// /64 (2^64 addresses to rotate through), so IPv6 counts by its /64;
    /// an IPv4-mapped IPv6 address counts as the IPv4 address it is.
    pub fn limit_key(&self) -> String {
        match self.0 {
            IpAddr::V4(v4) => v4.to_string(),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => v4.to_string(),
                None => {
                    let prefix = u128::from(v6) & !((1u128 << 64) - 1);
                    format!("{}/64", std::net::Ipv6Addr::from(prefix))
                }
            },
        }
    }
}

/// What per-account limits count by.
pub fn account_key(user_id: i64) -> String {
    format!("user:{user_id}")
}

/// One limit: at most `max` hits at once, regained at `max` per
/// `window_secs` (a token bucket): no window boundary lets twice the limit
/// through, and a refused hit does not push the wait further.
#[derive(Clone, Copy, Debug)]
pub struct Limit {
    pub name: &'static str,
    pub max: i64,
    pub window_secs: i64,
}

impl Limit {
    fn window_ms(&self) -> i64 {
        self.window_secs * 1000
    }

    /// The time one hit takes to drain away.
    fn interval_ms(&self) -> i64 {
        (self.window_ms() / self.max.max(1)).max(1)
    }

    fn bucket(&self, state: &AppState, key: &str) -> String {
        // Keyed so the table holds no addresses or account names.
        format!("{}:{}", self.name, state.token_key.hash_text("rate-limit", key).as_str())
    }

    fn hit(&self, state: &AppState, key: &str) -> rate_limits::Hit {
        rate_limits::Hit {
            bucket: self.bucket(state, key),
            interval_ms: self.interval_ms(),
            window_ms: self.window_ms(),
        }
    }

    /// Counts this request; false when it is over the limit (and then it is
    /// not counted).
    pub async fn allow(&self, state: &AppState, key: &str) -> sqlx::Result<bool> {
        self.allow_on(&mut *state.db.pool().acquire().await?, state, key).await
    }

    /// [`Self::allow`] on a given connection: inside a write transaction,
    /// which on SQLite holds the one write lock another connection would
    /// wait for.
    pub async fn allow_on(
        &self,
        conn: &mut sqlx::AnyConnection,
        state: &AppState,
        key: &str,
    ) -> sqlx::Result<bool> {
        Ok(!rate_limits::hit(conn, &[self.hit(state, key)], clock::now_ms()).await?.is_empty())
    }

    /// Seconds until the next hit would be allowed; 0 when it would be now.
    pub async fn wait_secs(&self, state: &AppState, key: &str) -> sqlx::Result<i64> {
        let drained_at = rate_limits::drained_at(state.db.pool(), &self.bucket(state, key)).await?;
        let allowed_at = drained_at.map_or(0, |at| at + self.interval_ms() - self.window_ms());
        Ok(((allowed_at - clock::now_ms()).max(0) + 999) / 1000)
    }

    /// Forgets every hit of these keys: the account's owner proved who they are.
    pub async fn clear(&self, db: impl Db<'_>, state: &AppState, keys: &[&str]) -> sqlx::Result<()> {
        let buckets = keys.iter().map(|key| self.bucket(state, key)).collect::<Vec<_>>();
        rate_limits::clear(db, &buckets).await
    }
}

/// Counts one request against several limits in one statement: whether
/// each had room, in the order given. Each is counted if it had.
pub async fn allow_each(state: &AppState, checks: &[(Limit, &str)]) -> sqlx::Result<Vec<bool>> {
    let hits = checks.iter().map(|(limit, key)| limit.hit(state, key)).collect::<Vec<_>>();
    let mut lease = state.db.lease().await?;
    let counted = rate_limits::hit(lease.connection(), &hits, clock::now_ms()).await?;
    lease.give_back();
    Ok(hits.iter().map(|hit| counted.contains(&hit.bucket)).collect())
}

/// The limits in force (`Limits` is read with the settings); each limit
/// counts its requests apart.
impl Limits {
    pub fn sign_in(&self) -> Limit {
        Limit { name: "sign-in", max: self.per_address, window_secs: 600 }
    }
    pub fn failures(&self) -> Limit {
        Limit { name: "sign-in-failures", max: self.login_failures_per_account, window_secs: 900 }
    }
    pub fn register(&self) -> Limit {
        Limit { name: "register", max: self.per_address, window_secs: 600 }
    }
    pub fn email(&self) -> Limit {
        Limit { name: "email", max: self.per_address, window_secs: 600 }
    }
    pub fn tokens(&self) -> Limit {
        Limit { name: "tokens", max: self.per_address, window_secs: 600 }
    }
    /// Emails one account may ask for (links to new addresses and the
    /// like), whatever the client: a throwaway account cannot be a mailer.
    pub fn account_mail(&self) -> Limit {
        Limit { name: "account-mail", max: 5, window_secs: 3600 }
    }
    /// Links to an account's own address (its confirmation, resends, a
    /// reset, registering it again), which strangers can ask for: its
    /// inbox cannot be flooded, nor a live link kept dying. Apart from
    /// [`Self::account_mail`], so a stranger cannot use up the owner's own
    /// requests in settings.
    pub fn account_links(&self) -> Limit {
        Limit { name: "account-links", max: 5, window_secs: 3600 }
    }
    /// Notices nobody asked for ("someone tried to use your address") that
    /// one address receives, whoever the senders.
    pub fn notices(&self) -> Limit {
        Limit { name: "notices", max: 3, window_secs: 3600 }
    }
    /// Passkey ceremonies begun: the sign-in page begins one as it loads,
    /// for the browser's autofill, so they come more often than sign-ins.
    pub fn ceremonies(&self) -> Limit {
        Limit { name: "passkey-ceremonies", max: self.per_address * 10, window_secs: 600 }
    }
    /// Live checks while typing come many per form, debounced.
    pub fn checks(&self) -> Limit {
        Limit { name: "checks", max: self.per_address * 10, window_secs: 600 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_counts_by_its_64_and_mapped_ipv4_as_ipv4() {
        let key = |a: &str| ClientAddress(a.parse().unwrap()).limit_key();
        assert_eq!(key("203.0.113.7"), "203.0.113.7");
        assert_eq!(key("::ffff:203.0.113.7"), "203.0.113.7");
        assert_eq!(key("2001:db8:1:2::1"), "2001:db8:1:2::/64");
        assert_eq!(key("2001:db8:1:2:ffff:ffff:ffff:ffff"), key("2001:db8:1:2::1"));
        assert_ne!(key("2001:db8:1:3::1"), key("2001:db8:1:2::1"));
    }
}
