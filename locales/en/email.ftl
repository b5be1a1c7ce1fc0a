# The emails. Each starts with the greeting; `-subject` is its subject line.
# `-button` is the label of its call-to-action button (HTML part only).
# A key ending in `-text` is the plain-text part's version of a sentence the
# HTML part puts differently: there a link follows it on the same line,
# after a space (the template writes the link, not the message).
# A key ending in `-link` is the words of a link inside a sentence of the
# HTML part; the sentence places it with its argument.

email-hello = Hello { $username },
# Below the button, for mail clients that show none.
email-paste-link = Or paste this link into your browser:

## confirm_address: sent on registering, to confirm the address.
# $hours: how long the link and code work (24).

email-confirm-address-subject = Confirm your email address
email-confirm-address-ask = Please confirm that this is your email address.
email-confirm-address-ask-text = Please confirm that this is your email address:
email-confirm-address-button = Confirm my address
email-confirm-address-or-code = Or, where you are signed in to your new account, enter this code:
email-confirm-address-valid = The link and the code work for { $hours ->
        [one] 1 hour
       *[other] { $hours } hours
    }. If you did not create an account, ignore this email and nothing will happen.

## confirm_new_address: sent to a new address, to confirm the account
## should use it. It has a code only when the account is not confirmed yet.

email-confirm-new-address-subject = Confirm your new email address
email-confirm-new-address-ask = Confirm that your account should use this address from now on.
email-confirm-new-address-ask-text = Confirm that your account should use this address from now on:
email-confirm-new-address-button = Use this address
email-confirm-new-address-or-code = Or, where you are signed in to your account, enter this code:
# With a code.
email-confirm-new-address-valid-with-code = The link and the code work for { $hours ->
        [one] 1 hour
       *[other] { $hours } hours
    }. If you did not ask for this, ignore this email.
# Without a code (a change of address from the settings).
email-confirm-new-address-valid = The link works for { $hours ->
        [one] 1 hour
       *[other] { $hours } hours
    }. If you did not ask for this, ignore this email.

## reset_password: "forgot your password".

email-reset-password-subject = Choose a new password
email-reset-password-asked = Someone asked to reset the password of your account. If it was you, choose a new one:
email-reset-password-button = Choose a new password
email-reset-password-or-code = Or enter this code on the “Check your inbox” page where you asked:
email-reset-password-valid = The link and the code work for { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }, once. If you did not ask, ignore this email: your password stays as it is.

## finish_registration: an address registered again before it was
## confirmed; the link chooses the password.

email-finish-registration-subject = Finish creating your account
email-finish-registration-body = This address was used to create an account more than once before it was confirmed, so no password was kept. Choose yours to confirm the address and finish:
email-finish-registration-button = Choose my password
email-finish-registration-valid = The link works for { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }, once. If you did not create an account, ignore this email.

## already_registered: someone registered with an address that has an account.

email-already-registered-subject = Someone tried to register with your address
email-already-registered-body = Someone, perhaps you, tried to create a new account with this email address. You already have an account, so no second one was made.
email-already-registered-button = Sign in
# Followed by the sign-in page's link.
email-already-registered-sign-in-text = Sign in:
# $choose: a link, email-already-registered-forgot-link.
email-already-registered-forgot = Forgot your password? { $choose }.
email-already-registered-forgot-link = Choose a new one
# Followed by the link to choose a new password.
email-already-registered-forgot-text = Forgot your password?
email-already-registered-ignore = If it was not you, you can ignore this email: your account is unchanged.

## password_changed

email-password-changed-subject = Your password was changed
email-password-changed-body = The password of your account was just changed, and every browser that was signed in has been signed out.
# $reset: a link, email-password-changed-reset-link.
email-password-changed-act = If this was not you, { $reset }.
email-password-changed-reset-link = reset your password now
email-password-changed-act-text = If this was not you, reset your password now:

## email_change_requested: sent to the old address when a new one is asked for.
# $new_email: the new address (in bold in the HTML part).

email-change-requested-subject = Your email address is about to change
email-change-requested-asked = Someone signed in to your account asked to use { $new_email } instead of this address. The change happens only when the link sent there is opened.
# $cancel: a link, email-change-requested-cancel-link.
email-change-requested-act = If this was not you, keep this address: { $cancel }, then change your password.
email-change-requested-cancel-link = cancel the change
# Followed by the link, then email-change-requested-then-text on a line of its own.
email-change-requested-act-text = If this was not you, keep this address by cancelling the change:
email-change-requested-then-text = Then change your password.

## second_factor_on: two-step sign-in was turned on.

email-second-factor-on-subject = Two-step sign-in is on
email-second-factor-on-body = Two-step sign-in was just turned on for your account: signing in now asks for a code from your authenticator app after the password.
# $turn_off: a link (to the settings), email-second-factor-on-turn-off-link.
email-second-factor-on-act = If this was not you, { $turn_off }, then change your password.
email-second-factor-on-turn-off-link = sign in and turn it off
email-second-factor-on-act-text = If this was not you, sign in and turn it off, then change your password:

## second_factor_off: two-step sign-in was turned off.

email-second-factor-off-subject = Two-step sign-in is off
email-second-factor-off-body = Two-step sign-in was just turned off for your account: signing in asks for the password only.
# $reset: a link, email-second-factor-off-reset-link. "It" is two-step sign-in.
email-second-factor-off-act = If this was not you, { $reset } and turn it on again.
email-second-factor-off-reset-link = reset your password now
email-second-factor-off-act-text = If this was not you, reset your password now and turn it on again:

## passkey_added. $name: the passkey's name, as its owner typed it.

email-passkey-added-subject = A passkey was added to your account
email-passkey-added-body = A passkey named “{ $name }” was just added to your account: it signs in without a password.
email-passkey-added-body-text = A passkey named "{ $name }" was just added to your account: it signs in without a password.
# $sign_in: a link (to the settings), email-passkey-added-sign-in-link.
email-passkey-added-act = If this was not you, { $sign_in }, remove it and change your password.
email-passkey-added-sign-in-link = sign in
email-passkey-added-act-text = If this was not you, sign in, remove it and change your password:

## passkey_removed. $name: the passkey's name, as its owner typed it.

email-passkey-removed-subject = A passkey was removed from your account
email-passkey-removed-body = The passkey named “{ $name }” was just removed from your account: it no longer signs in.
email-passkey-removed-body-text = The passkey named "{ $name }" was just removed from your account: it no longer signs in.
# $sign_in: a link (to the settings), email-passkey-removed-sign-in-link.
email-passkey-removed-act = If this was not you, { $sign_in } and change your password.
email-passkey-removed-sign-in-link = sign in
email-passkey-removed-act-text = If this was not you, sign in and change your password:

## recovery_codes_replaced: a new set of recovery codes was made.

email-recovery-codes-replaced-subject = New recovery codes were made
email-recovery-codes-replaced-body = A new set of recovery codes was just made for your account. The codes you had before no longer work.
# $sign_in: a link (to the settings), email-recovery-codes-replaced-sign-in-link.
email-recovery-codes-replaced-act = If this was not you, { $sign_in }, change your password and turn two-step sign-in off and on again.
email-recovery-codes-replaced-sign-in-link = sign in
email-recovery-codes-replaced-act-text = If this was not you, sign in, change your password and turn two-step sign-in off and on again:

## recovery_code_used: a recovery code was used to sign in.

email-recovery-code-used-subject = A recovery code was used
# $left: the recovery codes not used yet (0 to 9).
email-recovery-code-used-body = A recovery code was just used to sign in to your account, in place of a code from your authenticator app. { $left ->
        [0] No recovery code is left.
        [one] One recovery code is left.
       *[other] { $left } recovery codes are left.
    }
# $make_set: a link (to the settings), email-recovery-code-used-make-set-link.
email-recovery-code-used-renew = { $make_set } before they run out.
email-recovery-code-used-make-set-link = Make a new set in settings
email-recovery-code-used-renew-text = Make a new set in settings before they run out:
# After the sentence above ("there": in the settings).
email-recovery-code-used-not-you = If this was not you, change your password there at once.
