# /factsheet dans Telegram : la fiche de l'année, pour les admins, dans leur conversation privée.

cmd-factsheet = /factsheet [année] – la fiche de l'année en image et en PDF (par défaut : l'année dernière)
menu-factsheet = Fiche de l'année

# $year (String) - l'année demandée
factsheet-preparing = 📊 La fiche de { $year } est en préparation. Elle arrive ici dans un instant, en image et en PDF.
factsheet-caption = 📊 Fiche { $year }, avec les chiffres exacts : pour l'équipe seulement, ne pas la partager.
factsheet-future-year = { $year } n'a pas encore commencé. Envoyez /factsheet et une année, par ex. /factsheet 2024.
factsheet-failed = ⚠️ La fiche de { $year } n'a pas pu être faite. Réessayez plus tard ; si cela échoue encore, prévenez la personne qui gère le bot.
# $typed (String) - ce qui a été tapé après la commande
factsheet-bad-year = « { $typed } » n'est pas une année. Envoyez /factsheet et une année, par ex. /factsheet 2024.
factsheet-private-only = 🔒 La fiche ne va jamais dans un groupe. Envoyez /factsheet ici, dans cette conversation.
