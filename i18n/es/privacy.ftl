# Modos de privacidad: lo que dice de ellos la terminal.

privacy-init-modes = Lo que las actas públicas escriben de una persona es `privacy` en council.toml, y el historial de git es para siempre: lo que se confirma queda en cada clon. «names» escribe los nombres tal como se introducen (nombres de pila o apodos están bien). «pseudonyms» escribe un seudónimo estable por persona, hecho con un secreto guardado en la carpeta .git de este registro, nunca confirmado; la lista de quién es quién se queda en este portátil. «cards» escribe los números de las tarjetas repartidas en la sala y ningún nombre. Cámbielo solo confirmando council.toml.
privacy-cards-rotation = Las tarjetas no son personas: las actas solo escriben números de tarjeta. La facilitación de la última vez y los turnos de consejos anteriores pertenecen a números de tarjeta, no a nadie de aquí, así que la rotación entre consejos solo es tan justa como la mezcla de las tarjetas.
privacy-secret-warning = Este secreto convierte cualquier nombre en su seudónimo: quien lo tenga puede comprobar un nombre adivinado contra cada seudónimo del registro público. Páselo solo al portátil de alguien a quien el consejo confíe la lista, por un canal de confianza, y borre la copia después.
privacy-secret-exported = El secreto de los seudónimos está escrito en { $file }.
privacy-secret-imported = El secreto de los seudónimos está importado: este portátil escribe ahora los mismos seudónimos que aquel del que viene.
privacy-secret-same = Este registro ya tiene este mismo secreto: nada cambió.

# Escrito en el README del registro con privacy = "pseudonyms" o "cards" (el idioma del consejo).
readme-privacy-heading = Privacidad
readme-privacy-pseudonyms = Este registro escribe a las personas con seudónimos (privacy = "pseudonyms"): cada persona conserva un mismo seudónimo en todos los consejos, hecho a partir de su nombre con un secreto que no está en este repositorio. La rotación y `council verify` funcionan con los seudónimos.
readme-privacy-cards = Este registro escribe números de tarjeta, no personas (privacy = "cards"): los asistentes son las tarjetas numeradas repartidas en cada consejo. Las tarjetas no son personas, así que los turnos y la facilitación de la última vez no se trasladan: cada consejo sortea entre sus tarjetas desde cero.

# Anotar a las personas en las preguntas.
privacy-card-question = { $question }: su número de tarjeta
privacy-card-invalid = un número de tarjeta de 1 a { $max }: no se escribe ningún nombre con privacy = "cards"
privacy-cards-how-many = ¿Cuántas tarjetas numeradas se repartieron (1 a N)?
privacy-cards-count-invalid = un número de 2 a { $max }: un consejo sortea una facilitación y una portavocía
privacy-cards-listed = Las tarjetas 1 a { $n } están anotadas.
privacy-known-here = { $name }, a quien este portátil conoce
privacy-someone-new = { $name }: alguien nuevo (una nueva grafía es una nueva persona)
privacy-did-you-mean = ¿Quiso decir { $names }?
privacy-tell-apart = { $problem }. Distíngalos (añada una inicial) y escriba el nombre de nuevo.
privacy-no-correction-cards = Los números de tarjeta no se escriben mal: no hay nada que corregir aquí.
privacy-no-correction-pseudonyms = Con privacy = "pseudonyms" una grafía corregida es otro seudónimo, que nadie que lea el registro podría distinguir de otra persona puesta en lugar de la sorteada: los nombres no se corrigen una vez fijado el grupo.
privacy-mend-later = Un error se repara después del consejo con `council correct ID --note TEXTO`, o, antes de confirmar nada, abandonando este consejo y convocándolo de nuevo.

# Errores y notas.
privacy-collision = { $a } y { $b } reciben el mismo seudónimo { $pseudonym }: el registro no podría distinguirlos
privacy-not-a-card = { $name } no es un número de tarjeta: con privacy = "cards" las personas son los números de las tarjetas repartidas ("1", "2", ...), y no se escribe ningún nombre
privacy-named-in-text = el texto { $text } nombra a { $name }, y las actas públicas lo guardarían para siempre: con privacy = "pseudonyms" no escriba ningún nombre real en texto libre (omítalo, o escriba el seudónimo que muestra `council show`)
privacy-mode-changed-begun = este consejo empezó con privacy = "{ $then }", pero council.toml ahora indica privacy = "{ $now }": sus asistentes se anotaron para el otro modo
privacy-mode-changed-fixed = el grupo de este consejo se fijó con privacy = "{ $then }", pero council.toml ahora indica privacy = "{ $now }": sus asistentes se anotaron para el otro modo
privacy-cannot-resume = { $problem }; no se puede reanudar ni confirmar
privacy-mode-hint = `council abandon` lo descarta (dejando una huella si su sorteo se hizo), y luego `council convene` de nuevo con el modo vigente
privacy-abandon-names = este consejo empezó con privacy = "names" y sus números se cantaron: su huella pública escribiría los nombres dados, pero council.toml ahora indica privacy = "{ $now }"; no se escribió nada
privacy-abandon-names-hint = para dejar la huella (hace visible un sorteo repetido), confirme de nuevo privacy = "names", ejecute `council abandon` y luego confirme el modo nuevo
privacy-answers-hint = corrija las respuestas y vuelva a ejecutar; no se escribió nada en el registro
privacy-secret-made = secreto de seudónimos creado: { $path }; nunca entra en git. Otro portátil lo necesita para escribir los mismos seudónimos (`council secret export`)
privacy-new-here = { $name } es nuevo para este portátil; ¿quiso decir { $names }? Una nueva grafía es una nueva persona
privacy-text-names = el texto nombra a { $name }, y el registro público lo guardaría para siempre con privacy = "pseudonyms"
privacy-text-names-hint = omita el nombre, o escriba su seudónimo tal como lo muestra `council show`
privacy-secret-unused = council.toml indica privacy = "{ $mode }": el secreto solo se usa con privacy = "pseudonyms"
privacy-secret-none = este registro aún no tiene secreto de seudónimos ({ $path } no existe)
privacy-secret-none-hint = lo crea el primer consejo con privacy = "pseudonyms"; en un segundo portátil, `council secret import ARCHIVO` trae el del primero
privacy-secret-exists = este registro ya tiene otro secreto de seudónimos ({ $path }); no cambió nada
privacy-secret-exists-hint = los seudónimos ya escritos vienen de uno de los dos: conserve ese. Reemplácelo solo si los seudónimos del registro vienen del importado: `council secret import --replace ARCHIVO` (exporte antes el antiguo para conservarlo)
privacy-secret-invalid = { $origin } no es un secreto de seudónimos: no contiene 64 dígitos hexadecimales tras líneas de comentario `#`
privacy-secret-invalid-hint = indique el archivo que escribió `council secret export` en el otro portátil
privacy-export-new-file = indique la ruta de un archivo nuevo; un archivo existente nunca se sobrescribe

# Escrito en las actas con privacy = "pseudonyms" o "cards" (el idioma del consejo).
minutes-privacy-pseudonyms = Las personas se escriben con seudónimos (privacy = "pseudonyms"): cada persona conserva un mismo seudónimo en todos los consejos, así que los turnos contados son suyos.
minutes-privacy-cards = Los asistentes son las tarjetas numeradas repartidas en este consejo (privacy = "cards"). Las tarjetas no son personas: los turnos y la facilitación de la última vez no se trasladan, así que nadie quedó fuera por ellos.

# Texto libre que nombra a alguien, secreto ausente o abierto, tarjetas en stats.
privacy-issue-names = el problema nombra a { $name }, y el registro público lo guardaría para siempre con privacy = "pseudonyms": omita el nombre (diga qué pasa, no quién)
privacy-withheld = (retirado: nombraba a alguien)
privacy-trace-withheld = un texto libre de este consejo nombraba a alguien que este ordenador conoce: la huella pública dice «(retirado: nombraba a alguien)» en su lugar
privacy-secret-missing = este registro ya contiene seudónimos, pero este ordenador no tiene secreto de seudónimos ({ $path }): uno nuevo daría nuevos seudónimos a las mismas personas
privacy-secret-missing-hint = importe el secreto del ordenador que los hizo: allí `council secret export ARCHIVO`, aquí `council secret import ARCHIVO`. Si se perdió para siempre, `council secret new` empieza uno nuevo a sabiendas (todos cuentan entonces como nuevos)
privacy-secret-new-exists-hint = consérvelo: los seudónimos de este registro se hicieron con él. Para tomar el de otro ordenador, `council secret import --replace ARCHIVO`
privacy-secret-open = el secreto de seudónimos { $path } puede ser leído por otros (modo { $mode }): quien lo lea puede probar cualquier nombre contra los seudónimos del registro
privacy-secret-open-hint = hágalo legible solo para usted: chmod 600 { $path }
stats-cards = { $n } { $n ->
        [one] consejo
       *[other] consejos
    }. Con privacy = "cards" los números son tarjetas repartidas en cada consejo, no personas: los turnos no se cuentan de un consejo a otro por tarjeta, y la rotación es tan justa como la mezcla de las tarjetas.
privacy-secret-fingerprint = huella de este secreto: { $fingerprint } (los portátiles con huellas iguales escriben los mismos seudónimos)
