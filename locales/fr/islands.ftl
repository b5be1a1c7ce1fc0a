# Said in the browser by the page's scripts, in words the server rendered.

# The wait before another confirmation link can be asked for, ticking down.
countdown-new-link = { $seconds ->
    [one] Vous pourrez demander un autre lien dans { $seconds } seconde.
   *[other] Vous pourrez demander un autre lien dans { $seconds } secondes.
}

# A passkey ceremony that ended in the browser.
passkey-browser-no-answer = Une erreur s’est produite. Veuillez réessayer.
passkey-browser-not-added = Aucune clé d’accès n’a été ajoutée : la fenêtre du navigateur a été fermée ou a expiré.
passkey-browser-held-already = Cet appareil contient déjà une clé d’accès pour ce compte.
passkey-browser-not-used = Aucune clé d’accès n’a été utilisée : la fenêtre du navigateur a été fermée ou a expiré.
