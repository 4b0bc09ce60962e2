# Help texts of the command line (`council --help`, `council CMD --help`).
# English is the doc comments of src/cli.rs and src/commands/*.rs, as clap reads them;
# `english_help_messages_are_the_doc_comments` keeps it so.

help-council = Celebrar consejos relámpago de barrio: un sorteo que cualquiera puede comprobar, una decisión, tareas, un acta pública
help-council--log = El registro del consejo (un repositorio git); por defecto: el registro alrededor de la carpeta actual
help-council--color = Cuándo colorear los mensajes: auto colorea un terminal salvo si NO_COLOR está definido
help-council--quiet = No mostrar mensajes de estado, solo datos y errores
help-council--lang = El idioma de la salida del terminal: en, fr o es; por defecto: LC_ALL, LC_MESSAGES, LANG
help-council-init = Crear el registro público de un consejo, o adoptar como tal un repositorio git existente
help-council-init--dir = Dónde vive el registro; por defecto: --log, si no la carpeta actual
help-council-init--template = La plantilla de council.toml de partida
help-council-init--list_templates = Listar las plantillas, con sus ajustes y para qué sirve cada una, y no crear nada
help-council-init--name = El nombre del consejo (también el autor git de sus commits); por defecto: el de la plantilla
help-council-init--remote = Dónde se publica el registro (un repositorio vacío en una forja, un servidor o una memoria USB): se fija como `origin`, adonde envía `council sync`. Un clon ya tiene uno
help-council-init--language = El idioma del acta y del README del registro: en, fr o es
help-council-convene = Celebrar un consejo en la reunión: una pregunta cada vez, el tiempo restante en cada pregunta
help-council-resume = Reanudar un consejo interrumpido en su primer paso sin respuesta, mostrando las respuestas ya dadas
help-council-abandon = Descartar el consejo en curso, tras confirmación
help-council-abandon--yes = No pedir confirmación (para scripts)
help-council-run = Celebrar un consejo entero a partir de un archivo de respuestas, sin preguntas, y guardar su acta
help-council-run--file = El archivo de respuestas (TOML); `-` lee la entrada estándar
help-council-run--example = Mostrar un archivo de respuestas completo para empezar (`council run --example > council.toml`)
help-council-run--dry_run = Mostrar el acta en lugar de guardarla
help-council-run--init = Crear primero el registro (como `council init`) si aún no existe
help-council-run--json = Mostrar {"{"}"id", "file", "commit", "already_recorded", "facilitator", "spokesperson", "outcome"{"}"} en lugar del id; con --dry-run, el bloque de datos en JSON
help-council-correct = Publicar una corrección del acta de un consejo: su propio registro guardado, mostrado al lado
help-council-correct--id = El consejo: su id, su número en `council log` (`3`), o lo bastante de su id para nombrar un solo consejo (`bench`, o `23` cuando el registro tiene menos consejos)
help-council-correct--note = Qué estaba mal y qué es lo correcto, en palabras sencillas
help-council-correct--json = Mostrar {"{"}"council", "file", "commit"{"}"} en lugar de la ruta del archivo (docs/json.md)
help-council-draw = Sortear nombres según la RFC 3797, comprobable por cualquiera con el mismo grupo y los mismos números
help-council-draw--pool = Un nombre del grupo; repítalo para cada persona
help-council-draw--pool_file = Un archivo con un nombre por línea (las líneas vacías se ignoran)
help-council-draw--sources = Los números cantados en la sala, una fuente por opción: --source "9319" --source "2 5 12 8 10"
help-council-draw--count = Cuántos sortear
help-council-draw--json = Mostrar {"{"}key, pool, selected, steps: [{"{"}i, pool, digest, position, selected{"}"}]{"}"} en lugar de una tabla; allí las posiciones cuentan desde 0, como en la RFC 3797 (docs/json.md)
help-council-verify = Volver a comprobar los consejos registrados: clave, grupos, cada paso del sorteo, facilitación y portavoz
help-council-verify--ids = Los consejos que comprobar: un id, un número de `council log` (`3`), o lo bastante de un id para nombrar un solo consejo (`bench`, o `23` cuando el registro tiene menos consejos); por defecto: todos los consejos del registro
help-council-verify--json = Mostrar [{"{"}"id", "file", "ok", "problems"{"}"}] en lugar de líneas
help-council-log = Listar los consejos del registro, del más antiguo al más reciente: fecha, id, problema, facilitación, resultado
help-council-log--json = Mostrar un array JSON de {"{"}id, started, issue, facilitator, spokesperson, outcome, statement, file{"}"} (docs/json.md)
help-council-show = Mostrar el acta de un consejo, tal como se guardó, y cualquier corrección publicada al lado; con --json, su bloque de datos, con un array `corrections` si las hay
help-council-show--id = El consejo: su id, su número en `council log` (`3`), o lo bastante de su id para nombrar un solo consejo (`bench`, o `23` cuando el registro tiene menos consejos)
help-council-show--json = Mostrar el bloque de datos en JSON
help-council-tasks = Listar cada tarea de cada consejo: responsables, vencimiento, estado y bote
help-council-tasks--open = Solo las tareas aún abiertas
help-council-tasks--done = Solo las tareas hechas
help-council-tasks--json = Mostrar un array JSON de {"{"}id, council, what, who, due, status, overdue, note, jar{"}"}
help-council-report = Presentar un informe sobre una tarea de un consejo anterior, guardado en reports/
help-council-report--task = El id de la tarea, como 2026-11-23-the-bench-is-broken#1 (`council tasks` las lista); el número del consejo en `council log` y el de la tarea (`3#1`); o lo bastante del id para nombrar una sola tarea en curso: `bench#1`, `2026-11-23-the-bench`
help-council-report--status = Cómo está ahora la tarea
help-council-report--note = Qué pasó, en una frase
help-council-report--collected = El dinero puesto en el bote de la tarea desde el último informe (como 40 o 12.50)
help-council-report--spent = El dinero gastado del bote de la tarea desde el último informe
help-council-report--json = Mostrar {"{"}"task", "status", "file", "commit"{"}"} en lugar de la ruta del archivo
help-council-ledger = Mostrar los consejos celebrados, las decisiones, las tareas, el libro de la autonomía y los botes
help-council-ledger--json = Mostrar {"{"}"councils", "decisions", "tasks", "sovereignty", "won_without_permission", "jars"{"}"}
help-council-stats = Mostrar cuántas veces cada persona asistió, facilitó, fue portavoz y apoyó, y cuán pareja es la rotación
help-council-stats--json = Mostrar {"{"}"councils", "people": [{"{"}name, attended, facilitated, spoke, supported{"}"}], "gini", "largest_share", "longest_run", "talk_time": [{"{"}id, started, gini{"}"}] (solo cuando un consejo guardó su debate){"}"}
help-council-delegates = Listar el mandato escrito de cada persona delegada, vigente o revocado
help-council-delegates--active = Solo los mandatos aún vigentes
help-council-delegates--json = Mostrar un array JSON de {"{"}council, name, to, mandate, status, recalled_by{"}"}
help-council-sync = Traer origin, integrar sus consejos, enviar; traer cada par de council.toml
help-council-sync--no_peers = Solo origin; no traer los pares
help-council-sync--json = Mostrar {"{"}origin, integrated, head, pushed, peers: [{"{"}name, ref, commit, error{"}"}]{"}"}
help-council-federation = Leer entre barrios: consejos, tareas, delegaciones y sorteos del registro y de sus pares
help-council-federation-log = Cada consejo de cada barrio, del más antiguo al más reciente dentro de cada uno
help-council-federation-log--json = Mostrar JSON: una lista de filas, cada una con su `neighborhood`, `own` y `calls_itself`
help-council-federation-tasks = Cada tarea, con el estado que le dan los informes de su barrio
help-council-federation-tasks--open = Solo las tareas aún abiertas
help-council-federation-tasks--json = Mostrar JSON: una lista de filas, cada una con su `neighborhood`, `own` y `calls_itself`
help-council-federation-delegates = El mandato de cada persona delegada, vigente o revocado
help-council-federation-delegates--active = Solo los mandatos aún vigentes
help-council-federation-delegates--json = Mostrar JSON: una lista de filas, cada una con su `neighborhood`, `own` y `calls_itself`
help-council-federation-verify = Volver a comprobar los sorteos de cada barrio con su propia historia y ajustes; sale con 1 ante un fallo
help-council-federation-verify--json = Mostrar JSON: una lista de filas, cada una con su `neighborhood`, `own` y `calls_itself`
help-council-completions = Mostrar el script de autocompletado de un shell, para cargarlo o instalarlo
help-council-completions--shell = El shell para el que autocompletar
help-council-completions--fixed = Un script que completa subcomandos y opciones sin ejecutar `council`
help-council-man = Mostrar la página de manual (roff), para `man`

# Headings of --help

help-heading-global = Opciones globales

# Long help (`council CMD --help`) and its examples; English is the doc comments and `after_long_help`.

help-council-long-about =
    Celebrar consejos relámpago de barrio: un sorteo que cualquiera puede comprobar, una decisión, tareas, un acta pública.

    Un consejo relámpago aborda un problema local concreto, sortea quién facilita (RFC 3797), toma exactamente una decisión, reparte tareas y se disuelve. Su acta es un archivo de texto guardado en un repositorio git: el registro público del consejo.

    Empieza un registro con `council init`. En la reunión, `council convene` hace a la sala una pregunta cada vez y anota cada respuesta en un diario (`council resume` tras un fallo). Para scripts, `council run FILE` celebra un consejo entero a partir de un archivo de respuestas (`council run --example` muestra uno). Comprueba cada sorteo con `council verify`.

help-council-init-long-about =
    Crear el registro público de un consejo, o adoptar como tal un repositorio git existente.

    Ejecuta `git init` cuando DIR aún no es un repositorio (un repositorio existente, como el clon recién hecho de un registro vacío, se adopta), escribe `council.toml` a partir de una plantilla con cada ajuste explícito, un README.md generado, y guarda ambos con la identidad del consejo. Los cambios propios del usuario, preparados o no, se dejan como están. Una carpeta que ya contiene un registro se rechaza, y no se sobrescribe nada.

    Plantillas (`--list-templates` dice para qué sirve cada una): "default" (consentimiento, 45 minutos), "assembly" (mayoría cualificada, 60), "block" (consentimiento, 30), "tenants" (consenso, 60, se guardan las partes de palabra), "mutual-aid" (mayoría, 40, no se guarda el debate).

help-council-init-examples =
    Ejemplos:
      council init my-log                       un registro nuevo con los ajustes por defecto
      council init --remote URL my-log          y publicarlo en URL con `council sync`

help-council-convene-long-about =
    Celebrar un consejo en la reunión: una pregunta cada vez, el tiempo restante en cada pregunta.

    Guía a la sala por el problema, quién está, los informes de las tareas abiertas, el grupo del sorteo (fijado y mostrado antes de que nadie cante números), el sorteo de facilitación y portavoz, la única decisión, las tareas, una delegación, la autonomía ganada y el cierre; luego una revisión donde se puede volver a cualquier sección, y el guardado. Cada respuesta se anota al instante en un diario dentro de la carpeta git, así que un fallo o una batería agotada no pierde nada: `council resume` continúa. Funciona sin conexión. Necesita un terminal; los scripts usan `council run FILE`.

help-council-convene-examples =
    Ejemplos:
      council --log my-log convene              celebrar un consejo con la sala
      council --log my-log resume               seguir tras un fallo o Ctrl-C
      council --log my-log abandon              desistir (un sorteo hecho sigue siendo público)

help-council-abandon-long-about =
    Descartar el consejo en curso, tras confirmación.

    Un consejo abandonado después de cantar números para su sorteo deja una huella pública en abandoned/ (su grupo, los números y el sorteo hasta entonces), así que repetir un sorteo hasta que convenga a alguien se ve en el registro. Antes de eso, no se escribe nada.

help-council-run-long-about =
    Celebrar un consejo entero a partir de un archivo de respuestas, sin preguntas, y guardar su acta.

    El archivo de respuestas es TOML según el esquema de respuestas (`council run --example` muestra uno completo): el problema, los asistentes, los números cantados para el sorteo, la decisión, las tareas, los informes, una delegación, la autonomía ganada, el cierre. La herramienta comprueba cada regla, forma los grupos de facilitación y portavoz a partir de la historia del registro, sortea según la RFC 3797, redacta el acta y la guarda en el registro, sin tocar nada más.

    Sin `draw.sources`, el ordenador tira los números y los registra. Con el bloque de datos de un acta, reproduce ese archivo.

    En una reunión, use mejor `council convene`: hace a la sala una pregunta cada vez.

help-council-run-examples =
    Ejemplos:
      council run --example > bench.toml        un archivo de respuestas completo para empezar
      council --log my-log run bench.toml       celebrarlo y guardar el acta
      council run --dry-run bench.toml          mostrar el acta, no guardar nada
      council run --init --log my-log bench.toml   crear primero el registro

help-council-correct-long-about =
    Publicar una corrección del acta de un consejo: su propio registro guardado, mostrado al lado.

    Un acta nunca se reescribe: el registro solo crece, y `council verify` falla ante cualquier cambio de un archivo guardado. Un error encontrado después (un nombre mal escrito, una fecha equivocada en la declaración) se arregla con una corrección, guardada en `corrections/`, que `council show`, el README del registro y `show --json` presentan con el consejo.

help-council-draw-long-about =
    Sortear nombres según la RFC 3797, comprobable por cualquiera con el mismo grupo y los mismos números.

    El grupo mantiene el orden dado (numera la lista en público antes de cantar los números); los grupos de los consejos, en cambio, se ordenan por nombre. Cada --source es una lista de números enteros cantados en la sala, como --source "3 5 1 6". La clave se forma con las fuentes, y la selección i (0, 1, 2...) toma MD5(i, clave, i) módulo lo que queda del grupo.

help-council-verify-long-about =
    Volver a comprobar los consejos registrados: clave, grupos, cada paso del sorteo, facilitación y portavoz.

    Cada consejo se recalcula a partir de las respuestas de su registro y del registro del consejo tal como estaba en el commit que nombra su `history`. Sale con 1, nombrando el archivo y el paso, cuando algo no concuerda (por ejemplo una facilitación editada a mano), cuando el cuerpo de un acta ya no corresponde a su registro, cuando un commit cambió el acta después de guardarla, y cuando `history` no es un commit anterior a la llegada del acta.

help-council-verify-examples =
    Ejemplos:
      council --log my-log verify               comprobar el sorteo y el registro de cada consejo
      council verify 2026-11-16-the-bench-is-broken   un solo consejo
      council verify --json | jq .              para scripts

help-council-tasks-long-about =
    Listar cada tarea de cada consejo: responsables, vencimiento, estado y bote.

    El estado de una tarea viene de su último informe, dado en un consejo posterior (`[[report_backs]]`) o presentado con `council report`. Las tareas abiertas con el vencimiento pasado se marcan como vencidas.

help-council-report-long-about =
    Presentar un informe sobre una tarea de un consejo anterior, guardado en reports/.

    El estado de la tarea pasa a ser el informado (gana el último informe, presentado aquí o dado en un consejo). El dinero recaudado para el bote de la tarea o gastado de él se suma en `council ledger`; un bote se gasta y se pone a cero una vez hecha su tarea, nunca se acumula.

help-council-report-examples =
    Ejemplos:
      council tasks --open                      encontrar el id de la tarea
      council report 2026-11-16-the-bench-is-broken#1 --status done --note "Arreglado el sábado"
      council report 2026-11-16-the-bench-is-broken#1 --status open --collected 20

help-council-ledger-long-about =
    Mostrar los consejos celebrados, las decisiones, las tareas, el libro de la autonomía y los botes.

    El libro de la autonomía lista la autonomía concreta que ganó cada consejo, y cuánta se logró sin pedir permiso. Un bote se señala cuando queda dinero tras terminar su tarea (gástelo y póngalo a cero: los botes nunca se acumulan) o cuando se recaudó más que el objetivo.

help-council-stats-long-about =
    Mostrar cuántas veces cada persona asistió, facilitó, fue portavoz y apoyó, y cuán pareja es la rotación.

    El coeficiente de Gini de los turnos de facilitación entre todas las personas que asistieron vale 0 cuando los turnos son perfectamente parejos y se acerca a 1 cuando una persona dirige siempre. La mayor parte y la racha seguida más larga muestran si alguien habitual se está volviendo «quien facilita siempre». Los consejos que guardaron su turno de palabra (`floor_record`) muestran el coeficiente de Gini de su tiempo de palabra, consejo a consejo.

help-council-delegates-long-about =
    Listar el mandato escrito de cada persona delegada, vigente o revocado.

    Un consejo posterior revoca un mandato con `[delegate] recall = "<id del consejo>#delegate"`.

help-council-sync-long-about =
    Traer origin, integrar sus consejos, enviar; traer cada par de council.toml.

    Los consejos celebrados en dos ordenadores se encuentran aquí: los consejos nuevos de origin se fusionan (nunca se rebasan: cada consejo conserva el commit que lo añadió, así que `council verify` pasa en ambos lados), el README generado se escribe de nuevo a partir del registro fusionado, y el resultado se envía. Nada se fuerza. Cuando no se puede llegar a origin, el registro de aquí queda como está y el comando sale con 1: vuelve a ejecutarlo más tarde.

    Cada entrada `[[peers]]` (el registro público de otro barrio) se trae a `refs/peers/<name>/head`, nunca a la rama ni a los archivos del registro; `council federation` los lee. Un par que no se puede traer se informa y se omite. Traer y enviar usan la línea de comandos de git, así que las claves SSH, los agentes y los gestores de credenciales funcionan como con `git`.

help-council-sync-examples =
    Ejemplos:
      council --log my-log sync                 traer origin, fusionar, enviar
      council init --remote git@example.org:street/log.git my-log   publicar un registro nuevo

help-council-federation-long-about =
    Leer entre barrios: consejos, tareas, delegaciones y sorteos del registro y de sus pares.

    Cada entrada `[[peers]]` de council.toml se lee tal como `council sync` la trajo por última vez (`refs/peers/<name>/head`), etiquetada con su nombre en `[[peers]]`: el nombre que se da su propio council.toml solo se muestra al lado («se llama ...»), así que un par no puede hacer pasar sus consejos por los del registro, cuyas filas se marcan «(este registro)». Un par nunca traído, o cuyos archivos no pueden leerse, se informa y se omite.

# privacy
help-council-init--privacy = Lo que las actas públicas escriben de una persona: names (los nombres tal como se escriben), pseudonyms (un seudónimo estable por persona, calculado con un secreto guardado en este ordenador) o cards (tarjetas numeradas, ningún nombre); por defecto: el de la plantilla. El historial de git es para siempre
help-council-show--real_names = Con privacy = "pseudonyms", mostrar los nombres reales que este ordenador conoce incluso en JSON o en una tubería (en un terminal, el texto los muestra de todos modos). Nunca pegue eso en el registro
help-council-tasks--real_names = Con privacy = "pseudonyms", mostrar los nombres reales que este ordenador conoce incluso en JSON o en una tubería (en un terminal, la tabla los muestra de todos modos)
help-council-secret = Llevar el secreto de los seudónimos de un ordenador a otro (privacy = "pseudonyms")
help-council-secret-long-about =
    Llevar el secreto de los seudónimos de un ordenador a otro (privacy = "pseudonyms").

    Con privacy = "pseudonyms", cada persona se escribe con un seudónimo calculado con un secreto guardado en la carpeta git de este registro (`.git/council/secret`), nunca en un commit. Un segundo ordenador que convoque el mismo consejo necesita el mismo secreto para escribir los mismos seudónimos para las mismas personas. Quien tenga el secreto puede probar un nombre adivinado contra cada seudónimo del registro público: entréguelo solo a alguien a quien el consejo confíe quién es quién.
help-council-secret-examples =
    Ejemplos:
      council secret export /media/usb/council-secret     escribirlo en una memoria USB (legible solo por usted)
      council secret import /media/usb/council-secret     en el segundo ordenador, en su clon del registro
help-council-secret-export = Escribir el secreto en ARCHIVO (un archivo nuevo, legible solo por usted), o en la salida estándar
help-council-secret-export--file = El archivo que crear; `-` o nada: la salida estándar
help-council-secret-import = Leer el secreto de ARCHIVO, o `-` para la entrada estándar, en la carpeta git de este registro
help-council-secret-import--file = El archivo que escribió `council secret export`; `-` lee la entrada estándar
help-council-secret-import--replace = Reemplazar otro secreto que este registro ya tiene (cambian los seudónimos que produjo)
help-council-secret-new = Crear un secreto nuevo, a sabiendas: las personas ya en el registro reciben seudónimos nuevos (cuentan como nuevas)

# site, feed, notice
help-council-site = Escribir el registro como sitio web estático: consejos, tareas, botes, delegados, rotación, canal
help-council-site-long-about =
    Escribir el registro como sitio web estático: consejos, tareas, botes, delegados, rotación, canal.

    HTML sencillo con una hoja de estilo incluida y sin JavaScript: se lee en un teléfono, se imprime y funciona desde cualquier alojamiento estático o directamente desde la carpeta (`file://`). Con --branch, el sitio se guarda con un commit en esa rama del registro (su propio árbol, la punta anterior de la rama como padre) sin tocar la rama del registro, el índice ni el árbol de trabajo, para que las páginas de una forja puedan servirlo; luego `council sync` también empuja esa rama.
help-council-site--out = La carpeta donde escribir el sitio; por defecto: `site` en la carpeta actual, salvo con --branch
help-council-site--branch = Guardar el sitio con un commit en esta rama del registro (por ejemplo `pages`)
help-council-feed = Mostrar el canal Atom del registro: una entrada por consejo, del más reciente al más antiguo, con su decisión y sus tareas
help-council-feed-long-about =
    Mostrar el canal Atom del registro: una entrada por consejo, del más reciente al más antiguo, con su decisión y sus tareas.

    El mismo canal que `feed.xml` en `council site`. Los identificadores de entrada son estables (`urn:flash-council:<el primer commit del registro>:<id del consejo>`); los enlaces son absolutos cuando council.toml fija `url`, la dirección del sitio.
help-council-notice = Mostrar el cartel de un consejo en una página, para la pared: el problema, la decisión en grande, quién hace qué y cuándo, los botes, la fecha de revisión, cómo venir y cómo volver a comprobar el sorteo
help-council-notice-long-about =
    Mostrar el cartel de un consejo en una página, para la pared: el problema, la decisión en grande, quién hace qué y cuándo, los botes, la fecha de revisión, cómo venir y cómo volver a comprobar el sorteo.

    `--format html` da una página para imprimir (A4 o Letter), con un código QR a la página del consejo cuando council.toml fija `url`.
help-council-notice--id = El consejo: su id, su número en `council log` (`3`), o lo bastante de su id para nombrar un solo consejo (`bench`, o `23` cuando el registro tiene menos consejos)
help-council-notice--format = text, o html para imprimir
help-value-color-auto = Colorear cuando la salida es un terminal y NO_COLOR no está definido.
