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
