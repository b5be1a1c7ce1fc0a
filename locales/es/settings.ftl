# The settings page (/settings) and what its forms answer.

settings-title = Ajustes

settings-password-title = Contraseña
settings-new-password = Nueva contraseña
settings-confirm-new-password = Confirma la nueva contraseña
settings-new-password-hint = Al menos 12 caracteres. Se cerrará la sesión en los demás navegadores.
settings-change-password = Cambiar la contraseña
settings-password-changed = Se cambió tu contraseña. Se cerró la sesión en los demás navegadores.
# Beside a current-password field, when it was wrong.
settings-wrong-password = Esa no es tu contraseña actual.
settings-too-many-passwords = Demasiadas contraseñas incorrectas. Vuelve a intentarlo dentro de unos minutos.

settings-email-title = Correo electrónico
settings-email-current = Tu cuenta usa { $email }.
settings-new-email = Nuevo correo electrónico
settings-email-password-hint = La nueva dirección se aplica cuando abras el enlace que le enviaremos.
settings-change-email = Cambiar el correo electrónico
settings-email-already-yours = Esa ya es tu dirección.
settings-email-too-many = Se han pedido demasiados cambios de dirección. Vuelve a intentarlo más tarde.
settings-email-link-sent = Enviamos un enlace a { $email }. Tu dirección cambiará cuando lo abras.

# The browsers signed in to the account, each named by what it calls
# itself ($browser, such as "Mozilla/5.0 (X11; Linux x86_64) …").
settings-sessions-title = Dónde has iniciado sesión
settings-session-this-browser = { $browser } (este navegador)
settings-only-browser = Este es el único navegador con la sesión iniciada.
# A button; $count is at least 1.
settings-sign-out-others = { $count ->
    [one] Cerrar la otra sesión
   *[other] Cerrar las otras { $count } sesiones
}
settings-signed-out-others = { $count ->
    [one] Se cerró { $count } sesión más.
   *[other] Se cerraron { $count } sesiones más.
}

# The language of the pages, and of the emails the account is sent.
settings-language-title = Idioma
settings-language-intro = Las páginas y los correos de tu cuenta usan este idioma.
settings-language-label = Idioma de tu cuenta
settings-language-save = Guardar el idioma

# A day, such as "30 Nov 2026": when a passkey was added or last used.
settings-date = { $day } { $month } { $year }
settings-month-jan = ene
settings-month-feb = feb
settings-month-mar = mar
settings-month-apr = abr
settings-month-may = may
settings-month-jun = jun
settings-month-jul = jul
settings-month-aug = ago
settings-month-sep = sept
settings-month-oct = oct
settings-month-nov = nov
settings-month-dec = dic
