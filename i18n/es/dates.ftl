# Nombres de los días y de los meses, y la fecha escrita entera.
# Los días van del lunes (1) al domingo (7).

weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo

month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

# «lunes 23 de noviembre de 2026»
date-long = { $weekday } { $day } de { $month } de { $year }
