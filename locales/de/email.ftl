# Die E-Mails (siehe locales/en/email.ftl für die Erläuterungen zu den Schlüsseln).

email-hello = Hallo { $username },
email-paste-link = Oder fügen Sie diesen Link in Ihren Browser ein:

## confirm_address

email-confirm-address-subject = Bestätigen Sie Ihre E-Mail-Adresse
email-confirm-address-ask = Bitte bestätigen Sie, dass dies Ihre E-Mail-Adresse ist.
email-confirm-address-ask-text = Bitte bestätigen Sie, dass dies Ihre E-Mail-Adresse ist:
email-confirm-address-button = Meine Adresse bestätigen
email-confirm-address-or-code = Oder geben Sie diesen Code dort ein, wo Sie in Ihrem neuen Konto angemeldet sind:
email-confirm-address-valid = Der Link und der Code sind { $hours ->
        [one] 1 Stunde
       *[other] { $hours } Stunden
    } lang gültig. Wenn Sie kein Konto erstellt haben, ignorieren Sie diese E-Mail einfach; dann geschieht nichts.

## confirm_new_address

email-confirm-new-address-subject = Bestätigen Sie Ihre neue E-Mail-Adresse
email-confirm-new-address-ask = Bestätigen Sie, dass Ihr Konto ab jetzt diese Adresse verwenden soll.
email-confirm-new-address-ask-text = Bestätigen Sie, dass Ihr Konto ab jetzt diese Adresse verwenden soll:
email-confirm-new-address-button = Diese Adresse verwenden
email-confirm-new-address-or-code = Oder geben Sie diesen Code dort ein, wo Sie in Ihrem Konto angemeldet sind:
email-confirm-new-address-valid-with-code = Der Link und der Code sind { $hours ->
        [one] 1 Stunde
       *[other] { $hours } Stunden
    } lang gültig. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail.
email-confirm-new-address-valid = Der Link ist { $hours ->
        [one] 1 Stunde
       *[other] { $hours } Stunden
    } lang gültig. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail.

## reset_password

email-reset-password-subject = Wählen Sie ein neues Passwort
email-reset-password-asked = Jemand hat angefordert, das Passwort Ihres Kontos zurückzusetzen. Wenn Sie das waren, wählen Sie ein neues:
email-reset-password-button = Neues Passwort wählen
email-reset-password-or-code = Oder geben Sie diesen Code auf der Seite „Prüfen Sie Ihren Posteingang“ ein, auf der Sie es angefordert haben:
email-reset-password-valid = Der Link und der Code sind { $minutes ->
        [one] 1 Minute
       *[other] { $minutes } Minuten
    } lang gültig und funktionieren nur einmal. Wenn Sie nichts angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt, wie es ist.

## finish_registration

email-finish-registration-subject = Schließen Sie die Erstellung Ihres Kontos ab
email-finish-registration-body = Mit dieser Adresse wurde mehr als einmal ein Konto erstellt, bevor sie bestätigt war, daher wurde kein Passwort gespeichert. Wählen Sie Ihres, um die Adresse zu bestätigen und abzuschließen:
email-finish-registration-button = Mein Passwort wählen
email-finish-registration-valid = Der Link ist { $minutes ->
        [one] 1 Minute
       *[other] { $minutes } Minuten
    } lang gültig und funktioniert nur einmal. Wenn Sie kein Konto erstellt haben, ignorieren Sie diese E-Mail.

## already_registered

email-already-registered-subject = Jemand wollte sich mit Ihrer Adresse registrieren
email-already-registered-body = Jemand, vielleicht Sie selbst, hat versucht, mit dieser E-Mail-Adresse ein neues Konto zu erstellen. Sie haben bereits ein Konto, daher wurde kein zweites angelegt.
email-already-registered-button = Anmelden
email-already-registered-sign-in-text = Anmelden:
email-already-registered-forgot = Passwort vergessen? { $choose }.
email-already-registered-forgot-link = Wählen Sie ein neues
email-already-registered-forgot-text = Passwort vergessen?
email-already-registered-ignore = Wenn Sie das nicht waren, können Sie diese E-Mail ignorieren: Ihr Konto bleibt unverändert.

## password_changed

email-password-changed-subject = Ihr Passwort wurde geändert
email-password-changed-body = Das Passwort Ihres Kontos wurde soeben geändert, und alle Browser, in denen Sie angemeldet waren, wurden abgemeldet.
email-password-changed-act = Wenn Sie das nicht waren, { $reset }.
email-password-changed-reset-link = setzen Sie Ihr Passwort jetzt zurück
email-password-changed-act-text = Wenn Sie das nicht waren, setzen Sie Ihr Passwort jetzt zurück:

## email_change_requested

email-change-requested-subject = Ihre E-Mail-Adresse wird bald geändert
email-change-requested-asked = Jemand, der in Ihrem Konto angemeldet ist, möchte statt dieser Adresse { $new_email } verwenden. Die Änderung erfolgt erst, wenn der dorthin gesendete Link geöffnet wird.
email-change-requested-act = Wenn Sie das nicht waren, { $cancel }, um diese Adresse zu behalten, und ändern Sie dann Ihr Passwort.
email-change-requested-cancel-link = brechen Sie die Änderung ab
email-change-requested-act-text = Wenn Sie das nicht waren, brechen Sie die Änderung ab, um diese Adresse zu behalten:
email-change-requested-then-text = Ändern Sie dann Ihr Passwort.

## second_factor_on

email-second-factor-on-subject = Die Zwei-Schritt-Anmeldung ist aktiviert
email-second-factor-on-body = Für Ihr Konto wurde soeben die Zwei-Schritt-Anmeldung aktiviert: Beim Anmelden wird nun nach dem Passwort ein Code aus Ihrer Authenticator-App abgefragt.
email-second-factor-on-act = Wenn Sie das nicht waren, { $turn_off }; ändern Sie danach Ihr Passwort.
email-second-factor-on-turn-off-link = melden Sie sich an und deaktivieren Sie sie
email-second-factor-on-act-text = Wenn Sie das nicht waren, melden Sie sich an und deaktivieren Sie sie; ändern Sie danach Ihr Passwort:

## second_factor_off

email-second-factor-off-subject = Die Zwei-Schritt-Anmeldung ist deaktiviert
email-second-factor-off-body = Für Ihr Konto wurde soeben die Zwei-Schritt-Anmeldung deaktiviert: Beim Anmelden wird nur noch das Passwort abgefragt.
email-second-factor-off-act = Wenn Sie das nicht waren, { $reset } und aktivieren Sie sie wieder.
email-second-factor-off-reset-link = setzen Sie Ihr Passwort jetzt zurück
email-second-factor-off-act-text = Wenn Sie das nicht waren, setzen Sie Ihr Passwort jetzt zurück und aktivieren Sie sie wieder:

## passkey_added

email-passkey-added-subject = Ihrem Konto wurde ein Passkey hinzugefügt
email-passkey-added-body = Ihrem Konto wurde soeben ein Passkey namens „{ $name }“ hinzugefügt: Mit ihm melden Sie sich ohne Passwort an.
email-passkey-added-body-text = Ihrem Konto wurde soeben ein Passkey namens „{ $name }“ hinzugefügt: Mit ihm melden Sie sich ohne Passwort an.
email-passkey-added-act = Wenn Sie das nicht waren, { $sign_in }, entfernen Sie ihn und ändern Sie Ihr Passwort.
email-passkey-added-sign-in-link = melden Sie sich an
email-passkey-added-act-text = Wenn Sie das nicht waren, melden Sie sich an, entfernen Sie ihn und ändern Sie Ihr Passwort:

## passkey_removed

email-passkey-removed-subject = Aus Ihrem Konto wurde ein Passkey entfernt
email-passkey-removed-body = Der Passkey namens „{ $name }“ wurde soeben aus Ihrem Konto entfernt: Mit ihm ist keine Anmeldung mehr möglich.
email-passkey-removed-body-text = Der Passkey namens „{ $name }“ wurde soeben aus Ihrem Konto entfernt: Mit ihm ist keine Anmeldung mehr möglich.
email-passkey-removed-act = Wenn Sie das nicht waren, { $sign_in } und ändern Sie Ihr Passwort.
email-passkey-removed-sign-in-link = melden Sie sich an
email-passkey-removed-act-text = Wenn Sie das nicht waren, melden Sie sich an und ändern Sie Ihr Passwort:

## recovery_codes_replaced

email-recovery-codes-replaced-subject = Neue Wiederherstellungscodes wurden erstellt
email-recovery-codes-replaced-body = Für Ihr Konto wurde soeben ein neuer Satz Wiederherstellungscodes erstellt. Ihre bisherigen Codes funktionieren nicht mehr.
email-recovery-codes-replaced-act = Wenn Sie das nicht waren, { $sign_in }, ändern Sie Ihr Passwort und deaktivieren und aktivieren Sie die Zwei-Schritt-Anmeldung erneut.
email-recovery-codes-replaced-sign-in-link = melden Sie sich an
email-recovery-codes-replaced-act-text = Wenn Sie das nicht waren, melden Sie sich an, ändern Sie Ihr Passwort und deaktivieren und aktivieren Sie die Zwei-Schritt-Anmeldung erneut:

## recovery_code_used

email-recovery-code-used-subject = Ein Wiederherstellungscode wurde verwendet
email-recovery-code-used-body = Bei Ihrem Konto wurde soeben zur Anmeldung ein Wiederherstellungscode statt eines Codes aus Ihrer Authenticator-App verwendet. { $left ->
        [0] Sie haben keinen Wiederherstellungscode mehr.
        [one] Sie haben noch einen Wiederherstellungscode.
       *[other] Sie haben noch { $left } Wiederherstellungscodes.
    }
email-recovery-code-used-renew = { $make_set }, bevor sie aufgebraucht sind.
email-recovery-code-used-make-set-link = Erstellen Sie in den Einstellungen einen neuen Satz
email-recovery-code-used-renew-text = Erstellen Sie in den Einstellungen einen neuen Satz, bevor sie aufgebraucht sind:
email-recovery-code-used-not-you = Wenn Sie das nicht waren, ändern Sie dort sofort Ihr Passwort.
