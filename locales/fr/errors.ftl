# Error pages: what went wrong, in words, never its cause.

error-go-home = Aller à la page d’accueil
error-unreadable-title = Cette requête n’a pas pu être lue
error-unreadable-message = Ce que le navigateur a envoyé était incomplet ou mal formé. Revenez en arrière, rechargez la page et réessayez.
error-not-found-title = Page introuvable
error-not-found-message = Il n’y a rien à cette adresse. La page a peut-être été déplacée, ou le lien contient une faute de frappe.
error-method-title = Cette action n’est pas disponible ici
error-method-message = Cette adresse n’accepte pas ce type de requête. Revenez en arrière et utilisez les boutons de la page.
error-too-large-title = Trop de données
error-too-large-message = Le formulaire a envoyé plus de données que ce site n’en accepte. Raccourcissez votre saisie et réessayez.
error-too-many-title = Trop de tentatives
error-too-many-message = Veuillez patienter un peu avant de réessayer.
error-busy-title = Le serveur est surchargé
error-busy-message = Trop de requêtes sont traitées en même temps. Veuillez réessayer dans un instant.
error-failed-title = Une erreur s’est produite de notre côté
error-failed-message = Le problème a été enregistré. Veuillez réessayer dans un instant.
error-cross-site-title = Requête refusée
error-cross-site-message = Ce formulaire a été envoyé depuis un autre site, il n’a donc pas été accepté. Ouvrez la page sur ce site et envoyez-le depuis celle-ci.
# A server function's answer to a call it cannot decode (read by the page's script).
error-unreadable-call = Cette requête n’a pas pu être lue.
# Said by a server function when it fails or is too busy.
error-call-failed = Une erreur s’est produite de notre côté. Veuillez réessayer.
error-call-busy = Le serveur est surchargé. Veuillez réessayer dans un instant.
error-sign-in-again = Veuillez vous reconnecter.
# A server function called without the account it needs.
error-confirmed-account-first = Connectez-vous d’abord avec un compte confirmé.
