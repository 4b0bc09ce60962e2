//! The one write path (issue "One honest write path"): a commit that happened, an index
//! that agrees, git states in plain words. Each test tries to break one promise.

use crate::env::{ANSWERS, TestEnv, stderr, stdout};
use std::path::Path;

const FILE: &str = "minutes/2026/2026-11-23-the-bench-is-broken.md";

fn status(env: &TestEnv, log: &Path) -> String {
    env.git(log, &["status", "--porcelain"])
}

#[test]
fn a_held_index_lock_leaves_the_council_committed_and_the_next_write_repairs_the_index() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    // An editor's `git status` holds the index lock at the moment of the commit.
    std::fs::write(log.join(".git/index.lock"), "").unwrap();
    let answers = env.write("answers.toml", ANSWERS);
    let out = env.ok(&["--log", "log", "run", &answers]);
    let head = env.head(&log);
    let err = stderr(&out);
    assert!(
        err.contains(&format!("the commit {}", &head[..10])),
        "{err}"
    );
    assert!(err.contains("index.lock"), "{err}");
    assert!(
        env.git(&log, &["ls-tree", "-r", "--name-only", "HEAD"])
            .contains(FILE)
    );
    std::fs::remove_file(log.join(".git/index.lock")).unwrap();
    // The index has not caught up: a plain `git commit` now would delete the council.
    assert!(
        status(&env, &log).contains(&format!("D  {FILE}")),
        "{}",
        status(&env, &log)
    );
    // The next write repairs the tool's own paths first.
    let out = env.ok(&[
        "--log",
        "log",
        "report",
        "2026-11-23-the-bench-is-broken#1",
        "--status",
        "done",
    ]);
    assert!(stderr(&out).contains("Repaired"), "{}", stderr(&out));
    assert_eq!(status(&env, &log), "", "the index agrees with HEAD again");
    env.ok(&["--log", "log", "verify"]);
}

#[test]
fn councils_racing_a_git_commit_loop_are_never_deleted_by_it() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let racer = {
        let stop = stop.clone();
        let log = log.clone();
        let base = env.council_process();
        let path = base
            .get_envs()
            .find(|(k, _)| *k == "PATH")
            .and_then(|(_, v)| v.map(|v| v.to_owned()))
            .unwrap_or_default();
        let home = env.path("home");
        std::thread::spawn(move || {
            let mut n = 0;
            while !stop.load(std::sync::atomic::Ordering::SeqCst) && n < 200 {
                std::fs::write(log.join("notes.txt"), format!("{n}\n")).unwrap();
                let git = |args: &[&str]| {
                    std::process::Command::new("git")
                        .env_clear()
                        .env("PATH", &path)
                        .env("HOME", &home)
                        .env("GIT_CONFIG_NOSYSTEM", "1")
                        .env("GIT_AUTHOR_NAME", "Neighbor")
                        .env("GIT_AUTHOR_EMAIL", "n@example.org")
                        .env("GIT_COMMITTER_NAME", "Neighbor")
                        .env("GIT_COMMITTER_EMAIL", "n@example.org")
                        .current_dir(&log)
                        .args(args)
                        .output()
                        .unwrap()
                };
                // Either may lose the race for index.lock; only what it commits matters.
                if git(&["add", "notes.txt"]).status.success() {
                    git(&["commit", "-q", "-m", "notes"]);
                }
                n += 1;
            }
        })
    };
    let mut ids = Vec::new();
    for n in 0..8 {
        let answers = env.write(
            "answers.toml",
            &ANSWERS.replace("The bench is broken", &format!("Problem number {n}")),
        );
        let out = env.run(&["--log", "log", "run", &answers]);
        if out.status.success() {
            ids.push(stdout(&out).trim().to_string());
        } else {
            // A lost race is an error that says what to do, and commits nothing.
            let err = stderr(&out);
            assert!(
                err.contains("git process")
                    || err.contains("index.lock")
                    || err.contains("HEAD kept moving while committing; nothing was committed"),
                "{err}"
            );
        }
    }
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    racer.join().unwrap();
    assert!(!ids.is_empty());
    let raced = env.git(&log, &["log", "--oneline", "--grep", "^notes$"]);
    assert!(raced.lines().count() > 0, "the racing loop committed too");
    let tree = env.git(&log, &["ls-tree", "-r", "--name-only", "HEAD"]);
    for id in &ids {
        assert!(tree.contains(&format!("{id}.md")), "{id} was lost:\n{tree}");
    }
    env.ok(&["--log", "log", "verify"]);
}

#[test]
fn an_unstaged_readme_edit_never_becomes_a_staged_revert() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    std::fs::write(log.join("README.md"), "my own words\n").unwrap();
    let answers = env.write("answers.toml", ANSWERS);
    let out = env.ok(&["--log", "log", "run", &answers]);
    assert!(
        stderr(&out).contains("README.md has local changes"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        status(&env, &log),
        " M README.md\n",
        "only the user's unstaged edit"
    );
    assert_eq!(env.git(&log, &["diff", "--cached", "--name-only"]), "");
}

#[test]
fn core_autocrlf_gives_no_false_local_changes() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    env.git(&log, &["config", "core.autocrlf", "true"]);
    // Check the README out again as git does with autocrlf: with CRLF line endings.
    std::fs::remove_file(log.join("README.md")).unwrap();
    env.git(&log, &["checkout", "--", "README.md"]);
    assert!(
        std::fs::read(log.join("README.md"))
            .unwrap()
            .contains(&b'\r')
    );
    let answers = env.write("answers.toml", ANSWERS);
    let out = env.ok(&["--log", "log", "run", &answers]);
    assert!(!stderr(&out).contains("local changes"), "{}", stderr(&out));
    assert_eq!(status(&env, &log), "");
}

#[test]
fn a_detached_head_is_refused_with_a_hint() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    env.git(&log, &["checkout", "-q", "--detach"]);
    let answers = env.write("answers.toml", ANSWERS);
    let err = env.fails(&["--log", "log", "run", &answers], 1);
    assert!(err.contains("detached HEAD"), "{err}");
    assert!(err.contains("git switch"), "{err}");
}

#[test]
fn a_shallow_clone_says_the_history_is_missing_not_that_draws_disagree() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let answers = env.write("answers.toml", ANSWERS);
    env.ok(&["--log", "log", "run", &answers]);
    let url = format!("file://{}", log.display());
    env.git(
        env.dir.path(),
        &["clone", "-q", "--depth", "1", &url, "shallow"],
    );
    let err = env.fails(&["--log", "shallow", "verify"], 1);
    assert!(err.contains("shallow clone"), "{err}");
    assert!(err.contains("git fetch --unshallow"), "{err}");
    assert!(!err.contains("disagree"), "{err}");
}

#[test]
fn a_stale_branch_lock_is_named_with_what_to_do() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    std::fs::write(log.join(".git/refs/heads/main.lock"), "").unwrap();
    let head = env.head(&log);
    let answers = env.write("answers.toml", ANSWERS);
    let err = env.fails(&["--log", "log", "run", &answers], 1);
    assert!(err.contains("refs/heads/main.lock"), "{err}");
    assert!(err.contains("remove"), "{err}");
    assert!(
        err.contains("nothing was committed") || err.contains("Nothing was committed"),
        "{err}"
    );
    assert_eq!(env.head(&log), head);
}

#[test]
fn a_held_council_lock_names_its_holder_and_gives_up_in_time() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(log.join(".git/council.lock"))
        .unwrap();
    lock.lock().unwrap();
    std::fs::write(log.join(".git/council.lock"), "4242").unwrap();
    let answers = env.write("answers.toml", ANSWERS);
    let out = env
        .council()
        .env("COUNCIL_LOCK_WAIT", "1")
        .args(["--log", "log", "run", &answers])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("process 4242"), "{err}");
    assert!(err.contains("for over 1 seconds"), "{err}");
    drop(lock);
}

#[test]
fn git_dir_and_git_work_tree_are_honoured() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let answers = env.write("answers.toml", ANSWERS);
    let out = env
        .council()
        .env("GIT_DIR", log.join(".git"))
        .env("GIT_WORK_TREE", &log)
        .current_dir(env.path("home"))
        .args(["run", &answers])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(log.join(FILE).exists());
    assert_eq!(status(&env, &log), "");
}

#[test]
fn an_identity_with_a_line_break_is_refused_naming_identity() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let config = std::fs::read_to_string(log.join("council.toml")).unwrap();
    let start = config.find("[identity]").unwrap();
    let line = config[start..].lines().nth(1).unwrap();
    assert!(line.starts_with("name = "), "{line}");
    // The council's own `name` line reads the same: replace the one under [identity].
    let edited = format!(
        "{}{}",
        &config[..start],
        config[start..].replacen(line, "name = \"Elm\\nStreet\"", 1)
    );
    std::fs::write(log.join("council.toml"), edited).unwrap();
    env.git(&log, &["commit", "-q", "-am", "A bad name"]);
    let head = env.head(&log);
    let answers = env.write("answers.toml", ANSWERS);
    let err = env.fails(&["--log", "log", "run", &answers], 1);
    assert!(err.contains("[identity]"), "{err}");
    assert_eq!(env.head(&log), head);
    env.git(&log, &["fsck", "--strict"]);
}

#[test]
fn temporary_files_left_by_a_killed_write_are_removed_by_the_next() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let answers = env.write("answers.toml", ANSWERS);
    env.ok(&["--log", "log", "run", &answers]);
    std::fs::write(log.join(".README.md.4242.tmp"), "half").unwrap();
    std::fs::write(log.join("minutes/2026/.2026-11-23-x.md.4242.tmp"), "half").unwrap();
    // A write killed mid-way never leaves the note that it finished.
    killed_mid_write(&log);
    let out = env.ok(&[
        "--log",
        "log",
        "report",
        "2026-11-23-the-bench-is-broken#1",
        "--status",
        "done",
    ]);
    assert!(
        stderr(&out).contains("left by an interrupted write"),
        "{}",
        stderr(&out)
    );
    assert!(!log.join(".README.md.4242.tmp").exists());
    assert!(!log.join("minutes/2026/.2026-11-23-x.md.4242.tmp").exists());
    assert_eq!(status(&env, &log), "");
}

#[test]
fn kill_9_at_any_moment_of_a_write_leaves_no_index_that_deletes_a_council() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    for n in 0u64..12 {
        let answers = env.write(
            "answers.toml",
            &ANSWERS.replace("The bench is broken", &format!("Problem {n}")),
        );
        let mut child = env
            .council_process()
            .args(["--log", "log", "run", &answers])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Kill at a different moment each time, from before the lock to after the commit.
        std::thread::sleep(std::time::Duration::from_millis(n * 4));
        let _ = child.kill();
        let _ = child.wait();
    }
    // Whatever lock or scratch copy a kill left behind is the tool's own: recognised and removed.
    // The next write repairs whatever a kill left; then the index agrees with HEAD. A branch
    // lock libgit2 left cannot be told from a live git process's: the tool names it, and the
    // user, knowing no git runs, removes it as told.
    let answers = env.write(
        "answers.toml",
        &ANSWERS.replace("The bench is broken", "Last"),
    );
    let out = env.run(&["--log", "log", "run", &answers]);
    if !out.status.success() {
        let err = stderr(&out);
        let lock = err
            .split("only if no git process is running, remove ")
            .nth(1)
            .unwrap_or_else(|| panic!("not a stale lock: {err}"))
            .trim();
        assert!(lock.ends_with(".lock"), "{err}");
        std::fs::remove_file(lock).unwrap();
        env.ok(&["--log", "log", "run", &answers]);
    }
    let st = status(&env, &log);
    assert!(
        !st.lines().any(|l| l.starts_with('D')),
        "a council would be deleted:\n{st}"
    );
    let tree = env.git(&log, &["ls-files"]);
    for path in env
        .git(&log, &["ls-tree", "-r", "--name-only", "HEAD"])
        .lines()
    {
        assert!(
            tree.lines().any(|l| l == path),
            "{path} missing from the index"
        );
    }
    env.ok(&["--log", "log", "verify"]);
}

#[test]
fn push_true_without_an_origin_commits_and_says_how_to_publish() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let config = std::fs::read_to_string(log.join("council.toml")).unwrap();
    let with = config.replace("push = false", "push = true")
        + "\n[[peers]]\nname = \"Maple Row\"\nurl = \"file:///nowhere\"\n";
    assert!(with.contains("push = true"));
    std::fs::write(log.join("council.toml"), with).unwrap();
    env.git(&log, &["commit", "-q", "-am", "Push and peers"]);
    let answers = env.write("answers.toml", ANSWERS);
    let out = env.ok(&["--log", "log", "run", &answers]);
    let err = stderr(&out);
    assert!(!err.contains("does nothing yet"), "{err}");
    assert!(err.contains("push = true, but the sync failed"), "{err}");
    assert!(err.contains("git remote add origin"), "{err}");
    env.ok(&["--log", "log", "verify"]);
}

#[test]
fn abandon_and_resume_check_the_privacy_mode_too() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    // A council convened under `names`, its pool fixed and numbers called.
    let head = env.head(&log);
    let journal = format!(
        "issue = \"The bench is broken\"\nstarted = \"2026-11-23T19:00:00-05:00\"\n\
         [[attendees]]\nname = \"Ana\"\n[[attendees]]\nname = \"Bo\"\n[[attendees]]\nname = \"Cy\"\n\
         [draw]\nsources = [\"3 5 1 6\"]\n[decision]\noutcome = \"none\"\n\
         [convene]\nnext = \"facilitator\"\nhistory = \"{head}\"\n"
    );
    std::fs::write(log.join(".git/council-journal.toml"), journal).unwrap();
    let config = std::fs::read_to_string(log.join("council.toml")).unwrap();
    std::fs::write(
        log.join("council.toml"),
        config.replace("privacy = \"names\"", "privacy = \"cards\""),
    )
    .unwrap();
    env.git(&log, &["commit", "-q", "-am", "Cards from now on"]);
    let head = env.head(&log);
    let err = env.fails(&["--log", "log", "abandon", "--yes"], 1);
    assert!(err.contains("privacy = \"cards\""), "{err}");
    assert_eq!(env.head(&log), head, "no name was written");
    assert!(!log.join("abandoned").exists());
    let err = env.fails(&["--log", "log", "resume"], 1);
    assert!(err.contains("privacy = \"cards\""), "{err}");
}

#[test]
fn the_users_own_dot_tmp_files_are_never_removed() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    // A tracked file shaped like a temporary file, and an untracked one of a live process.
    std::fs::write(log.join(".draft.2024.tmp"), "mine").unwrap();
    env.git(&log, &["add", "-f", ".draft.2024.tmp"]);
    env.git(&log, &["commit", "-q", "-m", "my draft"]);
    let live = format!(".README.md.{}.tmp", std::process::id());
    std::fs::write(log.join(&live), "a live process writes this").unwrap();
    let answers = env.write("answers.toml", ANSWERS);
    env.ok(&["--log", "log", "run", &answers]);
    assert!(log.join(".draft.2024.tmp").exists());
    assert!(log.join(&live).exists());
}

#[test]
fn init_and_run_init_honour_git_dir() {
    let env = TestEnv::new();
    env.git(env.dir.path(), &["init", "-q", "--bare", "store.git"]);
    std::fs::create_dir_all(env.path("tree")).unwrap();
    let with_env = |args: &[&str]| {
        env.council()
            .env("GIT_DIR", env.path("store.git"))
            .env("GIT_WORK_TREE", env.path("tree"))
            .current_dir(env.path("home"))
            .args(args)
            .output()
            .unwrap()
    };
    let answers = env.write("answers.toml", ANSWERS);
    let out = with_env(&["run", "--init", &answers]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(env.path("tree/council.toml").exists());
    assert!(env.path("tree").join(FILE).exists());
    assert!(
        !env.path("home/.git").exists(),
        "nothing created where the command ran"
    );
    assert!(!env.path("tree/.git").exists());
    let out = with_env(&["verify"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn the_same_answers_without_a_start_draw_no_second_lot() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let answers = env.write(
        "answers.toml",
        &ANSWERS.replace("started = \"2026-11-23T19:00:00-05:00\"\n", ""),
    );
    let first = stdout(&env.ok(&["--log", "log", "run", &answers]));
    let head = env.head(&log);
    let again = env.ok(&["--log", "log", "run", &answers]);
    assert_eq!(stdout(&again), first);
    assert_eq!(env.head(&log), head);
}

#[test]
fn a_staged_deletion_of_the_readme_is_left_as_staged() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    env.git(&log, &["rm", "-q", "README.md"]);
    let answers = env.write("answers.toml", ANSWERS);
    let out = env.ok(&["--log", "log", "run", &answers]);
    assert!(
        stderr(&out).contains("README.md is staged for deletion"),
        "{}",
        stderr(&out)
    );
    assert_eq!(status(&env, &log), "D  README.md\n");
}

#[test]
fn an_unreadable_journal_can_be_set_aside_and_nothing_is_lost() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    std::fs::write(log.join(".git/council-journal.toml"), "garbage = [\n").unwrap();
    let err = env.fails(&["--log", "log", "abandon"], 1);
    assert!(!err.is_empty());
    let out = env.ok(&["--log", "log", "abandon", "--yes"]);
    assert!(stderr(&out).contains("kept as"), "{}", stderr(&out));
    assert!(!log.join(".git/council-journal.toml").exists());
    let kept: Vec<_> = std::fs::read_dir(log.join(".git"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("unreadable"))
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        std::fs::read_to_string(kept[0].path()).unwrap(),
        "garbage = [\n"
    );
}

#[test]
fn bidirectional_controls_never_reach_a_commit_message() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let answers = env.write(
        "answers.toml",
        &ANSWERS.replace("The bench is broken", "The bench \u{202e}nekorb si"),
    );
    env.ok(&["--log", "log", "run", &answers]);
    let subject = env.git(&log, &["log", "-1", "--format=%s"]);
    assert!(!subject.contains('\u{202e}'), "{subject:?}");
}

#[test]
fn running_the_same_council_again_after_a_failed_index_update_repairs_it() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    std::fs::write(log.join(".git/index.lock"), "").unwrap();
    let answers = env.write("answers.toml", ANSWERS);
    env.ok(&["--log", "log", "run", &answers]);
    std::fs::remove_file(log.join(".git/index.lock")).unwrap();
    assert!(status(&env, &log).contains(&format!("D  {FILE}")));
    // The obvious next command: the same answers. No second lot, and the index is repaired.
    let out = env.ok(&["--log", "log", "run", &answers]);
    assert!(stderr(&out).contains("Repaired"), "{}", stderr(&out));
    assert!(stderr(&out).contains("no second lot"), "{}", stderr(&out));
    assert_eq!(status(&env, &log), "");
}

#[test]
fn an_index_a_killed_init_never_wrote_is_repaired_settings_and_all() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    // What a kill between the first commit and its index leaves: an index without the log's
    // files, and no note that the write finished.
    std::fs::remove_file(log.join(".git/index")).unwrap();
    killed_mid_write(&log);
    assert!(status(&env, &log).contains("D  council.toml"));
    let answers = env.write("answers.toml", ANSWERS);
    let out = env.ok(&["--log", "log", "run", &answers]);
    assert!(
        !stderr(&out).contains("staged for deletion"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        status(&env, &log),
        "",
        "council.toml and README.md are staged again"
    );
}

#[test]
fn another_processs_index_lock_is_never_removed() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    // A stale claim of a dead council process, and a lock another git process holds now.
    std::fs::write(log.join(".git/council-index.pid"), "999999\n1:2:3").unwrap();
    std::fs::write(log.join(".git/index.lock"), "").unwrap();
    let answers = env.write("answers.toml", ANSWERS);
    let out = env.ok(&["--log", "log", "run", &answers]);
    assert!(stderr(&out).contains("index.lock"), "{}", stderr(&out));
    assert!(
        log.join(".git/index.lock").exists(),
        "git's own lock is left to git"
    );
}

/// What a write killed after touching the index or work tree leaves besides its leftovers:
/// no note (`.git/council/clean`) that the tool's last write finished.
fn killed_mid_write(log: &std::path::Path) {
    let note = log.join(".git/council/clean");
    assert!(note.is_file(), "a finished write leaves its note");
    std::fs::remove_file(note).unwrap();
}

#[test]
fn a_finished_write_notes_it_and_the_next_command_trusts_what_git_did_since() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let answers = env.write("answers.toml", ANSWERS);
    env.ok(&["--log", "log", "run", &answers]);
    // The user unstages a council with git after the tool's write finished: their own change,
    // which the tool leaves alone (and `verify` would name once committed).
    env.git(&log, &["rm", "-q", "--cached", FILE]);
    let out = env.ok(&[
        "--log",
        "log",
        "report",
        "2026-11-23-the-bench-is-broken#1",
        "--status",
        "done",
    ]);
    assert!(!stderr(&out).contains("Repaired"), "{}", stderr(&out));
    assert!(status(&env, &log).contains(&format!("D  {FILE}")));
    // A write killed mid-way is another matter: then the next command repairs everything.
    killed_mid_write(&log);
    let answers = env.write(
        "answers.toml",
        &ANSWERS.replace("The bench is broken", "Another problem"),
    );
    let out = env.ok(&["--log", "log", "run", &answers]);
    assert!(stderr(&out).contains("Repaired"), "{}", stderr(&out));
    assert!(!status(&env, &log).contains(FILE), "{}", status(&env, &log));
}
