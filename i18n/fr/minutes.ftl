# Le corps des procès-verbaux, des comptes rendus de tâche, des traces d'abandon et des corrections.
# Les arguments `code` sont déjà échappés pour un bloc de code, les autres pour du texte Markdown.

## Noms des valeurs du relevé

rule-consent = consentement
rule-consensus = consensus
rule-majority = majorité
rule-supermajority = majorité qualifiée
rotation-least-served = les moins servis d'abord
rotation-uniform = uniforme
role-facilitator = animation
role-spokesperson = porte-parole
role-support = soutien
outcome-adopted = adoptée
outcome-rejected = rejetée
outcome-none = pas de décision (temps écoulé)
status-done = faite
status-dropped = abandonnée
status-open = toujours ouverte

## Pourquoi quelqu'un n'était pas dans le tirage (le relevé garde les mots anglais)

why-opted-out = s'est retiré·e du tirage
why-is-facilitator = anime déjà
why-facilitated-last-time = a animé la dernière fois
why-spoke-last-time = a porté la parole la dernière fois
why-not-facilitated-before = n'a jamais animé
why-declined = a refusé le rôle ({ $role })
why-more-turns = plus de tours que d'autres ({ $n } en { $role }, le moins est { $fewest })

## Procès-verbal

minutes-held = Conseil éclair du { $date }, de { $start } à { $end } ({ $minutes ->
        [one] { $minutes } minute prévue
       *[other] { $minutes } minutes prévues
    })
minutes-place = , à { $place }
minutes-id = Identifiant : `{ $id }`.
minutes-who = Présent·es
minutes-first-time = première fois
minutes-late = arrivé·e après que la liste du tirage a été fixée, pas dans le tirage
minutes-no-draw = pas dans le tirage
minutes-no-facilitator-draw = pas dans le tirage de l'animation
minutes-no-spokesperson-draw = pas dans le tirage du porte-parole
minutes-elsewhere = a déjà animé ailleurs
minutes-drawn-as = écrit { $name } au tirage, corrigé à la relecture
minutes-people = { $n ->
        [one] { $n } personne
       *[other] { $n } personnes
    } : { $list }.
minutes-lot = Le tirage au sort
minutes-facilitator = Animation : **{ $name }**
minutes-supported = , avec le soutien de { $name }
minutes-spokesperson = . Porte-parole : **{ $name }**.
minutes-rolled = tirés par l'ordinateur, personne n'ayant annoncé de nombres
minutes-called = annoncés dans la salle
minutes-drawn = Tiré au sort (RFC 3797, rotation : { $rotation }) avec les nombres { $origin } : { $sources }. Clé : `{ $key }`.
minutes-steps = | étape | rôle | liste | tiré·e | réponse |
minutes-abandoned-steps = | étape | rôle | tiré·e | réponse |
minutes-position = { $name }, position { $position } sur { $of }
minutes-left-out = (hors tirage : { $list })
minutes-accepted = a accepté
minutes-declined = a refusé
minutes-unanswered = pas de réponse
minutes-counted-from-one = Les étapes et les positions comptent ici à partir de 1 ; l'enregistrement ci-dessous, comme la RFC 3797, les compte à partir de 0.
minutes-recheck = Chacun·e peut revérifier ce tirage avec `council verify { $id }` ou toute implémentation de la RFC 3797.
minutes-decision = Décision
minutes-proposal = Proposition : { $text }
minutes-amended = Amendée à partir de : { $text }
minutes-rule = Règle : { $rule }. Résultat : **{ $outcome }**.
minutes-resolved = Objections soulevées et levées : { $list }.
minutes-objections = Objections non levées : { $list }.
minutes-stood-aside = Se sont tenu·es à l'écart : { $list }.
minutes-blocked = Blocages : { $list }.
minutes-votes = Votes : { $for } pour, { $against } contre, { $abstain ->
        [one] { $abstain } abstention
       *[other] { $abstain } abstentions
    }.
minutes-review = À revoir par un conseil le { $date } ou après.
minutes-tasks = Tâches
minutes-due = ; pour le { $date }
minutes-jar = ; cagnotte de { $target } { $currency }
minutes-report-backs = Comptes rendus des tâches précédentes
minutes-collected = ; collecté { $amount }
minutes-spent = ; dépensé { $amount }
minutes-delegate = Délégation
minutes-mandate = { $name } se rend à { $to } avec ce mandat écrit, révocable par tout conseil ultérieur :
minutes-recall = Ce conseil révoque le mandat `{ $id }`.
minutes-autonomy = Autonomie gagnée
minutes-without-permission = sans demander la permission à personne
minutes-with-permission = après avoir demandé la permission
minutes-closing = Clôture
minutes-ritual = Rituel de clôture : { $ritual }.
minutes-closed = Le conseil s'est clos.
minutes-words = Mots : { $list }.
minutes-dissolved = Ce conseil est dissous ; le prochain sera convoqué à partir de zéro.
minutes-record = Données
minutes-record-sentence = Les données que `council verify` revérifie : les réponses, les listes du tirage et chaque étape du tirage. Revérifiez-les avec `council verify { $id }` ou toute implémentation de la RFC 3797.

## Compte rendu d'une tâche, déposé entre deux conseils

report-title = Compte rendu de `{ $task }`
report-filed = Déposé le { $date } : la tâche est { $status }
report-collected = Collecté { $amount }.
report-spent = Dépensé { $amount }.
report-sentence = Le compte rendu tel que le journal le garde : `council tasks` et `council ledger` le lisent, et la ligne ci-dessus en est écrite.

## Trace d'un conseil abandonné

abandoned-title = Abandonné : { $issue }
abandoned-what = Un conseil réuni le { $date } à { $time } a été abandonné le { $when } après que des nombres ont été annoncés pour son tirage. La liste, les nombres et le tirage jusque-là sont publics : un tirage refait jusqu'à ce qu'il convienne à quelqu'un se voit dans ce journal.
abandoned-pool = Liste du tirage de l'animation : { $pool }.
abandoned-numbers = Nombres : { $list }.
abandoned-key = Clé : `{ $key }`.
abandoned-problem = Le tirage n'a pas pu continuer : { $problem }.
abandoned-sentence = La trace telle que le journal la garde : la liste, les nombres et le tirage jusque-là, que toute implémentation de la RFC 3797 peut rejouer.

## Correction à côté d'un conseil

correction-title = Correction de `{ $id }`
correction-filed = Déposée le { $date }. Le procès-verbal de `{ $id }` reste tel qu'il a été enregistré ; cette correction se tient à côté :
correction-sentence = La correction telle que le journal la garde : `council show` et le README du journal la montrent avec le conseil, et `council verify` vérifie que le conseil existe.

## The discussion on the floor

minutes-discussion = Discussion
minutes-discussion-summary = { $spoke } des { $present } présents { $spoke ->
        [one] a pris
       *[other] ont pris
    } la parole, en { $turns } { $turns ->
        [one] tour
       *[other] tours
    }, pour { $talk } de parole en tout. Les deux qui ont parlé le plus en ont tenu { $top } % ; le coefficient de Gini du temps de parole est de { $gini } (0 : chacun a parlé aussi longtemps, 1 : une seule voix).
minutes-discussion-share = - { $name } : { $percent } % ({ $talk }, { $turns } { $turns ->
        [one] tour
       *[other] tours
    })

## 0.3.0 and later (earlier files keep the wording above): one register of inclusive writing in French

rotation-least-served-v3 = les moins servi·es d'abord
minutes-discussion-summary-v3 = { $spoke } des { $present } présent·es { $spoke ->
        [one] a pris
       *[other] ont pris
    } la parole, en { $turns } { $turns ->
        [one] tour
       *[other] tours
    }, pour { $talk } de parole en tout. Les deux qui ont parlé le plus en ont tenu { $top } % ; le coefficient de Gini du temps de parole est de { $gini } (0 : chacun·e a parlé aussi longtemps, 1 : une seule voix).
