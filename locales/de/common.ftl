# Around every page: the site's name, its navigation and its footer.

app-name = Accounts
# The browser tab's title: the page's own title, then the site's name.
page-title = { $page } · Accounts
nav-label = Konto
nav-settings = Einstellungen
nav-sign-out = Abmelden
nav-sign-in = Anmelden
nav-register = Registrieren
footer-built-with = Entwickelt in Rust mit Leptos, axum und sqlx.

# The footer's language switcher. Each language is named in itself.
language-name = Deutsch
language-label = Sprache
language-choose = Ändern
language-unknown = Diese Sprache bietet diese Website nicht an.
