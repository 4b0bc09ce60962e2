# The static web site (`council site`), the feed and the notice for the wall.

site-nav = Pages of the log
site-nav-home = Home
site-nav-councils = Councils
site-nav-tasks = Tasks
site-nav-delegates = Delegates
site-nav-rotation = Rotation
site-nav-abandoned = Abandoned lots
site-nav-corrections = Corrections
site-nav-feed = Feed
site-skip = Skip to the content
site-footer = Made by flash-council from the files of the public log. Every draw can be re-checked by anyone.
site-outcome-adopted = Adopted
site-outcome-rejected = Rejected
site-outcome-none = No decision
site-col-date = Date
site-col-issue = Issue
site-col-decision = Decision
site-col-facilitator = Facilitator
site-col-what = What
site-col-who = Who
site-col-due = By
site-col-status = Status
site-col-note = Latest note
site-overdue = overdue
site-status-open = open
site-status-done = done
site-status-dropped = dropped
site-col-target = Target
site-col-collected = Collected
site-col-spent = Spent
site-col-left = Left
site-col-flags = Flags
site-jar-unspent = task ended: spend what is left and reset
site-jar-over = collected beyond its target
site-none = None.
site-intro = The public log of { $name }: { $n ->
        [one] { $n } flash council
       *[other] { $n } flash councils
    } so far. Each took up one concrete problem, drew its facilitator by lot, made one decision and dissolved.
site-recent = Recent councils
site-all-councils = All { $n } councils
site-open-tasks = Open tasks
site-jars = Jars in play
site-jars-all = Jars
site-active-delegates = Active delegates
site-delegate-line = { $name } to { $to }: { $mandate }
site-gains = What we achieved together
site-without-permission = without asking permission
site-come = Come to a council
site-come-text = Councils are open to everyone in the neighborhood: come, listen, speak, take a task if you want. Nobody needs to have come before; the facilitator is drawn by lot among those present.
site-when = { $date }, { $start } to { $end }
site-place = at { $place }
site-corrections-title = Corrections
site-decision = Decision
site-proposal = Proposal:
site-review = To look at again on { $date }.
site-people = Who
site-facilitator = Facilitator: { $name }
site-support = Support: { $name }
site-spokesperson = Spokesperson: { $name }
site-present = { $n ->
        [one] { $n } person present
       *[other] { $n } people present
    }: { $names }
site-tasks = Tasks
site-report-backs = Report-backs
site-delegate = Delegate
site-sovereignty = Autonomy gained
site-closing = Closing
site-draw = The draw
site-draw-called = Numbers called out in the room:
site-draw-rolled = Nobody called out numbers; the laptop rolled them:
site-col-role = Role
site-col-pool = Pool
site-col-selected = Drawn
site-col-accepted = Accepted
site-role-facilitator = facilitator
site-role-spokesperson = spokesperson
site-role-support = support
site-left-out = { $name } left out: { $why }
site-position = { $name } (position { $position } of { $of })
site-yes = yes
site-no = no
site-recheck = Re-check this draw
site-recheck-key = Key:
site-recheck-text = In a clone of this log, with council installed:
site-recheck-draw = Or the first step alone, with the bare RFC 3797 algorithm:
site-recheck-tool = Get council from the flash-council project (free software; cargo install --path . in a clone of it). Any RFC 3797 implementation gives the same draw from the same key.
site-minutes = The minutes file:
site-permalink = permanent address
site-delegates-intro = Delegates speak for a council elsewhere, only within their written mandate, and any later council can recall them.
site-col-delegate = Delegate
site-col-to = To
site-col-mandate = Mandate
site-mandate-active = active
site-mandate-recalled = recalled by
site-chart-label = Facilitation turns per person
site-rotation-intro = How evenly facilitation rotates: turns per person, counted over every council of the log.
site-rotation-cards = Under privacy = "cards" the people of this log are the numbered cards handed out at each council. Cards are not people: no turns are counted across councils by card, and rotation between councils is only as fair as the shuffle of the cards.
site-gini = Gini coefficient of facilitation turns: { $gini } (0 is perfectly even; 1 is one person every time)
site-col-person = Person
site-col-attended = Came
site-col-facilitated = Facilitated
site-col-spoke = Spokesperson
site-abandoned-intro = Councils abandoned after numbers were called out for their lot. Their pools, numbers and draws are public, so a lot drawn again until it suits someone shows here.
site-pool = pool:
site-sources = numbers:
site-corrections-intro = Minutes are never rewritten; a mistake found later is corrected beside them.
site-feed-title = { $name }: flash councils
notice-decision = What we decided
notice-tasks = Who does what, by when
notice-more = and { $n ->
        [one] { $n } more task
       *[other] { $n } more tasks
    } in the minutes
notice-jars = Jars
notice-jar = { $what }: target { $target } { $currency }
notice-review = We look at this decision again on { $date }.
notice-next = Come to the next council
notice-page = This council on the web:
notice-qr = QR code to this council's page
notice-jar-target = Jar target
site-labelled = { $label }: { $text }
notice-cut = Texts cut short (…) are whole in the log and on the council's page.
