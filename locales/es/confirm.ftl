# Confirming an account's email address: the page behind an emailed link
# (`/confirm`), and `/unconfirmed`, where a signed-in account waits for it.
# A `{ $email }` is shown in bold.

confirm-ready-title = Confirma tu dirección de correo electrónico
confirm-ready-text = Confirma que { $email } es tu dirección.
confirm-ready-submit = Confirmar mi dirección
confirm-confirmed-title = Dirección confirmada
confirm-confirmed-text = La dirección { $email } está confirmada. Gracias.
confirm-continue = Continuar
# A confirmed change of address: the account now uses the new one.
confirm-changed-title = Dirección cambiada
confirm-changed-text = Tu cuenta ahora usa { $email }.
confirm-back-to-settings = Volver a la configuración
# The new address was taken by another account in the meantime.
confirm-taken-title = No se puede usar esta dirección
confirm-taken-text = Otra cuenta usa ahora esta dirección, así que tu cuenta conserva la actual.
confirm-already-title = Ya está confirmada
confirm-already-text = Este enlace ya se usó y la dirección está confirmada. No tienes que hacer nada más.
confirm-sign-in = Iniciar sesión
confirm-expired-title = Este enlace ha caducado
confirm-expired-text = Los enlaces de confirmación funcionan durante un tiempo limitado. Podemos enviarte uno nuevo.
confirm-expired-resend = Envíame un enlace nuevo
# An expired link that would have changed the account's address.
confirm-expired-change-text = Los enlaces para cambiar una dirección funcionan durante un tiempo limitado. Vuelve a pedir el cambio en la configuración.
confirm-go-to-settings = Ir a la configuración
confirm-replaced-title = Se envió un enlace más reciente
confirm-replaced-text = Este enlace se sustituyó por uno más reciente. Usa el enlace del último correo que te enviamos.
confirm-invalid-title = Este enlace no es válido
confirm-invalid-text = Puede que el enlace esté incompleto: copia el enlace entero del correo o inicia sesión para recibir uno nuevo.

# The link sent to the current address when a move to another one is asked for.
confirm-cancel-title = ¿Conservar tu dirección de correo electrónico?
confirm-cancel-text = Alguien con la sesión iniciada en tu cuenta pidió cambiarla a otra dirección. Cancélalo y tu cuenta conservará esta.
confirm-cancel-submit = Cancelar el cambio
confirm-cancel-not-you = Si no fuiste tú, cambia también tu contraseña: otra persona la conoce.
confirm-cancelled-title = Cambio cancelado
confirm-cancelled-text = Tu cuenta conserva su dirección actual. El enlace enviado a la otra dirección ya no funciona.
# { $link } is a link whose text is confirm-cancelled-new-password.
confirm-cancelled-not-you = Si no pediste el cambio, { $link }.
confirm-cancelled-new-password = elige una contraseña nueva

confirm-too-many-title = Demasiados intentos
confirm-too-many-text = Se probaron demasiados enlaces desde tu red. Espera un poco antes de volver a intentarlo.

# `/unconfirmed`: the tab's title, then the page's heading.
confirm-unconfirmed-title = Confirma tu correo electrónico
confirm-unconfirmed-heading = Confirma tu dirección de correo electrónico
confirm-unconfirmed-sent-to = Enviamos un enlace a { $email }. Ábrelo para terminar de configurar tu cuenta.
confirm-code-label = O introduce el código del correo
confirm-code-hint = Para un correo que lees en otro dispositivo: 8 caracteres, como ABCD-1234.
confirm-code-submit = Confirmar
confirm-resend = Enviar un enlace nuevo
# Shown when the wait before another link is over.
confirm-resend-ready = Ya puedes pedir un enlace nuevo.
confirm-fix-summary = ¿Dirección equivocada? Cámbiala
confirm-fix-label = Dirección de correo electrónico correcta
confirm-fix-submit = Usar esta dirección

# What the forms on `/unconfirmed` answer. "Send a new link below" names
# the button confirm-resend.
confirm-code-too-many = Se probaron demasiados códigos desde esta red. Vuelve a intentarlo dentro de un rato.
confirm-code-malformed = Introduce los 8 caracteres del correo, como ABCD-1234.
# A wrong code, and how many more times one may be tried.
confirm-code-wrong = { $tries ->
    [0] Ese código no es correcto y ya no se puede volver a probar. Envía un enlace nuevo aquí abajo.
    [one] Ese código no es correcto. Puedes intentarlo una vez más.
   *[other] Ese código no es correcto. Puedes intentarlo { $tries } veces más.
}
confirm-code-dead = Este código ya no funciona: se sustituyó, caducó o se probó demasiadas veces. Envía un enlace nuevo aquí abajo y usa el código que contiene.
confirm-code-address-taken = Otra cuenta usa ahora esa dirección. Cambia la tuya aquí abajo.
confirm-fix-too-many = Se probaron demasiadas direcciones por ahora. Vuelve a intentarlo dentro de un rato.
confirm-new-link-sent = Enviamos un enlace nuevo a { $email }.
confirm-resend-too-many = Demasiadas solicitudes desde tu red. Vuelve a intentarlo dentro de unos minutos.
confirm-resend-hourly-limit = Esta cuenta ya ha recibido varios correos en la última hora. Vuelve a intentarlo más tarde.
confirm-resend-wait = { $seconds ->
    [one] Se acaba de enviar un enlace. Puedes pedir otro dentro de 1 segundo.
   *[other] Se acaba de enviar un enlace. Puedes pedir otro dentro de { $seconds } segundos.
}
# After "Send me a new link" on an expired link's page, whatever the account.
confirm-inbox-title = Revisa tu bandeja de entrada
confirm-inbox-text = Si esta dirección todavía necesita confirmarse, hay un enlace nuevo en camino.
