//! A hermetic environment for running the real `council` binary.
//!
//! Every command starts from an empty environment: a temporary HOME, no
//! system or global git config, a fixed clock, time zone and locale.

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use std::process::Output;
use tempfile::TempDir;

pub const NOW: &str = "2026-11-23T19:41:00-05:00";

pub struct TestEnv {
    pub dir: TempDir,
    pub now: String,
}

impl TestEnv {
    pub fn new() -> TestEnv {
        let dir = TempDir::new().unwrap();
        std::fs::create_dir_all(dir.path().join("home")).unwrap();
        TestEnv {
            dir,
            now: NOW.to_string(),
        }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn base(&self, program: &std::ffi::OsStr) -> std::process::Command {
        let mut cmd = std::process::Command::new(program);
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.path("home"))
            .env("XDG_CONFIG_HOME", self.path("home/.config"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", self.path("home/gitconfig"))
            .env("TZ", "UTC")
            .env("LANG", "C")
            .env("NO_COLOR", "1")
            .env("COUNCIL_NOW", &self.now)
            .current_dir(self.dir.path());
        cmd
    }

    /// Any program (git) in this environment, as a plain process.
    pub fn command(&self, program: &str) -> std::process::Command {
        self.base(program.as_ref())
    }

    /// The real `council` binary, as a plain process (for spawning).
    pub fn council_process(&self) -> std::process::Command {
        self.base(assert_cmd::cargo::cargo_bin("council").as_os_str())
    }

    /// The real `council` binary.
    pub fn council(&self) -> Command {
        Command::from_std(self.council_process())
    }

    /// Runs `council` with arguments, returning its output whatever the exit code.
    pub fn run(&self, args: &[&str]) -> Output {
        self.council().args(args).output().unwrap()
    }

    /// Runs `council` and insists it succeeds.
    pub fn ok(&self, args: &[&str]) -> Output {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "council {args:?} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    /// Runs `council` and insists it fails with `code`.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self.run(args);
        assert_eq!(
            out.status.code(),
            Some(code),
            "council {args:?}: stdout {} stderr {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stderr).unwrap()
    }

    /// Runs the real git command line in `dir`, insisting it succeeds.
    pub fn git(&self, dir: &Path, args: &[&str]) -> String {
        let out = self
            .base("git".as_ref())
            .env("GIT_AUTHOR_NAME", "Neighbor")
            .env("GIT_AUTHOR_EMAIL", "neighbor@example.org")
            .env("GIT_COMMITTER_NAME", "Neighbor")
            .env("GIT_COMMITTER_EMAIL", "neighbor@example.org")
            // Plain git commits at the tool's clock, as they would in real life.
            .env("GIT_AUTHOR_DATE", &self.now)
            .env("GIT_COMMITTER_DATE", &self.now)
            .current_dir(dir)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Creates a log at `log` with the default template.
    pub fn init_log(&self, log: &str) -> PathBuf {
        self.ok(&["init", log]);
        self.path(log)
    }

    /// Writes a file in the test folder and returns its path as text.
    pub fn write(&self, rel: &str, text: &str) -> String {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    }

    pub fn head(&self, log: &Path) -> String {
        self.git(log, &["rev-parse", "HEAD"]).trim().to_string()
    }
}

/// The examples shipped with the project.
pub fn example(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
        .display()
        .to_string()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

/// A small valid answers file with sources, so its draw is fixed.
pub const ANSWERS: &str = r#"
issue = "The bench is broken"
started = "2026-11-23T19:00:00-05:00"

[[attendees]]
name = "Ana"
[[attendees]]
name = "Bo"
[[attendees]]
name = "Chen"
opt_out = true
[[attendees]]
name = "Dara"

[draw]
sources = ["3 5 1 6", "42"]
support = "Chen"

[decision]
proposal = "Repair the bench ourselves"
outcome = "adopted"
statement = "We fix it Saturday"

[[tasks]]
what = "Buy planks"
who = ["Bo"]
"#;
