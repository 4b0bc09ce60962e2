//! Completions and the manual page, as a shell and `man` take them.

use crate::env::{TestEnv, stdout};

#[test]
fn static_bash_completions_load_in_bash_and_complete_subcommands() {
    let env = TestEnv::new();
    let script = stdout(&env.ok(&["completions", "bash", "--static"]));
    let file = env.write("council.bash", &script);
    // Loaded by a real bash: the function is defined and registered for `council`.
    let out = env
        .command("bash")
        .args([
            "-c",
            &format!(
                "source {file} && complete -p council && COMP_WORDS=(council sy); COMP_CWORD=1; _council council sy council; echo \"${{COMPREPLY[@]}}\""
            ),
        ])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("-F _council council"), "{said}");
    assert!(
        said.lines().last().unwrap_or_default().contains("sync"),
        "{said}"
    );
}

#[test]
fn every_shell_gets_a_script_naming_every_subcommand() {
    let env = TestEnv::new();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = stdout(&env.ok(&["completions", shell, "--static"]));
        for sub in ["convene", "run", "verify", "sync", "federation", "man"] {
            assert!(script.contains(sub), "{shell} lacks {sub}");
        }
        // The default script asks the binary itself, through COMPLETE.
        let script = stdout(&env.ok(&["completions", shell]));
        assert!(script.contains("COMPLETE"), "{shell}: {script}");
        assert!(script.contains("council"), "{shell}: {script}");
    }
    let err = env.fails(&["completions", "tcsh"], 2);
    assert!(err.contains("possible values"), "{err}");
}

#[test]
fn the_manual_page_documents_the_tool_and_every_subcommand() {
    let env = TestEnv::new();
    let page = stdout(&env.ok(&["man"]));
    assert!(
        page.starts_with(".ie") || page.contains(".TH council 1"),
        "{page}"
    );
    for sub in [
        "init",
        "convene",
        "run",
        "verify",
        "report",
        "sync",
        "completions",
    ] {
        assert!(
            page.contains(&format!(".TH council-{sub} 1")),
            "no page for {sub}"
        );
    }
    // Read by man itself when it is installed (it is on the project's machines).
    if std::path::Path::new("/usr/bin/man").exists() {
        let file = env.write("council.1", &page);
        let out = env.command("man").args(["-l", &file]).output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains("SYNOPSIS") && text.contains("DESCRIPTION"),
            "{text}"
        );
    }
}

#[test]
fn every_subcommands_help_lists_the_global_options_apart() {
    let env = TestEnv::new();
    for sub in ["run", "verify", "tasks", "sync"] {
        let help = stdout(&env.ok(&[sub, "--help"]));
        let (own, global) = help
            .split_once("Global options:")
            .unwrap_or_else(|| panic!("{sub} --help has no global heading:\n{help}"));
        assert!(global.contains("--log <DIR>"), "{sub}: {help}");
        assert!(global.contains("--quiet"), "{sub}: {help}");
        assert!(!own.contains("--log <DIR>"), "{sub}: {help}");
    }
}

#[test]
fn clap_s_own_errors_follow_color_and_no_color() {
    let env = TestEnv::new();
    // The test environment sets NO_COLOR: plain, unless --color always asks.
    let plain = env.fails(&["bogus"], 2);
    assert!(!plain.contains('\u{1b}'), "{plain:?}");
    let colored = env.fails(&["--color", "always", "bogus"], 2);
    assert!(colored.contains("\u{1b}["), "{colored:?}");
    let never = env.fails(&["--color=never", "bogus"], 2);
    assert!(!never.contains('\u{1b}'), "{never:?}");
}

#[test]
fn a_task_in_play_is_named_by_any_part_of_its_id_that_names_only_it() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let answers = env.write("a.toml", crate::env::ANSWERS);
    env.ok(&["--log", "log", "run", &answers]);
    let other = env.write(
        "b.toml",
        &crate::env::ANSWERS.replace("The bench is broken", "The swing is broken"),
    );
    env.ok(&["--log", "log", "run", &other]);
    // Two tasks in play end in "broken#1": that names neither, and nothing is written.
    let head = env.head(&log);
    let err = env.fails(
        &["--log", "log", "report", "broken#1", "--status", "done"],
        1,
    );
    assert!(err.contains("names 2 tasks in play"), "{err}");
    assert_eq!(env.head(&log), head);
    // "bench#1" names one: the report-back is filed on the whole id.
    let out = env.ok(&["--log", "log", "report", "bench#1", "--status", "done"]);
    assert!(
        crate::env::stderr(&out).contains("Reporting on 2026-11-23-the-bench-is-broken#1"),
        "{}",
        crate::env::stderr(&out)
    );
    let tasks = stdout(&env.ok(&["--log", "log", "tasks", "--json"]));
    let tasks: serde_json::Value = serde_json::from_str(&tasks).unwrap();
    let bench = tasks
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "2026-11-23-the-bench-is-broken#1")
        .unwrap();
    assert_eq!(bench["status"], "done");
}

#[test]
fn every_template_is_listed_starts_a_log_and_holds_a_council() {
    let env = TestEnv::new();
    let listed = stdout(&env.ok(&["init", "--list-templates"]));
    let templates = ["default", "assembly", "block", "tenants", "mutual-aid"];
    for (template, rule) in templates.iter().zip([
        "consent",
        "supermajority",
        "consent",
        "consensus",
        "majority",
    ]) {
        let line = listed
            .lines()
            .find(|l| l.starts_with(template))
            .unwrap_or_else(|| panic!("{template} is not listed:\n{listed}"));
        assert!(line.contains(rule), "{line}");
        env.ok(&["init", template, "--template", template]);
        let config = std::fs::read_to_string(env.path(template).join("council.toml")).unwrap();
        assert!(
            config.contains(&format!("decision_rule = \"{rule}\"")),
            "{config}"
        );
        // A council by consent, whatever the template's usual rule: every template holds one.
        let answers = env.write(
            "consent.toml",
            &crate::env::ANSWERS.replace("[decision]\n", "[decision]\nrule = \"consent\"\n"),
        );
        env.ok(&["--log", template, "run", &answers]);
        env.ok(&["--log", template, "verify"]);
    }
    assert_eq!(listed.lines().count(), templates.len(), "{listed}");
    let err = env.fails(&["init", "x", "--template", "commune"], 2);
    assert!(err.contains("mutual-aid"), "{err}");
}

#[test]
fn a_council_is_named_by_any_part_of_its_id_that_names_only_it() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let answers = env.write("a.toml", crate::env::ANSWERS);
    env.ok(&["--log", "log", "run", &answers]);
    let other = env.write(
        "b.toml",
        &crate::env::ANSWERS.replace("The bench is broken", "The swing is broken"),
    );
    env.ok(&["--log", "log", "run", &other]);
    let shown = stdout(&env.ok(&["--log", "log", "show", "bench"]));
    assert!(shown.starts_with("# The bench is broken"), "{shown}");
    // "broken" names both: nothing is guessed, and nothing is written.
    let head = env.head(&log);
    let err = env.fails(&["--log", "log", "correct", "broken", "--note", "x"], 1);
    assert!(err.contains("names 2 councils"), "{err}");
    assert_eq!(env.head(&log), head);
    let out = env.ok(&["--log", "log", "correct", "swing", "--note", "Sunday"]);
    assert!(
        crate::env::stderr(&out).contains("Correcting 2026-11-23-the-swing-is-broken"),
        "{}",
        crate::env::stderr(&out)
    );
    env.ok(&["--log", "log", "verify"]);
}

#[test]
fn councils_and_tasks_are_named_by_their_number_in_the_log() {
    let mut env = TestEnv::new();
    crate::examples::examples_log(&mut env);
    let listed = stdout(&env.ok(&["--log", "log", "log"]));
    let second = listed.lines().find(|l| l.contains("streetlight")).unwrap();
    assert!(
        second.trim_start_matches([' ', '│', '|']).starts_with('2'),
        "{listed}"
    );
    let log: serde_json::Value =
        serde_json::from_str(&stdout(&env.ok(&["--log", "log", "log", "--json"]))).unwrap();
    assert_eq!(log[1]["number"], 2);
    assert_eq!(
        log[1]["id"],
        "2026-11-21-the-streetlight-on-maple-has-been-out"
    );

    // show, verify and correct take the number; report takes council#task.
    let shown: serde_json::Value =
        serde_json::from_str(&stdout(&env.ok(&["--log", "log", "show", "2", "--json"]))).unwrap();
    assert_eq!(
        shown["id"],
        "2026-11-21-the-streetlight-on-maple-has-been-out"
    );
    let verified = stdout(&env.ok(&["--log", "log", "verify", "3", "bench"]));
    assert_eq!(
        verified,
        "ok    minutes/2026/2026-11-16-the-bench-at-elm-and-5th-is-broken.md\n\
         ok    minutes/2026/2026-11-22-who-waters-the-tree-pits-in-august.md\n"
    );
    let filed = stdout(&env.ok(&["--log", "log", "report", "3#2", "--status", "done"]));
    assert!(
        filed
            .trim()
            .ends_with("-who-waters-the-tree-pits-in-august-2.md"),
        "{filed}"
    );
    let tasks: serde_json::Value =
        serde_json::from_str(&stdout(&env.ok(&["--log", "log", "tasks", "--json"]))).unwrap();
    let cans = tasks
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "2026-11-22-who-waters-the-tree-pits-in-august#2")
        .unwrap();
    assert_eq!(cans["status"], "done");

    // A number past the end, or a part that names nothing, is refused with what to do.
    let said = env.fails(&["--log", "log", "show", "9"], 1);
    assert!(
        said.contains("no council numbered 9: the log holds 4 councils"),
        "{said}"
    );
    let said = env.fails(&["--log", "log", "report", "9#1", "--status", "done"], 1);
    assert!(said.contains("no council numbered 9"), "{said}");
    let said = env.fails(
        &[
            "--log",
            "log",
            "verify",
            "2026-11-16-the-bench-at-elm-and-5th-is-brokn",
        ],
        1,
    );
    assert!(
        said.contains("did you mean 2026-11-16-the-bench-at-elm-and-5th-is-broken"),
        "{said}"
    );
    let said = env.fails(&["--log", "log", "verify", "the"], 1);
    assert!(said.contains("\"the\" names 4 councils"), "{said}");
}

/// Completes like bash does: the registration script sourced in a real bash, its function
/// called with the words typed, `council` found on PATH.
fn bash_completes(env: &TestEnv, dir: &std::path::Path, words: &[&str]) -> Vec<String> {
    let script = stdout(&env.ok(&["completions", "bash"]));
    let file = env.write("council-dynamic.bash", &script);
    let bin = assert_cmd::cargo::cargo_bin("council");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let out = env
        .command("bash")
        .env("PATH", path)
        .current_dir(dir)
        .args([
            "-c",
            &format!(
                "source {file} && COMP_WORDS=({}) && COMP_CWORD={} && _clap_complete_council council '{}' '{}' && printf '%s\\n' \"${{COMPREPLY[@]}}\"",
                quoted.join(" "),
                words.len() - 1,
                words[words.len() - 1],
                words[words.len() - 2],
            ),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| l.trim_end().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn completions_offer_the_logs_council_and_task_ids() {
    let mut env = TestEnv::new();
    crate::examples::examples_log(&mut env);
    let log = env.path("log");
    assert_eq!(
        bash_completes(&env, &log, &["council", "show", "2026-11-2"]),
        [
            "2026-11-21-the-streetlight-on-maple-has-been-out",
            "2026-11-22-who-waters-the-tree-pits-in-august",
            "2026-11-23-should-the-courtyard-gate-stay"
        ]
    );
    assert_eq!(
        bash_completes(&env, &log, &["council", "verify", "2026-11-16"]),
        ["2026-11-16-the-bench-at-elm-and-5th-is-broken"]
    );
    // Tasks in play: open, or with money left in the jar; a task done and settled is not.
    let tasks = bash_completes(&env, &log, &["council", "report", "2026-11-2"]);
    assert_eq!(
        tasks,
        [
            "2026-11-22-who-waters-the-tree-pits-in-august#1",
            "2026-11-22-who-waters-the-tree-pits-in-august#2",
            "2026-11-23-should-the-courtyard-gate-stay#1"
        ]
    );
    // Subcommands too, and from outside the log with --log=DIR.
    assert!(bash_completes(&env, &log, &["council", "sy"]).contains(&"sync".to_string()));
    assert_eq!(
        bash_completes(
            &env,
            env.dir.path(),
            &["council", "--log=log", "show", "2026-11-16"]
        ),
        ["2026-11-16-the-bench-at-elm-and-5th-is-broken"]
    );
    // Outside any log, nothing is offered and nothing fails.
    assert!(bash_completes(&env, env.dir.path(), &["council", "show", "2026"]).is_empty());
}
