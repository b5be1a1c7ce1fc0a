# Los correos (ver locales/en/email.ftl para la explicación de las claves).

email-hello = Hola, { $username }:
email-paste-link = O pega este enlace en tu navegador:

## confirm_address

email-confirm-address-subject = Confirma tu dirección de correo electrónico
email-confirm-address-ask = Confirma que esta es tu dirección de correo electrónico.
email-confirm-address-ask-text = Confirma que esta es tu dirección de correo electrónico:
email-confirm-address-button = Confirmar mi dirección
email-confirm-address-or-code = O bien, donde hayas iniciado sesión en tu nueva cuenta, introduce este código:
email-confirm-address-valid = El enlace y el código son válidos durante { $hours ->
        [one] 1 hora
       *[other] { $hours } horas
    }. Si no has creado ninguna cuenta, ignora este correo y no pasará nada.

## confirm_new_address

email-confirm-new-address-subject = Confirma tu nueva dirección de correo electrónico
email-confirm-new-address-ask = Confirma que tu cuenta debe usar esta dirección a partir de ahora.
email-confirm-new-address-ask-text = Confirma que tu cuenta debe usar esta dirección a partir de ahora:
email-confirm-new-address-button = Usar esta dirección
email-confirm-new-address-or-code = O bien, donde hayas iniciado sesión en tu cuenta, introduce este código:
email-confirm-new-address-valid-with-code = El enlace y el código son válidos durante { $hours ->
        [one] 1 hora
       *[other] { $hours } horas
    }. Si no lo has pedido, ignora este correo.
email-confirm-new-address-valid = El enlace es válido durante { $hours ->
        [one] 1 hora
       *[other] { $hours } horas
    }. Si no lo has pedido, ignora este correo.

## reset_password

email-reset-password-subject = Elige una nueva contraseña
email-reset-password-asked = Alguien ha pedido restablecer la contraseña de tu cuenta. Si has sido tú, elige una nueva:
email-reset-password-button = Elegir una nueva contraseña
email-reset-password-or-code = O introduce este código en la página «Revisa tu bandeja de entrada» donde lo pediste:
email-reset-password-valid = El enlace y el código son válidos durante { $minutes ->
        [one] 1 minuto
       *[other] { $minutes } minutos
    } y solo se pueden usar una vez. Si no lo has pedido, ignora este correo: tu contraseña seguirá siendo la misma.

## finish_registration

email-finish-registration-subject = Termina de crear tu cuenta
email-finish-registration-body = Esta dirección se usó para crear una cuenta más de una vez antes de confirmarse, así que no se guardó ninguna contraseña. Elige la tuya para confirmar la dirección y terminar:
email-finish-registration-button = Elegir mi contraseña
email-finish-registration-valid = El enlace es válido durante { $minutes ->
        [one] 1 minuto
       *[other] { $minutes } minutos
    } y solo se puede usar una vez. Si no has creado ninguna cuenta, ignora este correo.

## already_registered

email-already-registered-subject = Alguien ha intentado registrarse con tu dirección
email-already-registered-body = Alguien, quizá tú, ha intentado crear una cuenta nueva con esta dirección de correo electrónico. Ya tienes una cuenta, así que no se ha creado una segunda.
email-already-registered-button = Iniciar sesión
email-already-registered-sign-in-text = Iniciar sesión:
email-already-registered-forgot = ¿Has olvidado tu contraseña? { $choose }.
email-already-registered-forgot-link = Elige una nueva
email-already-registered-forgot-text = ¿Has olvidado tu contraseña?
email-already-registered-ignore = Si no has sido tú, puedes ignorar este correo: tu cuenta no ha cambiado.

## password_changed

email-password-changed-subject = Tu contraseña ha cambiado
email-password-changed-body = Se acaba de cambiar la contraseña de tu cuenta y se ha cerrado la sesión en todos los navegadores en los que estaba iniciada.
email-password-changed-act = Si no has sido tú, { $reset }.
email-password-changed-reset-link = restablece tu contraseña ahora
email-password-changed-act-text = Si no has sido tú, restablece tu contraseña ahora:

## email_change_requested

email-change-requested-subject = Tu dirección de correo electrónico está a punto de cambiar
email-change-requested-asked = Alguien con la sesión iniciada en tu cuenta ha pedido usar { $new_email } en lugar de esta dirección. El cambio solo se hará cuando se abra el enlace enviado a esa dirección.
email-change-requested-act = Si no has sido tú, conserva esta dirección: { $cancel } y después cambia tu contraseña.
email-change-requested-cancel-link = cancela el cambio
email-change-requested-act-text = Si no has sido tú, conserva esta dirección cancelando el cambio:
email-change-requested-then-text = Después cambia tu contraseña.

## second_factor_on

email-second-factor-on-subject = El inicio de sesión en dos pasos está activado
email-second-factor-on-body = Se acaba de activar el inicio de sesión en dos pasos en tu cuenta: al iniciar sesión, ahora se te pedirá un código de tu app de autenticación después de la contraseña.
email-second-factor-on-act = Si no has sido tú, { $turn_off }; después, cambia tu contraseña.
email-second-factor-on-turn-off-link = inicia sesión y desactívalo
email-second-factor-on-act-text = Si no has sido tú, inicia sesión y desactívalo; después, cambia tu contraseña:

## second_factor_off

email-second-factor-off-subject = El inicio de sesión en dos pasos está desactivado
email-second-factor-off-body = Se acaba de desactivar el inicio de sesión en dos pasos en tu cuenta: al iniciar sesión solo se te pedirá la contraseña.
email-second-factor-off-act = Si no has sido tú, { $reset } y vuelve a activarlo.
email-second-factor-off-reset-link = restablece tu contraseña ahora
email-second-factor-off-act-text = Si no has sido tú, restablece tu contraseña ahora y vuelve a activarlo:

## passkey_added

email-passkey-added-subject = Se ha añadido una llave de acceso a tu cuenta
email-passkey-added-body = Se acaba de añadir a tu cuenta una llave de acceso llamada «{ $name }»: con ella se inicia sesión sin contraseña.
email-passkey-added-body-text = Se acaba de añadir a tu cuenta una llave de acceso llamada «{ $name }»: con ella se inicia sesión sin contraseña.
email-passkey-added-act = Si no has sido tú, { $sign_in }, elimínala y cambia tu contraseña.
email-passkey-added-sign-in-link = inicia sesión
email-passkey-added-act-text = Si no has sido tú, inicia sesión, elimínala y cambia tu contraseña:

## passkey_removed

email-passkey-removed-subject = Se ha eliminado una llave de acceso de tu cuenta
email-passkey-removed-body = Se acaba de eliminar de tu cuenta la llave de acceso llamada «{ $name }»: ya no sirve para iniciar sesión.
email-passkey-removed-body-text = Se acaba de eliminar de tu cuenta la llave de acceso llamada «{ $name }»: ya no sirve para iniciar sesión.
email-passkey-removed-act = Si no has sido tú, { $sign_in } y cambia tu contraseña.
email-passkey-removed-sign-in-link = inicia sesión
email-passkey-removed-act-text = Si no has sido tú, inicia sesión y cambia tu contraseña:

## recovery_codes_replaced

email-recovery-codes-replaced-subject = Se han creado nuevos códigos de recuperación
email-recovery-codes-replaced-body = Se acaba de crear un nuevo juego de códigos de recuperación para tu cuenta. Los códigos que tenías antes ya no funcionan.
email-recovery-codes-replaced-act = Si no has sido tú, { $sign_in }, cambia tu contraseña y desactiva y vuelve a activar el inicio de sesión en dos pasos.
email-recovery-codes-replaced-sign-in-link = inicia sesión
email-recovery-codes-replaced-act-text = Si no has sido tú, inicia sesión, cambia tu contraseña y desactiva y vuelve a activar el inicio de sesión en dos pasos:

## recovery_code_used

email-recovery-code-used-subject = Se ha usado un código de recuperación
email-recovery-code-used-body = Se acaba de usar un código de recuperación para iniciar sesión en tu cuenta, en lugar de un código de tu app de autenticación. { $left ->
        [0] No te queda ningún código de recuperación.
        [one] Te queda un código de recuperación.
       *[other] Te quedan { $left } códigos de recuperación.
    }
email-recovery-code-used-renew = { $make_set } antes de que se te acaben.
email-recovery-code-used-make-set-link = Crea un nuevo juego en los ajustes
email-recovery-code-used-renew-text = Crea un nuevo juego en los ajustes antes de que se te acaben:
email-recovery-code-used-not-you = Si no has sido tú, cambia allí tu contraseña de inmediato.
