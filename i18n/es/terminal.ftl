# What the terminal says: prompts of `council convene`, the floor, command output.
# In the user's language (--lang, LC_ALL, LC_MESSAGES, LANG); English is the source.


## convene: the steps

convene-edit-issue = El problema concreto
convene-place = ¿Dónde se reúnen? (Intro para omitir)
convene-timebox = Tiempo previsto, en minutos
convene-timebox-range = indique un número de minutos entre 1 y 1440
convene-before-start = Antes de empezar (se muestra aquí, nunca se escribe en el acta):
convene-legal = Apoyo jurídico: { $legal }
convene-no-legal = No hay ninguna línea de apoyo jurídico.
convene-care = Equipo de cuidados: { $care }
convene-no-care = No hay ningún equipo de cuidados.
convene-set-protocol = Para indicarlos, escriba { $missing } bajo [protocol] en council.toml y haga commit (la decisión de un próximo consejo).
convene-and = y
convene-who-is-here = ¿Quién está aquí?
convene-already-listed = Ya en la lista: { $names }.
convene-regulars-more =  Se listan las { $n } personas vistas más recientemente; escriba parte de cualquier otro nombre abajo.
convene-regulars = Personas que el registro conoce, las vistas más recientemente primero.{ $more }
convene-regulars-question = ¿Quiénes de ellas están aquí? Varias a la vez
convene-type-names = Escriba cada otro nombre y pulse Intro (parte de un nombre que el registro conoce lo encuentra); una línea vacía cuando todos estén en la lista.
convene-name = Nombre (Intro cuando todos estén en la lista)
convene-two-people = Un consejo sortea una persona facilitadora y una portavoz: anota al menos a dos personas.
convene-none-of-these = ninguna de estas: { $name } es alguien nuevo
convene-which-of-them = ¿Cuáles? Varias a la vez
convene-known = { $name }, a quien el registro conoce
convene-someone-new = { $name }: alguien nuevo (otra ortografía es otra persona)
convene-did-you-mean = ¿Quisiste decir { $names }?
convene-or = o
convene-welcome = Bienvenida, { $name }: su primer consejo aquí.
convene-late = { $name } llegó después de fijar el grupo del sorteo: no entra en ningún sorteo, pero puede tomar tareas, votar y ser delegada.
convene-who-arrived = ¿Quién llegó? (Intro para terminar)
convene-no-misspelling = ninguno: dejar los nombres como están
convene-misspelled = ¿Qué nombre está mal escrito?
convene-right-name = El nombre correcto de { $name } (Intro tal cual para dejarlo)
convene-same-name = es el mismo nombre: escriba otra ortografía
convene-left-as-is = { $name } queda como está.
convene-not-corrected = No corregido: { $problem }
convene-corrected = { $old } es ahora { $right } en el acta; el sorteo queda registrado tal como se hizo, con la corrección al lado.
convene-add-late = + alguien que llegó tarde (añadirlo)
convene-opt-out-facilitator = ¿Quién prefiere no ser sorteado para facilitar hoy?
convene-opt-out-spokesperson = ¿Quién prefiere no ser sorteado para hablar en nombre del consejo hoy?
convene-open-tasks = Primero, { $n ->
        [one] la tarea abierta
       *[other] las { $n } tareas abiertas
    } de consejos anteriores.
convene-status-open = sigue abierta
convene-status-done = hecha
convene-status-dropped = abandonada
convene-due = , vence { $date }
convene-where-stands = ¿Cómo está?
convene-note = Una nota (Intro para omitir)
convene-jar = Su bote: { $collected } de { $target } { $currency } recaudados, { $spent } gastados.
convene-collected = Dinero recaudado desde entonces (Intro si nada)
convene-spent = Dinero gastado desde entonces (Intro si nada)
convene-repeat-facilitated = { $name } facilitó el último consejo: ¿acepta { $name } entrar de nuevo en el sorteo hoy?
convene-repeat-spoke = { $name } fue portavoz del último consejo: ¿acepta { $name } entrar de nuevo en el sorteo hoy?
convene-pool = La persona facilitadora se sortea entre: { $names }.
convene-left-out = { $name } no está en el sorteo: { $why }.
convene-nobody-drawn = Nadie puede ser sorteado. Añada a alguien presente, o pida a la última persona facilitadora que se presente de nuevo.
convene-before-numbers = Antes de cantar ningún número: { $problems }. Abandone este consejo con `council abandon` (no se cantó ningún número, así que no se escribe nada) y convoque otro.
convene-lot-incomplete = El sorteo no pudo completarse: { $problems }.
convene-spokesperson-after = La persona portavoz se sortea después de la misma manera, sin la facilitadora.
convene-pool-fixed = Este grupo del sorteo queda fijado.
convene-call-numbers = Ahora pida a la sala que cante números: unos cuantos cada persona, de quien sea.
convene-call-numbers-how = Escriba los números de cada persona y pulse Intro; una línea vacía para terminar. Escriba «roll» para que el ordenador los tire en su lugar.
convene-numbers = Números cantados
convene-rolled = El ordenador tiró: { $numbers }
convene-already-called = Ya se cantaron números: siga, o pulse Intro para sortear.
convene-one-number = Hace falta al menos un número (o escriba «roll»).
convene-draw-hint = el diario se conserva; `council abandon` descarta este consejo y deja una huella pública de su sorteo
convene-key = Clave: { $key }
convene-selection = Selección { $i }: posición { $position } de { $of } en [{ $pool }] -> { $name }
convene-accept-facilitator = ¿Acepta { $name } ser facilitador·a?
convene-accept-spokesperson = ¿Acepta { $name } ser portavoz?
convene-accept-support = ¿Acepta { $name } ser apoyo?
convene-is-facilitator = { $name } es quien facilita.
convene-is-spokesperson = { $name } es portavoz.
convene-is-support = { $name } es el apoyo.
convene-support-selection = Selección { $i } (apoyo): posición { $position } de { $of } en [{ $pool }] -> { $name } apoya a { $facilitator }.
convene-elsewhere = { $name } no ha facilitado en este registro: ¿ha facilitado { $name } en otro lugar antes?
convene-without-support = { $name } facilita sin apoyo; el acta dice que ha facilitado en otro lugar.
convene-facilitated-here = { $name } (facilitó { $n } { $n ->
        [one] vez
       *[other] veces
    } aquí)
convene-facilitated-elsewhere = { $name } (facilitó en otro lugar)
convene-support-by-lot = Sortear el apoyo entre ellas
convene-not-facilitated = { $name } (no ha facilitado)
convene-nobody-supports = Nadie presente puede apoyar: la persona facilitadora sigue sin apoyo.
convene-who-supports = { $name } nunca ha facilitado: ¿quién le apoya?
convene-support-later = El apoyo se sortea con el siguiente paso de la clave, una vez sorteada la persona portavoz.
convene-proposal-time-up = La propuesta (Intro si no hay: el consejo termina sin decisión)
convene-proposal-floor = ¿Cuál es la propuesta? (/floor vuelve al turno de palabra)
convene-proposal = ¿Cuál es la propuesta?
convene-decided-by = Decidido por
convene-stand-aside = ¿Quién se hace a un lado?
convene-blocks = ¿Quién bloquea?
convene-arrived-to-vote = ¿Ha llegado alguien desde que se fijó el grupo del sorteo (para votar)?
convene-votes-for = Votos a favor
convene-votes-against = Votos en contra
convene-abstentions = Abstenciones
convene-whole-number = un número entero
convene-wording = La redacción final de la propuesta (Intro la mantiene; edítela si se enmendó)
convene-outcome = Resultado
convene-statement-required = La declaración del resultado, en palabras del consejo
convene-statement = La declaración del resultado (Intro para omitir)
convene-review = Revisarla en un consejo a partir del (AAAA-MM-DD, Intro para omitir)
convene-resolved = { $text } (resuelta)
convene-unresolved = { $text } (sin resolver)
convene-objections-so-far = Objeciones registradas hasta ahora: { $list }.
convene-clear-objections = ¿Borrarlas y registrar de nuevo las objeciones?
convene-objection = Una objeción planteada (Intro cuando no quede ninguna)
convene-concern = Una inquietud planteada y resuelta (Intro cuando no quede ninguna)
convene-was-resolved = ¿Se resolvió?
convene-resolved-choice = resuelta (la propuesta puede enmendarse)
convene-unresolved-choice = sigue sin resolver
convene-hand-out-task = ¿Repartir una tarea?
convene-another-task = ¿Otra tarea?
convene-task-what = ¿Qué hay que hacer?
convene-volunteers = ¿Quién se ofrece?
convene-one-volunteer = Una tarea necesita al menos una persona voluntaria.
convene-task-due = Vencimiento (AAAA-MM-DD, Intro si no hay)
convene-jar-target = Un bote para ella: cantidad objetivo (Intro si no hay)
convene-currency = Moneda
convene-task-jar = ; bote de { $target } { $currency }
convene-task-item = Tarea { $n }: { $what } ({ $who }{ $jar })
convene-add-task = Añadir una tarea
convene-done-tasks = Terminar con las tareas
convene-which-task = ¿Qué tarea? (cambiarla o quitarla)
convene-task-n = Tarea { $n }
convene-change-it = Cambiarla
convene-remove-it = Quitarla
convene-keep-it = Dejarla como está
convene-keep-mandates = Mantener todos los mandatos
convene-recall = Revocar { $council } ({ $name } ante { $to })
convene-recall-question = ¿Revocar un mandato vigente?
convene-send-delegate = ¿Enviar una persona delegada revocable con un mandato escrito?
convene-who-goes = ¿Quién va?
convene-where-to = ¿Adónde?
convene-mandate = El mandato escrito
convene-gained = ¿Qué puede hacer ahora el barrio por sí mismo? (Intro para omitir)
convene-without-permission = ¿Se logró sin pedir permiso a nadie?
convene-another-ritual = otro ritual
convene-no-ritual = ninguno
convene-closing-ritual = El ritual de cierre
convene-which-ritual = ¿Qué ritual?
convene-check-out = Palabras de cierre, separadas por comas (Intro para omitir)
convene-not-empty = esto no puede estar vacío
convene-too-long = esto tiene { $n } caracteres: se permiten { $max } como máximo

## convene: starting, resuming, reviewing, committing

convene-committing = El acta se está guardando (commit); tarda un momento.
convene-opening = Un consejo relámpago de { $name }. Un problema, una decisión, y nos disolvemos.
convene-issue = ¿Cuál es el problema concreto que aborda este consejo?
convene-issue-empty = nombre el problema en pocas palabras
convene-issue-long = nombre el problema en pocas palabras: { $max } caracteres como máximo
convene-already-committed = Este consejo ya se había guardado como { $id } antes de la interrupción; su diario se elimina. El consejo se ha disuelto.
convene-time-up = Se acabó el tiempo: el consejo pasa a la decisión y se disuelve.
convene-resuming = Se reanuda el consejo sobre: { $issue }
convene-recap-place = lugar: { $place }
convene-recap-timebox = tiempo previsto: { $minutes } minutos
convene-recap-late =  (llegó tarde, fuera del sorteo)
convene-recap-out =  (fuera del sorteo)
convene-recap-out-facilitator =  (fuera del sorteo de facilitación)
convene-recap-out-spokesperson =  (fuera del sorteo de portavoz)
convene-recap-present = presentes: { $names }
convene-recap-numbers = números cantados: { $numbers }
convene-recap-facilitator = facilitación: { $name }
convene-recap-spokesperson = portavoz: { $name }
convene-recap-floor = palabra: { $waiting } en espera, tiempo de palabra { $held }
convene-recap-none-yet = ninguno todavía
convene-recap-proposal = propuesta: { $proposal }
convene-recap-decision = decisión: { $outcome }
convene-recap-tasks = tareas: { $n }
convene-cannot-commit-yet = Estas respuestas aún no pueden guardarse: { $problems }
convene-review-commit = Guardar el acta y disolverse
convene-review-place = Editar el problema y el lugar
convene-review-reports = Editar los informes
convene-review-decision = Editar la decisión
convene-review-tasks = Editar las tareas y botes
convene-review-delegate = Editar la delegación
convene-review-autonomy = Editar la autonomía ganada
convene-review-closing = Editar el cierre
convene-review-name = Corregir un nombre mal escrito
convene-review-late = Añadir a alguien que llegó tarde
convene-review-lot-fixed = El sorteo queda fijado una vez hecho: un nombre mal escrito se corrige al lado, quien llega tarde se suma fuera de él; para repetir el sorteo, abandone este consejo (`council abandon` deja una huella pública).
convene-review-minutes = Revisa el acta de arriba
convene-reenter-first = Vuelve primero a la sección nombrada arriba.
convene-dissolved = El consejo se ha disuelto. Nada se arrastra: el próximo consejo se convoca desde cero.

## convene: prompts and time notices

convene-interrupted-before = Interrumpido antes de la primera respuesta: no se escribió nada.
convene-interrupted = Interrumpido. Cada respuesta dada hasta ahora se conserva en el diario: continúe con `council resume`, o descártelo con `council abandon`.
convene-notice-time-up = *** Se acabó el tiempo: el tiempo previsto terminó. Pasen a la decisión y cierren. ***
convene-notice-left = *** Quedan { $n } minutos del tiempo previsto. ***
convene-label-time-up = [tiempo agotado] { $question }
convene-label-left = [quedan { $n } min] { $question }
convene-answer-too-long = es demasiado largo: { $max } caracteres como máximo
convene-multi = { $question } (Espacio marca, Intro confirma)
convene-read-failed = no se pudo leer una respuesta desde el terminal

## convene: the floor

floor-typing-add = Añadir a la lista
floor-typing-point = Cuestión de orden (va primero)
floor-typing-remove = Quitar de la lista
floor-keys = 1-9/a añadir  n siguiente  p pausa  r quitar  o orden  i protocolo  ? ayuda  d decisión
floor-help-add = añadir a alguien a la lista: su número, o parte de su nombre, y luego Intro
floor-help-next = siguiente: la primera de la lista toma la palabra (quien hablaba se detiene)
floor-help-pause = pausa el reloj de quien habla; p otra vez le devuelve la palabra
floor-help-remove = quitar a alguien de la lista
floor-help-point = una cuestión de orden: pasa por delante de toda la lista
floor-help-protocol = muestra los recordatorios de protocolo de council.toml
floor-help-help = esta ayuda; Esc la cierra
floor-help-decision = dejar el turno de palabra para la decisión (la pregunta de la propuesta acepta /floor para volver)
floor-help-journaled = Cada tecla se anota en el diario con su hora: un fallo no pierde nada; `council resume` vuelve aquí.
floor-help-minutes = El tiempo de palabra es para que la sala lo vea; solo lo que pide floor_record va al acta.
floor-time-up = TIEMPO AGOTADO +{ $over }
floor-left-5 = quedan { $left }: últimos 5 min
floor-left-10 = quedan { $left }: últimos 10 min
floor-left = quedan { $left }
floor-nobody-speaking = nadie habla
floor-waiting = { $n } en espera
floor-enlarge = agranda la ventana
floor-title = El turno de palabra: { $issue }
floor-speaking = Habla: { $name }  { $turn } este turno, { $all } en total
floor-paused = En pausa: { $name } (p le devuelve la palabra)
floor-speaking-nobody = Habla: nadie (n da la palabra a la primera de la lista)
floor-share = { $name } { $share } % (una parte igual es { $equal } %)
floor-uneven = La palabra está desigual: { $cue }. ¿Alguien a quien no se ha oído?
floor-keys-title = Teclas (Esc cierra)
floor-no-protocol = council.toml no tiene recordatorios [protocol].
floor-protocol-title = Recordatorios de protocolo (Esc cierra)
floor-typing = { $what }: número o parte de un nombre: { $text }_  (Intro, Esc)
floor-stack-title = Lista ({ $rule })
floor-nobody-waiting = nadie en espera
floor-present-title = Presentes: tiempo de palabra
floor-type-something = escriba un número o parte de un nombre
floor-no-number = nadie tiene el número { $n }
floor-no-match = ninguna persona presente coincide con «{ $typed }»
floor-ambiguous = «{ $typed }» podría ser { $names }: escriba más, o el número
floor-replay = el turno de palabra del diario no puede reproducirse: { $problem }
floor-replay-hint = el diario se modificó a mano; abandona este consejo con `council abandon` y convoca otro
floor-on-stack = { $name } está en la lista.
floor-point = { $name } tiene una cuestión de orden: primero.
floor-off-stack = { $name } sale de la lista.
floor-has-floor = { $name } tiene la palabra.
floor-nobody-on-stack = Nadie espera en la lista.
floor-clock-paused = El reloj de { $name } está en pausa.
floor-has-floor-again = { $name } tiene de nuevo la palabra.
floor-nobody-is-speaking = Nadie está hablando.
floor-keys-message = Teclas: { $keys }

## Status verbs (right-aligned, at most 12 characters)

verb-committed = Guardado
verb-recorded = Registrado
verb-rolled = Tirado
verb-verified = Verificado
verb-origin = Origen
verb-adopting = Adoptando
verb-created = Creado
verb-started = Iniciado

## council run

run-data-block = un bloque de datos se reproduce y se compara, nunca se guarda: es el registro de un consejo ya sorteado
run-dry-init = una simulación no crea ningún registro: el consejo se calcula como el primero de un registro nuevo con los ajustes por defecto
init-origin-log = { $path }: el registro de la rama { $branch } de origin (este clon no tenía commits propios)
err-init-origin-log = { $path } es un clon sin commits en su rama, y origin contiene un registro de consejos en { $branch }: init empezaría un segundo registro sin relación
err-init-origin-log-hint = tome el registro de origin con `git -C { $path } switch { $branch }` (aparte antes los archivos de la carpeta); no se escribió nada
run-recorded = ya está: este consejo (mismo problema, inicio y asistentes) es { $path } en el registro; no se hace un segundo sorteo
run-committed = { $path } ({ $commit }): facilitación { $facilitator }, portavoz { $spokesperson }, decisión { $outcome }
run-rolled = nadie cantó números, así que el ordenador tiró: { $numbers }

## council init

init-origin = fijado en { $url }
init-publish = Publicar: `council --log { $at } sync` envía el registro a { $url }; con push = true en council.toml, cada consejo se envía en cuanto se guarda.
init-next-convene = Después: en la reunión, `council --log { $at } convene` hace a la sala una pregunta cada vez.
init-next-run = Para scripts, `council --log { $at } run FILE` celebra un consejo entero a partir de un archivo de respuestas
init-next-example = (`council run --example` muestra uno completo).
init-adopting-git-dir = el repositorio git que nombra GIT_DIR, en { $path }
init-adopting = el repositorio git de { $path }
init-created = un repositorio git en { $path }
init-started = el registro de { $name } en { $path } ({ $commit })

## council verify

verify-none = Todavía no hay ningún consejo en el registro.
verify-verified = { $n } { $n ->
        [one] consejo
       *[other] consejos
    }: cada sorteo se comprueba, y el registro está tal como se escribió
verify-failed = { $n } { $n ->
        [one] archivo no concuerda
       *[other] archivos no concuerdan
    } con su recálculo o con la historia del registro

## council log, tasks, stats

log-none = Todavía no hay ningún consejo en el registro; celebra uno con `council run FILE`.
column-date = fecha
column-id = id
column-issue = problema
column-facilitator = facilitación
column-outcome = resultado
column-what = qué
column-who = quién
column-due = vence
column-status = estado
column-jar = bote
column-name = nombre
column-attended = asistencias
column-facilitated = facilitaciones
column-spoke = portavoz
column-supported = apoyos
tasks-no-open = Ninguna tarea abierta.
tasks-none-done = Ninguna tarea hecha todavía.
tasks-none = Ninguna tarea todavía.
tasks-overdue = abierta, VENCIDA
tasks-jar = { $collected }/{ $target } { $currency } (quedan { $left })
stats-councils = { $n } { $n ->
        [one] consejo
       *[other] consejos
    }. Gini de los turnos de facilitación: { $gini } (0 es perfectamente igual).
stats-largest = Mayor parte: { $name } facilitó { $n } de { $of } { $of ->
        [one] consejo
       *[other] consejos
    } ({ $percent } %).
stats-run = Racha seguida más larga: { $name }, { $n } { $n ->
        [one] consejo
       *[other] consejos seguidos
    }.
stats-talk = Tiempo de palabra, consejo a consejo (Gini: 0 todos hablaron lo mismo, 1 una sola voz):

## council ledger, delegates, draw, convene

ledger-councils = Consejos: { $n }
ledger-decisions = Decisiones: { $adopted } { $adopted ->
        [one] adoptada
       *[other] adoptadas
    }, { $rejected } { $rejected ->
        [one] rechazada
       *[other] rechazadas
    }, { $none } sin decisión
ledger-tasks = Tareas: { $done } { $done ->
        [one] hecha
       *[other] hechas
    }, { $open } { $open ->
        [one] abierta
       *[other] abiertas
    } ({ $overdue } { $overdue ->
        [one] vencida
       *[other] vencidas
    }), { $dropped } { $dropped ->
        [one] abandonada
       *[other] abandonadas
    }
ledger-sovereignty = Autonomía ganada: { $n } { $n ->
        [one] entrada
       *[other] entradas
    }, { $without } { $without ->
        [one] lograda
       *[other] logradas
    } sin pedir permiso
ledger-jars = Botes:
ledger-yes = sí
ledger-no = no
column-council = consejo
column-gained = ganada
column-without-permission = sin permiso
column-task = tarea
column-target = objetivo
column-collected = recaudado
column-spent = gastado
column-left = falta
column-flag = aviso
column-to = ante
column-mandate = mandato
column-number = n.º
column-draw = sorteo
column-i = i
column-position = posición
column-selected = elegido
delegates-none = No se ha dado mandato a ninguna persona delegada.
delegates-recalled = revocado por { $council }
delegates-active = vigente
draw-key = clave: { $key }
draw-from-one = aquí las posiciones se cuentan desde 1; la RFC 3797 y `--json` las cuentan desde 0
draw-position = { $position } de { $of }
convene-in-progress = Hay un consejo sobre «{ $issue }» en curso aquí
convene-resume-it = Reanudarlo
convene-abandon-it = Abandonarlo (queda una huella pública si se hizo su sorteo)
convene-leave-it = Dejarlo por ahora

## council abandon, report, correct

verb-abandoned = Abandonado
verb-reporting = Informando
verb-reported = Informado
verb-correcting = Corrigiendo
verb-corrected = Corregido
abandon-unreadable = el diario ilegible, conservado como { $path }; no se puede leer ningún sorteo de él, así que no se escribe nada en el registro
abandon-question = ¿Abandonar el consejo sobre «{ $issue }»? Sus respuestas se descartarán
abandon-kept = Conservado: continúalo con `council resume`.
abandon-no-lot = el consejo en curso; no se hizo ningún sorteo, así que no se escribe nada en el registro
abandon-public = el consejo; su sorteo hasta ahora es público en { $path } ({ $commit })
report-on = sobre { $task }
report-done = { $task } está { $status } ({ $path }, { $commit })
correct-done = { $council } ({ $path }, { $commit })

## council federation

federation-none = Todavía no hay ningún consejo en el registro ni en sus pares.
federation-no-delegate = No se ha dado mandato a ninguna persona delegada en el registro ni en sus pares.
column-neighborhood = barrio
federation-verified = { $files } { $files ->
        [one] archivo
       *[other] archivos
    } en { $logs } { $logs ->
        [one] barrio
       *[other] barrios
    }: cada sorteo se comprueba
federation-failed = { $n } { $n ->
        [one] archivo no concuerda
       *[other] archivos no concuerdan
    } con su recálculo o con la historia de su registro

## Errors and hints of the commands

err-no-council-in-progress = no hay ningún consejo en curso en este registro
err-nothing-to-abandon = nada que abandonar
err-abandon-needs-terminal = abandonar un consejo necesita una confirmación, y esto no es un terminal
err-abandon-pass-yes = use --yes para abandonar sin preguntar
err-start-convene = empiece uno con `council convene`
err-note-empty = --note está vacío
err-correct-note-hint = diga qué estaba mal en el acta y qué es lo correcto
err-report-note-hint = diga qué pasó, o no ponga --note
err-nothing-written = no se escribió nada en el registro
err-report-task-hint = `council tasks` lista cada id de tarea; no se escribió nada en el registro
err-tasks-in-play = { $typed } nombra { $n } tareas en curso: { $ids }
err-tasks-in-play-hint = escriba más del id de la tarea; `council tasks --open` las lista; no se escribió nada en el registro
err-task-ended = { $typed } no nombra ninguna tarea en curso, solo tareas terminadas (hechas o abandonadas): { $ids }
err-task-ended-hint = `council tasks` lista todas las tareas; para informar sobre una tarea terminada, escribe su id completo; no se escribió nada en el registro
err-councils-named = { $typed } nombra { $n } consejos: { $ids }
err-councils-named-hint = escriba más del id del consejo; `council log` los lista
err-unknown-council = ningún consejo { $id } en el registro
err-unknown-council-list = `council log` lista cada consejo
cmd-did-you-mean = ¿quiso decir { $ids }?
err-shallow = { $path } es un clon superficial: la historia del registro no está entera aquí, así que los sorteos no pueden comprobarse con ella
err-shallow-hint = traiga toda la historia con `git fetch --unshallow`, y vuelva a ejecutar `council verify`
err-pool-file = no se pudo leer el archivo del grupo { $path }: { $error }
err-pool-file-hint = dé un archivo de texto con un nombre por línea
draw-pool-empty = el grupo está vacío: dé al menos un nombre
err-pool-twice = { $name } está dos veces en el grupo
err-pool-twice-hint = cada persona está una sola vez en el grupo; añada una inicial para distinguir a dos personas
err-pool-too-large = el grupo tiene más de 65535 nombres, el máximo que permite la RFC 3797
err-count = --count { $count } no cabe en un grupo de { $n }
err-count-hint = sortea entre 1 y { $n }
err-source-hint = una fuente es una lista de números enteros, como --source "3 5 1 6"
err-init-name-sign = --name { $name } no puede firmar los commits del registro: { $error }
err-init-name-sign-hint = dé un nombre sin corchetes angulares ni saltos de línea, como --name "Consejo relámpago de la calle Olmo"; no se creó nada
err-init-exists = { $path } ya contiene un registro de consejo ({ $file } existe); no se cambió nada
err-init-exists-hint = celebra un consejo en él con `council --log { $path } run FILE`
err-init-readme = { $path } tiene su propio README.md; el README del registro se genera, así que se sobrescribiría
err-init-readme-hint = renombre su README.md (por ejemplo a ABOUT.md), haga commit, y vuelva a ejecutar `council init`; no se cambió nada
err-init-template = no hay ninguna plantilla { $name }
err-init-template-hint = `council init --list-templates` las lista
err-init-name = --name { $name } no es un nombre de consejo utilizable
err-init-name-hint = dé un nombre como --name "Consejo relámpago de la calle Olmo"
err-run-invalid = { $origin } no es un archivo de respuestas válido: { $error }
err-run-invalid-hint = el esquema de las respuestas está en el README; examples/ tiene archivos de respuestas completos
err-run-landed-hint = no se guardó nada; vuelva a ejecutar para sortear a partir del registro tal como está ahora
err-run-landed-rolled-hint = el acta no se guardó; los números que tiró el ordenador se conservan en el registro público en { $trace }. Vuelve a ejecutar para sortear a partir del registro tal como está ahora
err-run-one-council = un archivo de respuestas contiene un solo consejo: compruebe que es el archivo que quería
err-run-stdin = no se pudieron leer las respuestas desde la entrada estándar
err-run-not-utf8 = { $origin } no es texto UTF-8
err-run-unreadable = no se pudo leer el archivo de respuestas { $path }: { $error }
err-run-unreadable-hint = dé la ruta de un archivo de respuestas TOML, como examples/the-bench-is-broken.toml
err-run-file-not-utf8 = no se pudo leer el archivo de respuestas { $origin }: no es texto UTF-8
err-run-save-utf8 = guarde el archivo de respuestas en UTF-8
err-run-fix = corrija el archivo de respuestas y vuelva a ejecutar; no se escribió nada en el registro
err-run-dry-roll = { $origin } no da `draw.sources`, así que el ordenador tiraría los números: un ensayo no tira ninguno
err-run-dry-roll-hint = dé los números cantados en la sala en `draw.sources` para ver el acta de antemano, o ejecute sin --dry-run
err-run-rolled-fix = los números que tiró el ordenador se conservan en el registro público en { $trace }; corrija el archivo de respuestas y vuelva a ejecutar
err-run-no-reproduce = { $origin } no se reproduce: { $problems }
err-run-no-reproduce-hint = `council verify` vuelve a comprobar los consejos que ya están en el registro
err-show-elsewhere = { $path } contiene el consejo { $found }, no { $id }
err-show-elsewhere-hint = `council verify` nombra los archivos que no están donde su id los pone
err-no-terminal = `council { $command }` hace sus preguntas a la sala y necesita un terminal, pero esto no lo es
err-no-terminal-hint = para scripts, escriba las respuestas en un archivo y ejecute `council run FILE` (`council run --example` muestra uno completo)

## Labels of errors and warnings

label-error = error:
label-caused-by = causa:
label-hint = pista:
label-warning = aviso:

## Federation warnings, the journal, committing a convened council

federation-this-log = este registro
federation-peer = par { $name }
federation-not-fetched = { $label } aún no se ha traído: ejecute `council sync` para traerlo; omitido
federation-skipped = { $label } se omite: { $problem }
federation-file-skipped = { $label }: { $path } se omite: { $why }
federation-minutes-unreadable = { $label }: sus actas no pueden leerse: { $error }; omitido
federation-reports-unreadable = { $label }: sus informes no pueden leerse: { $error }
federation-tasks-unreadable = { $label }: sus tareas no pueden sumarse ({ $problem }); omitido
journal-unreadable = el diario { $path } no puede leerse: { $error }
journal-unreadable-hint = apártelo con `council abandon --yes` (se conserva, renombrado, no se borra), o corríjalo a mano
convene-cannot-commit = el consejo no puede guardarse: { $problems }
convene-cannot-commit-hint = vuelva a la sección nombrada, y guarde
convene-landed-hint = no se guardó nada y el diario se conserva. Abandone este consejo con `council abandon` (su sorteo sigue siendo público en abandoned/) y convoque de nuevo a partir del registro tal como está ahora

## council show

show-correction = Corrección del { $date }: { $note }
federation-cannot-recheck = no se puede volver a comprobar { $label }: { $error }

## status verbs and lines of sync, site, secret and the lock

verb-pushed = Enviado
verb-synced = Sincronizado
verb-updated = Actualizado
verb-merged = Fusionado
verb-fetched = Recibido
verb-waiting = Esperando
verb-repaired = Reparado
verb-wrote = Escrito
verb-unchanged = Sin cambios
verb-exported = Exportado
verb-imported = Importado
site-wrote = el sitio ({ $n ->
    [one] { $n } archivo
   *[other] { $n } archivos
  }) en { $out }; abra { $index }
site-committed = el sitio en la rama { $branch } ({ $commit })
site-unchanged = la rama { $branch } ya contiene este sitio
federation-own-row = { $name } (este registro)
federation-calls-itself = { $name } (se llama «{ $claim }»)

## the floor's stack: why each one is where they are, the rule, the keys with words

floor-why-point = cuestión de orden
floor-why-asked = en el orden pedido
floor-why-first-time = primera vez, aún sin hablar
floor-why-not-spoken = aún sin hablar
floor-why-spoke = habló { $time }
floor-rule-in-order = en orden
floor-rule-progressive = progresiva
floor-key-add = 1-9 o a
floor-key-next = n, Espacio
err-council-numbered = ningún consejo tiene el número { $n }: el registro contiene { $count } { $count ->
        [0] consejos todavía
        [one] consejo, numerado 1
       *[other] consejos, numerados desde 1
    }
err-council-numbered-hint = `council log` muestra el número de cada consejo en su primera columna
