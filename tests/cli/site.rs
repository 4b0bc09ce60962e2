//! Where neighbors look: the README, the static site, the feed and the notice for the wall.
//!
//! Snapshots live in `tests/cli/golden/site/`; `COUNCIL_BLESS=1` rewrites them (only for a
//! deliberate change of output, described in the commit).

use crate::env::{TestEnv, stdout};
use std::path::Path;
use std::str::FromStr as _;

const FIRST: &str = "2026-11-02-the-bench-is-broken";
const SECOND: &str = "2026-11-09-the-drain-is-blocked";

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
"#;

fn first() -> String {
    format!(
        r#"issue = "The bench is broken"
place = "Laundromat on Elm"
started = "2026-11-02T19:00:00-05:00"
{PEOPLE}
[draw]
sources = ["7 1 9", "25"]
support = "Chen"

[decision]
proposal = "Repair the bench ourselves"
outcome = "adopted"
statement = "We fix it Saturday, tools from Bo's garage"
review = "2026-11-20"

[[tasks]]
what = "Buy planks"
who = ["Bo"]
due = "2026-11-07"
jar = {{ target = 40, currency = "USD" }}

[[tasks]]
what = "Bring the drill"
who = ["Dara", "Ana"]
due = "2026-11-07"

[delegate]
name = "Ana"
to = "Eastside assembly"
mandate = "Ask for tool-library hours"

[sovereignty]
gained = "We fix our own benches"
without_permission = true

[closing]
ritual = "shared meal"
words = ["tired", "proud"]
"#
    )
}

fn second() -> String {
    format!(
        r#"issue = "The drain is blocked"
started = "2026-11-09T19:00:00-05:00"
{PEOPLE}
[draw]
sources = ["3 5 1 6", "42"]

[decision]
proposal = "Call the plumber collective"
outcome = "adopted"
statement = "Ana calls the plumber collective on Monday"

[[report_backs]]
task = "{FIRST}#1"
status = "done"
note = "Planks bought, the bench is fixed"
collected = 55
spent = 38.5

[[report_backs]]
task = "{FIRST}#2"
status = "open"
note = "The drill is at Eli's"

[[tasks]]
what = "Call the plumber collective"
who = ["Ana"]
due = "2026-11-30"
"#
    )
}

/// Two councils: a jar collected beyond its target and unspent after its task ended, a
/// review date come, a delegate, a gain, report-back notes, a correction.
fn neighborhood(env: &TestEnv) -> std::path::PathBuf {
    let log = env.init_log("log");
    for (n, text) in [first(), second()].iter().enumerate() {
        let file = env.write(&format!("c{n}.toml"), text);
        env.ok(&["--log", "log", "run", &file]);
    }
    env.ok(&[
        "--log",
        "log",
        "correct",
        SECOND,
        "--note",
        "The plumber collective is called on Tuesday",
    ]);
    log
}

/// Compares `got` with the snapshot `name`, or records it under COUNCIL_BLESS=1.
fn snapshot(name: &str, got: &str) {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/cli/golden/site")
        .join(name);
    if std::env::var("COUNCIL_BLESS").is_ok_and(|v| v == "1") {
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&file)
        .unwrap_or_else(|e| panic!("{}: {e} (record it with COUNCIL_BLESS=1)", file.display()));
    assert!(
        got == want,
        "{name} changed (COUNCIL_BLESS=1 records it):\n--- got\n{got}\n--- want\n{want}"
    );
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_readme_tells_a_neighbor_what_was_decided_and_how_to_take_part() {
    let env = TestEnv::new();
    let log = neighborhood(&env);
    let readme = read(&log.join("README.md"));
    for expected in [
        "2 councils so far: 2 decisions adopted",
        // The decision, in the councils table and the commit message.
        "adopted: We fix it Saturday, tools from Bo's garage",
        // Open tasks with their latest note.
        "| Bring the drill | Dara, Ana | 2026-11-07 **overdue** | The drill is at Eli's |",
        // Jars with the task's text, the currency, and both flags.
        "| Buy planks | 40 USD | 55 USD | 38.50 USD | 16.50 USD | **task ended: spend what is left and reset**; **collected beyond its target** |",
        // A review date that has come.
        "## Decisions to look at again",
        "- 2026-11-20: [The bench is broken](minutes/2026/2026-11-02-the-bench-is-broken.md): We fix it Saturday",
        "## Sovereignty ledger",
        "What the neighborhood achieved together",
        "## Come to a council",
        "## Re-check a draw",
        &format!("    council verify {SECOND}"),
        "## Words used here",
        "- **Mandate**:",
    ] {
        assert!(
            readme.contains(expected),
            "README lacks {expected:?}:\n{readme}"
        );
    }
    assert!(!readme.contains("1 councils"), "{readme}");
    snapshot("README.md", &readme);
    let message = env.git(&log, &["log", "-1", "--format=%B", "HEAD~1"]);
    assert!(
        message.contains("Decision (adopted): Ana calls the plumber collective on Monday"),
        "{message}"
    );
    assert!(
        message.contains("- Call the plumber collective (Ana, by 2026-11-30)"),
        "{message}"
    );
}

#[test]
fn a_review_date_not_yet_come_is_not_listed() {
    let env = TestEnv {
        now: "2026-11-10T12:00:00-05:00".into(),
        ..TestEnv::new()
    };
    let log = env.init_log("log");
    let file = env.write("c.toml", &first());
    env.ok(&["--log", "log", "run", &file]);
    let readme = read(&log.join("README.md"));
    assert!(
        readme.contains("1 council so far: 1 decision adopted"),
        "{readme}"
    );
    assert!(!readme.contains("Decisions to look at again"), "{readme}");
}

#[test]
fn the_site_has_every_page_and_snapshots_hold() {
    let env = TestEnv::new();
    neighborhood(&env);
    env.ok(&["--log", "log", "site", "--out", "web"]);
    let web = env.path("web");
    for page in [
        "index.html",
        "councils.html",
        "tasks.html",
        "delegates.html",
        "rotation.html",
        "abandoned.html",
        "corrections.html",
        "feed.xml",
    ] {
        snapshot(page, &read(&web.join(page)));
    }
    let council = read(&web.join(format!("councils/{FIRST}.html")));
    snapshot("council.html", &council);
    let index = read(&web.join("index.html"));
    for expected in [
        "<html lang=\"en\">",
        "We fix it Saturday, tools from Bo's garage",
        "Bring the drill",
        "collected beyond its target",
        "Ana to Eastside assembly: Ask for tool-library hours",
        "We fix our own benches",
        "href=\"councils/2026-11-09-the-drain-is-blocked.html\"",
    ] {
        assert!(
            index.contains(expected),
            "index lacks {expected:?}:\n{index}"
        );
    }
    for expected in [
        "Re-check this draw",
        "<code>1.7.9./25./</code>",
        &format!("council verify {FIRST}"),
        "council draw --pool Ana --pool Bo --pool Dara --source '7 1 9' --source 25",
        "href=\"../index.html\"",
    ] {
        assert!(
            council.contains(expected),
            "council page lacks {expected:?}:\n{council}"
        );
    }
    // No script, no external asset: every link is relative.
    for entry in walk(&web) {
        let text = read(&entry);
        assert!(!text.contains("<script"), "{}", entry.display());
        assert!(!text.contains("src=\"http"), "{}", entry.display());
        assert!(!text.contains("href=\"http"), "{}", entry.display());
        assert!(!text.contains("href=\"/"), "{}", entry.display());
    }
    let rotation = read(&web.join("rotation.html"));
    assert!(rotation.contains("<svg"), "{rotation}");
    assert!(
        rotation.contains("Gini coefficient of facilitation turns: 0.50"),
        "{rotation}"
    );
}

/// Headings come in order on every page: one `h1`, then no level skipped.
#[test]
fn every_page_has_its_headings_in_order() {
    let env = TestEnv::new();
    neighborhood(&env);
    env.ok(&["--log", "log", "site", "--out", "web"]);
    for page in walk(&env.path("web")) {
        if page.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let text = read(&page);
        let levels: Vec<u8> = text
            .match_indices("<h")
            .filter_map(|(at, _)| {
                let c = *text.as_bytes().get(at + 2)?;
                c.is_ascii_digit().then(|| c - b'0')
            })
            .collect();
        assert_eq!(levels.first(), Some(&1), "{}", page.display());
        assert_eq!(
            levels.iter().filter(|l| **l == 1).count(),
            1,
            "{}",
            page.display()
        );
        for pair in levels.windows(2) {
            assert!(pair[1] <= pair[0] + 1, "{}: {levels:?}", page.display());
        }
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path);
        }
    }
    found.sort();
    found
}

#[test]
fn the_feed_parses_back_newest_first_with_stable_ids() {
    let env = TestEnv::new();
    let log = neighborhood(&env);
    let xml = stdout(&env.ok(&["--log", "log", "feed"]));
    snapshot("feed-stdout.xml", &xml);
    let feed = atom_syndication::Feed::from_str(&xml).unwrap();
    // The log is named by its first commit: the same in every copy, in no other log.
    let root = env.git(&log, &["rev-list", "--max-parents=0", "HEAD"]);
    let root = root.trim();
    assert_eq!(feed.id, format!("urn:flash-council:{root}"));
    let ids: Vec<&str> = feed.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            format!("urn:flash-council:{root}:{SECOND}"),
            format!("urn:flash-council:{root}:{FIRST}"),
        ]
    );
    let newest = &feed.entries[0];
    assert_eq!(newest.title.value, "The drain is blocked");
    let content = newest.content.as_ref().unwrap().value.as_deref().unwrap();
    assert!(
        content.contains("Ana calls the plumber collective on Monday"),
        "{content}"
    );
    assert!(content.contains("Call the plumber collective"), "{content}");
    // A later council adds an entry; the earlier ones keep their ids.
    let third = second()
        .replace("The drain is blocked", "The lights are out")
        .replace("2026-11-09T19", "2026-11-16T19")
        .replace("[[report_backs]]", "[[ignored]]");
    let third: String = third.split("[[ignored]]").next().unwrap().to_string();
    let file = env.write("c3.toml", &third);
    env.ok(&["--log", "log", "run", &file]);
    let again =
        atom_syndication::Feed::from_str(&stdout(&env.ok(&["--log", "log", "feed"]))).unwrap();
    let again: Vec<&str> = again.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(again.len(), 3);
    assert_eq!(&again[1..], &ids[..]);
    // The site carries the same feed.
    env.ok(&["--log", "log", "site", "--out", "web"]);
    atom_syndication::Feed::from_str(&read(&env.path("web/feed.xml"))).unwrap();
}

#[test]
fn the_notice_is_one_page_with_a_qr_code_when_the_log_has_an_address() {
    let env = TestEnv::new();
    let log = neighborhood(&env);
    let text = stdout(&env.ok(&["--log", "log", "notice", "bench"]));
    snapshot("notice.txt", &text);
    assert!(text.contains("We fix it Saturday"), "{text}");
    assert!(!text.contains("<svg"), "{text}");
    let html = stdout(&env.ok(&["--log", "log", "notice", FIRST, "--format", "html"]));
    assert!(!html.contains("<svg"), "no address, no QR code:\n{html}");
    let config = read(&log.join("council.toml"));
    std::fs::write(
        log.join("council.toml"),
        format!("url = \"https://example.org/elm/\"\n{config}"),
    )
    .unwrap();
    env.git(&log, &["commit", "-q", "-am", "The site's address"]);
    let html = stdout(&env.ok(&["--log", "log", "notice", FIRST, "--format", "html"]));
    snapshot("notice.html", &html);
    assert!(html.contains("<svg"), "{html}");
    assert!(
        html.contains(&format!("https://example.org/elm/councils/{FIRST}.html")),
        "{html}"
    );
    let text = stdout(&env.ok(&["--log", "log", "notice", FIRST]));
    assert!(
        text.contains(&format!("https://example.org/elm/councils/{FIRST}.html")),
        "{text}"
    );
    let err = env.fails(&["--log", "log", "notice", "nothing-like-it"], 1);
    assert!(err.contains("nothing-like-it"), "{err}");
}

#[test]
fn hostile_strings_are_escaped_everywhere_and_bidi_controls_removed() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let evil = "<script>alert(\\\"x\\\")</script> & 'quote' \\u202Egnp.exe";
    let text = format!(
        r#"issue = "Bench {evil}"
place = "Place {evil}"
started = "2026-11-02T19:00:00-05:00"
{PEOPLE}
[draw]
sources = ["7 1 9", "25"]
support = "Chen"

[decision]
proposal = "Proposal {evil}"
outcome = "adopted"
statement = "Statement {evil}"

[[tasks]]
what = "Task {evil}"
who = ["Bo"]
jar = {{ target = 40, currency = "U<b>SD" }}

[delegate]
name = "Ana"
to = "To {evil}"
mandate = "Mandate {evil}"

[sovereignty]
gained = "Gained {evil}"
without_permission = true
"#
    );
    let file = env.write("evil.toml", &text);
    env.ok(&["--log", "log", "run", &file]);
    env.ok(&["--log", "log", "site", "--out", "web"]);
    let mut outputs: Vec<(String, String)> = walk(&env.path("web"))
        .into_iter()
        .map(|p| (p.display().to_string(), read(&p)))
        .collect();
    outputs.push(("README.md".into(), read(&log.join("README.md"))));
    outputs.push(("feed".into(), stdout(&env.ok(&["--log", "log", "feed"]))));
    for format in ["text", "html"] {
        outputs.push((
            format!("notice {format}"),
            stdout(&env.ok(&["--log", "log", "notice", "bench", "--format", format])),
        ));
    }
    for (name, out) in &outputs {
        assert!(!out.contains('\u{202E}'), "{name} keeps a bidi control");
        if name.ends_with(".html") || name == "notice html" {
            assert!(!out.contains("<script>"), "{name}:\n{out}");
            assert!(!out.contains("<b>"), "{name}:\n{out}");
            let shows_data = [
                "index.html",
                "councils.html",
                "tasks.html",
                "delegates.html",
            ]
            .iter()
            .any(|page| name.ends_with(page))
                || name.contains("/councils/")
                || name == "notice html";
            if shows_data {
                assert!(out.contains("&lt;script&gt;"), "{name}:\n{out}");
            }
        }
    }
    let (_, feed) = outputs.iter().find(|(n, _)| n == "feed").unwrap();
    assert!(!feed.contains("<script>"), "{feed}");
    let parsed = atom_syndication::Feed::from_str(feed).unwrap();
    let entry = &parsed.entries[0];
    assert!(
        entry
            .title
            .value
            .starts_with("Bench <script>alert(\"x\")</script> & 'quote' gnp.exe"),
        "{}",
        entry.title.value
    );
    let content = entry.content.as_ref().unwrap().value.as_deref().unwrap();
    assert!(
        content.contains("&lt;script&gt;"),
        "the entry's HTML escapes data: {content}"
    );
    let (_, readme) = outputs.iter().find(|(n, _)| n == "README.md").unwrap();
    assert!(!readme.contains("<script>"), "{readme}");
}

#[test]
fn the_site_branch_is_committed_without_touching_the_log() {
    let env = TestEnv::new();
    let origin = env.path("origin.git");
    env.git(
        env.dir.path(),
        &["init", "--quiet", "--bare", "-b", "main", "origin.git"],
    );
    env.ok(&[
        "init",
        "log",
        "--remote",
        &format!("file://{}", origin.display()),
    ]);
    let log = env.path("log");
    let file = env.write("c0.toml", &first());
    env.ok(&["--log", "log", "run", &file]);
    std::fs::write(log.join("mine.txt"), "my own work\n").unwrap();
    env.git(&log, &["add", "mine.txt"]);
    let head = env.head(&log);
    let status = env.git(&log, &["status", "--porcelain"]);
    env.ok(&["--log", "log", "site", "--branch", "pages"]);
    assert_eq!(env.head(&log), head);
    assert_eq!(env.git(&log, &["status", "--porcelain"]), status);
    assert_eq!(
        env.git(&log, &["symbolic-ref", "HEAD"]).trim(),
        "refs/heads/main"
    );
    assert!(
        !env.path("site").exists(),
        "--branch alone writes no folder"
    );
    let files = env.git(&log, &["ls-tree", "-r", "--name-only", "pages"]);
    assert!(files.contains("index.html\n"), "{files}");
    assert!(files.contains(".nojekyll\n"), "{files}");
    assert!(
        files.contains(&format!("councils/{FIRST}.html\n")),
        "{files}"
    );
    assert!(!files.contains("minutes/"), "{files}");
    let first_site = env.git(&log, &["rev-parse", "pages"]);
    // The same site again commits nothing; a new council commits on top of the last site.
    env.ok(&["--log", "log", "site", "--branch", "pages"]);
    assert_eq!(env.git(&log, &["rev-parse", "pages"]), first_site);
    let file = env.write("c1.toml", &second());
    env.ok(&["--log", "log", "run", &file]);
    env.ok(&["--log", "log", "site", "--branch", "pages"]);
    assert_eq!(env.git(&log, &["rev-parse", "pages~1"]), first_site);
    // The log's own branch is refused.
    let err = env.fails(&["--log", "log", "site", "--branch", "main"], 1);
    assert!(
        err.contains("checked out in a work tree of the log"),
        "{err}"
    );
    // `sync` pushes the site's branch with the log.
    env.ok(&["--log", "log", "sync"]);
    assert_eq!(
        env.git(&origin, &["rev-parse", "pages"]),
        env.git(&log, &["rev-parse", "pages"])
    );
    assert_eq!(
        env.git(&origin, &["rev-parse", "main"]).trim(),
        env.head(&log)
    );
}

#[test]
fn the_site_speaks_the_council_s_language() {
    let env = TestEnv::new();
    env.ok(&["init", "log", "--language", "fr"]);
    let file = env.write("c0.toml", &first());
    env.ok(&["--log", "log", "run", &file]);
    env.ok(&["--log", "log", "site", "--out", "web"]);
    let index = read(&env.path("web/index.html"));
    assert!(index.contains("<html lang=\"fr\">"), "{index}");
    assert!(index.contains("Tâches ouvertes"), "{index}");
    let readme = read(&env.path("log/README.md"));
    assert!(readme.contains("## Venir à un conseil"), "{readme}");
}
