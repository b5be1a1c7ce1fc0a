# The sign-in page (/login), and what signing in answers.

sign-in-title = Iniciar sesión
sign-in-login-label = Correo electrónico o nombre de usuario
sign-in-remember = Recordarme en este dispositivo
sign-in-submit = Iniciar sesión
sign-in-with-passkey = Iniciar sesión con una llave de acceso
sign-in-forgot = ¿Olvidaste tu contraseña?
sign-in-create-account = Crear una cuenta

# Notices the page shows on arriving from elsewhere.
sign-in-password-changed = Se cambió tu contraseña. Inicia sesión con la nueva.
sign-in-took-too-long = Ese inicio de sesión tardó demasiado. Vuelve a iniciar sesión.

# One answer for every wrong email, username or password, so that it tells
# nobody which accounts exist.
sign-in-failed = El correo electrónico, el nombre de usuario o la contraseña no son correctos.
# $minutes: how long to wait, in whole minutes (at least 1).
sign-in-too-many-from-network = Demasiados intentos de inicio de sesión desde tu red. Vuelve a intentarlo dentro de { $minutes ->
    [one] 1 minuto
   *[other] { $minutes } minutos
}.
# "Forgot your password?" is the link below the form (sign-in-forgot).
sign-in-name-paused = Demasiados intentos fallidos: el inicio de sesión con este nombre está en pausa durante { $minutes ->
    [one] 1 minuto
   *[other] { $minutes } minutos
}. Si olvidaste tu contraseña, elige una nueva ahora con «¿Olvidaste tu contraseña?», aquí abajo.

# The second step, a code from the authenticator app or a recovery code.
sign-in-code-wrong = Ese código no es correcto. Escribe los 6 dígitos que muestra ahora tu aplicación, o un código de recuperación.
sign-in-account-paused = Demasiados intentos: el inicio de sesión en esta cuenta está en pausa durante { $minutes ->
    [one] 1 minuto
   *[other] { $minutes } minutos
}.
