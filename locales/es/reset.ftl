# Resetting a forgotten password: asking for a link (`/forgot`), the page
# that takes the code from the email, and choosing the new password
# through the link. A `{ $email }` is shown in bold.

reset-forgot-title = ¿Olvidaste tu contraseña?
reset-forgot-intro = Introduce la dirección de tu cuenta y te enviaremos un enlace para elegir una contraseña nueva.
reset-forgot-submit = Envíame un enlace
reset-back-to-sign-in = Volver a iniciar sesión

# The same page whether or not an account has the address. Its title is
# also named in the reset email ("Or enter this code on the … page").
reset-code-title = Revisa tu bandeja de entrada
reset-sent-to = Si alguna cuenta usa { $email }, enviamos a esa dirección un enlace para elegir una contraseña nueva, y un código.
reset-sent = Si alguna cuenta usa la dirección que indicaste, enviamos a esa dirección un enlace para elegir una contraseña nueva, y un código.
reset-code-intro = Abre el enlace o, si se abre en otro dispositivo, introduce aquí el código. Los dos funcionan durante poco tiempo y una sola vez.
reset-code-label = Código del correo
reset-code-hint = 8 caracteres, como ABCD-1234.
reset-code-submit = Continuar
# { $link } is a link back to `/forgot` whose text is reset-ask-again.
reset-nothing-arrived = ¿No te ha llegado nada? Revisa tu carpeta de spam o { $link } dentro de un minuto.
reset-ask-again = vuelve a pedirlo
reset-code-too-many = Se probaron demasiados códigos desde esta red. Vuelve a intentarlo dentro de un rato.
reset-code-malformed = Introduce los 8 caracteres del correo, como ABCD-1234.
reset-code-wrong = Ese código no es correcto o ya no funciona. Revisa nuestro correo más reciente o pide un enlace nuevo.

# The page behind the emailed link.
reset-form-title = Elige una contraseña nueva
reset-new-password = Contraseña nueva
reset-confirm-new-password = Confirmar la contraseña nueva
reset-submit = Cambiar mi contraseña
reset-expired-title = Este enlace ha caducado
reset-expired-text = Los enlaces para restablecer la contraseña funcionan durante poco tiempo. Pide uno nuevo.
reset-used-title = Este enlace ya se usó
reset-used-text = Cada enlace para restablecer la contraseña funciona una sola vez. Si aún necesitas una contraseña nueva, pide un enlace nuevo.
reset-replaced-title = Se envió un enlace más reciente
reset-replaced-text = Este enlace se sustituyó por uno más reciente, o tu contraseña ha cambiado desde entonces. Usa el correo más reciente o vuelve a pedirlo.
reset-too-many-title = Demasiados intentos
reset-too-many-text = Se probaron demasiados enlaces desde tu red. Espera un poco antes de volver a intentarlo.
reset-invalid-title = Este enlace no es válido
reset-invalid-text = Puede que el enlace esté incompleto: copia el enlace entero del correo o pide uno nuevo.
reset-new-link = Envíame un enlace nuevo
