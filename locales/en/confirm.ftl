# Confirming an account's email address: the page behind an emailed link
# (`/confirm`), and `/unconfirmed`, where a signed-in account waits for it.
# A `{ $email }` is shown in bold.

confirm-ready-title = Confirm your email address
confirm-ready-text = Confirm that { $email } is your address.
confirm-ready-submit = Confirm my address
confirm-confirmed-title = Address confirmed
confirm-confirmed-text = { $email } is confirmed. Thank you.
confirm-continue = Continue
# A confirmed change of address: the account now uses the new one.
confirm-changed-title = Address changed
confirm-changed-text = Your account now uses { $email }.
confirm-back-to-settings = Back to settings
# The new address was taken by another account in the meantime.
confirm-taken-title = This address cannot be used
confirm-taken-text = Another account uses this address now, so your account keeps its current one.
confirm-already-title = Already confirmed
confirm-already-text = This link has been used and the address is confirmed. Nothing more to do.
confirm-sign-in = Sign in
confirm-expired-title = This link has expired
confirm-expired-text = Confirmation links work for a limited time. We can send you a new one.
confirm-expired-resend = Send me a new link
# An expired link that would have changed the account's address.
confirm-expired-change-text = Links to change an address work for a limited time. Ask for the change again in settings.
confirm-go-to-settings = Go to settings
confirm-replaced-title = A newer link was sent
confirm-replaced-text = This link was replaced by a newer one. Use the link in the most recent email we sent you.
confirm-invalid-title = This link is not valid
confirm-invalid-text = The link may be incomplete: copy the whole link from the email, or sign in to get a new one.

# The link sent to the current address when a move to another one is asked for.
confirm-cancel-title = Keep your email address?
confirm-cancel-text = Someone signed in to your account asked to move it to another address. Cancel that, and your account keeps this one.
confirm-cancel-submit = Cancel the change
confirm-cancel-not-you = If it was not you, change your password too: someone else knows it.
confirm-cancelled-title = Change cancelled
confirm-cancelled-text = Your account keeps its current address. The link sent to the other address no longer works.
# { $link } is a link whose text is confirm-cancelled-new-password.
confirm-cancelled-not-you = If you did not ask for the change, { $link }.
confirm-cancelled-new-password = choose a new password

confirm-too-many-title = Too many attempts
confirm-too-many-text = Too many links were tried from your network. Please wait a little before trying again.

# `/unconfirmed`: the tab's title, then the page's heading.
confirm-unconfirmed-title = Confirm your email
confirm-unconfirmed-heading = Confirm your email address
confirm-unconfirmed-sent-to = We sent a link to { $email }. Open it to finish setting up your account.
confirm-code-label = Or enter the code from the email
confirm-code-hint = For an email read on another device: 8 characters, like ABCD-1234.
confirm-code-submit = Confirm
confirm-resend = Send a new link
# Shown when the wait before another link is over.
confirm-resend-ready = You can ask for a new link now.
confirm-fix-summary = Wrong address? Change it
confirm-fix-label = Correct email address
confirm-fix-submit = Use this address

# What the forms on `/unconfirmed` answer. "Send a new link below" names
# the button confirm-resend.
confirm-code-too-many = Too many codes tried from this network. Please try again in a while.
confirm-code-malformed = Enter the 8 characters from the email, like ABCD-1234.
# A wrong code, and how many more times one may be tried.
confirm-code-wrong = { $tries ->
    [0] That code is not right, and it cannot be tried again. Send a new link below.
    [one] That code is not right. You can try once more.
   *[other] That code is not right. You can try { $tries } more times.
}
confirm-code-dead = This code no longer works: it was replaced, expired or tried too often. Send a new link below and use the code in it.
confirm-code-address-taken = Another account uses that address now. Please change yours below.
confirm-fix-too-many = Too many addresses tried for now. Please try again in a while.
confirm-new-link-sent = We sent a new link to { $email }.
confirm-resend-too-many = Too many requests from your network. Please try again in a few minutes.
confirm-resend-hourly-limit = This account has been sent several emails in the last hour. Please try again later.
confirm-resend-wait = { $seconds ->
    [one] A link was sent a moment ago. You can ask for another in 1 second.
   *[other] A link was sent a moment ago. You can ask for another in { $seconds } seconds.
}
# After "Send me a new link" on an expired link's page, whatever the account.
confirm-inbox-title = Check your inbox
confirm-inbox-text = If this address still needs confirming, a new link is on its way.
