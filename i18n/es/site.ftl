# El sitio web estático (`council site`), el canal y el cartel.

site-nav = Páginas del registro
site-nav-home = Inicio
site-nav-councils = Consejos
site-nav-tasks = Tareas
site-nav-delegates = Delegados
site-nav-rotation = Rotación
site-nav-abandoned = Sorteos abandonados
site-nav-corrections = Correcciones
site-nav-feed = Canal
site-skip = Ir al contenido
site-footer = Hecho por flash-council con los archivos del registro público. Cualquiera puede comprobar cada sorteo.
site-outcome-adopted = Adoptada
site-outcome-rejected = Rechazada
site-outcome-none = Sin decisión
site-col-date = Fecha
site-col-issue = Problema
site-col-decision = Decisión
site-col-facilitator = Facilitación
site-col-what = Qué
site-col-who = Quién
site-col-due = Para el
site-col-status = Estado
site-col-note = Última nota
site-overdue = atrasada
site-status-open = abierta
site-status-done = hecha
site-status-dropped = abandonada
site-col-target = Objetivo
site-col-collected = Recaudado
site-col-spent = Gastado
site-col-left = Queda
site-col-flags = Avisos
site-jar-unspent = tarea terminada: gastar lo que queda y vaciar el bote
site-jar-over = recaudado por encima del objetivo
site-none = Ninguno.
site-intro = El registro público de { $name }: { $n ->
        [one] { $n } consejo relámpago
       *[other] { $n } consejos relámpago
    } hasta ahora. Cada uno abordó un problema concreto, sorteó su facilitación, tomó una decisión y se disolvió.
site-recent = Consejos recientes
site-all-councils = Los { $n } consejos
site-open-tasks = Tareas abiertas
site-jars = Botes en juego
site-jars-all = Botes
site-active-delegates = Delegados activos
site-delegate-line = { $name } ante { $to }: { $mandate }
site-gains = Lo que logramos en común
site-without-permission = sin pedir permiso
site-come = Venir a un consejo
site-come-text = Los consejos están abiertos a todo el barrio: venga a escuchar, hablar, tomar una tarea si quiere. Nadie necesita haber venido antes; la facilitación se sortea entre quienes están.
site-when = { $date }, de { $start } a { $end }
site-place = en { $place }
site-corrections-title = Correcciones
site-decision = Decisión
site-proposal = Propuesta:
site-review = Para revisar el { $date }.
site-people = Quién
site-facilitator = Facilitación: { $name }
site-support = Apoyo: { $name }
site-spokesperson = Portavoz: { $name }
site-present = { $n ->
        [one] { $n } persona presente
       *[other] { $n } personas presentes
    }: { $names }
site-tasks = Tareas
site-report-backs = Informes
site-delegate = Delegación
site-sovereignty = Autonomía ganada
site-closing = Cierre
site-draw = El sorteo
site-draw-called = Números dichos en la sala:
site-draw-rolled = Nadie dijo números; el ordenador los sorteó:
site-col-role = Papel
site-col-pool = Lista
site-col-selected = Sorteado
site-col-accepted = Aceptó
site-role-facilitator = facilitación
site-role-spokesperson = portavoz
site-role-support = apoyo
site-left-out = { $name } fuera: { $why }
site-position = { $name } (posición { $position } de { $of })
site-yes = sí
site-no = no
site-recheck = Comprobar este sorteo
site-recheck-key = Clave:
site-recheck-text = En un clon de este registro, con council instalado:
site-recheck-draw = O solo el primer paso, con el algoritmo desnudo de la RFC 3797:
site-recheck-tool = Consiga council del proyecto flash-council (software libre; cargo install --path . en un clon). Cualquier implementación de la RFC 3797 da el mismo sorteo con la misma clave.
site-minutes = El acta:
site-permalink = dirección permanente
site-delegates-intro = Un delegado habla por un consejo en otro lugar, solo dentro de su mandato escrito, y cualquier consejo posterior puede revocarlo.
site-col-delegate = Delegado
site-col-to = Ante
site-col-mandate = Mandato
site-mandate-active = activo
site-mandate-recalled = revocado por
site-chart-label = Turnos de facilitación por persona
site-rotation-intro = La rotación de la facilitación: los turnos de cada persona, contados en todos los consejos del registro.
site-rotation-cards = Con privacy = "cards" las personas de este registro son las tarjetas numeradas repartidas en cada consejo. Las tarjetas no son personas: no se cuentan turnos de un consejo a otro por tarjeta, y la rotación entre consejos es tan justa como la mezcla de las tarjetas.
site-gini = Coeficiente de Gini de los turnos de facilitación: { $gini } (0: perfectamente igual; 1: la misma persona cada vez)
site-col-person = Persona
site-col-attended = Vino
site-col-facilitated = Facilitó
site-col-spoke = Portavoz
site-abandoned-intro = Consejos abandonados después de decir los números de su sorteo. Sus listas, números y sorteos son públicos: un sorteo repetido hasta que convenga a alguien se ve aquí.
site-pool = lista:
site-sources = números:
site-corrections-intro = Las actas nunca se reescriben; un error encontrado después se corrige al lado.
site-feed-title = { $name }: consejos relámpago
notice-decision = Lo que decidimos
notice-tasks = Quién hace qué, para cuándo
notice-more = y { $n ->
        [one] { $n } tarea más
       *[other] { $n } tareas más
    } en el acta
notice-jars = Botes
notice-jar = { $what }: objetivo { $target } { $currency }
notice-review = Revisamos esta decisión el { $date }.
notice-next = Venga al próximo consejo
notice-page = Este consejo en la web:
notice-qr = Código QR a la página de este consejo
notice-jar-target = Bote (objetivo)
site-labelled = { $label }: { $text }
notice-cut = Los textos abreviados (…) están completos en el registro y en la página del consejo.
