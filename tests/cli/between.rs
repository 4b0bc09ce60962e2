//! Between councils: tasks, report-backs both ways, jars, the ledger, stats, delegates, the README.

use crate::env::{TestEnv, stdout};
use serde_json::Value;

const PEOPLE: &str = r#"
[[attendees]]
name = "Ana"
[[attendees]]
name = "Bo"
[[attendees]]
name = "Chen"
opt_out = true
[[attendees]]
name = "Dara"
[[attendees]]
name = "Eli"
"#;

fn council(issue: &str, started: &str, rest: &str) -> String {
    format!(
        "issue = \"{issue}\"\nstarted = \"{started}\"\n{PEOPLE}\n[draw]\nsources = [\"7 1 9\", \"{}\"]\nsupport = \"Chen\"\n\n[decision]\nproposal = \"Do it\"\noutcome = \"adopted\"\nstatement = \"We do it\"\n{rest}",
        started.len()
    )
}

const FIRST: &str = "2026-11-02-the-bench-is-broken";
const SECOND: &str = "2026-11-09-the-drain-is-blocked";
const THIRD: &str = "2026-11-16-the-tool-library";

/// Three councils: tasks with a jar, a report-back inside a council, a delegate and its recall.
fn neighborhood(env: &TestEnv) {
    env.init_log("log");
    let first = council(
        "The bench is broken",
        "2026-11-02T19:00:00-05:00",
        r#"
[[tasks]]
what = "Buy planks"
who = ["Bo"]
due = "2026-11-07"
jar = { target = 40, currency = "USD" }

[[tasks]]
what = "Bring the drill"
who = ["Dara", "Eli"]
due = "2026-11-07"

[delegate]
name = "Ana"
to = "Eastside assembly"
mandate = "Ask for tool-library hours"

[sovereignty]
gained = "We fix our own benches"
without_permission = true
"#,
    );
    let second = council(
        "The drain is blocked",
        "2026-11-09T19:00:00-05:00",
        &format!(
            r#"
[[report_backs]]
task = "{FIRST}#1"
status = "done"
note = "Planks bought"
collected = 40
spent = 38.5

[[tasks]]
what = "Call the plumber collective"
who = ["Ana"]
due = "2026-11-12"

[sovereignty]
gained = "We clear our own drains"
without_permission = false
"#
        ),
    );
    let third = council(
        "The tool library",
        "2026-11-16T19:00:00-05:00",
        &format!(
            r#"
[delegate]
recall = "{FIRST}#delegate"
name = "Bo"
to = "Eastside assembly"
mandate = "Propose weekend hours"
"#
        ),
    );
    for (n, text) in [first, second, third].iter().enumerate() {
        let file = env.write(&format!("c{n}.toml"), text);
        env.ok(&["--log", "log", "run", &file]);
    }
}

fn json(env: &TestEnv, args: &[&str]) -> Value {
    let mut full = vec!["--log", "log"];
    full.extend(args);
    full.push("--json");
    serde_json::from_str(&stdout(&env.ok(&full))).unwrap()
}

fn task<'a>(tasks: &'a Value, id: &str) -> &'a Value {
    tasks
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == id)
        .unwrap()
}

#[test]
fn tasks_take_their_status_from_report_backs_given_either_way() {
    let env = TestEnv::new();
    neighborhood(&env);
    let all = json(&env, &["tasks"]);
    assert_eq!(all.as_array().unwrap().len(), 3);
    let planks = task(&all, &format!("{FIRST}#1"));
    assert_eq!(planks["status"], "done");
    assert_eq!(planks["council"], FIRST);
    assert_eq!(planks["who"], serde_json::json!(["Bo"]));
    assert_eq!(planks["due"], "2026-11-07");
    // Money is exact text with two decimals, never a float (docs/json.md).
    assert_eq!(planks["jar"]["collected"], "40.00");
    assert_eq!(planks["jar"]["spent"], "38.50");
    assert_eq!(planks["jar"]["left"], "1.50");
    assert_eq!(planks["jar"]["currency"], "USD");
    let drill = task(&all, &format!("{FIRST}#2"));
    assert_eq!(drill["status"], "open");
    assert_eq!(
        drill["overdue"], true,
        "due 2026-11-07, today is 2026-11-23"
    );

    let out = env.ok(&[
        "--log",
        "log",
        "report",
        &format!("{FIRST}#2"),
        "--status",
        "dropped",
        "--note",
        "Drill broke",
    ]);
    let path = stdout(&out);
    assert!(
        path.starts_with("reports/2026/2026-11-23-194100-the-bench-is-broken-2"),
        "{path}"
    );
    let log = env.path("log");
    let files = env.git(&log, &["show", "--name-only", "--format=%s", "HEAD"]);
    assert!(
        files.starts_with(&format!("2026-11-23 Report on {FIRST}#2: dropped\n")),
        "{files}"
    );
    assert_eq!(env.git(&log, &["status", "--porcelain"]), "");
    let all = json(&env, &["tasks"]);
    assert_eq!(task(&all, &format!("{FIRST}#2"))["status"], "dropped");
    assert_eq!(task(&all, &format!("{FIRST}#2"))["note"], "Drill broke");

    let open = json(&env, &["tasks", "--open"]);
    let ids: Vec<&str> = open
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [format!("{SECOND}#1")]);
    let done = json(&env, &["tasks", "--done"]);
    assert_eq!(done.as_array().unwrap().len(), 1);
    let table = stdout(&env.ok(&["--log", "log", "tasks"]));
    assert!(table.contains("open, OVERDUE"), "{table}");
}

#[test]
fn report_refuses_bad_input_and_writes_nothing() {
    let env = TestEnv::new();
    neighborhood(&env);
    let log = env.path("log");
    let head = env.head(&log);
    let err = env.fails(
        &[
            "--log",
            "log",
            "report",
            &format!("{FIRST}#9"),
            "--status",
            "done",
        ],
        1,
    );
    assert!(err.contains("no earlier council has a task"), "{err}");
    assert!(err.contains(&format!("did you mean {FIRST}#1")), "{err}");
    let err = env.fails(&["--log", "log", "report", FIRST, "--status", "done"], 1);
    assert!(err.contains("is a council, not a task"), "{err}");
    let err = env.fails(
        &[
            "--log",
            "log",
            "report",
            &format!("{SECOND}#1"),
            "--status",
            "done",
            "--spent",
            "5",
        ],
        1,
    );
    assert!(err.contains("has no jar"), "{err}");
    let err = env.fails(
        &[
            "--log",
            "log",
            "report",
            &format!("{FIRST}#1"),
            "--status",
            "done",
            "--collected=-5",
        ],
        2,
    );
    assert!(err.contains("negative"), "{err}");
    let err = env.fails(
        &[
            "--log",
            "log",
            "report",
            &format!("{FIRST}#1"),
            "--status",
            "finished",
        ],
        2,
    );
    assert!(err.contains("finished"), "{err}");
    assert_eq!(env.head(&log), head);
    assert_eq!(env.git(&log, &["status", "--porcelain"]), "");
}

#[test]
fn ledger_counts_decisions_tasks_gains_and_flags_jars() {
    let env = TestEnv::new();
    neighborhood(&env);
    let l = json(&env, &["ledger"]);
    assert_eq!(l["councils"], 3);
    assert_eq!(
        l["decisions"],
        serde_json::json!({"adopted": 3, "rejected": 0, "none": 0})
    );
    assert_eq!(l["tasks"]["done"], 1);
    assert_eq!(l["tasks"]["open"], 2);
    assert_eq!(l["tasks"]["dropped"], 0);
    assert_eq!(l["sovereignty"].as_array().unwrap().len(), 2);
    assert_eq!(l["sovereignty"][0]["council"], FIRST);
    assert_eq!(l["sovereignty"][0]["without_permission"], true);
    assert_eq!(l["won_without_permission"], 1);
    let jar = &l["jars"][0];
    assert_eq!(jar["task"], format!("{FIRST}#1"));
    assert_eq!(
        (jar["target"].clone(), jar["currency"].clone()),
        ("40.00".into(), "USD".into())
    );
    assert_eq!(jar["flag"], "unspent", "1.50 left after the task was done");

    env.ok(&[
        "--log",
        "log",
        "report",
        &format!("{FIRST}#1"),
        "--status",
        "done",
        "--spent",
        "1.50",
    ]);
    let l = json(&env, &["ledger"]);
    assert_eq!(l["jars"][0]["left"], "0.00");
    assert_eq!(l["jars"][0]["flag"], Value::Null);
    env.ok(&[
        "--log",
        "log",
        "report",
        &format!("{FIRST}#1"),
        "--status",
        "done",
        "--collected",
        "10",
    ]);
    assert_eq!(json(&env, &["ledger"])["jars"][0]["flag"], "unspent");
    let text = stdout(&env.ok(&["--log", "log", "ledger"]));
    assert!(
        text.contains("Councils: 3") && text.contains("unspent"),
        "{text}"
    );
}

#[test]
fn stats_count_turns_per_person_and_how_evenly_they_rotate() {
    let env = TestEnv::new();
    neighborhood(&env);
    let s = json(&env, &["stats"]);
    assert_eq!(s["councils"], 3);
    let people = s["people"].as_array().unwrap();
    let names: Vec<&str> = people.iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Ana", "Bo", "Chen", "Dara", "Eli"]);
    let chen = &people[2];
    assert_eq!(
        (
            chen["attended"].clone(),
            chen["facilitated"].clone(),
            chen["supported"].clone()
        ),
        (3.into(), 0.into(), 3.into())
    );
    let facilitated: u64 = people
        .iter()
        .map(|p| p["facilitated"].as_u64().unwrap())
        .sum();
    let spoke: u64 = people.iter().map(|p| p["spoke"].as_u64().unwrap()).sum();
    assert_eq!((facilitated, spoke), (3, 3));
    for p in people {
        assert!(
            p["facilitated"].as_u64().unwrap() <= 1,
            "least-served spreads the turns: {p}"
        );
    }
    assert_eq!(s["longest_run"]["councils"], 1);
    // Three turns over five attendees, one each for three of them: Gini = 0.4.
    assert!(
        (s["gini"].as_f64().unwrap() - 0.4).abs() < 1e-9,
        "{}",
        s["gini"]
    );
}

#[test]
fn delegates_show_mandates_and_recalls() {
    let env = TestEnv::new();
    neighborhood(&env);
    let d = json(&env, &["delegates"]);
    assert_eq!(
        d,
        serde_json::json!([
            {"council": FIRST, "name": "Ana", "to": "Eastside assembly", "mandate": "Ask for tool-library hours", "status": "recalled", "recalled_by": THIRD},
            {"council": THIRD, "name": "Bo", "to": "Eastside assembly", "mandate": "Propose weekend hours", "status": "active"},
        ])
    );
    let active = json(&env, &["delegates", "--active"]);
    assert_eq!(active.as_array().unwrap().len(), 1);
}

#[test]
fn the_readme_tells_a_neighbor_where_things_stand() {
    let env = TestEnv::new();
    neighborhood(&env);
    let readme = std::fs::read_to_string(env.path("log/README.md")).unwrap();
    for expected in [
        "3 councils so far: 3 decisions adopted",
        "## Open tasks",
        &format!("| `{FIRST}#2` | Bring the drill | Dara, Eli | 2026-11-07 **overdue** |"),
        "## Active delegates",
        "- Bo to Eastside assembly",
        "## Jars",
        "**task ended: spend what is left and reset**",
        "## Sovereignty ledger",
        "2 gains, 1 of them won without asking permission",
        &format!("[The tool library](minutes/2026/{THIRD}.md)"),
    ] {
        assert!(
            readme.contains(expected),
            "README lacks {expected:?}:\n{readme}"
        );
    }
    assert!(
        !readme.contains("- Ana to Eastside"),
        "a recalled mandate is not active"
    );
    // A report-back regenerates it too.
    env.ok(&[
        "--log",
        "log",
        "report",
        &format!("{FIRST}#2"),
        "--status",
        "done",
    ]);
    let readme = std::fs::read_to_string(env.path("log/README.md")).unwrap();
    assert!(!readme.contains("Bring the drill"), "{readme}");
}
