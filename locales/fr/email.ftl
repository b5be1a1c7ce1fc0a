# Les e-mails (voir locales/en/email.ftl pour l'explication des clés).

email-hello = Bonjour { $username },
email-paste-link = Ou collez ce lien dans votre navigateur :

## confirm_address

email-confirm-address-subject = Confirmez votre adresse e-mail
email-confirm-address-ask = Veuillez confirmer qu'il s'agit bien de votre adresse e-mail.
email-confirm-address-ask-text = Veuillez confirmer qu'il s'agit bien de votre adresse e-mail :
email-confirm-address-button = Confirmer mon adresse
email-confirm-address-or-code = Ou saisissez ce code là où vous êtes connecté à votre nouveau compte :
email-confirm-address-valid = Le lien et le code sont valables { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }. Si vous n'avez pas créé de compte, ignorez cet e-mail : rien ne se passera.

## confirm_new_address

email-confirm-new-address-subject = Confirmez votre nouvelle adresse e-mail
email-confirm-new-address-ask = Confirmez que votre compte doit désormais utiliser cette adresse.
email-confirm-new-address-ask-text = Confirmez que votre compte doit désormais utiliser cette adresse :
email-confirm-new-address-button = Utiliser cette adresse
email-confirm-new-address-or-code = Ou saisissez ce code là où vous êtes connecté à votre compte :
email-confirm-new-address-valid-with-code = Le lien et le code sont valables { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }. Si vous n'avez rien demandé, ignorez cet e-mail.
email-confirm-new-address-valid = Le lien est valable { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }. Si vous n'avez rien demandé, ignorez cet e-mail.

## reset_password

email-reset-password-subject = Choisissez un nouveau mot de passe
email-reset-password-asked = Quelqu'un a demandé la réinitialisation du mot de passe de votre compte. Si c'était vous, choisissez-en un nouveau :
email-reset-password-button = Choisir un nouveau mot de passe
email-reset-password-or-code = Ou saisissez ce code sur la page « Consultez votre boîte de réception » où vous avez fait la demande :
email-reset-password-valid = Le lien et le code sont valables { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, une seule fois. Si vous n'avez rien demandé, ignorez cet e-mail : votre mot de passe reste inchangé.

## finish_registration

email-finish-registration-subject = Terminez la création de votre compte
email-finish-registration-body = Cette adresse a servi à créer un compte plus d'une fois avant d'être confirmée ; aucun mot de passe n'a donc été conservé. Choisissez le vôtre pour confirmer l'adresse et terminer :
email-finish-registration-button = Choisir mon mot de passe
email-finish-registration-valid = Le lien est valable { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, une seule fois. Si vous n'avez pas créé de compte, ignorez cet e-mail.

## already_registered

email-already-registered-subject = Quelqu'un a tenté de s'inscrire avec votre adresse
email-already-registered-body = Quelqu'un, peut-être vous, a tenté de créer un nouveau compte avec cette adresse e-mail. Vous avez déjà un compte : aucun second compte n'a donc été créé.
email-already-registered-button = Se connecter
email-already-registered-sign-in-text = Se connecter :
email-already-registered-forgot = Mot de passe oublié ? { $choose }.
email-already-registered-forgot-link = Choisissez-en un nouveau
email-already-registered-forgot-text = Mot de passe oublié ?
email-already-registered-ignore = Si ce n'était pas vous, vous pouvez ignorer cet e-mail : votre compte n'a pas changé.

## password_changed

email-password-changed-subject = Votre mot de passe a été modifié
email-password-changed-body = Le mot de passe de votre compte vient d'être modifié, et tous les navigateurs qui étaient connectés ont été déconnectés.
email-password-changed-act = Si ce n'était pas vous, { $reset }.
email-password-changed-reset-link = réinitialisez votre mot de passe dès maintenant
email-password-changed-act-text = Si ce n'était pas vous, réinitialisez votre mot de passe dès maintenant :

## email_change_requested

email-change-requested-subject = Votre adresse e-mail va changer
email-change-requested-asked = Une personne connectée à votre compte a demandé à utiliser { $new_email } à la place de cette adresse. Le changement n'aura lieu qu'à l'ouverture du lien envoyé à la nouvelle adresse.
email-change-requested-act = Si ce n'était pas vous, gardez cette adresse : { $cancel }, puis changez votre mot de passe.
email-change-requested-cancel-link = annulez le changement
email-change-requested-act-text = Si ce n'était pas vous, gardez cette adresse en annulant le changement :
email-change-requested-then-text = Changez ensuite votre mot de passe.

## second_factor_on

email-second-factor-on-subject = La connexion en deux étapes est activée
email-second-factor-on-body = La connexion en deux étapes vient d'être activée pour votre compte : pour vous connecter, un code de votre application d'authentification vous sera désormais demandé après le mot de passe.
email-second-factor-on-act = Si ce n'était pas vous, { $turn_off }, puis changez votre mot de passe.
email-second-factor-on-turn-off-link = connectez-vous et désactivez-la
email-second-factor-on-act-text = Si ce n'était pas vous, connectez-vous et désactivez-la, puis changez votre mot de passe :

## second_factor_off

email-second-factor-off-subject = La connexion en deux étapes est désactivée
email-second-factor-off-body = La connexion en deux étapes vient d'être désactivée pour votre compte : pour vous connecter, seul le mot de passe vous sera demandé.
email-second-factor-off-act = Si ce n'était pas vous, { $reset } et réactivez-la.
email-second-factor-off-reset-link = réinitialisez votre mot de passe dès maintenant
email-second-factor-off-act-text = Si ce n'était pas vous, réinitialisez votre mot de passe dès maintenant et réactivez-la :

## passkey_added

email-passkey-added-subject = Une clé d'accès a été ajoutée à votre compte
email-passkey-added-body = Une clé d'accès nommée « { $name } » vient d'être ajoutée à votre compte : elle permet de se connecter sans mot de passe.
email-passkey-added-body-text = Une clé d'accès nommée « { $name } » vient d'être ajoutée à votre compte : elle permet de se connecter sans mot de passe.
email-passkey-added-act = Si ce n'était pas vous, { $sign_in }, supprimez-la et changez votre mot de passe.
email-passkey-added-sign-in-link = connectez-vous
email-passkey-added-act-text = Si ce n'était pas vous, connectez-vous, supprimez-la et changez votre mot de passe :

## passkey_removed

email-passkey-removed-subject = Une clé d'accès a été supprimée de votre compte
email-passkey-removed-body = La clé d'accès nommée « { $name } » vient d'être supprimée de votre compte : elle ne permet plus de se connecter.
email-passkey-removed-body-text = La clé d'accès nommée « { $name } » vient d'être supprimée de votre compte : elle ne permet plus de se connecter.
email-passkey-removed-act = Si ce n'était pas vous, { $sign_in } et changez votre mot de passe.
email-passkey-removed-sign-in-link = connectez-vous
email-passkey-removed-act-text = Si ce n'était pas vous, connectez-vous et changez votre mot de passe :

## recovery_codes_replaced

email-recovery-codes-replaced-subject = De nouveaux codes de récupération ont été créés
email-recovery-codes-replaced-body = Une nouvelle série de codes de récupération vient d'être créée pour votre compte. Les codes que vous aviez auparavant ne fonctionnent plus.
email-recovery-codes-replaced-act = Si ce n'était pas vous, { $sign_in }, changez votre mot de passe, puis désactivez et réactivez la connexion en deux étapes.
email-recovery-codes-replaced-sign-in-link = connectez-vous
email-recovery-codes-replaced-act-text = Si ce n'était pas vous, connectez-vous, changez votre mot de passe, puis désactivez et réactivez la connexion en deux étapes :

## recovery_code_used

email-recovery-code-used-subject = Un code de récupération a été utilisé
email-recovery-code-used-body = Un code de récupération vient d'être utilisé pour se connecter à votre compte, à la place d'un code de votre application d'authentification. { $left ->
        [0] Il ne vous reste aucun code de récupération.
        [one] Il vous reste un code de récupération.
       *[other] Il vous reste { $left } codes de récupération.
    }
email-recovery-code-used-renew = { $make_set } avant d'en manquer.
email-recovery-code-used-make-set-link = Créez une nouvelle série dans les paramètres
email-recovery-code-used-renew-text = Créez une nouvelle série dans les paramètres avant d'en manquer :
email-recovery-code-used-not-you = Si ce n'était pas vous, changez-y immédiatement votre mot de passe.
