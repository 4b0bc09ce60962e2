# Help texts of the command line (`council --help`, `council CMD --help`).
# English is the doc comments of src/cli.rs and src/commands/*.rs, as clap reads them;
# `english_help_messages_are_the_doc_comments` keeps it so.

help-council = Mener des conseils éclair de quartier : un tirage au sort que chacun peut revérifier, une décision, des tâches, un procès-verbal public
help-council--log = Le journal du conseil (un dépôt git) ; par défaut : le journal autour du dossier courant
help-council--color = Quand colorer les messages : auto colore un terminal sauf si NO_COLOR est défini
help-council--quiet = N'afficher aucun message d'état, seulement les données et les erreurs
help-council--lang = La langue de la sortie du terminal : en, fr ou es ; par défaut : LC_ALL, LC_MESSAGES, LANG
help-council-init = Créer le journal public d'un conseil, ou adopter un dépôt git existant comme tel
help-council-init--dir = Où vit le journal ; par défaut : --log, sinon le dossier courant
help-council-init--template = Le modèle de council.toml de départ
help-council-init--list_templates = Lister les modèles, avec leurs réglages et leur usage, et ne rien créer
help-council-init--name = Le nom du conseil (aussi l'auteur git de ses commits) ; par défaut : celui du modèle
help-council-init--remote = Où le journal est publié (un dépôt vide sur une forge, un serveur ou une clé USB) : réglé comme `origin`, vers lequel pousse `council sync`. Un clone en a déjà un
help-council-init--language = La langue du procès-verbal et du README du journal : en, fr ou es
help-council-convene = Tenir un conseil pendant la réunion : une question à la fois, le temps restant dans chaque question
help-council-resume = Reprendre un conseil interrompu à sa première étape sans réponse, en montrant les réponses déjà données
help-council-abandon = Écarter le conseil en cours, après confirmation
help-council-abandon--yes = Ne pas demander de confirmation (pour les scripts)
help-council-run = Mener tout un conseil à partir d'un fichier de réponses, sans questions, et committer son procès-verbal
help-council-run--file = Le fichier de réponses (TOML) ; `-` lit l'entrée standard
help-council-run--example = Afficher un fichier de réponses complet pour démarrer (`council run --example > council.toml`)
help-council-run--dry_run = Afficher le procès-verbal au lieu de le committer
help-council-run--init = Créer d'abord le journal (comme `council init`) s'il n'y en a pas encore
help-council-run--json = Afficher {"{"}"id", "file", "commit", "already_recorded", "facilitator", "spokesperson", "outcome"{"}"} au lieu de l'id ; avec --dry-run, le bloc de données en JSON
help-council-correct = Publier une correction du procès-verbal d'un conseil : son propre registre committé, montré à côté
help-council-correct--id = Le conseil : son id, son numéro dans `council log` (`3`), ou assez de son id pour nommer un seul conseil (`bench`, ou `23` quand le journal compte moins de conseils)
help-council-correct--note = Ce qui était faux et ce qui est juste, en mots simples
help-council-correct--json = Afficher {"{"}"council", "file", "commit"{"}"} au lieu du chemin du fichier (docs/json.md)
help-council-draw = Tirer des noms au sort selon la RFC 3797, revérifiable par quiconque a le même vivier et les mêmes nombres
help-council-draw--pool = Un nom du vivier ; à répéter pour chaque personne
help-council-draw--pool_file = Un fichier avec un nom par ligne (les lignes vides sont ignorées)
help-council-draw--sources = Les nombres annoncés dans la salle, une source par option : --source "9319" --source "2 5 12 8 10"
help-council-draw--count = Combien tirer au sort
help-council-draw--json = Afficher {"{"}key, pool, selected, steps: [{"{"}i, pool, digest, position, selected{"}"}]{"}"} au lieu d'un tableau ; les positions y comptent à partir de 0, comme dans la RFC 3797 (docs/json.md)
help-council-verify = Revérifier les conseils consignés : clé, viviers, chaque étape du tirage, facilitation et porte-parole
help-council-verify--ids = Les conseils à vérifier : un id, un numéro de `council log` (`3`), ou assez d'un id pour nommer un seul conseil (`bench`, ou `23` quand le journal compte moins de conseils) ; par défaut : tous les conseils du journal
help-council-verify--json = Afficher [{"{"}"id", "file", "ok", "problems"{"}"}] au lieu de lignes
help-council-log = Lister les conseils du journal, du plus ancien au plus récent : date, id, problème, facilitation, résultat
help-council-log--json = Afficher un tableau JSON de {"{"}id, started, issue, facilitator, spokesperson, outcome, statement, file{"}"} (docs/json.md)
help-council-show = Afficher le procès-verbal d'un conseil, tel que committé, et toute correction publiée à côté ; avec --json, son bloc de données, avec un tableau `corrections` s'il y en a
help-council-show--id = Le conseil : son id, son numéro dans `council log` (`3`), ou assez de son id pour nommer un seul conseil (`bench`, ou `23` quand le journal compte moins de conseils)
help-council-show--json = Afficher le bloc de données en JSON
help-council-tasks = Lister chaque tâche de chaque conseil : responsables, échéance, état et cagnotte
help-council-tasks--open = Seulement les tâches encore ouvertes
help-council-tasks--done = Seulement les tâches faites
help-council-tasks--json = Afficher un tableau JSON de {"{"}id, council, what, who, due, status, overdue, note, jar{"}"}
help-council-report = Déposer un compte rendu sur une tâche d'un conseil précédent, committé sous reports/
help-council-report--task = L'id de la tâche, comme 2026-11-23-the-bench-is-broken#1 (`council tasks` les liste) ; le numéro du conseil dans `council log` et celui de la tâche (`3#1`) ; ou assez de l'id pour nommer une seule tâche en cours : `bench#1`, `2026-11-23-the-bench`
help-council-report--status = Où en est la tâche maintenant
help-council-report--note = Ce qui s'est passé, en une phrase
help-council-report--collected = L'argent versé dans la cagnotte de la tâche depuis le dernier compte rendu (comme 40 ou 12.50)
help-council-report--spent = L'argent dépensé de la cagnotte de la tâche depuis le dernier compte rendu
help-council-report--json = Afficher {"{"}"task", "status", "file", "commit"{"}"} au lieu du chemin du fichier
help-council-ledger = Montrer les conseils tenus, les décisions, les tâches, le registre de l'autonomie et les cagnottes
help-council-ledger--json = Afficher {"{"}"councils", "decisions", "tasks", "sovereignty", "won_without_permission", "jars"{"}"}
help-council-stats = Montrer combien de fois chaque personne a été présente, a facilité, a porté la parole et a soutenu, et si la rotation est égale
help-council-stats--json = Afficher {"{"}"councils", "people": [{"{"}name, attended, facilitated, spoke, supported{"}"}], "gini", "largest_share", "longest_run", "talk_time": [{"{"}id, started, gini{"}"}] (seulement quand un conseil a gardé sa discussion){"}"}
help-council-delegates = Lister le mandat écrit de chaque délégué·e, en cours ou révoqué
help-council-delegates--active = Seulement les mandats encore en cours
help-council-delegates--json = Afficher un tableau JSON de {"{"}council, name, to, mandate, status, recalled_by{"}"}
help-council-sync = Récupérer origin, intégrer ses conseils, pousser ; récupérer chaque pair de council.toml
help-council-sync--no_peers = Seulement origin ; ne pas récupérer les pairs
help-council-sync--json = Afficher {"{"}origin, integrated, head, pushed, peers: [{"{"}name, ref, commit, error{"}"}]{"}"}
help-council-federation = Lire à travers les quartiers : conseils, tâches, délégations et tirages du journal et de ses pairs
help-council-federation-log = Chaque conseil de chaque quartier, du plus ancien au plus récent dans chacun
help-council-federation-log--json = Afficher du JSON : une liste de lignes, chacune avec son `neighborhood`, `own` et `calls_itself`
help-council-federation-tasks = Chaque tâche, avec l'état que lui donnent les comptes rendus de son quartier
help-council-federation-tasks--open = Seulement les tâches encore ouvertes
help-council-federation-tasks--json = Afficher du JSON : une liste de lignes, chacune avec son `neighborhood`, `own` et `calls_itself`
help-council-federation-delegates = Le mandat de chaque délégué·e, en cours ou révoqué
help-council-federation-delegates--active = Seulement les mandats encore en cours
help-council-federation-delegates--json = Afficher du JSON : une liste de lignes, chacune avec son `neighborhood`, `own` et `calls_itself`
help-council-federation-verify = Revérifier les tirages de chaque quartier avec son propre historique et ses réglages ; sort avec 1 en cas d'échec
help-council-federation-verify--json = Afficher du JSON : une liste de lignes, chacune avec son `neighborhood`, `own` et `calls_itself`
help-council-completions = Afficher le script de complétion d'un shell, à sourcer ou installer
help-council-completions--shell = Le shell pour lequel compléter
help-council-completions--fixed = Un script qui complète les sous-commandes et les options sans lancer `council`
help-council-man = Afficher la page de manuel (roff), pour `man`

# Headings of --help

help-heading-global = Options globales

# Long help (`council CMD --help`) and its examples; English is the doc comments and `after_long_help`.

help-council-long-about =
    Mener des conseils éclair de quartier : un tirage au sort que chacun peut revérifier, une décision, des tâches, un procès-verbal public.

    Un conseil éclair prend en charge un problème local concret, tire au sort sa facilitation (RFC 3797), prend exactement une décision, distribue des tâches et se dissout. Son procès-verbal est un fichier texte committé dans un dépôt git : le journal public du conseil.

    Commencez un journal avec `council init`. À la réunion, `council convene` pose à la salle une question à la fois et journalise chaque réponse (`council resume` après un plantage). Pour les scripts, `council run FILE` mène tout un conseil à partir d'un fichier de réponses (`council run --example` en affiche un). Revérifiez chaque tirage avec `council verify`.

help-council-init-long-about =
    Créer le journal public d'un conseil, ou adopter un dépôt git existant comme tel.

    Lance `git init` quand DIR n'est pas encore un dépôt (un dépôt existant, comme le clone tout frais d'un journal vide, est adopté), écrit `council.toml` à partir d'un modèle où chaque réglage est explicite, un README.md généré, et committe les deux sous l'identité du conseil. Les modifications de l'utilisateur, indexées ou non, sont laissées telles quelles. Un dossier qui contient déjà un journal est refusé, et rien n'est écrasé.

    Modèles (`--list-templates` dit à quoi sert chacun) : "default" (consentement, 45 minutes), "assembly" (majorité qualifiée, 60), "block" (consentement, 30), "tenants" (consensus, 60, parts de parole conservées), "mutual-aid" (majorité, 40, discussion non conservée).

help-council-init-examples =
    Exemples :
      council init my-log                       un nouveau journal avec les réglages par défaut
      council init --remote URL my-log          et le publier vers URL avec `council sync`

help-council-convene-long-about =
    Tenir un conseil pendant la réunion : une question à la fois, le temps restant dans chaque question.

    Guide la salle à travers le problème, les présents, les comptes rendus des tâches ouvertes, le vivier (fixé et affiché avant que quiconque annonce des nombres), le tirage de la facilitation et du porte-parole, l'unique décision, les tâches, une délégation, l'autonomie gagnée et la clôture ; puis une relecture où chaque section peut être reprise, et le commit. Chaque réponse est aussitôt journalisée dans le dossier git, si bien qu'un plantage ou une batterie à plat ne perd rien : `council resume` continue. Fonctionne hors ligne. A besoin d'un terminal ; les scripts utilisent `council run FILE`.

help-council-convene-examples =
    Exemples :
      council --log my-log convene              tenir un conseil avec la salle
      council --log my-log resume               continuer après un plantage ou Ctrl-C
      council --log my-log abandon              renoncer (un tirage fait reste public)

help-council-abandon-long-about =
    Écarter le conseil en cours, après confirmation.

    Un conseil abandonné après que des nombres ont été annoncés pour son tirage laisse une trace publique sous abandoned/ (son vivier, les nombres et le tirage jusque-là), si bien que refaire un tirage jusqu'à ce qu'il convienne à quelqu'un se voit dans le journal. Avant cela, rien n'est écrit.

help-council-run-long-about =
    Mener tout un conseil à partir d'un fichier de réponses, sans questions, et committer son procès-verbal.

    Le fichier de réponses est du TOML selon le schéma des réponses (`council run --example` en affiche un complet) : le problème, les présents, les nombres annoncés pour le tirage, la décision, les tâches, les comptes rendus, une délégation, l'autonomie gagnée, la clôture. L'outil vérifie chaque règle, construit les viviers de la facilitation et du porte-parole à partir de l'historique du journal, tire au sort selon la RFC 3797, rédige le procès-verbal et le committe dans le journal, sans toucher à rien d'autre.

    Sans `draw.sources`, l'ordinateur tire les nombres et les consigne. Avec le bloc de données d'un procès-verbal, il reproduit ce fichier.

    En réunion, utilisez plutôt `council convene` : il pose à la salle une question à la fois.

help-council-run-examples =
    Exemples :
      council run --example > bench.toml        un fichier de réponses complet pour démarrer
      council --log my-log run bench.toml       le mener et committer le procès-verbal
      council run --dry-run bench.toml          afficher le procès-verbal, ne rien committer
      council run --init --log my-log bench.toml   créer d'abord le journal

help-council-correct-long-about =
    Publier une correction du procès-verbal d'un conseil : son propre registre committé, montré à côté.

    Un procès-verbal n'est jamais réécrit : le journal ne fait que s'allonger, et `council verify` échoue sur toute modification d'un fichier committé. Une erreur trouvée plus tard (un nom mal orthographié, une mauvaise date dans la déclaration) se répare par une correction, committée sous `corrections/`, que `council show`, le README du journal et `show --json` présentent avec le conseil.

help-council-draw-long-about =
    Tirer des noms au sort selon la RFC 3797, revérifiable par quiconque a le même vivier et les mêmes nombres.

    Le vivier garde l'ordre donné (numérotez la liste publiquement avant que les nombres soient annoncés) ; les viviers des conseils, eux, sont triés par nom. Chaque --source est une liste de nombres entiers annoncés dans la salle, comme --source "3 5 1 6". La clé est construite à partir des sources, et la sélection i (0, 1, 2...) prend MD5(i, clé, i) modulo ce qui reste du vivier.

help-council-verify-long-about =
    Revérifier les conseils consignés : clé, viviers, chaque étape du tirage, facilitation et porte-parole.

    Chaque conseil est recalculé à partir des réponses de son registre et du journal tel qu'il était au commit que nomme son `history`. Sort avec 1, en nommant le fichier et l'étape, quand quoi que ce soit diverge (par exemple une facilitation modifiée à la main), quand le corps d'un procès-verbal ne correspond plus à son registre, quand un commit a modifié le procès-verbal après son commit, et quand `history` n'est pas un commit antérieur à l'ajout du procès-verbal.

help-council-verify-examples =
    Exemples :
      council --log my-log verify               revérifier le tirage et le registre de chaque conseil
      council verify 2026-11-16-the-bench-is-broken   un seul conseil
      council verify --json | jq .              pour les scripts

help-council-tasks-long-about =
    Lister chaque tâche de chaque conseil : responsables, échéance, état et cagnotte.

    L'état d'une tâche vient de son dernier compte rendu, donné lors d'un conseil suivant (`[[report_backs]]`) ou déposé avec `council report`. Les tâches ouvertes dont l'échéance est passée sont marquées en retard.

help-council-report-long-about =
    Déposer un compte rendu sur une tâche d'un conseil précédent, committé sous reports/.

    L'état de la tâche devient celui rapporté (le dernier compte rendu l'emporte, qu'il soit déposé ici ou donné lors d'un conseil). L'argent collecté pour la cagnotte de la tâche ou dépensé depuis s'additionne dans `council ledger` ; une cagnotte est dépensée et remise à zéro une fois sa tâche faite, jamais accumulée.

help-council-report-examples =
    Exemples :
      council tasks --open                      trouver l'id de la tâche
      council report 2026-11-16-the-bench-is-broken#1 --status done --note "Réparé samedi"
      council report 2026-11-16-the-bench-is-broken#1 --status open --collected 20

help-council-ledger-long-about =
    Montrer les conseils tenus, les décisions, les tâches, le registre de l'autonomie et les cagnottes.

    Le registre de l'autonomie liste l'autonomie concrète que chaque conseil a gagnée, et quelle part a été obtenue sans demander la permission. Une cagnotte est signalée quand de l'argent reste après la fin de sa tâche (dépensez-le et remettez à zéro : les cagnottes ne s'accumulent jamais) ou quand on a collecté plus que l'objectif.

help-council-stats-long-about =
    Montrer combien de fois chaque personne a été présente, a facilité, a porté la parole et a soutenu, et si la rotation est égale.

    Le coefficient de Gini des tours de facilitation entre toutes les personnes présentes vaut 0 quand les tours sont parfaitement égaux et approche 1 quand une seule personne mène à chaque fois. La plus grande part et la plus longue série d'affilée montrent si un habitué devient « le facilitateur attitré ». Les conseils qui ont gardé leur prise de parole (`floor_record`) montrent le coefficient de Gini de leur temps de parole, conseil par conseil.

help-council-delegates-long-about =
    Lister le mandat écrit de chaque délégué·e, en cours ou révoqué.

    Un conseil suivant révoque un mandat avec `[delegate] recall = "<id du conseil>#delegate"`.

help-council-sync-long-about =
    Récupérer origin, intégrer ses conseils, pousser ; récupérer chaque pair de council.toml.

    Les conseils tenus sur deux ordinateurs se rejoignent ici : les nouveaux conseils d'origin sont fusionnés (jamais rebasés : chaque conseil garde le commit qui l'a ajouté, si bien que `council verify` passe des deux côtés), le README généré est réécrit à partir du journal fusionné, et le résultat est poussé. Rien n'est forcé. Quand origin est injoignable, le journal d'ici reste tel quel et la commande sort avec 1 : relancez-la plus tard.

    Chaque entrée `[[peers]]` (le journal public d'un autre quartier) est récupérée dans `refs/peers/<name>/head`, jamais dans la branche ou les fichiers du journal ; `council federation` les lit. Un pair qui ne peut pas être récupéré est signalé et ignoré. La récupération et la poussée passent par la ligne de commande git, si bien que les clés SSH, les agents et les gestionnaires d'identifiants fonctionnent comme pour `git` lui-même.

help-council-sync-examples =
    Exemples :
      council --log my-log sync                 récupérer origin, fusionner, pousser
      council init --remote git@example.org:street/log.git my-log   publier un nouveau journal

help-council-federation-long-about =
    Lire à travers les quartiers : conseils, tâches, délégations et tirages du journal et de ses pairs.

    Chaque entrée `[[peers]]` de council.toml est lue telle que `council sync` l'a récupérée en dernier (`refs/peers/<name>/head`), étiquetée avec son nom dans `[[peers]]` : le nom que son propre council.toml se donne n'est montré qu'à côté (« se nomme ... »), si bien qu'un pair ne peut pas faire passer ses conseils pour ceux du journal, dont les lignes sont marquées « (ce journal) ». Un pair jamais récupéré, ou dont les fichiers ne peuvent pas être lus, est signalé et ignoré.

# privacy
help-council-init--privacy = Ce que les procès-verbaux publics écrivent d'une personne : names (les noms tels que saisis), pseudonyms (un pseudonyme stable par personne, calculé avec un secret gardé sur cet ordinateur) ou cards (des cartes numérotées, aucun nom) ; par défaut : celui du modèle. L'historique git est pour toujours
help-council-show--real_names = Sous privacy = "pseudonyms", afficher les vrais noms que cet ordinateur connaît même en JSON ou dans un tube (dans un terminal, le texte les montre de toute façon). Ne collez jamais cela dans le journal
help-council-tasks--real_names = Sous privacy = "pseudonyms", afficher les vrais noms que cet ordinateur connaît même en JSON ou dans un tube (dans un terminal, le tableau les montre de toute façon)
help-council-secret = Déplacer le secret des pseudonymes d'un ordinateur à l'autre (privacy = "pseudonyms")
help-council-secret-long-about =
    Déplacer le secret des pseudonymes d'un ordinateur à l'autre (privacy = "pseudonyms").

    Sous privacy = "pseudonyms", chaque personne est écrite sous un pseudonyme calculé avec un secret gardé dans le dossier git de ce journal (`.git/council/secret`), jamais committé. Un second ordinateur qui réunit le même conseil a besoin du même secret pour écrire les mêmes pseudonymes pour les mêmes personnes. Qui détient le secret peut tester un nom deviné contre chaque pseudonyme du journal public : ne le confiez qu'à quelqu'un à qui le conseil confie qui est qui.
help-council-secret-examples =
    Exemples :
      council secret export /media/usb/council-secret     l'écrire sur une clé USB (lisible par vous seul·e)
      council secret import /media/usb/council-secret     sur le second ordinateur, dans son clone du journal
help-council-secret-export = Écrire le secret dans FICHIER (un nouveau fichier, lisible par vous seul·e), ou sur la sortie standard
help-council-secret-export--file = Le fichier à créer ; `-` ou rien : la sortie standard
help-council-secret-import = Lire le secret depuis FICHIER, ou `-` pour l'entrée standard, dans le dossier git de ce journal
help-council-secret-import--file = Le fichier qu'a écrit `council secret export` ; `-` lit l'entrée standard
help-council-secret-import--replace = Remplacer un autre secret que ce journal détient déjà (les pseudonymes qu'il a produits changent)
help-council-secret-new = Créer un nouveau secret, en connaissance de cause : les personnes déjà au journal reçoivent de nouveaux pseudonymes (comptées comme nouvelles)

# site, feed, notice
help-council-site = Écrire le journal en site web statique : conseils, tâches, cagnottes, délégué·es, rotation, flux
help-council-site-long-about =
    Écrire le journal en site web statique : conseils, tâches, cagnottes, délégué·es, rotation, flux.

    Du HTML simple avec une feuille de style intégrée et sans JavaScript : il se lit sur un téléphone, s'imprime, et marche depuis n'importe quel hébergement statique ou directement depuis le dossier (`file://`). Avec --branch, le site est committé sur cette branche du journal (son propre arbre, la pointe précédente de la branche comme parent) sans toucher la branche du journal, l'index ni l'arbre de travail, pour que les pages d'une forge puissent le servir ; `council sync` pousse ensuite cette branche aussi.
help-council-site--out = Le dossier où écrire le site ; par défaut : `site` dans le dossier courant, sauf avec --branch
help-council-site--branch = Committer le site sur cette branche du journal (par exemple `pages`)
help-council-feed = Afficher le flux Atom du journal : une entrée par conseil, du plus récent au plus ancien, avec sa décision et ses tâches
help-council-feed-long-about =
    Afficher le flux Atom du journal : une entrée par conseil, du plus récent au plus ancien, avec sa décision et ses tâches.

    Le même flux que `feed.xml` dans `council site`. Les identifiants d'entrée sont stables (`urn:flash-council:<le premier commit du journal>:<id du conseil>`) ; les liens sont absolus quand council.toml fixe `url`, l'adresse du site.
help-council-notice = Afficher l'affiche d'un conseil sur une page, pour le mur : le problème, la décision en gros, qui fait quoi et quand, les cagnottes, la date de révision, comment venir et comment revérifier le tirage
help-council-notice-long-about =
    Afficher l'affiche d'un conseil sur une page, pour le mur : le problème, la décision en gros, qui fait quoi et quand, les cagnottes, la date de révision, comment venir et comment revérifier le tirage.

    `--format html` donne une page à imprimer (A4 ou Letter), avec un code QR vers la page du conseil quand council.toml fixe `url`.
help-council-notice--id = Le conseil : son id, son numéro dans `council log` (`3`), ou assez de son id pour nommer un seul conseil (`bench`, ou `23` quand le journal compte moins de conseils)
help-council-notice--format = text, ou html pour imprimer
help-value-color-auto = Colorer quand la sortie est un terminal et que NO_COLOR n'est pas défini.
