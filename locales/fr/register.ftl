# Registration, and the fields several forms share.

username-label = Nom d’utilisateur
username-hint = De 3 à 32 lettres, chiffres, _ ou -. Visible par les autres.
email-label = Adresse e-mail
password-label = Mot de passe
password-confirm-label = Confirmer le mot de passe
current-password = Mot de passe actuel

register-title = Créer un compte
register-submit = Créer le compte
register-have-account = Vous avez déjà un compte ?
# After registering, whether or not the address was new.
register-check-inbox = Consultez votre boîte de réception
register-sent-to = Nous avons envoyé un e-mail à { $email }.
register-open-the-link = Ouvrez le lien qu’il contient pour confirmer votre adresse. Il peut mettre une minute à arriver ; vérifiez aussi votre dossier de courrier indésirable.

landing-title = Bienvenue
landing-heading = Votre compte, comme il se doit.
landing-lead = Inscrivez-vous avec une adresse e-mail confirmée, connectez-vous depuis n’importe quel appareil, et retrouvez l’accès à votre compte si vous oubliez votre mot de passe.
landing-get-started = Créer un compte
landing-have-one = Vous en avez déjà un ?

home-title = Accueil
home-greeting = Bienvenue, { $username }
home-signed-in = Vous êtes connecté avec une adresse e-mail confirmée.

# The development mailbox (development only, without an SMTP server).
dev-mail-title = Boîte aux lettres de développement
dev-mail-intro = Aucun serveur SMTP n’est configuré, les e-mails restent donc ici. Les plus récents en premier.
dev-mail-empty = Aucun e-mail envoyé pour l’instant.
dev-mail-line = À { $to } · { $status }
dev-mail-delivered = distribué
dev-mail-queued = en file d’attente
dev-mail-html-view = Vue HTML
