# Registration, and the fields several forms share.

username-label = Username
username-hint = 3 to 32 letters, digits, _ or -. Others can see it.
email-label = Email address
password-label = Password
password-confirm-label = Confirm password
current-password = Current password

register-title = Create an account
register-submit = Create account
register-have-account = Already have an account?
# After registering, whether or not the address was new.
register-check-inbox = Check your inbox
register-sent-to = We sent an email to { $email }.
register-open-the-link = Open the link in it to confirm your address. It can take a minute to arrive; check your spam folder too.

landing-title = Welcome
landing-heading = Your account, done right.
landing-lead = Sign up with a confirmed email address, sign in from any device, and get back in when you forget your password.
landing-get-started = Create an account
landing-have-one = Already have one?

home-title = Home
home-greeting = Welcome, { $username }
home-signed-in = You are signed in with a confirmed email address.

# The development mailbox (development only, without an SMTP server).
dev-mail-title = Development mailbox
dev-mail-intro = No SMTP server is configured, so email stays here. Newest first.
dev-mail-empty = No email sent yet.
dev-mail-line = To { $to } · { $status }
dev-mail-delivered = delivered
dev-mail-queued = queued
dev-mail-html-view = HTML view
