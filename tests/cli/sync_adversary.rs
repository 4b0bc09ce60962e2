//! Adversary findings on `council sync` and `council federation` (issue 12).
//!
//! Each test pins a promise of README.md / ARCHITECTURE.md that an adversarial pass
//! found broken, and keeps it now that it is fixed.

use crate::env::{TestEnv, stderr, stdout};
use crate::sync::{answers, two_laptops, url};
use std::path::Path;

fn set_config(env: &TestEnv, log: &Path, from: &str, to: &str) {
    let path = log.join("council.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{text}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    env.git(log, &["commit", "--quiet", "-am", "Change the settings"]);
}

#[test]
fn report_backs_on_one_task_on_two_laptops_the_same_day_converge() {
    let mut env = TestEnv::new();
    let (_, a, b) = two_laptops(&env);
    env.ok(&[
        "--log",
        "a",
        "run",
        &answers(&env, "first", "The bench is broken"),
    ]);
    env.ok(&["--log", "a", "sync"]);
    env.ok(&["--log", "b", "sync"]);
    // The next day, offline: each laptop records a report-back on the same task.
    env.now = "2026-11-24T10:00:00-05:00".to_string();
    env.ok(&[
        "--log",
        "a",
        "report",
        "2026-11-23-the-bench-is-broken#1",
        "--status",
        "done",
    ]);
    env.now = "2026-11-24T11:00:00-05:00".to_string();
    env.ok(&[
        "--log",
        "b",
        "report",
        "2026-11-23-the-bench-is-broken#1",
        "--status",
        "done",
    ]);
    env.ok(&["--log", "a", "sync"]);
    // Each report-back is named by its filing time to the second, so the two files merge
    // (both once named reports/2026/2026-11-24-2026-11-23-the-bench-is-broken-1.md).
    let out = env.run(&["--log", "b", "sync"]);
    assert!(out.status.success(), "{}", stderr(&out));
    env.ok(&["--log", "a", "sync"]);
    assert_eq!(env.head(&a), env.head(&b));
    env.ok(&["--log", "a", "verify"]);
    env.ok(&["--log", "b", "verify"]);
    let reports = env.git(&a, &["ls-tree", "-r", "--name-only", "HEAD", "reports"]);
    assert_eq!(
        reports,
        "reports/2026/2026-11-24-100000-the-bench-is-broken-1.md\n\
         reports/2026/2026-11-24-110000-the-bench-is-broken-1.md\n"
    );
}

#[test]
fn the_readme_of_a_merge_is_generated_with_the_merged_logs_settings() {
    let env = TestEnv::new();
    let (_, a, b) = two_laptops(&env);
    // Laptop a renames the neighborhood and holds a council; laptop b holds one too.
    set_config(
        &env,
        &a,
        "name = \"Neighborhood Flash Council\"",
        "name = \"Elm Street\"",
    );
    env.ok(&[
        "--log",
        "a",
        "run",
        &answers(&env, "first", "The bench is broken"),
    ]);
    env.ok(&[
        "--log",
        "b",
        "run",
        &answers(&env, "second", "The streetlight is out"),
    ]);
    env.ok(&["--log", "a", "sync"]);
    env.ok(&["--log", "b", "sync"]);
    let config = std::fs::read_to_string(b.join("council.toml")).unwrap();
    assert!(config.contains("name = \"Elm Street\""), "{config}");
    // The merged log is called Elm Street, and so is its README.
    let readme = std::fs::read_to_string(b.join("README.md")).unwrap();
    assert!(readme.contains("# Elm Street: public log"), "{readme}");
    env.ok(&["--log", "a", "sync"]);
    let readme = std::fs::read_to_string(a.join("README.md")).unwrap();
    assert!(readme.contains("# Elm Street: public log"), "{readme}");
}

#[test]
fn sync_never_brings_in_councils_that_fail_verify() {
    let env = TestEnv::new();
    let (origin, a, b) = two_laptops(&env);
    env.ok(&[
        "--log",
        "a",
        "run",
        &answers(&env, "first", "The bench is broken"),
    ]);
    env.ok(&[
        "--log",
        "b",
        "run",
        &answers(&env, "second", "The streetlight is out"),
    ]);
    env.ok(&["--log", "a", "sync"]);
    // Someone rewrites origin: the council's minutes are edited and force-pushed.
    let file = a.join("minutes/2026/2026-11-23-the-bench-is-broken.md");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("facilitator = \"Dara\""), "{text}");
    std::fs::write(
        &file,
        text.replacen("facilitator = \"Dara\"", "facilitator = \"Ana\"", 1),
    )
    .unwrap();
    env.git(&a, &["commit", "--quiet", "--amend", "-a", "--no-edit"]);
    env.git(&a, &["push", "--quiet", "--force", "origin", "main"]);
    let before = env.head(&b);
    // Today: "Merged ... Pushed", exit 0, and `verify` fails on b afterwards.
    let out = env.run(&["--log", "b", "sync"]);
    if out.status.success() {
        env.ok(&["--log", "b", "verify"]);
    } else {
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(err.contains("fail `council verify`"), "{err}");
        assert!(
            err.contains("minutes/2026/2026-11-23-the-bench-is-broken.md"),
            "{err}"
        );
        assert_eq!(env.head(&b), before, "a refused sync changes nothing");
        env.ok(&["--log", "b", "verify"]);
        assert_ne!(env.head(&origin), before, "nothing pushed");
    }
}

#[test]
fn a_peer_cannot_pass_its_councils_off_as_the_logs_own() {
    let env = TestEnv::new();
    let (_, a, _) = two_laptops(&env);
    env.ok(&[
        "--log",
        "a",
        "run",
        &answers(&env, "first", "The bench is broken"),
    ]);
    env.ok(&["init", "maple", "--name", "Neighborhood Flash Council"]);
    env.ok(&[
        "--log",
        "maple",
        "run",
        &answers(&env, "maple", "The tool library is closed"),
    ]);
    let mut text = std::fs::read_to_string(a.join("council.toml")).unwrap();
    text.push_str(&format!(
        "\n[[peers]]\nname = \"Maple Row\"\nurl = {:?}\n",
        url(&env.path("maple"))
    ));
    std::fs::write(a.join("council.toml"), text).unwrap();
    env.git(&a, &["commit", "--quiet", "-am", "Read the neighbors"]);
    env.ok(&["--log", "a", "sync"]);
    let json = stdout(&env.ok(&["--log", "a", "federation", "log", "--json"]));
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    let own: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["neighborhood"] == "Neighborhood Flash Council")
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    // The peer's rows are tagged with its name in [[peers]], its own claim beside it.
    assert_eq!(own, ["2026-11-23-the-bench-is-broken"], "{json}");
    let array = rows.as_array().unwrap();
    let own: Vec<&str> = array
        .iter()
        .filter(|r| r["own"] == true)
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(own, ["2026-11-23-the-bench-is-broken"], "{json}");
    let peer = array.iter().find(|r| r["own"] == false).unwrap();
    assert_eq!(peer["neighborhood"], "Maple Row", "{json}");
    assert_eq!(peer["calls_itself"], "Neighborhood Flash Council", "{json}");
    let out = stdout(&env.ok(&["--log", "a", "federation", "log"]));
    assert!(
        out.contains("Maple Row (calls itself \"Neighborhood Flash Council\")"),
        "{out}"
    );
    assert!(
        out.contains("Neighborhood Flash Council (this log)"),
        "{out}"
    );
}
