# Error pages: what went wrong, in words, never its cause.

error-go-home = Zur Startseite
error-unreadable-title = Diese Anfrage konnte nicht gelesen werden
error-unreadable-message = Was der Browser gesendet hat, war unvollständig oder fehlerhaft. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.
error-not-found-title = Seite nicht gefunden
error-not-found-message = Unter dieser Adresse gibt es nichts. Vielleicht wurde die Seite verschoben, oder der Link ist falsch geschrieben.
error-method-title = Diese Aktion ist hier nicht verfügbar
error-method-message = Diese Adresse nimmt diese Art von Anfrage nicht an. Gehen Sie zurück und verwenden Sie die Schaltflächen der Seite.
error-too-large-title = Zu viele Daten
error-too-large-message = Das Formular hat mehr Daten gesendet, als diese Website annimmt. Kürzen Sie Ihre Eingaben und versuchen Sie es erneut.
error-too-many-title = Zu viele Versuche
error-too-many-message = Bitte warten Sie einen Moment, bevor Sie es erneut versuchen.
error-busy-title = Der Server ist ausgelastet
error-busy-message = Es werden gerade zu viele Anfragen gleichzeitig bearbeitet. Bitte versuchen Sie es gleich noch einmal.
error-failed-title = Bei uns ist etwas schiefgelaufen
error-failed-message = Das Problem wurde protokolliert. Bitte versuchen Sie es gleich noch einmal.
error-cross-site-title = Anfrage abgelehnt
error-cross-site-message = Dieses Formular wurde von einer anderen Website gesendet und deshalb nicht angenommen. Öffnen Sie die Seite auf dieser Website und senden Sie es von dort ab.
# A server function's answer to a call it cannot decode (read by the page's script).
error-unreadable-call = Diese Anfrage konnte nicht gelesen werden.
# Said by a server function when it fails or is too busy.
error-call-failed = Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.
error-call-busy = Der Server ist ausgelastet. Bitte versuchen Sie es gleich noch einmal.
error-sign-in-again = Bitte melden Sie sich erneut an.
# A server function called without the account it needs.
error-confirmed-account-first = Melden Sie sich zuerst mit einem bestätigten Konto an.
