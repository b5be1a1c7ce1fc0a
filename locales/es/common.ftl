# Around every page: the site's name, its navigation and its footer.

app-name = Accounts
# The browser tab's title: the page's own title, then the site's name.
page-title = { $page } · Accounts
nav-label = Cuenta
nav-settings = Ajustes
nav-sign-out = Cerrar sesión
nav-sign-in = Iniciar sesión
nav-register = Registrarse
footer-built-with = Hecho en Rust con Leptos, axum y sqlx.

# The footer's language switcher. Each language is named in itself.
language-name = Español
language-label = Idioma
language-choose = Cambiar
language-unknown = Este sitio no está disponible en ese idioma.
