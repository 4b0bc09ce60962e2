# Errors, problems and hints, in the terminal's language (error::lang()).
err-issue-empty = `issue` está vacío: nombre el problema concreto que este consejo aborda
err-duration = `duration_minutes` es { $minutes }: la duración va de 1 a 1440 minutos
err-late-in-draw = `attendees[{ $n }]` llegó tarde (`late = true`), así que no entró en ningún sorteo, pero aparece en [draw]: quite una cosa o la otra
err-late-support = `draw.support` nombra a { $support }, que llegó tarde (`attendees[{ $n }]` tiene `late = true`): quien llega tarde no entra en ningún sorteo y no puede apoyar a la facilitación; nombre a alguien que estaba cuando se fijó la lista del sorteo, u omita `support` para que se sortee
err-not-attendee = `{ $field }` nombra a { $name }, que no está entre los asistentes; añada a esa persona a [[attendees]] o corrija la ortografía
err-repeat-consent = `draw.repeat_consent` nombra a { $name }, que no fue ni facilitación ni portavoz del consejo anterior; solo esas personas deben consentir en volver a presentarse
err-task-what = `{ $field }.what` está vacío: diga qué hay que hacer
err-task-who = `{ $field }.who` está vacío: una tarea necesita al menos una persona voluntaria presente en el consejo
err-jar-currency = `{ $field }.jar.currency` está vacío: diga qué moneda guarda el bote, como "USD"
err-delegate-missing = falta `delegate.{ $field }`: una delegación necesita un nombre, adónde va (`to`) y un mandato escrito (`mandate`)
err-delegate-empty = `delegate.{ $field }` está vacío
err-delegate-none = [delegate] está vacío: dé `name`, `to` y `mandate`, o revoque (`recall`) un mandato anterior
err-recall-no-delegate = `delegate.recall`: el consejo { $council } no envió ninguna delegación
err-recall-unknown = `delegate.recall` es { $recall }: nombre el mandato de un consejo anterior como "<council id>#delegate"
err-sovereignty-empty = `sovereignty.gained` está vacío: diga qué puede hacer ahora el barrio por sí mismo, u omita [sovereignty]
err-drawn-as-same = `attendees[{ $n }].drawn_as` es { $drawn }, la misma persona que { $name }: quítelo
err-correction-pool = corregir { $corrected } cambiaría quién podía salir en el sorteo de { $role -> 
    [facilitator] facilitación
    [spokesperson] portavoz
    *[other] { $role }
    } (con el nombre correcto la rotación cuenta otros turnos, o quién dirigió la última vez): el sorteo solo vale tal como se hizo; abandone este consejo y convoque otro
err-correction-support = corregir { $corrected } cambiaría quién podía salir en el sorteo de apoyo (con el nombre correcto la facilitación necesita apoyo, o el apoyo se sortea entre otras personas): el sorteo solo vale tal como se hizo; abandone este consejo y convoque otro
err-corrected = { $drawn } por { $name }
err-correction-known = { $drawn } es como el registro escribe a { $known }, a quien conoce, así que no estaba mal escrito: una corrección solo arregla una errata; si { $right } estaba y no { $known }, el sorteo solo vale tal como se hizo: abandone este consejo y convoque otro
err-correction-far = { $right } no se parece a { $drawn }, la grafía sorteada: una corrección solo arregla una errata (una letra o dos); si era otra persona, el sorteo solo vale tal como se hizo: abandone este consejo y convoque otro
err-newcomer-looks-like = { $name } se parece a { $qlike }, a quien el registro conoce: si es { $like }, escriba { $qlike }; si es otra persona, distíngalas (añada una inicial)
err-newcomer-facilitated = { $name } es nuevo en el registro pero se parece a { $qled }, que facilitó el último consejo: si es { $led }, escriba { $qled }; si es otra persona, distíngalas (añada una inicial)
err-newcomer-spoke = { $name } es nuevo en el registro pero se parece a { $qled }, portavoz del último consejo: si es { $led }, escriba { $qled }; si es otra persona, distíngalas (añada una inicial)
err-no-attendees = no hay asistentes: anote quién está presente en [[attendees]]
err-drawn-as-other = `attendees[{ $n }].drawn_as` es { $drawn }, el nombre de otro asistente ({ $other })
err-date-before = ({ $date }) es anterior al consejo ({ $council })
err-name-empty = el nombre está vacío: cada asistente necesita un nombre (basta un nombre de pila o un apodo)
err-name-long = el nombre tiene { $n } caracteres: se permiten { $max } como máximo
err-name-spaces = { $name } tiene espacios alrededor: quítelos
err-name-control = { $name } contiene caracteres de control
err-listed-twice = { $name } aparece dos veces entre los asistentes (como { $same }): los nombres deben ser únicos (añada una inicial para distinguir a dos personas)
err-looks-like-listed = { $name } se parece a { $same }, que ya está en la lista: una persona, una oportunidad en el sorteo. Si son dos personas, distíngalas (añada una inicial)
err-proposal-missing = falta `decision.proposal`: diga sobre qué decidió el consejo
err-statement-missing = falta `decision.statement`: una decisión adoptada necesita su enunciado, con las palabras del consejo
err-misplaced = `decision.{ $field }` corresponde a la regla { $belongs -> 
    [consent] consent
    [consensus] consensus
    [talking] consent o consensus
    *[voting] majority o supermajority
    }, pero esta decisión se toma por { $rule }: quítelo o fije `decision.rule`
err-amended-without-proposal = `decision.amended_from` aparece sin `decision.proposal`: dé la redacción final como propuesta
err-objections-unresolved = la decisión está `adopted` por consentimiento, pero { $n ->
    [one] queda { $n } objeción sin resolver: resuélvala
    *[other] quedan { $n } objeciones sin resolver: resuélvalas
    }, o anote el resultado como `rejected`
err-blocked = la decisión está `adopted` por consenso, pero fue bloqueada ({ $blocks }): un bloqueo detiene el consenso, así que el resultado es `rejected`
err-votes-missing = falta `decision.votes`: una decisión por { $rule } necesita el recuento, como votes = {"{"} for = 5, against = 1, abstain = 0 {"}"}
err-votes-too-many = los votos cuentan { $cast } personas ({ $yes } a favor, { $no } en contra, { $abstain } abstenciones), pero { $present ->
    [one] hay { $present } presente
    *[other] hay { $present } presentes
    } (incluidas las llegadas tarde): cada persona vota una vez
err-votes-carried = los votos ({ $yes } a favor, { $no } en contra) dicen que la propuesta se aprobó, pero el resultado es `{ $outcome }`: la regla { $rule } pide { $rule -> 
    [majority] más votos a favor que en contra
    *[other] al menos dos tercios de los votos emitidos a favor
    }
err-votes-not-carried = los votos ({ $yes } a favor, { $no } en contra) dicen que la propuesta no se aprobó, pero el resultado es `{ $outcome }`: la regla { $rule } pide { $rule -> 
    [majority] más votos a favor que en contra
    *[other] al menos dos tercios de los votos emitidos a favor
    }
err-task-is-council = { $task } es un consejo, no una tarea: nombre una de sus tareas, como "{ $council }#1"
err-did-you-mean = (¿quiso decir { $near }?)
err-not-task-id = { $task } no es un id de tarea: los ids de tarea se escriben "<council id>#<number>", como "2026-11-16-fix-the-streetlight#1"{ $hint }
err-no-such-task = ningún consejo anterior tiene una tarea { $task }{ $hint }
err-task-no-jar = la tarea { $task } no tiene bote, así que no se puede recaudar ni gastar dinero para ella
err-person-name-empty = el nombre está vacío: cada persona necesita un nombre (basta un nombre de pila o un apodo)
err-name-control-char = { $name } contiene un carácter de control ({ $char }): vuelva a escribir el nombre en una sola línea
err-name-invisible = { $name } contiene un carácter invisible ({ $char }): vuelva a escribir el nombre
err-problems = { $n } problemas:
err-ends-before-start = el consejo termina ({ $ended }) antes de empezar ({ $started })
err-sources-empty = `draw.sources` está vacío: diga en voz alta al menos un número en la sala, u omita `sources` para que el portátil los tire
err-declines-without-numbers = aparece `draw.declined_facilitator` o `draw.declined_spokesperson`, pero no se dijo ningún número (`draw.sources` falta): quién declina depende de los números, así que dé los números dichos en la sala, o quite los rechazos
err-no-spokesperson-left = { $pool }: salga quien salga en el sorteo de facilitación, puede que no quede nadie para ser portavoz del consejo
err-near-miss = { $name } es nuevo en este registro: ¿quiso decir { $near }? Una grafía nueva es una persona nueva; corrija el archivo de respuestas si es alguien que el registro conoce
err-or = {" "}o{" "}
err-then = , luego{" "}
err-started-future = `started` ({ $started }) está en el futuro: dé la hora en que empezó el consejo
err-declined-never-drawn = `draw.{ $field }` nombra a { $never }, que nunca salió en el sorteo de { $role -> 
    [facilitator] facilitación
    [spokesperson] portavoz
    *[other] { $role }
    } (el sorteo dio { $drawn }); solo quien sale en el sorteo puede declinar
err-pool-empty = la lista del sorteo de { $role -> 
    [facilitator] facilitación
    [spokesperson] portavoz
    *[other] { $role }
    } está vacía
err-pool-nobody = : no hay nadie presente
err-pool-left-out = : todas las personas presentes quedan fuera: { $reasons }
err-pool-declined = . Todas las personas sorteadas declinaron
err-pool-add-repeat = . Añada asistentes o, si { $name } acepta volver a presentarse, nómbrela en `draw.repeat_consent`
err-pool-add = . Añada asistentes, o pida a alguien que no quiso entrar en el sorteo que se presente
err-field-long = `{ $field }` tiene { $chars } caracteres: se permiten { $max } como máximo
err-field-count = `{ $field }` tiene { $len } entradas: se permiten { $max } como máximo
err-file-big = { $what } ocupa { $size }: se leen { $max } como máximo
err-bytes = { $n ->
    [one] { $n } byte
    *[other] { $n } bytes
    }
err-amount-big = `{ $field }` es { $value }: se permite { $max } como máximo
err-source-numbers = `{ $field }` contiene { $numbers } números: se permiten { $max } como máximo
err-minutes-too-big = el sorteo listaría { $n } asistentes en hasta { $steps } pasos: el acta sería más grande de lo que el registro lee ({ $max }); anote menos personas o menos rechazos
err-verify-rotation = rotation: el acta dice { $said }, pero council.toml en su historial dice { $settings }: un consejo se sortea con los ajustes del registro
err-verify-rule = las respuestas registradas rompen una regla: { $problems }
err-verify-key = key: el acta dice { $said }, las fuentes dan { $computed }
err-verify-step = paso { $i } ({ $role -> 
    [facilitator] facilitación
    [spokesperson] portavoz
    [support] apoyo
    *[other] { $role }
    })
err-verify-recomputed = { $field } = { $said } (recalculado: { $computed })
err-verify-left-out = left_out difiere de las reglas del sorteo recalculadas
err-verify-step-extra = { $step }: registrado, pero el sorteo recalculado termina antes
err-verify-step-missing = { $step }: falta en el acta; el sorteo recalculado elige a { $selected }
err-verify-field = { $field }: el acta dice { $said }, el recálculo da { $computed }
err-verify-data = el bloque de datos difiere de su recálculo (ids de tarea o valores por defecto resueltos)
err-settings-name = `name` está vacío: dé un nombre al consejo
err-settings-identity = `identity` necesita `name` y `email` no vacíos
err-settings-identity-chars = [identity] `name` y `email` no pueden contener saltos de línea, caracteres de control ni corchetes angulares: corromperían los commits del registro
err-amount-negative = { $text } es negativo: una cantidad de dinero es 0 o más
err-amount-not = { $text } no es una cantidad de dinero: use 0 o más
err-amount-decimals = { $text } tiene más de dos decimales
err-amount-like = { $text } no es una cantidad de dinero como 40 o 12.50
err-amount-too-large = { $text } es una cantidad demasiado grande: se permite { $max } como máximo
err-year-range = { $text } está en el año { $year }: las fechas van de { $first } a { $last }
err-not-time = { $text } no es una hora RFC 3339 como 2026-11-23T19:00:00-05:00 ({ $error })
err-not-date = { $text } no es una fecha como 2026-11-28 ({ $error })
err-source = la fuente { $source } { $problem }
err-source-not-number = contiene { $token }, que no es un número entero: escriba números separados por espacios, sin comas ni puntos
err-source-no-number = no contiene ningún número
err-symlink = { $path } es un enlace simbólico; council nunca escribe a través de un enlace simbólico
err-symlink-hint = bórrelo (`rm { $path }`) y vuelva a ejecutar
err-lock-open = no se pudo abrir el archivo de bloqueo { $path }
err-lock-held = otro comando council ({ $holder }) tiene el bloqueo del registro { $path } desde hace más de { $seconds ->
    [one] { $seconds } segundo
    *[other] { $seconds } segundos
    }; no se escribió nada
err-lock-held-hint = espere a que termine (un consejo que se está guardando, un informe) y vuelva a ejecutar; si es un comando council atascado, deténgalo
err-lock-failed = no se pudo bloquear { $path }
err-lock-process = proceso { $pid }
err-lock-another-process = otro proceso
err-not-commit-id = { $text } no es un id de commit
err-identity-bad = la identidad { $name } <{ $email }> no puede firmar un commit: un nombre y un email deben ser no vacíos, sin saltos de línea, caracteres de control ni corchetes angulares
err-identity-bad-hint = corrija name y email de [identity] en council.toml y haga commit
err-identity-git = la identidad "{ $name }" <{ $email }> no puede firmar un commit: { $error }
err-identity-git-hint = fije name y email de [identity] en council.toml
err-not-log = { $dir } no es un registro de consejo: { $error }
err-not-log-hint = cree uno con `council init { $dir }`
err-git-dir = GIT_DIR no nombra un repositorio git: { $error }
err-git-dir-hint = quite GIT_DIR, o apúntelo a la carpeta .git del registro
err-git-dir-init-hint = créelo con `git init`, apunte GIT_DIR a la carpeta .git del registro, o quite GIT_DIR
err-current-dir = no se pudo leer la carpeta actual
err-not-inside-log = { $dir } no está dentro de un registro de consejo
err-not-inside-log-hint = pase `--log DIR`, fije COUNCIL_LOG, o cree un registro aquí con `council init`
err-config-uncommitted = { $dir } tiene un council.toml sin commit: los ajustes vigentes son los del commit
err-config-uncommitted-hint = haga commit: `git -C { $dir } add council.toml && git -C { $dir } commit`
err-no-config = { $dir } es un repositorio git pero no un registro de consejo: no tiene council.toml
err-no-config-hint = adóptelo con `council init { $dir }`
err-git-work-tree = GIT_WORK_TREE no se puede usar: { $error }
err-git-work-tree-hint = apunte GIT_WORK_TREE a una carpeta existente, o quítelo
err-config-lock = { $path } existe: git está escribiendo los ajustes de este repositorio, o un proceso murió haciéndolo
err-config-lock-hint = si no hay ningún proceso git en marcha, borre { $path } y vuelva a ejecutar; no se creó nada
err-create-repo = no se pudo crear un repositorio git en { $dir }
err-config-in-commit = council.toml del commit { $commit }
err-config-not-committed = no hay ningún council.toml con commit en { $dir }
err-config-not-committed-hint = haga commit (`git add council.toml && git commit`), o cree un registro con `council init`
err-commit-no-config = el commit { $commit } no contiene council.toml
err-read-failed = no se pudo leer { $path }
err-read-head = no se pudo leer el HEAD del registro
err-look-up = no se pudo buscar { $path }
err-read-in-commit = no se pudo leer { $path } en el commit { $commit }
err-commit-missing = el commit { $commit } no está en este registro: { $error }
err-commit-missing-hint = si es un clon superficial, traiga todo el historial (`git fetch --unshallow`)
err-log-file-big = { $problem } (ningún archivo que escribe la herramienta es tan grande)
err-log-file-big-hint = los archivos del registro nunca se reescriben a mano; revierta el commit que lo añadió
err-not-utf8 = { $path } no es texto UTF-8: todo archivo que escribe la herramienta lo es
err-not-utf8-hint = `council verify` lista esos archivos; si nunca fue un registro (con commit a mano), bórrelo con `git rm { $path }` y haga commit
err-detached = el registro en { $dir } tiene un HEAD separado: un commit no pertenecería a ninguna rama y se perdería
err-detached-hint = cambie primero a una rama (`git switch main`); no se escribió nada
err-config-invalid = { $origin } no es válido: { $problem }
err-config-invalid-hint = corrija el ajuste que nombra y haga commit; `council init --help` lista todos los ajustes
err-head-kept-moving = HEAD no dejó de moverse durante el commit; no se hizo ningún commit, inténtelo de nuevo
err-exists-in-log = { $path } ya existe en el registro
err-exists-in-log-hint = las actas nunca se reescriben: publique una corrección con `council correct`
err-store-blob = no se pudo guardar { $path } en el registro; no se hizo ningún commit (¿el disco está lleno, o .git no se puede escribir?)
err-commit-failed = no se pudo hacer commit en el registro; no se hizo ningún commit (¿el disco está lleno, o .git no se puede escribir?)
err-worktree-after-commit = el commit { $commit } se hizo y está en el registro, pero el árbol de trabajo y el índice no se pudieron poner al día: { $error }. `git status` puede mostrar los archivos nuevos como borrados: el próximo comando council lo repara (no haga commit antes)
err-detached-no-branch = HEAD está separado: no hay ninguna rama que mover
err-move-branch = no se pudo mover la rama; no cambió nada (¿se puede escribir en .git?)
err-worktree-after-move = el registro está ahora en { $commit }, pero el árbol de trabajo y el índice no se pudieron poner al día: { $error }. El próximo comando council lo repara (no haga commit antes)
err-commit-unconfirmed = el commit { $commit } se escribió pero la rama no apunta a él; no se hizo ningún commit
err-commit-unwritten = el commit { $commit } no se pudo escribir en los objetos del registro; no se hizo ningún commit
err-commit-unconfirmed-hint = compruebe que pueden escribir en la carpeta .git del registro (un `sudo git` puede dejar carpetas de root) y que el disco tiene espacio, y vuelva a ejecutar
err-git-lock = { $path } existe desde hace más de dos segundos: otro proceso git está actualizando el repositorio, o uno murió y dejó su bloqueo
err-git-lock-hint = no se hizo ningún commit. Espere a que ese proceso git termine y vuelva a ejecutar; solo si no hay ningún proceso git en marcha, borre { $path }
err-git-busy = otro proceso git está usando este repositorio: { $error }
err-git-busy-hint = espere a que termine y vuelva a ejecutar el comando; no se hizo ningún commit
err-link-worktree = { $path } es un enlace simbólico en el árbol de trabajo (a { $target }); council nunca escribe a través de un enlace simbólico
err-link-worktree-head-hint = en la carpeta del registro, reponga lo que el registro tiene ahí con `rm { $path } && git checkout -- { $path }`, y vuelva a ejecutar; no se hizo ningún commit
err-link-worktree-hint = en la carpeta del registro, borre el enlace con `rm { $path }`, y vuelva a ejecutar; no se hizo ningún commit
err-file-for-folder-worktree = { $path } es un archivo en el árbol de trabajo, donde council necesita una carpeta
err-file-for-folder-worktree-hint = mueva ese archivo a otro sitio, y vuelva a ejecutar; no se hizo ningún commit
err-folder-for-file-worktree = { $path } es una carpeta en el árbol de trabajo, donde council escribe un archivo
err-folder-for-file-worktree-hint = mueva esa carpeta a otro sitio, y vuelva a ejecutar; no se hizo ningún commit
err-link-log = { $path } es un enlace simbólico en el registro (a { $target }); council nunca escribe a través de un enlace simbólico
err-link-log-hint = en la carpeta del registro, borre el enlace con `git rm { $path }` y haga commit, y vuelva a ejecutar; no se hizo ningún commit
err-file-for-folder-log = { $path } es un archivo en el registro, donde council necesita una carpeta
err-folder-for-file-log = { $path } es una carpeta en el registro, donde council escribe un archivo
err-submodule-for-file-log = { $path } es un submódulo en el registro, donde council escribe un archivo
err-rename-in-log-hint = renómbrelo con `git mv { $path } <new name>` y haga commit, y vuelva a ejecutar; no se hizo ningún commit
err-exists-in-worktree = { $path } ya existe en el árbol de trabajo
err-exists-in-worktree-hint = mueva ese archivo a otro sitio y vuelva a ejecutar el comando; no se hizo ningún commit
err-link-path = { $path } es un enlace simbólico (a { $target }); council nunca escribe a través de un enlace simbólico
err-link-path-hint = borre el enlace (`rm { $path }`), y vuelva a ejecutar
err-write-not-folder = no se pudo escribir { $path }: { $here } no es una carpeta
err-create-failed = no se pudo crear { $path }
err-write-failed = no se pudo escribir { $path }
err-index-read = no se pudo leer el índice
err-index-unreadable = council no puede leer el índice de este registro: { $error }
err-index-unreadable-hint = un índice dividido o disperso no se admite: ejecute `git update-index --no-split-index` o `git sparse-checkout disable`, y luego `git status`
err-index-lock = { $path } existe: otro proceso git (¿el `git status` de un editor?) está usando el índice
err-index-lock-hint = cuando ya no haya ningún proceso git en marcha, borre { $path } ; el próximo comando council repara el índice
err-index-write = no se pudo escribir el índice
err-index-read-back = no se pudo volver a leer el índice
err-index-replace = no se pudo reemplazar el índice
err-note-deleted = { $path } se borró en el árbol de trabajo: se deja borrado (la copia del registro tiene commit)
err-note-local-changes = { $path } tiene cambios locales: se deja como está (la copia del registro tiene commit)
err-note-staged-deletion = { $path } está preparado para borrarse: se deja como lo preparó
err-note-staged-changes = { $path } tiene cambios preparados: se dejan preparados como estaban
err-remove-note = no se pudo borrar { $path }; no se hizo ningún commit
err-repair-readme = { $path } se escribe de nuevo como lo tiene el registro
err-repair-written = { $path } se vuelve a escribir en el árbol de trabajo
err-repair-staged = { $path } se prepara de nuevo como lo tiene el registro
err-repair-removed = se borró { $path }, que dejó una escritura interrumpida
err-merge-unrelated = { $from } contiene otro registro: no comparte ningún commit con este, así que no se pueden fusionar; no cambió nada
err-merge-unrelated-hint = publique este registro en un repositorio vacío, o clone { $from } (`git clone URL`) y celebre los consejos allí
err-merge-refused = { $from }: { $what }; no se fusionó nada, el registro aquí está como estaba
err-merge-refused-hint = mírelo con `git log -p -- { $path }` después de `git fetch`; el registro solo añade, así que ese commit debe revertirse donde se hizo, y luego vuelva a ejecutar `council sync`
err-merge-deleted = borró { $path }
err-merge-odd-change = cambió { $path } de una forma que el registro nunca usa ({ $status })
err-merge-link = contiene { $path } como enlace simbólico o submódulo; council nunca escribe a través de ellos
err-merge-rewrite = cambió { $path }, un registro que el registro nunca reescribe
err-merge-one-id = este registro y { $from } contienen cada uno un { $path } distinto: dos consejos recibieron el mismo id; no se fusionó nada
err-merge-one-id-hint = compárelos con `git diff HEAD origin/main -- PATH`; deje el acta de un consejo en cada registro, o fusione a mano con git, y luego ejecute `council verify`
err-merge-both-changed = cambió { $path }, y este registro también
err-merge-too-large = contiene un archivo demasiado grande para un registro: { $problem }
err-merge-config = council.toml fusionado no es válido ({ $error }); no se fusionó nada
err-merge-config-hint = corrija council.toml donde se cambió y haga commit, y vuelva a ejecutar `council sync`
err-run-git = no se pudo ejecutar git para { $what }: { $error }
err-run-git-hint = council ejecuta la línea de comandos de git para traer y enviar; instale git y asegúrese de que está en el PATH
err-git-failed = { $what } falló: { $said }
err-sync-detached = el registro en { $dir } tiene un HEAD separado: no hay ninguna rama que sincronizar
err-sync-detached-hint = cambie primero a una rama (`git switch main`)
err-origin-other = el registro ya tiene un origin, { $now }, no { $url }
err-origin-other-hint = cámbielo con `git remote set-url origin { $url }`, o quite --remote
err-origin-add = no se puede añadir el origin { $url }: { $error }
err-origin-add-hint = compruebe la URL (por ejemplo https://host/owner/log.git o git@host:owner/log.git)
err-no-origin = el registro en { $dir } no tiene ningún origin con el que sincronizarse
err-no-origin-hint = publíquelo: cree un repositorio vacío en una forja (o `git init --bare` en un servidor o una memoria USB), y luego `git remote add origin URL` y `council sync`
err-fetching-origin = la descarga de origin ({ $url })
err-pushing-origin = el envío a origin ({ $url })
err-peer-url = la url del vecino
err-fetching = la descarga de { $url }
err-fetch-left-nothing = la descarga de { $url } no dejó ningún { $reference }
err-url-bad = { $what } { $url } no es una URL que git pueda traer
err-url-bad-hint = dé una URL como https://host/owner/log.git, git@host:owner/log.git o file:///path/to/log.git
err-url-program = { $what } { $url } nombra un programa que ejecutar, no un repositorio
err-url-program-hint = dé una URL como https://host/owner/log.git
err-changed-by = cambiado después de su commit, por el commit { $commit }
err-removed-by = borrado por el commit { $commit }
err-readded-by = añadido de nuevo por el commit { $commit } después de haber sido borrado
err-walk-history = no se pudo recorrer el historial del registro
err-unreadable = { $path } (en el commit { $commit }) no se puede leer: { $error }
err-unreadable-hint = los archivos del registro nunca se reescriben a mano: restaure el archivo con `git checkout` o revierta el commit que lo rompió; si nunca fue un registro (con commit a mano), bórrelo con `git rm { $path }` y haga commit
err-open-failed = no se pudo abrir { $path }
err-not-utf8-short = { $path } no está en UTF-8
err-no-identity = council.toml no tiene [identity]: se hace commit como "{ $name }" <council@localhost>; añada una [identity] con name y email para elegir
err-config-drift = council.toml tiene cambios sin commit, que no se usan: los ajustes vigentes son los del commit. Haga commit del cambio con git para que entre en vigor
err-waiting-lock = el bloqueo de { $path } (en manos de { $holder })
err-sync-no-origin = El registro no tiene origin: solo se traen sus vecinos. Publíquelo con `git remote add origin URL` y `council sync`.
err-sync-same = el registro y origin contienen los mismos consejos
err-switching = cambiando a la rama { $branch } de origin
err-sync-unrelated = origin contiene un registro de consejos en su rama { $other } que no comparte historia con este registro (rama { $branch }): empujar publicaría un segundo registro sin relación
err-sync-unrelated-hint = si esta copia no tiene consejos propios, tome el registro de origin con `git -C { $path } switch { $other }`; si no, pregunte a quien mantiene origin qué rama es el registro; no se empujó nada
err-sync-pushed = el registro ({ $commit }) a origin
err-origin-kept-moving = origin no dejó de moverse durante la sincronización: otra persona envía al mismo tiempo
err-origin-kept-moving-hint = el registro aquí está intacto; vuelva a ejecutar `council sync` dentro de un momento
err-no-commit-yet = el registro aún no tiene ningún commit
err-no-commit-yet-hint = créelo con `council init`, o clone origin con `git clone URL`
err-run-init = ejecute `council init`
err-sync-updated = el registro al { $commit } de origin ({ $n ->
    [one] { $n } archivo nuevo o cambiado
    *[other] { $n } archivos nuevos o cambiados
    })
err-sync-merged = los consejos de origin en el registro ({ $commit }): { $n ->
    [one] { $n } archivo
    *[other] { $n } archivos
    } de origin, el README generado a partir de ambos
err-head-moving-sync = HEAD no dejó de moverse durante la sincronización; no se fusionó nada
err-head-moving-sync-hint = vuelva a ejecutar `council sync`
err-sync-unverified = el { $commit } de origin trae { $n ->
    [one] { $n } archivo que no pasa
    *[other] { $n } archivos que no pasan
    } `council verify`; no se fusionó nada, el registro aquí está como estaba:
err-and-more = (y { $n } más)
err-sync-unverified-hint = alguien reescribió el historial de origin o editó sus registros a mano; mírelos con `git log -p origin/{ $branch } -- PATH`, y haga que origin vuelva a estar como se sortearon los consejos (envíe el registro desde un portátil que los tenga intactos, o revierta la edición donde se hizo), y luego vuelva a ejecutar `council sync`
err-peer-ref = su nombre no da un nombre de ref utilizable, o da el mismo que otro vecino ({ $refname }); dé a cada vecino un nombre distinto en council.toml
err-peer-fetched = el vecino { $name } ({ $commit }) en { $refname }
err-peer-skipped = se omitió el vecino { $name }: { $error }
err-push-failed = council.toml fija push = true, pero la sincronización falló: { $error }{ $hint }. Todo tiene commit aquí; ejecute `council sync` cuando se pueda llegar a origin
err-unreachable-hint = el registro aquí está intacto y cada consejo sigue con su commit en él; compruebe la red y la URL de origin (`git remote -v`), y vuelva a ejecutar `council sync`
err-floor-event = el evento de palabra { $n } ({ $kind } { $name } a las { $at }) no se puede aplicar: { $problem }
err-floor-name-someone = nombre a alguien
err-floor-not-present = { $name } no está entre los presentes
err-floor-on-stack = { $name } ya está en la lista de palabra
err-floor-not-on-stack = { $name } no está en la lista de palabra
err-floor-nobody-speaking = nadie está hablando
err-floor-record-none = floor.record es "none": omita mejor la tabla [floor]
err-floor-gini-range = floor.gini es { $gini }: un coeficiente de Gini está entre 0 y 1
err-floor-top-two = floor.top_two_seconds supera floor.seconds
err-floor-spoke = floor.spoke supera el número de presentes o de turnos
err-floor-present = floor.present supera lo que un consejo puede contener
err-floor-week = floor.seconds supera una semana
err-floor-gini-shares = floor.gini es { $gini }, pero las partes dan { $shares }
err-floor-top-two-shares = floor.top_two_seconds es { $top }, pero las partes dan { $shares }
err-floor-shares-everyone = floor.shares debe listar a todas las personas presentes
err-floor-shares-seconds = floor.shares no suman floor.seconds
err-floor-shares-turns = los turnos de floor.shares no suman floor.turns
err-floor-shares-name = floor.shares nombra a { $name }, que no está entre los asistentes
err-floor-shares-mode = floor.shares solo se guarda con record = "shares"
err-field-problem = `{ $field }`: { $problem }
err-read-councils = no se pueden leer los consejos del registro: { $error }
err-read-council = no se puede leer el consejo { $id }: { $error }

# council verify, file by file
err-verify-unreadable-minutes = no se puede leer como acta: { $error }. Si nunca fue un consejo (añadido a mano), quítelo con `git rm` y haga commit; quitar lo que nunca fue un registro no rompe nada
err-verify-unreadable-minutes-short = no se puede leer como acta: { $error }
err-verify-file-text = el texto no coincide con su registro (¿editado a mano?): los archivos del registro nunca se reescriben
err-verify-unreadable = no se puede leer: { $error }
err-verify-corrects-nothing = corrige { $council }, que no es un consejo de este registro
err-verify-append-only = { $problem }: el registro solo crece; restaure el archivo desde el commit que lo añadió ({ $commit })
err-verify-path = el archivo debería ser { $path } para el id { $id }
err-verify-history-form = el historial { $history } no está escrito como la herramienta escribe un id de commit (40 dígitos hexadecimales en minúscula)
err-verify-history-id = el historial { $history } no es un id de commit
err-verify-no-commit = ningún commit del historial del registro añade este archivo (¿un clon superficial? traiga todo el historial con `git fetch --unshallow`)
err-verify-added-with = añadido por el commit { $commit } junto con { $other }: cada consejo tiene su propio commit, sorteado con el registro que dejó el anterior
err-verify-no-settings = no se hizo commit de ningún council.toml antes de esta acta
err-verify-settings-unreadable = no se pueden leer los ajustes del consejo: { $error }
err-verify-history-unreadable = no se puede leer el historial { $history }: { $error }
err-verify-minutes-text = el texto no coincide con su registro (¿editado a mano?): un acta nunca se reescribe
err-verify-history-after = el historial { $history } no es un commit anterior a { $added }, el commit que añadió esta acta: las listas del sorteo deben salir del registro tal como estaba
err-verify-settings-changed = council.toml cambió con el commit { $commit } antes de que empezara este consejo, pero el consejo nombra el historial { $history }, de antes de ese cambio: un consejo se sortea con los ajustes vigentes
err-verify-history-moved = el historial { $history } no es el registro tal como estaba: se añadieron, quitaron o cambiaron actas entre él y { $parent }, el commit anterior a esta acta ({ $differ }); las listas del sorteo deben salir del registro tal como estaba
err-verify-history-none = el acta no nombra ningún historial, pero el registro al que se añadió ya tenía consejos ({ $differ }); las listas del sorteo deben salir del registro tal como estaba
err-verify-privacy = privacy: el acta dice { $said }, pero el council.toml de su historial dice { $settings }: un consejo escribe a las personas como dicen los ajustes del registro
err-site-branch-invalid = { $name } no es un simple nombre de rama para el sitio
err-site-branch-invalid-hint = elija un simple nombre como `pages` o `gh-pages`
err-site-branch-ambiguous = { $name } es también { $other }: git no sabría a cuál se refiere un comando
err-site-branch-checked-out = la rama { $name } está extraída en un directorio de trabajo del registro: el sitio reemplazaría lo que hay allí
err-site-branch-log = la rama { $name } contiene un registro (council.toml): el sitio reemplazaría sus consejos
err-site-branch-own-hint = dé al sitio una rama propia, como `--branch pages`
err-settings-url = `url` es { $url }: debe ser la dirección del sitio, http:// o https:// y un host, sin espacios ni caracteres de control
err-settings-url-hint = corrija `url` en council.toml y haga commit, o quite la línea; los enlaces quedan entonces relativos
err-site-link = { $path } es un enlace simbólico: el sitio nunca se escribe a través de un enlace
err-site-link-hint = quite el enlace, o indique otra carpeta con --out

err-sync-site-pushed = la rama del sitio { $branch } a origin
err-sync-site-not-pushed = la rama del sitio { $branch } no se envió: { $error }. El registro está sincronizado; ejecute `council site --branch { $branch }` y `council sync` de nuevo

## reading an answers file: its problems, and the TOML reader's, in our words

err-what-it = el archivo
err-what-the-file = el archivo
err-what-answers-file = el archivo de respuestas
err-answers-minutes-unreadable = este archivo de acta no puede leerse: { $problem }
err-answers-decisions = este archivo contiene { $n } decisiones ([[decision]]): un consejo toma exactamente una decisión; escriba una sola [decision] y lleve las demás a un nuevo consejo
err-answers-data-block = esto parece el bloque de datos de un acta (tiene campos calculados como `id`), pero { $problem }
err-toml-missing-field = falta el campo `{ $field }`: añádalo
err-toml-unknown-field = campo desconocido `{ $field }`: compruebe su ortografía; `council run --example` muestra todos los campos
err-toml-invalid-type = un valor tiene un tipo incorrecto (el lector TOML dice: { $detail })
err-toml-says = el lector TOML dice: { $message }
err-toml-line = línea { $line } (`{ $text }`): { $problem }
err-not-log-no-folder = esa carpeta no existe
err-not-log-no-repository = no hay ningún repositorio git ahí
err-git-says = git dice: { $message }
err-site-branch-own = { $name } es la rama del propio registro: el sitio reemplazaría los consejos
err-sync-two-secrets = puede que haya dos secretos de seudónimos en uso: los consejos de este portátil desde la última sincronización tienen { $mine } seudónimo(s) y los de origin { $incoming } otros, sin ninguno en común ni ninguno que el registro de este portátil conozca. Si una persona tiene ahora dos seudónimos, los portátiles tienen secretos distintos: comparen la huella que `council secret export` muestra en cada uno (la de este portátil: { $fingerprint }); el portátil que tiene la otra toma la del registro con `council secret import --replace ARCHIVO`.
