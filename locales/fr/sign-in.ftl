# The sign-in page (/login), and what signing in answers.

sign-in-title = Se connecter
sign-in-login-label = Adresse e-mail ou nom d’utilisateur
sign-in-remember = Rester connecté sur cet appareil
sign-in-submit = Se connecter
sign-in-with-passkey = Se connecter avec une clé d’accès
sign-in-forgot = Mot de passe oublié ?
sign-in-create-account = Créer un compte

# Notices the page shows on arriving from elsewhere.
sign-in-password-changed = Votre mot de passe a été changé. Connectez-vous avec le nouveau.
sign-in-took-too-long = Cette connexion a pris trop de temps. Veuillez vous reconnecter.

# One answer for every wrong email, username or password, so that it tells
# nobody which accounts exist.
sign-in-failed = L’adresse e-mail, le nom d’utilisateur ou le mot de passe n’est pas correct.
# $minutes: how long to wait, in whole minutes (at least 1).
sign-in-too-many-from-network = Trop de tentatives de connexion depuis votre réseau. Veuillez réessayer dans { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
# "Forgot your password?" is the link below the form (sign-in-forgot).
sign-in-name-paused = Trop de tentatives échouées : la connexion avec ce nom est suspendue pendant { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}. Si vous avez oublié votre mot de passe, choisissez-en un nouveau dès maintenant avec « Mot de passe oublié ? » ci-dessous.

# The second step, a code from the authenticator app or a recovery code.
sign-in-code-wrong = Ce code n’est pas correct. Saisissez les 6 chiffres que votre application affiche maintenant, ou un code de récupération.
sign-in-account-paused = Trop de tentatives : la connexion à ce compte est suspendue pendant { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
