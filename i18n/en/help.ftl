# Help texts of the command line (`council --help`, `council CMD --help`).
# English is the doc comments of src/cli.rs and src/commands/*.rs, as clap reads them;
# `english_help_messages_are_the_doc_comments` keeps it so.

help-council = Run neighborhood flash councils: a lot anyone can re-check, one decision, tasks, public minutes
help-council--log = The council's log (a git repository); default: the log around the current directory
help-council--color = When to color messages: auto colors a terminal unless NO_COLOR is set
help-council--quiet = Print no status messages, only data and errors
help-council--lang = The language of terminal output: en, fr or es; default: LC_ALL, LC_MESSAGES, LANG
help-council-init = Create a council's public log, or adopt an existing git repository as one
help-council-init--dir = Where the log lives; default: --log, else the current directory
help-council-init--template = The council.toml template to start from
help-council-init--list_templates = List the templates, with their settings and what each is for, and create nothing
help-council-init--name = The council's name (also the git author of its commits); default: the template's
help-council-init--remote = Where the log is published (an empty repository on a forge, a server or a USB stick): set as `origin`, which `council sync` pushes to. A clone already has one
help-council-init--language = The language of the minutes and of the log's README: en, fr or es
help-council-convene = Hold a council at the meeting: one question at a time, the time left in every prompt
help-council-resume = Continue an interrupted council at its first unanswered step, showing the answers already given
help-council-abandon = Discard the council in progress, after confirmation
help-council-abandon--yes = Do not ask for confirmation (for scripts)
help-council-run = Run a whole council from an answers file, with no prompts, and commit its minutes
help-council-run--file = The answers file (TOML); `-` reads standard input
help-council-run--example = Print a complete answers file to start from (`council run --example > council.toml`)
help-council-run--dry_run = Print the minutes instead of committing them
help-council-run--init = Create the log first (as `council init` does) when there is none yet
help-council-run--json = Print {"{"}"id", "file", "commit", "already_recorded", "facilitator", "spokesperson", "outcome"{"}"} instead of the id; with --dry-run, the data block as JSON
help-council-correct = Publish a correction of a council's minutes: its own committed record, shown beside them
help-council-correct--id = The council: its id, its number in `council log` (`3`), or enough of its id to name one council (`bench`, or `23` when the log has fewer councils)
help-council-correct--note = What was wrong and what is right, in plain words
help-council-correct--json = Print {"{"}"council", "file", "commit"{"}"} instead of the file's path (docs/json.md)
help-council-draw = Draw names by lot with RFC 3797, re-checkable by anyone with the same pool and numbers
help-council-draw--pool = A name in the pool; repeat for each person
help-council-draw--pool_file = A file with one name a line (blank lines are skipped)
help-council-draw--sources = Numbers called out in the room, one source per flag: --source "9319" --source "2 5 12 8 10"
help-council-draw--count = How many to draw
help-council-draw--json = Print {"{"}key, pool, selected, steps: [{"{"}i, pool, digest, position, selected{"}"}]{"}"} instead of a table; positions there count from 0, as in RFC 3797 (docs/json.md)
help-council-verify = Re-check recorded councils: key, pools, every draw step, facilitator and spokesperson
help-council-verify--ids = Councils to check: an id, a number from `council log` (`3`), or enough of an id to name one council (`bench`, or `23` when the log has fewer councils); default: every council in the log
help-council-verify--json = Print [{"{"}"id", "file", "ok", "problems"{"}"}] instead of lines
help-council-log = List the councils in the log, oldest first: date, id, issue, facilitator, outcome
help-council-log--json = Print a JSON array of {"{"}id, started, issue, facilitator, spokesperson, outcome, statement, file{"}"} (docs/json.md)
help-council-show = Print one council's minutes, as committed, and any corrections published beside them; with --json, its data block, with a `corrections` array when there are any
help-council-show--id = The council: its id, its number in `council log` (`3`), or enough of its id to name one council (`bench`, or `23` when the log has fewer councils)
help-council-show--json = Print the data block as JSON
help-council-tasks = List every task of every council: owners, due date, status and jar
help-council-tasks--open = Only the tasks still open
help-council-tasks--done = Only the tasks done
help-council-tasks--json = Print a JSON array of {"{"}id, council, what, who, due, status, overdue, note, jar{"}"}
help-council-report = File a report-back on a task of an earlier council, committed under reports/
help-council-report--task = The task's id, like 2026-11-23-the-bench-is-broken#1 (`council tasks` lists them); the council's number in `council log` and the task's (`3#1`); or enough of the id to name one task in play: `bench#1`, `2026-11-23-the-bench`
help-council-report--status = Where the task stands now
help-council-report--note = What happened, in a sentence
help-council-report--collected = Money put into the task's jar since the last report (like 40 or 12.50)
help-council-report--spent = Money spent from the task's jar since the last report
help-council-report--json = Print {"{"}"task", "status", "file", "commit"{"}"} instead of the file's path
help-council-ledger = Show councils held, decisions, tasks, the sovereignty ledger and the jars
help-council-ledger--json = Print {"{"}"councils", "decisions", "tasks", "sovereignty", "won_without_permission", "jars"{"}"}
help-council-stats = Show how often each person attended, facilitated, spoke and supported, and how evenly it rotates
help-council-stats--json = Print {"{"}"councils", "people": [{"{"}name, attended, facilitated, spoke, supported{"}"}], "gini", "largest_share", "longest_run", "talk_time": [{"{"}id, started, gini{"}"}] (only when a council kept its discussion){"}"}
help-council-delegates = List every delegate's written mandate, active or recalled
help-council-delegates--active = Only the mandates still active
help-council-delegates--json = Print a JSON array of {"{"}council, name, to, mandate, status, recalled_by{"}"}
help-council-sync = Fetch origin, integrate its councils, push; fetch every peer of council.toml
help-council-sync--no_peers = Only origin; do not fetch the peers
help-council-sync--json = Print {"{"}origin, integrated, head, pushed, peers: [{"{"}name, ref, commit, error{"}"}]{"}"}
help-council-federation = Read across neighborhoods: councils, tasks, delegates and draws of the log and its peers
help-council-federation-log = Every council of every neighborhood, oldest first within each
help-council-federation-log--json = Print JSON: a list of rows, each with its `neighborhood`, `own` and `calls_itself`
help-council-federation-tasks = Every task, with the status its neighborhood's report-backs give it
help-council-federation-tasks--open = Only the tasks still open
help-council-federation-tasks--json = Print JSON: a list of rows, each with its `neighborhood`, `own` and `calls_itself`
help-council-federation-delegates = Every delegate's mandate, active or recalled
help-council-federation-delegates--active = Only the mandates still active
help-council-federation-delegates--json = Print JSON: a list of rows, each with its `neighborhood`, `own` and `calls_itself`
help-council-federation-verify = Re-check every neighborhood's lots with its own history and settings; exits 1 on a failure
help-council-federation-verify--json = Print JSON: a list of rows, each with its `neighborhood`, `own` and `calls_itself`
help-council-completions = Print the completion script for a shell, to source or install
help-council-completions--shell = The shell to complete for
help-council-completions--fixed = A script that completes subcommands and options without running `council`
help-council-man = Print the manual page (roff), for `man`

# Headings of --help

help-heading-global = Global options

# Long help (`council CMD --help`) and its examples; English is the doc comments and `after_long_help`.

help-council-long-about =
    Run neighborhood flash councils: a lot anyone can re-check, one decision, tasks, public minutes.

    A flash council takes up one concrete local problem, draws its facilitator by lot (RFC 3797), makes exactly one decision, hands out tasks and dissolves. Its minutes are plain-text files committed to a git repository: the council's public log.

    Start a log with `council init`. At the meeting, `council convene` asks the room one question at a time, journaling every answer (`council resume` after a crash). For scripts, `council run FILE` runs a whole council from an answers file (`council run --example` prints one). Re-check every draw with `council verify`.

help-council-init-long-about =
    Create a council's public log, or adopt an existing git repository as one.

    Runs `git init` when DIR is not a repository yet (an existing repository, such as a fresh clone of an empty log, is adopted), writes `council.toml` from a template with every setting spelled out, a generated README.md, and commits both as the council's identity. The user's own staged or unstaged changes are left as they are. A directory that already holds a log is refused, and nothing is overwritten.

    Templates (`--list-templates` says what each is for): "default" (consent, 45 minutes), "assembly" (supermajority, 60), "block" (consent, 30), "tenants" (consensus, 60, talk shares kept), "mutual-aid" (majority, 40, no discussion kept).

help-council-init-examples =
    Examples:
      council init my-log                       a new log with the default settings
      council init --remote URL my-log          and publish it to URL with `council sync`

help-council-convene-long-about =
    Hold a council at the meeting: one question at a time, the time left in every prompt.

    Walks the room through the issue, who is here, report-backs on open tasks, the pool (fixed and shown before anyone calls out numbers), the draw of facilitator and spokesperson, the one decision, tasks, a delegate, the autonomy gained and the closing; then a review where any section can be re-entered, and the commit. Every answer is journaled inside the git dir at once, so a crash or a dead battery loses nothing: `council resume` continues. Works offline. Needs a terminal; scripts use `council run FILE`.

help-council-convene-examples =
    Examples:
      council --log my-log convene              hold a council with the room
      council --log my-log resume               go on after a crash or Ctrl-C
      council --log my-log abandon              give up (a drawn lot stays public)

help-council-abandon-long-about =
    Discard the council in progress, after confirmation.

    A council abandoned after numbers were called out for its lot leaves a public trace under abandoned/ (its pool, the numbers and the draw so far), so drawing a lot again until it suits someone shows in the log. Before that, nothing is written.

help-council-run-long-about =
    Run a whole council from an answers file, with no prompts, and commit its minutes.

    The answers file is TOML in the answers schema (`council run --example` prints a complete one): the issue, attendees, the numbers called out for the draw, the decision, tasks, report-backs, a delegate, the autonomy gained, the closing. The tool checks every rule, builds the facilitator and spokesperson pools from the log's history, draws by RFC 3797, renders the minutes and commits them to the log, touching nothing else.

    Without `draw.sources` the laptop rolls the numbers and records them. Given the data block of a minutes file, it reproduces that file.

    At a meeting, use `council convene` instead: it asks the room one question at a time.

help-council-run-examples =
    Examples:
      council run --example > bench.toml        a complete answers file to start from
      council --log my-log run bench.toml       run it and commit the minutes
      council run --dry-run bench.toml          print the minutes, commit nothing
      council run --init --log my-log bench.toml   create the log first

help-council-correct-long-about =
    Publish a correction of a council's minutes: its own committed record, shown beside them.

    Minutes are never rewritten: the log is append-only, and `council verify` fails on any change to a committed file. A mistake found later (a misspelled name, a wrong date in the statement) is mended by a correction, committed under `corrections/`, that `council show`, the log's README and `show --json` present with the council.

help-council-draw-long-about =
    Draw names by lot with RFC 3797, re-checkable by anyone with the same pool and numbers.

    The pool keeps the order given (number the list publicly before the numbers are called); council pools are sorted by name instead. Each --source is one list of whole numbers called out in the room, like --source "3 5 1 6". The key is built from the sources, and selection i (0, 1, 2...) takes MD5(i, key, i) modulo what is left of the pool.

help-council-verify-long-about =
    Re-check recorded councils: key, pools, every draw step, facilitator and spokesperson.

    Each council is recomputed from the answers in its record and the log as it was at the commit its `history` names. Exits 1, naming the file and the step, when anything disagrees (for example a facilitator edited by hand), when a minutes body no longer matches its record, when a commit changed the minutes after they were committed, and when `history` is not a commit from before the minutes were added.

help-council-verify-examples =
    Examples:
      council --log my-log verify               re-check every council's draw and record
      council verify 2026-11-16-the-bench-is-broken   one council
      council verify --json | jq .              for scripts

help-council-tasks-long-about =
    List every task of every council: owners, due date, status and jar.

    A task's status comes from its latest report-back, given inside a later council (`[[report_backs]]`) or filed with `council report`. Open tasks past their due date are marked overdue.

help-council-report-long-about =
    File a report-back on a task of an earlier council, committed under reports/.

    The task's status becomes the one reported (the latest report-back wins, whether filed here or given inside a council). Money collected for or spent from the task's jar adds up in `council ledger`; a jar is spent and reset once its task is done, never accumulated.

help-council-report-examples =
    Examples:
      council tasks --open                      find the task id
      council report 2026-11-16-the-bench-is-broken#1 --status done --note "Fixed Saturday"
      council report 2026-11-16-the-bench-is-broken#1 --status open --collected 20

help-council-ledger-long-about =
    Show councils held, decisions, tasks, the sovereignty ledger and the jars.

    The sovereignty ledger lists what concrete autonomy each council gained, and how much of it was won without asking permission. Jars are flagged when money is left after their task ended (spend it and reset: jars never accumulate) or when more was collected than the target.

help-council-stats-long-about =
    Show how often each person attended, facilitated, spoke and supported, and how evenly it rotates.

    The Gini coefficient of facilitation turns among everyone who attended is 0 when turns are perfectly even and nears 1 when one person leads every time. The largest share and the longest back-to-back run show whether a regular is becoming "the usual facilitator". Councils that kept their discussion on the floor (`floor_record`) show the Gini coefficient of their talk time, council by council.

help-council-delegates-long-about =
    List every delegate's written mandate, active or recalled.

    A later council recalls a mandate with `[delegate] recall = "<council id>#delegate"`.

help-council-sync-long-about =
    Fetch origin, integrate its councils, push; fetch every peer of council.toml.

    Councils held on two laptops meet here: origin's new councils are merged in (never rebased: each council keeps the commit that added it, so `council verify` passes on both sides), the generated README is written again from the merged log, and the result is pushed. Nothing is forced. When origin cannot be reached the log here stays as it is, and the command exits 1: run it again later.

    Each `[[peers]]` entry (another neighborhood's public log) is fetched into `refs/peers/<name>/head`, never into the log's branch or files; `council federation` reads them. A peer that cannot be fetched is reported and skipped. Fetch and push run the git command line, so SSH keys, agents and credential helpers work as they do for `git` itself.

help-council-sync-examples =
    Examples:
      council --log my-log sync                 fetch origin, merge, push
      council init --remote git@example.org:street/log.git my-log   publish a new log

help-council-federation-long-about =
    Read across neighborhoods: councils, tasks, delegates and draws of the log and its peers.

    Each `[[peers]]` entry of council.toml is read as `council sync` last fetched it (`refs/peers/<name>/head`), tagged with its name in `[[peers]]`: the name its own council.toml gives itself is only shown beside it ("calls itself ..."), so a peer cannot pass its councils off as the log's own, whose rows are marked "(this log)". A peer never fetched, or whose files cannot be read, is reported and skipped.

# privacy
help-council-init--privacy = What the public minutes write for a person: names (as entered), pseudonyms (a stable pseudonym per person, keyed by a secret kept on this laptop) or cards (numbered cards, no name at all); default: the template's. Git history is forever
help-council-show--real_names = Under privacy = "pseudonyms", show the real names this laptop knows even in JSON or piped output (on a terminal, text shows them anyway). Never paste that into the log
help-council-tasks--real_names = Under privacy = "pseudonyms", show the real names this laptop knows even in JSON or piped output (on a terminal, the table shows them anyway)
help-council-secret = Move the pseudonym secret between laptops (privacy = "pseudonyms")
help-council-secret-long-about =
    Move the pseudonym secret between laptops (privacy = "pseudonyms").

    Under privacy = "pseudonyms" each person is written as a pseudonym keyed with a secret kept in this log's git folder (`.git/council/secret`), never committed. A second laptop that convenes the same council needs the same secret to write the same pseudonyms for the same people. Whoever holds the secret can test a guessed name against every pseudonym of the public log: move it only to someone the council trusts with who is who.
help-council-secret-examples =
    Examples:
      council secret export /media/usb/council-secret     write it to a USB stick (readable only by you)
      council secret import /media/usb/council-secret     on the second laptop, in its clone of the log
help-council-secret-export = Write the secret to FILE (a new file, readable only by you), or to standard output
help-council-secret-export--file = The file to create; `-` or none: standard output
help-council-secret-import = Read the secret from FILE, or `-` for standard input, into this log's git folder
help-council-secret-import--file = The file a `council secret export` wrote; `-` reads standard input
help-council-secret-import--replace = Replace a different secret this log already holds (the pseudonyms it made change)
help-council-secret-new = Make a new secret, knowingly: people already in the log get new pseudonyms (counted as new)

# site, feed, notice
help-council-site = Write the log as a static web site: councils, tasks, jars, delegates, rotation, feed
help-council-site-long-about =
    Write the log as a static web site: councils, tasks, jars, delegates, rotation, feed.

    Plain HTML with one inline stylesheet and no JavaScript: it reads on a phone, prints, and works from any static host or straight from the folder (`file://`). With --branch, the site is committed to that branch of the log (its own tree, the branch's previous tip as parent) without touching the log's branch, index or work tree, so a forge's pages feature can serve it; `council sync` then pushes that branch too.
help-council-site--out = The folder to write the site to; default: `site` in the current directory, unless --branch is given
help-council-site--branch = Commit the site to this branch of the log (for example `pages`)
help-council-feed = Print the log's Atom feed: one entry per council, newest first, with its decision and tasks
help-council-feed-long-about =
    Print the log's Atom feed: one entry per council, newest first, with its decision and tasks.

    The same feed as `feed.xml` in `council site`. Entry ids are stable (`urn:flash-council:<the log's first commit>:<council id>`); links are absolute when council.toml sets `url`, the site's address.
help-council-notice = Print a one-page notice of a council for the wall: the issue, the decision in large type, who does what by when, jars, the review date, how to come and how to re-check the draw
help-council-notice-long-about =
    Print a one-page notice of a council for the wall: the issue, the decision in large type, who does what by when, jars, the review date, how to come and how to re-check the draw.

    `--format html` prints one printable page (A4 or Letter), with a QR code to the council's page when council.toml sets `url`.
help-council-notice--id = The council: its id, its number in `council log` (`3`), or enough of its id to name one council (`bench`, or `23` when the log has fewer councils)
help-council-notice--format = text, or html to print
help-value-color-auto = Color when the stream is a terminal and NO_COLOR is unset.
