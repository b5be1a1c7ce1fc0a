# Resetting a forgotten password: asking for a link (`/forgot`), the page
# that takes the code from the email, and choosing the new password
# through the link. A `{ $email }` is shown in bold.

reset-forgot-title = Mot de passe oublié ?
reset-forgot-intro = Saisissez l’adresse de votre compte et nous vous enverrons un lien pour choisir un nouveau mot de passe.
reset-forgot-submit = M’envoyer un lien
reset-back-to-sign-in = Retour à la connexion

# The same page whether or not an account has the address. Its title is
# also named in the reset email ("Or enter this code on the … page").
reset-code-title = Consultez votre boîte de réception
reset-sent-to = Si un compte utilise { $email }, nous avons envoyé à cette adresse un lien pour choisir un nouveau mot de passe, ainsi qu’un code.
reset-sent = Si un compte utilise l’adresse indiquée, nous avons envoyé à cette adresse un lien pour choisir un nouveau mot de passe, ainsi qu’un code.
reset-code-intro = Ouvrez le lien ou, s’il s’ouvre sur un autre appareil, saisissez le code ici. Les deux ne fonctionnent que peu de temps, et une seule fois.
reset-code-label = Code reçu par e-mail
reset-code-hint = 8 caractères, comme ABCD-1234.
reset-code-submit = Continuer
# { $link } is a link back to `/forgot` whose text is reset-ask-again.
reset-nothing-arrived = Rien reçu ? Vérifiez votre dossier de courrier indésirable, ou { $link } dans une minute.
reset-ask-again = refaites la demande
reset-code-too-many = Trop de codes ont été essayés depuis ce réseau. Veuillez réessayer dans un moment.
reset-code-malformed = Saisissez les 8 caractères reçus par e-mail, comme ABCD-1234.
reset-code-wrong = Ce code n’est pas correct, ou il ne fonctionne plus. Consultez notre e-mail le plus récent, ou demandez un nouveau lien.

# The page behind the emailed link.
reset-form-title = Choisissez un nouveau mot de passe
reset-new-password = Nouveau mot de passe
reset-confirm-new-password = Confirmer le nouveau mot de passe
reset-submit = Changer mon mot de passe
reset-expired-title = Ce lien a expiré
reset-expired-text = Les liens de réinitialisation ne fonctionnent que peu de temps. Demandez-en un nouveau.
reset-used-title = Ce lien a déjà été utilisé
reset-used-text = Chaque lien de réinitialisation ne fonctionne qu’une fois. Si vous avez encore besoin d’un nouveau mot de passe, demandez un nouveau lien.
reset-replaced-title = Un lien plus récent a été envoyé
reset-replaced-text = Ce lien a été remplacé par un plus récent, ou votre mot de passe a changé depuis. Utilisez l’e-mail le plus récent, ou refaites la demande.
reset-too-many-title = Trop de tentatives
reset-too-many-text = Trop de liens ont été essayés depuis votre réseau. Veuillez patienter un peu avant de réessayer.
reset-invalid-title = Ce lien n’est pas valide
reset-invalid-text = Le lien est peut-être incomplet : copiez le lien entier depuis l’e-mail, ou demandez-en un nouveau.
reset-new-link = M’envoyer un nouveau lien
