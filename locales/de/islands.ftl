# Said in the browser by the page's scripts, in words the server rendered.

# The wait before another confirmation link can be asked for, ticking down.
countdown-new-link = { $seconds ->
    [one] Sie können in 1 Sekunde einen weiteren Link anfordern.
   *[other] Sie können in { $seconds } Sekunden einen weiteren Link anfordern.
}

# A passkey ceremony that ended in the browser.
passkey-browser-no-answer = Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.
passkey-browser-not-added = Es wurde kein Passkey hinzugefügt: Der Dialog des Browsers wurde geschlossen oder ist abgelaufen.
passkey-browser-held-already = Auf diesem Gerät ist bereits ein Passkey für dieses Konto gespeichert.
passkey-browser-not-used = Es wurde kein Passkey verwendet: Der Dialog des Browsers wurde geschlossen oder ist abgelaufen.
