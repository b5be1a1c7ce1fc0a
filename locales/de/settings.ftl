# The settings page (/settings) and what its forms answer.

settings-title = Einstellungen

settings-password-title = Passwort
settings-new-password = Neues Passwort
settings-confirm-new-password = Neues Passwort bestätigen
settings-new-password-hint = Mindestens 12 Zeichen. Andere Browser werden abgemeldet.
settings-change-password = Passwort ändern
settings-password-changed = Ihr Passwort wurde geändert. Andere Browser wurden abgemeldet.
# Beside a current-password field, when it was wrong.
settings-wrong-password = Das ist nicht Ihr aktuelles Passwort.
settings-too-many-passwords = Zu viele falsche Passwörter. Bitte versuchen Sie es in ein paar Minuten erneut.

settings-email-title = E-Mail-Adresse
settings-email-current = Ihr Konto verwendet { $email }.
settings-new-email = Neue E-Mail-Adresse
settings-email-password-hint = Die neue Adresse gilt, sobald Sie den Link öffnen, den wir an sie senden.
settings-change-email = E-Mail-Adresse ändern
settings-email-already-yours = Das ist bereits Ihre Adresse.
settings-email-too-many = Zu viele Adressänderungen angefordert. Bitte versuchen Sie es später erneut.
settings-email-link-sent = Wir haben einen Link an { $email } gesendet. Ihre Adresse ändert sich, wenn Sie ihn öffnen.

# The browsers signed in to the account, each named by what it calls
# itself ($browser, such as "Mozilla/5.0 (X11; Linux x86_64) …").
settings-sessions-title = Wo Sie angemeldet sind
settings-session-this-browser = { $browser } (dieser Browser)
settings-only-browser = Nur dieser Browser ist angemeldet.
# A button; $count is at least 1.
settings-sign-out-others = { $count ->
    [one] Die andere Sitzung abmelden
   *[other] Die { $count } anderen Sitzungen abmelden
}
settings-signed-out-others = { $count ->
    [one] { $count } andere Sitzung abgemeldet.
   *[other] { $count } andere Sitzungen abgemeldet.
}

# The language of the pages, and of the emails the account is sent.
settings-language-title = Sprache
settings-language-intro = Die Seiten und E-Mails Ihres Kontos verwenden diese Sprache.
settings-language-label = Sprache Ihres Kontos
settings-language-save = Sprache speichern

# A day, such as "30 Nov 2026": when a passkey was added or last used.
settings-date = { $day }. { $month } { $year }
settings-month-jan = Jan.
settings-month-feb = Feb.
settings-month-mar = März
settings-month-apr = Apr.
settings-month-may = Mai
settings-month-jun = Juni
settings-month-jul = Juli
settings-month-aug = Aug.
settings-month-sep = Sept.
settings-month-oct = Okt.
settings-month-nov = Nov.
settings-month-dec = Dez.
