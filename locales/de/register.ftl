# Registration, and the fields several forms share.

username-label = Benutzername
username-hint = 3 bis 32 Buchstaben, Ziffern, _ oder -. Für andere sichtbar.
email-label = E-Mail-Adresse
password-label = Passwort
password-confirm-label = Passwort bestätigen
current-password = Aktuelles Passwort

register-title = Konto erstellen
register-submit = Konto erstellen
register-have-account = Sie haben bereits ein Konto?
# After registering, whether or not the address was new.
register-check-inbox = Prüfen Sie Ihren Posteingang
register-sent-to = Wir haben eine E-Mail an { $email } gesendet.
register-open-the-link = Öffnen Sie den Link darin, um Ihre Adresse zu bestätigen. Es kann eine Minute dauern, bis sie ankommt; sehen Sie auch in Ihrem Spam-Ordner nach.

landing-title = Willkommen
landing-heading = Ihr Konto, richtig gemacht.
landing-lead = Registrieren Sie sich mit einer bestätigten E-Mail-Adresse, melden Sie sich von jedem Gerät aus an und kommen Sie wieder hinein, wenn Sie Ihr Passwort vergessen haben.
landing-get-started = Konto erstellen
landing-have-one = Sie haben schon eines?

home-title = Startseite
home-greeting = Willkommen, { $username }
home-signed-in = Sie sind mit einer bestätigten E-Mail-Adresse angemeldet.

# The development mailbox (development only, without an SMTP server).
dev-mail-title = Entwicklungspostfach
dev-mail-intro = Es ist kein SMTP-Server konfiguriert, daher bleiben E-Mails hier. Neueste zuerst.
dev-mail-empty = Noch keine E-Mail gesendet.
dev-mail-line = An { $to } · { $status }
dev-mail-delivered = zugestellt
dev-mail-queued = in der Warteschlange
dev-mail-html-view = HTML-Ansicht
