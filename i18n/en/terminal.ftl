# What the terminal says: prompts of `council convene`, the floor, command output.
# In the user's language (--lang, LC_ALL, LC_MESSAGES, LANG); English is the source.


## convene: the steps

convene-edit-issue = The one concrete problem
convene-place = Where are you meeting? (Enter to skip)
convene-timebox = Timebox in minutes
convene-timebox-range = give a number of minutes between 1 and 1440
convene-before-start = Before we start (shown here, never written to the minutes):
convene-legal = Legal support: { $legal }
convene-no-legal = No legal-support line is set.
convene-care = Care team: { $care }
convene-no-care = No care team is set.
convene-set-protocol = To set them, write { $missing } under [protocol] in council.toml and commit it (a later council's decision).
convene-and = and
convene-who-is-here = Who is here?
convene-already-listed = Already listed: { $names }.
convene-regulars-more =  The { $n } most recently seen are listed; type part of any other name below.
convene-regulars = People the log knows, most recently seen first.{ $more }
convene-regulars-question = Who of these is here? Several at once
convene-type-names = Type each other name and press Enter (part of a name the log knows finds them); an empty line when everyone is listed.
convene-name = Name (Enter when everyone is listed)
convene-two-people = A council draws a facilitator and a spokesperson: list at least two people.
convene-none-of-these = none of these: { $name } is someone new
convene-which-of-them = Which of them? Several at once
convene-known = { $name }, whom the log knows
convene-someone-new = { $name }: someone new (a new spelling is a new person)
convene-did-you-mean = Did you mean { $names }?
convene-or = or
convene-welcome = Welcome, { $name }: your first council here.
convene-late = { $name } arrived after the pool was fixed: in no draw, but may take tasks, vote and be delegated.
convene-who-arrived = Who arrived? (Enter when done)
convene-no-misspelling = none: leave the names as they are
convene-misspelled = Whose name is misspelled?
convene-right-name = The right name for { $name } (Enter as it is to leave it)
convene-same-name = that is the same name: Enter a different spelling
convene-left-as-is = { $name } is left as it is.
convene-not-corrected = Not corrected: { $problem }
convene-corrected = { $old } is now { $right } in the minutes; the draw is recorded as it was drawn, with the correction beside it.
convene-add-late = + someone who arrived late (add them)
convene-opt-out-facilitator = Who would rather not be drawn to facilitate today?
convene-opt-out-spokesperson = Who would rather not be drawn to speak for the council today?
convene-open-tasks = First, the { $n } open task(s) of earlier councils.
convene-status-open = still open
convene-status-done = done
convene-status-dropped = dropped
convene-due = , due { $date }
convene-where-stands = Where does it stand?
convene-note = A note (Enter to skip)
convene-jar = Its jar: { $collected } of { $target } { $currency } collected, { $spent } spent.
convene-collected = Money collected since (Enter for none)
convene-spent = Money spent since (Enter for none)
convene-repeat-facilitated = { $name } facilitated the last council: does { $name } agree to be drawn again today?
convene-repeat-spoke = { $name } spoke for the last council: does { $name } agree to be drawn again today?
convene-pool = The facilitator is drawn from: { $names }.
convene-left-out = { $name } is not in the draw: { $why }.
convene-nobody-drawn = Nobody can be drawn. Add someone present, or ask the last facilitator to stand again.
convene-before-numbers = Before any number is called: { $problems }. Abandon this council with `council abandon` (no number was called, so nothing is written) and convene again.
convene-lot-incomplete = The lot could not be completed: { $problems }.
convene-spokesperson-after = The spokesperson is drawn the same way afterwards, without the facilitator.
convene-pool-fixed = This pool is now fixed.
convene-call-numbers = Now ask people in the room to call out numbers: a few numbers each, from anyone.
convene-call-numbers-how = Type each person's numbers and press Enter; an empty line when done. Type "roll" to let the laptop roll instead.
convene-numbers = Numbers called out
convene-rolled = The laptop rolled: { $numbers }
convene-already-called = Numbers were already called out: keep going, or press Enter to draw.
convene-one-number = At least one number is needed (or type "roll").
convene-draw-hint = the journal is kept; `council abandon` discards this council and leaves a public trace of its draw
convene-key = Key: { $key }
convene-selection = Selection { $i }: position { $position } of { $of } in [{ $pool }] -> { $name }
convene-accept-facilitator = Does { $name } accept to be facilitator?
convene-accept-spokesperson = Does { $name } accept to be spokesperson?
convene-accept-support = Does { $name } accept to be support?
convene-is-facilitator = { $name } is the facilitator.
convene-is-spokesperson = { $name } is the spokesperson.
convene-is-support = { $name } is the support.
convene-support-selection = Selection { $i } (support): position { $position } of { $of } in [{ $pool }] -> { $name } supports { $facilitator }.
convene-elsewhere = { $name } has not facilitated in this log: has { $name } facilitated elsewhere before?
convene-without-support = { $name } facilitates without a support; the minutes say they have facilitated elsewhere.
convene-facilitated-here = { $name } (facilitated { $n } time(s) here)
convene-facilitated-elsewhere = { $name } (facilitated elsewhere)
convene-support-by-lot = Draw the support by lot among them
convene-not-facilitated = { $name } (has not facilitated)
convene-nobody-supports = Nobody present can support: the facilitator goes without one.
convene-who-supports = { $name } has never facilitated: who supports them?
convene-support-later = The support is drawn by lot with the next step of the key, once the spokesperson is drawn.
convene-proposal-time-up = The proposal (Enter if there is none: the council ends without a decision)
convene-proposal-floor = What is the proposal? (/floor goes back to the floor)
convene-proposal = What is the proposal?
convene-decided-by = Decided by
convene-stand-aside = Who stands aside?
convene-blocks = Who blocks?
convene-arrived-to-vote = Has anyone arrived since the pool was fixed (to vote)?
convene-votes-for = Votes for
convene-votes-against = Votes against
convene-abstentions = Abstentions
convene-whole-number = a whole number
convene-wording = The proposal's final wording (Enter keeps it; edit it if it was amended)
convene-outcome = Outcome
convene-statement-required = The outcome statement, in the council's words
convene-statement = The outcome statement (Enter to skip)
convene-review = Review it at a later council from (YYYY-MM-DD, Enter to skip)
convene-resolved = { $text } (resolved)
convene-unresolved = { $text } (unresolved)
convene-objections-so-far = Objections recorded so far: { $list }.
convene-clear-objections = Clear them and record the objections again?
convene-objection = An objection raised (Enter when none are left)
convene-concern = A concern raised and resolved (Enter when none are left)
convene-was-resolved = Was it resolved?
convene-resolved-choice = resolved (the proposal may be amended)
convene-unresolved-choice = still unresolved
convene-hand-out-task = Hand out a task?
convene-another-task = Another task?
convene-task-what = What is to be done?
convene-volunteers = Who volunteers?
convene-one-volunteer = A task needs at least one volunteer.
convene-task-due = Due (YYYY-MM-DD, Enter for none)
convene-jar-target = A jar for it: target amount (Enter for none)
convene-currency = Currency
convene-task-jar = ; jar of { $target } { $currency }
convene-task-item = Task { $n }: { $what } ({ $who }{ $jar })
convene-add-task = Add a task
convene-done-tasks = Done with the tasks
convene-which-task = Which task? (change or remove it)
convene-task-n = Task { $n }
convene-change-it = Change it
convene-remove-it = Remove it
convene-keep-it = Keep it as it is
convene-keep-mandates = Keep every mandate
convene-recall = Recall { $council } ({ $name } to { $to })
convene-recall-question = Recall an active mandate?
convene-send-delegate = Send a recallable delegate with a written mandate?
convene-who-goes = Who goes?
convene-where-to = Where to?
convene-mandate = The written mandate
convene-gained = What can the neighborhood now do for itself? (Enter to skip)
convene-without-permission = Was it won without asking anyone's permission?
convene-another-ritual = another ritual
convene-no-ritual = none
convene-closing-ritual = The closing ritual
convene-which-ritual = Which ritual?
convene-check-out = Check-out words, separated by commas (Enter to skip)
convene-not-empty = this cannot be empty
convene-too-long = this is { $n } characters long: at most { $max } are allowed

## convene: starting, resuming, reviewing, committing

convene-committing = The minutes are being committed; this takes a moment.
convene-opening = A flash council of { $name }. One problem, one decision, then we dissolve.
convene-issue = What is the one concrete problem this council takes up?
convene-issue-empty = name the problem in a few words
convene-issue-long = name the problem in a few words: at most { $max } characters
convene-already-committed = This council was already committed as { $id } before it was interrupted; its journal is removed. The council has dissolved.
convene-time-up = Time is up: the council moves to the decision and dissolves.
convene-resuming = Resuming the council on: { $issue }
convene-recap-place = place: { $place }
convene-recap-timebox = timebox: { $minutes } minutes
convene-recap-late =  (arrived late, not in the draw)
convene-recap-out =  (not in the draw)
convene-recap-out-facilitator =  (not in the facilitator draw)
convene-recap-out-spokesperson =  (not in the spokesperson draw)
convene-recap-present = present: { $names }
convene-recap-numbers = numbers called out: { $numbers }
convene-recap-facilitator = facilitator: { $name }
convene-recap-spokesperson = spokesperson: { $name }
convene-recap-floor = floor: { $waiting } waiting, talk time { $held }
convene-recap-none-yet = none yet
convene-recap-proposal = proposal: { $proposal }
convene-recap-decision = decision: { $outcome }
convene-recap-tasks = tasks: { $n }
convene-cannot-commit-yet = These answers cannot be committed yet: { $problems }
convene-review-commit = Commit the minutes and dissolve
convene-review-place = Edit the issue and place
convene-review-reports = Edit the report-backs
convene-review-decision = Edit the decision
convene-review-tasks = Edit the tasks and jars
convene-review-delegate = Edit the delegate
convene-review-autonomy = Edit the autonomy gained
convene-review-closing = Edit the closing
convene-review-name = Correct a misspelled name
convene-review-late = Add someone who arrived late
convene-review-lot-fixed = The lot is fixed once drawn: a misspelled name is corrected beside it, a late arrival joins outside it; to redo the draw, abandon this council (`council abandon` leaves a public trace).
convene-review-minutes = Review the minutes above
convene-reenter-first = Re-enter the section named above first.
convene-dissolved = The council has dissolved. Nothing carries over: the next council is convened from scratch.

## convene: prompts and time notices

convene-interrupted-before = Interrupted before the first answer: nothing was written.
convene-interrupted = Interrupted. Every answer given so far is kept in the journal: continue with `council resume`, or discard it with `council abandon`.
convene-notice-time-up = *** Time is up: the timebox has run out. Come to the decision and close. ***
convene-notice-left = *** { $n } minutes left in the timebox. ***
convene-label-time-up = [time is up] { $question }
convene-label-left = [{ $n } min left] { $question }
convene-answer-too-long = this is too long: at most { $max } characters
convene-multi = { $question } (space marks, Enter confirms)
convene-read-failed = failed to read an answer from the terminal

## convene: the floor

floor-typing-add = Add to the stack
floor-typing-point = Point of process (goes first)
floor-typing-remove = Take off the stack
floor-keys = 1-9/a add  n next  p pause  r remove  o point  i protocol  ? help  d decision
floor-help-add = add someone to the stack: their number, or part of their name, then Enter
floor-help-next = next: the first on the stack takes the floor (whoever spoke stops)
floor-help-pause = pause the speaker's clock; p again gives them the floor back
floor-help-remove = take someone off the stack
floor-help-point = a point of process: goes ahead of everyone on the stack
floor-help-protocol = show the protocol reminders of council.toml
floor-help-help = this help; Esc closes it
floor-help-decision = leave the floor for the decision (the proposal prompt takes /floor to come back)
floor-help-journaled = Every key is journaled with its time: a crash loses nothing; `council resume` comes back here.
floor-help-minutes = Talk time is for the room to see; only what floor_record asks for goes into the minutes.
floor-time-up = TIME IS UP +{ $over }
floor-left-5 = { $left } left: last 5 min
floor-left-10 = { $left } left: last 10 min
floor-left = { $left } left
floor-nobody-speaking = nobody speaking
floor-waiting = { $n } waiting
floor-enlarge = enlarge the window
floor-title = The floor: { $issue }
floor-speaking = Speaking: { $name }  { $turn } this turn, { $all } in all
floor-paused = Paused: { $name } (p gives them the floor back)
floor-speaking-nobody = Speaking: nobody (n gives the floor to the first on the stack)
floor-share = { $name } { $share }% (an equal share is { $equal }%)
floor-uneven = Talk is uneven: { $cue }. Anyone not heard yet?
floor-keys-title = Keys (Esc closes)
floor-no-protocol = council.toml has no [protocol] reminders.
floor-protocol-title = Protocol reminders (Esc closes)
floor-typing = { $what }: number or part of a name: { $text }_  (Enter, Esc)
floor-stack-title = Stack ({ $rule })
floor-nobody-waiting = nobody waiting
floor-present-title = Present: talk time
floor-type-something = type a number or part of a name
floor-no-number = nobody has the number { $n }
floor-no-match = nobody present matches "{ $typed }"
floor-ambiguous = "{ $typed }" could be { $names }: type more, or the number
floor-replay = the journal's floor cannot be replayed: { $problem }
floor-replay-hint = the journal was changed by hand; abandon this council with `council abandon` and convene again
floor-on-stack = { $name } is on the stack.
floor-point = { $name } has a point of process: first.
floor-off-stack = { $name } is off the stack.
floor-has-floor = { $name } has the floor.
floor-nobody-on-stack = Nobody is waiting on the stack.
floor-clock-paused = { $name }'s clock is paused.
floor-has-floor-again = { $name } has the floor again.
floor-nobody-is-speaking = Nobody is speaking.
floor-keys-message = Keys: { $keys }

## Status verbs (right-aligned, at most 12 characters)

verb-committed = Committed
verb-recorded = Recorded
verb-rolled = Rolled
verb-verified = Verified
verb-origin = Origin
verb-adopting = Adopting
verb-created = Created
verb-started = Started

## council run

run-data-block = a data block is reproduced and compared, never committed: it is the record of a council already drawn
run-dry-init = a dry run creates no log: the council is computed as the first of a new log with the default settings
init-origin-log = { $path }: the log of origin's branch { $branch } (this clone had no commit of its own)
err-init-origin-log = { $path } is a clone with no commit on its branch, and origin holds a council log on { $branch }: init would start a second, unrelated log
err-init-origin-log-hint = take origin's log with `git -C { $path } switch { $branch }` (move the files in the folder aside first); nothing was written
run-recorded = already: this council (same issue, start and attendees) is { $path } in the log; no second lot is drawn
run-committed = { $path } ({ $commit }): facilitator { $facilitator }, spokesperson { $spokesperson }, decision { $outcome }
run-rolled = nobody called out numbers, so the laptop rolled: { $numbers }

## council init

init-origin = set to { $url }
init-publish = Publish: `council --log { $at } sync` pushes the log to { $url }; with push = true in council.toml, every council is pushed as it is committed.
init-next-convene = Next: at the meeting, `council --log { $at } convene` asks the room one question at a time.
init-next-run = For scripts, `council --log { $at } run FILE` runs a whole council from an answers file
init-next-example = (`council run --example` prints a complete one).
init-adopting-git-dir = the git repository GIT_DIR names, at { $path }
init-adopting = the git repository at { $path }
init-created = a git repository in { $path }
init-started = the log of { $name } in { $path } ({ $commit })

## council verify

verify-none = No council in the log yet.
verify-verified = { $n } { $n ->
        [one] council
       *[other] councils
    }: every draw checks out, and the log is as it was written
verify-failed = { $n } { $n ->
        [one] file disagrees
       *[other] files disagree
    } with their recomputation or with the log's history

## council log, tasks, stats

log-none = No council in the log yet; run one with `council run FILE`.
column-date = date
column-id = id
column-issue = issue
column-facilitator = facilitator
column-outcome = outcome
column-what = what
column-who = who
column-due = due
column-status = status
column-jar = jar
column-name = name
column-attended = attended
column-facilitated = facilitated
column-spoke = spoke
column-supported = supported
tasks-no-open = No open task.
tasks-none-done = No task done yet.
tasks-none = No task yet.
tasks-overdue = open, OVERDUE
tasks-jar = { $collected }/{ $target } { $currency } (left { $left })
stats-councils = { $n } { $n ->
        [one] council
       *[other] councils
    }. Gini of facilitation turns: { $gini } (0 is perfectly even).
stats-largest = Largest share: { $name } facilitated { $n } of { $of } { $of ->
        [one] council
       *[other] councils
    } ({ $percent }%).
stats-run = Longest back-to-back run: { $name }, { $n } { $n ->
        [one] council
       *[other] councils
    } in a row.
stats-talk = Talk time on the floor, council by council (Gini: 0 everyone spoke as long, 1 one voice):

## council ledger, delegates, draw, convene

ledger-councils = Councils: { $n }
ledger-decisions = Decisions: { $adopted } adopted, { $rejected } rejected, { $none } without a decision
ledger-tasks = Tasks: { $done } done, { $open } open ({ $overdue } overdue), { $dropped } dropped
ledger-sovereignty = Sovereignty gained: { $n } { $n ->
        [one] entry
       *[other] entries
    }, { $without } won without asking permission
ledger-jars = Jars:
ledger-yes = yes
ledger-no = no
column-council = council
column-gained = gained
column-without-permission = without permission
column-task = task
column-target = target
column-collected = collected
column-spent = spent
column-left = left
column-flag = flag
column-to = to
column-mandate = mandate
column-number = #
column-draw = draw
column-i = i
column-position = position
column-selected = selected
delegates-none = No delegate has been mandated.
delegates-recalled = recalled by { $council }
delegates-active = active
draw-key = key: { $key }
draw-from-one = positions count from 1 here; RFC 3797 and `--json` count them from 0
draw-position = { $position } of { $of }
convene-in-progress = A council on "{ $issue }" is in progress here
convene-resume-it = Resume it
convene-abandon-it = Abandon it (a public trace is left if its lot was drawn)
convene-leave-it = Leave it for now

## council abandon, report, correct

verb-abandoned = Abandoned
verb-reporting = Reporting
verb-reported = Reported
verb-correcting = Correcting
verb-corrected = Corrected
abandon-unreadable = the unreadable journal, kept as { $path }; no lot can be read from it, so nothing is written to the log
abandon-question = Abandon the council on "{ $issue }"? Its answers will be discarded
abandon-kept = Kept: continue it with `council resume`.
abandon-no-lot = the council in progress; no lot was drawn, so nothing is written to the log
abandon-public = the council; its lot so far is public in { $path } ({ $commit })
report-on = on { $task }
report-done = { $task } is { $status } ({ $path }, { $commit })
correct-done = { $council } ({ $path }, { $commit })

## council federation

federation-none = No council in the log or its peers yet.
federation-no-delegate = No delegate has been mandated in the log or its peers.
column-neighborhood = neighborhood
federation-verified = { $files } { $files ->
        [one] file
       *[other] files
    } across { $logs } { $logs ->
        [one] neighborhood
       *[other] neighborhoods
    }: every draw checks out
federation-failed = { $n } { $n ->
        [one] file disagrees
       *[other] files disagree
    } with their recomputation or with their log's history

## Errors and hints of the commands

err-no-council-in-progress = no council is in progress in this log
err-nothing-to-abandon = nothing to abandon
err-abandon-needs-terminal = abandoning a council needs a confirmation, and this is not a terminal
err-abandon-pass-yes = pass --yes to abandon without asking
err-start-convene = start one with `council convene`
err-note-empty = --note is empty
err-correct-note-hint = say what was wrong in the minutes and what is right
err-report-note-hint = say what happened, or leave --note out
err-nothing-written = nothing was written to the log
err-report-task-hint = `council tasks` lists every task id; nothing was written to the log
err-tasks-in-play = { $typed } names { $n } tasks in play: { $ids }
err-tasks-in-play-hint = type more of the task id; `council tasks --open` lists them; nothing was written to the log
err-task-ended = { $typed } names no task in play, only tasks that ended (done or dropped): { $ids }
err-task-ended-hint = `council tasks` lists every task; to report on one that ended, type its whole id; nothing was written to the log
err-councils-named = { $typed } names { $n } councils: { $ids }
err-councils-named-hint = type more of the council's id; `council log` lists them
err-unknown-council = no council { $id } in the log
err-unknown-council-list = `council log` lists every council
cmd-did-you-mean = did you mean { $ids }?
err-shallow = { $path } is a shallow clone: the log's history is not all here, so the draws cannot be re-checked against it
err-shallow-hint = fetch the whole history with `git fetch --unshallow`, then run `council verify` again
err-pool-file = failed to read the pool file { $path }: { $error }
err-pool-file-hint = give a text file with one name a line
draw-pool-empty = the pool is empty: give at least one name
err-pool-twice = { $name } is in the pool twice
err-pool-twice-hint = each person is in the pool once; add an initial to tell two people apart
err-pool-too-large = the pool holds more than 65535 names, the most RFC 3797 allows
err-count = --count { $count } does not fit a pool of { $n }
err-count-hint = draw between 1 and { $n }
err-source-hint = a source is a list of whole numbers, like --source "3 5 1 6"
err-init-name-sign = --name { $name } cannot sign the log's commits: { $error }
err-init-name-sign-hint = give a name without angle brackets or line breaks, like --name "Elm Street Flash Council"; nothing was created
err-init-exists = { $path } already holds a council log ({ $file } exists); nothing was changed
err-init-exists-hint = run a council in it with `council --log { $path } run FILE`
err-init-readme = { $path } has a README.md of its own; the log's README is generated, so it would be overwritten
err-init-readme-hint = rename your README.md (for example to ABOUT.md), commit, and run `council init` again; nothing was changed
err-init-template = there is no template { $name }
err-init-template-hint = `council init --list-templates` lists them
err-init-name = --name { $name } is not a usable council name
err-init-name-hint = give a name like --name "Elm Street Flash Council"
err-run-invalid = { $origin } is not a valid answers file: { $error }
err-run-invalid-hint = the answers schema is in the README; examples/ has complete answers files
err-run-landed-hint = nothing was committed; run again to draw from the log as it is now
err-run-landed-rolled-hint = the minutes were not committed; the numbers the laptop rolled are kept in the public log at { $trace }. Run again to draw from the log as it is now
err-run-one-council = an answers file holds one council: check that this is the file you meant
err-run-stdin = failed to read the answers from standard input
err-run-not-utf8 = { $origin } is not UTF-8 text
err-run-unreadable = failed to read the answers file { $path }: { $error }
err-run-unreadable-hint = give the path of a TOML answers file, like examples/the-bench-is-broken.toml
err-run-file-not-utf8 = failed to read the answers file { $origin }: it is not UTF-8 text
err-run-save-utf8 = save the answers file as UTF-8
err-run-fix = fix the answers file and run again; nothing was written to the log
err-run-dry-roll = { $origin } gives no `draw.sources`, so the laptop would roll the numbers: a dry run rolls none
err-run-dry-roll-hint = give the numbers called out in the room in `draw.sources` to preview the minutes, or run without --dry-run
err-run-rolled-fix = the numbers the laptop rolled are kept in the public log at { $trace }; fix the answers file and run again
err-run-no-reproduce = { $origin } does not reproduce: { $problems }
err-run-no-reproduce-hint = `council verify` re-checks the councils already in the log
err-show-elsewhere = { $path } holds council { $found }, not { $id }
err-show-elsewhere-hint = `council verify` names files not where their id puts them
err-no-terminal = `council { $command }` asks the room its questions and needs a terminal, but this is not one
err-no-terminal-hint = for scripts, write the answers to a file and run `council run FILE` (`council run --example` prints a complete one)

## Labels of errors and warnings

label-error = error:
label-caused-by = caused by:
label-hint = hint:
label-warning = warning:

## Federation warnings, the journal, committing a convened council

federation-this-log = this log
federation-peer = peer { $name }
federation-not-fetched = { $label } has not been fetched yet: run `council sync` to fetch it; skipped
federation-skipped = { $label } is skipped: { $problem }
federation-file-skipped = { $label }: { $path } is skipped: { $why }
federation-minutes-unreadable = { $label }: its minutes cannot be read: { $error }; skipped
federation-reports-unreadable = { $label }: its report-backs cannot be read: { $error }
federation-tasks-unreadable = { $label }: its tasks cannot be added up ({ $problem }); skipped
journal-unreadable = the journal { $path } cannot be read: { $error }
journal-unreadable-hint = set it aside with `council abandon --yes` (it is kept, renamed, not deleted), or fix it by hand
convene-cannot-commit = the council cannot be committed: { $problems }
convene-cannot-commit-hint = re-enter the section named, then commit
convene-landed-hint = nothing was committed and the journal is kept. Abandon this council with `council abandon` (its lot stays public under abandoned/) and convene again from the log as it is now

## council show

show-correction = Correction of { $date }: { $note }
federation-cannot-recheck = { $label } cannot be re-checked: { $error }

## status verbs and lines of sync, site, secret and the lock

verb-pushed = Pushed
verb-synced = Synced
verb-updated = Updated
verb-merged = Merged
verb-fetched = Fetched
verb-waiting = Waiting
verb-repaired = Repaired
verb-wrote = Wrote
verb-unchanged = Unchanged
verb-exported = Exported
verb-imported = Imported
site-wrote = the site ({ $n ->
    [one] { $n } file
   *[other] { $n } files
  }) to { $out }; open { $index }
site-committed = the site to branch { $branch } ({ $commit })
site-unchanged = branch { $branch } already holds this site
federation-own-row = { $name } (this log)
federation-calls-itself = { $name } (calls itself "{ $claim }")

## the floor's stack: why each one is where they are, the rule, the keys with words

floor-why-point = point of process
floor-why-asked = in the order asked
floor-why-first-time = first time, not spoken
floor-why-not-spoken = not spoken yet
floor-why-spoke = spoke { $time }
floor-rule-in-order = in-order
floor-rule-progressive = progressive
floor-key-add = 1-9 or a
floor-key-next = n, Space
err-council-numbered = no council numbered { $n }: the log holds { $count } { $count ->
        [0] councils yet
        [one] council, numbered 1
       *[other] councils, numbered from 1
    }
err-council-numbered-hint = `council log` shows each council's number in its first column
