# The sign-in page (/login), and what signing in answers.

sign-in-title = Sign in
sign-in-login-label = Email or username
sign-in-remember = Remember me on this device
sign-in-submit = Sign in
sign-in-with-passkey = Sign in with a passkey
sign-in-forgot = Forgot your password?
sign-in-create-account = Create an account

# Notices the page shows on arriving from elsewhere.
sign-in-password-changed = Your password was changed. Sign in with the new one.
sign-in-took-too-long = That sign-in took too long. Please sign in again.

# One answer for every wrong email, username or password, so that it tells
# nobody which accounts exist.
sign-in-failed = That email, username or password is not right.
# $minutes: how long to wait, in whole minutes (at least 1).
sign-in-too-many-from-network = Too many sign-in attempts from your network. Please try again in { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}.
# "Forgot your password?" is the link below the form (sign-in-forgot).
sign-in-name-paused = Too many failed attempts: sign-in with this name is paused for { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}. If you forgot your password, choose a new one now with "Forgot your password?" below.

# The second step, a code from the authenticator app or a recovery code.
sign-in-code-wrong = That code is not right. Type the 6 digits your app shows now, or a recovery code.
sign-in-account-paused = Too many attempts: signing in to this account is paused for { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}.
