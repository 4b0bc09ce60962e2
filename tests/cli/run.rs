use crate::env::{ANSWERS, TestEnv, example, stderr, stdout};

#[test]
fn a_council_is_committed_with_only_its_files_and_a_clean_status() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let answers = env.write("answers.toml", ANSWERS);
    let out = env.ok(&["--log", "log", "run", &answers]);
    assert_eq!(stdout(&out), "2026-11-23-the-bench-is-broken\n");
    assert!(stderr(&out).contains("Committed minutes/2026/2026-11-23-the-bench-is-broken.md"));
    let files = env.git(&log, &["show", "--name-only", "--format=", "HEAD"]);
    assert_eq!(
        files,
        "README.md\nminutes/2026/2026-11-23-the-bench-is-broken.md\n"
    );
    assert_eq!(env.git(&log, &["status", "--porcelain"]), "");
    let oneline = env.git(&log, &["log", "-1", "--format=%s"]);
    assert_eq!(oneline.trim(), "2026-11-23 The bench is broken: adopted");
    let author = env.git(&log, &["log", "-1", "--format=%an <%ae> %ad", "--date=iso"]);
    assert_eq!(
        author.trim(),
        "Neighborhood Flash Council <council@localhost> 2026-11-23 19:41:00 -0500"
    );
    let readme = std::fs::read_to_string(log.join("README.md")).unwrap();
    assert!(
        readme.contains("[The bench is broken](minutes/2026/2026-11-23-the-bench-is-broken.md)")
    );
}

#[test]
fn dry_run_prints_the_same_minutes_and_commits_nothing() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let answers = env.write("answers.toml", ANSWERS);
    let head = env.head(&log);
    let dry = stdout(&env.ok(&["--log", "log", "run", "--dry-run", &answers]));
    assert_eq!(env.head(&log), head);
    assert!(!log.join("minutes").exists());
    env.ok(&["--log", "log", "run", &answers]);
    let committed =
        std::fs::read_to_string(log.join("minutes/2026/2026-11-23-the-bench-is-broken.md"))
            .unwrap();
    assert_eq!(dry, committed);
    assert!(
        committed.starts_with("# The bench is broken\n"),
        "{committed}"
    );
    let (_, data) = flash_council::minutes::split_record(&committed).unwrap();
    assert!(
        data.starts_with("id = \"2026-11-23-the-bench-is-broken\"\n"),
        "{data}"
    );
    assert!(committed.contains(&format!("history = \"{head}\"")));
}

#[test]
fn staged_and_unstaged_user_changes_survive_a_council_commit() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    // The user's own work in the log: a staged new file, a staged and further edited setting.
    std::fs::write(log.join("flyer.txt"), "Come Saturday\n").unwrap();
    env.git(&log, &["add", "flyer.txt"]);
    let toml = std::fs::read_to_string(log.join("council.toml")).unwrap();
    let staged = toml.replace("duration_minutes = 45", "duration_minutes = 50");
    std::fs::write(log.join("council.toml"), &staged).unwrap();
    env.git(&log, &["add", "council.toml"]);
    let edited = staged.replace("push = false", "push = false # edited");
    std::fs::write(log.join("council.toml"), &edited).unwrap();
    let status = env.git(&log, &["status", "--porcelain"]);
    let staged_diff = env.git(&log, &["diff", "--cached"]);
    let unstaged_diff = env.git(&log, &["diff"]);

    let answers = env.write("answers.toml", ANSWERS);
    env.ok(&["--log", "log", "run", &answers]);

    assert_eq!(env.git(&log, &["status", "--porcelain"]), status);
    assert_eq!(env.git(&log, &["diff", "--cached"]), staged_diff);
    assert_eq!(env.git(&log, &["diff"]), unstaged_diff);
    assert_eq!(
        std::fs::read_to_string(log.join("council.toml")).unwrap(),
        edited
    );
    let files = env.git(&log, &["show", "--name-only", "--format=", "HEAD"]);
    assert!(
        !files.contains("flyer.txt") && !files.contains("council.toml"),
        "{files}"
    );
}

#[test]
fn the_quick_start_runs_both_examples_into_a_fresh_log() {
    let mut env = TestEnv::new();
    env.now = "2026-11-23T08:00:00+00:00".into();
    let first = env.ok(&[
        "--log",
        "fresh",
        "run",
        "--init",
        &example("the-bench-is-broken.toml"),
    ]);
    assert_eq!(
        stdout(&first),
        "2026-11-16-the-bench-at-elm-and-5th-is-broken\n"
    );
    env.ok(&[
        "--log",
        "fresh",
        "run",
        &example("the-streetlight-vote.toml"),
    ]);
    let log = env.path("fresh");
    assert_eq!(env.git(&log, &["rev-list", "--count", "HEAD"]).trim(), "3");
    let second = std::fs::read_to_string(
        log.join("minutes/2026/2026-11-21-the-streetlight-on-maple-has-been-out.md"),
    )
    .unwrap();
    assert!(
        second.contains("name = \"Fern\"\nfirst_time = true"),
        "first time is derived"
    );
    assert!(second.contains("name = \"Ana\"\nfirst_time = false"));
    assert!(second.contains("rule = \"majority\""));
    env.ok(&["--log", "fresh", "verify"]);
}

#[test]
fn without_sources_the_laptop_rolls_and_records_the_rolls() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let answers = env.write(
        "answers.toml",
        &ANSWERS.replace("sources = [\"3 5 1 6\", \"42\"]\n", ""),
    );
    let out = env.ok(&["--log", "log", "run", &answers]);
    assert!(
        stderr(&out).contains("the laptop rolled"),
        "{}",
        stderr(&out)
    );
    let text = std::fs::read_to_string(log.join("minutes/2026/2026-11-23-the-bench-is-broken.md"))
        .unwrap();
    assert!(text.contains("rolled = true"));
    assert!(text.contains("rolled by the laptop"));
    env.ok(&["--log", "log", "verify"]);
}

#[test]
fn bad_answers_get_exit_1_a_named_problem_and_leave_the_log_alone() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let head = env.head(&log);
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "misspelled field",
            ANSWERS.replace("opt_out = true", "opt_ot = true"),
            "unknown field `opt_ot`",
        ),
        (
            "missing issue",
            ANSWERS.replace("issue = \"The bench is broken\"", ""),
            "missing field `issue`",
        ),
        (
            "bad time",
            ANSWERS.replace("2026-11-23T19:00:00-05:00", "23/11/2026 7pm"),
            "RFC 3339",
        ),
        (
            "task owner",
            ANSWERS.replace("who = [\"Bo\"]", "who = [\"Zoe\"]"),
            "`tasks[1].who` names \"Zoe\"",
        ),
        (
            "two decisions",
            ANSWERS.replace("[decision]", "[[decision]]") + "[[decision]]\noutcome = \"none\"\n",
            "exactly one decision",
        ),
        (
            "duplicate",
            ANSWERS.replace("name = \"Dara\"", "name = \"ana\""),
            "listed twice",
        ),
        (
            "bad source",
            ANSWERS.replace("\"42\"", "\"forty-two\""),
            "holds \"forty-two\", which is not a whole number: write numbers separated by spaces",
        ),
        (
            "thousands separator",
            ANSWERS.replace("\"42\"", "\"1,000\""),
            "source \"1,000\" holds \"1,000\", which is not a whole number",
        ),
        (
            "objection",
            ANSWERS.replace(
                "statement = \"We fix it Saturday\"",
                "statement = \"x\"\nobjections = [\"too soon\"]",
            ),
            "unresolved",
        ),
        (
            "not toml",
            "issue = \n".to_string(),
            "not a valid answers file",
        ),
        (
            "negative jar",
            ANSWERS.replace(
                "who = [\"Bo\"]",
                "who = [\"Bo\"]\njar = { target = -5, currency = \"USD\" }",
            ),
            "negative",
        ),
    ];
    for (what, text, expected) in cases {
        let file = env.write("bad.toml", &text);
        let err = env.fails(&["--log", "log", "run", &file], 1);
        assert!(
            err.contains(expected),
            "{what}: expected {expected:?} in:\n{err}"
        );
        assert!(
            err.contains("bad.toml"),
            "{what}: the file is named:\n{err}"
        );
        assert_eq!(env.head(&log), head, "{what}: nothing committed");
        assert_eq!(
            env.git(&log, &["status", "--porcelain"]),
            "",
            "{what}: nothing written"
        );
    }
    let err = env.fails(&["--log", "log", "run", "missing.toml"], 1);
    assert!(err.contains("failed to read the answers file"), "{err}");
}

#[test]
fn the_data_block_of_a_minutes_file_reproduces_the_same_file() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let answers = env.write("answers.toml", ANSWERS);
    env.ok(&["--log", "log", "run", &answers]);
    let path = log.join("minutes/2026/2026-11-23-the-bench-is-broken.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let (_, data) = flash_council::minutes::split_record(&text).unwrap();
    let block = env.write("block.toml", data);
    let again = stdout(&env.ok(&["--log", "log", "run", "--dry-run", &block]));
    assert_eq!(again, text);
    // The whole minutes file works too.
    let again = stdout(&env.ok(&[
        "--log",
        "log",
        "run",
        "--dry-run",
        &path.display().to_string(),
    ]));
    assert_eq!(again, text);
    // Without --dry-run it is still only reproduced: a council already drawn is never committed again.
    let head = env.head(&log);
    let again = stdout(&env.ok(&["--log", "log", "run", &block]));
    assert_eq!(again, text);
    assert_eq!(env.head(&log), head);
}

#[test]
fn a_missing_identity_warns_and_falls_back_to_the_council_name() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let toml = std::fs::read_to_string(log.join("council.toml")).unwrap();
    let start = toml.find("[identity]").unwrap();
    let end = toml.find("[protocol]").unwrap();
    let without = format!("{}{}", &toml[..start], &toml[end..]);
    std::fs::write(log.join("council.toml"), without).unwrap();
    env.git(&log, &["commit", "-q", "-am", "Drop the identity"]);
    let answers = env.write("answers.toml", ANSWERS);
    let out = env.ok(&["--log", "log", "run", &answers]);
    assert!(stderr(&out).contains("warning: council.toml has no [identity]"));
    let author = env.git(&log, &["log", "-1", "--format=%an <%ae>"]);
    assert_eq!(
        author.trim(),
        "Neighborhood Flash Council <council@localhost>"
    );
}

#[test]
fn two_runs_at_once_both_land_one_after_the_other() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let a = env.write("a.toml", ANSWERS);
    let b = env.write(
        "b.toml",
        &ANSWERS.replace("The bench is broken", "The drain is blocked"),
    );
    let mut children: Vec<std::process::Child> = [a, b]
        .iter()
        .map(|file| {
            env.council_process()
                .args(["--log", "log", "run", file])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children.iter_mut() {
        assert!(child.wait().unwrap().success());
    }
    assert_eq!(env.git(&log, &["rev-list", "--count", "HEAD"]).trim(), "3");
    assert_eq!(env.git(&log, &["status", "--porcelain"]), "");
    let ls = env.git(&log, &["ls-files", "minutes"]);
    assert_eq!(ls.lines().count(), 2, "{ls}");
    env.ok(&["--log", "log", "verify"]);
}

#[test]
fn run_json_tells_scripts_what_was_committed() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let answers = env.write("answers.toml", ANSWERS);
    let dry: serde_json::Value = serde_json::from_str(&stdout(&env.ok(&[
        "--log",
        "log",
        "run",
        "--dry-run",
        "--json",
        &answers,
    ])))
    .unwrap();
    assert_eq!(dry["id"], "2026-11-23-the-bench-is-broken");
    let out: serde_json::Value = serde_json::from_str(&stdout(
        &env.ok(&["--log", "log", "run", "--json", &answers]),
    ))
    .unwrap();
    assert_eq!(
        out["file"],
        "minutes/2026/2026-11-23-the-bench-is-broken.md"
    );
    assert_eq!(out["commit"], env.head(&log));
    assert_eq!(out["facilitator"], dry["facilitator"]);
    assert_eq!(out["outcome"], "adopted");
}

/// A late arrival is in no draw, as the declines already say: not the support either.
#[test]
fn a_late_arrival_named_the_support_is_refused() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let head = env.head(&log);
    let answers = env.write(
        "answers.toml",
        &ANSWERS.replace(
            "name = \"Chen\"\nopt_out = true",
            "name = \"Chen\"\nlate = true",
        ),
    );
    let err = env.fails(&["--log", "log", "run", &answers], 1);
    assert!(
        err.contains("`draw.support` names \"Chen\", who arrived late (`attendees[3]` has `late = true`): a late arrival is in no draw and cannot support the facilitator"),
        "{err}"
    );
    assert_eq!(env.head(&log), head, "nothing committed");
}
