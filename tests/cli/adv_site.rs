//! Adversary "site": attacks on where neighbors look (the site, `--branch`, the feed, the
//! notice). Each test showed a promise broken; each now pins the fix.

use crate::env::{TestEnv, example, stdout};
use std::path::Path;
use std::process::Command;

/// A log `log` with the bench council.
fn bench_log(env: &TestEnv) -> std::path::PathBuf {
    env.ok(&[
        "--log",
        "log",
        "run",
        "--init",
        &example("the-bench-is-broken.toml"),
    ]);
    env.path("log")
}

/// Rewrites the first line of council.toml starting with `key =` (or adds it on top), and
/// commits the change so it is in force.
fn set_setting(env: &TestEnv, log: &Path, key: &str, value: &str) {
    let path = log.join("council.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let line = format!("{key} = {value}");
    let prefix = format!("{key} = ");
    let text = match text.lines().position(|l| l.starts_with(&prefix)) {
        Some(n) => {
            let mut lines: Vec<&str> = text.lines().collect();
            lines[n] = &line;
            lines.join("\n") + "\n"
        }
        None => format!("{line}\n{text}"),
    };
    std::fs::write(&path, text).unwrap();
    env.git(log, &["commit", "-q", "-am", &format!("Set {key}")]);
}

fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// README: "`--branch` commits it to that branch of the log instead, never touching your
/// branch". With HEAD detached (after `git checkout --detach`, or a bisect), the own-branch
/// check sees no branch, and `--branch main` commits a tree of the site alone on top of the
/// log's branch: every council disappears from `main`, which `sync` then pushes.
#[test]
fn site_branch_never_overwrites_the_log_s_branch_when_head_is_detached() {
    let env = TestEnv::new();
    let log = bench_log(&env);
    let main_before = env.git(&log, &["rev-parse", "main"]);
    env.git(&log, &["checkout", "-q", "--detach"]);
    let _ = env.run(&["--log", "log", "site", "--branch", "main"]);
    let files = env.git(&log, &["ls-tree", "-r", "--name-only", "main"]);
    assert!(
        files.contains("minutes/2026/"),
        "the log's branch main lost its councils to the site:\n{files}"
    );
    assert_eq!(env.git(&log, &["rev-parse", "main"]), main_before);
}

/// `--branch NAME` takes a branch name; git refuses `HEAD` as one (`git branch HEAD`: "'HEAD'
/// is not a valid branch name"). The tool creates `refs/heads/HEAD`, after which every git
/// command warns "refname 'HEAD' is ambiguous", and `sync` pushes a branch named HEAD.
#[test]
fn site_branch_refuses_head_as_a_branch_name() {
    let env = TestEnv::new();
    let log = bench_log(&env);
    let out = env.run(&["--log", "log", "site", "--branch", "HEAD"]);
    let made = env
        .command("git")
        .current_dir(&log)
        .args(["show-ref", "--verify", "--quiet", "refs/heads/HEAD"])
        .status()
        .unwrap()
        .success();
    assert!(
        !out.status.success() && !made,
        "`--branch HEAD` was accepted (exit {:?}), refs/heads/HEAD exists: {made}",
        out.status.code()
    );
}

/// Nor any name git would read as something else: `@`, a full ref name, a pseudo-ref, a
/// name a tag already has. Each is refused, naming what to give instead, and no branch is made.
#[test]
fn site_branch_refuses_names_git_would_read_as_another_ref() {
    let env = TestEnv::new();
    let log = bench_log(&env);
    env.git(&log, &["tag", "v1"]);
    let refs_before = env.git(&log, &["show-ref"]);
    for name in [
        "@",
        "refs/heads/pages",
        "refs/tags/t",
        "FETCH_HEAD",
        "v1",
        "-x",
    ] {
        let arg = format!("--branch={name}");
        let err = env.fails(&["--log", "log", "site", &arg], 1);
        assert!(err.contains("pages"), "{name}: {err}");
    }
    assert_eq!(env.git(&log, &["show-ref"]), refs_before);
    // A plain name is a branch of the site's own.
    env.ok(&["--log", "log", "site", "--branch", "gh-pages"]);
}

/// The project refuses writes through links: `--out` never writes over what a symbolic
/// link inside the site's folder points to.
#[test]
fn site_out_never_writes_through_a_symbolic_link() {
    let env = TestEnv::new();
    bench_log(&env);
    let target = env.write("precious.txt", "mine\n");
    std::fs::create_dir_all(env.path("web")).unwrap();
    std::os::unix::fs::symlink(&target, env.path("web/index.html")).unwrap();
    let err = env.fails(&["--log", "log", "site", "--out", "web"], 1);
    assert!(err.contains("symbolic link"), "{err}");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "mine\n");
}

/// Two laptops that each committed a site before syncing: the second's site is built on both
/// tips, so its push is a fast-forward and origin holds its site.
#[test]
fn sites_made_on_two_laptops_between_syncs_both_reach_origin() {
    let env = TestEnv::new();
    env.git(
        env.dir.path(),
        &["init", "--quiet", "--bare", "-b", "main", "origin.git"],
    );
    let url = format!("file://{}", env.path("origin.git").display());
    env.ok(&["init", "a", "--remote", &url]);
    env.ok(&["--log", "a", "run", &example("the-bench-is-broken.toml")]);
    env.ok(&["--log", "a", "site", "--branch", "pages"]);
    env.ok(&["--log", "a", "sync"]);
    env.git(env.dir.path(), &["clone", "--quiet", &url, "b"]);
    env.ok(&["--log", "b", "run", &example("the-streetlight-vote.toml")]);
    env.ok(&["--log", "b", "site", "--branch", "pages"]);
    env.ok(&["--log", "b", "sync"]);
    // a makes a new site on its own pages, which went apart from origin's: sync warns; the
    // warning's advice (site, then sync again) builds on both and the push goes through.
    env.ok(&["--log", "a", "site", "--branch", "pages"]);
    env.ok(&["--log", "a", "sync"]);
    env.ok(&["--log", "a", "site", "--branch", "pages"]);
    env.ok(&["--log", "a", "sync"]);
    let pages = env.git(
        &env.path("origin.git"),
        &["ls-tree", "-r", "--name-only", "pages"],
    );
    assert!(pages.contains("streetlight"), "{pages}");
    let origin = env.path("origin.git");
    assert_eq!(
        env.git(&origin, &["rev-parse", "pages"]),
        env.git(&env.path("a"), &["rev-parse", "pages"])
    );
}

/// README: "no JavaScript"; ARCHITECTURE: data never becomes markup. `url` in council.toml was
/// taken as is: `url = "javascript:..."` put a clickable `javascript:` link on every council
/// page and in every link of the feed. Now the commands that link to the site refuse an
/// address that is not http(s), naming `url` and what to do; nothing is written.
#[test]
fn a_javascript_url_setting_never_becomes_a_link() {
    let env = TestEnv::new();
    let log = bench_log(&env);
    set_setting(&env, &log, "url", "\"javascript:alert(document.cookie)//\"");
    for args in [
        &["--log", "log", "site", "--out", "web"][..],
        &["--log", "log", "feed"],
        &["--log", "log", "notice", "bench", "--format", "html"],
    ] {
        let out = env.run(args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?} accepted a javascript: url");
        assert!(err.contains("`url`") && err.contains("https://"), "{err}");
        assert!(!stdout(&out).contains("javascript:"), "{args:?}");
    }
    assert!(!env.path("web").join("index.html").exists());
    // http(s) addresses are links, as before.
    set_setting(&env, &log, "url", "\"https://elm.example/council\"");
    let feed = stdout(&env.ok(&["--log", "log", "feed"]));
    assert!(
        feed.contains("href=\"https://elm.example/council/index.html\""),
        "{feed}"
    );
}

/// RFC 4287 ids are "permanent". The entry ids are built from the slug of the council's
/// `name`: a neighborhood that renames itself in council.toml (a council's decision) changes
/// the id of every entry, so every feed reader shows every council again as new. (Two logs
/// keeping the default name share ids too.)
#[test]
fn feed_entry_ids_survive_a_rename_of_the_council() {
    let env = TestEnv::new();
    let log = bench_log(&env);
    let ids = |xml: &str| -> Vec<String> {
        xml.split("<id>")
            .skip(1)
            .map(|s| s.split("</id>").next().unwrap().to_string())
            .collect()
    };
    let before = ids(&stdout(&env.ok(&["--log", "log", "feed"])));
    set_setting(&env, &log, "name", "\"Elm Street\"");
    let after = ids(&stdout(&env.ok(&["--log", "log", "feed"])));
    assert_eq!(
        before, after,
        "the feed's and entries' ids changed with the council's name"
    );
}

/// README: "`sync` pushes it". A second laptop (a clone of the log, as the README says to
/// make) has no local `pages` branch, so `site --branch pages` starts a new history; `sync`
/// fetches origin's `pages` but never builds on it, so every push is rejected as a non
/// fast-forward. The warning's advice (site, then sync again) fails the same way forever.
#[test]
fn a_second_laptop_s_sync_pushes_the_site() {
    let env = TestEnv::new();
    env.git(
        env.dir.path(),
        &["init", "--quiet", "--bare", "-b", "main", "origin.git"],
    );
    let url = format!("file://{}", env.path("origin.git").display());
    env.ok(&["init", "a", "--remote", &url]);
    env.ok(&["--log", "a", "run", &example("the-bench-is-broken.toml")]);
    env.ok(&["--log", "a", "site", "--branch", "pages"]);
    env.ok(&["--log", "a", "sync"]);
    env.git(env.dir.path(), &["clone", "--quiet", &url, "b"]);
    // A clone of a log is a log already (`init` only says so).
    let _ = env.run(&["init", "b"]);
    env.ok(&["--log", "b", "run", &example("the-streetlight-vote.toml")]);
    env.ok(&["--log", "b", "site", "--branch", "pages"]);
    let _ = env.run(&["--log", "b", "sync"]);
    // The advice of the warning: site, then sync again.
    env.ok(&["--log", "b", "site", "--branch", "pages"]);
    let _ = env.run(&["--log", "b", "sync"]);
    let origin = env.path("origin.git");
    let b = env.path("b");
    assert_eq!(
        env.git(&origin, &["rev-parse", "pages"]),
        env.git(&b, &["rev-parse", "pages"]),
        "origin's pages does not hold the second laptop's site"
    );
    let pages = env.git(&origin, &["ls-tree", "-r", "--name-only", "pages"]);
    assert!(pages.contains("streetlight"), "{pages}");
}

/// The Chromium on PATH.
fn chromium() -> &'static str {
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        if Command::new(name)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
        {
            return name;
        }
    }
    panic!("headless Chromium is needed for this test and is not on PATH");
}

/// README: "`html` prints on one A4 or Letter page". The notice caps the number of tasks at
/// six, but not their length nor the decision's: a council within the tool's own limits
/// (a 1,300-character statement, tasks of 400 characters) prints on three pages.
#[test]
fn a_wordy_council_s_notice_prints_on_one_page() {
    let env = TestEnv::new();
    let statement = "We fix it Saturday with everyone who can come. ".repeat(28);
    let mut answers = std::fs::read_to_string(example("the-bench-is-broken.toml"))
        .unwrap()
        .replace(
            "We fix it Saturday 10am, tools from Bo's garage",
            statement.trim(),
        );
    let tasks: String = (0..6)
        .map(|i| {
            let what = format!("Task {i}: buy planks, screws and paint and bring them. ").repeat(7);
            format!(
                "\n[[tasks]]\nwhat = \"{}\"\nwho = [\"Bo\", \"Dara\"]\ndue = \"2026-12-0{}\"\n",
                what.trim(),
                i + 1
            )
        })
        .collect();
    answers = answers.replace("[sovereignty]", &format!("{tasks}\n[sovereignty]"));
    let file = env.write("wordy.toml", &answers);
    env.ok(&["--log", "log", "run", "--init", &file]);
    let notice = stdout(&env.ok(&["--log", "log", "notice", "bench", "--format", "html"]));
    let pages = printed_pages(&env, &notice);
    assert_eq!(pages, 1, "the notice printed on {pages} pages");
}

/// How many pages Chromium prints `html` on.
fn printed_pages(env: &TestEnv, notice: &str) -> usize {
    let html = env.path("notice.html");
    std::fs::write(&html, notice).unwrap();
    let pdf = env.path("notice.pdf");
    let out = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            "--no-pdf-header-footer",
        ])
        .arg(format!(
            "--user-data-dir={}",
            env.path("chromium").display()
        ))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .env("HOME", env.path("home"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&pdf).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    text.matches("/Type /Page").count() - text.matches("/Type /Pages").count()
}

/// The notice's promise at the tool's limits: every text as long as it may be (the issue,
/// the place, the council's name, the statement, 200 tasks of 1,000 characters with long
/// currencies, 20 sources of 100 numbers, a 2,000-character address), in words and in one
/// unbroken word, still prints on one page, saying that texts were cut short.
#[test]
fn a_council_at_the_tool_s_limits_prints_its_notice_on_one_page() {
    for word in [false, true] {
        let env = TestEnv::new();
        let long = |n: usize| -> String {
            if word {
                "W".repeat(n)
            } else {
                "Wide words "
                    .repeat(n / 11 + 1)
                    .chars()
                    .take(n)
                    .collect::<String>()
                    .trim()
                    .to_string()
            }
        };
        let mut answers = std::fs::read_to_string(example("the-bench-is-broken.toml"))
            .unwrap()
            .replace("The bench at Elm & 5th is broken", &long(200))
            .replace("Laundromat on Elm", &long(200))
            .replace(
                "We fix it Saturday 10am, tools from Bo's garage",
                &long(10_000),
            );
        let numbers: Vec<String> = (0..20)
            .map(|_| format!("\"{}\"", vec!["123456789"; 100].join(" ")))
            .collect();
        answers = answers.replace(
            "sources = [\"3 5 1 6\", \"42\"]",
            &format!("sources = [{}]", numbers.join(", ")),
        );
        // 198 tasks, and the example's two: the limit.
        let tasks: String = (0..198)
            .map(|i| {
                format!(
                    "\n[[tasks]]\nwhat = \"{}\"\nwho = [\"Ana\", \"Bo\", \"Dara\", \"Eli\"]\ndue = \"2026-12-01\"\njar = {{ target = {}, currency = \"{}\" }}\n",
                    long(1_000),
                    i + 1,
                    long(100)
                )
            })
            .collect();
        answers = answers.replace("[sovereignty]", &format!("{tasks}\n[sovereignty]"));
        let file = env.write("limits.toml", &answers);
        env.ok(&["--log", "log", "run", "--init", &file]);
        let log = env.path("log");
        set_setting(&env, &log, "name", &format!("\"{}\"", long(200)));
        set_setting(
            &env,
            &log,
            "url",
            &format!("\"https://elm.example/{}\"", "a".repeat(1_900)),
        );
        let notice = stdout(&env.ok(&["--log", "log", "notice", "1", "--format", "html"]));
        assert!(notice.contains("Texts cut short"), "{notice}");
        let pages = printed_pages(&env, &notice);
        assert_eq!(
            pages, 1,
            "the notice printed on {pages} pages (one word: {word})"
        );
    }
}

/// A `url` with control and bidirectional characters (TOML escapes), committed.
fn hostile_url_log(env: &TestEnv) -> std::path::PathBuf {
    let log = bench_log(env);
    set_setting(
        env,
        &log,
        "url",
        "\"https://elm.example/\\u001b]0;pwned\\u0007\\u001b[2J\\u202Eevil/\"",
    );
    log
}

/// README: "the Atom feed" is valid RFC 4287 (XML). `url` in council.toml was checked for
/// length only, and the feed copied it into every link: ESC and BEL are not allowed in
/// XML 1.0. Now such an address is refused (with the error cleaned): no feed is ill-formed.
#[test]
fn the_feed_stays_well_formed_xml_whatever_the_url_setting() {
    let env = TestEnv::new();
    hostile_url_log(&env);
    let out = env.run(&["--log", "log", "feed"]);
    assert!(!out.status.success());
    let all = format!("{}{}", stdout(&out), String::from_utf8_lossy(&out.stderr));
    let bad: Vec<String> = all
        .chars()
        .filter(|c| (*c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || *c == '\u{FFFE}')
        .map(|c| format!("U+{:04X}", c as u32))
        .collect();
    assert!(
        bad.is_empty(),
        "characters XML 1.0 forbids in the feed: {bad:?}\n{all}"
    );
}

/// README: "control and bidirectional characters are removed, as on the terminal"; "Data
/// never drives the terminal". The `url` setting reached the site's council pages, the HTML
/// notice and the terminal (`council notice ID`) raw. Now it is refused, and the error shows
/// it cleaned.
#[test]
fn the_url_setting_is_cleaned_like_every_string() {
    let env = TestEnv::new();
    hostile_url_log(&env);
    let mut dirty = Vec::new();
    for args in [
        &["--log", "log", "site", "--out", "web"][..],
        &["--log", "log", "notice", "bench"],
        &["--log", "log", "notice", "bench", "--format", "html"],
        &["--log", "log", "feed"],
    ] {
        let out = env.run(args);
        assert!(!out.status.success(), "{args:?} accepted the url");
        let all = format!("{}{}", stdout(&out), String::from_utf8_lossy(&out.stderr));
        assert!(all.contains("https://elm.example/"), "{all}");
        if all.contains('\u{1b}') || all.contains('\u{202E}') || all.contains('\u{7}') {
            dirty.push(format!("{args:?}"));
        }
    }
    assert!(dirty.is_empty(), "ESC, BEL or U+202E in {dirty:?}");
}

/// README: the feed is Atom (valid RFC 4287, XML 1.0). An issue with the noncharacters
/// U+FFFE/U+FFFF (valid TOML, accepted by `run`) goes into the entry's title as is: XML 1.0
/// forbids them, so the whole feed fails to parse.
#[test]
fn the_feed_stays_well_formed_xml_whatever_the_issue() {
    let env = TestEnv::new();
    let answers = std::fs::read_to_string(example("the-bench-is-broken.toml"))
        .unwrap()
        .replace(
            "issue = \"The bench at Elm & 5th is broken\"",
            "issue = \"The bench \\uFFFE at Elm \\uFFFF is broken\"",
        );
    let file = env.write("nonchar.toml", &answers);
    env.ok(&["--log", "log", "run", "--init", &file]);
    let feed = stdout(&env.ok(&["--log", "log", "feed"]));
    let bad: Vec<String> = feed
        .chars()
        .filter(|c| {
            matches!(c, '\u{FFFE}' | '\u{FFFF}') || (*c < ' ' && !matches!(c, '\t' | '\n' | '\r'))
        })
        .map(|c| format!("U+{:04X}", c as u32))
        .collect();
    assert!(
        bad.is_empty(),
        "characters XML 1.0 forbids in the feed: {bad:?}"
    );
}

/// README: the site is "readable on a phone". The stylesheet wraps only `code`: a decision
/// that quotes a long web address (an ordinary thing to write) makes the council page wider
/// than a phone's screen (423 pixels in 390), the end of the decision cut at the screen's
/// edge; a 130-letter word makes it 1,596 pixels wide.
/// (A probe page of the test's own measures the council page in a 390-pixel frame.)
#[test]
fn a_council_page_with_a_long_address_fits_a_phone() {
    let env = TestEnv::new();
    let answers = std::fs::read_to_string(example("the-bench-is-broken.toml"))
        .unwrap()
        .replace(
            "We fix it Saturday 10am, tools from Bo's garage",
            "We fix it Saturday, as the city allows: https://www.cityofelm.example/public-works/street-furniture/requests/2026/11/bench-elm-and-5th-repair-permit-application.pdf",
        );
    let file = env.write("long.toml", &answers);
    env.ok(&["--log", "log", "run", "--init", &file]);
    env.ok(&["--log", "log", "site", "--out", "web"]);
    let page = files_under(&env.path("web/councils")).remove(0);
    let probe = env.path("probe.html");
    std::fs::write(
        &probe,
        format!(
            "<!DOCTYPE html><html><body><iframe id=\"f\" src=\"file://{}\" style=\"width:390px;height:800px;border:0\"></iframe>\
             <script>document.getElementById('f').onload=function(){{var d=this.contentDocument;\
             document.body.setAttribute('data-width', d ? d.documentElement.scrollWidth : 'none');}};</script></body></html>",
            page.display()
        ),
    )
    .unwrap();
    let out = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            "--allow-file-access-from-files",
            "--virtual-time-budget=3000",
            "--dump-dom",
        ])
        .arg(format!(
            "--user-data-dir={}",
            env.path("chromium").display()
        ))
        .arg(format!("file://{}", probe.display()))
        .env("HOME", env.path("home"))
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&out.stdout);
    let width: u32 = dom
        .split("data-width=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("the probe measured nothing: {dom}"));
    assert!(
        width <= 390,
        "the council page is {width} pixels wide in a 390-pixel phone screen"
    );
}

/// README: `--branch` never touches "your branch, index or work tree". The own-branch check
/// looks only at the work tree the command runs in: from a linked work tree (`git worktree
/// add`, on another branch), `site --branch main` replaces the log's `main`, checked out in
/// the log's own folder, with the site alone; that folder's index now stages the deletion
/// of every council. (git itself refuses to move a branch checked out in another work tree.)
#[test]
fn site_branch_never_moves_a_branch_checked_out_in_another_work_tree() {
    let env = TestEnv::new();
    let log = bench_log(&env);
    let main_before = env.git(&log, &["rev-parse", "main"]);
    let status_before = env.git(&log, &["status", "--porcelain"]);
    env.git(
        &log,
        &["worktree", "add", "-q", "../other", "-b", "feature"],
    );
    let _ = env.run(&["--log", "other", "site", "--branch", "main"]);
    assert_eq!(
        env.git(&log, &["rev-parse", "main"]),
        main_before,
        "main moved under the log's work tree"
    );
    assert_eq!(env.git(&log, &["status", "--porcelain"]), status_before);
}
