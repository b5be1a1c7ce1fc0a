# What the shared rules say of a username, an address or a password: on
# the server when a form is posted, and live in the browser as it is typed.

username-empty = Choisissez un nom d’utilisateur.
username-too-short = Un nom d’utilisateur doit comporter au moins { $min } caractères.
username-too-long = Un nom d’utilisateur peut comporter au plus { $max } caractères.
username-invalid-character = Utilisez uniquement les lettres a-z, les chiffres, _ et -.
username-taken = Ce nom d’utilisateur est déjà pris. Essayez-en un autre.
# Live, once typing pauses and the server has looked.
username-available = { $name } est disponible.

email-empty = Saisissez votre adresse e-mail.
email-too-long = Une adresse e-mail peut comporter au plus { $max } caractères.
email-missing-at = Une adresse e-mail doit contenir un @ entre le nom et le domaine.
email-local-too-long = La partie avant le @ peut comporter au plus { $max } caractères.
email-invalid-local = La partie avant le @ contient un caractère qu’une adresse e-mail ne peut pas contenir.
email-invalid-domain = Le domaine après le @ n’est pas valide.
# Around a button holding the corrected address: "Did you mean [ada@gmail.com]?"
email-did-you-mean-before = Vouliez-vous dire{" "}
email-did-you-mean-after = {"\u00A0"}?

password-empty = Choisissez un mot de passe.
password-too-short = Utilisez au moins { $min } caractères.
password-too-long = Utilisez au plus { $max } caractères.
password-mismatch = Les deux mots de passe ne sont pas identiques.
password-confirmation-matches = Les mots de passe correspondent.
password-hint = Au moins 12 caractères. Quelques mots sans rapport entre eux font un mot de passe robuste.

# The strength meter under a new password.
strength-meter-label = Robustesse du mot de passe
strength-label = Robustesse : { $label }
strength-very-weak = Très faible
strength-weak = Faible
strength-strong = Robuste
strength-very-strong = Très robuste
strength-accepted = Un mot de passe robuste.
strength-too-easy = Ce mot de passe est trop facile à deviner.
strength-add-a-word = Ajoutez un ou deux mots de plus.
checks-too-many = Trop de vérifications pour le moment. Le formulaire sera tout de même vérifié à l’envoi.

# The strength estimator's advice (zxcvbn's own words are English only).
zxcvbn-warning-straight-rows = Les rangées de touches qui se suivent sont faciles à deviner.
zxcvbn-warning-short-keyboard-patterns = Les motifs de clavier courts sont faciles à deviner.
zxcvbn-warning-repeats-aaa = Les répétitions comme « aaa » sont faciles à deviner.
zxcvbn-warning-repeats-abcabc = Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».
zxcvbn-warning-top-10 = Ce mot de passe fait partie des 10 plus courants.
zxcvbn-warning-top-100 = Ce mot de passe fait partie des 100 plus courants.
zxcvbn-warning-common = Ce mot de passe est très courant.
zxcvbn-warning-similar-to-common = Ce mot de passe ressemble à un mot de passe couramment utilisé.
zxcvbn-warning-sequences = Les suites comme abc ou 6543 sont faciles à deviner.
zxcvbn-warning-recent-years = Les années récentes sont faciles à deviner.
zxcvbn-warning-single-word = Un mot seul est facile à deviner.
zxcvbn-warning-dates = Les dates sont souvent faciles à deviner.
zxcvbn-warning-names = Les prénoms et les noms de famille seuls sont faciles à deviner.
zxcvbn-warning-common-names = Les prénoms et noms de famille courants sont faciles à deviner.
zxcvbn-suggestion-few-words = Utilisez quelques mots, en évitant les expressions courantes.
zxcvbn-suggestion-no-need-for-symbols = Inutile d’ajouter des symboles, des chiffres ou des majuscules.
zxcvbn-suggestion-add-a-word = Ajoutez un ou deux mots de plus. Les mots peu courants sont préférables.
zxcvbn-suggestion-capitalization = Les majuscules n’aident pas beaucoup.
zxcvbn-suggestion-all-uppercase = Tout en majuscules est presque aussi facile à deviner que tout en minuscules.
zxcvbn-suggestion-reversed-words = Les mots écrits à l’envers ne sont guère plus difficiles à deviner.
zxcvbn-suggestion-substitutions = Les substitutions prévisibles comme « @ » à la place de « a » n’aident pas beaucoup.
zxcvbn-suggestion-longer-keyboard-pattern = Utilisez un motif de clavier plus long, avec plus de changements de direction.
zxcvbn-suggestion-avoid-repeats = Évitez les mots et les caractères répétés.
zxcvbn-suggestion-avoid-sequences = Évitez les suites de caractères.
zxcvbn-suggestion-avoid-recent-years = Évitez les années récentes.
zxcvbn-suggestion-avoid-your-years = Évitez les années qui vous sont associées.
zxcvbn-suggestion-avoid-dates = Évitez les dates et les années qui vous sont associées.
