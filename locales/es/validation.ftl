# What the shared rules say of a username, an address or a password: on
# the server when a form is posted, and live in the browser as it is typed.

username-empty = Elige un nombre de usuario.
username-too-short = Un nombre de usuario necesita al menos { $min } caracteres.
username-too-long = Un nombre de usuario puede tener como máximo { $max } caracteres.
username-invalid-character = Usa solo letras a-z, dígitos, _ y -.
username-taken = Este nombre de usuario ya está en uso. Prueba con otro.
# Live, once typing pauses and the server has looked.
username-available = { $name } está disponible.

email-empty = Introduce tu correo electrónico.
email-too-long = Un correo electrónico puede tener como máximo { $max } caracteres.
email-missing-at = Un correo electrónico necesita una @ entre el nombre y el dominio.
email-local-too-long = La parte anterior a la @ puede tener como máximo { $max } caracteres.
email-invalid-local = La parte anterior a la @ tiene un carácter que un correo electrónico no puede tener.
email-invalid-domain = El dominio que va después de la @ no es válido.
# Around a button holding the corrected address: "Did you mean [ada@gmail.com]?"
email-did-you-mean-before = ¿Quisiste decir{" "}
email-did-you-mean-after = ?

password-empty = Elige una contraseña.
password-too-short = Usa al menos { $min } caracteres.
password-too-long = Usa como máximo { $max } caracteres.
password-mismatch = Las dos contraseñas no coinciden.
password-confirmation-matches = Las contraseñas coinciden.
password-hint = Al menos 12 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura.

# The strength meter under a new password.
strength-meter-label = Seguridad de la contraseña
strength-label = Seguridad: { $label }
strength-very-weak = Muy débil
strength-weak = Débil
strength-strong = Fuerte
strength-very-strong = Muy fuerte
strength-accepted = Una contraseña segura.
strength-too-easy = Esta contraseña es demasiado fácil de adivinar.
strength-add-a-word = Añade una o dos palabras más.
checks-too-many = Demasiadas comprobaciones por ahora. El formulario se comprobará igualmente cuando lo envíes.

# The strength estimator's advice (zxcvbn's own words are English only).
zxcvbn-warning-straight-rows = Las filas seguidas de teclas son fáciles de adivinar.
zxcvbn-warning-short-keyboard-patterns = Los patrones de teclado cortos son fáciles de adivinar.
zxcvbn-warning-repeats-aaa = Las repeticiones como «aaa» son fáciles de adivinar.
zxcvbn-warning-repeats-abcabc = Las repeticiones como «abcabcabc» son solo un poco más difíciles de adivinar que «abc».
zxcvbn-warning-top-10 = Esta es una de las 10 contraseñas más comunes.
zxcvbn-warning-top-100 = Esta es una de las 100 contraseñas más comunes.
zxcvbn-warning-common = Esta es una contraseña muy común.
zxcvbn-warning-similar-to-common = Se parece a una contraseña de uso común.
zxcvbn-warning-sequences = Las secuencias como abc o 6543 son fáciles de adivinar.
zxcvbn-warning-recent-years = Los años recientes son fáciles de adivinar.
zxcvbn-warning-single-word = Una palabra sola es fácil de adivinar.
zxcvbn-warning-dates = Las fechas suelen ser fáciles de adivinar.
zxcvbn-warning-names = Los nombres y apellidos por sí solos son fáciles de adivinar.
zxcvbn-warning-common-names = Los nombres y apellidos comunes son fáciles de adivinar.
zxcvbn-suggestion-few-words = Usa unas cuantas palabras y evita las frases hechas.
zxcvbn-suggestion-no-need-for-symbols = No hacen falta símbolos, dígitos ni mayúsculas.
zxcvbn-suggestion-add-a-word = Añade una o dos palabras más. Las palabras poco comunes son mejores.
zxcvbn-suggestion-capitalization = Poner mayúsculas no ayuda mucho.
zxcvbn-suggestion-all-uppercase = Todo en mayúsculas es casi tan fácil de adivinar como todo en minúsculas.
zxcvbn-suggestion-reversed-words = Las palabras escritas al revés no son mucho más difíciles de adivinar.
zxcvbn-suggestion-substitutions = Las sustituciones previsibles, como «@» en lugar de «a», no ayudan mucho.
zxcvbn-suggestion-longer-keyboard-pattern = Usa un patrón de teclado más largo y con más cambios de dirección.
zxcvbn-suggestion-avoid-repeats = Evita las palabras y los caracteres repetidos.
zxcvbn-suggestion-avoid-sequences = Evita las secuencias.
zxcvbn-suggestion-avoid-recent-years = Evita los años recientes.
zxcvbn-suggestion-avoid-your-years = Evita los años relacionados contigo.
zxcvbn-suggestion-avoid-dates = Evita las fechas y los años relacionados contigo.
