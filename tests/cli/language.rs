//! The room's language: minutes and README in the council's language, the record language-neutral.

use crate::env::{TestEnv, example};
use std::path::Path;

const BENCH: &str = "minutes/2026/2026-11-16-the-bench-at-elm-and-5th-is-broken.md";

fn read(log: &Path, rel: &str) -> String {
    std::fs::read_to_string(log.join(rel)).unwrap()
}

/// The data block of a minutes file: what scripts read, the same in every language.
fn record(text: &str) -> toml::Table {
    let at = text.rfind("```toml\n").unwrap() + "```toml\n".len();
    let end = text[at..].find("```").unwrap();
    toml::from_str(&text[at..at + end]).unwrap()
}

#[test]
fn init_language_writes_the_setting_out() {
    let env = TestEnv::new();
    env.ok(&["init", "log", "--language", "fr"]);
    let toml = read(&env.path("log"), "council.toml");
    assert!(toml.contains("\nlanguage = \"fr\"\n"), "{toml}");
    let readme = read(&env.path("log"), "README.md");
    assert!(readme.contains("Aucun conseil pour l'instant."), "{readme}");
    env.ok(&["init", "default-log"]);
    let toml = read(&env.path("default-log"), "council.toml");
    assert!(toml.contains("\nlanguage = \"en\"\n"), "{toml}");
    env.fails(&["init", "other", "--language", "de"], 2);
}

#[test]
fn a_council_run_in_each_language_is_written_in_it_and_verifies() {
    let english = {
        let env = TestEnv::new();
        let log = env.init_log("log");
        env.ok(&["--log", "log", "run", &example("the-bench-is-broken.toml")]);
        read(&log, BENCH)
    };
    assert!(!english.contains("language ="), "{english}");
    for (lang, title, record_heading, readme_line) in [
        (
            "fr",
            "Conseil éclair du lundi 16 novembre 2026, de 19:00 à 19:45 (45 minutes prévues), à Laundromat on Elm.",
            "\n## Données\n",
            "1 conseil jusqu'ici : 1 décision adoptée, 0 rejetée, 0 terminé sans décision.",
        ),
        (
            "es",
            "Consejo relámpago del lunes 16 de noviembre de 2026, de 19:00 a 19:45 (45 minutos previstos), en Laundromat on Elm.",
            "\n## Registro\n",
            "1 consejo hasta ahora: 1 decisión adoptada, 0 rechazadas, 0 terminaron sin decisión.",
        ),
    ] {
        let env = TestEnv::new();
        env.ok(&["init", "log", "--language", lang]);
        let log = env.path("log");
        env.ok(&["--log", "log", "run", &example("the-bench-is-broken.toml")]);
        let text = read(&log, BENCH);
        assert!(text.contains(title), "{lang}:\n{text}");
        assert!(text.contains(record_heading), "{lang}:\n{text}");
        assert!(!text.contains("## Who was there"), "{lang}:\n{text}");
        // The record is the same data with the language named: scripts read it the same way.
        let mut data = record(&text);
        assert_eq!(
            data.remove("language"),
            Some(toml::Value::String(lang.into()))
        );
        // Only the history differs: each log's first commit holds its own council.toml.
        let mut same = record(&english);
        data.remove("history");
        same.remove("history");
        assert_eq!(data, same, "{lang}");
        let readme = read(&log, "README.md");
        assert!(readme.contains(readme_line), "{lang}:\n{readme}");
        env.ok(&["--log", "log", "verify"]);
        // `council run` on the record of the file reproduces it, in its own language.
        let out = env.ok(&[
            "--log",
            "log",
            "run",
            "--dry-run",
            &log.join(BENCH).display().to_string(),
        ]);
        assert_eq!(String::from_utf8(out.stdout).unwrap(), text, "{lang}");
    }
}

#[test]
fn switching_language_leaves_old_minutes_verifying() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    env.ok(&["--log", "log", "run", &example("the-bench-is-broken.toml")]);
    let before = read(&log, BENCH);
    let toml = read(&log, "council.toml").replace("language = \"en\"", "language = \"es\"");
    std::fs::write(log.join("council.toml"), toml).unwrap();
    env.git(
        &log,
        &["commit", "-q", "-am", "Minutes in Spanish from now on"],
    );
    env.ok(&["--log", "log", "run", &example("the-streetlight-vote.toml")]);
    assert_eq!(read(&log, BENCH), before);
    let files = env.git(&log, &["ls-files", "minutes"]);
    let new = files
        .lines()
        .find(|f| !f.ends_with(BENCH.rsplit('/').next().unwrap()))
        .unwrap();
    let text = read(&log, new);
    assert!(text.contains("\nlanguage = \"es\"\n"), "{text}");
    assert!(text.contains("\n## Quiénes estuvieron\n"), "{text}");
    let readme = read(&log, "README.md");
    assert!(readme.contains("## Consejos"), "{readme}");
    env.ok(&["--log", "log", "verify"]);
    // And back: the Spanish minutes stay Spanish and verify too.
    let toml = read(&log, "council.toml").replace("language = \"es\"", "language = \"fr\"");
    std::fs::write(log.join("council.toml"), toml).unwrap();
    env.git(&log, &["commit", "-q", "-am", "En français désormais"]);
    env.ok(&["--log", "log", "verify"]);
    assert_eq!(read(&log, new), text);
}
