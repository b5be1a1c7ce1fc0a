# Confirming an account's email address: the page behind an emailed link
# (`/confirm`), and `/unconfirmed`, where a signed-in account waits for it.
# A `{ $email }` is shown in bold.

confirm-ready-title = Bestätigen Sie Ihre E-Mail-Adresse
confirm-ready-text = Bestätigen Sie, dass { $email } Ihre Adresse ist.
confirm-ready-submit = Meine Adresse bestätigen
confirm-confirmed-title = Adresse bestätigt
confirm-confirmed-text = { $email } ist bestätigt. Vielen Dank.
confirm-continue = Weiter
# A confirmed change of address: the account now uses the new one.
confirm-changed-title = Adresse geändert
confirm-changed-text = Ihr Konto verwendet jetzt { $email }.
confirm-back-to-settings = Zurück zu den Einstellungen
# The new address was taken by another account in the meantime.
confirm-taken-title = Diese Adresse kann nicht verwendet werden
confirm-taken-text = Ein anderes Konto verwendet diese Adresse inzwischen, daher behält Ihr Konto seine bisherige Adresse.
confirm-already-title = Bereits bestätigt
confirm-already-text = Dieser Link wurde bereits verwendet, und die Adresse ist bestätigt. Sie müssen nichts weiter tun.
confirm-sign-in = Anmelden
confirm-expired-title = Dieser Link ist abgelaufen
confirm-expired-text = Bestätigungslinks sind nur begrenzte Zeit gültig. Wir können Ihnen einen neuen senden.
confirm-expired-resend = Neuen Link anfordern
# An expired link that would have changed the account's address.
confirm-expired-change-text = Links zum Ändern einer Adresse sind nur begrenzte Zeit gültig. Fordern Sie die Änderung in den Einstellungen erneut an.
confirm-go-to-settings = Zu den Einstellungen
confirm-replaced-title = Ein neuerer Link wurde gesendet
confirm-replaced-text = Dieser Link wurde durch einen neueren ersetzt. Verwenden Sie den Link aus der neuesten E-Mail, die wir Ihnen gesendet haben.
confirm-invalid-title = Dieser Link ist ungültig
confirm-invalid-text = Der Link ist möglicherweise unvollständig: Kopieren Sie den ganzen Link aus der E-Mail, oder melden Sie sich an, um einen neuen zu erhalten.

# The link sent to the current address when a move to another one is asked for.
confirm-cancel-title = Ihre E-Mail-Adresse behalten?
confirm-cancel-text = Jemand, der in Ihrem Konto angemeldet ist, hat verlangt, es auf eine andere Adresse umzustellen. Brechen Sie das ab, dann behält Ihr Konto diese Adresse.
confirm-cancel-submit = Änderung abbrechen
confirm-cancel-not-you = Falls Sie das nicht waren, ändern Sie auch Ihr Passwort: Jemand anderes kennt es.
confirm-cancelled-title = Änderung abgebrochen
confirm-cancelled-text = Ihr Konto behält seine bisherige Adresse. Der an die andere Adresse gesendete Link funktioniert nicht mehr.
# { $link } is a link whose text is confirm-cancelled-new-password.
confirm-cancelled-not-you = Falls Sie die Änderung nicht angefordert haben, { $link }.
confirm-cancelled-new-password = wählen Sie ein neues Passwort

confirm-too-many-title = Zu viele Versuche
confirm-too-many-text = Aus Ihrem Netzwerk wurden zu viele Links ausprobiert. Bitte warten Sie etwas, bevor Sie es erneut versuchen.

# `/unconfirmed`: the tab's title, then the page's heading.
confirm-unconfirmed-title = Bestätigen Sie Ihre E-Mail
confirm-unconfirmed-heading = Bestätigen Sie Ihre E-Mail-Adresse
confirm-unconfirmed-sent-to = Wir haben einen Link an { $email } gesendet. Öffnen Sie ihn, um die Einrichtung Ihres Kontos abzuschließen.
confirm-code-label = Oder geben Sie den Code aus der E-Mail ein
confirm-code-hint = Für eine E-Mail, die Sie auf einem anderen Gerät lesen: 8 Zeichen, etwa ABCD-1234.
confirm-code-submit = Bestätigen
confirm-resend = Neuen Link anfordern
# Shown when the wait before another link is over.
confirm-resend-ready = Sie können jetzt einen neuen Link anfordern.
confirm-fix-summary = Falsche Adresse? Ändern Sie sie
confirm-fix-label = Richtige E-Mail-Adresse
confirm-fix-submit = Diese Adresse verwenden

# What the forms on `/unconfirmed` answer. "Send a new link below" names
# the button confirm-resend.
confirm-code-too-many = Aus diesem Netzwerk wurden zu viele Codes ausprobiert. Bitte versuchen Sie es später erneut.
confirm-code-malformed = Geben Sie die 8 Zeichen aus der E-Mail ein, etwa ABCD-1234.
# A wrong code, and how many more times one may be tried.
confirm-code-wrong = { $tries ->
    [0] Dieser Code ist nicht richtig und kann nicht erneut versucht werden. Fordern Sie unten einen neuen Link an.
    [one] Dieser Code ist nicht richtig. Sie haben noch einen Versuch.
   *[other] Dieser Code ist nicht richtig. Sie haben noch { $tries } Versuche.
}
confirm-code-dead = Dieser Code funktioniert nicht mehr: Er wurde ersetzt, ist abgelaufen oder wurde zu oft ausprobiert. Fordern Sie unten einen neuen Link an, und verwenden Sie den Code darin.
confirm-code-address-taken = Ein anderes Konto verwendet diese Adresse inzwischen. Bitte ändern Sie Ihre Adresse unten.
confirm-fix-too-many = Es wurden vorerst zu viele Adressen ausprobiert. Bitte versuchen Sie es später erneut.
confirm-new-link-sent = Wir haben einen neuen Link an { $email } gesendet.
confirm-resend-too-many = Zu viele Anfragen aus Ihrem Netzwerk. Bitte versuchen Sie es in einigen Minuten erneut.
confirm-resend-hourly-limit = An dieses Konto gingen in der letzten Stunde schon mehrere E-Mails. Bitte versuchen Sie es später erneut.
confirm-resend-wait = { $seconds ->
    [one] Gerade eben wurde ein Link gesendet. Sie können in 1 Sekunde einen weiteren anfordern.
   *[other] Gerade eben wurde ein Link gesendet. Sie können in { $seconds } Sekunden einen weiteren anfordern.
}
# After "Send me a new link" on an expired link's page, whatever the account.
confirm-inbox-title = Prüfen Sie Ihren Posteingang
confirm-inbox-text = Falls diese Adresse noch bestätigt werden muss, ist ein neuer Link unterwegs.
