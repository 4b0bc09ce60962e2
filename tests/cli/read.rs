use crate::env::{ANSWERS, TestEnv, stdout};

#[test]
fn log_lists_councils_oldest_first_as_a_table_and_as_json() {
    let env = TestEnv::new();
    env.init_log("log");
    let late = env.write("late.toml", ANSWERS);
    let early = env.write(
        "early.toml",
        &ANSWERS
            .replace("The bench is broken", "The drain is blocked")
            .replace("2026-11-23T19:00:00-05:00", "2026-11-20T18:00:00-05:00"),
    );
    env.ok(&["--log", "log", "run", &late]);
    env.ok(&["--log", "log", "run", &early]);
    let json = stdout(&env.ok(&["--log", "log", "log", "--json"]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "2026-11-20-the-drain-is-blocked",
            "2026-11-23-the-bench-is-broken"
        ]
    );
    for key in [
        "id",
        "started",
        "issue",
        "facilitator",
        "spokesperson",
        "outcome",
        "file",
    ] {
        assert!(v[0].get(key).is_some(), "log --json lacks {key}");
    }
    assert_eq!(
        v[1]["file"],
        "minutes/2026/2026-11-23-the-bench-is-broken.md"
    );
    assert_eq!(v[1]["started"], "2026-11-23T19:00:00-05:00");
    let table = stdout(&env.ok(&["--log", "log", "log"]));
    let header = table.lines().next().unwrap();
    for column in ["date", "id", "issue", "facilitator", "outcome"] {
        assert!(header.contains(column), "{table}");
    }
    assert!(table.find("2026-11-20").unwrap() < table.find("2026-11-23").unwrap());
    assert!(!table.contains('\u{1b}'), "no escapes when piped");
}

#[test]
fn show_prints_the_minutes_and_the_data_block_as_json() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let answers = env.write("answers.toml", ANSWERS);
    env.ok(&["--log", "log", "run", &answers]);
    let id = "2026-11-23-the-bench-is-broken";
    let text = stdout(&env.ok(&["--log", "log", "show", id]));
    let file = std::fs::read_to_string(log.join(format!("minutes/2026/{id}.md"))).unwrap();
    assert_eq!(text, file);
    let json = stdout(&env.ok(&["--log", "log", "show", id, "--json"]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["id"], id);
    assert_eq!(v["draw"]["key"], "1.3.5.6./42./");
    assert_eq!(v["tasks"][0]["id"], format!("{id}#1"));
    let err = env.fails(&["--log", "log", "show", "nope"], 1);
    assert!(err.contains("no council \"nope\""), "{err}");
}

#[test]
fn names_with_escape_sequences_never_reach_the_terminal() {
    let env = TestEnv::new();
    env.init_log("log");
    let answers = env.write(
        "answers.toml",
        &ANSWERS.replace(
            "The bench is broken",
            "The bench \\u001b]0;pwned\\u0007 is broken",
        ),
    );
    env.ok(&["--log", "log", "run", &answers]);
    for args in [
        vec!["log"],
        vec!["show", "2026-11-23-the-bench-0-pwned-is-broken"],
    ] {
        let mut full = vec!["--log", "log"];
        full.extend(args);
        let out = stdout(&env.ok(&full));
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    }
}
