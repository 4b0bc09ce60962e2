# El cuerpo de las actas, de los informes de tareas, de las huellas de abandono y de las correcciones.
# Los argumentos `code` ya vienen escapados para un bloque de código; los demás, para texto Markdown.

## Nombres de los valores del registro

rule-consent = consentimiento
rule-consensus = consenso
rule-majority = mayoría
rule-supermajority = mayoría cualificada
rotation-least-served = primero quienes menos turnos tienen
rotation-uniform = uniforme
role-facilitator = facilitación
role-spokesperson = portavoz
role-support = apoyo
outcome-adopted = adoptada
outcome-rejected = rechazada
outcome-none = sin decisión (se acabó el tiempo)
status-done = hecha
status-dropped = abandonada
status-open = aún abierta

## Por qué alguien quedó fuera del sorteo (el registro guarda las palabras en inglés)

why-opted-out = pidió no entrar en el sorteo
why-is-facilitator = ya facilita
why-facilitated-last-time = facilitó la última vez
why-spoke-last-time = fue portavoz la última vez
why-not-facilitated-before = nunca ha facilitado
why-declined = rechazó el rol ({ $role })
why-more-turns = más turnos que otras personas ({ $n } de { $role }, el mínimo es { $fewest })

## Actas

minutes-held = Consejo relámpago del { $date }, de { $start } a { $end } ({ $minutes ->
        [one] { $minutes } minuto previsto
       *[other] { $minutes } minutos previstos
    })
minutes-place = , en { $place }
minutes-id = Identificador: `{ $id }`.
minutes-who = Quiénes estuvieron
minutes-first-time = primera vez
minutes-late = llegó después de fijarse la lista del sorteo, no entra en el sorteo
minutes-no-draw = no entra en el sorteo
minutes-no-facilitator-draw = no entra en el sorteo de la facilitación
minutes-no-spokesperson-draw = no entra en el sorteo de portavoz
minutes-elsewhere = ha facilitado en otro lugar
minutes-drawn-as = escrito { $name } en el sorteo, corregido en la revisión
minutes-people = { $n ->
        [one] { $n } persona
       *[other] { $n } personas
    }: { $list }.
minutes-lot = El sorteo
minutes-facilitator = Facilitación: **{ $name }**
minutes-supported = , con el apoyo de { $name }
minutes-spokesperson = . Portavoz: **{ $name }**.
minutes-rolled = generados por el portátil, porque nadie dijo números
minutes-called = dichos en voz alta en la sala
minutes-drawn = Sorteo (RFC 3797, rotación: { $rotation }) con los números { $origin }: { $sources }. Clave: `{ $key }`.
minutes-steps = | paso | rol | lista | sorteado | respuesta |
minutes-abandoned-steps = | paso | rol | sorteado | respuesta |
minutes-position = { $name }, posición { $position } de { $of }
minutes-left-out = (fuera del sorteo: { $list })
minutes-accepted = aceptó
minutes-declined = rechazó
minutes-unanswered = sin respuesta
minutes-counted-from-one = Aquí los pasos y las posiciones cuentan desde 1; el registro de abajo, como la RFC 3797, los cuenta desde 0.
minutes-recheck = Cualquiera puede volver a comprobar este sorteo con `council verify { $id }` o con cualquier implementación de la RFC 3797.
minutes-decision = Decisión
minutes-proposal = Propuesta: { $text }
minutes-amended = Enmendada a partir de: { $text }
minutes-rule = Regla: { $rule }. Resultado: **{ $outcome }**.
minutes-resolved = Objeciones planteadas y resueltas: { $list }.
minutes-objections = Objeciones sin resolver: { $list }.
minutes-stood-aside = Se hicieron a un lado: { $list }.
minutes-blocked = Bloqueos: { $list }.
minutes-votes = Votos: { $for } a favor, { $against } en contra, { $abstain ->
        [one] { $abstain } abstención
       *[other] { $abstain } abstenciones
    }.
minutes-review = Un consejo debe revisarla el { $date } o después.
minutes-tasks = Tareas
minutes-due = ; para el { $date }
minutes-jar = ; bote de { $target } { $currency }
minutes-report-backs = Informes sobre tareas anteriores
minutes-collected = ; recaudado { $amount }
minutes-spent = ; gastado { $amount }
minutes-delegate = Delegación
minutes-mandate = { $name } va a { $to } con este mandato escrito, revocable por cualquier consejo posterior:
minutes-recall = Este consejo revoca el mandato `{ $id }`.
minutes-autonomy = Autonomía ganada
minutes-without-permission = sin pedir permiso a nadie
minutes-with-permission = tras pedir permiso
minutes-closing = Cierre
minutes-ritual = Ritual de cierre: { $ritual }.
minutes-closed = El consejo se cerró.
minutes-words = Palabras: { $list }.
minutes-dissolved = Este consejo se ha disuelto; el próximo se convocará desde cero.
minutes-record = Registro
minutes-record-sentence = Los datos que `council verify` vuelve a comprobar: las respuestas, las listas y cada paso del sorteo. Compruébelos con `council verify { $id }` o con cualquier implementación de la RFC 3797.

## Informe de una tarea, presentado entre consejos

report-title = Informe sobre `{ $task }`
report-filed = Presentado el { $date }: la tarea está { $status }
report-collected = Recaudado { $amount }.
report-spent = Gastado { $amount }.
report-sentence = El informe tal como lo guarda el registro público: `council tasks` y `council ledger` lo leen, y la línea de arriba se escribe a partir de él.

## Huella de un consejo abandonado

abandoned-title = Abandonado: { $issue }
abandoned-what = Un consejo convocado el { $date } a las { $time } se abandonó el { $when } después de que se dijeran números para su sorteo. La lista, los números y el sorteo hasta entonces son públicos, así que un sorteo repetido hasta que convenga a alguien se ve en este registro.
abandoned-pool = Lista del sorteo de la facilitación: { $pool }.
abandoned-numbers = Números: { $list }.
abandoned-key = Clave: `{ $key }`.
abandoned-problem = El sorteo no pudo seguir: { $problem }.
abandoned-sentence = La huella tal como la guarda el registro público: la lista, los números y el sorteo hasta entonces, que cualquier implementación de la RFC 3797 puede repetir.

## Corrección junto a un consejo

correction-title = Corrección a `{ $id }`
correction-filed = Presentada el { $date }. Las actas de `{ $id }` quedan tal como se registraron; esta corrección se coloca junto a ellas:
correction-sentence = La corrección tal como la guarda el registro público: `council show` y el README del registro la muestran con el consejo, y `council verify` comprueba que el consejo existe.

## The discussion on the floor

minutes-discussion = Debate
minutes-discussion-summary = { $spoke } de los { $present } presentes { $spoke ->
        [one] habló
       *[other] hablaron
    }, en { $turns } { $turns ->
        [one] turno
       *[other] turnos
    }, durante { $talk } de palabra en total. Las dos personas que más hablaron ocuparon el { $top } % del tiempo; el coeficiente de Gini del tiempo de palabra es { $gini } (0: todos hablaron lo mismo, 1: una sola voz).
minutes-discussion-share = - { $name }: { $percent } % ({ $talk }, { $turns } { $turns ->
        [one] turno
       *[other] turnos
    })

## 0.3.0 and later (earlier files keep the wording above): one register of inclusive writing in French

rotation-least-served-v3 = primero quienes menos turnos tienen
minutes-discussion-summary-v3 = { $spoke } de los { $present } presentes { $spoke ->
        [one] habló
       *[other] hablaron
    }, en { $turns } { $turns ->
        [one] turno
       *[other] turnos
    }, durante { $talk } de palabra en total. Las dos personas que más hablaron ocuparon el { $top } % del tiempo; el coeficiente de Gini del tiempo de palabra es { $gini } (0: todos hablaron lo mismo, 1: una sola voz).
