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

/// Every read command's output, table and JSON, on a log with report-backs (given in
/// councils and filed), jars, mandates and recalls, pinned byte for byte.
///
/// The expected outputs in `tests/cli/golden/` were recorded with the tool as it
/// was before the read commands learned to stream and parse in parallel; a change
/// of output shows here as a diff. `COUNCIL_BLESS=1` rewrites them (only for a
/// deliberate change of output, described in the commit).
#[test]
fn read_commands_print_what_they_printed_before_they_streamed() {
    use crate::scale::generate;
    use flash_council::council::record::Rotation;
    use flash_council::council::time::Timestamp;
    let env = TestEnv::new();
    let spec = generate::Spec {
        councils: 60,
        neighbors: 40,
        seed: 11,
        now: Timestamp::parse(crate::env::NOW).unwrap(),
        rotation: Rotation::LeastServed,
    };
    let generated = generate::generate(&env.path("log"), &spec, &|| env.command("git"));
    let next = env.write("next.toml", &generated.next);
    env.ok(&["--log", "log", "run", &next]);
    // A council written in other spellings of the log's people that recalls a mandate,
    // with a task reported on by file.
    let mandates = stdout(&env.ok(&["--log", "log", "delegates", "--json"]));
    let mandates: serde_json::Value = serde_json::from_str(&mandates).unwrap();
    let mandated = mandates[0]["council"]
        .as_str()
        .expect("a mandate to recall");
    let respelled = env.write(
        "respelled.toml",
        &format!(
            "{}\n[delegate]\nrecall = \"{mandated}#delegate\"\n",
            ANSWERS
                .replace("\"Ana\"", "\"ana\"")
                .replace("\"Bo\"", "\"BRUNO\"")
                .replace("2026-11-23T19:00:00-05:00", "2026-11-23T19:20:00-05:00")
        ),
    );
    env.ok(&["--log", "log", "run", &respelled]);
    env.ok(&[
        "--log",
        "log",
        "report",
        "2026-11-23-the-bench-is-broken#1",
        "--status",
        "done",
        "--note",
        "Planks bought",
    ]);
    let commands: [&[&str]; 14] = [
        &["log"],
        &["log", "--json"],
        &["tasks"],
        &["tasks", "--json"],
        &["tasks", "--open", "--json"],
        &["tasks", "--done"],
        &["stats"],
        &["stats", "--json"],
        &["ledger"],
        &["ledger", "--json"],
        &["delegates"],
        &["delegates", "--json"],
        &["delegates", "--active", "--json"],
        &["tasks", "--open"],
    ];
    let golden = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli/golden");
    let bless = std::env::var("COUNCIL_BLESS").is_ok_and(|v| v == "1");
    let mut differ = Vec::new();
    for args in commands {
        let mut full = vec!["--log", "log"];
        full.extend(args);
        let out = env.ok(&full);
        let got = format!("{}--- stderr\n{}", stdout(&out), crate::env::stderr(&out));
        let file = golden.join(format!("{}.txt", args.join("_").replace("--", "")));
        if bless {
            std::fs::create_dir_all(&golden).unwrap();
            std::fs::write(&file, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&file)
            .unwrap_or_else(|e| panic!("{}: {e} (record it with COUNCIL_BLESS=1)", file.display()));
        if got != want {
            differ.push(format!(
                "council {}\n--- got\n{got}--- want\n{want}",
                args.join(" ")
            ));
        }
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
    // The log exercises what the commands fold: filed and in-council report-backs, jars, recalls.
    let ledger = std::fs::read_to_string(golden.join("ledger_json.txt")).unwrap();
    let delegates = std::fs::read_to_string(golden.join("delegates.txt")).unwrap();
    let tasks = std::fs::read_to_string(golden.join("tasks_json.txt")).unwrap();
    assert!(generated.reports > 0, "no report filed between councils");
    assert!(ledger.contains("\"jars\": [\n"), "{ledger}");
    assert!(delegates.contains("recalled by"), "{delegates}");
    for status in ["\"done\"", "\"dropped\"", "\"open\""] {
        assert!(tasks.contains(status), "no task {status}");
    }
}
