# Le README.md généré du journal.

readme-title = { $name } : journal public
readme-intro = Les procès-verbaux de tous les conseils éclair de { $name } sont ici, un fichier texte par conseil sous `minutes/`, avec les comptes rendus de tâches sous `reports/` et les réglages permanents dans `council.toml`. Chaque conseil a pris un problème concret, tiré au sort son animation, pris une décision et s'est dissous. Chacun·e peut revérifier chaque tirage avec `council verify` ou toute implémentation de la RFC 3797.
readme-getting = Obtenir ce journal : clonez ce dépôt avec git. Un autre quartier peut le suivre en inscrivant ce dépôt sous `[[peers]]` dans son propre `council.toml` : `council sync` le récupère et `council federation` le lit.
readme-empty = Aucun conseil pour l'instant.
readme-no-ledger = Les comptes ne peuvent pas être faits : { $problem }.
readme-councils-so-far = { $n ->
        [one] { $n } conseil
       *[other] { $n } conseils
    } jusqu'ici : { $adopted ->
        [one] { $adopted } décision adoptée
       *[other] { $adopted } décisions adoptées
    }, { $rejected ->
        [one] { $rejected } rejetée
       *[other] { $rejected } rejetées
    }, { $none ->
        [one] { $none } terminé sans décision
       *[other] { $none } terminés sans décision
    }. Tâches : { $done ->
        [one] { $done } faite
       *[other] { $done } faites
    }, { $open ->
        [one] { $open } ouverte
       *[other] { $open } ouvertes
    }, { $dropped ->
        [one] { $dropped } abandonnée
       *[other] { $dropped } abandonnées
    }. Au { $today }.
readme-in-play = Cette page montre ce qui est en cours : les tâches ouvertes, les délégations actives et les cagnottes qui ont eu des nouvelles ces { $days } derniers jours, et les { $recent } derniers conseils. Les plus anciens sont comptés, pas listés : chacun reste dans le procès-verbal de son conseil, et `council tasks`, `council delegates` et `council log` listent tout.
readme-open-tasks = Tâches ouvertes
readme-none = Aucune.
readme-none-fresh = Aucune avec des nouvelles ces { $days } derniers jours.
readme-tasks-head = | tâche | quoi | qui | échéance | dernière note |
readme-overdue = { $date } **en retard**
readme-aged-tasks = { $n ->
        [one] { $n } autre tâche ouverte
       *[other] { $n } autres tâches ouvertes
    } sans nouvelles depuis plus de { $days } jours : `council tasks` { $n ->
        [one] la liste
       *[other] les liste
    }.
readme-delegates = Délégations actives
readme-delegate = { $name } auprès de { $to }, mandaté·e par `{ $council }` : { $mandate }
readme-aged-mandates = { $n ->
        [one] { $n } mandat donné
       *[other] { $n } mandats donnés
    } il y a plus de { $days } jours et jamais révoqués (`council delegates` { $n ->
        [one] le liste
       *[other] les liste
    })
readme-and-aged-mandates = et { readme-aged-mandates }
readme-jars = Cagnottes
readme-jars-head = | tâche | quoi | objectif | collecté | dépensé | reste | |
readme-jar-unspent = **tâche terminée : dépenser le reste et remettre à zéro**
readme-jar-over = **collecté au-delà de l'objectif**
readme-aged-jars = { $n ->
        [one] { $n } cagnotte en cours
       *[other] { $n } cagnottes en cours
    } sans nouvelles depuis plus de { $days } jours : `council ledger` { $n ->
        [one] la liste
       *[other] les liste
    }.
readme-sovereignty = Registre de souveraineté
readme-gains = Ce que le quartier a accompli ensemble, sans attendre personne : { $n ->
        [one] { $n } gain
       *[other] { $n } gains
    }, dont { $won } sans demander la permission. Les plus récents :
readme-without-permission = (sans permission)
readme-councils = Conseils
readme-councils-head = | date | problème | décision | animation |
readme-corrected = (corrigé : voir plus bas)
readme-earlier = Et { $n ->
        [one] { $n } conseil plus ancien
       *[other] { $n } conseils plus anciens
    } sous `minutes/` (`council log` les liste tous).
readme-corrections = Corrections
readme-corrections-intro = Les procès-verbaux ne sont jamais réécrits ; une erreur trouvée plus tard est corrigée à côté. Les plus récentes :
readme-correction = { $date }, à [`{ $council }`]({ $path }) : { $note }
readme-abandoned = Abandonnés après l'annonce des nombres
readme-abandoned-intro = { $n ->
        [one] { $n } conseil a été abandonné
       *[other] { $n } conseils ont été abandonnés
    } après que des nombres ont été annoncés pour leur tirage. Leurs listes, nombres et tirages jusque-là sont publics : un tirage refait jusqu'à ce qu'il convienne à quelqu'un se voit ici. Les plus récents :
decision-adopted = adoptée
decision-rejected = rejetée
decision-none = aucune
readme-reviews = Décisions à réexaminer
readme-reviews-intro = Ces décisions demandaient qu'un conseil suivant les réexamine, et leur date de réexamen est arrivée :
readme-review = { $date } : [{ $issue }]({ $path }) : { $decision }
readme-come = Venir à un conseil
readme-come-text = Les conseils sont ouverts à tout le quartier : venez écouter, parler, prendre une tâche si vous le souhaitez. Personne n'a besoin d'être déjà venu ; l'animation est tirée au sort parmi les présent·es, et qui n'a jamais animé est épaulé·e. Chaque conseil prend un problème concret, prend une décision en 45 minutes environ, et se termine par un moment de soin.
readme-latest-at = Le dernier conseil s'est réuni le { $date } à { $place }.
readme-latest = Le dernier conseil s'est réuni le { $date }.
readme-recheck = Revérifier un tirage
readme-recheck-text = Personne n'a à faire confiance à l'animation : chaque procès-verbal garde les nombres annoncés dans la salle et chaque étape du tirage (RFC 3797). Procurez-vous l'outil, `council`, du projet flash-council (logiciel libre : `cargo install --path .` dans un clone), clonez ce journal, et lancez-y une commande, avec l'identifiant du conseil :
readme-glossary = Les mots employés ici
readme-word-lot = Tirage au sort
readme-means-lot = le tirage public qui désigne l'animation et le porte-parole à partir de nombres annoncés dans la salle ; chacun·e peut le revérifier.
readme-word-facilitator = Animation
readme-means-facilitator = tient le temps et l'ordre de parole d'un conseil ; jamais la même personne deux fois de suite sans son accord.
readme-word-support = Soutien
readme-means-support = une personne qui a déjà animé, aux côtés de qui anime pour la première fois.
readme-word-spokesperson = Porte-parole
readme-means-spokesperson = porte la décision du conseil au-dehors, tiré·e au sort comme l'animation.
readme-word-jar = Cagnotte
readme-means-jar = un petit pot d'argent visible pour une tâche ; dépensé et remis à zéro quand la tâche se termine, jamais gardé.
readme-word-sovereignty = Registre de souveraineté
readme-means-sovereignty = ce que le quartier a gagné le pouvoir de faire lui-même, conseil après conseil.
readme-word-delegate = Délégué·e
readme-means-delegate = une personne du quartier envoyée parler pour le conseil ailleurs, révocable à tout conseil.
readme-word-mandate = Mandat
readme-means-mandate = la consigne écrite que porte la délégation ; elle ne dit que cela.
readme-labelled = { $label } : { $text }
