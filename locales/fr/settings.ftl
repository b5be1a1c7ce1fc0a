# The settings page (/settings) and what its forms answer.

settings-title = Paramètres

settings-password-title = Mot de passe
settings-new-password = Nouveau mot de passe
settings-confirm-new-password = Confirmer le nouveau mot de passe
settings-new-password-hint = Au moins 12 caractères. Les autres navigateurs seront déconnectés.
settings-change-password = Changer le mot de passe
settings-password-changed = Votre mot de passe a été changé. Les autres navigateurs ont été déconnectés.
# Beside a current-password field, when it was wrong.
settings-wrong-password = Ce n’est pas votre mot de passe actuel.
settings-too-many-passwords = Trop de mots de passe erronés. Veuillez réessayer dans quelques minutes.

settings-email-title = Adresse e-mail
settings-email-current = Votre compte utilise { $email }.
settings-new-email = Nouvelle adresse e-mail
settings-email-password-hint = La nouvelle adresse prend effet lorsque vous ouvrez le lien que nous lui envoyons.
settings-change-email = Changer d’adresse e-mail
settings-email-already-yours = C’est déjà votre adresse.
settings-email-too-many = Trop de changements d’adresse demandés. Veuillez réessayer plus tard.
settings-email-link-sent = Nous avons envoyé un lien à { $email }. Votre adresse change lorsque vous l’ouvrez.

# The browsers signed in to the account, each named by what it calls
# itself ($browser, such as "Mozilla/5.0 (X11; Linux x86_64) …").
settings-sessions-title = Où vous êtes connecté
settings-session-this-browser = { $browser } (ce navigateur)
settings-only-browser = Ce navigateur est le seul connecté.
# A button; $count is at least 1.
settings-sign-out-others = { $count ->
    [one] Déconnecter l’autre session
   *[other] Déconnecter les { $count } autres sessions
}
settings-signed-out-others = { $count ->
    [one] { $count } autre session déconnectée.
   *[other] { $count } autres sessions déconnectées.
}

# The language of the pages, and of the emails the account is sent.
settings-language-title = Langue
settings-language-intro = Les pages et les e-mails de votre compte utilisent cette langue.
settings-language-label = Langue de votre compte
settings-language-save = Enregistrer la langue

# A day, such as "30 Nov 2026": when a passkey was added or last used.
settings-date = { $day } { $month } { $year }
settings-month-jan = janv.
settings-month-feb = févr.
settings-month-mar = mars
settings-month-apr = avr.
settings-month-may = mai
settings-month-jun = juin
settings-month-jul = juil.
settings-month-aug = août
settings-month-sep = sept.
settings-month-oct = oct.
settings-month-nov = nov.
settings-month-dec = déc.
