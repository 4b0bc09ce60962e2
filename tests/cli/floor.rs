//! The floor of `council convene` in a real pseudo-terminal: kill -9 and resume, resize, a tiny
//! terminal, NO_COLOR.
//!
//! The floor rewrites every row it changes whole, so the words of a row arrive together in the
//! output and a marker is matched once the row shows it; every marker below is drawn only after
//! the event it names was journaled.

use crate::env::TestEnv;
use crate::script::script;
use rexpect::session::{PtySession, spawn_command};

const MINUTES: &str = "minutes/2026/2026-11-23-the-bench-is-broken.md";

/// The script's steps up to the floor (the spokesperson accepted).
fn to_the_floor() -> usize {
    script()
        .iter()
        .position(|s| s.0.starts_with("The floor"))
        .unwrap()
}

fn spawn(env: &TestEnv, clock: &str, args: &[&str]) -> PtySession {
    let mut cmd = env.council_process();
    cmd.env("TERM", "xterm")
        .env("COUNCIL_NOW", format!("@{clock}"))
        .args(args);
    spawn_command(cmd, Some(15_000)).unwrap()
}

fn play(p: &mut PtySession, steps: &[(&'static str, String)]) {
    for (prompt, keys) in steps {
        p.exp_string(prompt)
            .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}"));
        send(p, keys);
    }
}

fn send(p: &mut PtySession, keys: &str) {
    p.send(keys).unwrap();
    p.flush().unwrap();
}

fn expect(p: &mut PtySession, marker: &str) -> String {
    p.exp_string(marker)
        .unwrap_or_else(|e| panic!("waiting for {marker:?}: {e}"))
}

/// Sets the size of the terminal the council runs in (the kernel tells it with SIGWINCH).
fn resize(p: &PtySession, cols: u16, rows: u16) {
    // `stty` on the pseudo-terminal's master side: the kernel tells the council with SIGWINCH.
    let master = p.process().get_file_handle().unwrap();
    let status = std::process::Command::new("stty")
        .args(["cols", &cols.to_string(), "rows", &rows.to_string()])
        .stdin(master)
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn kill_9_mid_speech_then_resume_restores_the_stack_and_the_talk_times() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let clock = env.write("clock", "2026-11-23T19:00:00-05:00");
    let steps = script();
    let floor = to_the_floor();
    let mut p = spawn(&env, &clock, &["--log", "log", "convene"]);
    play(&mut p, &steps[..floor]);
    expect(&mut p, "The floor: The bench is broken");
    // Ana by part of her name, Chen by number; Ana speaks first.
    send(&mut p, "aana\r");
    expect(&mut p, "Ana is on the stack.");
    send(&mut p, "3\r");
    expect(&mut p, "Chen is on the stack.");
    send(&mut p, "n");
    expect(&mut p, "Ana has the floor.");
    std::fs::write(&clock, "2026-11-23T19:02:05-05:00").unwrap();
    send(&mut p, "n");
    expect(&mut p, "Chen has the floor.");
    send(&mut p, "2\r");
    expect(&mut p, "Bo is on the stack.");
    // Chen is 75 seconds into her turn when the laptop dies.
    std::fs::write(&clock, "2026-11-23T19:03:20-05:00").unwrap();
    p.process_mut()
        .kill(nix::sys::signal::Signal::SIGKILL)
        .unwrap();
    let _ = p.process().wait();
    let journal = std::fs::read_to_string(log.join(".git/council-journal.toml")).unwrap();
    assert_eq!(journal.matches("[[convene.floor]]").count(), 5, "{journal}");
    assert!(
        journal.contains("at = \"2026-11-23T19:02:05-05:00\"\nkind = \"start\"\nname = \"Chen\""),
        "{journal}"
    );

    let mut p = spawn(&env, &clock, &["--log", "log", "resume"]);
    expect(&mut p, "floor: 1 waiting, talk time Ana 2:05, Chen 1:15");
    // The same speaker, the same clock, the same stack, the same talk times.
    expect(&mut p, "Speaking: Chen  1:15 this turn, 1:15 in all");
    expect(&mut p, "1.  Bo");
    expect(&mut p, "2:05");
    expect(&mut p, "1:15");
    std::fs::write(&clock, "2026-11-23T19:04:00-05:00").unwrap();
    send(&mut p, "n");
    expect(&mut p, "Bo has the floor.");
    send(&mut p, "d");
    let proposal = steps
        .iter()
        .position(|s| s.0 == "What is the proposal")
        .unwrap();
    play(&mut p, &steps[proposal..]);
    p.exp_eof().unwrap();
    let minutes = std::fs::read_to_string(log.join(MINUTES)).unwrap();
    // Ana 2:05, Chen 1:55, Bo 0:00: three turns, 4:00 of talk.
    assert!(
        minutes.contains(
            "## Discussion\n\n3 of the 4 present spoke, in 3 turns, for 4:00 of talk in all. \
             The two who spoke most held 100% of it; the Gini coefficient of talk time is 0.51"
        ),
        "{minutes}"
    );
    assert!(
        minutes.contains("[floor]\nrecord = \"summary\""),
        "{minutes}"
    );
    env.ok(&["--log", "log", "verify"]);
}

#[test]
fn the_floor_redraws_on_resize_down_to_a_tiny_terminal_and_back_without_color() {
    let env = TestEnv::new();
    env.init_log("log");
    let clock = env.write("clock", "2026-11-23T19:00:00-05:00");
    let steps = script();
    let floor = to_the_floor();
    let mut p = spawn(&env, &clock, &["--log", "log", "convene"]);
    play(&mut p, &steps[..floor]);
    resize(&p, 80, 24);
    let first = expect(&mut p, "Present: talk time");
    resize(&p, 18, 5);
    let tiny = expect(&mut p, "enlarge the window");
    // Keys still work while it is tiny; the event is journaled and shown once there is room.
    send(&mut p, "1\r");
    resize(&p, 100, 30);
    let back = expect(&mut p, "1.  Ana");
    expect(&mut p, "Ana is on the stack.");
    send(&mut p, "?");
    let help = expect(&mut p, "Keys (Esc closes)");
    send(&mut p, "\x1b");
    send(&mut p, "i");
    let reminders = expect(&mut p, "Protocol reminders");
    expect(
        &mut p,
        "Legal support: Write the number of a legal support line here",
    );
    send(&mut p, "d");
    let after = expect(&mut p, "What is the proposal");
    // NO_COLOR: no foreground or background color in anything the floor drew.
    for text in [&first, &tiny, &back, &help, &reminders, &after] {
        for sgr in [
            "\x1b[38;", "\x1b[48;", "\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[41m",
        ] {
            assert!(!text.contains(sgr), "{sgr:?} in {text:?}");
        }
    }
    // The alternate screen is left and the cursor shown again before the next prompt.
    assert!(after.contains("\x1b[?1049l"), "{after:?}");
    assert!(after.contains("\x1b[?25h"), "{after:?}");
}

#[test]
fn ctrl_c_on_the_floor_keeps_every_event_and_restores_the_terminal() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let clock = env.write("clock", "2026-11-23T19:00:00-05:00");
    let steps = script();
    let floor = to_the_floor();
    let mut p = spawn(&env, &clock, &["--log", "log", "convene"]);
    play(&mut p, &steps[..floor]);
    // Keys count once the floor is drawn (the terminal is raw from then on).
    expect(&mut p, "The floor: The bench is broken");
    send(&mut p, "ob\r");
    expect(&mut p, "Bo has a point of process: first.");
    p.send_control('c').unwrap();
    p.flush().unwrap();
    let rest = p.exp_eof().unwrap();
    let status = p.process().wait().unwrap();
    assert!(
        matches!(status, nix::sys::wait::WaitStatus::Exited(_, 1)),
        "{status:?}\n{rest}"
    );
    assert!(rest.contains("Interrupted. Every answer given"), "{rest:?}");
    assert!(rest.contains("\x1b[?1049l"), "{rest:?}");
    let journal = std::fs::read_to_string(log.join(".git/council-journal.toml")).unwrap();
    assert!(
        journal.contains("kind = \"point\"\nname = \"Bo\""),
        "{journal}"
    );
}

#[test]
fn the_proposal_prompt_goes_back_to_the_floor_until_the_decision() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let clock = env.write("clock", "2026-11-23T19:00:00-05:00");
    let steps = script();
    let floor = to_the_floor();
    let mut p = spawn(&env, &clock, &["--log", "log", "convene"]);
    play(&mut p, &steps[..floor + 3]);
    expect(&mut p, "(/floor goes back to the floor)");
    send(&mut p, "/floor\r");
    // Back on the floor with what it held: Bo spoke once.
    expect(&mut p, "The floor: The bench is broken");
    expect(&mut p, "Paused: Bo (p gives them the floor back)");
    send(&mut p, "d");
    let proposal = steps
        .iter()
        .position(|s| s.0 == "What is the proposal")
        .unwrap();
    play(&mut p, &steps[proposal..]);
    p.exp_eof().unwrap();
    let minutes = std::fs::read_to_string(log.join(MINUTES)).unwrap();
    assert!(
        minutes.contains("1 of the 4 present spoke, in 1 turn"),
        "{minutes}"
    );
}

/// A council run from a file, its discussion kept with the Gini coefficient `gini`.
fn answers_with_floor(n: usize, gini: &str) -> String {
    format!(
        "issue = \"Problem {n}\"\nstarted = \"2026-11-{:02}T19:00:00-05:00\"\n\
         [[attendees]]\nname = \"Ana\"\n[[attendees]]\nname = \"Bo\"\n[[attendees]]\nname = \"Chen\"\nfacilitated_elsewhere = true\n\
         [draw]\nsources = [\"{n} 7\"]\n\n[decision]\nproposal = \"p\"\noutcome = \"adopted\"\nstatement = \"s\"\n\n\
         [sovereignty]\ngained = \"Something of our own, number {n}\"\nwithout_permission = true\n\n\
         [floor]\nrecord = \"summary\"\npresent = 3\nspoke = 2\nturns = 4\nseconds = 600\ntop_two_seconds = 600\ngini = {gini}\n",
        n + 1
    )
}

#[test]
fn stats_show_the_talk_time_gini_council_by_council() {
    let env = TestEnv::new();
    env.init_log("log");
    // A misspelled table is refused, never ignored.
    let a = env.write(
        "a.toml",
        &answers_with_floor(1, "0.5").replace("[floor]", "[unused]"),
    );
    let plain = env.run(&["--log", "log", "run", "--dry-run", &a]);
    assert!(!plain.status.success(), "an unknown table is refused");
    for (n, gini) in [(1, "0.5"), (2, "0.25")] {
        let file = env.write(&format!("{n}.toml"), &answers_with_floor(n, gini));
        env.ok(&["--log", "log", "-q", "run", &file]);
    }
    let out = crate::env::stdout(&env.ok(&["--log", "log", "stats"]));
    assert!(
        out.contains("Talk time on the floor, council by council"),
        "{out}"
    );
    let lines: Vec<&str> = out.lines().filter(|l| l.contains("problem-")).collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].contains("2026-11-02  0.50  ██████████░░░░░░░░░░  2026-11-02-problem-1"),
        "{out}"
    );
    assert!(
        lines[1].contains("2026-11-03  0.25  █████░░░░░░░░░░░░░░░  2026-11-03-problem-2"),
        "{out}"
    );
    let json = crate::env::stdout(&env.ok(&["--log", "log", "stats", "--json"]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let gini: Vec<f64> = v["talk_time"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["gini"].as_f64().unwrap())
        .collect();
    assert_eq!(gini, [0.5, 0.25]);
    env.ok(&["--log", "log", "verify"]);
}

#[test]
fn a_record_of_the_floor_that_cannot_hold_is_refused() {
    let env = TestEnv::new();
    env.init_log("log");
    let bad = answers_with_floor(1, "1.5");
    let file = env.write("bad.toml", &bad);
    let out = env.run(&["--log", "log", "run", &file]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        crate::env::stderr(&out).contains("a Gini coefficient is between 0 and 1"),
        "{}",
        crate::env::stderr(&out)
    );
}

#[test]
fn pausing_and_giving_the_floor_back_is_still_one_turn() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let clock = env.write("clock", "2026-11-23T19:00:00-05:00");
    let steps = script();
    let floor = to_the_floor();
    let mut p = spawn(&env, &clock, &["--log", "log", "convene"]);
    play(&mut p, &steps[..floor]);
    expect(&mut p, "The floor: The bench is broken");
    send(&mut p, "2\r");
    expect(&mut p, "Bo is on the stack.");
    send(&mut p, "n");
    expect(&mut p, "Bo has the floor.");
    std::fs::write(&clock, "2026-11-23T19:01:00-05:00").unwrap();
    send(&mut p, "p");
    expect(&mut p, "Bo's clock is paused.");
    std::fs::write(&clock, "2026-11-23T19:02:00-05:00").unwrap();
    send(&mut p, "p");
    expect(&mut p, "Bo has the floor again.");
    std::fs::write(&clock, "2026-11-23T19:03:00-05:00").unwrap();
    send(&mut p, "d");
    let proposal = steps
        .iter()
        .position(|s| s.0 == "What is the proposal")
        .unwrap();
    play(&mut p, &steps[proposal..]);
    p.exp_eof().unwrap();
    let minutes = std::fs::read_to_string(log.join(MINUTES)).unwrap();
    // Bo spoke 1:00, paused a minute, went on 1:00: one turn, 2:00 of talk.
    assert!(
        minutes.contains("1 of the 4 present spoke, in 1 turn, for 2:00 of talk in all."),
        "{minutes}"
    );
}

#[test]
fn a_hand_edited_floor_event_that_cannot_apply_is_refused() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let clock = env.write("clock", "2026-11-23T19:00:00-05:00");
    let steps = script();
    let floor = to_the_floor();
    let mut p = spawn(&env, &clock, &["--log", "log", "convene"]);
    play(&mut p, &steps[..floor]);
    expect(&mut p, "The floor: The bench is broken");
    send(&mut p, "2\r");
    expect(&mut p, "Bo is on the stack.");
    send(&mut p, "n");
    expect(&mut p, "Bo has the floor.");
    p.process_mut()
        .kill(nix::sys::signal::Signal::SIGKILL)
        .unwrap();
    let _ = p.process().wait();
    let path = log.join(".git/council-journal.toml");
    let journal = std::fs::read_to_string(&path).unwrap();
    assert!(
        journal.contains("kind = \"start\"\nname = \"Bo\""),
        "{journal}"
    );
    // By hand: the one who took the floor is now someone who was never there.
    std::fs::write(
        &path,
        journal.replace(
            "kind = \"start\"\nname = \"Bo\"",
            "kind = \"start\"\nname = \"Mallory\"",
        ),
    )
    .unwrap();
    let mut p = spawn(&env, &clock, &["--log", "log", "resume"]);
    let out = p.exp_eof().unwrap();
    let status = p.process().wait().unwrap();
    assert!(
        !matches!(status, nix::sys::wait::WaitStatus::Exited(_, 0)),
        "{status:?}\n{out}"
    );
    assert!(
        out.contains("Mallory"),
        "the error names the event: {out:?}"
    );
    assert!(!out.contains("The floor: The bench is broken"), "{out:?}");
}
