# Passkeys: their section of the settings page, and what adding, renaming,
# removing and signing in with one answer.

passkey-title = Llaves de acceso
passkey-intro = Una llave de acceso te permite iniciar sesión con el bloqueo de pantalla de tu dispositivo o una llave de seguridad, en lugar de tu contraseña.

passkey-new-name-label = Nombre de la nueva llave de acceso
passkey-new-name-hint = Para distinguir tus llaves de acceso, como «Portátil del trabajo».
passkey-name-rule = Ponle un nombre de hasta 60 caracteres.
passkey-add-password = Contraseña actual, para añadirla
passkey-add = Añadir una llave de acceso
passkey-needs-javascript = Para añadir una llave de acceso necesitas JavaScript y un navegador compatible con llaves de acceso.

passkey-none-yet = Aún no tienes llaves de acceso.
passkey-list-title = Tus llaves de acceso
# After a passkey's name in the list, with a space before the dot. $added
# and $date are days (settings-date); $used is one of the two below.
passkey-listed = {" "}· añadida el { $added }, { $used }
passkey-never-used = nunca usada
passkey-last-used = usada por última vez el { $date }

# Above the list of the account's passkeys, on the rename and remove forms.
passkey-choice-label = Llave de acceso
passkey-rename-title = Cambiar el nombre de una llave de acceso
passkey-new-name = Nuevo nombre
passkey-rename = Cambiar el nombre
passkey-remove-title = Quitar una llave de acceso
passkey-remove-password = Contraseña actual, para quitarla
passkey-remove = Quitar

# $name is the passkey's name, as its owner typed it.
passkey-added = Se añadió la llave de acceso «{ $name }».
passkey-renamed = Ahora se llama «{ $name }».
passkey-removed = Se quitó la llave de acceso «{ $name }».

passkey-not-checked = No se pudo comprobar esta llave de acceso. Vuelve a intentarlo.
passkey-added-already = Esta llave de acceso ya está añadida.
passkey-not-this-accounts = Esa llave de acceso no es de esta cuenta.
passkey-too-late = Eso tardó demasiado. Vuelve a intentarlo.
passkey-too-many = Demasiados intentos desde tu red. Vuelve a intentarlo más tarde.
passkey-unavailable = Las llaves de acceso no están disponibles en este sitio.
# One answer for every way signing in with a passkey fails.
passkey-not-accepted = Esta llave de acceso no se aceptó aquí. Inicia sesión con tu contraseña.
