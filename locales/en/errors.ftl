# Error pages: what went wrong, in words, never its cause.

error-go-home = Go to the start page
error-unreadable-title = This request could not be read
error-unreadable-message = What the browser sent was incomplete or malformed. Go back, reload the page and try again.
error-not-found-title = Page not found
error-not-found-message = There is nothing at this address. It may have moved, or the link may be mistyped.
error-method-title = This action is not available here
error-method-message = This address does not accept that kind of request. Go back and use the page's own buttons.
error-too-large-title = Too much data
error-too-large-message = The form sent more data than this site accepts. Shorten what you entered and try again.
error-too-many-title = Too many attempts
error-too-many-message = Please wait a little before trying again.
error-busy-title = The server is busy
error-busy-message = Too many requests are being handled at once. Please try again in a moment.
error-failed-title = Something went wrong on our side
error-failed-message = The problem has been logged. Please try again in a moment.
error-cross-site-title = Request refused
error-cross-site-message = This form was sent from another site, so it was not accepted. Go to the page on this site and send it from there.
# A server function's answer to a call it cannot decode (read by the page's script).
error-unreadable-call = This request could not be read.
# Said by a server function when it fails or is too busy.
error-call-failed = Something went wrong on our side. Please try again.
error-call-busy = The server is busy. Please try again in a moment.
error-sign-in-again = Please sign in again.
# A server function called without the account it needs.
error-confirmed-account-first = Sign in with a confirmed account first.
