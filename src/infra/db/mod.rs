//! The connection pool and migrations. One code path serves SQLite,
//! PostgreSQL and MySQL/MariaDB through sqlx's `Any` driver. Statements are
//! written with `$1` placeholders, which SQLite and PostgreSQL take as they
//! are; for MySQL, which only knows `?`, [`sql`] rewrites them. So that the
//! rewrite keeps each value in its place, a statement MySQL runs numbers
//! its placeholders in the order they appear and uses each once. The few
//! statements whose dialects differ more (upserts, `RETURNING`) say so
//! where they are, and the schema files differ per backend.

pub mod leases;
pub mod outbox;
pub mod passkeys;
pub mod rate_limits;
pub mod reset_requests;
pub mod sessions;
pub mod tokens;
pub mod two_step;
pub mod users;

use std::{borrow::Cow, path::Path, sync::Arc, time::Duration};

use anyhow::Context;
use leases::{Lease, Leases, PING_WHEN_IDLE_FOR};
use sqlx::{
    Any, AnyConnection, AnyPool, ColumnIndex, Connection, Executor, Row, Transaction,
    any::{AnyPoolOptions, AnyRow, install_default_drivers},
    migrate::Migrator,
};

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("migrations/postgres");
static MYSQL_MIGRATIONS: Migrator = sqlx::migrate!("migrations/mysql");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
    /// MySQL 8 and MariaDB 10.6 or newer.
    MySql,
}

impl Backend {
    fn of(url: &str) -> anyhow::Result<Self> {
        Self::of_scheme(url.split(':').next().unwrap_or_default())
            .context("DATABASE_URL must start with sqlite:, postgres:// or mysql://")
    }

    fn of_scheme(scheme: &str) -> Option<Self> {
        match scheme {
            "sqlite" => Some(Self::Sqlite),
            "postgres" | "postgresql" => Some(Self::Postgres),
            "mysql" | "mariadb" => Some(Self::MySql),
            _ => None,
        }
    }

    fn migrator(self) -> &'static Migrator {
        match self {
            Self::Sqlite => &SQLITE_MIGRATIONS,
            Self::Postgres => &POSTGRES_MIGRATIONS,
            Self::MySql => &MYSQL_MIGRATIONS,
        }
    }

    /// What a `SELECT` adds to take the rows it reads for the rest of the
    /// transaction, passing over rows another transaction holds.
    pub fn skip_locked(self) -> &'static str {
        match self {
            Self::Postgres | Self::MySql => "FOR UPDATE SKIP LOCKED",
            // SQLite has one writer at a time: a write transaction already
            // excludes every other.
            Self::Sqlite => "",
        }
    }
}

/// The backend a pool or connection talks to, for the statements that are
/// written per dialect.
pub trait Dialect {
    fn backend(&self) -> Backend;
}

impl Dialect for AnyPool {
    fn backend(&self) -> Backend {
        let options = self.connect_options();
        // The pool was opened through `Database::connect`, which accepted
        // only these schemes.
        Backend::of_scheme(options.database_url.scheme()).unwrap_or(Backend::Sqlite)
    }
}

impl Dialect for AnyConnection {
    fn backend(&self) -> Backend {
        match self.backend_name() {
            "PostgreSQL" => Backend::Postgres,
            "MySQL" => Backend::MySql,
            _ => Backend::Sqlite,
        }
    }
}

impl<T: Dialect + ?Sized> Dialect for &T {
    fn backend(&self) -> Backend {
        (**self).backend()
    }
}

impl<T: Dialect + ?Sized> Dialect for &mut T {
    fn backend(&self) -> Backend {
        (**self).backend()
    }
}

/// What the functions of this module run their statements on: the pool, or
/// a connection (one in a transaction: `&mut *tx`).
pub trait Db<'c>: Executor<'c, Database = Any> + Dialect {}

impl<'c, T: Executor<'c, Database = Any> + Dialect> Db<'c> for T {}

/// The statement in `db`'s dialect: for MySQL, each `$n` becomes `?`.
pub fn sql<'q>(db: &impl Dialect, statement: &'q str) -> Cow<'q, str> {
    match db.backend() {
        Backend::MySql => Cow::Owned(positional(statement)),
        Backend::Sqlite | Backend::Postgres => Cow::Borrowed(statement),
    }
}

/// `$1 ... $2` to `? ... ?`. The statements are the program's own (values
/// are always bound, never spliced in), so a `$` followed by digits is
/// always a placeholder.
fn positional(statement: &str) -> String {
    let mut out = String::with_capacity(statement.len());
    let mut rest = statement;
    let mut expected = 1;
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        let digits = rest[at + 1..].bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            out.push('$');
        } else {
            debug_assert_eq!(
                rest[at + 1..at + 1 + digits].parse::<usize>().ok(),
                Some(expected),
                "a statement MySQL runs uses each placeholder once, in order: {statement}"
            );
            expected += 1;
            out.push('?');
        }
        rest = &rest[at + 1 + digits..];
    }
    out.push_str(rest);
    out
}

/// How long a query waits for a free connection before it fails.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Clone, Debug)]
pub struct Database {
    pool: AnyPool,
    backend: Backend,
    leases: Arc<Leases>,
}

impl Database {
    /// Connects, creating the SQLite file and its folder on first use.
    pub async fn connect(url: &str) -> anyhow::Result<Self> {
        install_default_drivers();
        let backend = Backend::of(url)?;
        let url = match backend {
            Backend::Sqlite => prepare_sqlite_file(url)?,
            Backend::Postgres | Backend::MySql => url.to_owned(),
        };
        let pool = AnyPoolOptions::new()
            .max_connections(match backend {
                // One writer at a time anyway; a few readers alongside it.
                Backend::Sqlite => 4,
                Backend::Postgres | Backend::MySql => 16,
            })
            .acquire_timeout(ACQUIRE_TIMEOUT)
            // sqlx pings every connection it hands out by default: a second
            // round trip for each query of a page. A connection back from
            // use moments ago is alive; one idle for a while may have been cut
            // (a database restart, a proxy's timeout), so only that is pinged.
            // A restart under load still fails the statements already sent
            // on the connections it cut.
            .test_before_acquire(false)
            .before_acquire(|conn, meta| {
                Box::pin(async move {
                    if meta.idle_for > PING_WHEN_IDLE_FOR {
                        conn.ping().await?;
                    }
                    Ok(true)
                })
            })
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    match backend {
                        Backend::Sqlite => {
                            conn.execute(
                                "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
                                 PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;",
                            )
                            .await?;
                        }
                        // PostgreSQL's default: a statement sees what was
                        // committed before it began. InnoDB's own default
                        // (REPEATABLE READ) also locks the gaps between rows,
                        // which deadlocks concurrent inserts of new keys.
                        Backend::MySql => {
                            conn.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED").await?;
                        }
                        Backend::Postgres => {}
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await
            .context("cannot connect to the database")?;
        let leases = Arc::new(Leases::new(
            match backend {
                Backend::Sqlite => 4,
                Backend::Postgres | Backend::MySql => 8,
            },
            ACQUIRE_TIMEOUT,
        ));
        Ok(Self { pool, backend, leases })
    }

    pub async fn migrate(&self) -> anyhow::Result<()> {
        self.backend.migrator().run(&self.pool).await.context("cannot apply migrations")
    }

    /// Reachable, and every migration this build knows has been applied.
    pub async fn is_ready(&self) -> bool {
        let applied: Result<i64, _> =
            sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations WHERE success = TRUE")
                .fetch_one(&self.pool)
                .await;
        matches!(applied, Ok(n) if n == self.backend.migrator().iter().count() as i64)
    }

    /// A transaction that will write. On SQLite it takes the write lock at
    /// once (`BEGIN IMMEDIATE`): a transaction that reads first and upgrades
    /// later fails with "database is locked" when another writer got in
    /// between, instead of waiting its turn.
    pub async fn begin_write(&self) -> sqlx::Result<Transaction<'static, Any>> {
        self.pool.begin_with(self.begin_write_statement()).await
    }

    /// [`Self::begin_write`] on a lease's connection.
    pub async fn begin_write_on<'c>(&self, lease: &'c mut Lease) -> sqlx::Result<Transaction<'c, Any>> {
        lease.connection().begin_with(self.begin_write_statement()).await
    }

    fn begin_write_statement(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite => "BEGIN IMMEDIATE",
            Backend::Postgres | Backend::MySql => "BEGIN",
        }
    }

    /// A connection for the statements of the hottest paths (the session
    /// lookup, the rate-limit count of every action, a sign-in), given back
    /// without the pool's ping; see [`leases`].
    pub async fn lease(&self) -> sqlx::Result<Lease> {
        self.leases.lease(&self.pool).await
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }
}

/// A TEXT column's value. MySQL describes TEXT columns as BLOBs, and sqlx's
/// `Any` driver hands them over as bytes, which it will not decode as a
/// string; the other backends give a string.
pub fn long_text<I>(row: &AnyRow, column: I) -> sqlx::Result<Option<String>>
where
    I: ColumnIndex<AnyRow> + Copy + std::fmt::Debug,
{
    row.try_get::<Option<String>, _>(column).or_else(|_| {
        let bytes: Option<Vec<u8>> = row.try_get(column)?;
        bytes
            .map(String::from_utf8)
            .transpose()
            .map_err(|e| sqlx::Error::ColumnDecode { index: format!("{column:?}"), source: e.into() })
    })
}

/// Whether an insert failed on a UNIQUE constraint (a race with another
/// request that took the same name or address first).
pub fn is_unique_violation(error: &sqlx::Error) -> bool {
    error.as_database_error().is_some_and(|e| e.is_unique_violation())
}

/// Makes sure the folder of a SQLite file exists and asks SQLite to create
/// the file itself (`mode=rwc`) on first start.
fn prepare_sqlite_file(url: &str) -> anyhow::Result<String> {
    let rest = url.trim_start_matches("sqlite:").trim_start_matches("//");
    let path = rest.split('?').next().unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        return Ok(url.to_owned());
    }
    if let Some(dir) = Path::new(path).parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the database folder {}", dir.display()))?;
    }
    Ok(if url.contains("mode=") {
        url.to_owned()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    })
}

#[cfg(test)]
mod tests {
    use super::positional;

    #[test]
    fn placeholders_become_positional_in_order() {
        assert_eq!(
            positional("UPDATE t SET a = $1, b = COALESCE($2, b) WHERE id = $3 AND s <> '$'"),
            "UPDATE t SET a = ?, b = COALESCE(?, b) WHERE id = ? AND s <> '$'"
        );
        assert_eq!(positional("SELECT 1"), "SELECT 1");
        assert_eq!(
            positional("VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)").matches('?').count(),
            11
        );
    }

    #[test]
    #[should_panic(expected = "once, in order")]
    fn a_repeated_placeholder_is_caught() {
        positional("WHERE a = $1 OR b = $1");
    }
}
