# Two-step sign-in: a code from an authenticator app after the password.

two-step-title = Connexion en deux étapes

# The second step of a sign-in (/login/code).
two-step-enter-code = Saisissez le code que votre application d’authentification affiche pour ce compte.
two-step-code-label = Code
two-step-code-hint = 6 chiffres de l’application, ou l’un de vos codes de récupération.
two-step-start-again = Recommencer

# Setting it up (/settings/two-step).
two-step-setup-title = Configurer la connexion en deux étapes
two-step-setup-scan = Scannez ce code avec une application d’authentification sur votre téléphone (toute application de codes à usage unique, comme Aegis, FreeOTP ou Google Authenticator) :
# Read out by screen readers in place of the QR code.
two-step-setup-qr-label = Code QR de la clé pour votre application d’authentification
two-step-setup-type-key = Impossible de le scanner ? Saisissez plutôt cette clé dans l’application :
two-step-code-from-app = Code de l’application
two-step-setup-code-hint = Les 6 chiffres que l’application affiche maintenant pour ce compte.
two-step-turn-on = Activer
two-step-cancel = Annuler
two-step-setup-code-wrong = Ce code n’est pas correct. Saisissez les 6 chiffres que l’application affiche maintenant ; si cela échoue encore, vérifiez l’horloge du téléphone.
two-step-too-many-codes = Trop de codes essayés. Veuillez réessayer plus tard.

# Its section of the settings page.
two-step-off-intro = Désactivée. Activez-la pour qu’un code d’une application d’authentification sur votre téléphone vous soit demandé après votre mot de passe.
two-step-set-up = Configurer une application d’authentification
# $count: the recovery codes not used yet (0 to 10).
two-step-on-intro = Activée : la connexion demande un code de votre application d’authentification. { $count ->
    [one] Il reste { $count } code de récupération.
   *[other] Il reste { $count } codes de récupération.
}
two-step-recovery-password = Mot de passe actuel, pour de nouveaux codes de récupération
two-step-recovery-code = Code de l’application, pour de nouveaux codes de récupération
two-step-recovery-hint = Vos codes de récupération actuels cesseront de fonctionner.
two-step-make-new-codes = Créer de nouveaux codes de récupération
two-step-turn-off-title = Désactiver la connexion en deux étapes
two-step-disable-password = Mot de passe actuel, pour la désactiver
two-step-disable-hint = 6 chiffres de l’application, ou un code de récupération.
two-step-turn-off = Désactiver
two-step-off-done = La connexion en deux étapes est désactivée.
two-step-code-wrong = Ce code n’est pas correct. Saisissez les 6 chiffres que l’application affiche maintenant, ou un code de récupération.
two-step-too-many-wrong-codes = Trop de codes erronés. Veuillez réessayer dans quelques minutes.

# The new recovery codes, shown once, under one of these titles.
two-step-on-title = La connexion en deux étapes est activée
two-step-new-codes-title = Nouveaux codes de récupération
two-step-codes-intro = Notez ces codes de récupération, ou imprimez-les, et conservez-les à l’écart de votre téléphone. Chacun vous connecte une fois si vous perdez l’application. C’est la seule fois qu’ils sont affichés.
two-step-back-to-settings = Retour aux paramètres
