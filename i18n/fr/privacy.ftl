# Modes de confidentialité : ce qu'en dit le terminal.

privacy-init-modes = Ce que les procès-verbaux publics écrivent d'une personne est `privacy` dans council.toml, et l'historique git est pour toujours : ce qui est commité reste dans chaque clone. « names » écrit les noms tels que saisis (prénoms ou surnoms conviennent). « pseudonyms » écrit un pseudonyme stable par personne, fait avec un secret gardé dans le dossier .git de ce journal, jamais commité ; la liste de qui est qui reste sur cet ordinateur. « cards » écrit les numéros des cartes distribuées dans la salle et aucun nom. Ne le changez qu'en commitant council.toml.
privacy-cards-rotation = Les cartes ne sont pas des personnes : les procès-verbaux n'écrivent que des numéros de carte. L'animation de la dernière fois et les tours des conseils précédents appartiennent à des numéros de carte, à personne ici ; la rotation entre conseils n'est donc équitable que si les cartes sont bien mélangées.
privacy-secret-warning = Ce secret change n'importe quel nom en son pseudonyme : qui le détient peut tester un nom deviné contre chaque pseudonyme du journal public. Ne le transmettez qu'à l'ordinateur d'une personne à qui le conseil confie la liste, par un canal sûr, et effacez la copie ensuite.
privacy-secret-exported = Le secret des pseudonymes est écrit dans { $file }.
privacy-secret-imported = Le secret des pseudonymes est importé : cet ordinateur écrit désormais les mêmes pseudonymes que celui d'où il vient.
privacy-secret-same = Ce journal détient déjà ce même secret : rien n'a changé.

# Écrit dans le README du journal sous privacy = "pseudonyms" ou "cards" (la langue du conseil).
readme-privacy-heading = Confidentialité
readme-privacy-pseudonyms = Ce journal écrit les personnes sous pseudonyme (privacy = "pseudonyms") : chaque personne garde un même pseudonyme dans tous les conseils, fait à partir de son nom avec un secret qui n'est pas dans ce dépôt. La rotation et `council verify` fonctionnent sur les pseudonymes.
readme-privacy-cards = Ce journal écrit des numéros de carte, pas des personnes (privacy = "cards") : les participant·es sont les cartes numérotées distribuées à chaque conseil. Les cartes ne sont pas des personnes : les tours et l'animation de la dernière fois ne se reportent pas ; chaque conseil tire au sort parmi ses cartes à neuf.
