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

# Noter les personnes aux questions.
privacy-card-question = { $question } : son numéro de carte
privacy-card-invalid = un numéro de carte de 1 à { $max } : aucun nom n'est saisi sous privacy = "cards"
privacy-cards-how-many = Combien de cartes numérotées ont été distribuées (1 à N) ?
privacy-cards-count-invalid = un nombre de 2 à { $max } : un conseil tire une animation et un·e porte-parole
privacy-cards-listed = Les cartes 1 à { $n } sont inscrites.
privacy-known-here = { $name }, que cet ordinateur connaît
privacy-someone-new = { $name } : quelqu'un de nouveau (une nouvelle orthographe est une nouvelle personne)
privacy-did-you-mean = Vouliez-vous dire { $names } ?
privacy-tell-apart = { $problem }. Distinguez-les (ajoutez une initiale) et saisissez le nom à nouveau.
privacy-no-correction-cards = Les numéros de carte ne s'écrivent pas : rien à corriger ici.
privacy-no-correction-pseudonyms = Sous privacy = "pseudonyms", une orthographe corrigée donne un autre pseudonyme, que personne lisant le journal ne pourrait distinguer d'une autre personne mise à la place de celle tirée : les noms ne sont pas corrigés une fois le vivier fixé.
privacy-mend-later = Une erreur se répare après le conseil avec `council correct ID --note TEXTE`, ou, avant tout commit, en abandonnant ce conseil et en en convoquant un nouveau.

# Erreurs et notes.
privacy-collision = { $a } et { $b } ont le même pseudonyme { $pseudonym } : le journal ne pourrait pas les distinguer
privacy-not-a-card = { $name } n'est pas un numéro de carte : sous privacy = "cards", les personnes sont les numéros des cartes distribuées ("1", "2", ...), et aucun nom n'est écrit
privacy-named-in-text = le texte { $text } nomme { $name }, et les procès-verbaux publics le garderaient pour toujours : sous privacy = "pseudonyms", n'écrivez aucun vrai nom dans le texte libre (omettez-le, ou écrivez le pseudonyme qu'affiche `council show`)
privacy-mode-changed-begun = ce conseil a commencé sous privacy = "{ $then }", mais council.toml indique maintenant privacy = "{ $now }" : ses participant·es ont été noté·es pour l'autre mode
privacy-mode-changed-fixed = le vivier de ce conseil a été fixé sous privacy = "{ $then }", mais council.toml indique maintenant privacy = "{ $now }" : ses participant·es ont été noté·es pour l'autre mode
privacy-cannot-resume = { $problem } ; il ne peut être ni repris ni commité
privacy-mode-hint = `council abandon` l'écarte (en laissant une trace si son tirage a eu lieu), puis `council convene` à nouveau sous le mode en vigueur
privacy-abandon-names = ce conseil a commencé sous privacy = "names" et ses nombres ont été annoncés : sa trace publique écrirait les noms donnés, mais council.toml indique maintenant privacy = "{ $now }" ; rien n'a été écrit
privacy-abandon-names-hint = pour laisser la trace (elle rend visible un tirage refait), commitez privacy = "names" à nouveau, lancez `council abandon`, puis commitez le nouveau mode
privacy-answers-hint = corrigez les réponses et relancez ; rien n'a été écrit dans le journal
privacy-secret-made = secret des pseudonymes créé : { $path } ; il n'entre jamais dans git. Un autre ordinateur en a besoin pour écrire les mêmes pseudonymes (`council secret export`)
privacy-new-here = { $name } est nouveau ou nouvelle pour cet ordinateur ; vouliez-vous dire { $names } ? Une nouvelle orthographe est une nouvelle personne
privacy-text-names = le texte nomme { $name }, et le journal public le garderait pour toujours sous privacy = "pseudonyms"
privacy-text-names-hint = omettez le nom, ou écrivez son pseudonyme tel que `council show` l'affiche
privacy-secret-unused = council.toml indique privacy = "{ $mode }" : le secret ne sert que sous privacy = "pseudonyms"
privacy-secret-none = ce journal n'a pas encore de secret des pseudonymes ({ $path } n'existe pas)
privacy-secret-none-hint = il est créé par le premier conseil sous privacy = "pseudonyms" ; sur un second ordinateur, `council secret import FICHIER` apporte celui du premier
privacy-secret-exists = ce journal détient déjà un autre secret des pseudonymes ({ $path }) ; rien n'a changé
privacy-secret-exists-hint = les pseudonymes déjà écrits viennent de l'un des deux : gardez celui-là. Ne le remplacez que si les pseudonymes du journal viennent de celui importé : `council secret import --replace FICHIER` (exportez d'abord l'ancien pour le garder)
privacy-secret-invalid = { $origin } n'est pas un secret des pseudonymes : il ne contient pas 64 chiffres hexadécimaux après des lignes de commentaire `#`
privacy-secret-invalid-hint = donnez le fichier écrit par `council secret export` sur l'autre ordinateur
privacy-export-new-file = donnez le chemin d'un nouveau fichier ; un fichier existant n'est jamais écrasé

# Écrit dans les procès-verbaux sous privacy = "pseudonyms" ou "cards" (la langue du conseil).
minutes-privacy-pseudonyms = Les personnes sont écrites sous pseudonyme (privacy = "pseudonyms") : chaque personne garde un même pseudonyme dans tous les conseils, les tours comptés sont donc les siens.
minutes-privacy-cards = Les participant·es sont les cartes numérotées distribuées à ce conseil (privacy = "cards"). Les cartes ne sont pas des personnes : les tours et l'animation de la dernière fois ne se reportent pas, personne n'a donc été écarté·e pour cela.

# Texte libre nommant quelqu'un, secret absent ou ouvert, cartes dans stats.
privacy-issue-names = le problème nomme { $name }, et le journal public le garderait pour toujours sous privacy = "pseudonyms" : omettez le nom (dites ce qui se passe, pas qui)
privacy-withheld = (retiré : nommait quelqu'un)
privacy-trace-withheld = un texte libre de ce conseil nommait quelqu'un que cet ordinateur connaît : la trace publique porte « (retiré : nommait quelqu'un) » à sa place
privacy-secret-missing = ce journal contient déjà des pseudonymes, mais cet ordinateur n'a pas de secret de pseudonymes ({ $path }) : un nouveau donnerait de nouveaux pseudonymes aux mêmes personnes
privacy-secret-missing-hint = importez le secret de l'ordinateur qui les a faits : là-bas `council secret export FICHIER`, ici `council secret import FICHIER`. S'il est perdu pour de bon, `council secret new` en commence un nouveau en connaissance de cause (tout le monde compte alors comme nouveau)
privacy-secret-new-exists-hint = gardez-le : les pseudonymes de ce journal ont été faits avec lui. Pour prendre celui d'un autre ordinateur, `council secret import --replace FICHIER`
privacy-secret-open = le secret de pseudonymes { $path } est lisible par d'autres (mode { $mode }) : qui le lit peut tester n'importe quel nom contre les pseudonymes du journal
privacy-secret-open-hint = rendez-le lisible par vous seul·e : chmod 600 { $path }
stats-cards = { $n } { $n ->
        [one] conseil
       *[other] conseils
    }. Sous privacy = "cards" les numéros sont des cartes distribuées à chaque conseil, pas des personnes : les tours ne sont pas comptés d'un conseil à l'autre par carte, et la rotation n'est équitable qu'autant que le mélange des cartes.
privacy-secret-fingerprint = empreinte de ce secret : { $fingerprint } (des portables aux empreintes égales écrivent les mêmes pseudonymes)
