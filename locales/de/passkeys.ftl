# Passkeys: their section of the settings page, and what adding, renaming,
# removing and signing in with one answer.

passkey-title = Passkeys
passkey-intro = Ein Passkey meldet Sie mit der Bildschirmsperre Ihres Geräts oder einem Sicherheitsschlüssel an, statt mit Ihrem Passwort.

passkey-new-name-label = Name des neuen Passkeys
passkey-new-name-hint = Damit Sie Ihre Passkeys unterscheiden können, etwa „Arbeitslaptop“.
passkey-name-rule = Geben Sie ihm einen Namen mit bis zu 60 Zeichen.
passkey-add-password = Aktuelles Passwort, zum Hinzufügen
passkey-add = Passkey hinzufügen
passkey-needs-javascript = Zum Hinzufügen eines Passkeys brauchen Sie JavaScript und einen Browser, der Passkeys unterstützt.

passkey-none-yet = Noch keine Passkeys.
passkey-list-title = Ihre Passkeys
# After a passkey's name in the list, with a space before the dot. $added
# and $date are days (settings-date); $used is one of the two below.
passkey-listed = {" "}· hinzugefügt am { $added }, { $used }
passkey-never-used = nie verwendet
passkey-last-used = zuletzt verwendet am { $date }

# Above the list of the account's passkeys, on the rename and remove forms.
passkey-choice-label = Passkey
passkey-rename-title = Passkey umbenennen
passkey-new-name = Neuer Name
passkey-rename = Umbenennen
passkey-remove-title = Passkey entfernen
passkey-remove-password = Aktuelles Passwort, zum Entfernen
passkey-remove = Entfernen

# $name is the passkey's name, as its owner typed it.
passkey-added = Passkey „{ $name }“ hinzugefügt.
passkey-renamed = Umbenannt in „{ $name }“.
passkey-removed = Passkey „{ $name }“ entfernt.

passkey-not-checked = Dieser Passkey konnte nicht geprüft werden. Bitte versuchen Sie es erneut.
passkey-added-already = Dieser Passkey ist bereits hinzugefügt.
passkey-not-this-accounts = Dieser Passkey gehört nicht zu diesem Konto.
passkey-too-late = Das hat zu lange gedauert. Bitte versuchen Sie es erneut.
passkey-too-many = Zu viele Versuche aus Ihrem Netzwerk. Bitte versuchen Sie es später erneut.
passkey-unavailable = Passkeys sind auf dieser Website nicht verfügbar.
# One answer for every way signing in with a passkey fails.
passkey-not-accepted = Dieser Passkey wurde hier nicht akzeptiert. Melden Sie sich stattdessen mit Ihrem Passwort an.
