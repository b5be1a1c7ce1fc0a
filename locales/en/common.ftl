# Around every page: the site's name, its navigation and its footer.

app-name = Accounts
# The browser tab's title: the page's own title, then the site's name.
page-title = { $page } · Accounts
nav-label = Account
nav-settings = Settings
nav-sign-out = Sign out
nav-sign-in = Sign in
nav-register = Register
footer-built-with = Built in Rust with Leptos, axum and sqlx.

# The footer's language switcher. Each language is named in itself.
language-name = English
language-label = Language
language-choose = Change
language-unknown = That language is not one this site speaks.
