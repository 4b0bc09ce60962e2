# Errors, problems and hints, in the terminal's language (error::lang()).
err-issue-empty = `issue` est vide : nommez le problème concret que ce conseil prend en charge
err-duration = `duration_minutes` vaut { $minutes } : une durée est comprise entre 1 et 1440 minutes
err-late-in-draw = `attendees[{ $n }]` est arrivé·e en retard (`late = true`), donc n'était dans aucun tirage, mais est nommé·e dans [draw] : retirez l'un ou l'autre
err-late-support = `draw.support` nomme { $support }, arrivé·e en retard (`attendees[{ $n }]` a `late = true`) : qui arrive en retard n'est dans aucun tirage et ne peut pas soutenir l'animation ; nommez quelqu'un qui était là quand la liste du tirage a été fixée, ou omettez `support` pour qu'un soutien soit tiré au sort
err-not-attendee = `{ $field }` nomme { $name }, qui n'est pas parmi les présent·es ; ajoutez cette personne à [[attendees]] ou corrigez l'orthographe
err-repeat-consent = `draw.repeat_consent` nomme { $name }, qui n'a été ni l'animation ni le ou la porte-parole du conseil précédent ; seules ces personnes doivent consentir à se représenter
err-task-what = `{ $field }.what` est vide : dites ce qu'il faut faire
err-task-who = `{ $field }.who` est vide : une tâche a besoin d'au moins une personne volontaire présente au conseil
err-jar-currency = `{ $field }.jar.currency` est vide : dites quelle monnaie contient la cagnotte, comme "EUR"
err-delegate-missing = `delegate.{ $field }` manque : une délégation a besoin d'un nom, d'une destination (`to`) et d'un mandat écrit (`mandate`)
err-delegate-empty = `delegate.{ $field }` est vide
err-delegate-none = [delegate] est vide : donnez `name`, `to` et `mandate`, ou révoquez (`recall`) un mandat antérieur
err-recall-no-delegate = `delegate.recall` : le conseil { $council } n'a envoyé aucune délégation
err-recall-unknown = `delegate.recall` vaut { $recall } : nommez le mandat d'un conseil antérieur sous la forme "<council id>#delegate"
err-sovereignty-empty = `sovereignty.gained` est vide : dites ce que le quartier peut désormais faire par lui-même, ou omettez [sovereignty]
err-drawn-as-same = `attendees[{ $n }].drawn_as` vaut { $drawn }, la même personne que { $name } : retirez-le
err-correction-pool = corriger { $corrected } changerait qui pouvait être tiré au sort pour { $role -> 
    [facilitator] l'animation
    [spokesperson] porte-parole
    *[other] { $role }
    } (sous le bon nom, la rotation compte d'autres tours, ou la personne qui a mené la dernière fois) : le tirage ne vaut que tel qu'il a été fait ; abandonnez ce conseil et convoquez-en un nouveau
err-correction-support = corriger { $corrected } changerait qui pouvait être tiré au sort comme soutien (sous le bon nom, l'animation a besoin d'un soutien, ou le soutien est tiré parmi d'autres personnes) : le tirage ne vaut que tel qu'il a été fait ; abandonnez ce conseil et convoquez-en un nouveau
err-corrected = { $drawn } en { $name }
err-correction-known = { $drawn } est la façon dont le journal écrit { $known }, qu'il connaît, donc ce n'était pas une faute : une correction ne répare qu'une faute d'orthographe ; si { $right } était là et non { $known }, le tirage ne vaut que tel qu'il a été fait : abandonnez ce conseil et convoquez-en un nouveau
err-correction-far = { $right } n'est pas proche de { $drawn }, l'orthographe tirée au sort : une correction ne répare qu'une faute d'orthographe (une lettre ou deux) ; si c'était quelqu'un d'autre, le tirage ne vaut que tel qu'il a été fait : abandonnez ce conseil et convoquez-en un nouveau
err-newcomer-looks-like = { $name } ressemble à { $qlike }, que le journal connaît : si c'est { $like }, écrivez { $qlike } ; si c'est quelqu'un d'autre, distinguez-les (ajoutez une initiale)
err-newcomer-facilitated = { $name } est nouveau ou nouvelle dans le journal mais proche de { $qled }, qui a animé le dernier conseil : si c'est { $led }, écrivez { $qled } ; si c'est quelqu'un d'autre, distinguez-les (ajoutez une initiale)
err-newcomer-spoke = { $name } est nouveau ou nouvelle dans le journal mais proche de { $qled }, porte-parole du dernier conseil : si c'est { $led }, écrivez { $qled } ; si c'est quelqu'un d'autre, distinguez-les (ajoutez une initiale)
err-no-attendees = aucun·e présent·e : listez qui est là sous [[attendees]]
err-drawn-as-other = `attendees[{ $n }].drawn_as` vaut { $drawn }, le nom d'une autre personne présente ({ $other })
err-date-before = ({ $date }) est avant le conseil ({ $council })
err-name-empty = le nom est vide : chaque personne présente a besoin d'un nom (un prénom ou un pseudo suffit)
err-name-long = le nom fait { $n } caractères : { $max } au plus sont permis
err-name-spaces = { $name } est entouré d'espaces : retirez-les
err-name-control = { $name } contient des caractères de contrôle
err-listed-twice = { $name } figure deux fois parmi les présent·es (comme { $same }) : les noms doivent être uniques (ajoutez une initiale pour distinguer deux personnes)
err-looks-like-listed = { $name } ressemble à { $same }, déjà listé·e : une personne, une chance au tirage. Si ce sont deux personnes, distinguez-les (ajoutez une initiale)
err-proposal-missing = `decision.proposal` manque : dites sur quoi le conseil a décidé
err-statement-missing = `decision.statement` manque : une décision adoptée a besoin de son énoncé, dans les mots du conseil
err-misplaced = `decision.{ $field }` relève de la règle { $belongs -> 
    [consent] consent
    [consensus] consensus
    [talking] consent ou consensus
    *[voting] majority ou supermajority
    }, mais cette décision est prise par { $rule } : retirez-le ou fixez `decision.rule`
err-amended-without-proposal = `decision.amended_from` est donné sans `decision.proposal` : donnez la formulation finale comme proposition
err-objections-unresolved = la décision est `adopted` par consentement, mais { $n ->
    [one] { $n } objection reste non résolue : résolvez-la
    *[other] { $n } objections restent non résolues : résolvez-les
    }, ou inscrivez l'issue `rejected`
err-blocked = la décision est `adopted` par consensus, mais elle a été bloquée ({ $blocks }) : un blocage arrête le consensus, donc l'issue est `rejected`
err-votes-missing = `decision.votes` manque : une décision à la règle { $rule } a besoin du décompte, comme votes = {"{"} for = 5, against = 1, abstain = 0 {"}"}
err-votes-too-many = les votes comptent { $cast } personnes ({ $yes } pour, { $no } contre, { $abstain } abstentions), mais { $present ->
    [one] { $present } est présente
    *[other] { $present } sont présentes
    } (retards compris) : chaque personne vote une fois
err-votes-carried = les votes ({ $yes } pour, { $no } contre) disent que la proposition est passée, mais l'issue est `{ $outcome }` : la règle { $rule } demande { $rule -> 
    [majority] plus de voix pour que contre
    *[other] au moins deux tiers des voix exprimées pour
    }
err-votes-not-carried = les votes ({ $yes } pour, { $no } contre) disent que la proposition n'est pas passée, mais l'issue est `{ $outcome }` : la règle { $rule } demande { $rule -> 
    [majority] plus de voix pour que contre
    *[other] au moins deux tiers des voix exprimées pour
    }
err-task-is-council = { $task } est un conseil, pas une tâche : nommez l'une de ses tâches, comme "{ $council }#1"
err-did-you-mean = (vouliez-vous dire { $near } ?)
err-not-task-id = { $task } n'est pas un id de tâche : les ids de tâche s'écrivent "<council id>#<number>", comme "2026-11-16-fix-the-streetlight#1"{ $hint }
err-no-such-task = aucun conseil antérieur n'a de tâche { $task }{ $hint }
err-task-no-jar = la tâche { $task } n'a pas de cagnotte, donc aucun argent ne peut être collecté ni dépensé pour elle
err-person-name-empty = le nom est vide : chaque personne a besoin d'un nom (un prénom ou un pseudo suffit)
err-name-control-char = { $name } contient un caractère de contrôle ({ $char }) : retapez le nom sur une seule ligne
err-name-invisible = { $name } contient un caractère invisible ({ $char }) : retapez le nom
err-problems = { $n } problèmes :
err-ends-before-start = le conseil finit ({ $ended }) avant de commencer ({ $started })
err-sources-empty = `draw.sources` est vide : annoncez au moins un nombre dans la salle, ou omettez `sources` pour que l'ordinateur tire les nombres
err-declines-without-numbers = `draw.declined_facilitator` ou `draw.declined_spokesperson` est donné, mais aucun nombre n'a été annoncé (`draw.sources` est omis) : qui refuse dépend des nombres, donc donnez les nombres annoncés dans la salle, ou retirez les refus
err-no-spokesperson-left = { $pool } : quelle que soit la personne tirée pour l'animation, il pourrait ne rester personne pour porter la parole du conseil
err-near-miss = { $name } est nouveau ou nouvelle dans ce journal : vouliez-vous dire { $near } ? Une nouvelle orthographe est une nouvelle personne ; corrigez le fichier de réponses si c'est quelqu'un que le journal connaît
err-or = {" "}ou{" "}
err-then = , puis{" "}
err-started-future = `started` ({ $started }) est dans le futur : donnez l'heure à laquelle le conseil a commencé
err-declined-never-drawn = `draw.{ $field }` nomme { $never }, qui n'a jamais été tiré·e au sort pour { $role -> 
    [facilitator] l'animation
    [spokesperson] porte-parole
    *[other] { $role }
    } (le tirage a donné { $drawn }) ; seule une personne tirée au sort peut refuser
err-pool-empty = la liste du tirage { $role -> 
    [facilitator] de l'animation
    [spokesperson] du ou de la porte-parole
    *[other] { $role }
    } est vide
err-pool-nobody = {" "}: personne n'est présent·e
err-pool-left-out = {" "}: toutes les personnes présentes sont écartées : { $reasons }
err-pool-declined = . Toutes les personnes tirées au sort ont refusé
err-pool-add-repeat = . Ajoutez des présent·es, ou, si { $name } accepte de se représenter, nommez cette personne dans `draw.repeat_consent`
err-pool-add = . Ajoutez des présent·es, ou demandez à quelqu'un qui s'est retiré·e du tirage de se présenter
err-field-long = `{ $field }` fait { $chars } caractères : { $max } au plus sont permis
err-field-count = `{ $field }` a { $len } entrées : { $max } au plus sont permises
err-file-big = { $what } fait { $size } : { $max } au plus sont lus
err-bytes = { $n ->
    [one] { $n } octet
    *[other] { $n } octets
    }
err-amount-big = `{ $field }` vaut { $value } : { $max } au plus est permis
err-source-numbers = `{ $field }` contient { $numbers } nombres : { $max } au plus sont permis
err-minutes-too-big = le tirage listerait { $n } présent·es en jusqu'à { $steps } étapes : le procès-verbal serait plus grand que ce que le journal lit ({ $max }) ; listez moins de personnes ou moins de refus
err-verify-rotation = rotation : le procès-verbal dit { $said }, mais council.toml dans son historique dit { $settings } : un conseil est tiré au sort selon les réglages du journal
err-verify-rule = les réponses enregistrées enfreignent une règle : { $problems }
err-verify-key = key : le procès-verbal dit { $said }, les sources donnent { $computed }
err-verify-step = étape { $i } ({ $role -> 
    [facilitator] animation
    [spokesperson] porte-parole
    [support] soutien
    *[other] { $role }
    })
err-verify-recomputed = { $field } = { $said } (recalculé : { $computed })
err-verify-left-out = left_out diffère des règles du tirage recalculées
err-verify-step-extra = { $step } : enregistrée, mais le tirage recalculé s'arrête avant
err-verify-step-missing = { $step } : absente du procès-verbal ; le tirage recalculé choisit { $selected }
err-verify-field = { $field } : le procès-verbal dit { $said }, le recalcul donne { $computed }
err-verify-data = le bloc de données diffère de son recalcul (ids de tâche ou valeurs par défaut résolues)
err-settings-name = `name` est vide : donnez un nom au conseil
err-settings-identity = `identity` a besoin d'un `name` et d'un `email` non vides
err-settings-identity-chars = [identity] `name` et `email` ne peuvent contenir ni saut de ligne, ni caractère de contrôle, ni chevron : ils corrompraient les commits du journal
err-amount-negative = { $text } est négatif : une somme d'argent vaut 0 ou plus
err-amount-not = { $text } n'est pas une somme d'argent : utilisez 0 ou plus
err-amount-decimals = { $text } a plus de deux décimales
err-amount-like = { $text } n'est pas une somme d'argent comme 40 ou 12.50
err-amount-too-large = { $text } est une somme trop grande : { $max } au plus est permis
err-year-range = { $text } est en l'an { $year } : les dates vont de { $first } à { $last }
err-not-time = { $text } n'est pas une heure RFC 3339 comme 2026-11-23T19:00:00-05:00 ({ $error })
err-not-date = { $text } n'est pas une date comme 2026-11-28 ({ $error })
err-source = la source { $source } { $problem }
err-source-not-number = contient { $token }, qui n'est pas un nombre entier : écrivez des nombres séparés par des espaces, sans virgule ni point
err-source-no-number = ne contient aucun nombre
err-symlink = { $path } est un lien symbolique ; council n'écrit jamais à travers un lien symbolique
err-symlink-hint = supprimez-le (`rm { $path }`) et relancez
err-lock-open = impossible d'ouvrir le fichier de verrou { $path }
err-lock-held = une autre commande council ({ $holder }) tient le verrou du journal { $path } depuis plus de { $seconds ->
    [one] { $seconds } seconde
    *[other] { $seconds } secondes
    } ; rien n'a été écrit
err-lock-held-hint = attendez qu'elle finisse (un conseil en cours d'enregistrement, un compte rendu) et relancez ; si c'est une commande council bloquée, arrêtez-la
err-lock-failed = impossible de verrouiller { $path }
err-lock-process = processus { $pid }
err-lock-another-process = un autre processus
err-not-commit-id = { $text } n'est pas un id de commit
err-identity-bad = l'identité { $name } <{ $email }> ne peut pas signer un commit : un nom et un email doivent être non vides, sans saut de ligne, caractère de contrôle ni chevron
err-identity-bad-hint = corrigez name et email de [identity] dans council.toml et faites un commit
err-identity-git = l'identité "{ $name }" <{ $email }> ne peut pas signer un commit : { $error }
err-identity-git-hint = fixez name et email de [identity] dans council.toml
err-not-log = { $dir } n'est pas un journal de conseil : { $error }
err-not-log-hint = créez-en un avec `council init { $dir }`
err-git-dir = GIT_DIR ne nomme pas un dépôt git : { $error }
err-git-dir-hint = retirez GIT_DIR, ou faites-le pointer vers le dossier .git du journal
err-git-dir-init-hint = créez-le avec `git init`, faites pointer GIT_DIR vers le dossier .git du journal, ou retirez GIT_DIR
err-current-dir = impossible de lire le dossier courant
err-not-inside-log = { $dir } n'est pas dans un journal de conseil
err-not-inside-log-hint = passez `--log DIR`, fixez COUNCIL_LOG, ou créez un journal ici avec `council init`
err-config-uncommitted = { $dir } a un council.toml qui n'est pas commité : les réglages en vigueur sont ceux du commit
err-config-uncommitted-hint = commitez-le : `git -C { $dir } add council.toml && git -C { $dir } commit`
err-no-config = { $dir } est un dépôt git mais pas un journal de conseil : il n'a pas de council.toml
err-no-config-hint = adoptez-le avec `council init { $dir }`
err-git-work-tree = GIT_WORK_TREE est inutilisable : { $error }
err-git-work-tree-hint = faites pointer GIT_WORK_TREE vers un dossier existant, ou retirez-le
err-config-lock = { $path } existe : git écrit les réglages de ce dépôt, ou un processus est mort en le faisant
err-config-lock-hint = si aucun processus git ne tourne, supprimez { $path } et relancez ; rien n'a été créé
err-create-repo = impossible de créer un dépôt git dans { $dir }
err-config-in-commit = council.toml du commit { $commit }
err-config-not-committed = aucun council.toml n'est commité dans { $dir }
err-config-not-committed-hint = commitez-le (`git add council.toml && git commit`), ou créez un journal avec `council init`
err-commit-no-config = le commit { $commit } ne contient pas de council.toml
err-read-failed = impossible de lire { $path }
err-read-head = impossible de lire HEAD du journal
err-look-up = impossible de trouver { $path }
err-read-in-commit = impossible de lire { $path } dans le commit { $commit }
err-commit-missing = le commit { $commit } n'est pas dans ce journal : { $error }
err-commit-missing-hint = si c'est un clone superficiel, récupérez tout l'historique (`git fetch --unshallow`)
err-log-file-big = { $problem } (aucun fichier écrit par l'outil n'est aussi gros)
err-log-file-big-hint = les fichiers du journal ne sont jamais réécrits à la main ; annulez (revert) le commit qui l'a ajouté
err-not-utf8 = { $path } n'est pas du texte UTF-8 : aucun fichier écrit par l'outil ne l'est pas
err-not-utf8-hint = `council verify` liste ces fichiers ; si ce n'a jamais été un relevé (commité à la main), supprimez-le avec `git rm { $path }` et faites un commit
err-detached = le journal dans { $dir } a une HEAD détachée : un commit n'appartiendrait à aucune branche et serait perdu
err-detached-hint = passez d'abord sur une branche (`git switch main`) ; rien n'a été écrit
err-config-invalid = { $origin } n'est pas valide : { $problem }
err-config-invalid-hint = corrigez le réglage qu'il nomme et faites un commit ; `council init --help` liste tous les réglages
err-head-kept-moving = HEAD n'a pas cessé de bouger pendant le commit ; rien n'a été commité, réessayez
err-exists-in-log = { $path } existe déjà dans le journal
err-exists-in-log-hint = un procès-verbal n'est jamais réécrit : publiez une correction avec `council correct`
err-store-blob = impossible d'enregistrer { $path } dans le journal ; rien n'a été commité (le disque est-il plein, ou .git non inscriptible ?)
err-commit-failed = impossible de commiter dans le journal ; rien n'a été commité (le disque est-il plein, ou .git non inscriptible ?)
err-worktree-after-commit = le commit { $commit } a été fait et est dans le journal, mais l'arbre de travail et l'index n'ont pas pu être alignés : { $error }. `git status` peut montrer les nouveaux fichiers comme supprimés : la prochaine commande council le répare (ne commitez pas avant)
err-detached-no-branch = HEAD est détachée : il n'y a pas de branche à déplacer
err-move-branch = impossible de déplacer la branche ; rien n'a changé (.git est-il inscriptible ?)
err-worktree-after-move = le journal est maintenant à { $commit }, mais l'arbre de travail et l'index n'ont pas pu être alignés : { $error }. La prochaine commande council le répare (ne commitez pas avant)
err-commit-unconfirmed = le commit { $commit } a été écrit mais la branche ne pointe pas dessus ; rien n'a été commité
err-commit-unwritten = le commit { $commit } n'a pas pu être écrit dans les objets du journal ; rien n'a été commité
err-commit-unconfirmed-hint = vérifiez que vous pouvez écrire dans le dossier .git du journal (un `sudo git` peut laisser des dossiers appartenant à root) et que le disque a de la place, puis relancez
err-git-lock = { $path } existe depuis plus de deux secondes : un autre processus git met à jour le dépôt, ou l'un d'eux est mort en laissant son verrou
err-git-lock-hint = rien n'a été commité. Attendez que ce processus git finisse et relancez ; seulement si aucun processus git ne tourne, supprimez { $path }
err-git-busy = un autre processus git utilise ce dépôt : { $error }
err-git-busy-hint = attendez qu'il finisse et relancez la commande ; rien n'a été commité
err-link-worktree = { $path } est un lien symbolique dans l'arbre de travail (vers { $target }) ; council n'écrit jamais à travers un lien symbolique
err-link-worktree-head-hint = dans le dossier du journal, remettez ce que le journal y a avec `rm { $path } && git checkout -- { $path }`, puis relancez ; rien n'a été commité
err-link-worktree-hint = dans le dossier du journal, supprimez le lien avec `rm { $path }`, puis relancez ; rien n'a été commité
err-file-for-folder-worktree = { $path } est un fichier dans l'arbre de travail, là où council a besoin d'un dossier
err-file-for-folder-worktree-hint = déplacez ce fichier ailleurs, puis relancez ; rien n'a été commité
err-folder-for-file-worktree = { $path } est un dossier dans l'arbre de travail, là où council écrit un fichier
err-folder-for-file-worktree-hint = déplacez ce dossier ailleurs, puis relancez ; rien n'a été commité
err-link-log = { $path } est un lien symbolique dans le journal (vers { $target }) ; council n'écrit jamais à travers un lien symbolique
err-link-log-hint = dans le dossier du journal, supprimez le lien avec `git rm { $path }` et faites un commit, puis relancez ; rien n'a été commité
err-file-for-folder-log = { $path } est un fichier dans le journal, là où council a besoin d'un dossier
err-folder-for-file-log = { $path } est un dossier dans le journal, là où council écrit un fichier
err-submodule-for-file-log = { $path } est un sous-module dans le journal, là où council écrit un fichier
err-rename-in-log-hint = renommez-le avec `git mv { $path } <new name>` et faites un commit, puis relancez ; rien n'a été commité
err-exists-in-worktree = { $path } existe déjà dans l'arbre de travail
err-exists-in-worktree-hint = déplacez ce fichier ailleurs et relancez la commande ; rien n'a été commité
err-link-path = { $path } est un lien symbolique (vers { $target }) ; council n'écrit jamais à travers un lien symbolique
err-link-path-hint = supprimez le lien (`rm { $path }`), puis relancez
err-write-not-folder = impossible d'écrire { $path } : { $here } n'est pas un dossier
err-create-failed = impossible de créer { $path }
err-write-failed = impossible d'écrire { $path }
err-index-read = impossible de lire l'index
err-index-unreadable = council ne peut pas lire l'index de ce journal : { $error }
err-index-unreadable-hint = un index scindé ou clairsemé n'est pas pris en charge : lancez `git update-index --no-split-index` ou `git sparse-checkout disable`, puis `git status`
err-index-lock = { $path } existe : un autre processus git (le `git status` d'un éditeur ?) utilise l'index
err-index-lock-hint = quand plus aucun processus git ne tourne, supprimez { $path } ; la prochaine commande council répare l'index
err-index-write = impossible d'écrire l'index
err-index-read-back = impossible de relire l'index
err-index-replace = impossible de remplacer l'index
err-note-deleted = { $path } a été supprimé dans l'arbre de travail : laissé supprimé (la copie du journal a été commitée)
err-note-local-changes = { $path } a des modifications locales : laissé tel quel (la copie du journal a été commitée)
err-note-staged-deletion = { $path } est indexé pour suppression : laissé tel que vous l'avez indexé
err-note-staged-changes = { $path } a des modifications indexées : laissées indexées telles qu'elles étaient
err-remove-note = impossible de supprimer { $path } ; rien n'a été commité
err-repair-readme = { $path } est réécrit tel que le journal l'a
err-repair-written = { $path } est réécrit dans l'arbre de travail
err-repair-staged = { $path } est de nouveau indexé tel que le journal l'a
err-repair-removed = { $path } supprimé, laissé par une écriture interrompue
err-merge-unrelated = { $from } contient un autre journal : il n'a aucun commit en commun avec celui-ci, donc ils ne peuvent pas être fusionnés ; rien n'a changé
err-merge-unrelated-hint = publiez plutôt ce journal dans un dépôt vide, ou clonez { $from } (`git clone URL`) et tenez les conseils là-bas
err-merge-refused = { $from } : { $what } ; rien n'a été fusionné, le journal ici est tel qu'il était
err-merge-refused-hint = examinez-le avec `git log -p -- { $path }` après `git fetch` ; le journal ne fait qu'ajouter, donc ce commit doit être annulé là où il a été fait, puis relancez `council sync`
err-merge-deleted = a supprimé { $path }
err-merge-odd-change = a modifié { $path } d'une façon que le journal ne pratique jamais ({ $status })
err-merge-link = contient { $path } comme lien symbolique ou sous-module ; council n'écrit jamais à travers
err-merge-rewrite = a modifié { $path }, un relevé que le journal ne réécrit jamais
err-merge-one-id = ce journal et { $from } contiennent chacun un { $path } différent : deux conseils ont reçu le même id ; rien n'a été fusionné
err-merge-one-id-hint = comparez-les avec `git diff HEAD origin/main -- PATH` ; gardez le procès-verbal d'un conseil dans chaque journal, ou fusionnez à la main avec git, puis lancez `council verify`
err-merge-both-changed = a modifié { $path }, et ce journal aussi
err-merge-too-large = contient un fichier trop gros pour un journal : { $problem }
err-merge-config = council.toml fusionné n'est pas valide ({ $error }) ; rien n'a été fusionné
err-merge-config-hint = corrigez council.toml là où il a été modifié et faites un commit, puis relancez `council sync`
err-run-git = impossible de lancer git pour { $what } : { $error }
err-run-git-hint = council lance la ligne de commande git pour récupérer et pousser ; installez git et vérifiez qu'il est dans le PATH
err-git-failed = { $what } a échoué : { $said }
err-sync-detached = le journal dans { $dir } a une HEAD détachée : il n'y a pas de branche à synchroniser
err-sync-detached-hint = passez d'abord sur une branche (`git switch main`)
err-origin-other = le journal a déjà une origin, { $now }, et non { $url }
err-origin-other-hint = changez-la avec `git remote set-url origin { $url }`, ou retirez --remote
err-origin-add = impossible d'ajouter l'origin { $url } : { $error }
err-origin-add-hint = vérifiez l'URL (par exemple https://host/owner/log.git ou git@host:owner/log.git)
err-no-origin = le journal dans { $dir } n'a pas d'origin avec laquelle se synchroniser
err-no-origin-hint = publiez-le : créez un dépôt vide sur une forge (ou `git init --bare` sur un serveur ou une clé USB), puis `git remote add origin URL` et `council sync`
err-fetching-origin = la récupération d'origin ({ $url })
err-pushing-origin = l'envoi vers origin ({ $url })
err-peer-url = l'url du voisin
err-fetching = la récupération de { $url }
err-fetch-left-nothing = la récupération de { $url } n'a laissé aucun { $reference }
err-url-bad = { $what } { $url } n'est pas une URL que git peut récupérer
err-url-bad-hint = donnez une URL comme https://host/owner/log.git, git@host:owner/log.git ou file:///path/to/log.git
err-url-program = { $what } { $url } nomme un programme à lancer, pas un dépôt
err-url-program-hint = donnez une URL comme https://host/owner/log.git
err-changed-by = modifié après son commit, par le commit { $commit }
err-removed-by = supprimé par le commit { $commit }
err-readded-by = ajouté de nouveau par le commit { $commit } après avoir été supprimé
err-walk-history = impossible de parcourir l'historique du journal
err-unreadable = { $path } (dans le commit { $commit }) ne peut pas être lu : { $error }
err-unreadable-hint = les fichiers du journal ne sont jamais réécrits à la main : restaurez le fichier avec `git checkout` ou annulez (revert) le commit qui l'a cassé ; si ce n'a jamais été un relevé (commité à la main), supprimez-le avec `git rm { $path }` et faites un commit
err-open-failed = impossible d'ouvrir { $path }
err-not-utf8-short = { $path } n'est pas en UTF-8
err-no-identity = council.toml n'a pas d'[identity] : commit au nom de "{ $name }" <council@localhost> ; ajoutez une [identity] avec name et email pour choisir
err-config-drift = council.toml a des modifications non commitées, qui ne sont pas utilisées : les réglages en vigueur sont ceux du commit. Commitez la modification avec git pour la mettre en vigueur
err-waiting-lock = du verrou de { $path } (tenu par { $holder })
err-sync-no-origin = Le journal n'a pas d'origin : seuls ses voisins sont récupérés. Publiez-le avec `git remote add origin URL` et `council sync`.
err-sync-same = le journal et origin contiennent les mêmes conseils
err-switching = passage à la branche { $branch } d'origin
err-sync-unrelated = origin contient un journal de conseils sur sa branche { $other }, sans historique commun avec ce journal (branche { $branch }) : pousser publierait un second journal sans lien
err-sync-unrelated-hint = si cette copie n'a pas de conseils à elle, prenez le journal d'origin avec `git -C { $path } switch { $other }` ; sinon demandez à qui tient origin quelle branche est le journal ; rien n'a été poussé
err-sync-pushed = le journal ({ $commit }) vers origin
err-origin-kept-moving = origin n'a pas cessé de bouger pendant la synchronisation : quelqu'un d'autre pousse en même temps
err-origin-kept-moving-hint = le journal ici est intact ; relancez `council sync` dans un moment
err-no-commit-yet = le journal n'a encore aucun commit
err-no-commit-yet-hint = créez-le avec `council init`, ou clonez origin avec `git clone URL`
err-run-init = lancez `council init`
err-sync-updated = le journal vers le { $commit } d'origin ({ $n ->
    [one] { $n } fichier nouveau ou modifié
    *[other] { $n } fichiers nouveaux ou modifiés
    })
err-sync-merged = les conseils d'origin dans le journal ({ $commit }) : { $n ->
    [one] { $n } fichier
    *[other] { $n } fichiers
    } d'origin, le README généré à partir des deux
err-head-moving-sync = HEAD n'a pas cessé de bouger pendant la synchronisation ; rien n'a été fusionné
err-head-moving-sync-hint = relancez `council sync`
err-sync-unverified = le { $commit } d'origin apporte { $n ->
    [one] { $n } fichier qui échoue
    *[other] { $n } fichiers qui échouent
    } à `council verify` ; rien n'a été fusionné, le journal ici est tel qu'il était :
err-and-more = (et { $n } de plus)
err-sync-unverified-hint = quelqu'un a réécrit l'historique d'origin ou modifié ses relevés à la main ; examinez-les avec `git log -p origin/{ $branch } -- PATH`, et faites remettre origin tel que les conseils ont été tirés au sort (poussez le journal depuis un ordinateur qui les garde intacts, ou annulez la modification là où elle a été faite), puis relancez `council sync`
err-peer-ref = son nom ne donne pas de nom de ref utilisable, ou le même que celui d'un autre voisin ({ $refname }) ; donnez à chaque voisin un nom distinct dans council.toml
err-peer-fetched = le voisin { $name } ({ $commit }) dans { $refname }
err-peer-skipped = le voisin { $name } a été ignoré : { $error }
err-push-failed = council.toml fixe push = true, mais la synchronisation a échoué : { $error }{ $hint }. Tout est commité ici ; lancez `council sync` quand origin sera joignable
err-unreachable-hint = le journal ici est intact et chaque conseil y reste commité ; vérifiez le réseau et l'URL d'origin (`git remote -v`), puis relancez `council sync`
err-floor-event = l'événement de parole { $n } ({ $kind } { $name } à { $at }) ne peut pas s'appliquer : { $problem }
err-floor-name-someone = nommez quelqu'un
err-floor-not-present = { $name } n'est pas parmi les présent·es
err-floor-on-stack = { $name } est déjà dans la file
err-floor-not-on-stack = { $name } n'est pas dans la file
err-floor-nobody-speaking = personne ne parle
err-floor-record-none = floor.record vaut "none" : omettez plutôt la table [floor]
err-floor-gini-range = floor.gini vaut { $gini } : un coefficient de Gini est entre 0 et 1
err-floor-top-two = floor.top_two_seconds dépasse floor.seconds
err-floor-spoke = floor.spoke dépasse le nombre de présent·es ou de tours
err-floor-present = floor.present dépasse ce qu'un conseil peut contenir
err-floor-week = floor.seconds dépasse une semaine
err-floor-gini-shares = floor.gini vaut { $gini }, mais les parts donnent { $shares }
err-floor-top-two-shares = floor.top_two_seconds vaut { $top }, mais les parts donnent { $shares }
err-floor-shares-everyone = floor.shares doit lister toutes les personnes présentes
err-floor-shares-seconds = la somme de floor.shares ne fait pas floor.seconds
err-floor-shares-turns = les tours de floor.shares ne font pas floor.turns
err-floor-shares-name = floor.shares nomme { $name }, qui n'est pas parmi les présent·es
err-floor-shares-mode = floor.shares n'est gardé qu'avec record = "shares"
err-field-problem = `{ $field }` : { $problem }
err-read-councils = impossible de lire les conseils du journal : { $error }
err-read-council = impossible de lire le conseil { $id } : { $error }

# council verify, file by file
err-verify-unreadable-minutes = ne se lit pas comme un procès-verbal : { $error }. S'il n'a jamais été un conseil (committé à la main), retirez-le avec `git rm` et faites un commit ; retirer ce qui n'a jamais été un enregistrement ne casse rien
err-verify-unreadable-minutes-short = ne se lit pas comme un procès-verbal : { $error }
err-verify-file-text = le texte ne correspond pas à son enregistrement (modifié à la main ?) : les fichiers du journal ne sont jamais réécrits
err-verify-unreadable = illisible : { $error }
err-verify-corrects-nothing = corrige { $council }, qui n'est pas un conseil de ce journal
err-verify-append-only = { $problem } : le journal ne fait que s'allonger ; restaurez le fichier depuis le commit qui l'a ajouté ({ $commit })
err-verify-path = le fichier devrait être { $path } pour l'id { $id }
err-verify-history-form = l'historique { $history } n'est pas écrit comme l'outil écrit un id de commit (40 chiffres hexadécimaux en minuscules)
err-verify-history-id = l'historique { $history } n'est pas un id de commit
err-verify-no-commit = aucun commit de l'historique du journal n'ajoute ce fichier (un clone superficiel ? récupérez tout l'historique avec `git fetch --unshallow`)
err-verify-added-with = ajouté par le commit { $commit } avec { $other } : chaque conseil a son propre commit, tiré du journal avec le précédent
err-verify-no-settings = aucun council.toml n'a été committé avant ce procès-verbal
err-verify-settings-unreadable = les réglages du conseil sont illisibles : { $error }
err-verify-history-unreadable = l'historique { $history } est illisible : { $error }
err-verify-minutes-text = le texte ne correspond pas à son enregistrement (modifié à la main ?) : un procès-verbal n'est jamais réécrit
err-verify-history-after = l'historique { $history } n'est pas un commit antérieur à { $added }, le commit qui a ajouté ce procès-verbal : les viviers doivent venir du journal tel qu'il était
err-verify-settings-changed = council.toml a été modifié par le commit { $commit } avant le début de ce conseil, mais le conseil nomme l'historique { $history }, d'avant ce changement : un conseil est tiré selon les réglages en vigueur
err-verify-history-moved = l'historique { $history } n'est pas le journal tel qu'il était : des procès-verbaux ont été ajoutés, retirés ou modifiés entre lui et { $parent }, le commit qui précède l'ajout de ce procès-verbal ({ $differ }) ; les viviers doivent venir du journal tel qu'il était
err-verify-history-none = le procès-verbal ne nomme aucun historique, mais le journal auquel il a été ajouté contenait déjà des conseils ({ $differ }) ; les viviers doivent venir du journal tel qu'il était
err-verify-privacy = privacy : le procès-verbal dit { $said }, mais le council.toml de son historique dit { $settings } : un conseil écrit les personnes comme le disent les réglages du journal
err-site-branch-invalid = { $name } n'est pas un simple nom de branche pour le site
err-site-branch-invalid-hint = choisissez un simple nom comme `pages` ou `gh-pages`
err-site-branch-ambiguous = { $name } est aussi { $other } : git ne saurait pas lequel une commande désigne
err-site-branch-checked-out = la branche { $name } est extraite dans un répertoire de travail du journal : le site remplacerait ce qui s'y trouve
err-site-branch-log = la branche { $name } contient un journal (council.toml) : le site remplacerait ses conseils
err-site-branch-own-hint = donnez au site une branche à lui, comme `--branch pages`
err-settings-url = `url` vaut { $url } : ce doit être l'adresse du site, http:// ou https:// suivi d'un hôte, sans espaces ni caractères de contrôle
err-settings-url-hint = corrigez `url` dans council.toml et committez-le, ou retirez la ligne ; les liens restent alors relatifs
err-site-link = { $path } est un lien symbolique : le site n'est jamais écrit à travers un lien
err-site-link-hint = retirez le lien, ou donnez un autre dossier avec --out

err-sync-site-pushed = la branche du site { $branch } vers origin
err-sync-site-not-pushed = la branche du site { $branch } n'a pas été poussée : { $error }. Le journal est synchronisé ; lancez `council site --branch { $branch }` puis `council sync` à nouveau

## reading an answers file: its problems, and the TOML reader's, in our words

err-what-it = il
err-what-the-file = le fichier
err-what-answers-file = le fichier de réponses
err-answers-minutes-unreadable = ce fichier de compte rendu ne peut pas être lu : { $problem }
err-answers-decisions = ce fichier contient { $n } décisions ([[decision]]) : un conseil prend exactement une décision ; écrivez une seule [decision] et portez les autres à un nouveau conseil
err-answers-data-block = cela ressemble au bloc de données d'un compte rendu (il a des champs calculés comme `id`), mais { $problem }
err-toml-missing-field = il manque le champ `{ $field }` : ajoutez-le
err-toml-unknown-field = champ inconnu `{ $field }` : vérifiez son orthographe ; `council run --example` montre tous les champs
err-toml-invalid-type = une valeur n'a pas le bon type (le lecteur TOML dit : { $detail })
err-toml-says = le lecteur TOML dit : { $message }
err-toml-line = ligne { $line } (`{ $text }`) : { $problem }
err-not-log-no-folder = ce dossier n'existe pas
err-not-log-no-repository = il n'y a pas de dépôt git à cet endroit
err-git-says = git dit : { $message }
err-site-branch-own = { $name } est la branche du journal lui-même : le site remplacerait les conseils
err-sync-two-secrets = deux secrets de pseudonymes sont peut-être en usage : les conseils de ce portable depuis la dernière synchronisation contiennent { $mine } pseudonyme(s) et ceux d'origin { $incoming } autres, sans aucun en commun ni aucun que le registre de ce portable connaisse. Si une personne a maintenant deux pseudonymes, les portables ont des secrets différents : comparez l'empreinte que `council secret export` affiche sur chacun (celle de ce portable : { $fingerprint }) ; le portable qui a l'autre prend celui du journal avec `council secret import --replace FICHIER`.
