# Resetting a forgotten password: asking for a link (`/forgot`), the page
# that takes the code from the email, and choosing the new password
# through the link. A `{ $email }` is shown in bold.

reset-forgot-title = Passwort vergessen?
reset-forgot-intro = Geben Sie die Adresse Ihres Kontos ein, und wir senden Ihnen einen Link, mit dem Sie ein neues Passwort wählen können.
reset-forgot-submit = Link anfordern
reset-back-to-sign-in = Zurück zur Anmeldung

# The same page whether or not an account has the address. Its title is
# also named in the reset email ("Or enter this code on the … page").
reset-code-title = Prüfen Sie Ihren Posteingang
reset-sent-to = Falls ein Konto { $email } verwendet, haben wir an diese Adresse einen Link zum Wählen eines neuen Passworts und einen Code gesendet.
reset-sent = Falls ein Konto die angegebene Adresse verwendet, haben wir an diese Adresse einen Link zum Wählen eines neuen Passworts und einen Code gesendet.
reset-code-intro = Öffnen Sie den Link, oder geben Sie hier den Code ein, falls sich der Link auf einem anderen Gerät öffnet. Beide funktionieren nur kurze Zeit und nur einmal.
reset-code-label = Code aus der E-Mail
reset-code-hint = 8 Zeichen, etwa ABCD-1234.
reset-code-submit = Weiter
# { $link } is a link back to `/forgot` whose text is reset-ask-again.
reset-nothing-arrived = Nichts angekommen? Sehen Sie in Ihrem Spam-Ordner nach, oder warten Sie eine Minute und { $link }.
reset-ask-again = fordern Sie erneut einen Link an
reset-code-too-many = Aus diesem Netzwerk wurden zu viele Codes ausprobiert. Bitte versuchen Sie es später erneut.
reset-code-malformed = Geben Sie die 8 Zeichen aus der E-Mail ein, etwa ABCD-1234.
reset-code-wrong = Dieser Code ist nicht richtig oder funktioniert nicht mehr. Sehen Sie in unserer neuesten E-Mail nach, oder fordern Sie einen neuen Link an.

# The page behind the emailed link.
reset-form-title = Wählen Sie ein neues Passwort
reset-new-password = Neues Passwort
reset-confirm-new-password = Neues Passwort bestätigen
reset-submit = Mein Passwort ändern
reset-expired-title = Dieser Link ist abgelaufen
reset-expired-text = Links zum Zurücksetzen sind nur kurze Zeit gültig. Fordern Sie einen neuen an.
reset-used-title = Dieser Link wurde bereits verwendet
reset-used-text = Jeder Link zum Zurücksetzen funktioniert nur einmal. Falls Sie noch ein neues Passwort brauchen, fordern Sie einen neuen Link an.
reset-replaced-title = Ein neuerer Link wurde gesendet
reset-replaced-text = Dieser Link wurde durch einen neueren ersetzt, oder Ihr Passwort wurde inzwischen geändert. Verwenden Sie die neueste E-Mail, oder fordern Sie erneut einen Link an.
reset-too-many-title = Zu viele Versuche
reset-too-many-text = Aus Ihrem Netzwerk wurden zu viele Links ausprobiert. Bitte warten Sie etwas, bevor Sie es erneut versuchen.
reset-invalid-title = Dieser Link ist ungültig
reset-invalid-text = Der Link ist möglicherweise unvollständig: Kopieren Sie den ganzen Link aus der E-Mail, oder fordern Sie einen neuen an.
reset-new-link = Neuen Link anfordern
