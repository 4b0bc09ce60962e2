# The body of minutes, report-backs, abandoned traces and corrections.
# English must not change: the minutes already in logs are re-rendered with it by `council verify`.
# Arguments marked `code` are already escaped for a code span; the others for Markdown text.

## Names of the record's values

rule-consent = consent
rule-consensus = consensus
rule-majority = majority
rule-supermajority = supermajority
rotation-least-served = least-served
rotation-uniform = uniform
role-facilitator = facilitator
role-spokesperson = spokesperson
role-support = support
outcome-adopted = adopted
outcome-rejected = rejected
outcome-none = no decision (time ran out)
status-done = done
status-dropped = dropped
status-open = still open

## Why someone was left out of a pool (the record keeps the English words)

why-opted-out = opted out
why-is-facilitator = is the facilitator
why-facilitated-last-time = facilitated last time
why-spoke-last-time = spoke last time
why-not-facilitated-before = has not facilitated before
why-declined = declined to be { $role }
why-more-turns = more turns than others ({ $n } as { $role }, fewest is { $fewest })

## Minutes

minutes-held = Flash council of { $date }, { $start } to { $end } ({ $minutes } minutes planned)
minutes-place = , at { $place }
minutes-id = Id: `{ $id }`.
minutes-who = Who was there
minutes-first-time = first time
minutes-late = arrived after the pool was fixed, not in the draw
minutes-no-draw = not in the draw
minutes-no-facilitator-draw = not in the facilitator draw
minutes-no-spokesperson-draw = not in the spokesperson draw
minutes-elsewhere = has facilitated elsewhere
minutes-drawn-as = written { $name } in the draw, corrected at the review
minutes-people = { $n } people: { $list }.
minutes-lot = The lot
minutes-facilitator = Facilitator: **{ $name }**
minutes-supported = , supported by { $name }
minutes-spokesperson = . Spokesperson: **{ $name }**.
minutes-rolled = rolled by the laptop, since nobody called out numbers
minutes-called = called out in the room
minutes-drawn = Drawn by lot (RFC 3797, rotation { $rotation }) with the numbers { $origin }: { $sources }. Key: `{ $key }`.
minutes-steps = | step | role | pool | drawn | answer |
minutes-abandoned-steps = | step | role | drawn | answer |
minutes-position = { $name }, position { $position } of { $of }
minutes-left-out = (left out: { $list })
minutes-accepted = accepted
minutes-declined = declined
minutes-unanswered = not answered
minutes-counted-from-one = Steps and positions count from 1 here; the record below, like RFC 3797, counts them from 0.
minutes-recheck = Anyone can re-check this draw with `council verify { $id }` or any RFC 3797 implementation.
minutes-decision = Decision
minutes-proposal = Proposal: { $text }
minutes-amended = Amended from: { $text }
minutes-rule = Rule: { $rule }. Outcome: **{ $outcome }**.
minutes-resolved = Objections raised and resolved: { $list }.
minutes-objections = Unresolved objections: { $list }.
minutes-stood-aside = Stood aside: { $list }.
minutes-blocked = Blocked: { $list }.
minutes-votes = Votes: { $for } for, { $against } against, { $abstain } abstaining.
minutes-review = To be reviewed by a council on or after { $date }.
minutes-tasks = Tasks
minutes-due = ; due { $date }
minutes-jar = ; jar of { $target } { $currency }
minutes-report-backs = Report-backs on earlier tasks
minutes-collected = ; collected { $amount }
minutes-spent = ; spent { $amount }
minutes-delegate = Delegate
minutes-mandate = { $name } goes to { $to } with this written mandate, recallable by any later council:
minutes-recall = This council recalls the mandate `{ $id }`.
minutes-autonomy = Autonomy gained
minutes-without-permission = without asking anyone's permission
minutes-with-permission = with permission asked
minutes-closing = Closing
minutes-ritual = Closing ritual: { $ritual }.
minutes-closed = The council closed.
minutes-words = Words: { $list }.
minutes-dissolved = This council has dissolved; the next one is convened from scratch.
minutes-record = Record
minutes-record-sentence = The data `council verify` re-checks: the answers, the pools and every step of the draw. Re-check it with `council verify { $id }` or any RFC 3797 implementation.

## A report-back filed between councils

report-title = Report-back on `{ $task }`
report-filed = Filed on { $date }: the task is { $status }
report-collected = Collected { $amount }.
report-spent = Spent { $amount }.
report-sentence = The report-back as the log holds it: `council tasks` and `council ledger` read it, and the line above is written from it.

## The trace of an abandoned council

abandoned-title = Abandoned: { $issue }
abandoned-what = A council convened on { $date } at { $time } was abandoned at { $when } after numbers were called out for its lot. The pool, the numbers and the draw so far are public, so a lot drawn again until it suits someone shows in this log.
abandoned-pool = Facilitator pool: { $pool }.
abandoned-numbers = Numbers: { $list }.
abandoned-key = Key: `{ $key }`.
abandoned-problem = The draw could not go on: { $problem }.
abandoned-sentence = The trace as the log holds it: the pool, the numbers and the draw so far, which any RFC 3797 implementation can replay.

## A correction beside a council

correction-title = Correction to `{ $id }`
correction-filed = Filed on { $date }. The minutes of `{ $id }` stay as they were committed; this correction stands beside them:
correction-sentence = The correction as the log holds it: `council show` and the log's README show it with the council, and `council verify` checks that the council exists.

## The discussion on the floor

minutes-discussion = Discussion
minutes-discussion-summary = { $spoke } of the { $present } present spoke, in { $turns } { $turns ->
        [one] turn
       *[other] turns
    }, for { $talk } of talk in all. The two who spoke most held { $top }% of it; the Gini coefficient of talk time is { $gini } (0: everyone spoke as long, 1: one voice).
minutes-discussion-share = - { $name }: { $percent }% ({ $talk }, { $turns } { $turns ->
        [one] turn
       *[other] turns
    })

## 0.3.0 and later (earlier files keep the wording above): one register of inclusive writing in French

rotation-least-served-v3 = least-served
minutes-discussion-summary-v3 = { $spoke } of the { $present } present spoke, in { $turns } { $turns ->
        [one] turn
       *[other] turns
    }, for { $talk } of talk in all. The two who spoke most held { $top }% of it; the Gini coefficient of talk time is { $gini } (0: everyone spoke as long, 1: one voice).
