//! Adversary "eco": the JSON contracts, ids people can type, completions and versions
//! (docs/json.md, README "Commands" and "Scripts", issue 16). Each test shows a promise
//! broken; they are ignored so the suite stays green until the product is fixed.

use crate::env::{ANSWERS, TestEnv, stdout};

const FILE: &str = "minutes/2026/2026-11-23-the-bench-is-broken.md";

fn log_with_council(env: &TestEnv) -> std::path::PathBuf {
    let log = env.init_log("log");
    let answers = env.write("answers.toml", ANSWERS);
    env.ok(&["--log", "log", "run", &answers]);
    log
}

fn json(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_str(&stdout(out)).expect("--json prints JSON")
}

/// What the shell would be offered for `council WORDS...`, asked as the fish script asks.
fn complete(env: &TestEnv, words: &[&str]) -> Vec<String> {
    let out = env
        .council_process()
        .env("COMPLETE", "fish")
        .env("COUNCIL_LOG", env.path("log"))
        .arg("--")
        .arg("council")
        .args(words)
        .output()
        .unwrap();
    stdout(&out)
        .lines()
        .map(|l| l.split('\t').next().unwrap().to_string())
        .filter(|v| !v.starts_with('-'))
        .collect()
}

/// docs/json.md: verify's problems are objects with `kind` (one of the words the verify
/// schema lists), `step`, `field`, `expected`, `found` for scripts, and `message` for people
/// (in the terminal's language).
#[test]
fn verify_json_problems_say_kind_step_field_expected_and_found() {
    let env = TestEnv::new();
    let log = log_with_council(&env);
    let record = json(&env.ok(&["--log", "log", "show", "1", "--json"]));
    let drawn = record["facilitator"].as_str().unwrap().to_string();
    let other = ["Ana", "Bo", "Dara"]
        .into_iter()
        .find(|n| *n != drawn)
        .unwrap();
    let path = log.join(FILE);
    let text = std::fs::read_to_string(&path).unwrap();
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
    std::fs::write(&path, forged).unwrap();
    env.git(&log, &["commit", "-q", "-am", "Let someone else lead"]);

    let out = env.run(&["--log", "log", "verify", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let checked = json(&out);
    let problems = checked[0]["problems"].as_array().unwrap();
    assert!(!problems.is_empty());
    // The kinds docs/json/verify.schema.json lists.
    let kinds = [
        "parse",
        "file",
        "history",
        "settings",
        "append-only",
        "privacy",
        "rules",
        "key",
        "draw",
        "record",
        "body",
    ];
    for p in problems {
        let kind = p["kind"].as_str().unwrap();
        assert!(kinds.contains(&kind), "undocumented kind {kind:?} in {p}");
    }
    // The forged step: the re-check knows the step, what it computed and what the file says.
    assert!(
        problems.iter().any(|p| p["step"] == 0
            && p["field"].is_string()
            && p["expected"] == drawn.as_str()
            && p["found"] == other),
        "no problem names step 0, its field, expected {drawn:?} and found {other:?}: {problems:#?}"
    );
}

/// docs/json.md: `council run FILE --dry-run --json` prints "the council the answers would
/// record, as `show` prints it" (schema: show). For answers recorded already it prints
/// `run`'s shape instead (`already_recorded`, `commit`), so a script reading `.issue` or
/// `.draw` gets nothing.
#[test]
fn dry_run_json_of_recorded_answers_keeps_the_show_shape() {
    let env = TestEnv::new();
    log_with_council(&env);
    let answers = env.path("answers.toml").display().to_string();
    let out = env.ok(&["--log", "log", "run", &answers, "--dry-run", "--json"]);
    let v = json(&out);
    for field in [
        "id",
        "issue",
        "started",
        "attendees",
        "draw",
        "decision",
        "tasks",
    ] {
        assert!(
            v.get(field).is_some(),
            "dry-run --json lacks show's `{field}`: {v}"
        );
    }
    assert!(v.get("already_recorded").is_none(), "run's shape: {v}");
}

/// README: the ids of the log complete for `show`. Every id begins with its year, but once
/// the word typed is all digits only council numbers are offered: `show 2026<TAB>` offers
/// nothing at all.
#[test]
fn completing_the_start_of_an_id_offers_the_id() {
    let env = TestEnv::new();
    log_with_council(&env);
    assert_eq!(
        complete(&env, &["show", ""]),
        vec!["2026-11-23-the-bench-is-broken"]
    );
    let offered = complete(&env, &["show", "2026"]);
    assert!(
        offered
            .iter()
            .any(|c| c == "2026-11-23-the-bench-is-broken"),
        "show 2026<TAB> offers {offered:?}"
    );
}

/// README: `report` takes `3#1` (the council's number and the task's), and tasks in play
/// complete. Typing the number form, `1#`, completes nothing.
#[test]
fn completing_a_numbered_task_offers_its_tasks() {
    let env = TestEnv::new();
    log_with_council(&env);
    assert_eq!(
        complete(&env, &["report", ""]),
        vec!["2026-11-23-the-bench-is-broken#1"]
    );
    let offered = complete(&env, &["report", "1#"]);
    assert!(!offered.is_empty(), "report 1#<TAB> offers nothing");
    assert!(
        offered
            .iter()
            .all(|c| c == "1#1" || c == "2026-11-23-the-bench-is-broken#1"),
        "{offered:?}"
    );
}

/// README/issue 16: "a miss names the closest ids". A one-letter slip in the part people
/// type (`stretlight` for `streetlight`) gets no suggestion, only "council log lists every
/// council".
#[test]
fn a_misspelled_part_of_an_id_names_the_closest() {
    let env = TestEnv::new();
    env.init_log("log");
    let answers = env.write(
        "answers.toml",
        &ANSWERS.replace("The bench is broken", "The streetlight is out"),
    );
    env.ok(&["--log", "log", "run", &answers]);
    for typed in ["stretlight", "STREETLIGHT", "streetlihgt"] {
        let err = env.fails(&["--log", "log", "show", typed], 1);
        assert!(
            err.contains("2026-11-23-the-streetlight-is-out"),
            "the miss {typed:?} names no close id: {err}"
        );
    }
}

/// README: ID is "enough of the id to name one council". A part made of digits is read
/// only as a council number: `23` (in `2026-11-23-...`, the only council) is "no council
/// numbered 23", without trying it as a part.
#[test]
fn a_unique_numeric_part_of_an_id_names_its_council() {
    let env = TestEnv::new();
    log_with_council(&env);
    let out = env.run(&["--log", "log", "show", "23", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(json(&out)["id"], "2026-11-23-the-bench-is-broken");
}

/// docs/json.md's stability rule: a field never changes type without a new minor version,
/// and `council --version` names the version. Its "Changes" say money became text etc. in
/// 0.3.0, but the binary (and the minutes' `tool`) still says 0.2.0, the version that
/// printed money as floats: a script cannot tell which contract it talks to.
#[test]
fn the_version_names_the_json_contract_it_prints() {
    let env = TestEnv::new();
    log_with_council(&env);
    let docs = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/json.md"),
    )
    .unwrap();
    assert!(docs.contains("- **0.3.0**: every output became its own type"));
    let version = stdout(&env.ok(&["--version"]));
    assert!(
        version.contains("0.3."),
        "docs/json.md documents the 0.3.0 contract; the binary says {version:?}"
    );
    let record = json(&env.ok(&["--log", "log", "show", "1", "--json"]));
    assert!(
        record["tool"].as_str().unwrap().contains("0.3."),
        "{}",
        record["tool"]
    );
}

/// docs/json.md: the minutes record the floor's Gini with three decimals (0.444, which
/// verify checks), and `stats --json` computes each council's talk-time Gini from the shares
/// kept, with four decimals: shares of 100, 200 and 0 seconds give 0.4444.
#[test]
fn talk_time_gini_has_four_decimals() {
    let env = TestEnv::new();
    env.init_log("log");
    let floor = r#"
[floor]
record = "shares"
present = 3
spoke = 2
turns = 3
seconds = 300
top_two_seconds = 300
gini = GINI
shares = [{ name = "Ana", seconds = 100, turns = 1 }, { name = "Bo", seconds = 200, turns = 2 }, { name = "Dara", seconds = 0, turns = 0 }]
"#;
    let answers = ANSWERS
        .replace("[[attendees]]\nname = \"Chen\"\nopt_out = true\n", "")
        .replace("support = \"Chen\"\n", "");
    let four = env.write(
        "four.toml",
        &format!("{answers}{}", floor.replace("GINI", "0.4444")),
    );
    let three = env.write(
        "three.toml",
        &format!("{answers}{}", floor.replace("GINI", "0.444")),
    );
    // Whichever rounding the answers may use, the contract is four decimals in the output.
    if !env.run(&["--log", "log", "run", &four]).status.success() {
        env.ok(&["--log", "log", "run", &three]);
    }
    let shown = json(&env.ok(&["--log", "log", "show", "1", "--json"]));
    assert_eq!(shown["floor"]["gini"].as_f64(), Some(0.444), "as recorded");
    let stats = json(&env.ok(&["--log", "log", "stats", "--json"]));
    assert_eq!(
        stats["talk_time"][0]["gini"].as_f64(),
        Some(0.4444),
        "{}",
        stats["talk_time"]
    );
}

/// Issue 16 and docs/json.md: positions count from 0 in JSON and "the human tables count
/// from 1 and say so". The minutes `council show` prints read "Dara, position 0 of 1" (the
/// site and the notice say "position 1 of 1" for the same step), and nothing says from 0.
#[test]
fn the_minutes_count_draw_positions_from_one() {
    let env = TestEnv::new();
    log_with_council(&env);
    let record = json(&env.ok(&["--log", "log", "show", "1", "--json"]));
    let text = stdout(&env.ok(&["--log", "log", "show", "1"]));
    for step in record["draw"]["steps"].as_array().unwrap() {
        let position = step["position"].as_u64().unwrap();
        let of = step["pool"].as_array().unwrap().len();
        let human = format!("position {} of {of}", position + 1);
        assert!(
            text.contains(&human),
            "the minutes lack {human:?} for step {}:\n{text}",
            step["i"]
        );
    }
    assert!(!text.contains("position 0 of"), "{text}");
}

/// README: ids complete from the log named by `--log=DIR` typed before the subcommand.
/// Bash splits the word at `=` (it is in COMP_WORDBREAKS), so the script hands `council`
/// the words `--log`, `=`, `DIR`: the log is looked for at `=`, and nothing completes.
#[test]
fn bash_completes_ids_of_the_log_named_with_log_equals() {
    let env = TestEnv::new();
    log_with_council(&env);
    let bin = assert_cmd::cargo::cargo_bin("council");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let dir = env.path("log").display().to_string();
    // COMP_WORDS as bash's readline builds them for `council --log=DIR show 2026-<TAB>`.
    let script = format!(
        r#"source <(council completions bash)
COMP_WORDS=(council --log = '{dir}' show 2026-); COMP_CWORD=5; COMP_TYPE=9
_clap_complete_council council 2026- show
printf '%s\n' "${{COMPREPLY[@]}}""#
    );
    let out = env
        .command("bash")
        .env("PATH", path)
        .current_dir(std::env::temp_dir())
        .arg("-c")
        .arg(script)
        .output()
        .unwrap();
    let offered = stdout(&out);
    assert!(
        offered.contains("2026-11-23-the-bench-is-broken"),
        "offered: {offered:?} stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// README, Scripts: "`examples/` holds a council for each decision rule". The binary takes
/// four rules (consent, consensus, majority, supermajority); no example uses supermajority.
#[test]
fn examples_hold_a_council_for_each_decision_rule() {
    let env = TestEnv::new();
    env.init_log("log");
    let answers = env.write(
        "answers.toml",
        &ANSWERS
            .replace(
                "outcome = \"adopted\"",
                "rule = \"supermajority\"\noutcome = \"adopted\"\nvotes = { for = 3, against = 0, abstain = 0 }",
            ),
    );
    // supermajority is a rule the tool records.
    env.ok(&["--log", "log", "run", &answers, "--dry-run"]);
    let examples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut texts = String::new();
    for entry in std::fs::read_dir(examples).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") {
            texts.push_str(&std::fs::read_to_string(path).unwrap());
        }
    }
    for rule in ["majority", "consensus", "supermajority"] {
        assert!(
            texts.contains(&format!("rule = \"{rule}\"")),
            "no example for the {rule} rule"
        );
    }
}

/// `council run --help`: `--dry-run` prints the minutes and "commit[s] nothing". With
/// `--init` on a folder with no log, it creates the repository and commits its first commit.
#[test]
fn a_dry_run_with_init_commits_nothing() {
    let env = TestEnv::new();
    let answers = env.write("answers.toml", ANSWERS);
    env.ok(&[
        "--log",
        "log",
        "run",
        "--init",
        "--dry-run",
        "--json",
        &answers,
    ]);
    assert!(
        !env.path("log").exists(),
        "the dry run left a log: {:?}",
        std::fs::read_dir(env.path("log"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect::<Vec<_>>()
    );
}

/// README: ID is "enough of the id to name one council (`bench`)", and the ids of the log
/// complete. The completer only offers ids that begin with the word typed, and every id
/// begins with its date: `council show bench<TAB>` (a word `show` itself accepts) offers
/// nothing, so the part people type never completes.
#[test]
fn completing_a_part_of_an_id_offers_the_id() {
    let env = TestEnv::new();
    log_with_council(&env);
    env.ok(&["--log", "log", "show", "bench"]);
    let offered = complete(&env, &["show", "bench"]);
    assert!(
        offered
            .iter()
            .any(|c| c == "2026-11-23-the-bench-is-broken"),
        "show bench<TAB> offers {offered:?}"
    );
    let offered = complete(&env, &["report", "bench"]);
    assert!(
        offered
            .iter()
            .any(|c| c == "2026-11-23-the-bench-is-broken#1"),
        "report bench<TAB> offers {offered:?}"
    );
}

/// README: `sync` fetches origin and brings its councils in; docs/json.md: `integrated`
/// says how they came in. A neighbor clones the public log from a server whose bare
/// repository's HEAD names `master` (plain `git init --bare` without init.defaultBranch)
/// while `council init` publishes `main`. `council init` adopts the clone as a new, empty
/// log on `master`; `sync --json` then says `"integrated": "up-to-date"` and pushes a second
/// history to origin, and the council on origin's `main` never reaches the neighbor.
#[test]
fn a_clone_adopted_as_a_log_brings_in_origins_councils() {
    let env = TestEnv::new();
    let root = env.dir.path().to_path_buf();
    env.git(&root, &["init", "-q", "--bare", "origin.git"]);
    let origin = env.path("origin.git").display().to_string();
    env.ok(&["init", "a", "--remote", &origin]);
    let answers = env.write("answers.toml", ANSWERS);
    env.ok(&["--log", "a", "run", &answers]);
    env.ok(&["--log", "a", "sync"]);

    env.git(&root, &["clone", "-q", "origin.git", "b"]);
    env.ok(&["init", "b"]);
    let synced = json(&env.ok(&["--log", "b", "sync", "--json"]));
    let log = json(&env.ok(&["--log", "b", "log", "--json"]));
    assert!(
        log.as_array()
            .unwrap()
            .iter()
            .any(|c| c["id"] == "2026-11-23-the-bench-is-broken"),
        "origin's council is missing after sync, which said {synced}"
    );
}

/// README: `--log DIR` with a space names the log for completions too, even when DIR is
/// named like a subcommand (`log`), in bash and in fish.
#[test]
fn completions_read_log_dir_with_a_space() {
    let env = TestEnv::new();
    log_with_council(&env);
    let bin = assert_cmd::cargo::cargo_bin("council");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let script = r#"source <(council completions bash)
COMP_WORDS=(council --log log show 2026-); COMP_CWORD=4; COMP_TYPE=9
_clap_complete_council council 2026- show
printf '%s\n' "${COMPREPLY[@]}""#;
    let out = env
        .command("bash")
        .env("PATH", path)
        .current_dir(env.dir.path())
        .arg("-c")
        .arg(script)
        .output()
        .unwrap();
    let offered = stdout(&out);
    assert!(
        offered.contains("2026-11-23-the-bench-is-broken"),
        "bash offered: {offered:?} stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = env
        .council_process()
        .env("COMPLETE", "fish")
        .current_dir(env.dir.path())
        .args(["--", "council", "--log", "log", "show", ""])
        .output()
        .unwrap();
    let offered = stdout(&out);
    assert!(
        offered.contains("2026-11-23-the-bench-is-broken"),
        "fish offered: {offered:?}"
    );
}

/// `report 3#01` is `3#1`, as `03#1` is; `verify 1 1` checks council 1 once; a part that
/// names only a task that ended says so and points to `council tasks`.
#[test]
fn task_numbers_verify_twice_and_ended_tasks() {
    let env = TestEnv::new();
    log_with_council(&env);
    let checked = json(&env.ok(&["--log", "log", "verify", "1", "1", "--json"]));
    assert_eq!(checked.as_array().unwrap().len(), 1, "{checked}");
    env.ok(&["--log", "log", "report", "1#01", "--status", "done"]);
    let err = env.fails(&["--log", "log", "report", "bench", "--status", "done"], 1);
    assert!(
        err.contains("2026-11-23-the-bench-is-broken#1") && err.contains("council tasks"),
        "{err}"
    );
}

/// A clone with files of its own is not adopted beside origin's log: init names the command
/// that takes origin's log. A log on another branch than origin's never pushes a second,
/// unrelated history: sync refuses and says what to do.
#[test]
fn no_second_unrelated_log_beside_origins() {
    let env = TestEnv::new();
    let root = env.dir.path().to_path_buf();
    env.git(&root, &["init", "-q", "--bare", "origin.git"]);
    let origin = env.path("origin.git").display().to_string();
    env.ok(&["init", "a", "--remote", &origin]);
    env.ok(&["--log", "a", "sync"]);

    env.git(&root, &["clone", "-q", "origin.git", "b"]);
    env.write("b/notes.txt", "mine");
    let err = env.fails(&["init", "b"], 1);
    assert!(err.contains("switch main"), "{err}");
    assert!(!env.path("b/council.toml").exists());

    env.ok(&["init", "c", "--name", "Another street"]);
    let c = env.path("c");
    env.git(&c, &["branch", "-q", "-m", "master"]);
    env.git(&c, &["remote", "add", "origin", &origin]);
    let err = env.fails(&["--log", "c", "sync"], 1);
    assert!(
        err.contains("second, unrelated log") && err.contains("switch main"),
        "{err}"
    );
    let branches = std::process::Command::new("git")
        .args(["--git-dir", &origin, "branch", "--list"])
        .output()
        .unwrap();
    assert!(!stdout(&branches).contains("master"), "pushed a second log");
}
