# The log's generated README.md.

readme-title = { $name }: public log
readme-intro = The minutes of every flash council of { $name } are here, one plain-text file per council under `minutes/`, with report-backs under `reports/` and the standing settings in `council.toml`. Each council took up one concrete problem, drew its facilitator by lot, made one decision and dissolved. Anyone can re-check every draw with `council verify` or any RFC 3797 implementation.
readme-getting = Getting this log: clone this repository with git. Another neighborhood can follow it by listing this repository under `[[peers]]` in its own `council.toml`: `council sync` fetches it and `council federation` reads it.
readme-empty = No council yet.
readme-no-ledger = The ledger cannot be added up: { $problem }.
readme-councils-so-far = { $n ->
        [one] { $n } council
       *[other] { $n } councils
    } so far: { $adopted ->
        [one] { $adopted } decision
       *[other] { $adopted } decisions
    } adopted, { $rejected } rejected, { $none } ended without a decision. Tasks: { $done } done, { $open } open, { $dropped } dropped. As of { $today }.
readme-in-play = This page shows what is in play: open tasks, active delegates and jars with news in the last { $days } days, and the latest { $recent } councils. Older ones are counted, not listed: each stays in its council's minutes, and `council tasks`, `council delegates` and `council log` list everything.
readme-open-tasks = Open tasks
readme-none = None.
readme-none-fresh = None with news in the last { $days } days.
readme-tasks-head = | task | what | who | due | latest note |
readme-overdue = { $date } **overdue**
readme-aged-tasks = { $n ->
        [one] { $n } more open task
       *[other] { $n } more open tasks
    } with no news for over { $days } days: `council tasks` lists { $n ->
        [one] it
       *[other] them
    }.
readme-delegates = Active delegates
readme-delegate = { $name } to { $to }, mandated by `{ $council }`: { $mandate }
readme-aged-mandates = { $n ->
        [one] { $n } mandate
       *[other] { $n } mandates
    } given over { $days } days ago and never recalled (`council delegates` lists { $n ->
        [one] it
       *[other] them
    })
readme-and-aged-mandates = and { readme-aged-mandates }
readme-jars = Jars
readme-jars-head = | task | what | target | collected | spent | left | |
readme-jar-unspent = **task ended: spend what is left and reset**
readme-jar-over = **collected beyond its target**
readme-aged-jars = { $n ->
        [one] { $n } jar in play
       *[other] { $n } jars in play
    } with no news for over { $days } days: `council ledger` lists { $n ->
        [one] it
       *[other] them
    }.
readme-sovereignty = Sovereignty ledger
readme-gains = What the neighborhood achieved together, without waiting for anyone: { $n ->
        [one] { $n } gain
       *[other] { $n } gains
    }, { $won } of them won without asking permission. The most recent:
readme-without-permission = (without permission)
readme-councils = Councils
readme-councils-head = | date | issue | decision | facilitator |
readme-corrected = (corrected: see below)
readme-earlier = And { $n ->
        [one] { $n } earlier council
       *[other] { $n } earlier councils
    } under `minutes/` (`council log` lists them all).
readme-corrections = Corrections
readme-corrections-intro = Minutes are never rewritten; a mistake found later is corrected beside them. The most recent:
readme-correction = { $date } to [`{ $council }`]({ $path }): { $note }
readme-abandoned = Abandoned after numbers were called
readme-abandoned-intro = { $n ->
        [one] { $n } council was
       *[other] { $n } councils were
    } abandoned after numbers were called out for their lot. Their pools, numbers and draws so far are public, so a lot drawn again until it suits someone shows here. The most recent:
decision-adopted = adopted
decision-rejected = rejected
decision-none = none
readme-reviews = Decisions to look at again
readme-reviews-intro = These decisions asked a later council to look at them again, and their review date has come:
readme-review = { $date }: [{ $issue }]({ $path }): { $decision }
readme-come = Come to a council
readme-come-text = Councils are open to everyone in the neighborhood: come, listen, speak, take a task if you want. Nobody needs to have come before; the facilitator is drawn by lot among those present, and someone who never facilitated gets a support. Each council takes up one concrete problem, makes one decision in about 45 minutes, and ends with a moment of care.
readme-latest-at = The latest council met on { $date } at { $place }.
readme-latest = The latest council met on { $date }.
readme-recheck = Re-check a draw
readme-recheck-text = Nobody has to trust the facilitator: every minutes file records the numbers called out in the room and every step of the draw (RFC 3797). Get the tool, `council`, from the flash-council project (free software: `cargo install --path .` in a clone of it), clone this log, and run one command in it, with the id of the council:
readme-glossary = Words used here
readme-word-lot = Lot
readme-means-lot = the public draw that picks the facilitator and spokesperson from numbers called out in the room; anyone can re-check it.
readme-word-facilitator = Facilitator
readme-means-facilitator = keeps the time and the order of speaking for one council; never the same person twice in a row unless they agree.
readme-word-support = Support
readme-means-support = someone who has facilitated before, beside a first-time facilitator.
readme-word-spokesperson = Spokesperson
readme-means-spokesperson = speaks for the council's decision outside it, drawn by lot like the facilitator.
readme-word-jar = Jar
readme-means-jar = a small, visible pot of money for one task; spent and reset when the task ends, never kept.
readme-word-sovereignty = Sovereignty ledger
readme-means-sovereignty = what the neighborhood gained the power to do itself, council by council.
readme-word-delegate = Delegate
readme-means-delegate = a neighbor sent to speak for the council elsewhere, recallable at any council.
readme-word-mandate = Mandate
readme-means-mandate = the written instruction a delegate carries; the delegate says only that.
readme-labelled = { $label }: { $text }
