//! The hole of a symbolic link on a path council writes: refused, and nothing written.
//!
//! A committed `minutes/2026 -> /elsewhere` once made `council run` write the
//! minutes outside the repository. Every test checks that HEAD, `git status`
//! and the link's target are exactly as they were.
#![cfg(unix)]

use crate::env::{ANSWERS, TestEnv};
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};

/// What must not change when council refuses: HEAD, the status, and the folder the link points to.
struct Before {
    head: String,
    status: String,
    elsewhere: PathBuf,
}

impl Before {
    fn take(env: &TestEnv, log: &Path) -> Before {
        let elsewhere = env.path("elsewhere");
        Before {
            head: env.head(log),
            status: env.git(log, &["status", "--porcelain"]),
            elsewhere,
        }
    }

    fn assert_nothing_written(&self, env: &TestEnv, log: &Path) {
        assert_eq!(env.head(log), self.head, "no commit");
        assert_eq!(
            env.git(log, &["status", "--porcelain"]),
            self.status,
            "no file or index change"
        );
        assert_eq!(
            std::fs::read_dir(&self.elsewhere).unwrap().count(),
            0,
            "nothing created at the link's target"
        );
    }
}

/// A log and an empty folder outside it, for links to point at.
fn log_and_elsewhere(env: &TestEnv) -> (PathBuf, PathBuf) {
    let log = env.init_log("log");
    let elsewhere = env.path("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::create_dir_all(log.join("minutes")).unwrap();
    (log, elsewhere)
}

#[test]
fn a_committed_symlink_year_folder_is_refused_and_nothing_is_written() {
    let env = TestEnv::new();
    let (log, elsewhere) = log_and_elsewhere(&env);
    // ANSWERS starts in 2026, so its minutes go to minutes/2026/.
    assert!(ANSWERS.contains("started = \"2026-"));
    symlink(&elsewhere, log.join("minutes/2026")).unwrap();
    env.git(&log, &["add", "minutes/2026"]);
    env.git(&log, &["commit", "-q", "-m", "a link"]);
    let before = Before::take(&env, &log);
    let answers = env.write("answers.toml", ANSWERS);

    let err = env.fails(&["--log", "log", "run", &answers], 1);
    assert!(
        err.contains(&format!(
            "minutes/2026 is a symbolic link in the log (to {})",
            elsewhere.display()
        )),
        "{err}"
    );
    assert!(err.contains("`git rm minutes/2026` and commit"), "{err}");
    before.assert_nothing_written(&env, &log);
}

#[test]
fn an_uncommitted_symlink_year_folder_is_refused_and_nothing_is_written() {
    let env = TestEnv::new();
    let (log, elsewhere) = log_and_elsewhere(&env);
    symlink(&elsewhere, log.join("minutes/2026")).unwrap();
    let before = Before::take(&env, &log);
    let answers = env.write("answers.toml", ANSWERS);

    let err = env.fails(&["--log", "log", "run", &answers], 1);
    assert!(
        err.contains(&format!(
            "minutes/2026 is a symbolic link in the working tree (to {})",
            elsewhere.display()
        )),
        "{err}"
    );
    assert!(err.contains("`rm minutes/2026`"), "{err}");
    before.assert_nothing_written(&env, &log);
}

#[test]
fn a_symlink_minutes_folder_is_refused_and_nothing_is_written() {
    let env = TestEnv::new();
    let (log, elsewhere) = log_and_elsewhere(&env);
    std::fs::remove_dir(log.join("minutes")).unwrap();
    symlink(&elsewhere, log.join("minutes")).unwrap();
    env.git(&log, &["add", "minutes"]);
    env.git(&log, &["commit", "-q", "-m", "a link"]);
    let before = Before::take(&env, &log);
    let answers = env.write("answers.toml", ANSWERS);

    let err = env.fails(&["--log", "log", "run", &answers], 1);
    assert!(
        err.contains("minutes is a symbolic link in the log (to "),
        "{err}"
    );
    before.assert_nothing_written(&env, &log);
}

#[test]
fn a_readme_replaced_by_a_symlink_is_refused_and_nothing_is_written() {
    let env = TestEnv::new();
    let (log, elsewhere) = log_and_elsewhere(&env);
    std::fs::remove_file(log.join("README.md")).unwrap();
    symlink(elsewhere.join("README.md"), log.join("README.md")).unwrap();
    let before = Before::take(&env, &log);
    let answers = env.write("answers.toml", ANSWERS);

    let err = env.fails(&["--log", "log", "run", &answers], 1);
    assert!(
        err.contains("README.md is a symbolic link in the working tree (to "),
        "{err}"
    );
    assert!(
        err.contains("`rm README.md && git checkout -- README.md`"),
        "{err}"
    );
    before.assert_nothing_written(&env, &log);
}

#[test]
fn a_symlink_at_the_minutes_file_itself_is_refused_and_nothing_is_written() {
    let env = TestEnv::new();
    let (log, elsewhere) = log_and_elsewhere(&env);
    std::fs::create_dir_all(log.join("minutes/2026")).unwrap();
    let file = "minutes/2026/2026-11-23-the-bench-is-broken.md";
    symlink(elsewhere.join("minutes.md"), log.join(file)).unwrap();
    let before = Before::take(&env, &log);
    let answers = env.write("answers.toml", ANSWERS);

    let err = env.fails(&["--log", "log", "run", &answers], 1);
    assert!(
        err.contains(&format!("{file} is a symbolic link in the working tree")),
        "{err}"
    );
    before.assert_nothing_written(&env, &log);
}

#[test]
fn init_refuses_a_council_toml_or_readme_that_is_a_symlink() {
    for name in ["council.toml", "README.md"] {
        let env = TestEnv::new();
        let dir = env.path("log");
        let elsewhere = env.path("elsewhere");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::create_dir_all(&elsewhere).unwrap();
        symlink(elsewhere.join(name), dir.join(name)).unwrap();

        let err = env.fails(&["init", "log"], 1);
        assert!(
            err.contains(&format!("{name} is a symbolic link in the working tree")),
            "{err}"
        );
        assert!(!dir.join(".git").exists(), "no repository was created");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1, "only the link");
        assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0);
    }
}

#[test]
fn init_adopting_a_repository_with_a_committed_symlink_readme_is_refused() {
    let env = TestEnv::new();
    let repo = env.path("repo");
    let elsewhere = env.path("elsewhere");
    std::fs::create_dir_all(&repo).unwrap();
    std::fs::create_dir_all(&elsewhere).unwrap();
    env.git(&repo, &["init", "-q"]);
    symlink(elsewhere.join("README.md"), repo.join("README.md")).unwrap();
    env.git(&repo, &["add", "README.md"]);
    env.git(&repo, &["commit", "-q", "-m", "a link"]);
    let before = Before::take(&env, &repo);

    let err = env.fails(&["init", "repo"], 1);
    assert!(
        err.contains("README.md is a symbolic link in the log (to "),
        "{err}"
    );
    assert!(!repo.join("council.toml").exists());
    before.assert_nothing_written(&env, &repo);
}
