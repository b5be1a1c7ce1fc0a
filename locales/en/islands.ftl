# Said in the browser by the page's scripts, in words the server rendered.

# The wait before another confirmation link can be asked for, ticking down.
countdown-new-link = { $seconds ->
    [one] You can ask for another link in 1 second.
   *[other] You can ask for another link in { $seconds } seconds.
}

# A passkey ceremony that ended in the browser.
passkey-browser-no-answer = Something went wrong. Please try again.
passkey-browser-not-added = No passkey was added: the browser's dialog was closed or timed out.
passkey-browser-held-already = This device already holds a passkey for this account.
passkey-browser-not-used = No passkey was used: the browser's dialog was closed or timed out.
