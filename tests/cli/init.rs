use crate::env::{TestEnv, stderr};

#[test]
fn init_creates_a_log_with_settings_and_readme_committed_as_the_council() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let toml = std::fs::read_to_string(log.join("council.toml")).unwrap();
    for setting in [
        "name = ",
        "duration_minutes = 45",
        "rotation = \"least-served\"",
        "decision_rule = \"consent\"",
        "privacy = \"names\"",
        "push = false",
        "closing_rituals = ",
        "[identity]",
        "[protocol]",
    ] {
        assert!(toml.contains(setting), "council.toml lacks {setting}");
    }
    assert!(log.join("README.md").exists());
    let log_line = env.git(&log, &["log", "--format=%an <%ae>|%s"]);
    assert_eq!(
        log_line.trim(),
        "Neighborhood Flash Council <council@localhost>|Start the public log of Neighborhood Flash Council"
    );
    assert_eq!(env.git(&log, &["status", "--porcelain"]), "");
    assert_eq!(env.git(&log, &["branch", "--show-current"]).trim(), "main");
}

#[test]
fn init_names_the_council_and_its_identity() {
    let env = TestEnv::new();
    env.ok(&[
        "init",
        "log",
        "--name",
        "Elm \"Street\" Council",
        "--template",
        "assembly",
    ]);
    let toml = std::fs::read_to_string(env.path("log/council.toml")).unwrap();
    let parsed: toml::Table = toml::from_str(&toml).unwrap();
    assert_eq!(parsed["name"].as_str(), Some("Elm \"Street\" Council"));
    assert_eq!(
        parsed["identity"]["name"].as_str(),
        Some("Elm \"Street\" Council")
    );
    assert_eq!(parsed["decision_rule"].as_str(), Some("supermajority"));
    assert!(toml.contains("# The default timebox"), "comments are kept");
    let author = env.git(&env.path("log"), &["log", "-1", "--format=%an"]);
    assert_eq!(author.trim(), "Elm \"Street\" Council");
}

#[test]
fn init_on_an_existing_log_is_an_error_and_changes_nothing() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let before = std::fs::read_to_string(log.join("council.toml")).unwrap();
    let head = env.head(&log);
    let err = env.fails(&["init", "log"], 1);
    assert!(err.contains("already holds a council log"), "{err}");
    assert!(err.contains("nothing was changed"), "{err}");
    assert_eq!(
        std::fs::read_to_string(log.join("council.toml")).unwrap(),
        before
    );
    assert_eq!(env.head(&log), head);
}

#[test]
fn init_adopts_a_repository_keeping_the_users_changes() {
    let env = TestEnv::new();
    let repo = env.path("repo");
    std::fs::create_dir_all(&repo).unwrap();
    env.git(&repo, &["init", "-q", "-b", "trunk"]);
    std::fs::write(repo.join("notes.txt"), "first\n").unwrap();
    env.git(&repo, &["add", "notes.txt"]);
    env.git(&repo, &["commit", "-q", "-m", "notes"]);
    std::fs::write(repo.join("notes.txt"), "first\nstaged\n").unwrap();
    env.git(&repo, &["add", "notes.txt"]);
    std::fs::write(repo.join("notes.txt"), "first\nstaged\nunstaged\n").unwrap();
    std::fs::write(repo.join("scratch.txt"), "untracked\n").unwrap();
    let status = env.git(&repo, &["status", "--porcelain"]);

    env.ok(&["init", "repo"]);
    assert_eq!(env.git(&repo, &["status", "--porcelain"]), status);
    assert_eq!(
        std::fs::read_to_string(repo.join("notes.txt")).unwrap(),
        "first\nstaged\nunstaged\n"
    );
    let files = env.git(&repo, &["show", "--name-only", "--format=", "HEAD"]);
    assert_eq!(files, "README.md\ncouncil.toml\n");
    assert_eq!(env.git(&repo, &["show", "HEAD:notes.txt"]), "first\n");
    assert_eq!(
        env.git(&repo, &["branch", "--show-current"]).trim(),
        "trunk"
    );
}

#[test]
fn init_adopts_a_fresh_clone_of_an_empty_log_on_an_unborn_branch() {
    let env = TestEnv::new();
    env.git(
        env.dir.path(),
        &["init", "-q", "--bare", "-b", "main", "origin.git"],
    );
    env.git(env.dir.path(), &["clone", "-q", "origin.git", "clone"]);
    env.ok(&["init", "clone"]);
    let clone = env.path("clone");
    assert_eq!(
        env.git(&clone, &["rev-list", "--count", "HEAD"]).trim(),
        "1"
    );
    env.git(&clone, &["push", "-q", "origin", "main"]);
    // A second clone of the now non-empty log is a log already.
    env.git(env.dir.path(), &["clone", "-q", "origin.git", "again"]);
    let err = env.fails(&["init", "again"], 1);
    assert!(err.contains("already holds a council log"), "{err}");
    env.ok(&["--log", "again", "log"]);
}

#[test]
fn init_refuses_to_overwrite_a_readme_of_the_users_own() {
    let env = TestEnv::new();
    let repo = env.path("repo");
    std::fs::create_dir_all(&repo).unwrap();
    env.git(&repo, &["init", "-q"]);
    std::fs::write(repo.join("README.md"), "# Our street\n").unwrap();
    let err = env.fails(&["init", "repo"], 1);
    assert!(err.contains("README.md of its own"), "{err}");
    assert!(!repo.join("council.toml").exists());
    assert_eq!(
        std::fs::read_to_string(repo.join("README.md")).unwrap(),
        "# Our street\n"
    );
}

#[test]
fn commands_outside_a_log_say_how_to_make_one() {
    let env = TestEnv::new();
    let out = env.run(&["log"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("not inside a council log"), "{err}");
    assert!(
        err.contains("hint:") && err.contains("council init"),
        "{err}"
    );
}

#[test]
fn usage_errors_exit_2_and_help_explains() {
    let env = TestEnv::new();
    env.fails(&["run"], 2);
    env.fails(&["frobnicate"], 2);
    let help = crate::env::stdout(&env.ok(&["run", "--help"]));
    assert!(help.contains("answers file"), "{help}");
    assert!(help.contains("--dry-run"), "{help}");
}

#[test]
fn a_facilitator_finds_convene_in_init_help_and_an_example_without_a_clone() {
    let env = TestEnv::new();
    let out = env.ok(&["init", "log"]);
    let said = crate::env::stderr(&out);
    assert!(said.contains("convene` asks the room"), "{said}");
    assert!(said.contains("run FILE"), "{said}");
    assert!(said.contains("council run --example"), "{said}");
    assert!(
        !said.contains("examples/"),
        "installed users have no examples/ folder: {said}"
    );
    let help = crate::env::stdout(&env.ok(&["--help"]));
    for expected in [
        "council convene",
        "council run FILE",
        "council run --example",
    ] {
        assert!(help.contains(expected), "--help lacks {expected}:\n{help}");
    }
    // The example is complete: it runs as it is printed, from any folder.
    let example = crate::env::stdout(&env.ok(&["run", "--example"]));
    let file = env.write("mine.toml", &example);
    env.ok(&["--log", "log", "run", &file]);
    env.ok(&["--log", "log", "verify"]);
    let err = env.fails(&["--log", "log", "run"], 2);
    assert!(err.contains("FILE"), "{err}");
}
