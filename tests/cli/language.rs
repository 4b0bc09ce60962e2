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

/// Runs `council` with the terminal's locale set to `lang`, insisting it succeeds: (stdout, stderr).
fn in_locale(env: &TestEnv, lang: &str, args: &[&str]) -> (String, String) {
    let out = env.council().env("LANG", lang).args(args).output().unwrap();
    let (stdout, stderr) = (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    );
    assert!(out.status.success(), "council {args:?}: {stderr}");
    (stdout, stderr)
}

#[test]
fn the_terminal_speaks_the_user_s_language_whatever_the_council_s() {
    // An English council, read by French and Spanish neighbors.
    let env = TestEnv::new();
    let log = env.init_log("log");
    let bench = example("the-bench-is-broken.toml");
    let (_, said) = in_locale(&env, "fr_FR.UTF-8", &["--log", "log", "run", &bench]);
    assert!(
        said.contains("Enregistré minutes/2026/2026-11-16-the-bench-at-elm-and-5th-is-broken.md"),
        "{said}"
    );
    assert!(said.contains(": facilitation "), "{said}");
    assert!(said.contains(", décision adoptée"), "{said}");
    // The minutes stay in the council's language.
    assert!(read(&log, BENCH).contains("\n## Who was there\n"));

    let (_, said) = in_locale(&env, "es_MX.UTF-8", &["--log", "log", "verify"]);
    assert!(
        said.contains(
            "Verificado 1 consejo: cada sorteo se comprueba, y el registro está tal como se escribió"
        ),
        "{said}"
    );
    let (_, said) = in_locale(&env, "fr_FR.UTF-8", &["--log", "log", "verify"]);
    assert!(
        said.contains("Vérifié 1 conseil : chaque tirage se vérifie"),
        "{said}"
    );
    // English says one council, not "1 council(s)".
    let said = crate::env::stderr(&env.ok(&["--log", "log", "verify"]));
    assert!(
        said.contains("Verified 1 council: every draw checks out"),
        "{said}"
    );

    let (table, _) = in_locale(&env, "fr_FR.UTF-8", &["--log", "log", "log"]);
    let header: Vec<&str> = table.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(
        header,
        ["n°", "date", "id", "problème", "facilitation", "résultat"],
        "{table}"
    );
    assert!(
        table
            .lines()
            .nth(1)
            .unwrap()
            .trim_end()
            .ends_with("adoptée"),
        "{table}"
    );
    let (table, _) = in_locale(&env, "es_ES.UTF-8", &["--log", "log", "tasks"]);
    let header: Vec<&str> = table.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(
        header,
        ["id", "qué", "quién", "vence", "estado", "bote"],
        "{table}"
    );
    let (text, _) = in_locale(&env, "es_ES.UTF-8", &["--log", "log", "stats"]);
    assert!(
        text.contains("\n1 consejo. Gini de los turnos de facilitación: "),
        "{text}"
    );
    let (text, _) = in_locale(&env, "fr_FR.UTF-8", &["--log", "log", "ledger"]);
    assert!(
        text.starts_with("Conseils : 1\nDécisions : 1 adoptée, 0 rejetée, 0 sans décision\n"),
        "{text}"
    );

    // --lang wins over the locale.
    let (text, _) = in_locale(
        &env,
        "fr_FR.UTF-8",
        &[
            "--lang", "es", "draw", "--pool", "Ana", "--pool", "Bo", "--source", "3 5 1 6",
        ],
    );
    assert!(text.starts_with("clave: "), "{text}");
    assert!(text.contains("posición"), "{text}");
    assert!(text.contains(" de 2 "), "{text}");
}

#[test]
fn help_is_in_the_user_s_language_and_clap_s_own_words_stay_english() {
    let env = TestEnv::new();
    let (help, _) = in_locale(&env, "fr_FR.UTF-8", &["--help"]);
    assert!(
        help.starts_with("Mener des conseils éclair de quartier"),
        "{help}"
    );
    assert!(
        help.contains("Créer le journal public d'un conseil"),
        "{help}"
    );
    assert!(help.contains("Usage:"), "{help}");
    let (help, _) = in_locale(&env, "C", &["--lang", "es", "init", "--help"]);
    assert!(
        help.starts_with("Crear el registro público de un consejo"),
        "{help}"
    );
    assert!(
        help.contains("El idioma del acta y del README del registro"),
        "{help}"
    );
    // The global options, shown under each subcommand, are translated too.
    assert!(
        help.contains("El registro del consejo (un repositorio git)"),
        "{help}"
    );
    // The long help and its examples too (the commands in them stay as typed).
    let (help, _) = in_locale(&env, "fr_FR.UTF-8", &["run", "--help"]);
    assert!(
        help.contains("\nSans `draw.sources`, l'ordinateur tire les nombres et les consigne."),
        "{help}"
    );
    assert!(
        help.contains("Exemples :\n  council run --example > bench.toml        un fichier de réponses complet pour démarrer\n"),
        "{help}"
    );
    assert!(help.contains("Options globales:"), "{help}");
    let (help, _) = in_locale(&env, "C", &["--lang=fr", "init", "-h"]);
    assert!(
        help.contains("Le modèle de council.toml de départ"),
        "{help}"
    );
    // English is the doc comments, as it was.
    let (help, _) = in_locale(&env, "C", &["init", "--help"]);
    assert!(
        help.starts_with(
            "Create a council's public log, or adopt an existing git repository as one"
        ),
        "{help}"
    );
}

#[test]
fn errors_raised_by_the_commands_speak_the_user_s_language() {
    let env = TestEnv::new();
    env.init_log("log");
    let fails = |lang: &str, args: &[&str]| -> String {
        let out = env.council().env("LANG", lang).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        String::from_utf8(out.stderr).unwrap()
    };
    let said = fails("fr_FR.UTF-8", &["--log", "log", "resume"]);
    assert_eq!(
        said,
        "erreur : `council resume` pose ses questions à la salle et a besoin d'un terminal, mais ceci n'en est pas un\n\
         conseil : pour les scripts, écrivez les réponses dans un fichier et lancez `council run FILE` (`council run --example` en affiche un complet)\n"
    );
    let said = fails("fr_FR.UTF-8", &["--log", "log", "abandon", "--yes"]);
    assert_eq!(
        said,
        "erreur : aucun conseil n'est en cours dans ce journal\nconseil : rien à abandonner\n"
    );
    let said = fails("es_ES.UTF-8", &["--log", "log", "show", "nothing-like-it"]);
    assert!(
        said.starts_with("error: ningún consejo \"nothing-like-it\" en el registro\npista: "),
        "{said}"
    );
    let said = fails(
        "es_ES.UTF-8",
        &["draw", "--pool", "Ana", "--pool", "Ana", "--source", "1"],
    );
    assert!(
        said.contains("\"Ana\" está dos veces en el grupo"),
        "{said}"
    );
    // English, as it always was.
    let said = env.fails(&["--log", "log", "abandon", "--yes"], 1);
    assert_eq!(
        said,
        "error: no council is in progress in this log\nhint: nothing to abandon\n"
    );
}

#[test]
fn a_correction_shown_in_french_writes_its_date_out() {
    let env = TestEnv::new();
    env.init_log("log");
    env.ok(&["--log", "log", "run", &example("the-bench-is-broken.toml")]);
    let (_, said) = in_locale(
        &env,
        "fr_FR.UTF-8",
        &[
            "--log",
            "log",
            "correct",
            "bench",
            "--note",
            "Samedi, pas dimanche",
        ],
    );
    assert!(
        said.contains("Correction 2026-11-16-the-bench-at-elm-and-5th-is-broken\n"),
        "{said}"
    );
    assert!(
        said.contains("Corrigé 2026-11-16-the-bench-at-elm-and-5th-is-broken (corrections/"),
        "{said}"
    );
    let (show, _) = in_locale(&env, "fr_FR.UTF-8", &["--log", "log", "show", "bench"]);
    assert!(
        show.ends_with("\nCorrection du lundi 23 novembre 2026 : Samedi, pas dimanche"),
        "{show}"
    );
    let (show, _) = in_locale(&env, "C", &["--log", "log", "show", "bench"]);
    assert!(
        show.ends_with("\nCorrection of 2026-11-23: Samedi, pas dimanche"),
        "{show}"
    );
}
