//! Regression tests for input that used to panic, overflow or hang (issue "One honest
//! write path"): each is refused with a clear message and exit code 1, never a panic.

use crate::env::{ANSWERS, TestEnv};
use std::path::{Path, PathBuf};

fn log_with_council(env: &TestEnv) -> PathBuf {
    let log = env.init_log("log");
    let answers = env.write("answers.toml", ANSWERS);
    env.ok(&["--log", "log", "run", &answers]);
    log
}

fn no_panic(stderr: &str) {
    assert!(
        !stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"),
        "{stderr}"
    );
}

/// Commits `text` at `path` in the log with plain git, as anyone with push access could.
fn commit_by_hand(env: &TestEnv, log: &Path, path: &str, text: &str) {
    let full = log.join(path);
    std::fs::create_dir_all(full.parent().unwrap()).unwrap();
    std::fs::write(full, text).unwrap();
    env.git(log, &["add", path]);
    env.git(log, &["commit", "-q", "-m", "by hand"]);
}

#[test]
fn a_task_id_with_accents_does_not_panic() {
    let env = TestEnv::new();
    log_with_council(&env);
    let err = env.fails(
        &[
            "--log",
            "log",
            "report",
            "aéééééééééé#1",
            "--status",
            "done",
        ],
        1,
    );
    no_panic(&err);
    assert!(err.contains("is not a task id"), "{err}");
}

#[test]
fn a_ten_megabyte_name_is_refused_quickly() {
    let env = TestEnv::new();
    env.init_log("log");
    // A 10 MB name: the field is named with its limit.
    let huge = "A".repeat(10 * 1024 * 1024);
    let answers = env.write(
        "huge.toml",
        &ANSWERS.replacen("name = \"Ana\"", &format!("name = \"{huge}\""), 1),
    );
    let err = env.fails(&["--log", "log", "run", &answers], 1);
    no_panic(&err);
    assert!(
        err.contains("`attendees[1].name` is 10485760 characters long: at most 100 are allowed"),
        "{err}"
    );
    // A file larger than any answers is refused before it is read.
    let huger = "A".repeat(20 * 1024 * 1024);
    let answers = env.write(
        "huger.toml",
        &ANSWERS.replacen("name = \"Ana\"", &format!("name = \"{huger}\""), 1),
    );
    let err = env.fails(&["--log", "log", "run", &answers], 1);
    assert!(
        err.contains("is 20.0 MiB long: at most 16.0 MiB is read"),
        "{err}"
    );
    // Under the size of a file, the field is named with its limit.
    let big = "A".repeat(1024 * 1024);
    let answers = env.write(
        "big.toml",
        &ANSWERS.replacen("name = \"Ana\"", &format!("name = \"{big}\""), 1),
    );
    let err = env.fails(&["--log", "log", "run", &answers], 1);
    assert!(
        err.contains("`attendees[1].name` is 1048576 characters long: at most 100 are allowed"),
        "{err}"
    );
}

#[test]
fn a_hundred_thousand_attendees_are_refused_not_checked_quadratically() {
    let env = TestEnv::new();
    env.init_log("log");
    let mut text = ANSWERS.to_string();
    for n in 0..100_000 {
        text.push_str(&format!("\n[[attendees]]\nname = \"P{n}\"\n"));
    }
    let answers = env.write("crowd.toml", &text);
    let err = env.fails(&["--log", "log", "run", &answers], 1);
    no_panic(&err);
    assert!(
        err.contains("`attendees` has 100004 entries: at most 1000 are allowed"),
        "{err}"
    );
}

#[test]
fn year_zero_is_refused() {
    let env = TestEnv::new();
    env.init_log("log");
    let answers = env.write(
        "zero.toml",
        &ANSWERS.replace("2026-11-23T19:00:00-05:00", "0000-11-23T19:00:00-05:00"),
    );
    let err = env.fails(&["--log", "log", "run", &answers], 1);
    assert!(err.contains("year 0: dates run from 1970 to 9999"), "{err}");
}

#[test]
fn notes_over_their_limit_are_refused() {
    let env = TestEnv::new();
    log_with_council(&env);
    let note = "n".repeat(10_001);
    let err = env.fails(
        &[
            "--log",
            "log",
            "report",
            "2026-11-23-the-bench-is-broken#1",
            "--status",
            "done",
            "--note",
            &note,
        ],
        1,
    );
    assert!(
        err.contains("`--note` is 10001 characters long: at most 10000"),
        "{err}"
    );
    let err = env.fails(
        &[
            "--log",
            "log",
            "correct",
            "2026-11-23-the-bench-is-broken",
            "--note",
            &note,
        ],
        1,
    );
    assert!(err.contains("`--note` is 10001 characters long"), "{err}");
}

#[test]
fn a_huge_file_committed_by_hand_is_refused_by_name() {
    let env = TestEnv::new();
    let log = log_with_council(&env);
    let path = "reports/2026/2026-11-24-huge.md";
    commit_by_hand(&env, &log, path, &"x".repeat(33 * 1024 * 1024));
    let err = env.fails(&["--log", "log", "tasks"], 1);
    no_panic(&err);
    assert!(
        err.contains(path) && err.contains("at most 32.0 MiB"),
        "{err}"
    );
}
