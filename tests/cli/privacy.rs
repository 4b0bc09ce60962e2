//! Privacy modes: pseudonyms and cards write no real name anywhere git keeps.

use crate::convene::{finish, spawn};
use crate::env::{TestEnv, stderr, stdout};
use std::path::Path;

/// A fixed secret, so the pseudonyms (and the draw on them) are the same at every run.
const SECRET: &str =
    "# test secret\n0707070707070707070707070707070707070707070707070707070707070707\n";

/// The real names the tests use: none may reach git.
const REAL: [&str; 4] = ["Anaïs", "Bogdan", "Chiamaka", "Dariusz"];

const ANSWERS: &str = r#"
issue = "The bench is broken"
started = "2026-11-23T19:00:00-05:00"

[[attendees]]
name = "Anaïs"
[[attendees]]
name = "Bogdan"
[[attendees]]
name = "Chiamaka"
opt_out = true
[[attendees]]
name = "Dariusz"

[draw]
sources = ["3 5 1 6", "42"]
support = "CHIAMAKA"

[decision]
proposal = "Repair the bench ourselves"
rule = "consensus"
outcome = "adopted"
statement = "We fix it Saturday"
stand_asides = ["Dariusz"]

[[tasks]]
what = "Buy planks"
who = ["bogdan"]

[delegate]
name = "Anaïs"
to = "Eastside assembly"
mandate = "Ask for tool-library hours"
"#;

fn pseudonym(name: &str) -> String {
    let secret = flash_council::council::privacy::Secret::parse(SECRET).unwrap();
    flash_council::council::privacy::pseudonym(&secret, name)
}

fn init(env: &TestEnv, mode: &str) -> std::path::PathBuf {
    env.ok(&["init", "log", "--privacy", mode]);
    let log = env.path("log");
    if mode == "pseudonyms" {
        let file = env.write("secret.txt", SECRET);
        env.ok(&["--log", "log", "secret", "import", &file]);
    }
    log
}

/// Everything git keeps of the log: every commit's patch on every ref, and every file
/// under .git but the secret and the roster (whose job is to hold them, outside git's objects).
fn everything_git_keeps(env: &TestEnv, log: &Path) -> String {
    let mut all = env.git(log, &["log", "-p", "--all", "--format=%H %an %ae%n%B"]);
    all.push_str(&env.git(log, &["show-ref"]));
    let mut stack = vec![log.join(".git")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            if path.is_dir() {
                // Objects are compressed: their content is in `git log -p` above.
                if name != "objects" {
                    stack.push(path);
                }
            } else if name != "secret" && name != "roster.toml" {
                all.push_str(&String::from_utf8_lossy(&std::fs::read(&path).unwrap()));
            }
        }
    }
    // The index and the work tree files, as git would commit them.
    all.push_str(&env.git(log, &["ls-files", "-s"]));
    for file in env.git(log, &["ls-files"]).lines() {
        all.push_str(&std::fs::read_to_string(log.join(file)).unwrap());
    }
    all
}

fn assert_no_real_name(env: &TestEnv, log: &Path) {
    let all = everything_git_keeps(env, log);
    for name in REAL {
        for spelling in [name.to_string(), name.to_lowercase(), name.to_uppercase()] {
            assert!(
                !all.contains(&spelling),
                "{spelling} is kept by git:\n{}",
                &all[all.find(&spelling).unwrap().saturating_sub(300)..]
                    .chars()
                    .take(600)
                    .collect::<String>()
            );
        }
    }
}

#[test]
fn run_under_pseudonyms_writes_pseudonyms_and_no_real_name_anywhere_git_keeps() {
    let mut env = TestEnv::new();
    let log = init(&env, "pseudonyms");
    let answers = env.write("answers.toml", ANSWERS);
    let out = env.ok(&["--log", "log", "run", &answers]);
    let minutes = std::fs::read_to_string(log.join(crate::convene::MINUTES)).unwrap();
    let (ana, bo, chi, da) = (
        pseudonym("Anaïs"),
        pseudonym("Bogdan"),
        pseudonym("Chiamaka"),
        pseudonym("Dariusz"),
    );
    for p in [&ana, &bo, &chi, &da] {
        assert!(
            minutes.contains(&format!("name = \"{p}\"")),
            "{p}:\n{minutes}"
        );
    }
    assert!(minutes.contains(&format!("who = [\"{bo}\"]")), "{minutes}");
    assert!(
        minutes.contains("People are written as pseudonyms"),
        "{minutes}"
    );
    assert!(
        minutes.contains(&format!("stand_asides = [\"{da}\"]")),
        "{minutes}"
    );
    // The facilitator and spokesperson of the status line are pseudonyms too.
    assert!(!stderr(&out).contains("Bogdan"), "{}", stderr(&out));
    // A report-back and a correction that name someone this laptop knows are refused.
    let e = env.fails(
        &[
            "--log",
            "log",
            "report",
            "bench#1",
            "--status",
            "done",
            "--note",
            "Bogdan bought them",
        ],
        1,
    );
    assert!(e.contains("names Bogdan"), "{e}");
    env.ok(&[
        "--log", "log", "report", "bench#1", "--status", "done", "--note", "Bought",
    ]);
    let e = env.fails(
        &[
            "--log",
            "log",
            "correct",
            "bench",
            "--note",
            "anaïs came late",
        ],
        1,
    );
    assert!(e.contains("names Anaïs"), "{e}");
    env.ok(&[
        "--log",
        "log",
        "correct",
        "bench",
        "--note",
        "The place was the laundromat",
    ]);
    env.ok(&["--log", "log", "verify"]);
    assert_no_real_name(&env, &log);
    // The same person is the same pseudonym in the next council, whatever the spelling:
    // least-served rotation counts her turns.
    let next = ANSWERS
        .replace("The bench is broken", "The bench again")
        .replace("2026-11-23T19:00", "2026-11-30T19:00")
        .replace("\"Anaïs\"", "\"ANAÏS\"");
    let next = env.write("next.toml", &next);
    env.now = "2026-11-30T19:41:00-05:00".into();
    env.ok(&["--log", "log", "run", &next]);
    let stats = stdout(&env.ok(&["--log", "log", "stats", "--json"]));
    assert!(stats.contains(&ana) && !stats.contains("Anaïs"), "{stats}");
    env.ok(&["--log", "log", "verify"]);
    assert_no_real_name(&env, &log);
    // verify needs no secret and no roster: a neighbor's clone has neither.
    let clone = env.path("clone");
    env.git(
        env.dir.path(),
        &[
            "clone",
            "-q",
            log.to_str().unwrap(),
            clone.to_str().unwrap(),
        ],
    );
    assert!(!clone.join(".git/council/secret").exists());
    env.ok(&["--log", "clone", "verify"]);
    let shown = stdout(&env.ok(&["--log", "clone", "show", "bench-is", "--real-names"]));
    assert!(!shown.contains("Bogdan") && shown.contains(&bo), "{shown}");
    // This laptop shows real names only when asked (or on its own terminal).
    let shown = stdout(&env.ok(&["--log", "log", "show", "bench-is", "--json"]));
    assert!(!shown.contains("Bogdan"), "{shown}");
    let shown = stdout(&env.ok(&["--log", "log", "show", "bench-is", "--real-names"]));
    assert!(
        shown.contains("facilitator") && shown.contains("Bogdan"),
        "{shown}"
    );
    let tasks = stdout(&env.ok(&["--log", "log", "tasks", "--json", "--real-names"]));
    assert!(tasks.contains("Bogdan"), "{tasks}");
}

#[test]
fn a_real_name_in_free_text_is_refused_before_anything_is_written() {
    let env = TestEnv::new();
    let log = init(&env, "pseudonyms");
    let head = env.head(&log);
    let answers = env.write(
        "answers.toml",
        &ANSWERS.replace("We fix it Saturday", "Tools from bogdan's garage"),
    );
    let e = env.fails(&["--log", "log", "run", &answers], 1);
    assert!(e.contains("names Bogdan"), "{e}");
    assert!(e.contains("nothing was written"), "{e}");
    assert_eq!(env.head(&log), head);
    assert_no_real_name(&env, &log);
}

#[test]
fn cards_take_card_numbers_only_and_verify() {
    let mut env = TestEnv::new();
    let log = init(&env, "cards");
    let config = std::fs::read_to_string(log.join("council.toml")).unwrap();
    assert!(config.contains("privacy = \"cards\""), "{config}");
    let e = env.fails(&["--log", "log", "run", &env.write("a.toml", ANSWERS)], 1);
    assert!(e.contains("\"Anaïs\" is not a card number"), "{e}");
    let cards = ANSWERS
        .replace("Anaïs", "1")
        .replace("Bogdan", "2")
        .replace("bogdan", "2")
        .replace("CHIAMAKA", "3")
        .replace("Chiamaka", "3")
        .replace("Dariusz", "4");
    env.ok(&["--log", "log", "run", &env.write("cards.toml", &cards)]);
    let minutes = std::fs::read_to_string(log.join(crate::convene::MINUTES)).unwrap();
    assert!(minutes.contains("name = \"2\""), "{minutes}");
    let readme = std::fs::read_to_string(log.join("README.md")).unwrap();
    assert!(readme.contains("Cards are not people"), "{readme}");
    assert!(minutes.contains("Cards are not people"), "{minutes}");
    assert!(minutes.contains("privacy = \"cards\"\n"), "{minutes}");
    // Cards are not people: last time's facilitator card is in the next pool, and no card
    // is a first-timer or an old hand.
    let next = cards
        .replace("The bench is broken", "The bench again")
        .replace("2026-11-23T19:00", "2026-11-30T19:00")
        .replace("support = \"3\"\n", "")
        .replace("rule = \"consensus\"\n", "")
        .replace("stand_asides = [\"4\"]\n", "");
    env.now = "2026-11-30T19:41:00-05:00".into();
    env.ok(&["--log", "log", "run", &env.write("next.toml", &next)]);
    let again =
        std::fs::read_to_string(log.join("minutes/2026/2026-11-30-the-bench-again.md")).unwrap();
    assert!(!again.contains("led last time"), "{again}");
    assert!(again.contains("pool = [\"1\", \"2\", \"4\"]"), "{again}");
    env.ok(&["--log", "log", "verify"]);
}

#[test]
fn verify_fails_a_name_in_a_log_whose_mode_writes_none() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    env.ok(&[
        "--log",
        "log",
        "run",
        &env.write("a.toml", crate::env::ANSWERS),
    ]);
    env.ok(&["--log", "log", "verify"]);
    // A council.toml switched to cards before a council with names: verify names the name.
    let config = std::fs::read_to_string(log.join("council.toml"))
        .unwrap()
        .replace("privacy = \"names\"", "privacy = \"cards\"");
    std::fs::write(log.join("council.toml"), config).unwrap();
    env.git(&log, &["commit", "-qam", "cards"]);
    // Written by hand with another tool: the names mode's minutes, in a cards log.
    let text = std::fs::read_to_string(log.join(crate::convene::MINUTES)).unwrap();
    let (_, data) = flash_council::minutes::split_record(&text).unwrap();
    let mut record: flash_council::council::Record = toml::from_str(data).unwrap();
    record.id = "2026-11-23-second".into();
    record.issue = "Second".into();
    record.history = Some(env.head(&log));
    let path = "minutes/2026/2026-11-23-second.md";
    std::fs::write(log.join(path), flash_council::minutes::render(&record)).unwrap();
    env.git(&log, &["add", path]);
    env.git(&log, &["commit", "-qm", "by hand"]);
    let out = env.run(&["--log", "log", "verify"]);
    assert_eq!(out.status.code(), Some(1));
    let e = format!("{}{}", stdout(&out), stderr(&out));
    assert!(e.contains("\"Ana\" is not a card number"), "{e}");
}

#[test]
fn the_secret_moves_between_laptops_and_is_never_silently_replaced() {
    let env = TestEnv::new();
    let log = init(&env, "pseudonyms");
    let secret = log.join(".git/council/secret");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&secret).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let out = env.ok(&["--log", "log", "secret", "export"]);
    assert!(stdout(&out).contains("0707070707"), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("test a guessed name"),
        "{}",
        stderr(&out)
    );
    env.ok(&["--log", "log", "secret", "export", "out.txt"]);
    let e = env.fails(&["--log", "log", "secret", "export", "out.txt"], 1);
    assert!(e.contains("never overwritten"), "{e}");
    // The same secret again changes nothing; another is refused without --replace.
    let again = env.ok(&["--log", "log", "secret", "import", "out.txt"]);
    assert!(stderr(&again).contains("already holds this very secret"));
    let other = env.write("other.txt", &"ab".repeat(32));
    let e = env.fails(&["--log", "log", "secret", "import", &other], 1);
    assert!(
        e.contains("already holds a different pseudonym secret"),
        "{e}"
    );
    assert!(std::fs::read_to_string(&secret).unwrap().contains("0707"));
    env.ok(&["--log", "log", "secret", "import", "--replace", &other]);
    assert!(std::fs::read_to_string(&secret).unwrap().contains("abab"));
    let e = env.fails(
        &[
            "--log",
            "log",
            "secret",
            "import",
            &env.write("bad.txt", "hello"),
        ],
        1,
    );
    assert!(e.contains("is not a pseudonym secret"), "{e}");
    // Never in the work tree or a commit.
    assert_eq!(env.git(&log, &["status", "--porcelain"]), "");
    assert!(!env.git(&log, &["log", "-p", "--all"]).contains("abab"));
}

#[test]
fn init_explains_the_three_modes_and_that_history_is_forever() {
    let env = TestEnv::new();
    let out = env.ok(&["init", "log"]);
    let e = stderr(&out);
    for said in [
        "\"names\"",
        "\"pseudonyms\"",
        "\"cards\"",
        "history is forever",
    ] {
        assert!(e.contains(said), "{said}: {e}");
    }
    // In the terminal's language.
    let out = env
        .council()
        .env("LANG", "fr_FR.UTF-8")
        .args(["init", "fr"])
        .output()
        .unwrap();
    let e = stderr(&out);
    assert!(e.contains("l'historique git est pour toujours"), "{e}");
    let out = env
        .council()
        .env("LANG", "es_ES.UTF-8")
        .args(["--log", "fr", "secret", "export"])
        .output()
        .unwrap();
    assert!(
        stderr(&out).contains("aún no tiene secreto"),
        "{}",
        stderr(&out)
    );
    let e = env.fails(&["init", "other", "--privacy", "secret"], 2);
    assert!(
        e.contains("names, pseudonyms, cards") || e.contains("possible values"),
        "{e}"
    );
}

/// Waits for `marker`, then sends `keys`.
fn at(p: &mut rexpect::session::PtySession, marker: &str, keys: &str) {
    p.exp_string(marker)
        .unwrap_or_else(|e| panic!("waiting for {marker:?}: {e}"));
    p.send(keys).unwrap();
    p.flush().unwrap();
}

#[test]
fn convene_under_pseudonyms_shows_real_names_on_screen_and_commits_pseudonyms() {
    let env = TestEnv::new();
    let log = init(&env, "pseudonyms");
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    at(
        &mut p,
        "What is the one concrete problem",
        "The bench is broken\r",
    );
    // The screen shows the real name drawn, never its pseudonym.
    let mut screen = String::new();
    let (ana, bo) = (pseudonym("Dariusz"), pseudonym("Bogdan"));
    at(&mut p, "Where are you meeting", "\r");
    at(&mut p, "Timebox in minutes", "\r");
    at(&mut p, "(Enter when everyone is listed)", "Dariusz\r");
    at(&mut p, "(Enter when everyone is listed)", "Bogdan\r");
    at(&mut p, "(Enter when everyone is listed)", "\r");
    at(&mut p, "rather not be drawn to facilitate", "\r");
    at(&mut p, "rather not be drawn to speak", "\r");
    at(&mut p, "Numbers called out", "3 5 1 6\r");
    at(&mut p, "Numbers called out", "\r");
    let (before, drawn) = p
        .exp_regex("Does (Dariusz|Bogdan) accept to be facilitator")
        .unwrap();
    screen.push_str(&before);
    screen.push_str(&drawn);
    p.send("y").unwrap();
    p.flush().unwrap();
    at(&mut p, "facilitated elsewhere before", "y");
    at(&mut p, "accept to be spokesperson", "y");
    // The floor's screen finds and shows people by their real names too.
    at(&mut p, "The floor: ", "a");
    p.send("bogd\r").unwrap();
    p.flush().unwrap();
    let (on_floor, said) = p.exp_regex("Bogdan is on the stack").unwrap();
    screen.push_str(&on_floor);
    screen.push_str(&said);
    p.send("d").unwrap();
    p.flush().unwrap();
    at(&mut p, "What is the proposal", "Repair it\r");
    at(&mut p, "Decided by", "\r");
    at(&mut p, "An objection", "\r");
    at(&mut p, "Who stands aside", "\r");
    at(&mut p, "final wording", "\r");
    at(&mut p, "Outcome", "\r");
    at(&mut p, "outcome statement", "We fix it\r");
    at(&mut p, "Review it at a later council", "\r");
    at(&mut p, "Hand out a task", "n");
    at(&mut p, "Send a recallable delegate", "n");
    at(&mut p, "What can the neighborhood now do", "Fix benches\r");
    at(&mut p, "without asking anyone's permission", "y");
    at(&mut p, "The closing ritual", "\r");
    at(&mut p, "Check-out words", "\r");
    let (review, _) = p.exp_regex("Review the minutes above").unwrap();
    screen.push_str(&review);
    p.send("\r").unwrap();
    p.flush().unwrap();
    finish(p);
    assert!(!screen.contains(&ana) && !screen.contains(&bo), "{screen}");
    let minutes = std::fs::read_to_string(log.join(crate::convene::MINUTES)).unwrap();
    assert!(minutes.contains(&ana) && minutes.contains(&bo), "{minutes}");
    env.ok(&["--log", "log", "verify"]);
    assert_no_real_name(&env, &log);
}

#[test]
fn a_council_abandoned_after_its_numbers_leaves_a_trace_of_pseudonyms_only() {
    let env = TestEnv::new();
    let log = init(&env, "pseudonyms");
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    at(
        &mut p,
        "What is the one concrete problem",
        "The bench is broken\r",
    );
    at(&mut p, "Where are you meeting", "\r");
    at(&mut p, "Timebox in minutes", "\r");
    at(&mut p, "(Enter when everyone is listed)", "Dariusz\r");
    at(&mut p, "(Enter when everyone is listed)", "Bogdan\r");
    at(&mut p, "(Enter when everyone is listed)", "\r");
    at(&mut p, "rather not be drawn to facilitate", "\r");
    at(&mut p, "rather not be drawn to speak", "\r");
    at(&mut p, "Numbers called out", "3 5 1 6\r");
    at(&mut p, "Numbers called out", "\r");
    at(&mut p, "accept to be facilitator", "\x03");
    p.exp_eof().unwrap();
    // The journal in .git holds pseudonyms only, even while the council is in progress.
    let journal = std::fs::read_to_string(crate::convene::journal(&log)).unwrap();
    assert!(journal.contains(&pseudonym("Bogdan")), "{journal}");
    assert!(
        !journal.contains("Bogdan") && !journal.contains("Dariusz"),
        "{journal}"
    );
    env.ok(&["--log", "log", "abandon", "--yes"]);
    let traces = env.git(&log, &["ls-files", "abandoned"]);
    let trace = std::fs::read_to_string(log.join(traces.trim())).unwrap();
    assert!(trace.contains(&pseudonym("Dariusz")), "{trace}");
    env.ok(&["--log", "log", "verify"]);
    assert_no_real_name(&env, &log);
}

#[test]
fn convene_under_cards_asks_for_the_number_of_cards() {
    let env = TestEnv::new();
    let log = init(&env, "cards");
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    at(
        &mut p,
        "What is the one concrete problem",
        "The bench is broken\r",
    );
    at(&mut p, "Where are you meeting", "\r");
    at(&mut p, "Timebox in minutes", "\r");
    at(&mut p, "Cards are not people", "");
    at(&mut p, "How many numbered cards", "3\r");
    at(&mut p, "Cards 1 to 3 are listed.", "");
    at(&mut p, "rather not be drawn to facilitate", "\r");
    at(&mut p, "rather not be drawn to speak", "\r");
    at(&mut p, "Numbers called out", "3 5 1 6\r");
    at(&mut p, "Numbers called out", "\r");
    p.exp_regex("Does [123] accept to be facilitator").unwrap();
    p.send("y").unwrap();
    p.flush().unwrap();
    short_council_after_facilitator(&mut p);
    finish(p);
    let minutes = std::fs::read_to_string(log.join(crate::convene::MINUTES)).unwrap();
    assert!(minutes.contains("name = \"3\""), "{minutes}");
    env.ok(&["--log", "log", "verify"]);
}

fn short_council_after_facilitator(p: &mut rexpect::session::PtySession) {
    at(p, "facilitated elsewhere before", "y");
    at(p, "accept to be spokesperson", "y");
    at(p, "The floor: ", "d");
    at(p, "What is the proposal", "Repair it\r");
    at(p, "Decided by", "\r");
    at(p, "An objection", "\r");
    at(p, "Who stands aside", "\r");
    at(p, "final wording", "\r");
    at(p, "Outcome", "\r");
    at(p, "outcome statement", "We fix it\r");
    at(p, "Review it at a later council", "\r");
    at(p, "Hand out a task", "n");
    at(p, "Send a recallable delegate", "n");
    at(p, "What can the neighborhood now do", "Fix benches\r");
    at(p, "without asking anyone's permission", "y");
    at(p, "The closing ritual", "\r");
    at(p, "Check-out words", "\r");
    at(p, "Review the minutes above", "\r");
}

#[test]
fn a_journal_begun_under_another_mode_is_not_committed() {
    let env = TestEnv::new();
    let log = env.init_log("log");
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    at(
        &mut p,
        "What is the one concrete problem",
        "The bench is broken\r",
    );
    at(&mut p, "Where are you meeting", "\r");
    at(&mut p, "Timebox in minutes", "\r");
    at(&mut p, "(Enter when everyone is listed)", "Dariusz\r");
    // Interrupted at the next name: the journal holds a real name, taken down under names.
    at(&mut p, "Welcome, Dariusz", "");
    at(&mut p, "(Enter when everyone is listed)", "\x03");
    p.exp_eof().unwrap();
    let config = std::fs::read_to_string(log.join("council.toml"))
        .unwrap()
        .replace("privacy = \"names\"", "privacy = \"pseudonyms\"");
    std::fs::write(log.join("council.toml"), config).unwrap();
    env.git(&log, &["commit", "-qam", "pseudonyms from now on"]);
    let head = env.head(&log);
    let mut p = spawn(&env, &["--log", "log", "resume"]);
    p.exp_string(
        "begun under privacy = \"names\", but council.toml now sets privacy = \"pseudonyms\"",
    )
    .unwrap();
    p.exp_string("council abandon").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(env.head(&log), head, "nothing was committed");
    assert!(
        crate::convene::journal(&log).exists(),
        "the journal is kept for abandon"
    );
}

#[test]
fn a_near_miss_of_a_real_name_this_laptop_knows_gets_a_did_you_mean() {
    let env = TestEnv::new();
    let log = init(&env, "pseudonyms");
    // This laptop learns Bogdan and Dariusz from a first council.
    let first = ANSWERS
        .replace("Anaïs", "Ewa")
        .replace("Chiamaka", "Femi")
        .replace("CHIAMAKA", "Femi");
    env.ok(&["--log", "log", "run", &env.write("first.toml", &first)]);
    let mut p = spawn(&env, &["--log", "log", "convene"]);
    at(&mut p, "What is the one concrete problem", "The gate\r");
    at(&mut p, "Where are you meeting", "\r");
    at(&mut p, "Timebox in minutes", "\r");
    // The log's regulars are listed by their real names on this laptop.
    p.exp_string("Who of these is here?").unwrap();
    p.exp_string("Bogdan").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    at(&mut p, "(Enter when everyone is listed)", "Bogdam\r");
    at(&mut p, "Did you mean Bogdan?", "\r");
    // The answer is echoed once chosen, and the person listed before the next name is asked.
    at(
        &mut p,
        "Did you mean Bogdan?: Bogdan, whom this laptop knows",
        "",
    );
    at(&mut p, "(Enter when everyone is listed)", "\x03");
    p.exp_eof().unwrap();
    let journal = std::fs::read_to_string(crate::convene::journal(&log)).unwrap();
    assert!(journal.contains(&pseudonym("Bogdan")), "{journal}");
    assert!(!journal.contains("Bogda"), "{journal}");
}

#[test]
fn two_people_under_one_pseudonym_are_refused_never_merged() {
    let env = TestEnv::new();
    let log = init(&env, "pseudonyms");
    // As if Zed, whom this laptop met before, had drawn the very pseudonym Bogdan gets.
    std::fs::create_dir_all(log.join(".git/council")).unwrap();
    std::fs::write(
        log.join(".git/council/roster.toml"),
        format!("[people]\n\"{}\" = \"Zed\"\n", pseudonym("Bogdan")),
    )
    .unwrap();
    let head = env.head(&log);
    let e = env.fails(&["--log", "log", "run", &env.write("a.toml", ANSWERS)], 1);
    assert!(e.contains("Zed and Bogdan get the same pseudonym"), "{e}");
    assert_eq!(env.head(&log), head, "nothing was written");
}
