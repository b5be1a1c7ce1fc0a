# The sign-in page (/login), and what signing in answers.

sign-in-title = Anmelden
sign-in-login-label = E-Mail-Adresse oder Benutzername
sign-in-remember = Auf diesem Gerät angemeldet bleiben
sign-in-submit = Anmelden
sign-in-with-passkey = Mit einem Passkey anmelden
sign-in-forgot = Passwort vergessen?
sign-in-create-account = Konto erstellen

# Notices the page shows on arriving from elsewhere.
sign-in-password-changed = Ihr Passwort wurde geändert. Melden Sie sich mit dem neuen an.
sign-in-took-too-long = Diese Anmeldung hat zu lange gedauert. Bitte melden Sie sich erneut an.

# One answer for every wrong email, username or password, so that it tells
# nobody which accounts exist.
sign-in-failed = E-Mail-Adresse, Benutzername oder Passwort ist nicht richtig.
# $minutes: how long to wait, in whole minutes (at least 1).
sign-in-too-many-from-network = Zu viele Anmeldeversuche aus Ihrem Netzwerk. Bitte versuchen Sie es in { $minutes ->
    [one] 1 Minute
   *[other] { $minutes } Minuten
} erneut.
# "Forgot your password?" is the link below the form (sign-in-forgot).
sign-in-name-paused = Zu viele fehlgeschlagene Versuche: Die Anmeldung mit diesem Namen ist für { $minutes ->
    [one] 1 Minute
   *[other] { $minutes } Minuten
} gesperrt. Wenn Sie Ihr Passwort vergessen haben, wählen Sie jetzt unten mit „Passwort vergessen?“ ein neues.

# The second step, a code from the authenticator app or a recovery code.
sign-in-code-wrong = Dieser Code ist nicht richtig. Geben Sie die 6 Ziffern ein, die Ihre App jetzt anzeigt, oder einen Wiederherstellungscode.
sign-in-account-paused = Zu viele Versuche: Die Anmeldung bei diesem Konto ist für { $minutes ->
    [one] 1 Minute
   *[other] { $minutes } Minuten
} gesperrt.
