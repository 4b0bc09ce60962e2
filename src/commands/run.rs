//! `council run`: a whole council from an answers file, no prompts.

use crate::clock;
use crate::council::record::Record;
use crate::council::settings::{CouncilToml, Privacy};
use crate::council::time::Date;
use crate::council::{self, Answers, Context, History};
use crate::error::{Fail, hint};
use crate::input::{self, Input};
use crate::log::{Log, NewFile, Snapshot};
use crate::minutes;
use crate::ui::Ui;
use anyhow::{Context as _, Result};
use rand::{Rng, TryRngCore};
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Run a whole council from an answers file, with no prompts, and commit its minutes.
///
/// The answers file is TOML in the answers schema (see the README and
/// examples/): the issue, attendees, the numbers called out for the draw, the
/// decision, tasks, report-backs, a delegate, the autonomy gained, the
/// closing. The tool checks every rule, builds the facilitator and
/// spokesperson pools from the log's history, draws by RFC 3797, renders the
/// minutes and commits them to the log, touching nothing else.
///
/// Without `draw.sources` the laptop rolls the numbers and records them.
/// Given the data block of a minutes file, it reproduces that file.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The answers file (TOML); `-` reads standard input.
    pub file: PathBuf,

    /// Print the minutes instead of committing them.
    #[arg(long)]
    pub dry_run: bool,

    /// Create the log first (as `council init` does) when there is none yet.
    #[arg(long)]
    pub init: bool,

    /// Print {"id", "file", "commit", "facilitator", "spokesperson", "outcome"} instead of the id;
    /// with --dry-run, the data block as JSON.
    #[arg(long)]
    pub json: bool,
}

/// What `council run --json` prints.
#[derive(serde::Serialize)]
struct Committed<'a> {
    id: &'a str,
    file: String,
    commit: String,
    facilitator: &'a str,
    spokesperson: &'a str,
    outcome: &'a str,
}

pub fn cmd_run(ui: &Ui, log_dir: Option<&Path>, args: &Args) -> Result<ExitCode> {
    let (origin, text) = read_answers(&args.file)?;
    let input = input::parse(&text).map_err(|e| {
        hint(
            format!("{origin} is not a valid answers file: {e}"),
            "the answers schema is in the README; examples/ has complete answers files",
        )
    })?;
    let log = open_or_init(ui, log_dir, args.init)?;
    let config = log.config()?;
    check_privacy(&config)?;

    // The lock covers reading HEAD through the commit, so two runs never draw from one history.
    let _lock = if args.dry_run {
        None
    } else {
        Some(super::lock(ui, &log)?)
    };
    let snapshot = log.snapshot()?;
    let head = snapshot.head;
    let now = clock::now()?;
    let record = match input {
        Input::Answers(answers) => {
            conclude_answers(ui, &config, snapshot.history(), now, *answers, &origin)?
        }
        Input::Record(record) => reproduce(&log, head, *record, args.dry_run, &origin)?,
    };
    let text = minutes::render(&record);
    if args.dry_run {
        if args.json {
            super::print_json(ui, &record)?;
        } else {
            ui.out(&text)?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let oid = commit_council(ui, &log, &config, &snapshot, &record, text, now.date())?;
    ui.status(
        "Committed",
        &format!(
            "{} ({:.10}): facilitator {}, spokesperson {}, decision {}",
            record.path(),
            oid.to_string(),
            record.facilitator,
            record.spokesperson,
            record.decision.outcome.as_str()
        ),
    );
    if args.json {
        super::print_json(
            ui,
            &Committed {
                id: &record.id,
                file: record.path(),
                commit: oid.to_string(),
                facilitator: &record.facilitator,
                spokesperson: &record.spokesperson,
                outcome: record.decision.outcome.as_str(),
            },
        )?;
    } else {
        ui.line(&record.id)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn read_answers(file: &Path) -> Result<(String, String)> {
    if file == Path::new("-") {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("failed to read the answers from standard input")?;
        return Ok(("standard input".to_string(), text));
    }
    let text = std::fs::read_to_string(file).map_err(|e| {
        hint(
            format!("failed to read the answers file {}: {e}", file.display()),
            "give the path of a TOML answers file, like examples/the-bench-is-broken.toml",
        )
    })?;
    Ok((file.display().to_string(), text))
}

fn open_or_init(ui: &Ui, log_dir: Option<&Path>, init: bool) -> Result<Log> {
    if !init {
        return Log::open(log_dir);
    }
    let dir = match log_dir {
        Some(dir) => dir.to_path_buf(),
        None => std::env::current_dir().context("failed to read the current directory")?,
    };
    match Log::open(Some(&dir)) {
        Ok(log) => Ok(log),
        Err(_) => super::init::init(ui, &dir, "default", None),
    }
}

pub fn check_privacy(config: &CouncilToml) -> Result<()> {
    match config.privacy {
        Privacy::Names => Ok(()),
        other => Err(hint(
            format!(
                "council.toml sets privacy = {:?}, which this version of council cannot write yet",
                format!("{other:?}").to_lowercase()
            ),
            "set privacy = \"names\" (first names or handles are fine), or wait for a version that writes pseudonyms and cards",
        )),
    }
}

fn conclude_answers(
    ui: &Ui,
    config: &CouncilToml,
    history: History,
    now: council::time::Timestamp,
    mut answers: Answers,
    origin: &str,
) -> Result<Record> {
    let invalid = |problems: council::Problems| {
        hint(
            format!("{origin}: {problems}"),
            "fix the answers file and run again; nothing was written to the log",
        )
    };
    // Roll only for answers that can make a council: a lot drawn for nothing is noise.
    council::validate::answers(&answers, &history, config.settings()).map_err(invalid)?;
    let rolled = answers.draw.sources.is_none();
    if rolled {
        let sources = roll();
        ui.status(
            "Rolled",
            &format!(
                "nobody called out numbers, so the laptop rolled: {}",
                sources.join(" / ")
            ),
        );
        answers.draw.sources = Some(sources);
    }
    let ctx = Context {
        settings: config.settings(),
        history: &history,
        now,
        ended: None,
        rolled,
        tool: tool(),
    };
    council::conclude(&answers, &ctx).map_err(invalid)
}
/// Recomputes a data block from the history it names; it must come out the same.
fn reproduce(
    log: &Log,
    head: Option<git2::Oid>,
    record: Record,
    dry_run: bool,
    origin: &str,
) -> Result<Record> {
    let history: History = match &record.history {
        Some(commit) => {
            let oid = git2::Oid::from_str(commit).map_err(|_| {
                Fail::new(format!("{origin}: `history` {commit:?} is not a commit id"))
            })?;
            log.history_at(Some(oid))?
        }
        None => History::default(),
    };
    if !dry_run && history.commit != head.map(|h| h.to_string()) {
        return Err(hint(
            format!(
                "{origin} was computed from history {}, but the log is now at {}",
                record.history.as_deref().unwrap_or("(no commit)"),
                head.map_or("(no commit)".to_string(), |h| h.to_string())
            ),
            "use --dry-run to reproduce its minutes; a council already in the log is never committed again",
        ));
    }
    let problems = council::verify::verify(&record, &history);
    if !problems.is_empty() {
        return Err(hint(
            format!("{origin} does not reproduce: {}", problems.join("; ")),
            "`council verify` re-checks the councils already in the log",
        ));
    }
    Ok(record)
}

/// Commits the minutes and the regenerated README in one commit.
fn commit_council(
    ui: &Ui,
    log: &Log,
    config: &CouncilToml,
    snapshot: &Snapshot,
    record: &Record,
    text: String,
    today: Date,
) -> Result<git2::Oid> {
    let files = [
        NewFile {
            path: record.path(),
            bytes: text.into_bytes(),
            replace: false,
        },
        super::readme_file(config, snapshot, super::Adding::Council(record), today),
    ];
    let signature = super::signature(ui, config)?;
    log.commit_files(&files, &commit_message(record), &signature, &mut |w| {
        ui.warn(&w)
    })
}

/// Reads well in `git log --oneline`: date, issue, outcome.
pub fn commit_message(record: &Record) -> String {
    let issue: String = crate::ui::clean(&record.issue);
    let issue = if issue.chars().count() > 60 {
        format!("{}...", issue.chars().take(57).collect::<String>())
    } else {
        issue
    };
    let mut message = format!(
        "{} {}: {}\n\nFacilitator {}, spokesperson {}; drawn by lot with key {}.\n",
        record.started.date(),
        issue,
        record.decision.outcome.as_str(),
        crate::ui::clean(&record.facilitator),
        crate::ui::clean(&record.spokesperson),
        record.draw.key
    );
    if !record.tasks.is_empty() {
        message.push_str(&format!("Tasks: {}.\n", record.tasks.len()));
    }
    message
}

/// Rolls two sources of five numbers from the OS random source, about 66 bits in all.
pub fn roll() -> Vec<String> {
    let mut rng = rand::rngs::OsRng.unwrap_err();
    (0..2)
        .map(|_| {
            (0..5)
                .map(|_| rng.random_range(1..=99u32).to_string())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

pub fn tool() -> String {
    format!("flash-council {}", env!("CARGO_PKG_VERSION"))
}
