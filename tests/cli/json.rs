//! Every `--json` output, pinned by a snapshot (insta) of the real binary's output on the
//! example log: a field renamed, dropped or retyped shows here as a diff to accept or refuse.
//! Commit ids are replaced by `[commit]` (short ones by `[short]`), so a README wording
//! change does not churn them.
//!
//! After a deliberate change: `cargo insta review` (or `INSTA_UPDATE=always cargo test --test
//! cli json::`), and say what changed in docs/json.md.

use crate::env::{TestEnv, stdout};
use crate::examples::examples_log;

/// Replaces every run of 40 hexadecimal digits (a commit id) with `[commit]`, and of 10 (a
/// short id) with `[short]`.
fn redact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut after_word = false;
    while let Some(c) = rest.chars().next() {
        let run = rest
            .bytes()
            .take_while(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
            .count();
        let alone = !after_word
            && !rest[run..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric());
        let (taken, with) = match run {
            40 if alone => (run, "[commit]"),
            // A commit's short id in a message: it moves whenever any file of the log does.
            10 if alone => (run, "[short]"),
            0 => (c.len_utf8(), &rest[..c.len_utf8()]),
            _ => (run, &rest[..run]),
        };
        out.push_str(with);
        after_word = rest[..taken]
            .chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric());
        rest = &rest[taken..];
    }
    out
}

fn json(env: &TestEnv, args: &[&str]) -> String {
    let mut full = vec!["--log", "log"];
    full.extend(args);
    let text = stdout(&env.ok(&full));
    serde_json::from_str::<serde_json::Value>(&text).expect("--json prints JSON");
    redact(&text)
}

#[test]
fn read_outputs() {
    let mut env = TestEnv::new();
    examples_log(&mut env);
    insta::assert_snapshot!("log", json(&env, &["log", "--json"]));
    insta::assert_snapshot!(
        "show",
        json(
            &env,
            &[
                "show",
                "2026-11-21-the-streetlight-on-maple-has-been-out",
                "--json"
            ]
        )
    );
    insta::assert_snapshot!("tasks", json(&env, &["tasks", "--json"]));
    insta::assert_snapshot!("ledger", json(&env, &["ledger", "--json"]));
    insta::assert_snapshot!("stats", json(&env, &["stats", "--json"]));
    insta::assert_snapshot!("delegates", json(&env, &["delegates", "--json"]));
    insta::assert_snapshot!("verify", json(&env, &["verify", "--json"]));
    insta::assert_snapshot!(
        "federation_log",
        json(&env, &["federation", "log", "--json"])
    );
    insta::assert_snapshot!(
        "federation_tasks",
        json(&env, &["federation", "tasks", "--json"])
    );
    insta::assert_snapshot!(
        "federation_delegates",
        json(&env, &["federation", "delegates", "--json"])
    );
    insta::assert_snapshot!(
        "federation_verify",
        json(&env, &["federation", "verify", "--json"])
    );
}

#[test]
fn write_outputs() {
    let mut env = TestEnv::new();
    env.now = "2026-11-16T21:00:00-05:00".to_string();
    let bench = crate::env::example("the-bench-is-broken.toml");
    insta::assert_snapshot!(
        "run_dry_run",
        json(&env, &["run", "--init", "--dry-run", &bench, "--json"])
    );
    insta::assert_snapshot!("run", json(&env, &["run", "--init", &bench, "--json"]));
    insta::assert_snapshot!("run_again", json(&env, &["run", &bench, "--json"]));
    insta::assert_snapshot!(
        "report",
        json(
            &env,
            &[
                "report",
                "2026-11-16-the-bench-at-elm-and-5th-is-broken#1",
                "--status",
                "done",
                "--collected",
                "40",
                "--spent",
                "38.5",
                "--json",
            ]
        )
    );
    insta::assert_snapshot!(
        "correct",
        json(
            &env,
            &[
                "correct",
                "2026-11-16-the-bench-at-elm-and-5th-is-broken",
                "--note",
                "Chen stood aside; the minutes say opted out",
                "--json",
            ]
        )
    );
    env.git(env.dir.path(), &["init", "-q", "--bare", "origin.git"]);
    let origin = format!("file://{}", env.path("origin.git").display());
    env.git(&env.path("log"), &["remote", "add", "origin", &origin]);
    let synced = json(&env, &["sync", "--json"]).replace(&origin, "file://[origin]");
    insta::assert_snapshot!("sync", synced);
}

#[test]
fn draw_output() {
    let env = TestEnv::new();
    let text = stdout(&env.ok(&[
        "draw",
        "--pool",
        "Ana",
        "--pool",
        "Bo",
        "--pool",
        "Chen",
        "--pool",
        "Dara",
        "--source",
        "9319",
        "--source",
        "2 5 12 8 10",
        "--count",
        "2",
        "--json",
    ]));
    insta::assert_snapshot!("draw", text);
}

#[test]
fn a_failing_verify_names_file_and_problem() {
    let mut env = TestEnv::new();
    examples_log(&mut env);
    let file = "minutes/2026/2026-11-16-the-bench-at-elm-and-5th-is-broken.md";
    let path = env.path("log").join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("selected = \"Bo\"", "selected = \"Ana\""),
    )
    .unwrap();
    env.git(
        &env.path("log"),
        &["commit", "-qam", "Ana facilitates, says the file"],
    );
    let out = env.run(&["--log", "log", "verify", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let text = redact(&stdout(&out));
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let bad: Vec<&serde_json::Value> = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["ok"] == false)
        .collect();
    assert!(!bad.is_empty(), "{text}");
    for checked in &bad {
        for p in checked["problems"].as_array().unwrap() {
            assert_eq!(p["file"], checked["file"], "{text}");
            assert!(
                p["message"].as_str().is_some_and(|m| !m.is_empty()),
                "{text}"
            );
        }
    }
    // The forged step is named as a script reads it: the step, the field, both values.
    let step = bad[0]["problems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["kind"] == "draw")
        .expect(&text);
    assert_eq!(step["step"], 0, "{text}");
    assert_eq!(step["field"], "draw.steps[0].selected", "{text}");
    assert_eq!(step["expected"], "Bo", "{text}");
    assert_eq!(step["found"], "Ana", "{text}");
    assert!(
        bad[0]["problems"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["kind"] == "append-only"),
        "{text}"
    );
    insta::assert_snapshot!("verify_failing", text);
}

#[test]
fn verify_json_is_the_same_in_every_terminal_language() {
    let mut env = TestEnv::new();
    crate::examples::examples_log(&mut env);
    let file = "minutes/2026/2026-11-16-the-bench-at-elm-and-5th-is-broken.md";
    let path = env.path("log").join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("selected = \"Bo\"", "selected = \"Ana\""),
    )
    .unwrap();
    env.git(&env.path("log"), &["commit", "-qam", "Forged"]);
    let english = stdout(&env.run(&["--log", "log", "verify", "--json"]));
    for lang in ["fr", "es"] {
        let out = env.run(&["--log", "log", "--lang", lang, "verify", "--json"]);
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(stdout(&out), english, "--lang {lang}");
    }
    // The human output of the same check speaks the terminal's language.
    let said = stdout(&env.run(&["--log", "log", "--lang", "fr", "verify"]));
    assert!(
        said.contains("recalculé") || said.contains("modifié"),
        "{said}"
    );
}
