# Two-step sign-in: a code from an authenticator app after the password.

two-step-title = Inicio de sesión en dos pasos

# The second step of a sign-in (/login/code).
two-step-enter-code = Escribe el código que muestra tu aplicación de autenticación para esta cuenta.
two-step-code-label = Código
two-step-code-hint = 6 dígitos de la aplicación, o uno de tus códigos de recuperación.
two-step-start-again = Empezar de nuevo

# Setting it up (/settings/two-step).
two-step-setup-title = Configurar el inicio de sesión en dos pasos
two-step-setup-scan = Escanea este código con una aplicación de autenticación en tu teléfono (cualquier aplicación de códigos de un solo uso, como Aegis, FreeOTP o Google Authenticator):
# Read out by screen readers in place of the QR code.
two-step-setup-qr-label = Código QR de la clave para tu aplicación de autenticación
two-step-setup-type-key = ¿No puedes escanearlo? Escribe esta clave en la aplicación:
two-step-code-from-app = Código de la aplicación
two-step-setup-code-hint = Los 6 dígitos que la aplicación muestra ahora para esta cuenta.
two-step-turn-on = Activar
two-step-cancel = Cancelar
two-step-setup-code-wrong = Ese código no es correcto. Escribe los 6 dígitos que muestra ahora la aplicación; si sigue fallando, revisa la hora del teléfono.
two-step-too-many-codes = Se han probado demasiados códigos. Vuelve a intentarlo más tarde.

# Its section of the settings page.
two-step-off-intro = Desactivado. Actívalo para que, después de tu contraseña, se te pida un código de una aplicación de autenticación en tu teléfono.
two-step-set-up = Configurar una aplicación de autenticación
# $count: the recovery codes not used yet (0 to 10).
two-step-on-intro = Activado: al iniciar sesión se pide un código de tu aplicación de autenticación. { $count ->
    [one] Queda 1 código de recuperación.
   *[other] Quedan { $count } códigos de recuperación.
}
two-step-recovery-password = Contraseña actual, para nuevos códigos de recuperación
two-step-recovery-code = Código de la aplicación, para nuevos códigos de recuperación
two-step-recovery-hint = Los códigos de recuperación que tienes ahora dejarán de funcionar.
two-step-make-new-codes = Crear nuevos códigos de recuperación
two-step-turn-off-title = Desactivar el inicio de sesión en dos pasos
two-step-disable-password = Contraseña actual, para desactivarlo
two-step-disable-hint = 6 dígitos de la aplicación, o un código de recuperación.
two-step-turn-off = Desactivar
two-step-off-done = El inicio de sesión en dos pasos está desactivado.
two-step-code-wrong = Ese código no es correcto. Escribe los 6 dígitos que muestra ahora la aplicación, o un código de recuperación.
two-step-too-many-wrong-codes = Demasiados códigos incorrectos. Vuelve a intentarlo dentro de unos minutos.

# The new recovery codes, shown once, under one of these titles.
two-step-on-title = El inicio de sesión en dos pasos está activado
two-step-new-codes-title = Nuevos códigos de recuperación
two-step-codes-intro = Anota estos códigos de recuperación, o imprímelos, y guárdalos lejos de tu teléfono. Cada uno te permite iniciar sesión una vez si pierdes la aplicación. Esta es la única vez que se muestran.
two-step-back-to-settings = Volver a los ajustes
