# The log's generated README.md.

readme-title = { $name }: public log
readme-intro = The minutes of every flash council of { $name } are here, one plain-text file per council under `minutes/`, with report-backs under `reports/` and the standing settings in `council.toml`. Each council took up one concrete problem, drew its facilitator by lot, made one decision and dissolved. Anyone can re-check every draw with `council verify` or any RFC 3797 implementation.
readme-getting = Getting this log: clone this repository with git. To re-check it, install `council` (the flash-council project; `cargo install --path .` in its clone) and run `council verify` in your clone. Another neighborhood can follow it by listing this repository under `[[peers]]` in its own `council.toml`: `council sync` fetches it and `council federation` reads it.
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
readme-tasks-head = | task | what | who | due |
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
readme-jars-head = | task | target | collected | spent | left | |
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
readme-gains = { $n ->
        [one] { $n } gain
       *[other] { $n } gains
    }, { $won } of them won without asking permission. The most recent:
readme-without-permission = (without permission)
readme-councils = Councils
readme-councils-head = | date | issue | facilitator | decision |
readme-corrected = (corrected: see below)
readme-earlier = And { $n } earlier councils under `minutes/` (`council log` lists them all).
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
