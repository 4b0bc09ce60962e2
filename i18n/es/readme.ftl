# El README.md generado del registro.

readme-title = { $name }: registro público
readme-intro = Aquí están las actas de todos los consejos relámpago de { $name }, un archivo de texto por consejo en `minutes/`, con los informes de tareas en `reports/` y la configuración permanente en `council.toml`. Cada consejo abordó un problema concreto, sorteó su facilitación, tomó una decisión y se disolvió. Cualquiera puede volver a comprobar cada sorteo con `council verify` o con cualquier implementación de la RFC 3797.
readme-getting = Cómo obtener este registro: clone este repositorio con git. Otro barrio puede seguirlo añadiendo este repositorio en `[[peers]]` de su propio `council.toml`: `council sync` lo descarga y `council federation` lo lee.
readme-empty = Todavía no hay ningún consejo.
readme-no-ledger = No se pueden sumar las cuentas: { $problem }.
readme-councils-so-far = { $n ->
        [one] { $n } consejo
       *[other] { $n } consejos
    } hasta ahora: { $adopted ->
        [one] { $adopted } decisión adoptada
       *[other] { $adopted } decisiones adoptadas
    }, { $rejected ->
        [one] { $rejected } rechazada
       *[other] { $rejected } rechazadas
    }, { $none ->
        [one] { $none } terminó sin decisión
       *[other] { $none } terminaron sin decisión
    }. Tareas: { $done ->
        [one] { $done } hecha
       *[other] { $done } hechas
    }, { $open ->
        [one] { $open } abierta
       *[other] { $open } abiertas
    }, { $dropped ->
        [one] { $dropped } abandonada
       *[other] { $dropped } abandonadas
    }. A { $today }.
readme-in-play = Esta página muestra lo que está en curso: tareas abiertas, delegaciones activas y botes con novedades en los últimos { $days } días, y los { $recent } consejos más recientes. Los anteriores se cuentan pero no se listan: cada uno sigue en las actas de su consejo, y `council tasks`, `council delegates` y `council log` lo listan todo.
readme-open-tasks = Tareas abiertas
readme-none = Ninguna.
readme-none-fresh = Ninguna con novedades en los últimos { $days } días.
readme-tasks-head = | tarea | qué | quién | plazo | última nota |
readme-overdue = { $date } **vencida**
readme-aged-tasks = { $n ->
        [one] { $n } tarea abierta más
       *[other] { $n } tareas abiertas más
    } sin novedades desde hace más de { $days } días: `council tasks` { $n ->
        [one] la lista
       *[other] las lista
    }.
readme-delegates = Delegaciones activas
readme-delegate = { $name } ante { $to }, con mandato de `{ $council }`: { $mandate }
readme-aged-mandates = { $n ->
        [one] { $n } mandato otorgado
       *[other] { $n } mandatos otorgados
    } hace más de { $days } días y nunca revocados (`council delegates` { $n ->
        [one] lo lista
       *[other] los lista
    })
readme-and-aged-mandates = y { readme-aged-mandates }
readme-jars = Botes
readme-jars-head = | tarea | qué | objetivo | recaudado | gastado | queda | |
readme-jar-unspent = **tarea terminada: gastar lo que queda y poner a cero**
readme-jar-over = **recaudado por encima del objetivo**
readme-aged-jars = { $n ->
        [one] { $n } bote en curso
       *[other] { $n } botes en curso
    } sin novedades desde hace más de { $days } días: `council ledger` { $n ->
        [one] lo lista
       *[other] los lista
    }.
readme-sovereignty = Registro de soberanía
readme-gains = Lo que el barrio logró en común, sin esperar a nadie: { $n ->
        [one] { $n } logro
       *[other] { $n } logros
    }, { $won } de ellos sin pedir permiso. Los más recientes:
readme-without-permission = (sin permiso)
readme-councils = Consejos
readme-councils-head = | fecha | problema | decisión | facilitación |
readme-corrected = (corregido: ver abajo)
readme-earlier = Y { $n ->
        [one] { $n } consejo anterior
       *[other] { $n } consejos anteriores
    } en `minutes/` (`council log` los lista todos).
readme-corrections = Correcciones
readme-corrections-intro = Las actas nunca se reescriben; un error encontrado después se corrige junto a ellas. Las más recientes:
readme-correction = { $date }, a [`{ $council }`]({ $path }): { $note }
readme-abandoned = Abandonados después de decir los números
readme-abandoned-intro = { $n ->
        [one] { $n } consejo se abandonó
       *[other] { $n } consejos se abandonaron
    } después de que se dijeran números para su sorteo. Sus listas, números y sorteos hasta entonces son públicos, así que un sorteo repetido hasta que convenga a alguien se ve aquí. Los más recientes:
decision-adopted = adoptada
decision-rejected = rechazada
decision-none = ninguna
readme-reviews = Decisiones para revisar
readme-reviews-intro = Estas decisiones pidieron que un consejo posterior las revisara, y su fecha de revisión ha llegado:
readme-review = { $date }: [{ $issue }]({ $path }): { $decision }
readme-come = Venir a un consejo
readme-come-text = Los consejos están abiertos a todo el barrio: venga a escuchar, hablar, tomar una tarea si quiere. Nadie necesita haber venido antes; la facilitación se sortea entre quienes están, y quien nunca facilitó recibe apoyo. Cada consejo aborda un problema concreto, toma una decisión en unos 45 minutos y termina con un momento de cuidado.
readme-latest-at = El último consejo se reunió el { $date } en { $place }.
readme-latest = El último consejo se reunió el { $date }.
readme-recheck = Comprobar un sorteo
readme-recheck-text = Nadie tiene que confiar en la facilitación: cada acta guarda los números dichos en la sala y cada paso del sorteo (RFC 3797). Consiga la herramienta, `council`, del proyecto flash-council (software libre: `cargo install --path .` en un clon), clone este registro y ejecute en él un comando, con el identificador del consejo:
readme-glossary = Palabras usadas aquí
readme-word-lot = Sorteo
readme-means-lot = el sorteo público que elige la facilitación y la portavocía con números dichos en la sala; cualquiera puede comprobarlo.
readme-word-facilitator = Facilitación
readme-means-facilitator = lleva el tiempo y el orden de palabra de un consejo; nunca la misma persona dos veces seguidas sin su acuerdo.
readme-word-support = Apoyo
readme-means-support = alguien que ya facilitó, junto a quien facilita por primera vez.
readme-word-spokesperson = Portavoz
readme-means-spokesperson = lleva la decisión del consejo afuera, sorteada como la facilitación.
readme-word-jar = Bote
readme-means-jar = un pequeño bote de dinero visible para una tarea; se gasta y se vacía al terminar la tarea, nunca se acumula.
readme-word-sovereignty = Registro de soberanía
readme-means-sovereignty = lo que el barrio ganó el poder de hacer por sí mismo, consejo a consejo.
readme-word-delegate = Delegado
readme-means-delegate = una vecina o vecino enviado a hablar por el consejo en otro lugar, revocable en cualquier consejo.
readme-word-mandate = Mandato
readme-means-mandate = la instrucción escrita que lleva la delegación; solo dice eso.
readme-labelled = { $label }: { $text }
