# What the terminal says: prompts of `council convene`, the floor, command output.
# In the user's language (--lang, LC_ALL, LC_MESSAGES, LANG); English is the source.


## convene: the steps

convene-edit-issue = Le problème concret
convene-place = Où vous réunissez-vous ? (Entrée pour passer)
convene-timebox = Durée prévue, en minutes
convene-timebox-range = donnez un nombre de minutes entre 1 et 1440
convene-before-start = Avant de commencer (affiché ici, jamais écrit au procès-verbal) :
convene-legal = Soutien juridique : { $legal }
convene-no-legal = Aucune ligne de soutien juridique n'est indiquée.
convene-care = Équipe de soin : { $care }
convene-no-care = Aucune équipe de soin n'est indiquée.
convene-set-protocol = Pour les indiquer, écrivez { $missing } sous [protocol] dans council.toml et committez-le (la décision d'un prochain conseil).
convene-and = et
convene-who-is-here = Qui est là ?
convene-already-listed = Déjà sur la liste : { $names }.
convene-regulars-more =  Les { $n } vus le plus récemment sont listés ; tapez une partie de tout autre nom plus bas.
convene-regulars = Les personnes que le journal connaît, les plus récemment vues d'abord.{ $more }
convene-regulars-question = Lesquelles sont là ? Plusieurs à la fois
convene-type-names = Tapez chaque autre nom puis Entrée (une partie d'un nom connu du journal le retrouve) ; une ligne vide quand tout le monde est sur la liste.
convene-name = Nom (Entrée quand tout le monde est sur la liste)
convene-two-people = Un conseil tire au sort un facilitateur et un porte-parole : inscrivez au moins deux personnes.
convene-none-of-these = aucune de celles-ci : { $name } est quelqu'un de nouveau
convene-which-of-them = Lesquelles ? Plusieurs à la fois
convene-known = { $name }, que le journal connaît
convene-someone-new = { $name } : quelqu'un de nouveau (une nouvelle orthographe est une nouvelle personne)
convene-did-you-mean = Vouliez-vous dire { $names } ?
convene-or = ou
convene-welcome = Bienvenue, { $name } : votre premier conseil ici.
convene-late = { $name } est arrivé·e après que le vivier a été fixé : dans aucun tirage, mais peut prendre des tâches, voter et être délégué·e.
convene-who-arrived = Qui est arrivé ? (Entrée pour terminer)
convene-no-misspelling = aucun : laisser les noms tels quels
convene-misspelled = Quel nom est mal orthographié ?
convene-right-name = Le bon nom pour { $name } (Entrée tel quel pour le laisser)
convene-same-name = c'est le même nom : tapez une autre orthographe
convene-left-as-is = { $name } reste tel quel.
convene-not-corrected = Non corrigé : { $problem }
convene-corrected = { $old } est désormais { $right } au procès-verbal ; le tirage est consigné tel qu'il a été tiré, avec la correction à côté.
convene-add-late = + quelqu'un arrivé en retard (l'ajouter)
convene-opt-out-facilitator = Qui préfère ne pas être tiré au sort pour faciliter aujourd'hui ?
convene-opt-out-spokesperson = Qui préfère ne pas être tiré au sort pour parler au nom du conseil aujourd'hui ?
convene-open-tasks = D'abord, { $n ->
        [one] la tâche ouverte
       *[other] les { $n } tâches ouvertes
    } des conseils précédents.
convene-status-open = toujours ouverte
convene-status-done = faite
convene-status-dropped = abandonnée
convene-due = , échéance { $date }
convene-where-stands = Où en est-elle ?
convene-note = Une note (Entrée pour passer)
convene-jar = Sa cagnotte : { $collected } sur { $target } { $currency } collectés, { $spent } dépensés.
convene-collected = Argent collecté depuis (Entrée pour aucun)
convene-spent = Argent dépensé depuis (Entrée pour aucun)
convene-repeat-facilitated = { $name } a facilité le dernier conseil : { $name } accepte-t-il·elle d'être tiré·e au sort de nouveau aujourd'hui ?
convene-repeat-spoke = { $name } a été porte-parole du dernier conseil : { $name } accepte-t-il·elle d'être tiré·e au sort de nouveau aujourd'hui ?
convene-pool = Le facilitateur est tiré au sort parmi : { $names }.
convene-left-out = { $name } n'est pas dans le tirage : { $why }.
convene-nobody-drawn = Personne ne peut être tiré au sort. Ajoutez une personne présente, ou demandez au dernier facilitateur de se représenter.
convene-before-numbers = Avant qu'aucun nombre ne soit annoncé : { $problems }. Abandonnez ce conseil avec `council abandon` (aucun nombre n'a été annoncé, donc rien n'est écrit) et convoquez-en un nouveau.
convene-lot-incomplete = Le tirage n'a pas pu être mené à bien : { $problems }.
convene-spokesperson-after = Le porte-parole est tiré ensuite de la même façon, sans le facilitateur.
convene-pool-fixed = Ce vivier est désormais fixé.
convene-call-numbers = Demandez maintenant à la salle d'annoncer des nombres : quelques nombres chacun, de n'importe qui.
convene-call-numbers-how = Tapez les nombres de chaque personne puis Entrée ; une ligne vide pour finir. Tapez « roll » pour laisser l'ordinateur les tirer à la place.
convene-numbers = Nombres annoncés
convene-rolled = L'ordinateur a tiré : { $numbers }
convene-already-called = Des nombres ont déjà été annoncés : continuez, ou appuyez sur Entrée pour tirer au sort.
convene-one-number = Il faut au moins un nombre (ou tapez « roll »).
convene-draw-hint = le journal est conservé ; `council abandon` écarte ce conseil et laisse une trace publique de son tirage
convene-key = Clé : { $key }
convene-selection = Sélection { $i } : position { $position } sur { $of } dans [{ $pool }] -> { $name }
convene-accept-facilitator = { $name } accepte-t-il·elle d'être facilitateur·rice ?
convene-accept-spokesperson = { $name } accepte-t-il·elle d'être porte-parole ?
convene-accept-support = { $name } accepte-t-il·elle d'être en soutien ?
convene-is-facilitator = { $name } est facilitateur·rice.
convene-is-spokesperson = { $name } est porte-parole.
convene-is-support = { $name } est en soutien.
convene-support-selection = Sélection { $i } (soutien) : position { $position } sur { $of } dans [{ $pool }] -> { $name } soutient { $facilitator }.
convene-elsewhere = { $name } n'a pas facilité dans ce journal : { $name } a-t-il·elle déjà facilité ailleurs ?
convene-without-support = { $name } facilite sans soutien ; le procès-verbal indique une expérience de facilitation ailleurs.
convene-facilitated-here = { $name } (a facilité { $n } { $n ->
        [one] fois
       *[other] fois
    } ici)
convene-facilitated-elsewhere = { $name } (a facilité ailleurs)
convene-support-by-lot = Tirer le soutien au sort parmi eux
convene-not-facilitated = { $name } (n'a pas facilité)
convene-nobody-supports = Personne de présent ne peut soutenir : le facilitateur s'en passe.
convene-who-supports = { $name } n'a jamais facilité : qui le·la soutient ?
convene-support-later = Le soutien est tiré au sort avec l'étape suivante de la clé, une fois le porte-parole tiré.
convene-proposal-time-up = La proposition (Entrée s'il n'y en a pas : le conseil se termine sans décision)
convene-proposal-floor = Quelle est la proposition ? (/floor revient à la prise de parole)
convene-proposal = Quelle est la proposition ?
convene-decided-by = Décidé par
convene-stand-aside = Qui se tient à l'écart ?
convene-blocks = Qui bloque ?
convene-arrived-to-vote = Quelqu'un est-il arrivé depuis que le vivier a été fixé (pour voter) ?
convene-votes-for = Voix pour
convene-votes-against = Voix contre
convene-abstentions = Abstentions
convene-whole-number = un nombre entier
convene-wording = La formulation finale de la proposition (Entrée la garde ; modifiez-la si elle a été amendée)
convene-outcome = Résultat
convene-statement-required = La déclaration de résultat, dans les mots du conseil
convene-statement = La déclaration de résultat (Entrée pour passer)
convene-review = La revoir lors d'un conseil à partir du (AAAA-MM-JJ, Entrée pour passer)
convene-resolved = { $text } (levée)
convene-unresolved = { $text } (non levée)
convene-objections-so-far = Objections consignées jusqu'ici : { $list }.
convene-clear-objections = Les effacer et consigner de nouveau les objections ?
convene-objection = Une objection soulevée (Entrée quand il n'en reste plus)
convene-concern = Une réserve soulevée et levée (Entrée quand il n'en reste plus)
convene-was-resolved = A-t-elle été levée ?
convene-resolved-choice = levée (la proposition peut être amendée)
convene-unresolved-choice = toujours pas levée
convene-hand-out-task = Confier une tâche ?
convene-another-task = Une autre tâche ?
convene-task-what = Que faut-il faire ?
convene-volunteers = Qui se porte volontaire ?
convene-one-volunteer = Une tâche a besoin d'au moins une personne volontaire.
convene-task-due = Échéance (AAAA-MM-JJ, Entrée pour aucune)
convene-jar-target = Une cagnotte pour elle : montant visé (Entrée pour aucune)
convene-currency = Monnaie
convene-task-jar =  ; cagnotte de { $target } { $currency }
convene-task-item = Tâche { $n } : { $what } ({ $who }{ $jar })
convene-add-task = Ajouter une tâche
convene-done-tasks = Fini avec les tâches
convene-which-task = Quelle tâche ? (la modifier ou la retirer)
convene-task-n = Tâche { $n }
convene-change-it = La modifier
convene-remove-it = La retirer
convene-keep-it = La garder telle quelle
convene-keep-mandates = Garder tous les mandats
convene-recall = Révoquer { $council } ({ $name } auprès de { $to })
convene-recall-question = Révoquer un mandat en cours ?
convene-send-delegate = Envoyer un·e délégué·e révocable avec un mandat écrit ?
convene-who-goes = Qui y va ?
convene-where-to = Où ?
convene-mandate = Le mandat écrit
convene-gained = Que peut désormais faire le quartier par lui-même ? (Entrée pour passer)
convene-without-permission = Est-ce obtenu sans demander la permission à personne ?
convene-another-ritual = un autre rituel
convene-no-ritual = aucun
convene-closing-ritual = Le rituel de clôture
convene-which-ritual = Quel rituel ?
convene-check-out = Mots de clôture, séparés par des virgules (Entrée pour passer)
convene-not-empty = ceci ne peut pas être vide
convene-too-long = ceci fait { $n } caractères : { $max } au plus sont permis

## convene: starting, resuming, reviewing, committing

convene-committing = Le procès-verbal est en cours de commit ; cela prend un instant.
convene-opening = Un conseil éclair de { $name }. Un problème, une décision, puis nous nous dissolvons.
convene-issue = Quel est le problème concret que ce conseil prend en charge ?
convene-issue-empty = nommez le problème en quelques mots
convene-issue-long = nommez le problème en quelques mots : { $max } caractères au plus
convene-already-committed = Ce conseil avait déjà été committé sous { $id } avant d'être interrompu ; son journal de saisie est supprimé. Le conseil s'est dissous.
convene-time-up = Le temps est écoulé : le conseil passe à la décision et se dissout.
convene-resuming = Reprise du conseil sur : { $issue }
convene-recap-place = lieu : { $place }
convene-recap-timebox = durée prévue : { $minutes } minutes
convene-recap-late =  (arrivé·e en retard, hors tirage)
convene-recap-out =  (hors tirage)
convene-recap-out-facilitator =  (hors tirage du facilitateur)
convene-recap-out-spokesperson =  (hors tirage du porte-parole)
convene-recap-present = présents : { $names }
convene-recap-numbers = nombres annoncés : { $numbers }
convene-recap-facilitator = facilitation : { $name }
convene-recap-spokesperson = porte-parole : { $name }
convene-recap-floor = parole : { $waiting } en attente, temps de parole { $held }
convene-recap-none-yet = aucun pour l'instant
convene-recap-proposal = proposition : { $proposal }
convene-recap-decision = décision : { $outcome }
convene-recap-tasks = tâches : { $n }
convene-cannot-commit-yet = Ces réponses ne peuvent pas encore être committées : { $problems }
convene-review-commit = Committer le procès-verbal et se dissoudre
convene-review-place = Modifier le problème et le lieu
convene-review-reports = Modifier les comptes rendus
convene-review-decision = Modifier la décision
convene-review-tasks = Modifier les tâches et cagnottes
convene-review-delegate = Modifier la délégation
convene-review-autonomy = Modifier l'autonomie gagnée
convene-review-closing = Modifier la clôture
convene-review-name = Corriger un nom mal orthographié
convene-review-late = Ajouter quelqu'un arrivé en retard
convene-review-lot-fixed = Le tirage est fixé une fois fait : un nom mal orthographié est corrigé à côté, une arrivée tardive le rejoint en dehors ; pour refaire le tirage, abandonnez ce conseil (`council abandon` laisse une trace publique).
convene-review-minutes = Relisez le procès-verbal ci-dessus
convene-reenter-first = Reprenez d'abord la section nommée ci-dessus.
convene-dissolved = Le conseil s'est dissous. Rien n'est reporté : le prochain conseil sera convoqué de zéro.

## convene: prompts and time notices

convene-interrupted-before = Interrompu avant la première réponse : rien n'a été écrit.
convene-interrupted = Interrompu. Chaque réponse donnée jusqu'ici est conservée dans le journal de saisie : continuez avec `council resume`, ou écartez-le avec `council abandon`.
convene-notice-time-up = *** Le temps est écoulé : la durée prévue est dépassée. Passez à la décision et concluez. ***
convene-notice-left = *** Il reste { $n } minutes sur la durée prévue. ***
convene-label-time-up = [temps écoulé] { $question }
convene-label-left = [{ $n } min restantes] { $question }
convene-answer-too-long = c'est trop long : { $max } caractères au plus
convene-multi = { $question } (Espace coche, Entrée valide)
convene-read-failed = impossible de lire une réponse depuis le terminal

## convene: the floor

floor-typing-add = Ajouter à la pile
floor-typing-point = Point de procédure (passe en premier)
floor-typing-remove = Retirer de la pile
floor-keys = 1-9/a ajouter  n suivant  p pause  r retirer  o point  i protocole  ? aide  d décision
floor-help-add = ajouter quelqu'un à la pile : son numéro, ou une partie de son nom, puis Entrée
floor-help-next = suivant : la première personne de la pile prend la parole (celle qui parlait s'arrête)
floor-help-pause = met en pause le chrono de la personne qui parle ; p à nouveau lui rend la parole
floor-help-remove = retirer quelqu'un de la pile
floor-help-point = un point de procédure : passe devant tout le monde sur la pile
floor-help-protocol = affiche les rappels de protocole de council.toml
floor-help-help = cette aide ; Échap la ferme
floor-help-decision = quitter la prise de parole pour la décision (la question de la proposition accepte /floor pour revenir)
floor-help-journaled = Chaque touche est journalisée avec son heure : un plantage ne perd rien ; `council resume` revient ici.
floor-help-minutes = Le temps de parole est pour les yeux de la salle ; seul ce que demande floor_record va au procès-verbal.
floor-time-up = TEMPS ÉCOULÉ +{ $over }
floor-left-5 = { $left } restantes : 5 dernières min
floor-left-10 = { $left } restantes : 10 dernières min
floor-left = { $left } restantes
floor-nobody-speaking = personne ne parle
floor-waiting = { $n } en attente
floor-enlarge = agrandissez la fenêtre
floor-title = La parole : { $issue }
floor-speaking = Parle : { $name }  { $turn } ce tour-ci, { $all } en tout
floor-paused = En pause : { $name } (p lui rend la parole)
floor-speaking-nobody = Parle : personne (n donne la parole à la première personne de la pile)
floor-share = { $name } { $share } % (une part égale est de { $equal } %)
floor-uneven = La parole est inégale : { $cue }. Quelqu'un qu'on n'a pas encore entendu ?
floor-keys-title = Touches (Échap ferme)
floor-no-protocol = council.toml n'a pas de rappels [protocol].
floor-protocol-title = Rappels de protocole (Échap ferme)
floor-typing = { $what } : numéro ou partie d'un nom : { $text }_  (Entrée, Échap)
floor-stack-title = Pile ({ $rule })
floor-nobody-waiting = personne en attente
floor-present-title = Présents : temps de parole
floor-type-something = tapez un numéro ou une partie d'un nom
floor-no-number = personne n'a le numéro { $n }
floor-no-match = aucune personne présente ne correspond à « { $typed } »
floor-ambiguous = « { $typed } » pourrait être { $names } : tapez-en plus, ou le numéro
floor-replay = la prise de parole du journal de saisie ne peut pas être rejouée : { $problem }
floor-replay-hint = le journal de saisie a été modifié à la main ; abandonnez ce conseil avec `council abandon` et convoquez-en un nouveau
floor-on-stack = { $name } est sur la pile.
floor-point = { $name } a un point de procédure : en premier.
floor-off-stack = { $name } est retiré·e de la pile.
floor-has-floor = { $name } a la parole.
floor-nobody-on-stack = Personne n'attend sur la pile.
floor-clock-paused = Le chrono de { $name } est en pause.
floor-has-floor-again = { $name } a de nouveau la parole.
floor-nobody-is-speaking = Personne ne parle.
floor-keys-message = Touches : { $keys }

## Status verbs (right-aligned, at most 12 characters)

verb-committed = Enregistré
verb-recorded = Consigné
verb-rolled = Tiré
verb-verified = Vérifié
verb-origin = Origine
verb-adopting = Adoption
verb-created = Créé
verb-started = Commencé

## council run

run-data-block = un bloc de données est reproduit et comparé, jamais committé : c'est le registre d'un conseil déjà tiré au sort
run-dry-init = une simulation ne crée aucun journal : le conseil est calculé comme le premier d'un nouveau journal aux réglages par défaut
init-origin-log = { $path } : le journal de la branche { $branch } d'origin (ce clone n'avait aucun commit à lui)
err-init-origin-log = { $path } est un clone sans commit sur sa branche, et origin contient un journal de conseils sur { $branch } : init commencerait un second journal sans lien
err-init-origin-log-hint = prenez le journal d'origin avec `git -C { $path } switch { $branch }` (mettez d'abord de côté les fichiers du dossier) ; rien n'a été écrit
run-recorded = déjà : ce conseil (même problème, même début, mêmes présents) est { $path } dans le journal ; aucun second tirage n'est fait
run-committed = { $path } ({ $commit }) : facilitation { $facilitator }, porte-parole { $spokesperson }, décision { $outcome }
run-rolled = personne n'a annoncé de nombres, l'ordinateur a donc tiré : { $numbers }

## council init

init-origin = réglée sur { $url }
init-publish = Publier : `council --log { $at } sync` pousse le journal vers { $url } ; avec push = true dans council.toml, chaque conseil est poussé dès qu'il est committé.
init-next-convene = Ensuite : à la réunion, `council --log { $at } convene` pose à la salle une question à la fois.
init-next-run = Pour les scripts, `council --log { $at } run FILE` mène tout un conseil à partir d'un fichier de réponses
init-next-example = (`council run --example` en affiche un complet).
init-adopting-git-dir = le dépôt git que nomme GIT_DIR, dans { $path }
init-adopting = le dépôt git de { $path }
init-created = un dépôt git dans { $path }
init-started = le journal de { $name } dans { $path } ({ $commit })

## council verify

verify-none = Aucun conseil dans le journal pour l'instant.
verify-verified = { $n } { $n ->
        [one] conseil
       *[other] conseils
    } : chaque tirage se vérifie, et le journal est tel qu'il a été écrit
verify-failed = { $n } { $n ->
        [one] fichier ne concorde pas avec son recalcul
       *[other] fichiers ne concordent pas avec leur recalcul
    } ou avec l'historique du journal

## council log, tasks, stats

log-none = Aucun conseil dans le journal pour l'instant ; menez-en un avec `council run FILE`.
column-date = date
column-id = id
column-issue = problème
column-facilitator = facilitation
column-outcome = résultat
column-what = quoi
column-who = qui
column-due = échéance
column-status = état
column-jar = cagnotte
column-name = nom
column-attended = présences
column-facilitated = facilitations
column-spoke = porte-parole
column-supported = soutiens
tasks-no-open = Aucune tâche ouverte.
tasks-none-done = Aucune tâche faite pour l'instant.
tasks-none = Aucune tâche pour l'instant.
tasks-overdue = ouverte, EN RETARD
tasks-jar = { $collected }/{ $target } { $currency } (reste { $left })
stats-councils = { $n } { $n ->
        [one] conseil
       *[other] conseils
    }. Gini des tours de facilitation : { $gini } (0 est parfaitement égal).
stats-largest = Plus grande part : { $name } a facilité { $n } des { $of } { $of ->
        [one] conseil
       *[other] conseils
    } ({ $percent } %).
stats-run = Plus longue série d'affilée : { $name }, { $n } { $n ->
        [one] conseil
       *[other] conseils
    } de suite.
stats-talk = Temps de parole, conseil par conseil (Gini : 0 chacun a parlé aussi longtemps, 1 une seule voix) :

## council ledger, delegates, draw, convene

ledger-councils = Conseils : { $n }
ledger-decisions = Décisions : { $adopted } { $adopted ->
        [one] adoptée
       *[other] adoptées
    }, { $rejected } { $rejected ->
        [one] rejetée
       *[other] rejetées
    }, { $none } sans décision
ledger-tasks = Tâches : { $done } { $done ->
        [one] faite
       *[other] faites
    }, { $open } { $open ->
        [one] ouverte
       *[other] ouvertes
    } ({ $overdue } en retard), { $dropped } { $dropped ->
        [one] abandonnée
       *[other] abandonnées
    }
ledger-sovereignty = Autonomie gagnée : { $n } { $n ->
        [one] entrée
       *[other] entrées
    }, { $without } { $without ->
        [one] obtenue
       *[other] obtenues
    } sans demander la permission
ledger-jars = Cagnottes :
ledger-yes = oui
ledger-no = non
column-council = conseil
column-gained = gagnée
column-without-permission = sans permission
column-task = tâche
column-target = objectif
column-collected = collecté
column-spent = dépensé
column-left = reste
column-flag = alerte
column-to = auprès de
column-mandate = mandat
column-number = n°
column-draw = tirage
column-i = i
column-position = position
column-selected = tiré
delegates-none = Aucun·e délégué·e n'a été mandaté·e.
delegates-recalled = révoqué par { $council }
delegates-active = en cours
draw-key = clé : { $key }
draw-from-one = les positions comptent ici à partir de 1 ; la RFC 3797 et `--json` les comptent à partir de 0
draw-position = { $position } sur { $of }
convene-in-progress = Un conseil sur « { $issue } » est en cours ici
convene-resume-it = Le reprendre
convene-abandon-it = L'abandonner (une trace publique reste si son tirage a été fait)
convene-leave-it = Le laisser pour l'instant

## council abandon, report, correct

verb-abandoned = Abandonné
verb-reporting = Compte rendu
verb-reported = Rendu
verb-correcting = Correction
verb-corrected = Corrigé
abandon-unreadable = le journal de saisie illisible, conservé sous { $path } ; aucun tirage ne peut y être lu, donc rien n'est écrit dans le journal
abandon-question = Abandonner le conseil sur « { $issue } » ? Ses réponses seront écartées
abandon-kept = Conservé : continuez-le avec `council resume`.
abandon-no-lot = le conseil en cours ; aucun tirage n'a été fait, donc rien n'est écrit dans le journal
abandon-public = le conseil ; son tirage jusqu'ici est public dans { $path } ({ $commit })
report-on = sur { $task }
report-done = { $task } est { $status } ({ $path }, { $commit })
correct-done = { $council } ({ $path }, { $commit })

## council federation

federation-none = Aucun conseil dans le journal ni chez ses pairs pour l'instant.
federation-no-delegate = Aucun·e délégué·e n'a été mandaté·e dans le journal ni chez ses pairs.
column-neighborhood = quartier
federation-verified = { $files } { $files ->
        [one] fichier
       *[other] fichiers
    } dans { $logs } { $logs ->
        [one] quartier
       *[other] quartiers
    } : chaque tirage se vérifie
federation-failed = { $n } { $n ->
        [one] fichier ne concorde pas avec son recalcul ou avec l'historique de son journal
       *[other] fichiers ne concordent pas avec leur recalcul ou avec l'historique de leur journal
    }

## Errors and hints of the commands

err-no-council-in-progress = aucun conseil n'est en cours dans ce journal
err-nothing-to-abandon = rien à abandonner
err-abandon-needs-terminal = abandonner un conseil demande une confirmation, et ceci n'est pas un terminal
err-abandon-pass-yes = passez --yes pour abandonner sans confirmation
err-start-convene = commencez-en un avec `council convene`
err-note-empty = --note est vide
err-correct-note-hint = dites ce qui était faux dans le procès-verbal et ce qui est juste
err-report-note-hint = dites ce qui s'est passé, ou omettez --note
err-nothing-written = rien n'a été écrit dans le journal
err-report-task-hint = `council tasks` liste chaque id de tâche ; rien n'a été écrit dans le journal
err-tasks-in-play = { $typed } nomme { $n } tâches en cours : { $ids }
err-tasks-in-play-hint = tapez davantage de l'id de la tâche ; `council tasks --open` les liste ; rien n'a été écrit dans le journal
err-task-ended = { $typed } ne nomme aucune tâche en cours, seulement des tâches terminées (faites ou abandonnées) : { $ids }
err-task-ended-hint = `council tasks` liste toutes les tâches ; pour rendre compte d'une tâche terminée, tapez son id entier ; rien n'a été écrit dans le journal
err-councils-named = { $typed } nomme { $n } conseils : { $ids }
err-councils-named-hint = tapez davantage de l'id du conseil ; `council log` les liste
err-unknown-council = aucun conseil { $id } dans le journal
err-unknown-council-list = `council log` liste chaque conseil
cmd-did-you-mean = vouliez-vous dire { $ids } ?
err-shallow = { $path } est un clone superficiel : l'historique du journal n'est pas tout entier ici, donc les tirages ne peuvent pas être revérifiés avec lui
err-shallow-hint = récupérez tout l'historique avec `git fetch --unshallow`, puis relancez `council verify`
err-pool-file = impossible de lire le fichier du vivier { $path } : { $error }
err-pool-file-hint = donnez un fichier texte avec un nom par ligne
draw-pool-empty = le vivier est vide : donnez au moins un nom
err-pool-twice = { $name } est deux fois dans le vivier
err-pool-twice-hint = chaque personne est une seule fois dans le vivier ; ajoutez une initiale pour distinguer deux personnes
err-pool-too-large = le vivier compte plus de 65535 noms, le maximum que permet la RFC 3797
err-count = --count { $count } ne convient pas à un vivier de { $n }
err-count-hint = tirez entre 1 et { $n }
err-source-hint = une source est une liste de nombres entiers, comme --source "3 5 1 6"
err-init-name-sign = --name { $name } ne peut pas signer les commits du journal : { $error }
err-init-name-sign-hint = donnez un nom sans chevrons ni retours à la ligne, comme --name "Conseil éclair de la rue des Ormes" ; rien n'a été créé
err-init-exists = { $path } contient déjà un journal de conseil ({ $file } existe) ; rien n'a été modifié
err-init-exists-hint = menez-y un conseil avec `council --log { $path } run FILE`
err-init-readme = { $path } a son propre README.md ; le README du journal est généré, il serait donc écrasé
err-init-readme-hint = renommez votre README.md (par exemple en ABOUT.md), committez, et relancez `council init` ; rien n'a été modifié
err-init-template = il n'y a pas de modèle { $name }
err-init-template-hint = `council init --list-templates` les liste
err-init-name = --name { $name } n'est pas un nom de conseil utilisable
err-init-name-hint = donnez un nom comme --name "Conseil éclair de la rue des Ormes"
err-run-invalid = { $origin } n'est pas un fichier de réponses valide : { $error }
err-run-invalid-hint = le schéma des réponses est dans le README ; examples/ contient des fichiers de réponses complets
err-run-landed-hint = rien n'a été committé ; relancez pour tirer au sort à partir du journal tel qu'il est maintenant
err-run-landed-rolled-hint = le procès-verbal n'a pas été committé ; les nombres tirés par l'ordinateur sont conservés dans le journal public à { $trace }. Relancez pour tirer au sort à partir du journal tel qu'il est maintenant
err-run-one-council = un fichier de réponses contient un seul conseil : vérifiez que c'est bien le fichier voulu
err-run-stdin = impossible de lire les réponses depuis l'entrée standard
err-run-not-utf8 = { $origin } n'est pas du texte UTF-8
err-run-unreadable = impossible de lire le fichier de réponses { $path } : { $error }
err-run-unreadable-hint = donnez le chemin d'un fichier de réponses TOML, comme examples/the-bench-is-broken.toml
err-run-file-not-utf8 = impossible de lire le fichier de réponses { $origin } : ce n'est pas du texte UTF-8
err-run-save-utf8 = enregistrez le fichier de réponses en UTF-8
err-run-fix = corrigez le fichier de réponses et relancez ; rien n'a été écrit dans le journal
err-run-dry-roll = { $origin } ne donne pas de `draw.sources`, l'ordinateur tirerait donc les nombres : un essai à blanc n'en tire aucun
err-run-dry-roll-hint = donnez les nombres annoncés dans la salle dans `draw.sources` pour prévisualiser le procès-verbal, ou lancez sans --dry-run
err-run-rolled-fix = les nombres tirés par l'ordinateur sont conservés dans le journal public à { $trace } ; corrigez le fichier de réponses et relancez
err-run-no-reproduce = { $origin } ne se reproduit pas : { $problems }
err-run-no-reproduce-hint = `council verify` revérifie les conseils déjà dans le journal
err-show-elsewhere = { $path } contient le conseil { $found }, pas { $id }
err-show-elsewhere-hint = `council verify` nomme les fichiers qui ne sont pas là où leur id les place
err-no-terminal = `council { $command }` pose ses questions à la salle et a besoin d'un terminal, mais ceci n'en est pas un
err-no-terminal-hint = pour les scripts, écrivez les réponses dans un fichier et lancez `council run FILE` (`council run --example` en affiche un complet)

## Labels of errors and warnings

label-error = erreur :
label-caused-by = cause :
label-hint = conseil :
label-warning = avertissement :

## Federation warnings, the journal, committing a convened council

federation-this-log = ce journal
federation-peer = pair { $name }
federation-not-fetched = { $label } n'a pas encore été récupéré : lancez `council sync` pour le récupérer ; ignoré
federation-skipped = { $label } est ignoré : { $problem }
federation-file-skipped = { $label } : { $path } est ignoré : { $why }
federation-minutes-unreadable = { $label } : ses procès-verbaux ne peuvent pas être lus : { $error } ; ignoré
federation-reports-unreadable = { $label } : ses comptes rendus ne peuvent pas être lus : { $error }
federation-tasks-unreadable = { $label } : ses tâches ne peuvent pas être totalisées ({ $problem }) ; ignoré
journal-unreadable = le journal de saisie { $path } ne peut pas être lu : { $error }
journal-unreadable-hint = mettez-le de côté avec `council abandon --yes` (il est conservé, renommé, pas supprimé), ou corrigez-le à la main
convene-cannot-commit = le conseil ne peut pas être committé : { $problems }
convene-cannot-commit-hint = reprenez la section nommée, puis committez
convene-landed-hint = rien n'a été committé et le journal de saisie est conservé. Abandonnez ce conseil avec `council abandon` (son tirage reste public sous abandoned/) et convoquez de nouveau à partir du journal tel qu'il est maintenant

## council show

show-correction = Correction du { $date } : { $note }
federation-cannot-recheck = { $label } ne peut pas être revérifié : { $error }

## status verbs and lines of sync, site, secret and the lock

verb-pushed = Poussé
verb-synced = Synchronisé
verb-updated = Mis à jour
verb-merged = Fusionné
verb-fetched = Récupéré
verb-waiting = En attente
verb-repaired = Réparé
verb-wrote = Écrit
verb-unchanged = Inchangé
verb-exported = Exporté
verb-imported = Importé
site-wrote = le site ({ $n ->
    [one] { $n } fichier
   *[other] { $n } fichiers
  }) dans { $out } ; ouvrez { $index }
site-committed = le site dans la branche { $branch } ({ $commit })
site-unchanged = la branche { $branch } contient déjà ce site
federation-own-row = { $name } (ce journal)
federation-calls-itself = { $name } (se nomme « { $claim } »)

## the floor's stack: why each one is where they are, the rule, the keys with words

floor-why-point = point de procédure
floor-why-asked = dans l'ordre des demandes
floor-why-first-time = première fois, pas encore parlé
floor-why-not-spoken = pas encore parlé
floor-why-spoke = a parlé { $time }
floor-rule-in-order = dans l'ordre
floor-rule-progressive = progressive
floor-key-add = 1-9 ou a
floor-key-next = n, Espace
err-council-numbered = aucun conseil n'a le numéro { $n } : le journal contient { $count } { $count ->
        [0] conseil pour l'instant
        [one] conseil, numéroté 1
       *[other] conseils, numérotés à partir de 1
    }
err-council-numbered-hint = `council log` montre le numéro de chaque conseil dans sa première colonne
