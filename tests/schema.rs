//! The three migration trees describe one schema: applied to a fresh SQLite
//! file, PostgreSQL database and MySQL database, they give the same tables,
//! the same columns (by name, kind and whether they may be NULL), the same
//! primary keys, foreign keys, unique keys and indexes. A migration added to
//! one tree only, or a column typed differently in one, fails it.
//!
//! It needs both servers: `scripts/test` runs it with `TEST_POSTGRES_URL` and
//! `TEST_MYSQL_URL` set (`-- --include-ignored`), naming each server by its
//! maintenance database as the integration tests do.

#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};

use accounts::infra::db::Database;
use sqlx::{Connection, MySqlConnection, PgConnection, SqliteConnection};

/// A column as the three dialects can agree on it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Column {
    name: String,
    kind: &'static str,
    nullable: bool,
}

/// An index by what it covers, not by its name: the dialects name the
/// index behind a `UNIQUE` column each their own way.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Index {
    columns: Vec<String>,
    unique: bool,
    /// Partial (`WHERE`) or over an expression: kept, but compared by
    /// name, since its text differs by dialect.
    special: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct ForeignKey {
    columns: Vec<String>,
    table: String,
    on_delete: &'static str,
}

#[derive(Debug, Default, PartialEq, Eq)]
struct Table {
    columns: BTreeSet<Column>,
    primary_key: Vec<String>,
    indexes: BTreeSet<Index>,
    foreign_keys: BTreeSet<ForeignKey>,
}

type Schema = BTreeMap<String, Table>;

/// The dialects' spellings of the few kinds the schema uses.
fn kind(declared: &str) -> &'static str {
    let declared = declared.to_ascii_lowercase();
    let base = declared.split('(').next().unwrap_or_default().trim();
    match base {
        "integer" | "bigint" | "int" | "int8" | "int4" | "smallint" => "integer",
        "text" | "varchar" | "character varying" | "char" | "character" | "longtext" | "mediumtext" => "text",
        _ => panic!("a column of a kind this test does not know: {declared}"),
    }
}

fn on_delete(rule: &str) -> &'static str {
    match rule.to_ascii_uppercase().as_str() {
        "CASCADE" | "C" => "cascade",
        "SET NULL" | "N" => "set null",
        // MySQL's RESTRICT is its NO ACTION: both refuse the delete.
        "NO ACTION" | "RESTRICT" | "A" | "R" => "refuse",
        other => panic!("an ON DELETE this test does not know: {other}"),
    }
}

/// The differences the dialects force, written down once. MySQL has no
/// partial index: the "one live link per purpose" key is a unique index over
/// a generated column that holds the purpose only while the link is live,
/// the due outbox rows are found through an index that starts with the two
/// columns that are NULL while a row is due, and "finished outbox rows" has
/// no index there (the purge scans). MySQL
/// also needs an index under every foreign key and makes one when none
/// exists; the other dialects are given the same implicit index.
fn normalise(dialect: &str, schema: &mut Schema) {
    if dialect == "mysql" {
        let tokens = schema.get_mut("email_tokens").unwrap();
        tokens.columns.retain(|c| c.name != "live_purpose");
        let one_live = Index { columns: cols(&["user_id", "live_purpose"]), unique: true, special: None };
        assert!(tokens.indexes.remove(&one_live), "MySQL's one-live-link key is missing");
        tokens.indexes.insert(Index {
            columns: cols(&["user_id", "purpose"]),
            unique: true,
            special: Some("email_tokens_one_live".into()),
        });
        let outbox = schema.get_mut("outbox").unwrap();
        let due =
            Index { columns: cols(&["sent_at", "dead_at", "next_attempt_at"]), unique: false, special: None };
        assert!(outbox.indexes.remove(&due), "MySQL's due-outbox index is missing");
        outbox.indexes.insert(Index {
            columns: cols(&["next_attempt_at"]),
            unique: false,
            special: Some("outbox_due".into()),
        });
    } else {
        let outbox = schema.get_mut("outbox").unwrap();
        let finished =
            outbox.indexes.iter().find(|i| i.special.as_deref() == Some("outbox_finished")).cloned();
        assert!(outbox.indexes.remove(&finished.expect("the finished-outbox index is missing")));
    }
    for table in schema.values_mut() {
        let implicit: Vec<Index> = table
            .foreign_keys
            .iter()
            .filter(|fk| {
                !table.primary_key.starts_with(&fk.columns)
                    && !table
                        .indexes
                        .iter()
                        .any(|i| i.special.is_none() && i.columns.starts_with(&fk.columns))
            })
            .map(|fk| Index { columns: fk.columns.clone(), unique: false, special: None })
            .collect();
        table.indexes.extend(implicit);
        // A primary key's columns are never NULL, whatever SQLite reports.
        let key = table.primary_key.clone();
        table.columns = std::mem::take(&mut table.columns)
            .into_iter()
            .map(|c| Column { nullable: c.nullable && !key.contains(&c.name), ..c })
            .collect();
    }
}

fn cols(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| (*n).to_owned()).collect()
}

async fn migrated(url: &str) {
    let db = Database::connect(url).await.unwrap();
    db.migrate().await.unwrap();
}

/// A new database on the server `admin_url` names, and its URL.
async fn fresh_database(admin_url: &str, create_suffix: &str) -> String {
    sqlx::any::install_default_drivers();
    let name = format!("accounts_test_{}", uuid::Uuid::new_v4().simple());
    let mut admin = <sqlx::AnyConnection as Connection>::connect(admin_url).await.unwrap();
    sqlx::Executor::execute(&mut admin, format!("CREATE DATABASE {name}{create_suffix}").as_str())
        .await
        .unwrap();
    let server = admin_url.rsplit_once('/').map_or(admin_url, |(server, _)| server);
    format!("{server}/{name}")
}

async fn sqlite_schema(url: &str) -> Schema {
    let mut conn = SqliteConnection::connect(url).await.unwrap();
    let names: Vec<(String,)> = sqlx::query_as(
        "SELECT name FROM sqlite_master WHERE type = 'table' \
         AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '\\_sqlx%' ESCAPE '\\'",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    let mut schema = Schema::new();
    for (table,) in names {
        let mut t = Table::default();
        let columns: Vec<(String, String, i64, i64)> =
            sqlx::query_as("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?1) ORDER BY pk")
                .bind(&table)
                .fetch_all(&mut conn)
                .await
                .unwrap();
        for (name, declared, not_null, pk) in columns {
            if pk > 0 {
                t.primary_key.push(name.clone());
            }
            t.columns.insert(Column { name, kind: kind(&declared), nullable: not_null == 0 });
        }
        let indexes: Vec<(String, i64, String, i64)> =
            sqlx::query_as("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?1)")
                .bind(&table)
                .fetch_all(&mut conn)
                .await
                .unwrap();
        for (index, unique, origin, partial) in indexes {
            let columns: Vec<(Option<String>,)> =
                sqlx::query_as("SELECT name FROM pragma_index_info(?1) ORDER BY seqno")
                    .bind(&index)
                    .fetch_all(&mut conn)
                    .await
                    .unwrap();
            let expression = columns.iter().any(|(c,)| c.is_none());
            let columns: Vec<String> = columns.into_iter().filter_map(|(c,)| c).collect();
            if origin == "pk" {
                t.primary_key = columns;
                continue;
            }
            let special = (partial == 1 || expression).then(|| index.clone());
            t.indexes.insert(Index { columns, unique: unique == 1, special });
        }
        let keys: Vec<(i64, String, String, String)> = sqlx::query_as(
            "SELECT id, \"table\", \"from\", on_delete FROM pragma_foreign_key_list(?1) ORDER BY id, seq",
        )
        .bind(&table)
        .fetch_all(&mut conn)
        .await
        .unwrap();
        let mut by_id: BTreeMap<i64, ForeignKey> = BTreeMap::new();
        for (id, to, from, rule) in keys {
            by_id
                .entry(id)
                .or_insert_with(|| ForeignKey { columns: vec![], table: to, on_delete: on_delete(&rule) })
                .columns
                .push(from);
        }
        t.foreign_keys = by_id.into_values().collect();
        schema.insert(table, t);
    }
    schema
}

async fn postgres_schema(url: &str) -> Schema {
    let mut conn = PgConnection::connect(url).await.unwrap();
    let names: Vec<(String,)> = sqlx::query_as(
        "SELECT table_name::text FROM information_schema.tables \
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_sqlx%'",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    let mut schema = Schema::new();
    for (table,) in names {
        let mut t = Table::default();
        let columns: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT column_name::text, data_type::text, is_nullable::text FROM information_schema.columns \
             WHERE table_schema = 'public' AND table_name = $1",
        )
        .bind(&table)
        .fetch_all(&mut conn)
        .await
        .unwrap();
        for (name, declared, nullable) in columns {
            t.columns.insert(Column { name, kind: kind(&declared), nullable: nullable == "YES" });
        }
        let indexes: Vec<(String, bool, bool, bool, Vec<String>, bool)> = sqlx::query_as(
            "SELECT c.relname::text, ix.indisunique, ix.indisprimary, ix.indpred IS NOT NULL, \
                    ARRAY(SELECT pg_get_indexdef(ix.indexrelid, k, true) \
                          FROM generate_series(1, ix.indnkeyatts) AS k ORDER BY k), \
                    ix.indexprs IS NOT NULL \
             FROM pg_index ix JOIN pg_class c ON c.oid = ix.indexrelid \
             WHERE ix.indrelid = $1::regclass",
        )
        .bind(&table)
        .fetch_all(&mut conn)
        .await
        .unwrap();
        for (index, unique, primary, partial, columns, expression) in indexes {
            if primary {
                t.primary_key = columns;
                continue;
            }
            let special = (partial || expression).then_some(index);
            let columns = if expression { vec![] } else { columns };
            t.indexes.insert(Index { columns, unique, special });
        }
        let keys: Vec<(Vec<String>, String, String)> = sqlx::query_as(
            "SELECT ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY AS u(n, i) \
                          JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.i), \
                    k.confrelid::regclass::text, k.confdeltype::text \
             FROM pg_constraint k WHERE k.contype = 'f' AND k.conrelid = $1::regclass",
        )
        .bind(&table)
        .fetch_all(&mut conn)
        .await
        .unwrap();
        t.foreign_keys = keys
            .into_iter()
            .map(|(columns, to, rule)| ForeignKey { columns, table: to, on_delete: on_delete(&rule) })
            .collect();
        schema.insert(table, t);
    }
    schema
}

async fn mysql_schema(url: &str) -> Schema {
    let mut conn = MySqlConnection::connect(url).await.unwrap();
    let names: Vec<(String,)> = sqlx::query_as(
        "SELECT CAST(table_name AS CHAR(64)) FROM information_schema.tables \
         WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_sqlx%'",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    let mut schema = Schema::new();
    for (table,) in names {
        let mut t = Table::default();
        let columns: Vec<(String, String, String, String)> = sqlx::query_as(
            "SELECT CAST(column_name AS CHAR(64)), CAST(data_type AS CHAR(64)), \
                    CAST(is_nullable AS CHAR(3)), CAST(column_key AS CHAR(3)) \
             FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ? \
             ORDER BY ordinal_position",
        )
        .bind(&table)
        .fetch_all(&mut conn)
        .await
        .unwrap();
        for (name, declared, nullable, _) in columns {
            t.columns.insert(Column { name, kind: kind(&declared), nullable: nullable == "YES" });
        }
        let indexed: Vec<(String, i64, String)> = sqlx::query_as(
            "SELECT CAST(index_name AS CHAR(64)), CAST(non_unique AS SIGNED), CAST(column_name AS CHAR(64)) \
             FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = ? \
             ORDER BY index_name, seq_in_index",
        )
        .bind(&table)
        .fetch_all(&mut conn)
        .await
        .unwrap();
        let mut indexes: BTreeMap<String, Index> = BTreeMap::new();
        for (index, non_unique, column) in indexed {
            indexes
                .entry(index)
                .or_insert_with(|| Index { columns: vec![], unique: non_unique == 0, special: None })
                .columns
                .push(column);
        }
        for (name, index) in indexes {
            if name == "PRIMARY" {
                t.primary_key = index.columns;
            } else {
                t.indexes.insert(index);
            }
        }
        let keys: Vec<(String, String, String, String)> = sqlx::query_as(
            "SELECT CAST(k.constraint_name AS CHAR(64)), CAST(k.column_name AS CHAR(64)), \
                    CAST(k.referenced_table_name AS CHAR(64)), CAST(r.delete_rule AS CHAR(16)) \
             FROM information_schema.key_column_usage k \
             JOIN information_schema.referential_constraints r \
               ON r.constraint_schema = k.constraint_schema AND r.constraint_name = k.constraint_name \
             WHERE k.table_schema = DATABASE() AND k.table_name = ? AND k.referenced_table_name IS NOT NULL \
             ORDER BY k.constraint_name, k.ordinal_position",
        )
        .bind(&table)
        .fetch_all(&mut conn)
        .await
        .unwrap();
        let mut by_name: BTreeMap<String, ForeignKey> = BTreeMap::new();
        for (name, column, to, rule) in keys {
            by_name
                .entry(name)
                .or_insert_with(|| ForeignKey { columns: vec![], table: to, on_delete: on_delete(&rule) })
                .columns
                .push(column);
        }
        t.foreign_keys = by_name.into_values().collect();
        schema.insert(table, t);
    }
    schema
}

/// What differs between two schemas, table by table, for the failure message.
fn differences(a_name: &str, a: &Schema, b_name: &str, b: &Schema) -> Vec<String> {
    let mut out = Vec::new();
    for table in a.keys().chain(b.keys()).collect::<BTreeSet<_>>() {
        match (a.get(table), b.get(table)) {
            (Some(x), Some(y)) if x != y => {
                let x_only: Vec<_> = x.columns.difference(&y.columns).collect();
                let y_only: Vec<_> = y.columns.difference(&x.columns).collect();
                if !x_only.is_empty() || !y_only.is_empty() {
                    out.push(format!(
                        "{table}: columns only in {a_name}: {x_only:?}; only in {b_name}: {y_only:?}"
                    ));
                }
                if x.primary_key != y.primary_key {
                    out.push(format!(
                        "{table}: primary key {:?} in {a_name}, {:?} in {b_name}",
                        x.primary_key, y.primary_key
                    ));
                }
                let x_only: Vec<_> = x.indexes.difference(&y.indexes).collect();
                let y_only: Vec<_> = y.indexes.difference(&x.indexes).collect();
                if !x_only.is_empty() || !y_only.is_empty() {
                    out.push(format!(
                        "{table}: indexes only in {a_name}: {x_only:?}; only in {b_name}: {y_only:?}"
                    ));
                }
                let x_only: Vec<_> = x.foreign_keys.difference(&y.foreign_keys).collect();
                let y_only: Vec<_> = y.foreign_keys.difference(&x.foreign_keys).collect();
                if !x_only.is_empty() || !y_only.is_empty() {
                    out.push(format!(
                        "{table}: foreign keys only in {a_name}: {x_only:?}; only in {b_name}: {y_only:?}"
                    ));
                }
            }
            (Some(_), None) => out.push(format!("{table}: only in {a_name}")),
            (None, Some(_)) => out.push(format!("{table}: only in {b_name}")),
            _ => {}
        }
    }
    out
}

#[tokio::test]
#[ignore = "needs TEST_POSTGRES_URL and TEST_MYSQL_URL; scripts/test runs it"]
async fn the_three_migration_trees_give_one_schema() {
    let pg_admin = std::env::var("TEST_POSTGRES_URL").expect("TEST_POSTGRES_URL names a PostgreSQL server");
    let mysql_admin = std::env::var("TEST_MYSQL_URL").expect("TEST_MYSQL_URL names a MySQL server");
    let dir = tempfile::tempdir().unwrap();
    let sqlite_url = format!("sqlite://{}/accounts.db", dir.path().display());
    let pg_url = fresh_database(&pg_admin, "").await;
    let mysql_url = fresh_database(&mysql_admin, " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci").await;
    for url in [&sqlite_url, &pg_url, &mysql_url] {
        migrated(url).await;
    }

    let mut sqlite = sqlite_schema(&format!("{sqlite_url}?mode=ro")).await;
    let mut postgres = postgres_schema(&pg_url).await;
    let mut mysql = mysql_schema(&mysql_url).await;
    // The reader is not fooled by an empty answer: the tables it knows are there.
    for schema in [&sqlite, &postgres, &mysql] {
        assert!(schema.len() >= 10, "only {} tables read: {:?}", schema.len(), schema.keys());
        let users = &schema["users"];
        assert_eq!(users.primary_key, ["id"]);
        assert!(users.indexes.iter().any(|i| i.unique && i.columns == ["email_key"]), "{users:?}");
    }
    normalise("sqlite", &mut sqlite);
    normalise("postgres", &mut postgres);
    normalise("mysql", &mut mysql);

    let mut found = differences("SQLite", &sqlite, "PostgreSQL", &postgres);
    found.extend(differences("SQLite", &sqlite, "MySQL", &mysql));
    assert!(found.is_empty(), "the migration trees differ:\n{}", found.join("\n"));
}
