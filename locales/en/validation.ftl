# What the shared rules say of a username, an address or a password: on
# the server when a form is posted, and live in the browser as it is typed.

username-empty = Choose a username.
username-too-short = A username needs at least { $min } characters.
username-too-long = A username can have at most { $max } characters.
username-invalid-character = Use only letters a-z, digits, _ and -.
username-taken = This username is taken. Try another.
# Live, once typing pauses and the server has looked.
username-available = { $name } is available.

email-empty = Enter your email address.
email-too-long = An email address can have at most { $max } characters.
email-missing-at = An email address needs an @ between the name and the domain.
email-local-too-long = The part before the @ can have at most { $max } characters.
email-invalid-local = The part before the @ has a character an email address cannot have.
email-invalid-domain = The domain after the @ is not valid.
# Around a button holding the corrected address: "Did you mean [ada@gmail.com]?"
email-did-you-mean-before = Did you mean{" "}
email-did-you-mean-after = ?

password-empty = Choose a password.
password-too-short = Use at least { $min } characters.
password-too-long = Use at most { $max } characters.
password-mismatch = The two passwords are not the same.
password-confirmation-matches = The passwords match.
password-hint = At least 12 characters. A few unrelated words make a strong one.

# The strength meter under a new password.
strength-meter-label = Password strength
strength-label = Strength: { $label }
strength-very-weak = Very weak
strength-weak = Weak
strength-strong = Strong
strength-very-strong = Very strong
strength-accepted = A strong password.
strength-too-easy = This password is too easy to guess.
strength-add-a-word = Add another word or two.
checks-too-many = Too many checks for now. The form is still checked when you send it.

# The strength estimator's advice (zxcvbn's own words are English only).
zxcvbn-warning-straight-rows = Straight rows of keys are easy to guess.
zxcvbn-warning-short-keyboard-patterns = Short keyboard patterns are easy to guess.
zxcvbn-warning-repeats-aaa = Repeats like "aaa" are easy to guess.
zxcvbn-warning-repeats-abcabc = Repeats like "abcabcabc" are only slightly harder to guess than "abc".
zxcvbn-warning-top-10 = This is a top-10 common password.
zxcvbn-warning-top-100 = This is a top-100 common password.
zxcvbn-warning-common = This is a very common password.
zxcvbn-warning-similar-to-common = This is similar to a commonly used password.
zxcvbn-warning-sequences = Sequences like abc or 6543 are easy to guess.
zxcvbn-warning-recent-years = Recent years are easy to guess.
zxcvbn-warning-single-word = A word by itself is easy to guess.
zxcvbn-warning-dates = Dates are often easy to guess.
zxcvbn-warning-names = Names and surnames by themselves are easy to guess.
zxcvbn-warning-common-names = Common names and surnames are easy to guess.
zxcvbn-suggestion-few-words = Use a few words, avoid common phrases.
zxcvbn-suggestion-no-need-for-symbols = No need for symbols, digits, or uppercase letters.
zxcvbn-suggestion-add-a-word = Add another word or two. Uncommon words are better.
zxcvbn-suggestion-capitalization = Capitalization doesn't help very much.
zxcvbn-suggestion-all-uppercase = All-uppercase is almost as easy to guess as all-lowercase.
zxcvbn-suggestion-reversed-words = Reversed words aren't much harder to guess.
zxcvbn-suggestion-substitutions = Predictable substitutions like '@' instead of 'a' don't help very much.
zxcvbn-suggestion-longer-keyboard-pattern = Use a longer keyboard pattern with more turns.
zxcvbn-suggestion-avoid-repeats = Avoid repeated words and characters.
zxcvbn-suggestion-avoid-sequences = Avoid sequences.
zxcvbn-suggestion-avoid-recent-years = Avoid recent years.
zxcvbn-suggestion-avoid-your-years = Avoid years that are associated with you.
zxcvbn-suggestion-avoid-dates = Avoid dates and years that are associated with you.
