# Le dossier : fermer et rouvrir un dossier, effacer un client.

cmd-close = /close alias – fermer le dossier d'un client (plus rien ne lui est envoyé)
cmd-reopen = /reopen alias – rouvrir un dossier fermé
cmd-erase = /erase alias – effacer un client et tout ce qui le concerne
menu-close = Fermer un dossier
menu-reopen = Rouvrir un dossier
menu-erase = Effacer un client

casefile-close-usage = Quel dossier ? Envoyez /close et l'alias du client, par ex. /close Youssef.
casefile-reopen-usage = Quel dossier ? Envoyez /reopen et l'alias du client.
casefile-erase-usage = Qui ? Envoyez /erase et l'alias du client.
# $typed (String) - what was typed after the command
casefile-not-found = Aucun de vos clients ne s'appelle « { $typed } ».
casefile-ambiguous = Plusieurs clients correspondent à « { $typed } ». Tapez l'alias complet.

# $alias (String) - the client's alias
casefile-close-ask = 📁 Fermer le dossier de { $alias } ? Plus rien ne lui sera envoyé ; ses messages vous parviennent toujours. Pourquoi ?
casefile-reason-returned = 🏠 Rentré
casefile-reason-moved = 🧭 Parti ailleurs
casefile-reason-care = 🏥 Suivi ailleurs
casefile-reason-unreachable = 📵 Plus joignable
casefile-reason-other = 📁 Autre raison
casefile-keep-open = ↩️ Garder ouvert
casefile-close-kept = Le dossier de { $alias } reste ouvert.
# $alias (String) - the client's alias; $reason (String) - why it was closed
casefile-closed = 📁 Le dossier de { $alias } est fermé ({ $reason }). Plus rien ne lui est envoyé. Un admin peut le rouvrir avec /reopen.
casefile-reopened = 📂 Le dossier de { $alias } est ouvert. Les messages peuvent repartir.

casefile-erase-ask = 🗑️ Effacer { $alias } et tout ce qui le concerne : messages, alertes, rendez-vous, suivis, contacts de rue ? C'est définitif.
casefile-erase-yes = 🗑️ Oui, effacer
casefile-erase-no = ↩️ Non, garder
casefile-erase-kept = Rien n'a été effacé.
casefile-erased = 🗑️ Effacé. Il ne reste que des nombres pour les chiffres annuels.
