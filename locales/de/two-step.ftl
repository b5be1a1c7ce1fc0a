# Two-step sign-in: a code from an authenticator app after the password.

two-step-title = Zwei-Faktor-Anmeldung

# The second step of a sign-in (/login/code).
two-step-enter-code = Geben Sie den Code ein, den Ihre Authenticator-App für dieses Konto anzeigt.
two-step-code-label = Code
two-step-code-hint = 6 Ziffern aus der App oder einer Ihrer Wiederherstellungscodes.
two-step-start-again = Neu beginnen

# Setting it up (/settings/two-step).
two-step-setup-title = Zwei-Faktor-Anmeldung einrichten
two-step-setup-scan = Scannen Sie diesen Code mit einer Authenticator-App auf Ihrem Telefon (jede App für Einmalcodes, etwa Aegis, FreeOTP oder Google Authenticator):
# Read out by screen readers in place of the QR code.
two-step-setup-qr-label = QR-Code des Schlüssels für Ihre Authenticator-App
two-step-setup-type-key = Scannen nicht möglich? Geben Sie stattdessen diesen Schlüssel in die App ein:
two-step-code-from-app = Code aus der App
two-step-setup-code-hint = Die 6 Ziffern, die die App jetzt für dieses Konto anzeigt.
two-step-turn-on = Einschalten
two-step-cancel = Abbrechen
two-step-setup-code-wrong = Dieser Code ist nicht richtig. Geben Sie die 6 Ziffern ein, die die App jetzt anzeigt; klappt es weiterhin nicht, prüfen Sie die Uhrzeit des Telefons.
two-step-too-many-codes = Zu viele Codes ausprobiert. Bitte versuchen Sie es später erneut.

# Its section of the settings page.
two-step-off-intro = Aus. Schalten Sie sie ein, um nach Ihrem Passwort nach einem Code aus einer Authenticator-App auf Ihrem Telefon gefragt zu werden.
two-step-set-up = Authenticator-App einrichten
# $count: the recovery codes not used yet (0 to 10).
two-step-on-intro = An: Bei der Anmeldung wird nach einem Code aus Ihrer Authenticator-App gefragt. { $count ->
    [one] 1 Wiederherstellungscode ist übrig.
   *[other] { $count } Wiederherstellungscodes sind übrig.
}
two-step-recovery-password = Aktuelles Passwort, für neue Wiederherstellungscodes
two-step-recovery-code = Code aus der App, für neue Wiederherstellungscodes
two-step-recovery-hint = Ihre bisherigen Wiederherstellungscodes werden ungültig.
two-step-make-new-codes = Neue Wiederherstellungscodes erstellen
two-step-turn-off-title = Zwei-Faktor-Anmeldung ausschalten
two-step-disable-password = Aktuelles Passwort, zum Ausschalten
two-step-disable-hint = 6 Ziffern aus der App oder ein Wiederherstellungscode.
two-step-turn-off = Ausschalten
two-step-off-done = Die Zwei-Faktor-Anmeldung ist ausgeschaltet.
two-step-code-wrong = Dieser Code ist nicht richtig. Geben Sie die 6 Ziffern ein, die die App jetzt anzeigt, oder einen Wiederherstellungscode.
two-step-too-many-wrong-codes = Zu viele falsche Codes. Bitte versuchen Sie es in ein paar Minuten erneut.

# The new recovery codes, shown once, under one of these titles.
two-step-on-title = Die Zwei-Faktor-Anmeldung ist eingeschaltet
two-step-new-codes-title = Neue Wiederherstellungscodes
two-step-codes-intro = Schreiben Sie diese Wiederherstellungscodes auf oder drucken Sie sie aus, und bewahren Sie sie getrennt von Ihrem Telefon auf. Jeder meldet Sie einmal an, falls Sie die App verlieren. Sie werden nur dieses eine Mal angezeigt.
two-step-back-to-settings = Zurück zu den Einstellungen
