# Around every page: the site's name, its navigation and its footer.

app-name = Accounts
# The browser tab's title: the page's own title, then the site's name.
page-title = { $page } · Accounts
nav-label = Compte
nav-settings = Paramètres
nav-sign-out = Se déconnecter
nav-sign-in = Se connecter
nav-register = S’inscrire
footer-built-with = Conçu en Rust avec Leptos, axum et sqlx.

# The footer's language switcher. Each language is named in itself.
language-name = Français
language-label = Langue
language-choose = Changer
language-unknown = Ce site n’est pas proposé dans cette langue.
