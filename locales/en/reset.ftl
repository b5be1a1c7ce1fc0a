# Resetting a forgotten password: asking for a link (`/forgot`), the page
# that takes the code from the email, and choosing the new password
# through the link. A `{ $email }` is shown in bold.

reset-forgot-title = Forgot your password?
reset-forgot-intro = Enter the address of your account and we will send you a link to choose a new password.
reset-forgot-submit = Send me a link
reset-back-to-sign-in = Back to sign in

# The same page whether or not an account has the address. Its title is
# also named in the reset email ("Or enter this code on the … page").
reset-code-title = Check your inbox
reset-sent-to = If an account uses { $email }, we sent it a link to choose a new password, and a code.
reset-sent = If an account uses the address you gave, we sent it a link to choose a new password, and a code.
reset-code-intro = Open the link, or, if it opens on another device, enter the code here. Both work for a short time, once.
reset-code-label = Code from the email
reset-code-hint = 8 characters, like ABCD-1234.
reset-code-submit = Continue
# { $link } is a link back to `/forgot` whose text is reset-ask-again.
reset-nothing-arrived = Nothing arrived? Check your spam folder, or { $link } in a minute.
reset-ask-again = ask again
reset-code-too-many = Too many codes tried from this network. Please try again in a while.
reset-code-malformed = Enter the 8 characters from the email, like ABCD-1234.
reset-code-wrong = That code is not right, or it no longer works. Check the newest email from us, or ask for a new link.

# The page behind the emailed link.
reset-form-title = Choose a new password
reset-new-password = New password
reset-confirm-new-password = Confirm new password
reset-submit = Change my password
reset-expired-title = This link has expired
reset-expired-text = Reset links work for a short time. Ask for a new one.
reset-used-title = This link has been used
reset-used-text = Each reset link works once. If you still need a new password, ask for a new link.
reset-replaced-title = A newer link was sent
reset-replaced-text = This link was replaced by a newer one, or your password has changed since. Use the most recent email, or ask again.
reset-too-many-title = Too many attempts
reset-too-many-text = Too many links were tried from your network. Please wait a little before trying again.
reset-invalid-title = This link is not valid
reset-invalid-text = The link may be incomplete: copy the whole link from the email, or ask for a new one.
reset-new-link = Send me a new link
