//! What neighbors see on a forge (`cargo test --features forge-tests`): the minutes, README and corrections rendered by
//! GitHub's own renderer (cmark-gfm, through the `cmarkgfm` Python package that
//! `.ci/run` installs), with hostile text in every field. No link, image, raw HTML
//! or heading may come from data.

#[path = "cli/env.rs"]
#[allow(dead_code)]
mod env;

use env::{TestEnv, stdout};
use std::process::Command;

/// Renders Markdown to HTML with GitHub's cmark-gfm (tables, autolinks, strikethrough).
fn github(markdown: &str) -> String {
    let out = Command::new("python3")
        .args([
            "-c",
            "import sys, cmarkgfm; sys.stdout.write(cmarkgfm.github_flavored_markdown_to_html(sys.stdin.read()))",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write as _;
            child.stdin.take().unwrap().write_all(markdown.as_bytes())?;
            child.wait_with_output()
        })
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "cmark-gfm is needed (`pip install cmarkgfm`, which .ci/run does): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

const HOSTILE: &str = r#"
issue = "Mail ana@evil.org or www.evil.org <img src=x onerror=alert(1)> [x](https://evil.org)"
place = "mailto:foo@evil.org xmpp:foo@evil.org http://evil.org ![i](https://evil.org/i.png) &lt;b&gt;"
started = "2026-11-23T19:00:00-05:00"
[[attendees]]
name = "Ana <script>"
[[attendees]]
name = "Bo@evil.org"
[[attendees]]
name = "Dee"
[draw]
sources = ["3 5 1 6", "42"]
[decision]
proposal = "a+b@evil.org and 0@a@a and x_y@evil.org `code` ``"
outcome = "adopted"
statement = "line\n===\n- item\n1. one\n# head\n@here ana@evil.org\n<div>raw</div>"
[[tasks]]
what = "Write to ana.b-c%d@evil.co.uk |x| <b>"
who = ["Dee"]
jar = { target = 4, currency = "a@evil.org" }
[delegate]
name = "Dee"
to = "www.evil.org"
mandate = "=== \n---\nhttps://evil.org"
[sovereignty]
gained = "- we <i>won</i> mail@evil.org"
without_permission = true
[closing]
words = ["a@b.org", "ftp://x.y", "<!-- hidden -->"]
"#;

fn assert_inert(html: &str, headings: &[&str]) {
    for tag in [
        "<a ", "<img", "<script", "<div", "<b>", "<i>", "<!--", "<ol", "<hr",
    ] {
        assert!(!html.contains(tag), "{tag} came from data:\n{html}");
    }
    let found: Vec<&str> = html
        .match_indices("<h")
        .filter(|(i, _)| html[i + 2..].starts_with(|c: char| c.is_ascii_digit()))
        .map(|(i, _)| {
            let end = html[i..].find("</h").unwrap();
            &html[i + 4..i + end]
        })
        .collect();
    assert_eq!(found.len(), headings.len(), "headings {found:?}\n{html}");
    for (f, h) in found.iter().zip(headings) {
        assert!(f.starts_with(h), "heading {f:?}, expected {h:?}");
    }
}

#[test]
fn hostile_minutes_render_as_text_on_githubs_own_renderer() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let answers = env.write("hostile.toml", HOSTILE);
    env.ok(&["--log", "log", "run", &answers]);
    let id = stdout(&env.ok(&["--log", "log", "log", "--json"]));
    let v: serde_json::Value = serde_json::from_str(&id).unwrap();
    let file = v[0]["file"].as_str().unwrap().to_string();
    let id = v[0]["id"].as_str().unwrap().to_string();
    let minutes = std::fs::read_to_string(log.join(&file)).unwrap();
    let html = github(&minutes);
    assert!(html.starts_with("<h1>Mail "), "{html}");
    assert_inert(
        &html,
        &[
            "Mail ",
            "Who was there",
            "The lot",
            "Decision",
            "Tasks",
            "Delegate",
            "Autonomy gained",
            "Closing",
            "Record",
        ],
    );
    // The record comes out verbatim in one code block.
    assert!(
        html.contains("<pre lang=\"toml\"><code>")
            || html.contains("<code class=\"language-toml\">"),
        "{html}"
    );

    env.ok(&[
        "--log",
        "log",
        "correct",
        &id,
        "--note",
        "Write to x@evil.org\n# not a heading\n[y](https://evil.org)",
    ]);
    let readme = std::fs::read_to_string(log.join("README.md")).unwrap();
    let html = github(&readme);
    for tag in [
        "<a href=\"mailto",
        "<a href=\"https://evil",
        "<a href=\"http://evil",
        "<img",
        "<script",
        "<div",
        "<b>",
    ] {
        assert!(
            !html.contains(tag),
            "{tag} came from data in the README:\n{html}"
        );
    }
    let corrections = std::fs::read_dir(log.join("corrections/2026")).unwrap();
    for entry in corrections {
        let html = github(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
        assert_inert(&html, &["Correction to ", "Record"]);
    }
    env.ok(&["--log", "log", "verify"]);
}
