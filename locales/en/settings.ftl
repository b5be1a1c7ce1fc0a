# The settings page (/settings) and what its forms answer.

settings-title = Settings

settings-password-title = Password
settings-new-password = New password
settings-confirm-new-password = Confirm new password
settings-new-password-hint = At least 12 characters. Other browsers will be signed out.
settings-change-password = Change password
settings-password-changed = Your password was changed. Other browsers were signed out.
# Beside a current-password field, when it was wrong.
settings-wrong-password = That is not your current password.
settings-too-many-passwords = Too many wrong passwords. Please try again in a few minutes.

settings-email-title = Email address
settings-email-current = Your account uses { $email }.
settings-new-email = New email address
settings-email-password-hint = The new address takes effect when you open the link we send to it.
settings-change-email = Change email address
settings-email-already-yours = This is already your address.
settings-email-too-many = Too many changes of address asked for. Please try again in a while.
settings-email-link-sent = We sent a link to { $email }. Your address changes when you open it.

# The browsers signed in to the account, each named by what it calls
# itself ($browser, such as "Mozilla/5.0 (X11; Linux x86_64) …").
settings-sessions-title = Where you are signed in
settings-session-this-browser = { $browser } (this browser)
settings-only-browser = This is the only browser signed in.
# A button; $count is at least 1.
settings-sign-out-others = { $count ->
        [one] Sign out the other session
       *[other] Sign out the other { $count } sessions
    }
settings-signed-out-others = { $count ->
        [one] Signed out 1 other session.
       *[other] Signed out { $count } other sessions.
    }

# The language of the pages, and of the emails the account is sent.
settings-language-title = Language
settings-language-intro = The pages and emails of your account use this language.
settings-language-label = Language of your account
settings-language-save = Save language

# A day, such as "30 Nov 2026": when a passkey was added or last used.
settings-date = { $day } { $month } { $year }
settings-month-jan = Jan
settings-month-feb = Feb
settings-month-mar = Mar
settings-month-apr = Apr
settings-month-may = May
settings-month-jun = Jun
settings-month-jul = Jul
settings-month-aug = Aug
settings-month-sep = Sep
settings-month-oct = Oct
settings-month-nov = Nov
settings-month-dec = Dec
