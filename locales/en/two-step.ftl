# Two-step sign-in: a code from an authenticator app after the password.

two-step-title = Two-step sign-in

# The second step of a sign-in (/login/code).
two-step-enter-code = Enter the code your authenticator app shows for this account.
two-step-code-label = Code
two-step-code-hint = 6 digits from the app, or one of your recovery codes.
two-step-start-again = Start again

# Setting it up (/settings/two-step).
two-step-setup-title = Set up two-step sign-in
two-step-setup-scan = Scan this code with an authenticator app on your phone (any app for one-time codes, such as Aegis, FreeOTP or Google Authenticator):
# Read out by screen readers in place of the QR code.
two-step-setup-qr-label = QR code of the key for your authenticator app
two-step-setup-type-key = Cannot scan it? Type this key into the app instead:
two-step-code-from-app = Code from the app
two-step-setup-code-hint = The 6 digits the app now shows for this account.
two-step-turn-on = Turn on
two-step-cancel = Cancel
two-step-setup-code-wrong = That code is not right. Type the 6 digits the app shows now; if it still fails, check the phone's clock.
two-step-too-many-codes = Too many codes tried. Please try again in a while.

# Its section of the settings page.
two-step-off-intro = Off. Turn it on to be asked, after your password, for a code from an authenticator app on your phone.
two-step-set-up = Set up an authenticator app
# $count: the recovery codes not used yet (0 to 10).
two-step-on-intro = On: signing in asks for a code from your authenticator app. { $count ->
    [one] 1 recovery code is left.
   *[other] { $count } recovery codes are left.
}
two-step-recovery-password = Current password, for new recovery codes
two-step-recovery-code = Code from the app, for new recovery codes
two-step-recovery-hint = The recovery codes you have now stop working.
two-step-make-new-codes = Make new recovery codes
two-step-turn-off-title = Turn off two-step sign-in
two-step-disable-password = Current password, to turn it off
two-step-disable-hint = 6 digits from the app, or a recovery code.
two-step-turn-off = Turn off
two-step-off-done = Two-step sign-in is off.
two-step-code-wrong = That code is not right. Type the 6 digits the app shows now, or a recovery code.
two-step-too-many-wrong-codes = Too many wrong codes. Please try again in a few minutes.

# The new recovery codes, shown once, under one of these titles.
two-step-on-title = Two-step sign-in is on
two-step-new-codes-title = New recovery codes
two-step-codes-intro = Write these recovery codes down, or print them, and keep them apart from your phone. Each one signs you in once if you lose the app. This is the only time they are shown.
two-step-back-to-settings = Back to settings
