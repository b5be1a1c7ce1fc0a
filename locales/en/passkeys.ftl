# Passkeys: their section of the settings page, and what adding, renaming,
# removing and signing in with one answer.

passkey-title = Passkeys
passkey-intro = A passkey signs you in with your device's screen lock or a security key, instead of your password.

passkey-new-name-label = Name of the new passkey
passkey-new-name-hint = To tell your passkeys apart, such as “Work laptop”.
passkey-name-rule = Give it a name, up to 60 characters.
passkey-add-password = Current password, to add it
passkey-add = Add a passkey
passkey-needs-javascript = Adding a passkey needs JavaScript and a browser that supports passkeys.

passkey-none-yet = No passkeys yet.
passkey-list-title = Your passkeys
# After a passkey's name in the list, with a space before the dot. $added
# and $date are days (settings-date); $used is one of the two below.
passkey-listed = {" "}· added { $added }, { $used }
passkey-never-used = never used
passkey-last-used = last used { $date }

# Above the list of the account's passkeys, on the rename and remove forms.
passkey-choice-label = Passkey
passkey-rename-title = Rename a passkey
passkey-new-name = New name
passkey-rename = Rename
passkey-remove-title = Remove a passkey
passkey-remove-password = Current password, to remove it
passkey-remove = Remove

# $name is the passkey's name, as its owner typed it.
passkey-added = Passkey “{ $name }” added.
passkey-renamed = Renamed to “{ $name }”.
passkey-removed = Passkey “{ $name }” removed.

passkey-not-checked = This passkey could not be checked. Please try again.
passkey-added-already = This passkey is added already.
passkey-not-this-accounts = That passkey is not one of this account's.
passkey-too-late = That took too long. Please try again.
passkey-too-many = Too many tries from your network. Please try again in a while.
passkey-unavailable = Passkeys are not available on this site.
# One answer for every way signing in with a passkey fails.
passkey-not-accepted = This passkey was not accepted here. Sign in with your password instead.
