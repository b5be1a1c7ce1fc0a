# Confirming an account's email address: the page behind an emailed link
# (`/confirm`), and `/unconfirmed`, where a signed-in account waits for it.
# A `{ $email }` is shown in bold.

confirm-ready-title = Confirmez votre adresse e-mail
confirm-ready-text = Confirmez que { $email } est bien votre adresse.
confirm-ready-submit = Confirmer mon adresse
confirm-confirmed-title = Adresse confirmée
confirm-confirmed-text = L’adresse { $email } est confirmée. Merci.
confirm-continue = Continuer
# A confirmed change of address: the account now uses the new one.
confirm-changed-title = Adresse modifiée
confirm-changed-text = Votre compte utilise désormais { $email }.
confirm-back-to-settings = Retour aux paramètres
# The new address was taken by another account in the meantime.
confirm-taken-title = Cette adresse ne peut pas être utilisée
confirm-taken-text = Un autre compte utilise désormais cette adresse ; votre compte garde donc son adresse actuelle.
confirm-already-title = Adresse déjà confirmée
confirm-already-text = Ce lien a déjà été utilisé et l’adresse est confirmée. Vous n’avez plus rien à faire.
confirm-sign-in = Se connecter
confirm-expired-title = Ce lien a expiré
confirm-expired-text = Les liens de confirmation ne fonctionnent que pendant une durée limitée. Nous pouvons vous en envoyer un nouveau.
confirm-expired-resend = M’envoyer un nouveau lien
# An expired link that would have changed the account's address.
confirm-expired-change-text = Les liens de changement d’adresse ne fonctionnent que pendant une durée limitée. Demandez à nouveau le changement dans les paramètres.
confirm-go-to-settings = Aller aux paramètres
confirm-replaced-title = Un lien plus récent a été envoyé
confirm-replaced-text = Ce lien a été remplacé par un plus récent. Utilisez le lien du dernier e-mail que nous vous avons envoyé.
confirm-invalid-title = Ce lien n’est pas valide
confirm-invalid-text = Le lien est peut-être incomplet : copiez le lien entier depuis l’e-mail, ou connectez-vous pour en recevoir un nouveau.

# The link sent to the current address when a move to another one is asked for.
confirm-cancel-title = Garder votre adresse e-mail ?
confirm-cancel-text = Une personne connectée à votre compte a demandé de le faire passer à une autre adresse. Annulez cette demande, et votre compte garde celle-ci.
confirm-cancel-submit = Annuler le changement
confirm-cancel-not-you = Si ce n’était pas vous, changez aussi votre mot de passe : quelqu’un d’autre le connaît.
confirm-cancelled-title = Changement annulé
confirm-cancelled-text = Votre compte garde son adresse actuelle. Le lien envoyé à l’autre adresse ne fonctionne plus.
# { $link } is a link whose text is confirm-cancelled-new-password.
confirm-cancelled-not-you = Si vous n’avez pas demandé ce changement, { $link }.
confirm-cancelled-new-password = choisissez un nouveau mot de passe

confirm-too-many-title = Trop de tentatives
confirm-too-many-text = Trop de liens ont été essayés depuis votre réseau. Veuillez patienter un peu avant de réessayer.

# `/unconfirmed`: the tab's title, then the page's heading.
confirm-unconfirmed-title = Confirmez votre e-mail
confirm-unconfirmed-heading = Confirmez votre adresse e-mail
confirm-unconfirmed-sent-to = Nous avons envoyé un lien à { $email }. Ouvrez-le pour terminer la création de votre compte.
confirm-code-label = Ou saisissez le code reçu par e-mail
confirm-code-hint = Pour un e-mail lu sur un autre appareil : 8 caractères, comme ABCD-1234.
confirm-code-submit = Confirmer
confirm-resend = Envoyer un nouveau lien
# Shown when the wait before another link is over.
confirm-resend-ready = Vous pouvez maintenant demander un nouveau lien.
confirm-fix-summary = Adresse erronée ? Modifiez-la
confirm-fix-label = Adresse e-mail correcte
confirm-fix-submit = Utiliser cette adresse

# What the forms on `/unconfirmed` answer. "Send a new link below" names
# the button confirm-resend.
confirm-code-too-many = Trop de codes ont été essayés depuis ce réseau. Veuillez réessayer dans un moment.
confirm-code-malformed = Saisissez les 8 caractères reçus par e-mail, comme ABCD-1234.
# A wrong code, and how many more times one may be tried.
confirm-code-wrong = { $tries ->
    [0] Ce code n’est pas correct, et il ne peut plus être essayé. Envoyez-vous un nouveau lien ci-dessous.
    [one] Ce code n’est pas correct. Vous pouvez encore essayer une fois.
   *[other] Ce code n’est pas correct. Vous pouvez encore essayer { $tries } fois.
}
confirm-code-dead = Ce code ne fonctionne plus : il a été remplacé, a expiré ou a été essayé trop souvent. Envoyez-vous un nouveau lien ci-dessous et utilisez le code qu’il contient.
confirm-code-address-taken = Un autre compte utilise désormais cette adresse. Veuillez modifier la vôtre ci-dessous.
confirm-fix-too-many = Trop d’adresses ont été essayées pour le moment. Veuillez réessayer dans un moment.
confirm-new-link-sent = Nous avons envoyé un nouveau lien à { $email }.
confirm-resend-too-many = Trop de demandes depuis votre réseau. Veuillez réessayer dans quelques minutes.
confirm-resend-hourly-limit = Ce compte a déjà reçu plusieurs e-mails au cours de la dernière heure. Veuillez réessayer plus tard.
confirm-resend-wait = { $seconds ->
    [one] Un lien vient d’être envoyé. Vous pourrez en demander un autre dans { $seconds } seconde.
   *[other] Un lien vient d’être envoyé. Vous pourrez en demander un autre dans { $seconds } secondes.
}
# After "Send me a new link" on an expired link's page, whatever the account.
confirm-inbox-title = Consultez votre boîte de réception
confirm-inbox-text = Si cette adresse doit encore être confirmée, un nouveau lien est en route.
