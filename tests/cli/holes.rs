//! Regression tests for the ways the lot, the rotation and the log could be gamed
//! (issue "A lot no one can game"), each named after the hole and each trying it
//! as an adversary would: files crafted and committed with plain git.

use crate::env::{ANSWERS, TestEnv, stderr, stdout};
use std::path::{Path, PathBuf};

const FILE: &str = "minutes/2026/2026-11-23-the-bench-is-broken.md";

/// A second council a week later, with the same people.
const LATER: &str = r#"
issue = "The streetlight is out"
started = "2026-11-30T19:00:00-05:00"

[[attendees]]
name = "Ana"
[[attendees]]
name = "Bo"
[[attendees]]
name = "Chen"
[[attendees]]
name = "Dara"

[draw]
sources = ["7 7 2", "19"]
support = "Chen"

[decision]
proposal = "Call the city"
outcome = "adopted"
statement = "Ana calls on Monday"
"#;
const LATER_FILE: &str = "minutes/2026/2026-11-30-the-streetlight-is-out.md";

fn later_env() -> TestEnv {
    let mut env = TestEnv::new();
    env.now = "2026-11-30T19:40:00-05:00".into();
    env
}

fn log_with_council(env: &TestEnv) -> PathBuf {
    let log = env.init_log("log");
    let answers = env.write("answers.toml", ANSWERS);
    env.ok(&["--log", "log", "run", &answers]);
    log
}

fn json(env: &TestEnv, args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&stdout(&env.ok(args))).unwrap()
}

fn verify_fails(env: &TestEnv) -> String {
    let out = env.run(&["--log", "log", "verify"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    stdout(&out)
}

/// Commits `text` at `path` in the log with plain git, as anyone with push access could.
fn commit_by_hand(env: &TestEnv, log: &Path, path: &str, text: &str, message: &str) {
    let full = log.join(path);
    std::fs::create_dir_all(full.parent().unwrap()).unwrap();
    std::fs::write(full, text).unwrap();
    env.git(log, &["add", path]);
    env.git(log, &["commit", "-q", "-m", message]);
}

#[test]
fn a_council_drawn_against_an_older_history_fails_verify() {
    let env = later_env();
    let log = log_with_council(&env);
    let first_commit = env.git(&log, &["rev-list", "--max-parents=0", "HEAD"]);
    let first_commit = first_commit.trim();
    // Draw the second council against the log before the first council: its facilitator
    // is back in the pool. Done on a branch, then the file is committed to main by hand.
    env.git(&log, &["checkout", "-q", "-b", "old", first_commit]);
    let later = env.write("later.toml", LATER);
    env.ok(&["--log", "log", "run", &later]);
    let forged = std::fs::read_to_string(log.join(LATER_FILE)).unwrap();
    assert!(forged.contains(&format!("history = \"{first_commit}\"")));
    env.git(&log, &["checkout", "-q", "main"]);
    commit_by_hand(&env, &log, LATER_FILE, &forged, "A council");

    let text = verify_fails(&env);
    assert!(
        text.contains(&format!(
            "FAIL  {LATER_FILE}: history {} is not the log as it was",
            &first_commit[..10]
        )),
        "{text}"
    );
    assert!(
        text.contains(FILE),
        "the council in between is named: {text}"
    );
}

#[test]
fn a_council_without_history_fails_verify_when_the_log_held_councils() {
    let env = later_env();
    let log = log_with_council(&env);
    let later = env.write("later.toml", LATER);
    let text = stdout(&env.ok(&["--log", "log", "run", "--dry-run", &later]));
    let head = env.head(&log);
    let forged = text.replace(&format!("history = \"{head}\"\n"), "");
    assert_ne!(forged, text);
    commit_by_hand(&env, &log, LATER_FILE, &forged, "A council");
    let out = verify_fails(&env);
    assert!(
        out.contains(&format!(
            "FAIL  {LATER_FILE}: the minutes name no history, but the log they were added to already held councils"
        )),
        "{out}"
    );
}

#[test]
fn the_first_council_without_history_still_verifies() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let answers = env.write("answers.toml", ANSWERS);
    let text = stdout(&env.ok(&["--log", "log", "run", "--dry-run", &answers]));
    let head = env.head(&log);
    let bare = text.replace(&format!("history = \"{head}\"\n"), "");
    commit_by_hand(&env, &log, FILE, &bare, "A council");
    env.ok(&["--log", "log", "verify"]);
}

#[test]
fn a_record_declaring_its_own_rotation_fails_verify() {
    let env = TestEnv::new();
    let log = log_with_council(&env);
    let path = log.join(FILE);
    let text = std::fs::read_to_string(&path).unwrap();
    // Self-consistent: the data block and the body both say uniform.
    let forged = text.replace("least-served", "uniform");
    assert!(forged.contains("rotation = \"uniform\""));
    env.git(&log, &["rm", "-q", FILE]);
    env.git(&log, &["commit", "-q", "-m", "Remove"]);
    commit_by_hand(&env, &log, FILE, &forged, "Re-add");
    let out = verify_fails(&env);
    assert!(
        out.contains("rotation: the minutes say \"uniform\", but council.toml in their history says \"least-served\""),
        "{out}"
    );
}

#[test]
fn an_uncommitted_council_toml_edit_is_reported_and_not_used() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let config = log.join("council.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(
        &config,
        text.replace("rotation = \"least-served\"", "rotation = \"uniform\""),
    )
    .unwrap();
    let answers = env.write("answers.toml", ANSWERS);
    let out = env.ok(&["--log", "log", "run", &answers]);
    assert!(
        stderr(&out).contains("council.toml has uncommitted changes, which are not used"),
        "{}",
        stderr(&out)
    );
    let minutes = std::fs::read_to_string(log.join(FILE)).unwrap();
    assert!(minutes.contains("rotation = \"least-served\""), "{minutes}");
    env.ok(&["--log", "log", "verify"]);
}

#[test]
fn a_committed_settings_change_applies_to_the_next_council_and_old_ones_still_verify() {
    let env = later_env();
    let log = log_with_council(&env);
    let config = log.join("council.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(
        &config,
        text.replace("rotation = \"least-served\"", "rotation = \"uniform\""),
    )
    .unwrap();
    env.git(&log, &["commit", "-q", "-am", "Draw uniformly from now on"]);
    let later = env.write("later.toml", LATER);
    env.ok(&["--log", "log", "run", &later]);
    let minutes = std::fs::read_to_string(log.join(LATER_FILE)).unwrap();
    assert!(minutes.contains("rotation = \"uniform\""), "{minutes}");
    env.ok(&["--log", "log", "verify"]);
}

#[test]
fn deleting_a_council_fails_verify_naming_the_commit() {
    let env = TestEnv::new();
    let log = log_with_council(&env);
    env.git(&log, &["rm", "-q", FILE]);
    env.git(&log, &["commit", "-q", "-m", "Forget it"]);
    let removal = env.head(&log);
    let out = verify_fails(&env);
    assert!(
        out.contains(&format!(
            "FAIL  {FILE}: removed by commit {}",
            &removal[..10]
        )),
        "{out}"
    );
}

#[test]
fn deleting_and_re_adding_an_edited_council_fails_verify() {
    let env = TestEnv::new();
    let log = log_with_council(&env);
    let text = std::fs::read_to_string(log.join(FILE)).unwrap();
    env.git(&log, &["rm", "-q", FILE]);
    env.git(&log, &["commit", "-q", "-m", "Remove"]);
    let removal = env.head(&log);
    let edited = text.replace("We fix it Saturday", "We fix it never");
    commit_by_hand(&env, &log, FILE, &edited, "Re-add");
    let readd = env.head(&log);
    let out = verify_fails(&env);
    assert!(
        out.contains(&format!("removed by commit {}", &removal[..10])),
        "{out}"
    );
    assert!(
        out.contains(&format!("added again by commit {}", &readd[..10])),
        "{out}"
    );
}

#[test]
fn removing_a_report_back_fails_verify() {
    let env = TestEnv::new();
    let log = log_with_council(&env);
    let out = env.ok(&[
        "--log",
        "log",
        "report",
        "2026-11-23-the-bench-is-broken#1",
        "--status",
        "done",
    ]);
    let path = stdout(&out).trim().to_string();
    env.git(&log, &["rm", "-q", &path]);
    env.git(&log, &["commit", "-q", "-m", "Forget the report"]);
    let out = verify_fails(&env);
    assert!(
        out.contains(&format!("FAIL  {path}: removed by commit")),
        "{out}"
    );
}

#[test]
fn an_id_is_never_given_again_after_a_deletion() {
    let env = TestEnv::new();
    let log = log_with_council(&env);
    env.git(&log, &["rm", "-q", FILE]);
    env.git(&log, &["commit", "-q", "-m", "Forget it"]);
    let answers = env.write("answers.toml", ANSWERS);
    let out = env.ok(&["--log", "log", "run", &answers]);
    assert_eq!(stdout(&out).trim(), "2026-11-23-the-bench-is-broken-2");
}

#[test]
fn a_name_in_other_capitals_does_not_dodge_the_rotation() {
    let env = later_env();
    let log = log_with_council(&env);
    let first = json(
        &env,
        &[
            "--log",
            "log",
            "show",
            "2026-11-23-the-bench-is-broken",
            "--json",
        ],
    );
    let led = first["facilitator"].as_str().unwrap().to_string();
    let lower = led.to_lowercase();
    let later = env.write(
        "later.toml",
        &LATER.replace(&format!("name = \"{led}\""), &format!("name = \"{lower}\"")),
    );
    env.ok(&["--log", "log", "run", &later]);
    let second = json(
        &env,
        &[
            "--log",
            "log",
            "show",
            "2026-11-30-the-streetlight-is-out",
            "--json",
        ],
    );
    let step = &second["draw"]["steps"][0];
    let pool: Vec<&str> = step["pool"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(
        !pool.iter().any(|n| n.to_lowercase() == lower),
        "{led} typed as {lower} is back in the pool: {pool:?}"
    );
    let left = step["left_out"].as_array().unwrap();
    assert!(
        left.iter()
            .any(|l| l["name"] == led.as_str() && l["why"] == "facilitated last time"),
        "{left:?}"
    );
    let attendee = second["attendees"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == led.as_str())
        .expect("written in the log's first spelling");
    assert_eq!(attendee["first_time"], false);
    assert!(
        !std::fs::read_to_string(log.join(LATER_FILE))
            .unwrap()
            .contains(&format!("\"{lower}\""))
    );
    let stats = json(&env, &["--log", "log", "stats", "--json"]);
    let text = stats.to_string();
    assert!(
        !text.contains(&format!("\"{lower}\"")),
        "stats count one person: {text}"
    );
    env.ok(&["--log", "log", "verify"]);
}

#[test]
fn a_data_block_given_to_run_is_a_dry_run_never_a_commit() {
    let env = later_env();
    let log = log_with_council(&env);
    let later = env.write("later.toml", LATER);
    let text = stdout(&env.ok(&["--log", "log", "run", "--dry-run", &later]));
    let head = env.head(&log);
    let file = env.write("minutes.md", &text);
    let out = env.ok(&["--log", "log", "run", &file]);
    assert_eq!(stdout(&out), text, "reproduced byte for byte");
    assert!(stderr(&out).contains("never committed"), "{}", stderr(&out));
    assert_eq!(env.head(&log), head, "nothing was committed");
}

#[test]
fn naming_a_support_never_vetoes_them_as_facilitator() {
    let answers = ANSWERS
        .replace("opt_out = true\n", "")
        .replace("support = \"Chen\"", "support = \"Ana\"");
    // Numbers that draw Ana, the support named, as facilitator (the pool is everyone, sorted).
    let env = TestEnv::new();
    let source = (1..200)
        .map(|n| n.to_string())
        .find(|n| {
            let v = json(
                &env,
                &[
                    "draw", "--pool", "Ana", "--pool", "Bo", "--pool", "Chen", "--pool", "Dara",
                    "--source", n, "--json",
                ],
            );
            v["selected"][0] == "Ana"
        })
        .unwrap();
    env.init_log("log");
    let file = env.write(
        "answers.toml",
        &answers.replace(
            "sources = [\"3 5 1 6\", \"42\"]",
            &format!("sources = [\"{source}\"]"),
        ),
    );
    env.ok(&["--log", "log", "run", &file]);
    let r = json(
        &env,
        &[
            "--log",
            "log",
            "show",
            "2026-11-23-the-bench-is-broken",
            "--json",
        ],
    );
    assert_eq!(r["facilitator"], "Ana");
    let last = r["draw"]["steps"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(
        last["role"], "support",
        "a support is drawn by the next step of the key"
    );
    assert_eq!(r["draw"]["support"], last["selected"]);
    assert_ne!(r["draw"]["support"], "Ana");
    env.ok(&["--log", "log", "verify"]);

    // Rolled numbers: whoever the lot draws, the council is never refused after the roll.
    let rolled = answers.replace("sources = [\"3 5 1 6\", \"42\"]\n", "");
    for n in 0..6 {
        let env = TestEnv::new();
        env.init_log("log");
        let file = env.write("answers.toml", &rolled);
        let out = env.run(&["--log", "log", "run", &file]);
        assert!(out.status.success(), "run {n}: {}", stderr(&out));
        let r = json(
            &env,
            &[
                "--log",
                "log",
                "show",
                "2026-11-23-the-bench-is-broken",
                "--json",
            ],
        );
        assert_ne!(r["draw"]["support"], r["facilitator"]);
        env.ok(&["--log", "log", "verify"]);
    }
}

#[test]
fn a_thousands_separator_in_a_source_is_refused_not_split() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let head = env.head(&log);
    let file = env.write(
        "answers.toml",
        &ANSWERS.replace("sources = [\"3 5 1 6\", \"42\"]", "sources = [\"1,000\"]"),
    );
    let err = env.fails(&["--log", "log", "run", &file], 1);
    assert!(err.contains("\"1,000\""), "{err}");
    assert_eq!(env.head(&log), head);
}

fn with_names(names: &[&str]) -> String {
    let mut text =
        String::from("issue = \"The bench is broken\"\nstarted = \"2026-11-23T19:00:00-05:00\"\n");
    for n in names {
        text.push_str(&format!(
            "[[attendees]]\nname = {}\n",
            toml::Value::from(*n)
        ));
    }
    text.push_str("[draw]\nsources = [\"3 5 1 6\", \"42\"]\n[decision]\noutcome = \"none\"\n");
    text
}

#[test]
fn one_person_in_two_unicode_forms_gets_one_chance_not_two() {
    let env = TestEnv::new();
    env.init_log("log");
    for (names, expected) in [
        (&["\u{c9}mile", "E\u{301}mile", "Bo"][..], "listed twice"),
        (&["Ana", "ANA", "Bo"][..], "listed twice"),
        // A Cyrillic capital A that looks like a Latin one.
        (&["Ana", "\u{410}na", "Bo"][..], "looks like"),
    ] {
        let file = env.write("answers.toml", &with_names(names));
        let err = env.fails(&["--log", "log", "run", &file], 1);
        assert!(err.contains(expected), "{names:?}: {err}");
    }
}

#[test]
fn a_name_with_an_invisible_character_is_refused() {
    let env = TestEnv::new();
    env.init_log("log");
    for name in ["Bo\u{200b}", "\u{202e}Bo", "B\u{200d}o"] {
        let file = env.write("answers.toml", &with_names(&["Ana", name, "Cy"]));
        let err = env.fails(&["--log", "log", "run", &file], 1);
        assert!(err.contains("invisible character (U+"), "{name:?}: {err}");
    }
}

#[test]
fn a_near_miss_of_a_known_name_gets_a_did_you_mean() {
    let env = later_env();
    env.init_log("log");
    // Fatima opts out, so she neither led nor spoke for the first council.
    let first = env.write(
        "first.toml",
        &with_names(&["Fatima", "Bo", "Cy"])
            .replace("name = \"Fatima\"\n", "name = \"Fatima\"\nopt_out = true\n"),
    );
    env.ok(&["--log", "log", "run", &first]);
    let second = env.write(
        "second.toml",
        &with_names(&["Fatma", "Bo", "Cy"]).replace("2026-11-23", "2026-11-30"),
    );
    let out = env.ok(&["--log", "log", "run", &second]);
    assert!(
        stderr(&out).contains("\"Fatma\" is new to this log: did you mean \"Fatima\"?"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_council_merged_from_another_laptop_verifies_and_a_rebased_one_does_not() {
    let env = later_env();
    let log = env.init_log("log");
    let origin = env.path("origin.git");
    env.git(
        env.dir.path(),
        &["clone", "-q", "--bare", "log", "origin.git"],
    );
    env.git(
        env.dir.path(),
        &["clone", "-q", origin.to_str().unwrap(), "laptop"],
    );
    // Two councils held offline the same week, one on each laptop.
    let answers = env.write("answers.toml", ANSWERS);
    env.ok(&["--log", "log", "run", &answers]);
    let later = env.write("later.toml", LATER);
    env.ok(&["--log", "laptop", "run", &later]);
    let laptop = env.path("laptop");
    env.git(&laptop, &["push", "-q", "origin", "HEAD:main"]);

    // Merged: each council keeps the commit that added it. (Both regenerated the README:
    // any side will do here; `sync` regenerates it in the merge.)
    env.git(&log, &["fetch", "-q", origin.to_str().unwrap(), "main"]);
    env.git(
        &log,
        &["merge", "-q", "-X", "ours", "--no-edit", "FETCH_HEAD"],
    );
    env.ok(&["--log", "log", "verify"]);

    // Rebased: the laptop's council is re-created on top of the other one.
    env.git(&log, &["reset", "-q", "--hard", "HEAD^1"]);
    env.git(&log, &["rebase", "-q", "-X", "ours", "FETCH_HEAD"]);
    let out = env.run(&["--log", "log", "verify"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(text.contains("is not the log as it was"), "{text}");
}

#[test]
fn a_correction_is_its_own_record_shown_beside_the_council() {
    let env = TestEnv::new();
    let log = log_with_council(&env);
    let minutes = std::fs::read_to_string(log.join(FILE)).unwrap();
    let out = env.ok(&[
        "--log",
        "log",
        "correct",
        "2026-11-23-the-bench-is-broken",
        "--note",
        "The statement should say Sunday, not Saturday",
    ]);
    let path = stdout(&out).trim().to_string();
    assert_eq!(
        path,
        "corrections/2026/2026-11-23-194100-the-bench-is-broken.md"
    );
    assert_eq!(
        std::fs::read_to_string(log.join(FILE)).unwrap(),
        minutes,
        "minutes unchanged"
    );
    let show = stdout(&env.ok(&["--log", "log", "show", "2026-11-23-the-bench-is-broken"]));
    assert!(
        show.contains("Correction of 2026-11-23: The statement should say Sunday"),
        "{show}"
    );
    let v = json(
        &env,
        &[
            "--log",
            "log",
            "show",
            "2026-11-23-the-bench-is-broken",
            "--json",
        ],
    );
    assert_eq!(
        v["corrections"][0]["note"],
        "The statement should say Sunday, not Saturday"
    );
    assert_eq!(
        v["id"], "2026-11-23-the-bench-is-broken",
        "the record's fields stay at the top"
    );
    let readme = std::fs::read_to_string(log.join("README.md")).unwrap();
    assert!(readme.contains("## Corrections"), "{readme}");
    assert!(readme.contains("(corrected: see below)"), "{readme}");
    assert_eq!(env.git(&log, &["status", "--porcelain"]), "");
    // A second correction gets its own file; both verify.
    let out = env.ok(&[
        "--log",
        "log",
        "correct",
        "2026-11-23-the-bench-is-broken",
        "--note",
        "And at 11am",
    ]);
    assert_eq!(
        stdout(&out).trim(),
        "corrections/2026/2026-11-23-194100-the-bench-is-broken-2.md"
    );
    env.ok(&["--log", "log", "verify"]);
    // An unknown council gets a did-you-mean, and nothing is written.
    let head = env.head(&log);
    let err = env.fails(
        &[
            "--log",
            "log",
            "correct",
            "2026-11-23-the-bench-is-brokn",
            "--note",
            "x",
        ],
        1,
    );
    assert!(
        err.contains("did you mean 2026-11-23-the-bench-is-broken"),
        "{err}"
    );
    assert_eq!(env.head(&log), head);
}

#[test]
fn a_correction_naming_no_council_fails_verify() {
    let env = TestEnv::new();
    let log = log_with_council(&env);
    env.ok(&[
        "--log",
        "log",
        "correct",
        "2026-11-23-the-bench-is-broken",
        "--note",
        "Sunday",
    ]);
    let path = "corrections/2026/2026-11-23-194100-the-bench-is-broken.md";
    let text = std::fs::read_to_string(log.join(path)).unwrap();
    let forged = text.replace(
        "council = \"2026-11-23-the-bench-is-broken\"",
        "council = \"2026-11-23-never-held\"",
    );
    assert_ne!(forged, text);
    commit_by_hand(
        &env,
        &log,
        "corrections/2026/2026-11-23-never-held.md",
        &forged,
        "Correct nothing",
    );
    let out = verify_fails(&env);
    assert!(
        out.contains("FAIL  corrections/2026/2026-11-23-never-held.md: corrects \"2026-11-23-never-held\", which is no council of this log"),
        "{out}"
    );
}

#[test]
fn a_look_alike_or_near_spelling_of_last_times_leader_is_refused_before_the_numbers() {
    let env = later_env();
    let log = env.init_log("log");
    // Fern is the only one in the draw, so Fern leads the first council.
    let first = env.write(
        "first.toml",
        &with_names(&["Fern", "Bo", "Cy"])
            .replace("name = \"Bo\"\n", "name = \"Bo\"\nopt_out = true\n")
            .replace("name = \"Cy\"\n", "name = \"Cy\"\nopt_out = true\n")
            .replace("[decision]", "[[attendees]]\nname = \"Dee\"\n[decision]"),
    );
    env.ok(&["--log", "log", "run", &first]);
    let head = env.head(&log);
    for (name, expected) in [
        ("F\u{435}rn", "looks like \"Fern\""),
        (
            "Fe\u{280}n",
            "close to \"Fern\", who facilitated the last council",
        ),
    ] {
        let file = env.write(
            "second.toml",
            &with_names(&[name, "Bo", "Cy"]).replace("2026-11-23", "2026-11-30"),
        );
        let err = env.fails(&["--log", "log", "run", &file], 1);
        assert!(err.contains(expected), "{name:?}: {err}");
        assert_eq!(env.head(&log), head, "nothing drawn, nothing written");
    }
    // A fullwidth spelling is the same person (NFKC), left out for leading last time.
    let file = env.write(
        "second.toml",
        &with_names(&["\u{ff26}\u{ff45}\u{ff52}\u{ff4e}", "Bo", "Cy"])
            .replace("2026-11-23", "2026-11-30"),
    );
    env.ok(&["--log", "log", "run", &file]);
    let v = json(
        &env,
        &[
            "--log",
            "log",
            "show",
            "2026-11-30-the-bench-is-broken",
            "--json",
        ],
    );
    let step = &v["draw"]["steps"][0];
    assert!(
        step["left_out"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["name"] == "Fern" && l["why"] == "facilitated last time"),
        "{step}"
    );
}

#[test]
fn a_dry_run_rolls_no_numbers_to_preview() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let file = env.write(
        "answers.toml",
        &ANSWERS.replace("sources = [\"3 5 1 6\", \"42\"]\n", ""),
    );
    let err = env.fails(&["--log", "log", "run", "--dry-run", &file], 1);
    assert!(err.contains("a dry run rolls none"), "{err}");
    assert!(!err.contains("Rolled"), "{err}");
    assert!(!log.join("abandoned").exists());
}

#[test]
fn what_would_refuse_the_commit_is_checked_before_the_laptop_rolls() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let rolled = ANSWERS.replace("sources = [\"3 5 1 6\", \"42\"]\n", "");
    let file = env.write("answers.toml", &rolled);
    // A link where the minutes go.
    let elsewhere = env.path("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::create_dir_all(log.join("minutes")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, log.join("minutes/2026")).unwrap();
    let head = env.head(&log);
    let err = env.fails(&["--log", "log", "run", &file], 1);
    assert!(err.contains("minutes/2026 is a symbolic link"), "{err}");
    assert!(!err.contains("Rolled"), "no number was rolled: {err}");
    std::fs::remove_file(log.join("minutes/2026")).unwrap();
    // An identity that cannot sign a commit.
    let config = std::fs::read_to_string(log.join("council.toml")).unwrap();
    let bad = config.replace(
        "email = \"council@localhost\"",
        "email = \"council@<localhost>\"",
    );
    assert_ne!(bad, config);
    std::fs::write(log.join("council.toml"), bad).unwrap();
    env.git(&log, &["commit", "-q", "-am", "A bad identity"]);
    let head = {
        let _ = head;
        env.head(&log)
    };
    let err = env.fails(&["--log", "log", "run", &file], 1);
    assert!(err.contains("[identity]"), "{err}");
    assert!(!err.contains("Rolled"), "no number was rolled: {err}");
    assert_eq!(env.head(&log), head);
}

#[test]
fn init_with_a_name_that_cannot_sign_creates_nothing() {
    let env = TestEnv::new();
    let err = env.fails(&["init", "log", "--name", "x <b>"], 1);
    assert!(err.contains("--name"), "{err}");
    assert!(!env.path("log").exists(), "nothing was created");
}

#[test]
fn a_merge_that_drops_councils_fails_verify() {
    let env = later_env();
    let log = log_with_council(&env);
    let first = env.git(&log, &["rev-list", "--max-parents=0", "HEAD"]);
    env.git(&log, &["checkout", "-q", "-b", "side", first.trim()]);
    std::fs::write(log.join("notes.txt"), "x\n").unwrap();
    env.git(&log, &["add", "notes.txt"]);
    env.git(&log, &["commit", "-q", "-m", "side"]);
    env.git(
        &log,
        &[
            "merge", "-q", "--no-ff", "-s", "ours", "-m", "merge", "main",
        ],
    );
    let merge = env.head(&log);
    env.git(&log, &["checkout", "-q", "main"]);
    env.git(&log, &["merge", "-q", "--ff-only", "side"]);
    assert!(!log.join(FILE).exists());
    let out = verify_fails(&env);
    assert!(
        out.contains(&format!("FAIL  {FILE}: removed by commit {}", &merge[..10])),
        "{out}"
    );
}

#[test]
fn two_councils_added_in_one_commit_fail_verify() {
    let env = later_env();
    let log = env.init_log("log");
    let answers = env.write("answers.toml", ANSWERS);
    let later = env.write("later.toml", LATER);
    let a = stdout(&env.ok(&["--log", "log", "run", "--dry-run", &answers]));
    let b = stdout(&env.ok(&["--log", "log", "run", "--dry-run", &later]));
    std::fs::create_dir_all(log.join("minutes/2026")).unwrap();
    std::fs::write(log.join(FILE), a).unwrap();
    std::fs::write(log.join(LATER_FILE), b).unwrap();
    env.git(&log, &["add", "minutes"]);
    env.git(&log, &["commit", "-q", "-m", "Two at once"]);
    let out = verify_fails(&env);
    assert!(
        out.contains(&format!("together with {LATER_FILE}")),
        "{out}"
    );
    assert!(out.contains(&format!("together with {FILE}")), "{out}");
}

#[test]
fn council_toml_asking_for_pseudonyms_in_the_history_fails_verify_of_named_minutes() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let config = std::fs::read_to_string(log.join("council.toml")).unwrap();
    let answers = env.write("answers.toml", ANSWERS);
    let text = stdout(&env.ok(&["--log", "log", "run", "--dry-run", &answers]));
    let named = env.head(&log);
    std::fs::write(
        log.join("council.toml"),
        config.replace("privacy = \"names\"", "privacy = \"pseudonyms\""),
    )
    .unwrap();
    env.git(&log, &["commit", "-q", "-am", "Pseudonyms"]);
    let pseudonyms = env.head(&log);
    let forged = text.replace(&named, &pseudonyms);
    commit_by_hand(&env, &log, FILE, &forged, "A council with names");
    let out = verify_fails(&env);
    assert!(out.contains("sets privacy = \"pseudonyms\""), "{out}");
}

#[test]
fn a_hand_edited_report_back_or_correction_fails_verify() {
    let env = TestEnv::new();
    let log = log_with_council(&env);
    let report = stdout(&env.ok(&[
        "--log",
        "log",
        "report",
        "2026-11-23-the-bench-is-broken#1",
        "--status",
        "done",
        "--note",
        "typo",
    ]));
    let report = report.trim();
    let text = std::fs::read_to_string(log.join(report)).unwrap();
    env.git(&log, &["reset", "-q", "--hard", "HEAD~1"]);
    let forged = text.replace(": typo.", ": <img src=x onerror=alert(1)>.");
    assert_ne!(forged, text);
    commit_by_hand(&env, &log, report, &forged, "A report");
    let out = verify_fails(&env);
    assert!(
        out.contains(&format!(
            "FAIL  {report}: the text does not match its record"
        )),
        "{out}"
    );
}

#[test]
fn a_junk_file_in_the_log_is_reported_and_can_be_removed() {
    let env = TestEnv::new();
    let log = log_with_council(&env);
    commit_by_hand(&env, &log, "corrections/2026/junk.md", "junk\n", "Junk");
    let out = verify_fails(&env);
    assert!(
        out.contains("FAIL  corrections/2026/junk.md: cannot be read"),
        "{out}"
    );
    assert!(
        out.contains(&format!("ok    {FILE}")),
        "councils are still checked: {out}"
    );
    env.git(&log, &["rm", "-q", "corrections/2026/junk.md"]);
    env.git(&log, &["commit", "-q", "-m", "Remove the junk"]);
    env.ok(&["--log", "log", "verify"]);
}

#[test]
fn the_same_answers_again_draw_no_second_lot() {
    let env = TestEnv::new();
    let log = log_with_council(&env);
    let head = env.head(&log);
    let answers = env.write("answers.toml", ANSWERS);
    // Even with other numbers: the council is recognised, not drawn again.
    let again = env.write(
        "again.toml",
        &ANSWERS.replace("sources = [\"3 5 1 6\", \"42\"]", "sources = [\"9\"]"),
    );
    for file in [&answers, &again] {
        let out = env.ok(&["--log", "log", "run", file]);
        assert_eq!(stdout(&out).trim(), "2026-11-23-the-bench-is-broken");
        assert!(
            stderr(&out).contains("no second lot is drawn"),
            "{}",
            stderr(&out)
        );
    }
    let v = json(&env, &["--log", "log", "run", &answers, "--json"]);
    assert_eq!(v["already_recorded"], true);
    assert_eq!(v["commit"], serde_json::Value::Null);
    assert_eq!(env.head(&log), head);
}

#[test]
fn a_history_from_before_settings_committed_before_the_council_fails_verify() {
    let mut env = later_env();
    env.now = "2026-11-20T12:00:00-05:00".into();
    let log = env.init_log("log");
    let before = env.head(&log);
    // Uniform draws are committed days before the council.
    let config = std::fs::read_to_string(log.join("council.toml")).unwrap();
    std::fs::write(
        log.join("council.toml"),
        config.replace("rotation = \"least-served\"", "rotation = \"uniform\""),
    )
    .unwrap();
    env.git(&log, &["commit", "-q", "-am", "Uniform from now on"]);
    env.now = "2026-11-30T19:40:00-05:00".into();
    // A council drawn on the older settings, on a branch, then committed to main by hand.
    env.git(&log, &["checkout", "-q", "-b", "old", &before]);
    let later = env.write("later.toml", LATER);
    env.ok(&["--log", "log", "run", &later]);
    let text = std::fs::read_to_string(log.join(LATER_FILE)).unwrap();
    assert!(text.contains("rotation = \"least-served\""));
    env.git(&log, &["checkout", "-q", "main"]);
    commit_by_hand(&env, &log, LATER_FILE, &text, "A council");
    let out = verify_fails(&env);
    assert!(out.contains("council.toml was changed by commit"), "{out}");
}

#[test]
fn plain_different_spellings_beside_last_times_leader_are_other_people() {
    let env = later_env();
    env.init_log("log");
    // Bo is the only one in the draw, so Bo leads the first council.
    let first = env.write(
        "first.toml",
        &with_names(&["Bo", "Cy", "Dee"])
            .replace("name = \"Cy\"\n", "name = \"Cy\"\nopt_out = true\n"),
    );
    env.ok(&["--log", "log", "run", &first]);
    let second = env.write(
        "second.toml",
        &with_names(&["Jo", "Mo", "Cy"]).replace("2026-11-23", "2026-11-30"),
    );
    let out = env.ok(&["--log", "log", "run", "--dry-run", &second]);
    assert!(stdout(&out).contains("name = \"Jo\""));
}
