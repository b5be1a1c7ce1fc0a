# What the shared rules say of a username, an address or a password: on
# the server when a form is posted, and live in the browser as it is typed.

username-empty = Wählen Sie einen Benutzernamen.
username-too-short = Ein Benutzername braucht mindestens { $min } Zeichen.
username-too-long = Ein Benutzername darf höchstens { $max } Zeichen haben.
username-invalid-character = Verwenden Sie nur die Buchstaben a-z, Ziffern, _ und -.
username-taken = Dieser Benutzername ist bereits vergeben. Versuchen Sie einen anderen.
# Live, once typing pauses and the server has looked.
username-available = { $name } ist verfügbar.

email-empty = Geben Sie Ihre E-Mail-Adresse ein.
email-too-long = Eine E-Mail-Adresse darf höchstens { $max } Zeichen haben.
email-missing-at = Eine E-Mail-Adresse braucht ein @ zwischen dem Namen und der Domain.
email-local-too-long = Der Teil vor dem @ darf höchstens { $max } Zeichen haben.
email-invalid-local = Der Teil vor dem @ enthält ein Zeichen, das in einer E-Mail-Adresse nicht vorkommen darf.
email-invalid-domain = Die Domain nach dem @ ist ungültig.
# Around a button holding the corrected address: "Did you mean [ada@gmail.com]?"
email-did-you-mean-before = Meinten Sie{" "}
email-did-you-mean-after = ?

password-empty = Wählen Sie ein Passwort.
password-too-short = Verwenden Sie mindestens { $min } Zeichen.
password-too-long = Verwenden Sie höchstens { $max } Zeichen.
password-mismatch = Die beiden Passwörter stimmen nicht überein.
password-confirmation-matches = Die Passwörter stimmen überein.
password-hint = Mindestens 12 Zeichen. Einige Wörter, die nichts miteinander zu tun haben, ergeben ein starkes Passwort.

# The strength meter under a new password.
strength-meter-label = Passwortstärke
strength-label = Stärke: { $label }
strength-very-weak = Sehr schwach
strength-weak = Schwach
strength-strong = Stark
strength-very-strong = Sehr stark
strength-accepted = Ein starkes Passwort.
strength-too-easy = Dieses Passwort ist zu leicht zu erraten.
strength-add-a-word = Fügen Sie noch ein oder zwei Wörter hinzu.
checks-too-many = Zu viele Prüfungen für den Moment. Das Formular wird trotzdem geprüft, wenn Sie es absenden.

# The strength estimator's advice (zxcvbn's own words are English only).
zxcvbn-warning-straight-rows = Gerade Tastenreihen sind leicht zu erraten.
zxcvbn-warning-short-keyboard-patterns = Kurze Tastaturmuster sind leicht zu erraten.
zxcvbn-warning-repeats-aaa = Wiederholungen wie „aaa“ sind leicht zu erraten.
zxcvbn-warning-repeats-abcabc = Wiederholungen wie „abcabcabc“ sind nur wenig schwerer zu erraten als „abc“.
zxcvbn-warning-top-10 = Dies ist eines der 10 häufigsten Passwörter.
zxcvbn-warning-top-100 = Dies ist eines der 100 häufigsten Passwörter.
zxcvbn-warning-common = Dies ist ein sehr häufig verwendetes Passwort.
zxcvbn-warning-similar-to-common = Dies ähnelt einem häufig verwendeten Passwort.
zxcvbn-warning-sequences = Folgen wie abc oder 6543 sind leicht zu erraten.
zxcvbn-warning-recent-years = Jahreszahlen der letzten Jahre sind leicht zu erraten.
zxcvbn-warning-single-word = Ein einzelnes Wort ist leicht zu erraten.
zxcvbn-warning-dates = Datumsangaben sind oft leicht zu erraten.
zxcvbn-warning-names = Vor- und Nachnamen allein sind leicht zu erraten.
zxcvbn-warning-common-names = Häufige Vor- und Nachnamen sind leicht zu erraten.
zxcvbn-suggestion-few-words = Verwenden Sie einige Wörter und vermeiden Sie gängige Redewendungen.
zxcvbn-suggestion-no-need-for-symbols = Sonderzeichen, Ziffern oder Großbuchstaben sind nicht nötig.
zxcvbn-suggestion-add-a-word = Fügen Sie noch ein oder zwei Wörter hinzu. Ungewöhnliche Wörter sind besser.
zxcvbn-suggestion-capitalization = Großschreibung hilft nicht viel.
zxcvbn-suggestion-all-uppercase = Nur Großbuchstaben sind fast so leicht zu erraten wie nur Kleinbuchstaben.
zxcvbn-suggestion-reversed-words = Rückwärts geschriebene Wörter sind kaum schwerer zu erraten.
zxcvbn-suggestion-substitutions = Vorhersehbare Ersetzungen wie „@“ statt „a“ helfen nicht viel.
zxcvbn-suggestion-longer-keyboard-pattern = Verwenden Sie ein längeres Tastaturmuster mit mehr Richtungswechseln.
zxcvbn-suggestion-avoid-repeats = Vermeiden Sie wiederholte Wörter und Zeichen.
zxcvbn-suggestion-avoid-sequences = Vermeiden Sie Zeichenfolgen.
zxcvbn-suggestion-avoid-recent-years = Vermeiden Sie Jahreszahlen der letzten Jahre.
zxcvbn-suggestion-avoid-your-years = Vermeiden Sie Jahreszahlen, die mit Ihnen in Verbindung stehen.
zxcvbn-suggestion-avoid-dates = Vermeiden Sie Daten und Jahreszahlen, die mit Ihnen in Verbindung stehen.
