//! The site in a real browser (`cargo test --features browser-tests --test browser`): headless
//! Chromium renders the index, a council page and the notice to screenshots and PDF, and
//! the notice prints on exactly one page. `.ci/run` installs Chromium when it is missing;
//! without it these tests fail, they never skip.

#[path = "cli/env.rs"]
#[allow(dead_code)]
mod env;

use env::{TestEnv, stdout};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The one council's id: its page is the only file under `web/councils/`.
fn council_id(web: &Path) -> String {
    let entry = std::fs::read_dir(web.join("councils"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap();
    entry
        .path()
        .file_stem()
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

/// The Chromium on PATH, or a failure that says how to get one.
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
    panic!(
        "headless Chromium is needed for the browser tests and is not on PATH: `apt-get install -y chromium` (which .ci/run does)"
    );
}

/// Runs headless Chromium on a file with `args`, returning its stdout.
fn browse(env: &TestEnv, file: &Path, args: &[String]) -> String {
    let out = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
        ])
        .arg(format!(
            "--user-data-dir={}",
            env.path("chromium").display()
        ))
        .args(args)
        .arg(format!("file://{}", file.display()))
        .env("HOME", env.path("home"))
        .output()
        .expect("chromium runs");
    assert!(
        out.status.success(),
        "chromium failed on {}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A log with one council, its site in `web/` and its notice in `notice.html`.
fn site(env: &TestEnv) -> PathBuf {
    env.init_log("log");
    let log = env.path("log");
    let config = std::fs::read_to_string(log.join("council.toml")).unwrap();
    std::fs::write(
        log.join("council.toml"),
        format!("url = \"https://example.org/elm\"\n{config}"),
    )
    .unwrap();
    env.git(&log, &["commit", "-q", "-am", "The site's address"]);
    env.ok(&[
        "--log",
        "log",
        "run",
        &env::example("the-bench-is-broken.toml"),
    ]);
    env.ok(&["--log", "log", "site", "--out", "web"]);
    let notice = stdout(&env.ok(&["--log", "log", "notice", "bench", "--format", "html"]));
    std::fs::write(env.path("notice.html"), notice).unwrap();
    env.path("web")
}

/// The number of pages of a PDF Chromium printed: its page objects.
fn pdf_pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    text.matches("/Type /Page").count() - text.matches("/Type /Pages").count()
}

fn screenshot(env: &TestEnv, file: &Path, png: &Path, size: &str) {
    browse(
        env,
        file,
        &[
            format!("--screenshot={}", png.display()),
            format!("--window-size={size}"),
        ],
    );
    let bytes = std::fs::read(png).unwrap();
    assert!(bytes.starts_with(b"\x89PNG"), "{} is no PNG", png.display());
    assert!(bytes.len() > 2000, "{} is blank", png.display());
}

fn print(env: &TestEnv, file: &Path, pdf: &Path) -> Vec<u8> {
    browse(
        env,
        file,
        &[
            "--no-pdf-header-footer".to_string(),
            format!("--print-to-pdf={}", pdf.display()),
        ],
    );
    let bytes = std::fs::read(pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"), "{} is no PDF", pdf.display());
    bytes
}

#[test]
fn the_index_and_a_council_page_render_on_a_phone_and_print() {
    let env = TestEnv::new();
    let web = site(&env);
    let index = web.join("index.html");
    let dom = browse(&env, &index, &["--dump-dom".to_string()]);
    for expected in [
        "<html lang=\"en\">",
        "Recent councils",
        "The bench at Elm &amp; 5th is broken",
        "Open tasks",
    ] {
        assert!(
            dom.contains(expected),
            "the index lacks {expected:?}:\n{dom}"
        );
    }
    screenshot(&env, &index, &env.path("index.png"), "412,915");
    let id = council_id(&web);
    let council = web.join(format!("councils/{id}.html"));
    let dom = browse(&env, &council, &["--dump-dom".to_string()]);
    for expected in [
        "Re-check this draw",
        &format!("council verify {id}"),
        "The draw",
    ] {
        assert!(
            dom.contains(expected),
            "the council page lacks {expected:?}:\n{dom}"
        );
    }
    screenshot(&env, &council, &env.path("council.png"), "412,915");
    let pdf = print(&env, &council, &env.path("council.pdf"));
    assert!(pdf_pages(&pdf) >= 1);
}

#[test]
fn the_notice_prints_on_exactly_one_page() {
    let env = TestEnv::new();
    site(&env);
    let notice = env.path("notice.html");
    let dom = browse(&env, &notice, &["--dump-dom".to_string()]);
    for expected in [
        "What we decided",
        "Who does what, by when",
        "<svg",
        "Re-check this draw",
    ] {
        assert!(
            dom.contains(expected),
            "the notice lacks {expected:?}:\n{dom}"
        );
    }
    screenshot(&env, &notice, &env.path("notice.png"), "800,1100");
    let pdf = print(&env, &notice, &env.path("notice.pdf"));
    assert_eq!(pdf_pages(&pdf), 1, "the notice must print on one page");
}

#[test]
fn a_busy_council_s_notice_still_prints_on_one_page() {
    let env = TestEnv::new();
    site(&env);
    let mut answers = std::fs::read_to_string(env::example("the-bench-is-broken.toml"))
        .unwrap()
        .replace(
            "The bench at Elm & 5th is broken",
            "The heating in the building on the corner of Elm and Fifth has been off for two weeks",
        )
        .replace("2026-11-16T19", "2026-11-20T19")
        .replace(
            "We fix it Saturday 10am, tools from Bo's garage",
            "We write to the landlord together, and if nothing happens by Friday we all withhold a tenth of the rent in a shared account until it is fixed",
        );
    let tasks: String = (0..8)
        .map(|i| format!("\n[[tasks]]\nwhat = \"Task number {i} with a fairly long description of what needs doing\"\nwho = [\"Ana\", \"Bo\"]\ndue = \"2026-11-28\"\njar = {{ target = 20, currency = \"USD\" }}\n"))
        .collect();
    answers = answers.replace("[sovereignty]", &format!("{tasks}\n[sovereignty]"));
    let file = env.write("busy.toml", &answers);
    env.ok(&["--log", "log", "run", &file]);
    let notice = stdout(&env.ok(&["--log", "log", "notice", "heating", "--format", "html"]));
    assert!(
        notice.contains("and 4 more tasks in the minutes"),
        "{notice}"
    );
    std::fs::write(env.path("busy.html"), notice).unwrap();
    let pdf = print(&env, &env.path("busy.html"), &env.path("busy.pdf"));
    assert_eq!(
        pdf_pages(&pdf),
        1,
        "a busy notice must print on one page too"
    );
}
