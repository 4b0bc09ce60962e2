# Le site web statique (`council site`), le flux et l'affiche.

site-nav = Pages du journal
site-nav-home = Accueil
site-nav-councils = Conseils
site-nav-tasks = Tâches
site-nav-delegates = Délégations
site-nav-rotation = Rotation
site-nav-abandoned = Tirages abandonnés
site-nav-corrections = Corrections
site-nav-feed = Flux
site-skip = Aller au contenu
site-footer = Fait par flash-council à partir des fichiers du journal public. Chacun·e peut revérifier chaque tirage.
site-outcome-adopted = Adoptée
site-outcome-rejected = Rejetée
site-outcome-none = Aucune décision
site-col-date = Date
site-col-issue = Problème
site-col-decision = Décision
site-col-facilitator = Animation
site-col-what = Quoi
site-col-who = Qui
site-col-due = Pour le
site-col-status = État
site-col-note = Dernière note
site-overdue = en retard
site-status-open = ouverte
site-status-done = faite
site-status-dropped = abandonnée
site-col-target = Objectif
site-col-collected = Collecté
site-col-spent = Dépensé
site-col-left = Reste
site-col-flags = Alertes
site-jar-unspent = tâche terminée : dépenser le reste et remettre à zéro
site-jar-over = collecté au-delà de l'objectif
site-none = Aucun.
site-intro = Le journal public de { $name } : { $n ->
        [one] { $n } conseil éclair
       *[other] { $n } conseils éclair
    } jusqu'ici. Chacun a pris un problème concret, tiré au sort son animation, pris une décision et s'est dissous.
site-recent = Conseils récents
site-all-councils = Les { $n } conseils
site-open-tasks = Tâches ouvertes
site-jars = Cagnottes en cours
site-jars-all = Cagnottes
site-active-delegates = Délégations actives
site-delegate-line = { $name } auprès de { $to } : { $mandate }
site-gains = Ce que nous avons accompli ensemble
site-without-permission = sans demander la permission
site-come = Venir à un conseil
site-come-text = Les conseils sont ouverts à tout le quartier : venez écouter, parler, prendre une tâche si vous le souhaitez. Personne n'a besoin d'être déjà venu ; l'animation est tirée au sort parmi les présent·es.
site-when = { $date }, de { $start } à { $end }
site-place = à { $place }
site-corrections-title = Corrections
site-decision = Décision
site-proposal = Proposition :
site-review = À réexaminer le { $date }.
site-people = Qui
site-facilitator = Animation : { $name }
site-support = Soutien : { $name }
site-spokesperson = Porte-parole : { $name }
site-present = { $n ->
        [one] { $n } personne présente
       *[other] { $n } personnes présentes
    } : { $names }
site-tasks = Tâches
site-report-backs = Comptes rendus
site-delegate = Délégation
site-sovereignty = Autonomie gagnée
site-closing = Clôture
site-draw = Le tirage
site-draw-called = Nombres annoncés dans la salle :
site-draw-rolled = Personne n'a annoncé de nombres ; l'ordinateur les a tirés :
site-col-role = Rôle
site-col-pool = Liste
site-col-selected = Tiré·e
site-col-accepted = Accepté
site-role-facilitator = animation
site-role-spokesperson = porte-parole
site-role-support = soutien
site-left-out = { $name } écarté·e : { $why }
site-position = { $name } (position { $position } sur { $of })
site-yes = oui
site-no = non
site-recheck = Revérifier ce tirage
site-recheck-key = Clé :
site-recheck-text = Dans un clone de ce journal, avec council installé :
site-recheck-draw = Ou la première étape seule, avec l'algorithme nu de la RFC 3797 :
site-recheck-tool = Procurez-vous council auprès du projet flash-council (logiciel libre ; cargo install --path . dans un clone). Toute implémentation de la RFC 3797 donne le même tirage avec la même clé.
site-minutes = Le procès-verbal :
site-permalink = adresse permanente
site-delegates-intro = Une délégation parle pour un conseil ailleurs, dans les limites de son mandat écrit, et tout conseil suivant peut la révoquer.
site-col-delegate = Délégué·e
site-col-to = Auprès de
site-col-mandate = Mandat
site-mandate-active = actif
site-mandate-recalled = révoqué par
site-chart-label = Tours d'animation par personne
site-rotation-intro = La rotation de l'animation : les tours de chaque personne, comptés sur tous les conseils du journal.
site-rotation-cards = Sous privacy = "cards" les personnes de ce journal sont les cartes numérotées distribuées à chaque conseil. Les cartes ne sont pas des personnes : aucun tour n'est compté d'un conseil à l'autre par carte, et la rotation entre conseils n'est équitable qu'autant que le mélange des cartes.
site-gini = Coefficient de Gini des tours d'animation : { $gini } (0 : parfaitement égal ; 1 : une seule personne à chaque fois)
site-col-person = Personne
site-col-attended = Venue
site-col-facilitated = Animations
site-col-spoke = Porte-parole
site-abandoned-intro = Conseils abandonnés après l'annonce des nombres de leur tirage. Leurs listes, nombres et tirages sont publics : un tirage refait jusqu'à ce qu'il convienne à quelqu'un se voit ici.
site-pool = liste :
site-sources = nombres :
site-corrections-intro = Les procès-verbaux ne sont jamais réécrits ; une erreur trouvée plus tard est corrigée à côté.
site-feed-title = { $name } : conseils éclair
notice-decision = Ce que nous avons décidé
notice-tasks = Qui fait quoi, pour quand
notice-more = et { $n ->
        [one] { $n } autre tâche
       *[other] { $n } autres tâches
    } dans le procès-verbal
notice-jars = Cagnottes
notice-jar = { $what } : objectif { $target } { $currency }
notice-review = Nous réexaminons cette décision le { $date }.
notice-next = Venez au prochain conseil
notice-page = Ce conseil sur le web :
notice-qr = Code QR vers la page de ce conseil
notice-jar-target = Cagnotte (objectif)
site-labelled = { $label } : { $text }
notice-cut = Les textes abrégés (…) sont entiers dans le journal et sur la page du conseil.
