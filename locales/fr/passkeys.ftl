# Passkeys: their section of the settings page, and what adding, renaming,
# removing and signing in with one answer.

passkey-title = Clés d’accès
passkey-intro = Une clé d’accès vous connecte avec le verrouillage d’écran de votre appareil ou une clé de sécurité, au lieu de votre mot de passe.

passkey-new-name-label = Nom de la nouvelle clé d’accès
passkey-new-name-hint = Pour distinguer vos clés d’accès, par exemple « PC portable du travail ».
passkey-name-rule = Donnez-lui un nom de 60 caractères au plus.
passkey-add-password = Mot de passe actuel, pour l’ajouter
passkey-add = Ajouter une clé d’accès
passkey-needs-javascript = Pour ajouter une clé d’accès, il faut JavaScript et un navigateur qui prend en charge les clés d’accès.

passkey-none-yet = Aucune clé d’accès pour l’instant.
passkey-list-title = Vos clés d’accès
# After a passkey's name in the list, with a space before the dot. $added
# and $date are days (settings-date); $used is one of the two below.
passkey-listed = {" "}· ajoutée le { $added }, { $used }
passkey-never-used = jamais utilisée
passkey-last-used = utilisée pour la dernière fois le { $date }

# Above the list of the account's passkeys, on the rename and remove forms.
passkey-choice-label = Clé d’accès
passkey-rename-title = Renommer une clé d’accès
passkey-new-name = Nouveau nom
passkey-rename = Renommer
passkey-remove-title = Supprimer une clé d’accès
passkey-remove-password = Mot de passe actuel, pour la supprimer
passkey-remove = Supprimer

# $name is the passkey's name, as its owner typed it.
passkey-added = Clé d’accès « { $name } » ajoutée.
passkey-renamed = Renommée en « { $name } ».
passkey-removed = Clé d’accès « { $name } » supprimée.

passkey-not-checked = Cette clé d’accès n’a pas pu être vérifiée. Veuillez réessayer.
passkey-added-already = Cette clé d’accès est déjà ajoutée.
passkey-not-this-accounts = Cette clé d’accès n’appartient pas à ce compte.
passkey-too-late = Cela a pris trop de temps. Veuillez réessayer.
passkey-too-many = Trop de tentatives depuis votre réseau. Veuillez réessayer plus tard.
passkey-unavailable = Les clés d’accès ne sont pas disponibles sur ce site.
# One answer for every way signing in with a passkey fails.
passkey-not-accepted = Cette clé d’accès n’a pas été acceptée ici. Connectez-vous plutôt avec votre mot de passe.
