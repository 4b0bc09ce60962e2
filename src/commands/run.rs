//! `council run`: a whole council from an answers file, no prompts.

use crate::clock;
use crate::council::limits;
use crate::council::record::Record;
use crate::council::settings::{CouncilToml, Privacy};
use crate::council::time::Date;
use crate::council::{self, Answers, Context};
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
    let config = super::config(ui, &log)?;
    check_privacy(&config)?;

    if let Input::Record(record) = input {
        // A data block is the record of a council already drawn: reproduced, never committed again.
        let record = reproduce(&log, *record, &origin)?;
        ui.note("a data block is reproduced and compared, never committed: it is the record of a council already drawn");
        if args.json {
            super::print_json(ui, &record)?;
        } else {
            ui.out(&minutes::render(&record))?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let Input::Answers(answers) = input else {
        unreachable!("records returned above")
    };

    // The lock covers reading HEAD through the commit, so two runs never draw from one history.
    let _lock = if args.dry_run {
        None
    } else {
        Some(super::lock(ui, &log)?)
    };
    let snapshot = log.snapshot()?;
    let now = clock::now()?;
    let record = conclude_answers(
        ui,
        &log,
        &config,
        &snapshot,
        now,
        *answers,
        &origin,
        args.dry_run,
    )?;
    let text = minutes::render(&record);
    if args.dry_run {
        if args.json {
            super::print_json(ui, &record)?;
        } else {
            ui.out(&text)?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let oid = match commit_council(ui, &log, &config, &snapshot, &record, text, now.date()) {
        Ok(oid) => oid,
        Err(e) => match e.downcast::<crate::log::CouncilLanded>() {
            // Another git client added a council mid-run: the lot was drawn from a log that is
            // gone. Rolled numbers still leave their trace.
            Ok(landed) => {
                let mut hint_text =
                    "nothing was committed; run again to draw from the log as it is now"
                        .to_string();
                if record.draw.rolled {
                    let problems = council::Problems::from(landed.to_string());
                    let snapshot = log.snapshot()?;
                    let trace = leave_trace(
                        ui,
                        &log,
                        &config,
                        &snapshot,
                        &record.to_answers(),
                        &problems,
                        now,
                    )?;
                    hint_text = format!(
                        "the minutes were not committed; the numbers the laptop rolled are kept in the public log at {trace}. Run again to draw from the log as it is now"
                    );
                }
                return Err(hint(landed.to_string(), hint_text));
            }
            Err(e) => return Err(e),
        },
    };
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
    let too_large = |origin: &str, bytes: u64| {
        hint(
            format!(
                "{origin} is not a valid answers file: {}",
                limits::file("it", bytes, limits::MAX_INPUT_BYTES).unwrap_err()
            ),
            "an answers file holds one council: check that this is the file you meant",
        )
    };
    if file == Path::new("-") {
        let origin = "standard input";
        // Read one byte past the limit, and no more, to tell that it is over.
        let mut bytes = Vec::new();
        std::io::stdin()
            .take(limits::MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)
            .context("failed to read the answers from standard input")?;
        if bytes.len() as u64 > limits::MAX_INPUT_BYTES {
            return Err(too_large(origin, bytes.len() as u64));
        }
        let text = String::from_utf8(bytes)
            .map_err(|_| Fail::new(format!("{origin} is not UTF-8 text")))?;
        return Ok((origin.to_string(), text));
    }
    let unreadable = |e: std::io::Error| {
        hint(
            format!("failed to read the answers file {}: {e}", file.display()),
            "give the path of a TOML answers file, like examples/the-bench-is-broken.toml",
        )
    };
    let origin = file.display().to_string();
    // Checked before reading: a file of gigabytes is refused at once, not loaded.
    let size = std::fs::metadata(file).map_err(unreadable)?.len();
    if size > limits::MAX_INPUT_BYTES {
        return Err(too_large(&origin, size));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(file)
        .and_then(|f| f.take(limits::MAX_INPUT_BYTES + 1).read_to_end(&mut bytes))
        .map_err(unreadable)?;
    if bytes.len() as u64 > limits::MAX_INPUT_BYTES {
        return Err(too_large(&origin, bytes.len() as u64));
    }
    let text = String::from_utf8(bytes).map_err(|_| {
        hint(
            format!("failed to read the answers file {origin}: it is not UTF-8 text"),
            "save the answers file as UTF-8",
        )
    })?;
    Ok((origin, text))
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

#[allow(clippy::too_many_arguments)]
fn conclude_answers(
    ui: &Ui,
    log: &Log,
    config: &CouncilToml,
    snapshot: &Snapshot,
    now: council::time::Timestamp,
    mut answers: Answers,
    origin: &str,
    dry_run: bool,
) -> Result<Record> {
    let history = snapshot.history();
    let invalid = |problems: council::Problems| {
        hint(
            format!("{origin}: {problems}"),
            "fix the answers file and run again; nothing was written to the log",
        )
    };
    let rolled = answers.draw.sources.is_none();
    // Everything that can be checked before the lot is checked before the laptop rolls:
    // a lot drawn for nothing is noise, and a refused lot could be re-rolled.
    let canonical = council::session::canonical(&answers, &history);
    council::validate::answers(&canonical, &history, config.settings()).map_err(invalid)?;
    council::session::preflight(&canonical, &history, config.settings().rotation, rolled)
        .map_err(invalid)?;
    for near in council::session::near_misses(&answers, &history) {
        ui.note(&near);
    }
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
    let retired = |id: &str| {
        id.get(..4).is_some_and(|year| {
            log.ever_held(&format!("minutes/{year}/{id}.md"))
                .unwrap_or(false)
        })
    };
    let ctx = Context {
        settings: config.settings(),
        history: &history,
        now,
        ended: None,
        rolled,
        tool: tool(),
        retired: &retired,
    };
    match council::conclude(&answers, &ctx) {
        Ok(record) => Ok(record),
        Err(problems) if rolled && !dry_run => {
            // Rolled numbers never vanish: a refused lot leaves its trace, so re-running is visible.
            let trace = leave_trace(ui, log, config, snapshot, &answers, &problems, now)?;
            Err(hint(
                format!("{origin}: {problems}"),
                format!(
                    "the numbers the laptop rolled are kept in the public log at {trace}; fix the answers file and run again"
                ),
            ))
        }
        Err(problems) => Err(invalid(problems)),
    }
}

/// Commits the public trace of a lot rolled for a council that was then refused.
fn leave_trace(
    ui: &Ui,
    log: &Log,
    config: &CouncilToml,
    snapshot: &Snapshot,
    answers: &Answers,
    problems: &council::Problems,
    now: council::time::Timestamp,
) -> Result<String> {
    let history = snapshot.history();
    let reached = council::abandoned::Reached {
        role: Some(council::record::Role::Spokesperson),
        pending: false,
    };
    let exists = |id: &str| snapshot.abandoned.iter().any(|a| a.id == id);
    let mut trace = council::abandoned::trace(
        answers,
        &history,
        config.rotation,
        reached,
        now,
        tool(),
        exists,
    );
    trace.draw.rolled = true;
    trace.draw.problem = Some(problems.to_string());
    super::abandon::commit_trace(ui, log, config, snapshot, &trace, now)?;
    Ok(trace.path())
}

/// Recomputes a data block from the history it names and the settings there; it must come out the same.
fn reproduce(log: &Log, record: Record, origin: &str) -> Result<Record> {
    let history = match &record.history {
        Some(commit) => Some(git2::Oid::from_str(commit).map_err(|_| {
            Fail::new(format!("{origin}: `history` {commit:?} is not a commit id"))
        })?),
        None => None,
    };
    let settings = match history {
        Some(h) => log.config_at(h)?.settings(),
        None => log.config()?.settings(),
    };
    let problems =
        council::verify::verify(&record, &log.history_at(history)?, settings, &|_| false);
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
    log.commit_council(
        &files,
        &commit_message(record),
        &signature,
        record.history.as_deref(),
        &mut |w| ui.warn(&w),
    )
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
