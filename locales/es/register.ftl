# Registration, and the fields several forms share.

username-label = Nombre de usuario
username-hint = De 3 a 32 letras, dígitos, _ o -. Los demás pueden verlo.
email-label = Correo electrónico
password-label = Contraseña
password-confirm-label = Confirmar contraseña
current-password = Contraseña actual

register-title = Crear una cuenta
register-submit = Crear cuenta
register-have-account = ¿Ya tienes una cuenta?
# After registering, whether or not the address was new.
register-check-inbox = Revisa tu bandeja de entrada
register-sent-to = Enviamos un correo a { $email }.
register-open-the-link = Abre el enlace que contiene para confirmar tu dirección. Puede tardar un minuto en llegar; revisa también tu carpeta de spam.

landing-title = Te damos la bienvenida
landing-heading = Tu cuenta, bien hecha.
landing-lead = Regístrate con un correo electrónico confirmado, inicia sesión desde cualquier dispositivo y recupera el acceso cuando olvides tu contraseña.
landing-get-started = Crear una cuenta
landing-have-one = ¿Ya tienes una?

home-title = Inicio
home-greeting = Hola, { $username }
home-signed-in = Has iniciado sesión con un correo electrónico confirmado.

# The development mailbox (development only, without an SMTP server).
dev-mail-title = Buzón de desarrollo
dev-mail-intro = No hay ningún servidor SMTP configurado, así que los correos se quedan aquí. Los más recientes primero.
dev-mail-empty = Todavía no se ha enviado ningún correo.
dev-mail-line = Para { $to } · { $status }
dev-mail-delivered = entregado
dev-mail-queued = en cola
dev-mail-html-view = Vista HTML
