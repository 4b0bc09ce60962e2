# Le README.md généré du journal.

readme-title = { $name } : journal public
readme-intro = Les procès-verbaux de tous les conseils éclair de { $name } sont ici, un fichier texte par conseil sous `minutes/`, avec les comptes rendus de tâches sous `reports/` et les réglages permanents dans `council.toml`. Chaque conseil a pris un problème concret, tiré au sort son animation, pris une décision et s'est dissous. Chacun·e peut revérifier chaque tirage avec `council verify` ou toute implémentation de la RFC 3797.
readme-getting = Obtenir ce journal : clonez ce dépôt avec git. Pour le revérifier, installez `council` (le projet flash-council ; `cargo install --path .` dans son clone) et lancez `council verify` dans votre clone. Un autre quartier peut le suivre en inscrivant ce dépôt sous `[[peers]]` dans son propre `council.toml` : `council sync` le récupère et `council federation` le lit.
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
readme-tasks-head = | tâche | quoi | qui | échéance |
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
readme-jars-head = | tâche | objectif | collecté | dépensé | reste | |
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
readme-gains = { $n ->
        [one] { $n } gain
       *[other] { $n } gains
    }, dont { $won } sans demander la permission. Les plus récents :
readme-without-permission = (sans permission)
readme-councils = Conseils
readme-councils-head = | date | problème | animation | décision |
readme-corrected = (corrigé : voir plus bas)
readme-earlier = Et { $n } conseils plus anciens sous `minutes/` (`council log` les liste tous).
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
