use crate::env::{ANSWERS, TestEnv, stdout};

fn log_with_council(env: &TestEnv) -> std::path::PathBuf {
    let log = env.init_log("log");
    let answers = env.write("answers.toml", ANSWERS);
    env.ok(&["--log", "log", "run", &answers]);
    log
}

const FILE: &str = "minutes/2026/2026-11-23-the-bench-is-broken.md";

#[test]
fn verify_passes_on_untouched_councils() {
    let env = TestEnv::new();
    log_with_council(&env);
    let out = env.ok(&["--log", "log", "verify"]);
    assert_eq!(stdout(&out), format!("ok    {FILE}\n"));
    let json = stdout(&env.ok(&["--log", "log", "verify", "--json"]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v[0]["ok"], true);
    assert_eq!(v[0]["file"], FILE);
}

#[test]
fn verify_catches_an_edited_facilitator_and_names_file_and_step() {
    let env = TestEnv::new();
    let log = log_with_council(&env);
    let path = log.join(FILE);
    let text = std::fs::read_to_string(&path).unwrap();
    let show = stdout(&env.ok(&[
        "--log",
        "log",
        "show",
        "2026-11-23-the-bench-is-broken",
        "--json",
    ]));
    let record: serde_json::Value = serde_json::from_str(&show).unwrap();
    let drawn = record["facilitator"].as_str().unwrap().to_string();
    let other = ["Ana", "Bo", "Dara"]
        .into_iter()
        .find(|n| *n != drawn)
        .unwrap();
    // Someone rewrites who was drawn, in the record and the step, and commits it.
    let forged = text
        .replace(
            &format!("facilitator = \"{drawn}\""),
            &format!("facilitator = \"{other}\""),
        )
        .replacen(
            &format!("selected = \"{drawn}\""),
            &format!("selected = \"{other}\""),
            1,
        );
    assert_ne!(forged, text);
    std::fs::write(&path, forged).unwrap();
    env.git(&log, &["commit", "-q", "-am", "Let someone else lead"]);

    let out = env.run(&["--log", "log", "verify"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains(&format!("FAIL  {FILE}: step 0 (facilitator)")),
        "{text}"
    );
    assert!(
        text.contains(&format!("selected = \"{other}\" (recomputed \"{drawn}\")")),
        "{text}"
    );
    assert!(
        text.contains(&format!("facilitator: the minutes say \"{other}\"")),
        "{text}"
    );
}

#[test]
fn verify_catches_an_edited_pool_and_an_edited_body() {
    let env = TestEnv::new();
    let log = log_with_council(&env);
    let path = log.join(FILE);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("## Decision", "## Decision (amended)")).unwrap();
    env.git(&log, &["commit", "-q", "-am", "Touch the body"]);
    let out = env.run(&["--log", "log", "verify", "2026-11-23-the-bench-is-broken"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("does not match its record"),
        "{}",
        stdout(&out)
    );

    std::fs::write(
        &path,
        text.replace(
            "pool = [\"Ana\", \"Bo\", \"Dara\"]",
            "pool = [\"Ana\", \"Bo\"]",
        ),
    )
    .unwrap();
    env.git(&log, &["commit", "-q", "-am", "Shrink the pool"]);
    let out = env.run(&["--log", "log", "verify"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("pool = [\"Ana\", \"Bo\"] (recomputed [\"Ana\", \"Bo\", \"Dara\"])"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn minutes_committed_in_the_first_layout_still_verify() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let answers = env.write("answers.toml", ANSWERS);
    let text = stdout(&env.ok(&["--log", "log", "run", "--dry-run", &answers]));
    let mut record = flash_council::minutes::parse(&text).unwrap();
    // Only the first version wrote this layout.
    record.tool = flash_council::minutes::FIRST_LAYOUT_TOOL.to_string();
    let first =
        flash_council::minutes::render_in(&record, flash_council::minutes::Format::FrontMatter);
    assert!(first.starts_with("+++\nid = "), "{first}");
    std::fs::create_dir_all(log.join("minutes/2026")).unwrap();
    std::fs::write(log.join(FILE), &first).unwrap();
    env.git(&log, &["add", FILE]);
    env.git(
        &log,
        &[
            "commit",
            "-q",
            "-m",
            "A council, written before the record moved to the end",
        ],
    );
    let out = env.run(&["--log", "log", "verify"]);
    assert_eq!(stdout(&out), format!("ok    {FILE}\n"));
    let shown = stdout(&env.ok(&["--log", "log", "show", "2026-11-23-the-bench-is-broken"]));
    assert!(shown.contains("The bench is broken"), "{shown}");
}

#[test]
fn verify_of_an_unknown_id_suggests_the_closest() {
    let env = TestEnv::new();
    log_with_council(&env);
    let err = env.fails(
        &["--log", "log", "verify", "2026-11-23-the-bench-is-brokn"],
        1,
    );
    assert!(
        err.contains("did you mean 2026-11-23-the-bench-is-broken?"),
        "{err}"
    );
}

#[test]
fn verify_catches_minutes_rewritten_later_even_when_consistent() {
    let env = TestEnv::new();
    let log = log_with_council(&env);
    let path = log.join(FILE);
    let text = std::fs::read_to_string(&path).unwrap();
    // Changing the statement in the record and the body alike keeps the file self-consistent.
    let rewritten = text.replace("We fix it Saturday", "We fix it Sunday");
    assert_eq!(rewritten.matches("We fix it Sunday").count(), 2);
    std::fs::write(&path, rewritten).unwrap();
    env.git(&log, &["commit", "-q", "-am", "Fix the day"]);
    let edit = env.head(&log);

    let out = env.run(&["--log", "log", "verify"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains(&format!(
            "FAIL  {FILE}: changed after it was committed, by commit {}",
            &edit[..10]
        )),
        "{text}"
    );
}

#[test]
fn verify_catches_a_history_that_is_not_from_before_the_council() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    // A commit on another branch: not the log as it was before the council.
    env.git(&log, &["checkout", "-q", "-b", "elsewhere"]);
    std::fs::write(log.join("other.txt"), "elsewhere\n").unwrap();
    env.git(&log, &["add", "other.txt"]);
    env.git(&log, &["commit", "-q", "-m", "elsewhere"]);
    let elsewhere = env.head(&log);
    env.git(&log, &["checkout", "-q", "main"]);
    let answers = env.write("answers.toml", crate::env::ANSWERS);
    let text = stdout(&env.ok(&["--log", "log", "run", "--dry-run", &answers]));
    let main_head = env.head(&log);
    let forged = text.replace(
        &format!("history = \"{main_head}\""),
        &format!("history = \"{elsewhere}\""),
    );
    assert_ne!(forged, text);
    std::fs::create_dir_all(log.join("minutes/2026")).unwrap();
    std::fs::write(log.join(FILE), forged).unwrap();
    env.git(&log, &["add", "minutes"]);
    env.git(&log, &["commit", "-q", "-m", "A council"]);

    let out = env.run(&["--log", "log", "verify"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains(&format!(
            "history {} is not a commit before",
            &elsewhere[..10]
        )),
        "{text}"
    );
}

#[test]
fn a_new_council_smuggled_in_the_first_layout_fails_verify() {
    // The first layout escaped less: a hand-made file in it could carry links onto a forge.
    for (tool, statement, expected) in [
        (
            "flash-council 0.2.0",
            "We fix it Saturday",
            "which only flash-council 0.1.0 wrote",
        ),
        (
            flash_council::minutes::FIRST_LAYOUT_TOOL,
            "Write to ana@evil.org",
            "cannot show \"Write to ana@evil.org\" safely",
        ),
    ] {
        let env = TestEnv::new();
        let log = env.init_log("log");
        let answers = env.write(
            "answers.toml",
            &ANSWERS.replace("We fix it Saturday", statement),
        );
        let text = stdout(&env.ok(&["--log", "log", "run", "--dry-run", &answers]));
        let mut record = flash_council::minutes::parse(&text).unwrap();
        record.tool = tool.to_string();
        let first =
            flash_council::minutes::render_in(&record, flash_council::minutes::Format::FrontMatter);
        std::fs::create_dir_all(log.join("minutes/2026")).unwrap();
        std::fs::write(log.join(FILE), &first).unwrap();
        env.git(&log, &["add", FILE]);
        env.git(&log, &["commit", "-q", "-m", "A council"]);
        let out = env.run(&["--log", "log", "verify"]);
        assert_eq!(out.status.code(), Some(1));
        assert!(stdout(&out).contains(expected), "{}", stdout(&out));
    }
}

#[test]
fn report_backs_and_corrections_under_the_names_earlier_versions_gave_them_still_verify() {
    let env = TestEnv::new();
    let log = log_with_council(&env);
    let report = stdout(&env.ok(&[
        "--log",
        "log",
        "report",
        "2026-11-23-the-bench-is-broken#1",
        "--status",
        "done",
    ]));
    let correction = stdout(&env.ok(&[
        "--log",
        "log",
        "correct",
        "2026-11-23-the-bench-is-broken",
        "--note",
        "Sunday",
    ]));
    // Now named by their filing time to the second.
    assert_eq!(
        report.trim(),
        "reports/2026/2026-11-23-194100-the-bench-is-broken-1.md"
    );
    assert_eq!(
        correction.trim(),
        "corrections/2026/2026-11-23-194100-the-bench-is-broken.md"
    );
    // The same records, as earlier versions named them (by date and task, or by council,
    // with -n), as a log written by them holds them.
    for (from, to) in [
        (
            report.trim(),
            "reports/2026/2026-11-23-2026-11-23-the-bench-is-broken-1.md",
        ),
        (
            report.trim(),
            "reports/2026/2026-11-23-2026-11-23-the-bench-is-broken-1-2.md",
        ),
        (
            correction.trim(),
            "corrections/2026/2026-11-23-the-bench-is-broken.md",
        ),
        (
            correction.trim(),
            "corrections/2026/2026-11-23-the-bench-is-broken-2.md",
        ),
        // As 0.2.0 named them: the filing time, then the whole id with its date.
        (
            report.trim(),
            "reports/2026/2026-11-23-194100-2026-11-23-the-bench-is-broken-1.md",
        ),
        (
            correction.trim(),
            "corrections/2026/2026-11-23-194100-2026-11-23-the-bench-is-broken.md",
        ),
    ] {
        let text = std::fs::read_to_string(log.join(from)).unwrap();
        std::fs::write(log.join(to), text).unwrap();
        env.git(&log, &["add", to]);
    }
    env.git(&log, &["commit", "-q", "-m", "Files as 0.2.0 named them"]);
    let out = stdout(&env.ok(&["--log", "log", "verify"]));
    assert_eq!(out, format!("ok    {FILE}\n"));
}
