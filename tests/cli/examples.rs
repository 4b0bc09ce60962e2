//! The examples in `examples/`: each rule, a delegate and report-backs, run into a fresh log,
//! re-checked, and read by the scripted digest.

use crate::env::{TestEnv, example, stdout};

/// The four example councils, run in order into `log`, at a time after the last one.
pub fn examples_log(env: &mut TestEnv) {
    env.now = "2026-11-28T20:00:00-05:00".to_string();
    env.ok(&[
        "--log",
        "log",
        "run",
        "--init",
        &example("the-bench-is-broken.toml"),
    ]);
    env.ok(&["--log", "log", "run", &example("the-streetlight-vote.toml")]);
    env.ok(&["--log", "log", "run", &example("the-garden-consensus.toml")]);
    env.ok(&[
        "--log",
        "log",
        "run",
        &example("the-courtyard-gate-supermajority.toml"),
    ]);
}

fn council_of(env: &TestEnv, id: &str) -> serde_json::Value {
    serde_json::from_str(&stdout(&env.ok(&["--log", "log", "show", id, "--json"]))).unwrap()
}

#[test]
fn every_example_runs_into_a_fresh_log_and_verifies() {
    let mut env = TestEnv::new();
    examples_log(&mut env);
    let out = stdout(&env.ok(&["--log", "log", "verify"]));
    assert_eq!(out.matches("ok    minutes/").count(), 4, "{out}");

    let bench = council_of(&env, "2026-11-16-the-bench-at-elm-and-5th-is-broken");
    assert_eq!(bench["decision"]["rule"], "consent");
    assert_eq!(bench["tasks"][0]["jar"]["target"], "40.00");

    let vote = council_of(&env, "2026-11-21-the-streetlight-on-maple-has-been-out");
    assert_eq!(vote["decision"]["rule"], "majority");
    assert_eq!(vote["decision"]["votes"]["for"], 4);
    assert_eq!(vote["delegate"]["name"], "Ana");
    assert_eq!(vote["report_backs"][0]["spent"], "38.50");

    let garden = council_of(&env, "2026-11-22-who-waters-the-tree-pits-in-august");
    assert_eq!(garden["decision"]["rule"], "consensus");
    assert_eq!(garden["decision"]["stand_asides"][0], "Gus");
    assert_eq!(
        garden["decision"]["amended_from"],
        "Each household waters the pit in front of its door"
    );
    assert_eq!(garden["tasks"][1]["jar"]["target"], "24.50");

    let gate = council_of(&env, "2026-11-23-should-the-courtyard-gate-stay");
    assert_eq!(gate["decision"]["rule"], "supermajority");
    assert_eq!(gate["decision"]["votes"]["for"], 4);

    let delegates: serde_json::Value =
        serde_json::from_str(&stdout(&env.ok(&["--log", "log", "delegates", "--json"]))).unwrap();
    assert_eq!(delegates[0]["to"], "Eastside federation assembly");
    assert_eq!(delegates[0]["status"], "active");
}

#[test]
fn the_weekly_digest_lists_open_tasks_from_json() {
    let mut env = TestEnv::new();
    examples_log(&mut env);
    env.ok(&[
        "--log",
        "log",
        "report",
        "2026-11-22-who-waters-the-tree-pits-in-august#2",
        "--status",
        "open",
        "--note",
        "One can bought",
        "--collected",
        "24.50",
        "--spent",
        "12.25",
    ]);
    let bin = assert_cmd::cargo::cargo_bin("council");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/weekly-digest.sh");
    let out = env
        .command("sh")
        .env("PATH", path)
        .arg(&script)
        .arg("log")
        .output()
        .unwrap();
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.starts_with("Open tasks: 4\n"), "{said}");
    let overdue = said.find("\nOverdue\n").expect(&said);
    let open = said.find("\nOpen\n").expect(&said);
    let drill = said
        .find("Bring the drill and clamps (Dara, Eli, due 2026-11-21)")
        .expect(&said);
    assert!(
        overdue < drill && drill < open,
        "the overdue task is listed as overdue: {said}"
    );
    assert!(
        said.contains("Buy two watering cans (Fern, due 2026-12-05; jar 24.50 of 24.50 USD)"),
        "{said}"
    );
    assert!(said.contains("    latest: One can bought\n"), "{said}");
    assert!(
        !said.contains("Write down which lamps"),
        "a task reported done is not open: {said}"
    );
}
