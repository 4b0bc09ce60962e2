//! `council convene`, `resume` and `abandon` driven through a real pseudo-terminal.

use crate::env::{TestEnv, stderr};
use rexpect::session::{PtySession, spawn_command};
use std::path::Path;

use crate::script::{DOWN, script};

const UP: &str = "\x1b[A";

/// Index in the script of the step after which a crash is simulated: Dara has just declined.
const CRASH_AFTER: usize = 13;

pub(crate) fn spawn(env: &TestEnv, args: &[&str]) -> PtySession {
    let mut cmd = env.council_process();
    cmd.env("TERM", "xterm").args(args);
    spawn_command(cmd, Some(15_000)).unwrap()
}

pub(crate) fn play(p: &mut PtySession, steps: &[(&'static str, String)]) {
    for (prompt, keys) in steps {
        p.exp_string(prompt)
            .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}"));
        p.send(keys).unwrap();
        p.flush().unwrap();
    }
}

pub(crate) fn finish(mut p: PtySession) -> String {
    let rest = p.exp_eof().unwrap();
    let status = p.process().wait().unwrap();
    assert!(
        matches!(status, nix::sys::wait::WaitStatus::Exited(_, 0)),
        "{status:?}\n{rest}"
    );
    rest
}

pub(crate) const MINUTES: &str = "minutes/2026/2026-11-23-the-bench-is-broken.md";

pub(crate) fn journal(log: &Path) -> std::path::PathBuf {
    log.join(".git/council-journal.toml")
}

#[test]
fn a_full_council_at_the_meeting_is_committed_and_verifies() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    play(&mut p, &script());
    let rest = finish(p);
    assert!(rest.contains("The council has dissolved"), "{rest}");
    let text = std::fs::read_to_string(log.join(MINUTES)).unwrap();
    for expected in [
        "facilitator = \"Bo\"",
        "spokesperson = \"Ana\"",
        "declined_facilitator = [\"Dara\"]",
        "support = \"Chen\"",
        "sources = [\"3 5 1 6\", \"42\"]",
        "place = \"Laundromat\"",
        "what = \"Buy planks\"",
        "due = \"2026-11-28\"",
        "words = [\"tired\", \"proud\"]",
    ] {
        assert!(text.contains(expected), "minutes lack {expected}:\n{text}");
    }
    assert!(
        !journal(&log).exists(),
        "the journal is removed once committed"
    );
    assert_eq!(env.git(&log, &["status", "--porcelain"]), "");
    env.ok(&["--log", "log", "verify"]);
    // The same session drives `run`: its record reproduces the file.
    let (_, data) = flash_council::minutes::split_record(&text).unwrap();
    let block = env.write("block.toml", data);
    let again = crate::env::stdout(&env.ok(&["--log", "log", "run", "--dry-run", &block]));
    assert_eq!(again, text);
}

#[test]
fn sigkill_in_the_middle_then_resume_commits_the_same_minutes() {
    let straight = TestEnv::new();
    let log_a = straight.init_log("log");
    let mut p = spawn(&straight, &["--log", "log", "convene"]);
    play(&mut p, &script());
    finish(p);
    let uninterrupted = std::fs::read_to_string(log_a.join(MINUTES)).unwrap();

    let crashed = TestEnv::new();
    let log_b = crashed.init_log("log");
    let steps = script();
    let mut p = spawn(&crashed, &["--log", "log", "convene"]);
    play(&mut p, &steps[..=CRASH_AFTER]);
    // The next selection is shown only after the decline was journaled.
    p.exp_string("Does Bo accept to be facilitator").unwrap();
    p.process_mut()
        .kill(nix::sys::signal::Signal::SIGKILL)
        .unwrap();
    assert!(journal(&log_b).exists(), "the journal survives the crash");
    assert!(!log_b.join("minutes").exists());

    let mut p = spawn(&crashed, &["--log", "log", "resume"]);
    p.exp_string("Resuming the council on: The bench is broken")
        .unwrap();
    p.exp_string("present: Ana, Bo, Chen (not in the draw), Dara")
        .unwrap();
    p.exp_string("numbers called out: 3 5 1 6 / 42").unwrap();
    play(&mut p, &steps[CRASH_AFTER + 1..]);
    finish(p);
    let resumed = std::fs::read_to_string(log_b.join(MINUTES)).unwrap();
    assert_eq!(resumed, uninterrupted);
}

/// The line a run interrupted after the first answer ends with, alone.
const INTERRUPTED: &str = "Interrupted. Every answer given so far is kept in the journal: continue with `council resume`, or discard it with `council abandon`.";

/// Presses Ctrl-C; the run must end with `line` printed once, no error, exit 1. Returns the rest.
fn ctrl_c(mut p: PtySession, line: &str) -> String {
    p.send_control('c').unwrap();
    p.flush().unwrap();
    let rest = p.exp_eof().unwrap();
    let status = p.process().wait().unwrap();
    assert!(
        matches!(status, nix::sys::wait::WaitStatus::Exited(_, 1)),
        "{status:?}\n{rest}"
    );
    assert_eq!(rest.matches("Interrupted").count(), 1, "{rest:?}");
    assert!(rest.contains(line), "{rest:?}");
    assert!(!rest.contains("error"), "{rest:?}");
    // dialoguer hides the cursor in selects; it is shown again.
    assert!(rest.contains("\x1b[?25h"), "{rest:?}");
    rest
}

/// Plays the script up to `steps`, waits for `marker`, presses Ctrl-C, returns the journal.
///
/// `marker` must be the text of a prompt drawn only once the answers before it are journaled.
fn interrupted_at(env: &TestEnv, log: &Path, steps: usize, marker: &str) -> String {
    let mut p = spawn(env, &["--log", "log", "convene"]);
    play(&mut p, &script()[..steps]);
    p.exp_string(marker)
        .unwrap_or_else(|e| panic!("waiting for {marker:?}: {e}"));
    ctrl_c(p, INTERRUPTED);
    std::fs::read_to_string(journal(log)).unwrap()
}

#[test]
fn ctrl_c_keeps_the_journal_and_says_how_to_resume() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let steps = script();
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    play(&mut p, &steps[..5]);
    // The answered prompt is redrawn with its answer, so its label proves nothing: the
    // welcome follows the redraw, and the prompt after it is drawn once Bo is journaled.
    p.exp_string("Welcome, Bo").unwrap();
    p.exp_string("Name (Enter").unwrap();
    ctrl_c(p, INTERRUPTED);
    let saved = std::fs::read_to_string(journal(&log)).unwrap();
    assert!(saved.contains("name = \"Bo\""), "{saved}");
    assert!(saved.contains("next = \"attendance\""), "{saved}");

    // Convening again offers to resume the council in progress.
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    p.exp_string("A council on \"The bench is broken\" is in progress")
        .unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("Already listed: Ana, Bo.").unwrap();
    play(&mut p, &steps[5..]);
    finish(p);
    env.ok(&["--log", "log", "verify"]);
}

#[test]
fn ctrl_c_at_the_first_question_says_nothing_was_written() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    p.exp_string("What is the one concrete problem").unwrap();
    p.send("The bench").unwrap();
    p.flush().unwrap();
    ctrl_c(
        p,
        "Interrupted before the first answer: nothing was written.",
    );
    assert!(!journal(&log).exists());
    let err = env.fails(&["--log", "log", "abandon", "--yes"], 1);
    assert!(err.contains("no council is in progress"), "{err}");
}

#[test]
fn ctrl_c_at_a_multi_select_keeps_everyone_listed() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    // Drawn once attendance is journaled as done.
    let saved = interrupted_at(&env, &log, 8, "rather not be drawn to facilitate");
    for name in ["Ana", "Bo", "Chen", "Dara"] {
        assert!(saved.contains(&format!("name = \"{name}\"")), "{saved}");
    }
    assert!(saved.contains("next = \"opt-outs\""), "{saved}");
}

#[test]
fn ctrl_c_at_a_confirm_keeps_the_decline_before_it() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    // Drawn once Dara's decline is journaled.
    let saved = interrupted_at(
        &env,
        &log,
        CRASH_AFTER + 1,
        "Does Bo accept to be facilitator",
    );
    assert!(
        saved.contains("declined_facilitator = [\"Dara\"]"),
        "{saved}"
    );
    assert!(saved.contains("sources = [\"3 5 1 6\", \"42\"]"), "{saved}");
    assert!(saved.contains("next = \"facilitator\""), "{saved}");
}

#[test]
fn ctrl_c_at_a_select_keeps_the_draw_and_resumes_to_the_same_minutes() {
    let straight = TestEnv::new();
    let log_a = straight.init_log("log");
    let mut p = spawn(&straight, &["--log", "log", "convene"]);
    play(&mut p, &script());
    finish(p);
    let uninterrupted = std::fs::read_to_string(log_a.join(MINUTES)).unwrap();

    let env = TestEnv::new();
    let log = env.init_log("log");
    // Drawn once Bo's acceptance is journaled (the facilitator step is done).
    let saved = interrupted_at(&env, &log, 16, "who supports them");
    assert!(saved.contains("next = \"support\""), "{saved}");
    assert!(
        saved.contains("declined_facilitator = [\"Dara\"]"),
        "{saved}"
    );

    let mut p = spawn(&env, &["--log", "log", "resume"]);
    p.exp_string("facilitator: Bo").unwrap();
    play(&mut p, &script()[16..]);
    finish(p);
    let resumed = std::fs::read_to_string(log.join(MINUTES)).unwrap();
    assert_eq!(resumed, uninterrupted);
}

#[test]
fn when_the_timebox_runs_out_the_council_moves_to_the_decision_and_dissolves() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let clock = env.write("clock", "2026-11-23T19:00:00-05:00");
    let mut cmd = env.council_process();
    cmd.env("TERM", "xterm")
        .env("COUNCIL_NOW", format!("@{clock}"))
        .args(["--log", "log", "convene"]);
    let mut p = spawn_command(cmd, Some(15_000)).unwrap();
    let s = |p: &'static str, k: &str| (p, k.to_string());
    play(
        &mut p,
        &[
            s("What is the one concrete problem", "The drain is blocked\r"),
            s("[45 min left] Where are you meeting", "\r"),
            s("Timebox in minutes", "10\r"),
            // A notice as the end nears, before the next prompt is drawn.
            s("*** 10 minutes left in the timebox. ***", ""),
            s("[10 min left] Name (Enter", "Ana\r"),
        ],
    );
    p.exp_string("Welcome, Ana").unwrap();
    p.exp_string("Name (Enter").unwrap();
    std::fs::write(&clock, "2026-11-23T19:06:00-05:00").unwrap();
    p.send("Bo\r").unwrap();
    p.flush().unwrap();
    p.exp_string("*** 5 minutes left in the timebox. ***")
        .unwrap();
    // The prompt for a third name is drawn (with the time left) before the clock moves.
    p.exp_string("[4 min left] Name (Enter").unwrap();
    std::fs::write(&clock, "2026-11-23T19:11:00-05:00").unwrap();
    p.send("Cy\r").unwrap();
    p.flush().unwrap();
    play(
        &mut p,
        &[
            s("*** Time is up: the timebox has run out.", ""),
            s("[time is up] Name (Enter", "\r"),
            s("rather not be drawn to facilitate", "\r"),
            s("rather not be drawn to speak", "\r"),
            s(
                "Time is up: the council moves to the decision and dissolves.",
                "",
            ),
            s("Numbers called out", "7 7 7\r"),
            s("Numbers called out", "\r"),
            s("accept to be facilitator", "y"),
            s("facilitated elsewhere before", "n"),
            s("who supports them", "\r"),
            s("accept to be spokesperson", "y"),
            s("The proposal (Enter if there is none", "\r"),
            s("The closing ritual", "\r"),
            s("Check-out words", "\r"),
            s("Review the minutes above", "\r"),
        ],
    );
    finish(p);
    let text = std::fs::read_to_string(log.join("minutes/2026/2026-11-23-the-drain-is-blocked.md"))
        .unwrap();
    assert!(text.contains("outcome = \"none\""), "{text}");
    assert!(
        text.contains("ended = \"2026-11-23T19:11:00-05:00\""),
        "{text}"
    );
    assert!(
        !text.contains("[[tasks]]"),
        "tasks are skipped once time is up"
    );
    assert!(text.contains("no decision (time ran out)"), "{text}");
}

#[test]
fn the_review_edits_tasks_in_place_pre_filled_keeping_their_jars() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let mut steps = script();
    steps.pop();
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    play(&mut p, &steps);
    let s = |p: &'static str, k: &str| (p, k.to_string());
    play(
        &mut p,
        &[
            s(
                "Review the minutes above",
                &format!("{DOWN}{DOWN}{DOWN}{DOWN}\r"),
            ),
            s("Which task?", &format!("{UP}{UP}\r")),
            s("Change it", "\r"),
            // Pre-filled: the room adds to it rather than typing it again.
            s("What is to be done", " and screws\r"),
            s("Who volunteers", "\r"),
            s("Due (YYYY-MM-DD", "\r"),
            s("target amount", "\r"),
            s("Currency", "\r"),
            s("Which task?", &format!("{UP}\r")),
            s("What is to be done", "Borrow a saw\r"),
            s("Who volunteers", " \r"),
            s("Due (YYYY-MM-DD", "\r"),
            s("target amount", "\r"),
            s("Which task?", "\r"),
            s("Review the minutes above", "\r"),
        ],
    );
    finish(p);
    let text = std::fs::read_to_string(log.join(MINUTES)).unwrap();
    for expected in [
        "what = \"Buy planks and screws\"\nwho = [\"Bo\"]\ndue = \"2026-11-28\"",
        "Buy planks and screws (Bo; due 2026-11-28; jar of 40 USD)",
        "what = \"Borrow a saw\"\nwho = [\"Ana\"]",
    ] {
        assert!(
            text.contains(expected),
            "minutes lack {expected:?}:\n{text}"
        );
    }
    env.ok(&["--log", "log", "verify"]);
}

/// The typed answers of the script (issue, names, numbers, texts), by the index of their step.
fn typed_answers() -> Vec<(usize, &'static str)> {
    vec![
        (0, "issue = \"The bench is broken\""),
        (1, "place = \"Laundromat\""),
        (3, "name = \"Ana\""),
        (4, "name = \"Bo\""),
        (5, "name = \"Chen\""),
        (6, "name = \"Dara\""),
        (8, "opt_out_facilitator = true"),
        (9, "opt_out = true"),
        (10, "\"3 5 1 6\""),
        (11, "\"42\""),
        (13, "declined_facilitator = [\"Dara\"]"),
        (16, "support = \"Chen\""),
        // The floor's events, each journaled with its time.
        (18, "kind = \"add\""),
        (19, "kind = \"start\""),
        (20, "kind = \"stop\""),
        (21, "proposal = \"Repair it Saturday\""),
        (22, "rule = \"consent\""),
        (26, "outcome = \"adopted\""),
        (27, "statement = \"We fix it Saturday 10am\""),
        (30, "what = \"Buy planks\""),
        (31, "who = [\"Bo\"]"),
        (32, "due = \"2026-11-28\""),
        (33, "target = 40"),
        (37, "gained = \"We fix our own benches\""),
        (39, "ritual = \"shared meal\""),
    ]
}

#[test]
fn kill_9_at_every_prompt_loses_no_answer_given_before_it() {
    let steps = script();
    // Every prompt after the first answer: the ones of multi-question steps matter most.
    // A prompt asked again (the next name, more numbers) redraws the one answered with the same
    // words, so its marker proves nothing: those loops are pinned by the ctrl_c tests.
    let at: Vec<usize> = (1..steps.len())
        .filter(|&at| steps[at].0 != steps[at - 1].0)
        .collect();
    std::thread::scope(|scope| {
        for chunk in at.chunks(10) {
            let steps = &steps;
            scope.spawn(move || {
                for &at in chunk {
                    let env = TestEnv::new();
                    let log = env.init_log("log");
                    let mut p = spawn(&env, &["--log", "log", "convene"]);
                    play(&mut p, &steps[..at]);
                    // The prompt of step `at` is drawn only after the answer before it was saved.
                    p.exp_string(steps[at].0)
                        .unwrap_or_else(|e| panic!("waiting for {:?}: {e}", steps[at].0));
                    p.process_mut()
                        .kill(nix::sys::signal::Signal::SIGKILL)
                        .unwrap();
                    let _ = p.process().wait();
                    let saved = std::fs::read_to_string(journal(&log)).unwrap();
                    for (given, text) in typed_answers() {
                        // An opt-out of both roles reads as one once the second is answered.
                        if given == 8 && at > 9 {
                            continue;
                        }
                        if given < at {
                            assert!(
                                saved.contains(text),
                                "killed at {:?} (step {at}): the journal lacks {text:?}:\n{saved}",
                                steps[at].0
                            );
                        }
                    }
                }
            });
        }
    });
}

/// Kills the scripted council at the prompt of step `at`; returns the minutes of a straight run.
fn killed_at(env: &TestEnv, at: usize) {
    let steps = script();
    let mut p = spawn(env, &["--log", "log", "convene"]);
    play(&mut p, &steps[..at]);
    p.exp_string(steps[at].0).unwrap();
    p.process_mut()
        .kill(nix::sys::signal::Signal::SIGKILL)
        .unwrap();
    let _ = p.process().wait();
}

fn straight_minutes() -> String {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    play(&mut p, &script());
    finish(p);
    std::fs::read_to_string(log.join(MINUTES)).unwrap()
}

#[test]
fn kill_9_at_the_outcome_then_resume_pre_fills_the_proposal() {
    let uninterrupted = straight_minutes();
    let env = TestEnv::new();
    let log = env.init_log("log");
    let outcome = script().iter().position(|s| s.0 == "Outcome").unwrap();
    killed_at(&env, outcome);
    let mut p = spawn(&env, &["--log", "log", "resume"]);
    p.exp_string("proposal: Repair it Saturday").unwrap();
    // The proposal comes back typed in the prompt: Enter keeps it.
    p.exp_string("What is the proposal").unwrap();
    p.exp_string("Repair it Saturday").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    let steps = script();
    let proposal = steps
        .iter()
        .position(|s| s.0 == "What is the proposal")
        .unwrap();
    play(&mut p, &steps[proposal + 1..]);
    finish(p);
    assert_eq!(
        std::fs::read_to_string(log.join(MINUTES)).unwrap(),
        uninterrupted
    );
}

#[test]
fn kill_9_while_a_task_is_entered_then_resume_continues_that_task() {
    let uninterrupted = straight_minutes();
    let env = TestEnv::new();
    let log = env.init_log("log");
    let steps = script();
    let due = steps.iter().position(|s| s.0 == "Due (YYYY-MM-DD").unwrap();
    killed_at(&env, due);
    let saved = std::fs::read_to_string(journal(&log)).unwrap();
    assert!(saved.contains("task = 0"), "{saved}");
    let mut p = spawn(&env, &["--log", "log", "resume"]);
    let s = |p: &'static str, k: &str| (p, k.to_string());
    play(
        &mut p,
        &[
            s("What is to be done", ""),
            s("Buy planks", "\r"),
            s("Who volunteers", "\r"),
        ],
    );
    play(&mut p, &steps[due..]);
    finish(p);
    assert_eq!(
        std::fs::read_to_string(log.join(MINUTES)).unwrap(),
        uninterrupted
    );
}

#[test]
fn abandoning_after_the_numbers_leaves_a_public_trace() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let steps = script();
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    play(&mut p, &steps[..CRASH_AFTER]);
    p.exp_string("Does Dara accept to be facilitator").unwrap();
    p.process_mut()
        .kill(nix::sys::signal::Signal::SIGKILL)
        .unwrap();

    let err = env.fails(&["--log", "log", "abandon"], 2);
    assert!(err.contains("--yes"), "{err}");
    env.ok(&["--log", "log", "abandon", "--yes"]);
    assert!(!journal(&log).exists());
    let trace =
        std::fs::read_to_string(log.join("abandoned/2026/2026-11-23-the-bench-is-broken.md"))
            .unwrap();
    for expected in [
        "sources = [\"3 5 1 6\", \"42\"]",
        "pool = [\"Ana\", \"Bo\", \"Dara\"]",
        "selected = \"Dara\"",
        "unanswered = 0",
        "# Abandoned: The bench is broken",
        // The table counts from 1, as a reader does (the record keeps RFC 3797's 0).
        "| 1 | facilitator | Dara, position 3 of 3 | not answered |",
        "Steps and positions count from 1 here",
    ] {
        assert!(trace.contains(expected), "trace lacks {expected}:\n{trace}");
    }
    let subject = env.git(&log, &["log", "-1", "--format=%s"]);
    assert_eq!(subject.trim(), "2026-11-23 Abandoned: The bench is broken");
    let readme = std::fs::read_to_string(log.join("README.md")).unwrap();
    assert!(
        readme.contains(
            "- 2026-11-23 [The bench is broken](abandoned/2026/2026-11-23-the-bench-is-broken.md)"
        ),
        "{readme}"
    );
    assert_eq!(env.git(&log, &["status", "--porcelain"]), "");
}

#[test]
fn abandoning_before_any_number_writes_nothing() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let head = env.head(&log);
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    play(&mut p, &script()[..3]);
    p.exp_string("Name (Enter").unwrap();
    p.process_mut()
        .kill(nix::sys::signal::Signal::SIGKILL)
        .unwrap();
    let out = env.ok(&["--log", "log", "abandon", "--yes"]);
    assert!(
        stderr(&out).contains("nothing is written"),
        "{}",
        stderr(&out)
    );
    assert_eq!(env.head(&log), head);
    assert!(!journal(&log).exists());
}

#[test]
fn without_a_terminal_convene_and_resume_point_to_run() {
    let env = TestEnv::new();
    env.init_log("log");
    for command in ["convene", "resume"] {
        let err = env.fails(&["--log", "log", command], 1);
        assert!(err.contains("needs a terminal"), "{err}");
        assert!(err.contains("council run FILE"), "{err}");
    }
    let err = env.fails(&["--log", "log", "abandon", "--yes"], 1);
    assert!(err.contains("no council is in progress"), "{err}");
}

/// The council before: a task with a jar, a task without, and a delegate.
const EARLIER: &str = r#"
issue = "The drain is blocked"
started = "2026-11-16T19:00:00-05:00"
[[attendees]]
name = "Ana"
[[attendees]]
name = "Bo"
[[attendees]]
name = "Chen"
[draw]
sources = ["11 4"]
support = "Chen"
[decision]
proposal = "Clear it"
outcome = "adopted"
statement = "We clear it"
[[tasks]]
what = "Buy a drain snake"
who = ["Bo"]
jar = { target = 40, currency = "EUR" }
[[tasks]]
what = "Call the plumber collective"
who = ["Ana"]
[delegate]
name = "Ana"
to = "Eastside assembly"
mandate = "Ask about the drains"
"#;

#[test]
fn a_later_council_hears_report_backs_votes_and_recalls_a_mandate() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let earlier = env.write("earlier.toml", EARLIER);
    env.ok(&["--log", "log", "run", &earlier]);
    let first: serde_json::Value = serde_json::from_str(&crate::env::stdout(&env.ok(&[
        "--log",
        "log",
        "show",
        "2026-11-16-the-drain-is-blocked",
        "--json",
    ])))
    .unwrap();
    let last_facilitator = first["facilitator"].as_str().unwrap().to_string();
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    let s = |p: &'static str, k: &str| (p, k.to_string());
    play(
        &mut p,
        &[
            s("What is the one concrete problem", "The drain again\r"),
            s("Where are you meeting", "\r"),
            s("Timebox in minutes", "\r"),
            s("most recently seen first", ""),
            s("Who of these is here", &format!(" {DOWN} {DOWN} \r")),
            s("Name (Enter", "Dara\r"),
            s("Name (Enter", "\r"),
            s("rather not be drawn to facilitate", "\r"),
            s("rather not be drawn to speak", "\r"),
            s("open task(s) of earlier councils", ""),
            s("Buy a drain snake", ""),
            s("Where does it stand", &format!("{DOWN}\r")),
            s("A note", "Bought and used\r"),
            s("Money collected since", "40\r"),
            s("Money spent since", "38.5\r"),
            s("Call the plumber collective", ""),
            s("Where does it stand", "\r"),
            s("A note", "\r"),
            s("facilitated the last council", "y"),
            s("spoke for the last council", "n"),
            s("Numbers called out", "5 8 13\r"),
            s("Numbers called out", "\r"),
            s("accept to be facilitator", "y"),
            s("facilitated elsewhere before", "n"),
            s("who supports them", "\r"),
            s("accept to be spokesperson", "y"),
            crate::script::leave_floor(),
            s("What is the proposal", "Ask the city for a grate\r"),
            s("Decided by", &format!("{DOWN}{DOWN}\r")),
            s("arrived since the pool was fixed", "n"),
            s("Votes for", "3\r"),
            s("Votes against", "1\r"),
            s("Abstentions", "\r"),
            s("final wording", "\r"),
            s("Outcome", "\r"),
            s("outcome statement", "Dara writes to the city\r"),
            s("Review it at a later council", "\r"),
            s("Hand out a task", "n"),
            s("Recall an active mandate", &format!("{DOWN}\r")),
            s("Send a recallable delegate", "n"),
            s("What can the neighborhood now do", "\r"),
            s("The closing ritual", "\r"),
            s("Check-out words", "\r"),
            s("Review the minutes above", "\r"),
        ],
    );
    finish(p);
    let text =
        std::fs::read_to_string(log.join("minutes/2026/2026-11-23-the-drain-again.md")).unwrap();
    for expected in [
        "task = \"2026-11-16-the-drain-is-blocked#1\"\nstatus = \"done\"\nnote = \"Bought and used\"\ncollected = 40\nspent = 38.5",
        &format!("repeat_consent = [\"{last_facilitator}\"]"),
        "rule = \"majority\"",
        "for = 3\nagainst = 1\nabstain = 0",
        "recall = \"2026-11-16-the-drain-is-blocked#delegate\"",
    ] {
        assert!(
            text.contains(expected),
            "minutes lack {expected:?}:\n{text}"
        );
    }
    assert!(
        !text.contains("#2\""),
        "a task still open with no note needs no report-back"
    );
    let tasks = crate::env::stdout(&env.ok(&["--log", "log", "tasks", "--json"]));
    let tasks: serde_json::Value = serde_json::from_str(&tasks).unwrap();
    assert_eq!(tasks[0]["status"], "done");
    assert_eq!(tasks[0]["jar"]["flag"], "unspent");
    let delegates = crate::env::stdout(&env.ok(&["--log", "log", "delegates", "--json"]));
    assert!(
        delegates.contains("\"recalled_by\": \"2026-11-23-the-drain-again\""),
        "{delegates}"
    );
    env.ok(&["--log", "log", "verify"]);
}

#[test]
fn a_crash_after_the_commit_leaves_no_council_to_commit_twice() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let mut steps = script();
    let last = steps.pop().unwrap();
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    play(&mut p, &steps);
    p.exp_string(last.0).unwrap();
    // The journal as it was just before the commit, as a crash right after committing leaves it.
    let saved = std::fs::read(journal(&log)).unwrap();
    p.send(&last.1).unwrap();
    p.flush().unwrap();
    finish(p);
    let head = env.head(&log);
    std::fs::write(journal(&log), saved).unwrap();

    let mut p = spawn(&env, &["--log", "log", "resume"]);
    p.exp_string("already committed as 2026-11-23-the-bench-is-broken")
        .unwrap();
    finish(p);
    assert!(!journal(&log).exists());
    assert_eq!(env.head(&log), head, "nothing is committed twice");
}

#[test]
fn a_council_abandoned_twice_the_same_day_leaves_two_traces() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    for _ in 0..2 {
        let mut p = spawn(&env, &["--log", "log", "convene"]);
        play(&mut p, &script()[..CRASH_AFTER]);
        p.exp_string("Does Dara accept to be facilitator").unwrap();
        p.process_mut()
            .kill(nix::sys::signal::Signal::SIGKILL)
            .unwrap();
        env.ok(&["--log", "log", "abandon", "--yes"]);
    }
    let traces = env.git(&log, &["ls-files", "abandoned"]);
    assert_eq!(
        traces,
        "abandoned/2026/2026-11-23-the-bench-is-broken-2.md\nabandoned/2026/2026-11-23-the-bench-is-broken.md\n"
    );
}

/// Crashes the scripted council right after Dara declined (the pool and numbers are journaled).
fn crash_after_the_numbers(env: &TestEnv) {
    let steps = script();
    let mut p = spawn(env, &["--log", "log", "convene"]);
    play(&mut p, &steps[..=CRASH_AFTER]);
    p.exp_string("Does Bo accept to be facilitator").unwrap();
    p.process_mut()
        .kill(nix::sys::signal::Signal::SIGKILL)
        .unwrap();
}

#[test]
fn the_pool_fixed_before_the_numbers_survives_a_settings_change_and_a_resume() {
    let straight = TestEnv::new();
    let log_a = straight.init_log("log");
    let mut p = spawn(&straight, &["--log", "log", "convene"]);
    play(&mut p, &script());
    finish(p);
    let uninterrupted = std::fs::read_to_string(log_a.join(MINUTES)).unwrap();

    let env = TestEnv::new();
    let log = env.init_log("log");
    crash_after_the_numbers(&env);
    let saved = std::fs::read_to_string(journal(&log)).unwrap();
    assert!(saved.contains("rotation = \"least-served\""), "{saved}");
    // After the numbers, someone switches the council to uniform draws: committed, and
    // edited again in the working copy.
    let config = log.join("council.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    let uniform = text.replace("rotation = \"least-served\"", "rotation = \"uniform\"");
    assert_ne!(uniform, text);
    std::fs::write(&config, &uniform).unwrap();
    env.git(&log, &["commit", "-q", "-am", "Draw uniformly"]);
    std::fs::write(
        &config,
        uniform.replace("duration_minutes = 45", "duration_minutes = 50"),
    )
    .unwrap();

    let steps = script();
    let mut p = spawn(&env, &["--log", "log", "resume"]);
    p.exp_string("Resuming the council on").unwrap();
    play(&mut p, &steps[CRASH_AFTER + 1..]);
    finish(p);
    let resumed = std::fs::read_to_string(log.join(MINUTES)).unwrap();
    assert_eq!(
        resumed, uninterrupted,
        "the pool and its rules were fixed before the numbers"
    );
    env.ok(&["--log", "log", "verify"]);
}

#[test]
fn convene_refuses_to_commit_when_another_council_landed_since_its_pool() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    crash_after_the_numbers(&env);
    // Another laptop's council lands while this one is interrupted.
    let other = env.write(
        "other.toml",
        &crate::env::ANSWERS.replace("The bench is broken", "The streetlight is out"),
    );
    env.ok(&["--log", "log", "run", &other]);
    let head = env.head(&log);

    let steps = script();
    let mut p = spawn(&env, &["--log", "log", "resume"]);
    p.exp_string("Resuming the council on").unwrap();
    play(&mut p, &steps[CRASH_AFTER + 1..]);
    p.exp_string("another council was committed to the log after this council's pool was fixed")
        .unwrap();
    p.exp_string("council abandon").unwrap();
    p.exp_eof().unwrap();
    let status = p.process().wait().unwrap();
    assert!(
        matches!(status, nix::sys::wait::WaitStatus::Exited(_, 1)),
        "{status:?}"
    );
    assert_eq!(env.head(&log), head, "nothing was committed");
    assert!(journal(&log).exists(), "the journal is kept");
    // Abandoning leaves the public trace of the lot.
    env.ok(&["--log", "log", "abandon", "--yes"]);
    assert!(
        log.join("abandoned/2026/2026-11-23-the-bench-is-broken.md")
            .exists()
    );
    env.ok(&["--log", "log", "verify"]);
}

/// A council before, with Fatima present but out of the draw.
const BEFORE: &str = r#"
issue = "The swings squeak"
started = "2026-11-16T19:00:00-05:00"
[[attendees]]
name = "Ana"
[[attendees]]
name = "Bo"
[[attendees]]
name = "Chen"
[[attendees]]
name = "Fatima"
opt_out = true
[draw]
sources = ["11 4"]
[decision]
proposal = "Oil them"
outcome = "adopted"
statement = "We oil them"
"#;

#[test]
fn a_room_as_it_runs_regulars_a_misspelling_a_late_arrival_and_a_stand_aside() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let before = env.write("before.toml", BEFORE);
    env.ok(&["--log", "log", "run", &before]);
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    let s = |p: &'static str, k: &str| (p, k.to_string());
    play(
        &mut p,
        &[
            s(
                "What is the one concrete problem",
                "The swings are broken\r",
            ),
            s("Where are you meeting", "\r"),
            s("Timebox in minutes", "\r"),
            // The template's placeholders are not read out as contacts.
            s("No legal-support line is set.", ""),
            s("No care team is set.", ""),
            s("under [protocol] in council.toml", ""),
            s("most recently seen first", ""),
            s("Who of these is here", &format!(" {DOWN} \r")),
            // Part of a known name finds them.
            s("Name (Enter", "ch\r"),
            s("Which of them", " \r"),
            s("Name (Enter", "Fatma\r"),
            s("Did you mean Fatima?", &format!("{DOWN}\r")),
            s("Welcome, Fatma", ""),
            s("Name (Enter", "\r"),
            s(
                "rather not be drawn to facilitate",
                &format!("{DOWN}{DOWN} \r"),
            ),
            s("rather not be drawn to speak", "\r"),
            s("facilitated the last council", "n"),
            s("spoke for the last council", "n"),
        ],
    );
    let rest = p.exp_string("Numbers called out").unwrap();
    assert!(!rest.contains("Write the number"), "{rest}");
    p.send("7 7 7\r").unwrap();
    p.flush().unwrap();
    const BS: &str = "\x7f\x7f\x7f\x7f\x7f";
    play(
        &mut p,
        &[
            s("Numbers called out", "\r"),
            s("Does Fatma accept to be facilitator", "y"),
            s("facilitated elsewhere before", "n"),
            // Those who have facilitated first, with their turns; then the lot among them.
            s("Ana (facilitated 1 time(s) here)", ""),
            s("Draw the support by lot among them", &format!("{DOWN}\r")),
            s("accept to be spokesperson", "y"),
            s("(support)", ""),
            crate::script::leave_floor(),
            s("What is the proposal", "Replace the chains\r"),
            s("Decided by", "\r"),
            s("An objection raised", "Too expensive\r"),
            s("Was it resolved", "\r"),
            s("An objection raised", "\r"),
            // A late arrival is added from the list and stands aside, under consent.
            s("Who stands aside", &format!("{DOWN}{DOWN}{DOWN}{DOWN} \r")),
            s("Who arrived?", "Dara\r"),
            s("arrived after the pool was fixed", ""),
            s("Who arrived?", "\r"),
            s("Who stands aside", "\r"),
            s("final wording", " with steel ones\r"),
            s("Outcome", "\r"),
            s("outcome statement", "We replace them\r"),
            s("Review it at a later council", "\r"),
            s("Hand out a task", "y"),
            s("What is to be done", "Buy chains\r"),
            s("Who volunteers", &format!("{DOWN}{DOWN}{DOWN}{DOWN} \r")),
            s("Due (YYYY-MM-DD", "\r"),
            s("target amount", "\r"),
            s("Another task", "n"),
            s("Send a recallable delegate", "n"),
            s("What can the neighborhood now do", "\r"),
            s("The closing ritual", "\r"),
            s("Check-out words", "\r"),
            s("Review the minutes above", &format!("{}\r", DOWN.repeat(8))),
            s("Whose name is misspelled", &format!("{UP}{UP}\r")),
            s("The right name for Fatma", &format!("{BS}Fatima\r")),
            s("Fatma is now Fatima", ""),
            s("Review the minutes above", "\r"),
        ],
    );
    finish(p);
    let text =
        std::fs::read_to_string(log.join("minutes/2026/2026-11-23-the-swings-are-broken.md"))
            .unwrap();
    for expected in [
        "facilitator = \"Fatima\"",
        "name = \"Fatima\"\nfirst_time = false\ndrawn_as = \"Fatma\"",
        "name = \"Chen\"\nfirst_time = false\nopt_out_facilitator = true",
        "name = \"Dara\"\nfirst_time = true\nlate = true",
        "role = \"support\"",
        "stand_asides = [\"Dara\"]",
        "resolved_objections = [\"Too expensive\"]",
        "proposal = \"Replace the chains with steel ones\"",
        "amended_from = \"Replace the chains\"",
        "who = [\"Dara\"]",
        "Fatima (written Fatma in the draw, corrected at the review)",
        "Dara (first time, arrived after the pool was fixed, not in the draw)",
    ] {
        assert!(
            text.contains(expected),
            "minutes lack {expected:?}:\n{text}"
        );
    }
    assert!(
        !text.contains("pool = [\"Bo\", \"Dara\"") && !text.contains("\"Dara\", \"Fatma\""),
        "a late arrival is in no pool:\n{text}"
    );
    env.ok(&["--log", "log", "verify"]);
    // The next council counts her under the right name: she has facilitated now.
    let stats = crate::env::stdout(&env.ok(&["--log", "log", "stats", "--json"]));
    assert!(stats.contains("Fatima"), "{stats}");
    assert!(!stats.contains("Fatma"), "{stats}");
}

fn kill(mut p: PtySession) {
    p.process_mut()
        .kill(nix::sys::signal::Signal::SIGKILL)
        .unwrap();
    let _ = p.process().wait();
}

/// The script up to (not including) the prompt `marker`.
fn until(marker: &str) -> Vec<(&'static str, String)> {
    let steps = script();
    let at = steps.iter().position(|s| s.0 == marker).unwrap();
    steps[..at].to_vec()
}

fn s(p: &'static str, k: &str) -> (&'static str, String) {
    (p, k.to_string())
}

/// Every answer is journaled the moment it is given, inside multi-question steps.
/// Under consent an objection is typed, then "Was it resolved?" is asked; the typed objection
/// is journaled before that second question, so a kill there keeps it, and `resume` offers it
/// again pre-filled.
#[test]
fn kill_9_at_was_it_resolved_keeps_the_objection_just_typed() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    play(&mut p, &until("An objection"));
    play(
        &mut p,
        &[s(
            "An objection",
            "Saturday is market day, many of us work then\r",
        )],
    );
    // Drawn only after the objection was read.
    p.exp_string("Was it resolved?").unwrap();
    kill(p);
    let saved = std::fs::read_to_string(journal(&log)).unwrap();
    assert!(
        saved.contains("Saturday is market day, many of us work then"),
        "killed at `Was it resolved?`: the journal lacks the objection just typed:\n{saved}"
    );
    // The resume offers it again, typed in the prompt: Enter keeps it.
    let mut p = spawn(&env, &["--log", "log", "resume"]);
    play(
        &mut p,
        &[
            s("What is the proposal", "\r"),
            s("Decided by", "\r"),
            s("An objection", ""),
            s("Saturday is market day, many of us work then", "\r"),
            s("Was it resolved?", "\r"),
        ],
    );
    let after = script().iter().position(|s| s.0 == "An objection").unwrap();
    play(&mut p, &script()[after..]);
    finish(p);
    let text = std::fs::read_to_string(log.join(MINUTES)).unwrap();
    assert!(
        text.contains("resolved_objections = [\"Saturday is market day, many of us work then\"]"),
        "{text}"
    );
}

/// The review edits the decision in place, pre-filled. Fixing a typo in the
/// proposal's wording at the review keeps the resolved objections, the stand-asides, the first
/// wording of an amended proposal, the outcome, the statement and the review date, each offered
/// again pre-filled: Enter keeps them all.
#[test]
fn fixing_the_proposal_at_the_review_keeps_the_rest_of_the_decision() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let mut steps = until("An objection");
    steps.extend([
        s("An objection", "Saturday is market day\r"),
        s("Was it resolved?", "\r"),
        s("An objection", "\r"),
        // Chen stands aside.
        s("Who stands aside", &format!("{DOWN}{DOWN} \r")),
        // Amended while discussed: "Saturday" becomes "Sunday" (8 characters erased).
        s("final wording", &format!("{}Sunday\r", "\x7f".repeat(8))),
        s("Outcome", "\r"),
        s("outcome statement", "We fix it Sunday 10am\r"),
        s("Review it at a later council", "2026-12-14\r"),
    ]);
    let from_tasks = script()
        .iter()
        .position(|s| s.0 == "Hand out a task")
        .unwrap();
    let mut rest = script()[from_tasks..].to_vec();
    rest.pop(); // the review's Enter
    steps.extend(rest);
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    play(&mut p, &steps);
    play(
        &mut p,
        &[
            s("Review the minutes above", &format!("{DOWN}{DOWN}{DOWN}\r")),
            // A typo fix in the final wording: "Sunday" -> "Sunday morning".
            s("What is the proposal", " morning\r"),
            s("Decided by", "\r"),
        ],
    );
    // Everything said about the proposal should come back, ready to keep with Enter.
    p.exp_string("Objections recorded so far: Saturday is market day (resolved)")
        .unwrap_or_else(|e| {
            panic!("the resolved objection is not offered again after a wording fix: {e}")
        });
    // Journaled (with the rule) before the objections are shown.
    let saved = std::fs::read_to_string(journal(&log)).unwrap();
    for kept in [
        "proposal = \"Repair it Sunday morning\"",
        "Saturday is market day",
        "stand_asides = [\"Chen\"]",
        "amended_from = \"Repair it Saturday\"",
        "We fix it Sunday 10am",
        "review = \"2026-12-14\"",
    ] {
        assert!(saved.contains(kept), "the journal lost {kept:?}:\n{saved}");
    }
    // Enter keeps every answer, pre-filled or pre-selected.
    play(
        &mut p,
        &[
            s("Clear them and record the objections again", "\r"),
            s("An objection", "\r"),
            s("Who stands aside", "\r"),
            s("final wording", "\r"),
            s("Outcome", "\r"),
            s("outcome statement", "\r"),
            s("Review it at a later council", "\r"),
            s("Review the minutes above", "\r"),
        ],
    );
    finish(p);
    let text = std::fs::read_to_string(log.join(MINUTES)).unwrap();
    for kept in [
        "proposal = \"Repair it Sunday morning\"",
        "amended_from = \"Repair it Saturday\"",
        "resolved_objections = [\"Saturday is market day\"]",
        "stand_asides = [\"Chen\"]",
        "outcome = \"adopted\"",
        "statement = \"We fix it Sunday 10am\"",
        "review = \"2026-12-14\"",
    ] {
        assert!(text.contains(kept), "the minutes lost {kept:?}:\n{text}");
    }
    env.ok(&["--log", "log", "verify"]);
}

/// The beginning of a council in a log that knows Ana, Bo, Chen and Fatima: Ana is marked
/// from the list of regulars, then names are typed.
fn with_regulars(env: &TestEnv) -> PtySession {
    let before = env.write("before.toml", BEFORE);
    env.ok(&["--log", "log", "run", &before]);
    let mut p = spawn(env, &["--log", "log", "convene"]);
    play(
        &mut p,
        &[
            s(
                "What is the one concrete problem",
                "The swings are broken\r",
            ),
            s("Where are you meeting", "\r"),
            s("Timebox in minutes", "\r"),
            s("Who of these is here", " \r"),
        ],
    );
    p
}

/// A name typed, then a kill at "Did you mean Fatima?": the name is journaled before the
/// question, and the resume offers it again, typed in the prompt.
#[test]
fn kill_9_at_did_you_mean_keeps_the_name_typed() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let mut p = with_regulars(&env);
    play(&mut p, &[s("Name (Enter", "Fatma\r")]);
    p.exp_string("Did you mean Fatima?").unwrap();
    kill(p);
    let saved = std::fs::read_to_string(journal(&log)).unwrap();
    assert!(
        saved.contains("question = \"name\"\ntext = \"Fatma\""),
        "killed at `Did you mean`: the journal lacks the name just typed:\n{saved}"
    );
    let mut p = spawn(&env, &["--log", "log", "resume"]);
    play(
        &mut p,
        &[
            s("Name (Enter", ""),
            s("Fatma", "\r"),
            s("Did you mean Fatima?", "\r"),
            s("Name (Enter", "\r"),
        ],
    );
    // Shown once the attendance step is saved.
    p.exp_string("rather not be drawn to facilitate").unwrap();
    kill(p);
    let saved = std::fs::read_to_string(journal(&log)).unwrap();
    assert!(saved.contains("name = \"Fatima\""), "{saved}");
    assert!(!saved.contains("Fatma"), "the name typed is taken: {saved}");
}

/// Part of a name typed, then a kill at "Which of them?": kept, and offered again.
#[test]
fn kill_9_at_which_of_them_keeps_the_part_typed() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let mut p = with_regulars(&env);
    play(&mut p, &[s("Name (Enter", "ch\r")]);
    p.exp_string("Which of them").unwrap();
    kill(p);
    let saved = std::fs::read_to_string(journal(&log)).unwrap();
    assert!(
        saved.contains("question = \"name\"\ntext = \"ch\""),
        "killed at `Which of them`: the journal lacks the part just typed:\n{saved}"
    );
    let mut p = spawn(&env, &["--log", "log", "resume"]);
    play(
        &mut p,
        &[
            s("Name (Enter", ""),
            s("ch", "\r"),
            s("Which of them", " \r"),
            s("Name (Enter", "\r"),
        ],
    );
    p.exp_string("rather not be drawn to facilitate").unwrap();
    kill(p);
    let saved = std::fs::read_to_string(journal(&log)).unwrap();
    assert!(saved.contains("name = \"Chen\""), "{saved}");
    assert!(!saved.contains("text = \"ch\""), "{saved}");
}

/// "another ritual" chosen, then a kill at "Which ritual?": the choice is journaled, and the
/// resume offers it again as the default.
#[test]
fn kill_9_at_which_ritual_keeps_the_choice_of_another_ritual() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    play(&mut p, &until("The closing ritual"));
    play(
        &mut p,
        &[s("The closing ritual", &format!("{DOWN}{DOWN}\r"))],
    );
    p.exp_string("Which ritual?").unwrap();
    kill(p);
    let saved = std::fs::read_to_string(journal(&log)).unwrap();
    assert!(
        saved.contains("answered = [\"another ritual\"]"),
        "killed at `Which ritual?`: the journal lacks the choice:\n{saved}"
    );
    let mut p = spawn(&env, &["--log", "log", "resume"]);
    play(
        &mut p,
        &[
            // Enter takes the choice made before the kill.
            s("The closing ritual", "\r"),
            s("Which ritual?", "a song\r"),
            s("Check-out words", "\r"),
            s("Review the minutes above", "\r"),
        ],
    );
    finish(p);
    let text = std::fs::read_to_string(log.join(MINUTES)).unwrap();
    assert!(text.contains("ritual = \"a song\""), "{text}");
}

/// The review corrects only a misspelling: a name that is not a slip away from the spelling
/// drawn is refused as it is typed, saying what to do.
#[test]
fn the_review_refuses_a_correction_to_a_name_not_close_to_the_one_drawn() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let mut steps = script();
    steps.pop();
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    play(&mut p, &steps);
    play(
        &mut p,
        &[
            s("Review the minutes above", &format!("{}\r", DOWN.repeat(8))),
            s("Whose name is misspelled", &format!("{UP}{UP}{UP}\r")),
            s("The right name for Bo", "\x7f\x7fZed\r"),
        ],
    );
    p.exp_string("\"Zed\" is not close to \"Bo\", the spelling drawn")
        .unwrap();
    // The name as it was leaves it: the room is never held at the prompt.
    p.send("\x7f\x7f\x7fBo\r").unwrap();
    p.flush().unwrap();
    p.exp_string("Bo is left as it is.").unwrap();
    play(&mut p, &[s("Review the minutes above", "\r")]);
    finish(p);
    let text = std::fs::read_to_string(log.join(MINUTES)).unwrap();
    assert!(
        !text.contains("Zed") && !text.contains("drawn_as"),
        "{text}"
    );
}

/// The journal as data (its keys are written in their own order).
fn journaled(log: &Path) -> toml::Value {
    toml::from_str(&std::fs::read_to_string(journal(log)).unwrap()).unwrap()
}

/// The journaled attendee named `name`.
fn journaled_attendee(saved: &toml::Value, name: &str) -> toml::Value {
    saved["attendees"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"].as_str() == Some(name))
        .unwrap_or_else(|| panic!("{name} is not journaled:\n{saved}"))
        .clone()
}

/// The script's steps from the prompt `marker` on, without the review's last Enter.
fn from_until_review(marker: &str) -> Vec<(&'static str, String)> {
    let steps = script();
    let at = steps.iter().position(|s| s.0 == marker).unwrap();
    steps[at..steps.len() - 1].to_vec()
}

/// A facilitator new to the log who says they facilitated elsewhere needs no support: the
/// support question is never asked, the minutes say so, and the draw verifies.
#[test]
fn a_facilitator_who_facilitated_elsewhere_is_asked_for_no_support() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    play(&mut p, &until("facilitated elsewhere before"));
    play(&mut p, &[s("facilitated elsewhere before", "y")]);
    // Drawn only once the support step is journaled as done.
    let between = p.exp_string("Does Ana accept to be spokesperson").unwrap();
    assert!(
        between.contains("Bo facilitates without a support"),
        "{between}"
    );
    assert!(!between.contains("who supports them"), "{between}");
    let saved = journaled(&log);
    let bo = journaled_attendee(&saved, "Bo");
    assert_eq!(
        bo.get("facilitated_elsewhere"),
        Some(&true.into()),
        "{saved}"
    );
    assert_eq!(saved["convene"]["next"].as_str(), Some("spokesperson"));
    assert!(saved["draw"].get("support").is_none(), "{saved}");
    p.send("y").unwrap();
    p.flush().unwrap();
    let spokesperson = script()
        .iter()
        .position(|s| s.0 == "Does Ana accept to be spokesperson")
        .unwrap();
    play(&mut p, &script()[spokesperson + 1..]);
    finish(p);
    let text = std::fs::read_to_string(log.join(MINUTES)).unwrap();
    let record = flash_council::minutes::parse(&text).unwrap();
    let bo = record.attendees.iter().find(|a| a.name == "Bo").unwrap();
    assert!(bo.facilitated_elsewhere, "{text}");
    assert_eq!(record.facilitator, "Bo");
    assert_eq!(record.draw.support, None, "{text}");
    assert!(
        record
            .draw
            .steps
            .iter()
            .all(|s| s.role != flash_council::council::record::Role::Support),
        "no support is drawn:\n{text}"
    );
    assert!(text.contains("has facilitated elsewhere"), "{text}");
    env.ok(&["--log", "log", "verify"]);
}

/// At "Did you mean Fatima?" the room picks the person the log knows: the minutes use the
/// log's spelling, and `stats` counts one person, not a Fatma beside Fatima.
#[test]
fn did_you_mean_picks_the_known_person_and_stats_count_one() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    // Ana (who facilitated last time) is marked from the list.
    let mut p = with_regulars(&env);
    play(
        &mut p,
        &[s("Name (Enter", "Fatma\r"), s("Did you mean Fatima?", "\r")],
    );
    // Drawn once the person chosen is journaled.
    let between = p.exp_string("Name (Enter").unwrap();
    assert!(!between.contains("Welcome"), "a known person: {between}");
    let saved = std::fs::read_to_string(journal(&log)).unwrap();
    assert!(saved.contains("name = \"Fatima\""), "{saved}");
    assert!(!saved.contains("Fatma"), "{saved}");
    p.send("\r").unwrap();
    p.flush().unwrap();
    play(
        &mut p,
        &[
            s("rather not be drawn to facilitate", "\r"),
            s("rather not be drawn to speak", "\r"),
            s("facilitated the last council", "n"),
            s("Numbers called out", "7 7 7\r"),
            s("Numbers called out", "\r"),
            s("Does Fatima accept to be facilitator", "y"),
            s("facilitated elsewhere before", "n"),
            s("who supports them", "\r"),
            s("Does Ana accept to be spokesperson", "y"),
            crate::script::leave_floor(),
            s("What is the proposal", "Replace the chains\r"),
            s("Decided by", "\r"),
            s("An objection", "\r"),
            s("Who stands aside", "\r"),
            s("final wording", "\r"),
            s("Outcome", "\r"),
            s("outcome statement", "We replace them\r"),
            s("Review it at a later council", "\r"),
            s("Hand out a task", "n"),
            s("Send a recallable delegate", "n"),
            s("What can the neighborhood now do", "\r"),
            s("The closing ritual", "\r"),
            s("Check-out words", "\r"),
            s("Review the minutes above", "\r"),
        ],
    );
    finish(p);
    let text =
        std::fs::read_to_string(log.join("minutes/2026/2026-11-23-the-swings-are-broken.md"))
            .unwrap();
    assert!(!text.contains("Fatma"), "{text}");
    assert!(text.contains("facilitator = \"Fatima\""), "{text}");
    assert!(
        text.contains("name = \"Fatima\"\nfirst_time = false"),
        "{text}"
    );
    env.ok(&["--log", "log", "verify"]);
    let stats: serde_json::Value = serde_json::from_str(&crate::env::stdout(
        &env.ok(&["--log", "log", "stats", "--json"]),
    ))
    .unwrap();
    let people = stats["people"].as_array().unwrap();
    let fatima: Vec<&serde_json::Value> = people
        .iter()
        .filter(|p| {
            p["name"]
                .as_str()
                .unwrap()
                .to_lowercase()
                .starts_with("fat")
        })
        .collect();
    assert_eq!(fatima.len(), 1, "{stats}");
    assert_eq!(fatima[0]["name"], "Fatima");
    assert_eq!(fatima[0]["attended"], 2, "{stats}");
    assert_eq!(fatima[0]["facilitated"], 1, "{stats}");
}

/// Two tasks, the second with a jar; removing the first at the review keeps the second with
/// its jar and due date, offered again pre-filled (Enter keeps every answer).
#[test]
fn removing_a_task_at_the_review_keeps_the_other_and_its_jar_pre_filled() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let mut steps = until("Hand out a task");
    steps.extend([
        s("Hand out a task", "y"),
        s("What is to be done", "Borrow a saw\r"),
        s("Who volunteers", " \r"),
        s("Due (YYYY-MM-DD", "\r"),
        s("target amount", "\r"),
        s("Another task", "y"),
        s("What is to be done", "Buy planks\r"),
        s("Who volunteers", &format!("{DOWN} \r")),
        s("Due (YYYY-MM-DD", "2026-11-28\r"),
        s("target amount", "40\r"),
        s("Currency", "EUR\r"),
        s("Another task", "n"),
    ]);
    steps.extend(from_until_review("Send a recallable delegate"));
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    play(&mut p, &steps);
    play(
        &mut p,
        &[
            s("Review the minutes above", &format!("{}\r", DOWN.repeat(4))),
            s("Which task?", ""),
            // The list opens on "Done": Task 1 is three up.
            s(
                "Task 2: Buy planks (Bo; jar of 40 EUR)",
                &format!("{UP}{UP}{UP}\r"),
            ),
            s("Remove it", &format!("{DOWN}\r")),
        ],
    );
    // Listed so only once the removal is journaled.
    p.exp_string("Task 1: Buy planks (Bo; jar of 40 EUR)")
        .unwrap();
    let saved = journaled(&log);
    let tasks = saved["tasks"].as_array().unwrap();
    assert_eq!(tasks.len(), 1, "{saved}");
    assert_eq!(tasks[0]["what"].as_str(), Some("Buy planks"), "{saved}");
    assert_eq!(tasks[0]["jar"]["target"].as_integer(), Some(40), "{saved}");
    assert_eq!(tasks[0]["jar"]["currency"].as_str(), Some("EUR"), "{saved}");
    // Change the kept task, pressing Enter at every prompt: each is pre-filled.
    p.send(&format!("{UP}{UP}\r")).unwrap();
    p.flush().unwrap();
    play(
        &mut p,
        &[
            s("Change it", "\r"),
            s("What is to be done", "\r"),
            s("Who volunteers", "\r"),
            s("Due (YYYY-MM-DD", "\r"),
            s("target amount", "\r"),
            s("Currency", "\r"),
            s("Which task?", "\r"),
            s("Review the minutes above", "\r"),
        ],
    );
    finish(p);
    let text = std::fs::read_to_string(log.join(MINUTES)).unwrap();
    let record = flash_council::minutes::parse(&text).unwrap();
    assert_eq!(record.tasks.len(), 1, "{text}");
    let task = &record.tasks[0];
    assert_eq!(task.what, "Buy planks");
    assert_eq!(task.who, ["Bo"]);
    assert_eq!(
        task.due.map(|d| d.to_string()).as_deref(),
        Some("2026-11-28")
    );
    let jar = task.jar.as_ref().expect("the jar is kept");
    assert_eq!(jar.target.to_string(), "40");
    assert_eq!(jar.currency, "EUR");
    assert!(task.id.ends_with("#1"), "{text}");
    assert!(!text.contains("Borrow a saw"), "{text}");
    env.ok(&["--log", "log", "verify"]);
}

/// A late arrival added before a majority vote: recorded `late`, in no pool or left-out list
/// of any step, counted in the vote, and able to take a task.
#[test]
fn a_late_arrival_added_before_a_vote_votes_takes_a_task_and_is_in_no_pool() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let mut steps = until("Decided by");
    steps.extend([
        s("Decided by", &format!("{DOWN}{DOWN}\r")),
        s("arrived since the pool was fixed", "y"),
        s("Who arrived?", "Eve\r"),
        s("Eve arrived after the pool was fixed", ""),
    ]);
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    play(&mut p, &steps);
    // Drawn only once Eve is journaled.
    p.exp_string("Who arrived?").unwrap();
    let saved = journaled(&log);
    let eve = journaled_attendee(&saved, "Eve");
    assert_eq!(
        eve.get("late"),
        Some(&true.into()),
        "the late arrival is journaled before the next question:\n{saved}"
    );
    p.send("\r").unwrap();
    p.flush().unwrap();
    play(
        &mut p,
        &[
            // Four were there when the pool was fixed; Eve's vote makes five.
            s("Votes for", "4\r"),
            s("Votes against", "1\r"),
            s("Abstentions", "\r"),
            s("final wording", "\r"),
            s("Outcome", "\r"),
            s("outcome statement", "We fix it Saturday 10am\r"),
            s("Review it at a later council", "\r"),
            s("Hand out a task", "y"),
            s("What is to be done", "Buy planks\r"),
            // Ana, Bo, Chen, Dara, Eve: Eve is listed with the others.
            s("Who volunteers", &format!("{} \r", DOWN.repeat(4))),
            s("Due (YYYY-MM-DD", "\r"),
            s("target amount", "\r"),
            s("Another task", "n"),
        ],
    );
    play(&mut p, &from_until_review("Send a recallable delegate"));
    play(&mut p, &[s("Review the minutes above", "\r")]);
    finish(p);
    let text = std::fs::read_to_string(log.join(MINUTES)).unwrap();
    let record = flash_council::minutes::parse(&text).unwrap();
    let eve = record.attendees.iter().find(|a| a.name == "Eve").unwrap();
    assert!(eve.late && eve.first_time, "{text}");
    assert!(!record.draw.steps.is_empty());
    for step in &record.draw.steps {
        assert!(
            !step.pool.iter().any(|n| n == "Eve")
                && !step.left_out.iter().any(|l| l.name == "Eve")
                && step.selected != "Eve",
            "a late arrival is in no pool and no left-out list:\n{text}"
        );
    }
    assert_eq!(record.decision.rule.map(|r| r.as_str()), Some("majority"));
    let votes = record.decision.votes.unwrap();
    assert_eq!((votes.in_favor, votes.against, votes.abstain), (4, 1, 0));
    assert_eq!(record.tasks.len(), 1);
    assert_eq!(record.tasks[0].who, ["Eve"]);
    assert!(
        text.contains("Eve (first time, arrived after the pool was fixed, not in the draw)"),
        "{text}"
    );
    env.ok(&["--log", "log", "verify"]);
}

/// The review edits the delegate in place: a word added to the mandate keeps who goes (not
/// the first name of the list) and where to, each offered again pre-filled.
#[test]
fn editing_the_mandate_at_the_review_keeps_the_rest_of_the_delegate() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let mut steps = until("Send a recallable delegate");
    steps.extend([
        s("Send a recallable delegate", "y"),
        // Bo, not the first name listed.
        s("Who goes?", &format!("{DOWN}\r")),
        s("Where to?", "Eastside assembly\r"),
        s("The written mandate", "Ask for a bench fund\r"),
    ]);
    steps.extend(from_until_review("What can the neighborhood now do"));
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    play(&mut p, &steps);
    play(
        &mut p,
        &[
            s("Review the minutes above", &format!("{}\r", DOWN.repeat(5))),
            // Every answer is offered again: Enter keeps it.
            s("Send a recallable delegate", "\r"),
            s("Who goes?", "\r"),
            s("Where to?", "\r"),
            s("The written mandate", " for the whole street\r"),
        ],
    );
    // The minutes are shown again only once the edited delegate is journaled.
    p.exp_string("Bo goes to Eastside assembly with this written mandate")
        .unwrap();
    p.exp_string("> Ask for a bench fund for the whole street")
        .unwrap();
    p.exp_string("Review the minutes above").unwrap();
    let saved = journaled(&log);
    let delegate = &saved["delegate"];
    assert_eq!(delegate["name"].as_str(), Some("Bo"), "{saved}");
    assert_eq!(
        delegate["to"].as_str(),
        Some("Eastside assembly"),
        "{saved}"
    );
    assert_eq!(
        delegate["mandate"].as_str(),
        Some("Ask for a bench fund for the whole street"),
        "{saved}"
    );
    p.send("\r").unwrap();
    p.flush().unwrap();
    finish(p);
    let text = std::fs::read_to_string(log.join(MINUTES)).unwrap();
    let record = flash_council::minutes::parse(&text).unwrap();
    let delegate = record.delegate.expect("the delegate is kept");
    assert_eq!(delegate.name.as_deref(), Some("Bo"));
    assert_eq!(delegate.to.as_deref(), Some("Eastside assembly"));
    assert_eq!(
        delegate.mandate.as_deref(),
        Some("Ask for a bench fund for the whole street")
    );
    assert_eq!(delegate.recall, None);
    env.ok(&["--log", "log", "verify"]);
}

/// The review edits the closing in place: the room's own ritual is offered again as the
/// default, and the words are pre-filled to add to.
#[test]
fn changing_the_closing_words_at_the_review_keeps_the_ritual() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let mut steps = until("The closing ritual");
    steps.extend([
        s("The closing ritual", &format!("{DOWN}{DOWN}\r")),
        s("Which ritual?", "a song\r"),
        s("Check-out words", "tired, proud\r"),
    ]);
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    play(&mut p, &steps);
    play(
        &mut p,
        &[
            s("Review the minutes above", &format!("{}\r", DOWN.repeat(7))),
            // The ritual chosen is the default: Enter keeps it.
            s("The closing ritual", "\r"),
            s("Check-out words", ", hopeful\r"),
        ],
    );
    // The minutes are shown again only once the edited closing is journaled.
    p.exp_string("Closing ritual: a song. Words: tired, proud, hopeful.")
        .unwrap();
    p.exp_string("Review the minutes above").unwrap();
    let saved = journaled(&log);
    assert_eq!(
        saved["closing"]["ritual"].as_str(),
        Some("a song"),
        "{saved}"
    );
    let words: Vec<&str> = saved["closing"]["words"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap())
        .collect();
    assert_eq!(words, ["tired", "proud", "hopeful"], "{saved}");
    p.send("\r").unwrap();
    p.flush().unwrap();
    finish(p);
    let text = std::fs::read_to_string(log.join(MINUTES)).unwrap();
    let record = flash_council::minutes::parse(&text).unwrap();
    let closing = record.closing.expect("the closing is kept");
    assert_eq!(closing.ritual.as_deref(), Some("a song"));
    assert_eq!(closing.words, ["tired", "proud", "hopeful"]);
    env.ok(&["--log", "log", "verify"]);
}

/// The whole council of [`script`], in French: the prompts the room sees and what it types.
fn script_in_french() -> Vec<(&'static str, String)> {
    let s = |p: &'static str, k: &str| (p, k.to_string());
    vec![
        s("Quel est le problème concret", "Le banc est cassé\r"),
        s("Où vous réunissez-vous", "Laverie\r"),
        s("Durée prévue, en minutes", "\r"),
        s("Nom (Entrée", "Ana\r"),
        s("Nom (Entrée", "Bo\r"),
        s("Nom (Entrée", "Chen\r"),
        s("Nom (Entrée", "Dara\r"),
        s("Nom (Entrée", "\r"),
        s("tiré au sort pour faciliter", &format!("{DOWN}{DOWN} \r")),
        s("tiré au sort pour parler", &format!("{DOWN}{DOWN} \r")),
        s("Nombres annoncés", "3 5 1 6\r"),
        s("Nombres annoncés", "42\r"),
        s("Nombres annoncés", "\r"),
        s("Dara accepte-t-il·elle d'être facilitateur·rice", "n"),
        s("Bo accepte-t-il·elle d'être facilitateur·rice", "y"),
        s("déjà facilité ailleurs", "n"),
        s("qui le·la soutient", &format!("{DOWN}\r")),
        s("Ana accepte-t-il·elle d'être porte-parole", "y"),
        s("La parole : Le banc est cassé", "2\r"),
        s("Bo est sur la pile.", "n"),
        s("Bo a la parole.", "d"),
        s("Quelle est la proposition", "Le réparer samedi\r"),
        s("Décidé par", "\r"),
        s("Une objection soulevée", "\r"),
        s("Qui se tient à l'écart", "\r"),
        s("formulation finale", "\r"),
        s("Résultat", "\r"),
        s("déclaration de résultat", "On le répare samedi à 10 h\r"),
        s("La revoir lors d'un conseil", "\r"),
        s("Confier une tâche", "y"),
        s("Que faut-il faire", "Acheter des planches\r"),
        s("Qui se porte volontaire", &format!("{DOWN} \r")),
        s("Échéance (AAAA-MM-JJ", "2026-11-28\r"),
        s("montant visé", "40\r"),
        s("Monnaie", "\r"),
        s("Une autre tâche", "n"),
        s("Envoyer un·e délégué·e", "n"),
        s(
            "Que peut désormais faire le quartier",
            "Nous réparons nos bancs\r",
        ),
        s("sans demander la permission", "y"),
        s("Le rituel de clôture", "\r"),
        s("Mots de clôture", "fatigués, fiers\r"),
        s("Relisez le procès-verbal ci-dessus", "\r"),
    ]
}

#[test]
fn a_full_council_convened_in_french_asks_in_french_and_its_minutes_verify() {
    let env = TestEnv::new();
    env.ok(&["init", "log", "--language", "fr"]);
    let log = env.path("log");
    let mut cmd = env.council_process();
    cmd.env("TERM", "xterm")
        .env("LANG", "fr_FR.UTF-8")
        .args(["--log", "log", "convene"]);
    let mut p = spawn_command(cmd, Some(15_000)).unwrap();
    // rexpect reads the terminal a byte at a time, each byte a char: UTF-8 is matched as such.
    let bytes = |s: &str| -> String { s.bytes().map(char::from).collect() };
    p.exp_string(&bytes("Un conseil éclair de")).unwrap();
    for (prompt, keys) in script_in_french() {
        p.exp_string(&bytes(prompt))
            .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}"));
        p.send(&keys).unwrap();
        p.flush().unwrap();
    }
    let rest = finish(p);
    assert!(rest.contains("Le conseil s'est dissous."), "{rest}");
    assert!(rest.contains(&bytes("Enregistré")), "{rest}");
    assert!(!rest.contains("The council has dissolved"), "{rest}");
    let path = "minutes/2026/2026-11-23-le-banc-est-casse.md";
    let text = std::fs::read_to_string(log.join(path)).unwrap();
    for expected in [
        "language = \"fr\"",
        "facilitator = \"Bo\"",
        "spokesperson = \"Ana\"",
        "declined_facilitator = [\"Dara\"]",
        "support = \"Chen\"",
        "sources = [\"3 5 1 6\", \"42\"]",
        "what = \"Acheter des planches\"",
        "words = [\"fatigués\", \"fiers\"]",
        // The floor's discussion is in the council's language too.
        "\n## Discussion\n\n1 des 4 présent·es a pris la parole, en 1 tour,",
    ] {
        assert!(text.contains(expected), "minutes lack {expected}:\n{text}");
    }
    assert!(!journal(&log).exists());
    env.ok(&["--log", "log", "verify"]);
    let (_, data) = flash_council::minutes::split_record(&text).unwrap();
    let block = env.write("block.toml", data);
    let again = crate::env::stdout(&env.ok(&["--log", "log", "run", "--dry-run", &block]));
    assert_eq!(again, text);
}
