//! Adversary findings on the promises of README "## Languages" and issue 14: the terminal in the
//! user's language, plurals right ("1 council", never "1 councils" or "(s)"), one register per
//! language.

use crate::env::{ANSWERS, TestEnv, example};
use std::process::Output;

const BENCH: &str = "minutes/2026/2026-11-16-the-bench-at-elm-and-5th-is-broken.md";

/// Runs `council` with `LANG` set to `locale`: what it printed on both streams, and the output.
fn in_locale(env: &TestEnv, locale: &str, args: &[&str]) -> (String, Output) {
    let out = env
        .council()
        .env("LANG", locale)
        .args(args)
        .output()
        .unwrap();
    let both = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (both, out)
}

/// A log with the example bench council in it.
fn bench_log(env: &TestEnv, language: &str) -> std::path::PathBuf {
    env.ok(&["init", "--language", language, "log"]);
    env.ok(&["--log", "log", "run", &example("the-bench-is-broken.toml")]);
    env.path("log")
}

#[test]
fn ledger_in_english_says_1_entry_not_1_entries() {
    let env = TestEnv::new();
    bench_log(&env, "en");
    let (out, _) = in_locale(&env, "C", &["--log", "log", "ledger"]);
    assert!(out.contains("Sovereignty gained: 1 "), "{out}");
    assert!(
        !out.contains("1 entries"),
        "a wrong plural in English:\n{out}"
    );
}

#[test]
fn stats_in_spanish_agrees_the_streak_with_one_council() {
    let env = TestEnv::new();
    bench_log(&env, "es");
    let (out, _) = in_locale(&env, "es_ES.UTF-8", &["--log", "log", "stats"]);
    assert!(out.contains("Racha seguida más larga"), "{out}");
    assert!(
        !out.contains("1 consejo seguidos"),
        "a plural adjective after 1:\n{out}"
    );
}

#[test]
fn a_council_number_out_of_range_is_told_with_a_real_plural_in_the_user_s_language() {
    let env = TestEnv::new();
    bench_log(&env, "fr");
    for args in [
        ["--log", "log", "verify", "9"],
        ["--log", "log", "show", "9"],
    ] {
        let (en, _) = in_locale(&env, "C", &args);
        assert!(
            !en.contains("(s)"),
            "council {args:?}: \"(s)\" in English:\n{en}"
        );
        let (fr, out) = in_locale(&env, "fr_FR.UTF-8", &args);
        assert_eq!(out.status.code(), Some(1), "{fr}");
        assert!(
            !fr.contains("no council numbered") && !fr.contains("shows each council"),
            "council {args:?}: English error and hint in a French terminal:\n{fr}"
        );
    }
}

#[test]
fn verify_of_an_ambiguous_part_of_an_id_speaks_french() {
    let env = TestEnv::new();
    bench_log(&env, "en");
    env.ok(&["--log", "log", "run", &example("the-streetlight-vote.toml")]);
    // `council show the` already says it in French; `verify` does not.
    let (show, _) = in_locale(&env, "fr_FR.UTF-8", &["--log", "log", "show", "the"]);
    assert!(show.contains("nomme 2 conseils"), "{show}");
    let (verify, out) = in_locale(&env, "fr_FR.UTF-8", &["--log", "log", "verify", "the"]);
    assert_eq!(out.status.code(), Some(1), "{verify}");
    assert!(
        !verify.contains("names 2 councils") && !verify.contains("type more of"),
        "English in a French terminal:\n{verify}"
    );
}

#[test]
fn verify_names_a_hand_edited_body_in_the_user_s_language() {
    for (council, locale) in [
        ("fr", "fr_FR.UTF-8"),
        ("es", "es_ES.UTF-8"),
        ("en", "fr_FR.UTF-8"),
    ] {
        let env = TestEnv::new();
        let log = bench_log(&env, council);
        let path = log.join(BENCH);
        let text = std::fs::read_to_string(&path).unwrap();
        // A neighbor edits the body (not the record) and commits it.
        let edited = text.replacen("Bo", "Bob", 1);
        assert_ne!(edited, text);
        std::fs::write(&path, edited).unwrap();
        env.git(&log, &["commit", "-qam", "fix a name"]);
        let (out, status) = in_locale(&env, locale, &["--log", "log", "verify"]);
        assert_eq!(status.status.code(), Some(1), "{out}");
        assert!(
            !out.contains("does not match its record"),
            "council in {council}, terminal {locale}: a failure verify lists is left in English:\n{out}"
        );
    }
}

#[test]
fn french_verify_summary_agrees_with_one_file() {
    let env = TestEnv::new();
    let log = bench_log(&env, "fr");
    let path = log.join(BENCH);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replacen("Bo", "Bob", 1)).unwrap();
    env.git(&log, &["commit", "-qam", "edit"]);
    let (out, _) = in_locale(&env, "fr_FR.UTF-8", &["--log", "log", "verify"]);
    assert!(out.contains("1 fichier ne concorde pas"), "{out}");
    assert!(
        !out.contains("1 fichier ne concorde pas avec leur"),
        "\"leur\" for a single file:\n{out}"
    );
}

#[test]
fn federation_tables_mark_the_own_log_in_the_user_s_language() {
    let env = TestEnv::new();
    bench_log(&env, "fr");
    for locale in ["fr_FR.UTF-8", "es_ES.UTF-8"] {
        for sub in ["log", "tasks", "verify"] {
            let (out, _) = in_locale(&env, locale, &["--log", "log", "federation", sub]);
            assert!(
                !out.contains("(this log)"),
                "federation {sub} in {locale}: English left over:\n{out}"
            );
        }
    }
}

#[test]
fn one_unresolved_objection_is_told_in_the_singular() {
    let env = TestEnv::new();
    env.init_log("log");
    let file = env.write(
        "answers.toml",
        &ANSWERS.replace(
            "statement = \"We fix it Saturday\"",
            "statement = \"We fix it Saturday\"\nobjections = [\"too loud\"]",
        ),
    );
    let (out, status) = in_locale(&env, "C", &["--log", "log", "run", &file]);
    assert_eq!(status.status.code(), Some(1), "{out}");
    assert!(out.contains("remain"), "{out}");
    assert!(!out.contains("(s)"), "\"(s)\" in English:\n{out}");
}

#[test]
fn spanish_speaks_in_one_register_within_one_error() {
    let env = TestEnv::new();
    env.init_log("log");
    let usted = [
        "diga ",
        "resuélvala",
        "indique ",
        "añada ",
        "corrija ",
        "escriba ",
    ];
    let tu = [
        "corrige ",
        "vuelve a ejecutar",
        "escribe ",
        "añade ",
        "ejecuta ",
    ];
    for (what, answers) in [
        (
            "empty sovereignty",
            format!("{ANSWERS}\n[sovereignty]\ngained = \"\"\nwithout_permission = true\n"),
        ),
        (
            "an objection",
            ANSWERS.replace(
                "statement = \"We fix it Saturday\"",
                "statement = \"We fix it Saturday\"\nobjections = [\"too loud\"]",
            ),
        ),
    ] {
        let file = env.write("answers.toml", &answers);
        let (out, status) = in_locale(&env, "es_ES.UTF-8", &["--log", "log", "run", &file]);
        assert_eq!(status.status.code(), Some(1), "{out}");
        let formal: Vec<_> = usted.iter().filter(|w| out.contains(*w)).collect();
        let familiar: Vec<_> = tu.iter().filter(|w| out.contains(*w)).collect();
        assert!(
            formal.is_empty() || familiar.is_empty(),
            "{what}: usted {formal:?} and tú {familiar:?} in one message:\n{out}"
        );
    }
}

#[test]
fn a_malformed_answers_file_is_explained_in_the_user_s_language() {
    let env = TestEnv::new();
    env.init_log("log");
    let file = env.write("answers.toml", "issue = \"The bench\"\n");
    let (out, status) = in_locale(&env, "es_ES.UTF-8", &["--log", "log", "run", &file]);
    assert_eq!(status.status.code(), Some(1), "{out}");
    assert!(
        out.contains("no es un archivo de respuestas válido"),
        "{out}"
    );
    assert!(
        !out.contains("missing field"),
        "English problem of an answers file in a Spanish terminal:\n{out}"
    );
}

#[test]
fn site_status_line_speaks_french() {
    let env = TestEnv::new();
    bench_log(&env, "fr");
    let (out, status) = in_locale(&env, "fr_FR.UTF-8", &["--log", "log", "site"]);
    assert!(status.status.success(), "{out}");
    assert!(
        !out.contains("Wrote") && !out.contains("files) to"),
        "English status line in a French terminal:\n{out}"
    );
    // The same with --branch, written and then already there.
    for _ in 0..2 {
        let args = ["--log", "log", "site", "--branch", "pages"];
        let (out, status) = in_locale(&env, "fr_FR.UTF-8", &args);
        assert!(status.status.success(), "{out}");
        assert!(
            !out.contains("the site to branch") && !out.contains("already holds this site"),
            "English status line in a French terminal:\n{out}"
        );
    }
}

#[test]
fn the_floor_screen_in_spanish_has_no_english_left() {
    use rexpect::session::spawn_command;
    let env = TestEnv::new();
    env.ok(&["init", "log", "--language", "es"]);
    let mut cmd = env.council_process();
    cmd.env("TERM", "xterm")
        .env("LANG", "es_ES.UTF-8")
        .args(["--log", "log", "convene"]);
    let mut p = spawn_command(cmd, Some(15_000)).unwrap();
    let steps: Vec<(&str, &str)> = vec![
        ("problema concreto", "El banco\r"),
        ("(Intro para omitir)", "\r"),
        ("Tiempo previsto", "\r"),
        ("Nombre (Intro", "Ana\r"),
        ("Nombre (Intro", "Bo\r"),
        ("Nombre (Intro", "Chen\r"),
        ("Nombre (Intro", "Dara\r"),
        ("Nombre (Intro", "\r"),
        ("para facilitar hoy", "\r"),
        ("para hablar en nombre", "\r"),
        ("meros cantados", "3 5 1 6\r"),
        ("meros cantados", "42\r"),
        ("meros cantados", "\r"),
        ("ser facilitador", "y"),
        ("en otro lugar antes", "n"),
        ("le apoya", "\r"),
        ("ser portavoz", "y"),
        // The floor: someone asks for it by number, then the help panel.
        ("El turno de palabra", "2\r"),
        ("en la lista.", "?"),
    ];
    let mut screen = String::new();
    for (prompt, keys) in steps {
        screen += &p
            .exp_string(prompt)
            .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}"));
        p.send(keys).unwrap();
        p.flush().unwrap();
    }
    screen += &p.exp_string("(Esc cierra)").unwrap();
    screen += &p.exp_string("protocolo de council.toml").unwrap();
    let found: Vec<_> = ["in the order asked", "1-9 or a", "n, Space"]
        .into_iter()
        .filter(|english| screen.contains(english))
        .collect();
    assert!(found.is_empty(), "{found:?} on the Spanish floor screen");
}

#[test]
fn the_site_of_a_french_council_says_why_someone_was_left_out_in_french() {
    let env = TestEnv::new();
    bench_log(&env, "fr");
    env.ok(&["--log", "log", "site", "--out", "site"]);
    let page = std::fs::read_to_string(
        env.path("site/councils/2026-11-16-the-bench-at-elm-and-5th-is-broken.html"),
    )
    .unwrap();
    // The minutes say it in French; the site page, in the council's language too.
    let minutes = std::fs::read_to_string(env.path("log").join(BENCH)).unwrap();
    assert!(minutes.contains("s'est retiré·e du tirage"), "{minutes}");
    assert!(page.contains("écarté·e"), "{page}");
    for english in ["opted out", "is the facilitator"] {
        assert!(
            !page.contains(english),
            "{english:?} on the French site page:\n{page}"
        );
    }
}

#[test]
fn the_long_help_describes_color_values_in_the_user_s_language() {
    let env = TestEnv::new();
    for locale in ["fr_FR.UTF-8", "es_ES.UTF-8"] {
        let (out, status) = in_locale(&env, locale, &["run", "--help"]);
        assert!(status.status.success(), "{out}");
        // The option's own line is translated...
        assert!(out.contains("NO_COLOR est défini") || out.contains("NO_COLOR está definido"));
        // ...but the tool's description of its value is not.
        assert!(
            !out.contains("Color when the stream is a terminal"),
            "{locale}: English help of --color's value:\n{out}"
        );
    }
}

#[test]
fn sync_status_lines_are_all_french() {
    let env = TestEnv::new();
    let log = bench_log(&env, "fr");
    env.git(env.dir.path(), &["init", "-q", "--bare", "origin.git"]);
    let origin = env.path("origin.git").display().to_string();
    env.git(&log, &["remote", "add", "origin", &origin]);
    let mut said = String::new();
    for _ in 0..2 {
        let (out, status) = in_locale(&env, "fr_FR.UTF-8", &["--log", "log", "sync"]);
        assert!(status.status.success(), "{out}");
        said += &out;
    }
    assert!(said.contains("vers origin"), "{said}");
    for english in ["Pushed", "Synced"] {
        assert!(
            !said.contains(english),
            "{english:?} in a French terminal:\n{said}"
        );
    }
}

#[test]
fn secret_export_status_is_french() {
    let env = TestEnv::new();
    env.ok(&["init", "--language", "fr", "log"]);
    let log = env.path("log");
    let toml = std::fs::read_to_string(log.join("council.toml"))
        .unwrap()
        .replace("privacy = \"names\"", "privacy = \"pseudonyms\"");
    std::fs::write(log.join("council.toml"), toml).unwrap();
    env.git(
        &log,
        &["commit", "-qam", "pseudonyms, by the council's decision"],
    );
    let answers = env.write("answers.toml", ANSWERS);
    let (out, status) = in_locale(&env, "fr_FR.UTF-8", &["--log", "log", "run", &answers]);
    assert!(status.status.success(), "{out}");
    let (out, status) = in_locale(
        &env,
        "fr_FR.UTF-8",
        &["--log", "log", "secret", "export", "secret.txt"],
    );
    assert!(status.status.success(), "{out}");
    assert!(out.contains("Le secret des pseudonymes"), "{out}");
    assert!(
        !out.contains("Exported"),
        "English verb in a French terminal:\n{out}"
    );
}

#[test]
fn waiting_for_the_lock_is_said_in_spanish() {
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
    let said = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(said.contains("el bloqueo de"), "{said}");
    assert!(
        !said.contains("Waiting"),
        "English verb in a Spanish terminal:\n{said}"
    );
    drop(lock);
}

#[test]
fn french_minutes_keep_one_register_of_inclusive_writing() {
    let env = TestEnv::new();
    let log = bench_log(&env, "fr");
    let text = std::fs::read_to_string(log.join(BENCH)).unwrap();
    assert!(text.contains("## Présent·es"), "{text}");
    assert!(text.contains("tiré·e"), "{text}");
    assert!(
        !text.contains("les moins servis d'abord"),
        "masculine-only next to inclusive forms in one file:\n{text}"
    );
}

#[test]
fn council_toml_of_a_french_log_explains_itself_in_french() {
    let env = TestEnv::new();
    for language in ["fr", "es"] {
        env.ok(&["init", "--language", language, language]);
        let toml = std::fs::read_to_string(env.path(language).join("council.toml")).unwrap();
        assert!(
            toml.contains(&format!("language = \"{language}\"")),
            "{toml}"
        );
        assert!(
            !toml.contains("# The standing settings of this flash council"),
            "{language}: the committed settings file speaks English:\n{toml}"
        );
    }
}

#[test]
fn verify_json_is_the_same_whatever_the_terminal_s_language() {
    let env = TestEnv::new();
    let log = bench_log(&env, "fr");
    let path = log.join(BENCH);
    let text = std::fs::read_to_string(&path).unwrap();
    let tampered = text.replace("facilitator = \"Bo\"", "facilitator = \"Ana\"");
    assert_ne!(tampered, text);
    std::fs::write(&path, tampered).unwrap();
    env.git(&log, &["commit", "-qam", "a hand edit"]);
    let json = |locale: &str| {
        let (_, out) = in_locale(&env, locale, &["--log", "log", "verify", "--json"]);
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8(out.stdout).unwrap()
    };
    let english = json("C");
    assert!(english.contains("\"ok\": false"), "{english}");
    // README: the keys and values of `--json` stay English whatever the language.
    assert_eq!(json("fr_FR.UTF-8"), english, "French terminal");
    assert_eq!(json("es_ES.UTF-8"), english, "Spanish terminal");
}

#[test]
fn spanish_jars_say_what_is_left_not_what_is_missing() {
    let env = TestEnv::new();
    bench_log(&env, "es");
    env.ok(&[
        "--log",
        "log",
        "report",
        "2026-11-16-the-bench-at-elm-and-5th-is-broken#1",
        "--status",
        "done",
        "--collected",
        "40",
        "--spent",
        "38.50",
    ]);
    let (en, _) = in_locale(&env, "C", &["--log", "log", "tasks"]);
    assert!(en.contains("40/40 USD (left 1.50)"), "{en}");
    let (es, _) = in_locale(&env, "es_ES.UTF-8", &["--log", "log", "tasks"]);
    // All 40 were collected: nothing is missing; 1.50 is left over, to spend.
    assert!(
        !es.contains("40/40 USD (faltan 1.50)"),
        "a full jar told as 1.50 short:\n{es}"
    );
}

#[test]
fn problems_reading_an_answers_file_are_told_in_french() {
    let env = TestEnv::new();
    env.init_log("log");
    let two = format!(
        "{ANSWERS}\n[[decision]]\nproposal = \"p\"\noutcome = \"adopted\"\nstatement = \"s\"\n"
    )
    .replace(
        "[decision]\nproposal = \"Repair",
        "[[decision]]\nproposal = \"Repair",
    );
    let big = " ".repeat(17 * 1024 * 1024);
    let block = "id = \"x\"\nissue = \"y\"\n".to_string();
    for (what, text, english) in [
        ("two decisions", two, "this file holds"),
        ("too long", big, "it fait"),
        (
            "a data block",
            block,
            "this looks like a minutes data block",
        ),
    ] {
        let file = env.write("answers.toml", &text);
        let (out, status) = in_locale(&env, "fr_FR.UTF-8", &["--log", "log", "run", &file]);
        assert_eq!(status.status.code(), Some(1), "{what}: {out}");
        assert!(
            out.contains("n'est pas un fichier de réponses valide"),
            "{what}: {out}"
        );
        assert!(
            !out.contains(english),
            "{what}: English in a French terminal:\n{out}"
        );
    }
}

#[test]
fn site_branch_refusals_are_told_in_french() {
    let env = TestEnv::new();
    bench_log(&env, "fr");
    let own = env
        .git(&env.path("log"), &["branch", "--show-current"])
        .trim()
        .to_string();
    for branch in ["a..b", own.as_str()] {
        let (out, status) = in_locale(
            &env,
            "fr_FR.UTF-8",
            &["--log", "log", "site", "--branch", branch],
        );
        assert_eq!(status.status.code(), Some(1), "{out}");
        assert!(out.contains("erreur :"), "{out}");
        assert!(
            !out.contains("branch name") && !out.contains("the site would replace"),
            "--branch {branch}: English in a French terminal:\n{out}"
        );
    }
}

#[test]
fn a_folder_that_is_no_log_is_explained_in_french() {
    let env = TestEnv::new();
    std::fs::create_dir_all(env.path("plain")).unwrap();
    for dir in ["nowhere", "plain"] {
        let (out, status) = in_locale(&env, "fr_FR.UTF-8", &["--log", dir, "tasks"]);
        assert_eq!(status.status.code(), Some(1), "{out}");
        assert!(out.contains("n'est pas un journal de conseil"), "{out}");
        assert!(
            !out.contains("failed to resolve path") && !out.contains("could not find repository"),
            "--log {dir}: English in a French terminal:\n{out}"
        );
    }
}
