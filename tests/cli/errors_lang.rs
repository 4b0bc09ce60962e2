//! Errors, problems and hints in the terminal's language: real failures, in French and Spanish.
//!
//! The language comes from `--lang` or the locale (`LANG`); the files the log commits stay in
//! the council's language, and English stays exactly as it was (every other test runs `LANG=C`).

use crate::env::{ANSWERS, TestEnv, stderr, stdout};
use std::process::Output;

const FILE: &str = "minutes/2026/2026-11-23-the-bench-is-broken.md";

/// An answers file with four things wrong at once.
const BROKEN: &str = r#"
issue = ""
started = "2026-11-23T19:00:00-05:00"

[[attendees]]
name = "Ana"
[[attendees]]
name = "ana"
[[attendees]]
name = "Bo"

[draw]
sources = ["3 5 1 6", "42"]

[decision]
outcome = "adopted"
"#;

/// Runs `council` with `LANG` set to `locale`.
fn in_locale(env: &TestEnv, locale: &str, args: &[&str]) -> Output {
    env.council()
        .env("LANG", locale)
        .args(args)
        .output()
        .unwrap()
}

fn failed(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(1), "{}", stderr(out));
    stderr(out)
}

#[test]
fn every_problem_of_an_answers_file_is_told_in_french_and_in_spanish() {
    let env = TestEnv::new();
    env.init_log("log");
    let answers = env.write("answers.toml", BROKEN);
    let english = env.fails(&["--log", "log", "run", &answers], 1);
    assert!(english.contains("4 problems:"), "{english}");
    assert!(english.contains("`issue` is empty"), "{english}");

    let french = failed(&in_locale(
        &env,
        "fr_FR.UTF-8",
        &["--log", "log", "run", &answers],
    ));
    for said in [
        "4 problèmes :",
        "`issue` est vide : nommez le problème concret",
        "`attendees[2].name` : \"ana\" figure deux fois parmi les présent·es (comme \"Ana\")",
        "`decision.proposal` manque",
        "`decision.statement` manque",
    ] {
        assert!(french.contains(said), "{said:?} in:\n{french}");
    }
    assert!(!french.contains("is empty"), "{french}");

    let spanish = failed(&env.run(&["--lang", "es", "--log", "log", "run", &answers]));
    for said in [
        "4 problemas:",
        "`issue` está vacío",
        "\"ana\" aparece dos veces entre los asistentes (como \"Ana\")",
        "falta `decision.proposal`",
    ] {
        assert!(spanish.contains(said), "{said:?} in:\n{spanish}");
    }
    // Nothing was written, in any language.
    assert!(!env.path("log").join("minutes").exists());
}

#[test]
fn a_look_alike_name_is_refused_in_the_terminal_s_language() {
    let env = TestEnv::new();
    env.init_log("log");
    // A Cyrillic "А" beside a Latin "A": one person twice in the lot.
    let answers = env.write(
        "answers.toml",
        &ANSWERS.replace("name = \"Dara\"", "name = \"Аna\""),
    );
    let french = failed(&in_locale(
        &env,
        "fr_CA.UTF-8",
        &["--log", "log", "run", &answers],
    ));
    assert!(
        french.contains(
            "\"Аna\" ressemble à \"Ana\", déjà listé·e : une personne, une chance au tirage"
        ),
        "{french}"
    );
    let spanish = failed(&in_locale(
        &env,
        "es_MX",
        &["--log", "log", "run", &answers],
    ));
    assert!(
        spanish.contains("\"Аna\" se parece a \"Ana\", que ya está en la lista"),
        "{spanish}"
    );
    let english = env.fails(&["--log", "log", "run", &answers], 1);
    assert!(
        english.contains("\"Аna\" looks like \"Ana\", already listed"),
        "{english}"
    );
}

#[test]
fn a_detached_head_is_refused_with_its_hint_in_french_and_the_command_untranslated() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    env.git(&log, &["checkout", "-q", "--detach"]);
    let answers = env.write("answers.toml", ANSWERS);
    let french = failed(&env.run(&["--lang", "fr", "--log", "log", "run", &answers]));
    assert!(
        french.contains(
            "a une HEAD détachée : un commit n'appartiendrait à aucune branche et serait perdu"
        ),
        "{french}"
    );
    assert!(
        french.contains("passez d'abord sur une branche (`git switch main`) ; rien n'a été écrit"),
        "{french}"
    );
    let spanish = failed(&env.run(&["--lang", "es", "--log", "log", "run", &answers]));
    assert!(
        spanish.contains("cambie primero a una rama (`git switch main`); no se escribió nada"),
        "{spanish}"
    );
}

#[test]
fn a_held_lock_is_named_in_spanish_with_the_seconds_in_the_plural_rule() {
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
        .env("LC_ALL", "es_ES.UTF-8")
        .args(["--log", "log", "run", &answers])
        .output()
        .unwrap();
    let spanish = failed(&out);
    assert!(
        spanish.contains("otro comando council (proceso 4242) tiene el bloqueo del registro"),
        "{spanish}"
    );
    assert!(
        spanish.contains("desde hace más de 1 segundo; no se escribió nada"),
        "{spanish}"
    );
    assert!(spanish.contains("espere a que termine"), "{spanish}");
    drop(lock);
}

#[test]
fn verify_names_a_tampered_council_in_french_and_the_log_stays_english() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let answers = env.write("answers.toml", ANSWERS);
    // A French terminal on an English log: the minutes are the council's, in English.
    in_locale(&env, "fr_FR.UTF-8", &["--log", "log", "run", &answers]);
    let path = log.join(FILE);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("## Who was there"), "{text}");
    assert!(!text.contains("language ="), "{text}");
    let show = stdout(&env.ok(&[
        "--log",
        "log",
        "show",
        "2026-11-23-the-bench-is-broken",
        "--json",
    ]));
    let record: serde_json::Value = serde_json::from_str(&show).unwrap();
    let drawn = record["facilitator"].as_str().unwrap().to_string();
    let other = ["Ana", "Bo", "Dara"]
        .into_iter()
        .find(|n| *n != drawn)
        .unwrap();
    let forged = text
        .replace(
            &format!("facilitator = \"{drawn}\""),
            &format!("facilitator = \"{other}\""),
        )
        .replacen(
            &format!("selected = \"{drawn}\""),
            &format!("selected = \"{other}\""),
            1,
        );
    std::fs::write(&path, forged).unwrap();
    env.git(&log, &["commit", "-q", "-am", "Let someone else lead"]);
    let edit = env.head(&log);

    let out = in_locale(&env, "fr_FR.UTF-8", &["--log", "log", "verify"]);
    assert_eq!(out.status.code(), Some(1));
    let french = stdout(&out);
    for said in [
        "étape 0 (animation)".to_string(),
        format!("selected = \"{other}\" (recalculé : \"{drawn}\")"),
        format!("facilitator : le procès-verbal dit \"{other}\", le recalcul donne \"{drawn}\""),
        format!("modifié après son commit, par le commit {}", &edit[..10]),
    ] {
        assert!(french.contains(&said), "{said:?} in:\n{french}");
    }
    let out = env.run(&["--lang", "es", "--log", "log", "verify"]);
    let spanish = stdout(&out);
    assert!(
        spanish.contains(&format!(
            "cambiado después de su commit, por el commit {}",
            &edit[..10]
        )),
        "{spanish}"
    );
    assert!(spanish.contains("paso 0 (facilitación)"), "{spanish}");
}
