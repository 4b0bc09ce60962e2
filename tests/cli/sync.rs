//! `council sync` and `council federation`: real repositories over `file://`, the real git.

use crate::env::{ANSWERS, TestEnv, stderr, stdout};
use std::path::{Path, PathBuf};

/// Answers for a council on another problem than [`ANSWERS`], so its id differs.
pub(crate) fn answers(env: &TestEnv, name: &str, issue: &str) -> String {
    env.write(
        &format!("{name}.toml"),
        &ANSWERS.replace("The bench is broken", issue),
    )
}

pub(crate) fn url(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// A bare origin, laptop `a` (its log, published there) and laptop `b` (a clone of it).
pub(crate) fn two_laptops(env: &TestEnv) -> (PathBuf, PathBuf, PathBuf) {
    let origin = env.path("origin.git");
    env.git(
        env.dir.path(),
        &["init", "--quiet", "--bare", "-b", "main", "origin.git"],
    );
    env.ok(&["init", "a", "--remote", &url(&origin)]);
    env.ok(&["--log", "a", "sync"]);
    env.git(env.dir.path(), &["clone", "--quiet", &url(&origin), "b"]);
    (origin, env.path("a"), env.path("b"))
}

fn council_ids(env: &TestEnv, log: &str) -> Vec<String> {
    let json = stdout(&env.ok(&["--log", log, "log", "--json"]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect()
}

fn status(env: &TestEnv, log: &Path) -> String {
    env.git(log, &["status", "--porcelain"])
}

#[test]
fn two_laptops_holding_councils_offline_converge_after_sync_and_verify_on_both() {
    let env = TestEnv::new();
    let (origin, a, b) = two_laptops(&env);
    let first = answers(&env, "first", "The bench is broken");
    let second = answers(&env, "second", "The streetlight is out");
    // Offline, the same week: one council on each laptop.
    env.ok(&["--log", "a", "run", &first]);
    env.ok(&["--log", "b", "run", &second]);
    env.ok(&["--log", "a", "sync"]);
    let out = env.ok(&["--log", "b", "sync"]);
    assert!(stderr(&out).contains("Merged"), "{}", stderr(&out));
    let out = env.ok(&["--log", "a", "sync"]);
    assert!(stderr(&out).contains("Updated"), "{}", stderr(&out));

    let both = vec![
        "2026-11-23-the-bench-is-broken".to_string(),
        "2026-11-23-the-streetlight-is-out".to_string(),
    ];
    assert_eq!(council_ids(&env, "a"), both);
    assert_eq!(council_ids(&env, "b"), both);
    assert_eq!(env.head(&a), env.head(&b));
    assert_eq!(env.head(&a), env.head(&origin));
    // A merge keeps both parents: each council keeps the commit that added it.
    let parents = env.git(&b, &["log", "-1", "--format=%P"]);
    assert_eq!(parents.split_whitespace().count(), 2, "{parents}");
    env.ok(&["--log", "a", "verify"]);
    env.ok(&["--log", "b", "verify"]);
    // The README is generated from the merged log, not merged as text.
    for log in [&a, &b] {
        let readme = std::fs::read_to_string(log.join("README.md")).unwrap();
        assert!(readme.contains("The bench is broken"), "{readme}");
        assert!(readme.contains("The streetlight is out"), "{readme}");
        assert!(readme.contains("2 councils so far"), "{readme}");
        assert_eq!(status(&env, log), "", "the work tree follows the log");
    }
    // A later council on either side still draws from, and verifies against, the merged log.
    let third = answers(&env, "third", "The gate squeaks");
    env.ok(&["--log", "a", "run", &third]);
    env.ok(&["--log", "a", "sync"]);
    env.ok(&["--log", "b", "sync"]);
    env.ok(&["--log", "b", "verify"]);
    assert_eq!(council_ids(&env, "b").len(), 3);
}

#[test]
fn a_merge_leaves_the_users_own_changes_alone() {
    let env = TestEnv::new();
    let (_, a, b) = two_laptops(&env);
    env.ok(&[
        "--log",
        "a",
        "run",
        &answers(&env, "first", "The bench is broken"),
    ]);
    env.ok(&[
        "--log",
        "b",
        "run",
        &answers(&env, "second", "The streetlight is out"),
    ]);
    env.ok(&["--log", "a", "sync"]);
    std::fs::write(b.join("notes.txt"), "mine").unwrap();
    env.git(&b, &["add", "notes.txt"]);
    env.ok(&["--log", "b", "sync"]);
    assert_eq!(
        status(&env, &b),
        "A  notes.txt\n",
        "still staged, not committed"
    );
    let tree = env.git(&b, &["ls-tree", "-r", "--name-only", "HEAD"]);
    assert!(!tree.contains("notes.txt"));
    let _ = a;
}

#[test]
fn an_unreachable_origin_leaves_the_log_intact_and_exits_1() {
    let env = TestEnv::new();
    let (_, a, _) = two_laptops(&env);
    env.ok(&[
        "--log",
        "a",
        "run",
        &answers(&env, "first", "The bench is broken"),
    ]);
    let before = env.head(&a);
    let gone = env.path("nowhere/origin.git");
    env.git(&a, &["remote", "set-url", "origin", &url(&gone)]);
    let err = env.fails(&["--log", "a", "sync"], 1);
    assert!(err.contains("fetching origin"), "{err}");
    assert!(err.contains("intact"), "{err}");
    assert!(err.contains("council sync"), "{err}");
    assert_eq!(env.head(&a), before);
    assert_eq!(status(&env, &a), "");
    env.ok(&["--log", "a", "verify"]);
}

#[test]
fn sync_without_an_origin_says_how_to_publish() {
    let env = TestEnv::new();
    env.init_log("log");
    let err = env.fails(&["--log", "log", "sync"], 1);
    assert!(err.contains("no origin"), "{err}");
    assert!(err.contains("git remote add origin"), "{err}");
}

#[test]
fn init_adopts_a_fresh_clone_of_an_empty_repository_and_sync_publishes_it() {
    let env = TestEnv::new();
    let origin = env.path("origin.git");
    env.git(
        env.dir.path(),
        &["init", "--quiet", "--bare", "-b", "main", "origin.git"],
    );
    env.git(env.dir.path(), &["clone", "--quiet", &url(&origin), "log"]);
    let out = env.ok(&["init", "log"]);
    assert!(stderr(&out).contains("council --log"), "{}", stderr(&out));
    env.ok(&["--log", "log", "sync"]);
    assert_eq!(env.head(&env.path("log")), env.head(&origin));
}

fn set_config(env: &TestEnv, log: &Path, from: &str, to: &str) {
    let path = log.join("council.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{text}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    env.git(log, &["commit", "--quiet", "-am", "Change the settings"]);
}

#[test]
fn push_true_publishes_each_council_and_report_and_a_failed_push_only_warns() {
    let env = TestEnv::new();
    let (origin, a, _) = two_laptops(&env);
    set_config(&env, &a, "push = false", "push = true");
    env.ok(&[
        "--log",
        "a",
        "run",
        &answers(&env, "first", "The bench is broken"),
    ]);
    assert_eq!(env.head(&a), env.head(&origin), "pushed with the council");
    env.ok(&[
        "--log",
        "a",
        "report",
        "2026-11-23-the-bench-is-broken#1",
        "--status",
        "done",
    ]);
    assert_eq!(env.head(&a), env.head(&origin), "pushed with the report");

    // Offline: the council is committed here, with a warning and exit 0.
    env.git(
        &a,
        &["remote", "set-url", "origin", &url(&env.path("gone.git"))],
    );
    let out = env.ok(&[
        "--log",
        "a",
        "run",
        &answers(&env, "second", "The gate squeaks"),
    ]);
    let err = stderr(&out);
    assert!(err.contains("push = true, but the sync failed"), "{err}");
    assert!(err.contains("council sync"), "{err}");
    assert_eq!(council_ids(&env, "a").len(), 2);
    assert_ne!(env.head(&a), env.head(&origin));
}

/// Another neighborhood's log, with a council that mandates a delegate.
fn maple(env: &TestEnv) -> PathBuf {
    env.ok(&["init", "maple", "--name", "Maple Row"]);
    let text = format!(
        "{ANSWERS}\n[delegate]\nname = \"Ana\"\nto = \"Eastside assembly\"\nmandate = \"Ask for tool-library hours\"\n"
    )
    .replace("The bench is broken", "The tool library is closed");
    let file = env.write("maple.toml", &text);
    env.ok(&["--log", "maple", "run", &file]);
    env.path("maple")
}

fn add_peers(env: &TestEnv, log: &Path, peers: &[(&str, String)]) {
    let mut text = std::fs::read_to_string(log.join("council.toml")).unwrap();
    for (name, url) in peers {
        text.push_str(&format!("\n[[peers]]\nname = {name:?}\nurl = {url:?}\n"));
    }
    std::fs::write(log.join("council.toml"), text).unwrap();
    env.git(log, &["commit", "--quiet", "-am", "Read the neighbors"]);
}

#[test]
fn peers_are_fetched_beside_the_log_and_federation_reads_their_councils_and_delegates() {
    let env = TestEnv::new();
    let (origin, a, _) = two_laptops(&env);
    let maple = maple(&env);
    env.ok(&[
        "--log",
        "a",
        "run",
        &answers(&env, "first", "The bench is broken"),
    ]);
    add_peers(
        &env,
        &a,
        &[
            ("Maple Row", url(&maple)),
            ("Gone Street", url(&env.path("gone.git"))),
        ],
    );
    let out = env.ok(&["--log", "a", "sync"]);
    let err = stderr(&out);
    assert!(err.contains("peer Gone Street was skipped"), "{err}");
    let peer_head = env.git(&a, &["rev-parse", "refs/peers/maple-row/head"]);
    assert_eq!(peer_head.trim(), env.head(&maple));

    // Nothing of the peer's is in the log's tree, its work tree, or what was pushed.
    let tree = env.git(&a, &["ls-tree", "-r", "--name-only", "HEAD"]);
    assert!(!tree.contains("tool-library"), "{tree}");
    assert_eq!(status(&env, &a), "");
    let pushed = env
        .command("git")
        .args(["--git-dir", origin.to_str().unwrap(), "cat-file", "-e"])
        .arg(peer_head.trim())
        .status()
        .unwrap();
    assert!(!pushed.success(), "the peer's commits are not published");

    let json = stdout(&env.ok(&["--log", "a", "federation", "log", "--json"]));
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    let tagged: Vec<(String, String)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["neighborhood"].as_str().unwrap().to_string(),
                r["id"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        tagged,
        [
            (
                "Neighborhood Flash Council".to_string(),
                "2026-11-23-the-bench-is-broken".to_string()
            ),
            (
                "Maple Row".to_string(),
                "2026-11-23-the-tool-library-is-closed".to_string()
            ),
        ]
    );
    let out = stdout(&env.ok(&["--log", "a", "federation", "delegates"]));
    assert!(out.contains("Maple Row"), "{out}");
    assert!(out.contains("Ask for tool-library hours"), "{out}");
    let json = stdout(&env.ok(&["--log", "a", "federation", "tasks", "--open", "--json"]));
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 2, "{json}");
    assert_eq!(rows[1]["neighborhood"], "Maple Row");
    let out = env.ok(&["--log", "a", "federation", "verify"]);
    let text = stdout(&out);
    assert!(
        text.contains("ok    Maple Row: minutes/2026/2026-11-23-the-tool-library-is-closed.md"),
        "{text}"
    );
}

#[test]
fn a_malicious_peer_is_reported_cleaned_and_never_written_into_the_log() {
    let env = TestEnv::new();
    let (_, a, _) = two_laptops(&env);
    let maple = maple(&env);
    // The peer rewrites its own council's facilitator, adds garbage minutes and an
    // escape sequence in its name and issue.
    let file = maple.join("minutes/2026/2026-11-23-the-tool-library-is-closed.md");
    let text = std::fs::read_to_string(&file).unwrap();
    let drawn = text
        .lines()
        .find_map(|l| l.strip_prefix("facilitator = "))
        .unwrap()
        .to_string();
    let other = if drawn.contains("Ana") {
        "\"Bo\""
    } else {
        "\"Ana\""
    };
    std::fs::write(
        &file,
        text.replacen(
            &format!("facilitator = {drawn}"),
            &format!("facilitator = {other}"),
            1,
        ),
    )
    .unwrap();
    env.write(
        "maple/minutes/2026/2026-11-30-garbage.md",
        "\u{1b}]0;pwned\u{7} not minutes",
    );
    set_config(
        &env,
        &maple,
        "name = \"Maple Row\"",
        "name = \"Maple \\u001b[31mRow\"",
    );
    env.git(&maple, &["add", "-A"]);
    env.git(&maple, &["commit", "--quiet", "-m", "Tamper"]);
    add_peers(&env, &a, &[("Maple Row", url(&maple))]);
    let before = env.git(&a, &["ls-tree", "-r", "HEAD"]);
    env.ok(&["--log", "a", "sync"]);
    assert_eq!(env.git(&a, &["ls-tree", "-r", "HEAD"]), before);

    let out = env.run(&["--log", "a", "federation", "log"]);
    assert!(out.status.success());
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert!(!all.contains('\u{1b}'), "{all:?}");
    assert!(!all.contains('\u{7}'), "{all:?}");
    assert!(all.contains("2026-11-30-garbage.md is skipped"), "{all}");
    assert!(stdout(&out).contains("2026-11-23-the-tool-library-is-closed"));

    let out = env.run(&["--log", "a", "federation", "verify"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(!text.contains('\u{1b}'), "{text:?}");
    assert!(
        text.contains(
            "FAIL  Maple Row (calls itself \"Maple [31mRow\"): minutes/2026/2026-11-23-the-tool-library-is-closed.md"
        ),
        "{text}"
    );
    assert!(
        text.contains("ok    Neighborhood Flash Council") || !text.contains("FAIL  Neighborhood"),
        "{text}"
    );
}

#[test]
fn a_peer_url_that_is_an_option_or_a_program_is_refused() {
    let env = TestEnv::new();
    let (_, a, _) = two_laptops(&env);
    add_peers(
        &env,
        &a,
        &[
            ("Dash", "--upload-pack=touch /tmp/pwned".to_string()),
            ("Ext", "ext::sh -c touch% /tmp/pwned".to_string()),
        ],
    );
    let out = env.ok(&["--log", "a", "sync"]);
    let err = stderr(&out);
    assert!(err.contains("peer Dash was skipped"), "{err}");
    assert!(err.contains("peer Ext was skipped"), "{err}");
}

#[test]
fn two_councils_given_one_id_on_two_laptops_are_refused_and_nothing_is_merged() {
    let env = TestEnv::new();
    let (_, a, b) = two_laptops(&env);
    env.ok(&[
        "--log",
        "a",
        "run",
        &answers(&env, "first", "The bench is broken"),
    ]);
    let other = env.write(
        "other.toml",
        &ANSWERS.replace("name = \"Dara\"", "name = \"Eli\""),
    );
    env.ok(&["--log", "b", "run", &other]);
    env.ok(&["--log", "a", "sync"]);
    let before = env.head(&b);
    let err = env.fails(&["--log", "b", "sync"], 1);
    assert!(err.contains("two councils were given one id"), "{err}");
    assert_eq!(env.head(&b), before);
    assert_eq!(status(&env, &b), "");
    let _ = a;
}

#[test]
fn a_sync_killed_after_the_branch_moved_is_repaired_by_the_next_command() {
    let env = TestEnv::new();
    let (_, a, b) = two_laptops(&env);
    env.ok(&[
        "--log",
        "a",
        "run",
        &answers(&env, "first", "The bench is broken"),
    ]);
    env.ok(&["--log", "a", "sync"]);
    // What a kill between moving the branch and writing the index leaves: the branch at
    // origin's commit, the index and work tree as before, no note that the write finished.
    env.git(&b, &["fetch", "--quiet", "origin"]);
    env.git(&b, &["update-ref", "refs/heads/main", "origin/main"]);
    let _ = std::fs::remove_file(b.join(".git/council/clean"));
    assert_ne!(status(&env, &b), "");
    env.ok(&["--log", "b", "sync"]);
    assert_eq!(status(&env, &b), "");
    env.ok(&["--log", "b", "verify"]);
    assert_eq!(env.head(&a), env.head(&b));
}
