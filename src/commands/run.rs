//! `council run`: a whole council from an answers file, no prompts.

use crate::clock;
use crate::council::limits;
use crate::council::record::Record;
use crate::council::settings::CouncilToml;
use crate::council::{self, Answers, Context};
use crate::error::{Fail, hint};
use crate::input::{self, Input};
use crate::log::{CommitId, Log, LogLock, State};
use crate::minutes;
use crate::ops::Plan;
use crate::ui::Ui;
use anyhow::{Context as _, Result};
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Run a whole council from an answers file, with no prompts, and commit its minutes.
///
/// The answers file is TOML in the answers schema (`council run --example`
/// prints a complete one): the issue, attendees, the numbers called out for the draw, the
/// decision, tasks, report-backs, a delegate, the autonomy gained, the
/// closing. The tool checks every rule, builds the facilitator and
/// spokesperson pools from the log's history, draws by RFC 3797, renders the
/// minutes and commits them to the log, touching nothing else.
///
/// Without `draw.sources` the laptop rolls the numbers and records them.
/// Given the data block of a minutes file, it reproduces that file.
///
/// At a meeting, use `council convene` instead: it asks the room one question at a time.
#[derive(Debug, clap::Args)]
#[command(after_long_help = "Examples:
  council run --example > bench.toml        a complete answers file to start from
  council --log my-log run bench.toml       run it and commit the minutes
  council run --dry-run bench.toml          print the minutes, commit nothing
  council run --init --log my-log bench.toml   create the log first")]
pub struct Args {
    /// The answers file (TOML); `-` reads standard input.
    #[arg(required_unless_present = "example")]
    pub file: Option<PathBuf>,

    /// Print a complete answers file to start from (`council run --example > council.toml`).
    #[arg(long, conflicts_with_all = ["file", "dry_run", "init", "json"])]
    pub example: bool,

    /// Print the minutes instead of committing them.
    #[arg(long)]
    pub dry_run: bool,

    /// Create the log first (as `council init` does) when there is none yet.
    #[arg(long)]
    pub init: bool,

    /// Print {"id", "file", "commit", "already_recorded", "facilitator", "spokesperson", "outcome"} instead of the id;
    /// with --dry-run, the data block as JSON.
    #[arg(long)]
    pub json: bool,
}

/// What `council run --json` prints.
#[derive(serde::Serialize)]
struct Committed<'a> {
    id: &'a str,
    file: String,
    /// `null` when the council was already recorded.
    commit: Option<String>,
    already_recorded: bool,
    facilitator: &'a str,
    spokesperson: &'a str,
    outcome: &'a str,
}

/// A complete answers file, shipped inside the binary so an installed `council` needs no clone.
pub const EXAMPLE: &str = include_str!("../../examples/the-bench-is-broken.toml");

pub fn cmd_run(ui: &Ui, log_dir: Option<&Path>, args: &Args) -> Result<ExitCode> {
    let Some(file) = &args.file else {
        ui.out(EXAMPLE)?;
        return Ok(ExitCode::SUCCESS);
    };
    let (origin, text) = read_answers(file)?;
    let input = input::parse(&text).map_err(|e| {
        hint(
            format!("{origin} is not a valid answers file: {e}"),
            "the answers schema is in the README; examples/ has complete answers files",
        )
    })?;
    let log = open_or_init(ui, log_dir, args.init)?;
    let config = super::config(ui, &log)?;

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
    // Real names become pseudonyms (or are refused for card numbers) before any rule sees
    // them: the record, the trace, the commit message and every error hold only what is public.
    let answers = Box::new(crate::ops::privacy::prepare(
        ui, &log, &config, *answers, &origin,
    )?);

    // The lock covers reading HEAD through the commit, so two runs never draw from one history.
    let lock = if args.dry_run {
        None
    } else {
        Some(super::lock(ui, &log)?)
    };
    let state = log.state()?;
    let now = clock::now()?;
    let concluded = conclude_answers(
        ui,
        &log,
        &config,
        &state,
        now,
        *answers,
        &origin,
        lock.as_ref(),
    )?;
    let record = match concluded {
        Concluded::New(record) => record,
        Concluded::Recorded(record) => {
            // The same council again (a script re-run, a retry): no second lot.
            ui.status(
                "Recorded",
                &format!(
                    "already: this council (same issue, start and attendees) is {} in the log; no second lot is drawn",
                    record.path()
                ),
            );
            return print_outcome(ui, args.json, &record, None);
        }
    };
    let Some(lock) = lock else {
        if args.json {
            super::print_json(ui, &record)?;
        } else {
            ui.out(&minutes::render(&record))?;
        }
        return Ok(ExitCode::SUCCESS);
    };
    let written = crate::ops::write(ui, &log, &config, &lock, state, |_| {
        Ok(Plan::council(&record))
    });
    let oid = match written {
        Ok(written) => written.commit,
        Err(e) => match e.downcast::<crate::log::CouncilLanded>() {
            // Another git client added a council mid-run: the lot was drawn from a log that is
            // gone. Rolled numbers still leave their trace.
            Ok(landed) => {
                let mut hint_text =
                    "nothing was committed; run again to draw from the log as it is now"
                        .to_string();
                if record.draw.rolled {
                    let problems = council::Problems::from(landed.to_string());
                    let state = log.state()?;
                    let trace = leave_trace(
                        ui,
                        &log,
                        &config,
                        &lock,
                        state,
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
            "{} ({}): facilitator {}, spokesperson {}, decision {}",
            record.path(),
            oid.short(),
            crate::ui::clean(&record.facilitator),
            crate::ui::clean(&record.spokesperson),
            record.decision.outcome.as_str()
        ),
    );
    // The lock is the sync's to take now (push = true).
    drop(lock);
    crate::ops::sync::after_write(ui, &log);
    print_outcome(ui, args.json, &record, Some(oid.to_string()))
}

/// Prints the id of a council run (or found already recorded), or `--json`'s object.
fn print_outcome(ui: &Ui, json: bool, record: &Record, commit: Option<String>) -> Result<ExitCode> {
    if json {
        super::print_json(
            ui,
            &Committed {
                id: &record.id,
                file: record.path(),
                already_recorded: commit.is_none(),
                commit,
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
    match Log::open(log_dir) {
        Ok(log) => Ok(log),
        Err(_) => super::init::init(ui, log_dir, "default", None, None, None),
    }
}

/// What the answers came to: a new council, or one the log already holds.
enum Concluded {
    New(Record),
    Recorded(Record),
}

#[allow(clippy::too_many_arguments)]
fn conclude_answers(
    ui: &Ui,
    log: &Log,
    config: &CouncilToml,
    state: &State,
    now: council::time::Timestamp,
    mut answers: Answers,
    origin: &str,
    lock: Option<&LogLock>,
) -> Result<Concluded> {
    let full = state.history();
    // Under cards, no person carries over: the pools are those the session will draw from.
    let history = full.for_privacy(config.privacy);
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
    if let Some(recorded) = council::session::already_recorded(&canonical, &history, now) {
        return Ok(Concluded::Recorded(Record::clone(&recorded)));
    }
    council::session::preflight(&canonical, &history, config.settings().rotation, rolled)
        .map_err(invalid)?;
    // Pseudonyms and card numbers are never misspelled: a did-you-mean is for names.
    if config.privacy == crate::council::settings::Privacy::Names {
        for near in council::session::near_misses(&answers, &history) {
            ui.note(&near);
        }
    }
    if rolled {
        let Some(lock) = lock else {
            // A preview of rolled numbers could be rolled again and again, and the best
            // numbers then claimed as called in the room: a dry run draws no such lot.
            return Err(hint(
                format!(
                    "{origin} gives no `draw.sources`, so the laptop would roll the numbers: a dry run rolls none"
                ),
                "give the numbers called out in the room in `draw.sources` to preview the minutes, or run without --dry-run",
            ));
        };
        // Whatever can refuse the commit is checked before the laptop rolls.
        crate::ops::preflight(log, config, lock, &answers)?;
        let sources = crate::ops::roll();
        ui.status(
            "Rolled",
            &format!(
                "nobody called out numbers, so the laptop rolled: {}",
                sources.join(" / ")
            ),
        );
        answers.draw.sources = Some(sources);
    }
    let retired = |id: &str| state.id_taken(log, crate::log::MINUTES_DIR, id);
    let ctx = Context {
        settings: config.settings(),
        history: &history,
        now,
        ended: None,
        rolled,
        tool: crate::ops::tool(),
        language: config.language.named(),
        retired: &retired,
    };
    match council::conclude(&answers, &ctx) {
        Ok(record) => Ok(Concluded::New(record)),
        Err(problems) if rolled && lock.is_some() => {
            // Rolled numbers never vanish: a refused lot leaves its trace, so re-running is visible.
            let lock = lock.expect("checked");
            let trace = leave_trace(
                ui,
                log,
                config,
                lock,
                state.clone(),
                &answers,
                &problems,
                now,
            )?;
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
#[allow(clippy::too_many_arguments)]
fn leave_trace(
    ui: &Ui,
    log: &Log,
    config: &CouncilToml,
    lock: &LogLock,
    state: State,
    answers: &Answers,
    problems: &council::Problems,
    now: council::time::Timestamp,
) -> Result<String> {
    let full = state.history();
    let history = full.for_privacy(config.privacy);
    let reached = council::abandoned::Reached {
        role: Some(council::record::Role::Spokesperson),
        pending: false,
    };
    let (_, path) = super::abandon::commit_trace(ui, log, config, lock, state, |taken| {
        let mut trace = council::abandoned::trace(
            answers,
            &history,
            config.rotation,
            reached,
            now,
            crate::ops::tool(),
            taken,
        );
        trace.draw.rolled = true;
        trace.draw.problem = Some(problems.to_string());
        trace
    })?;
    Ok(path)
}

/// Recomputes a data block from the history it names and the settings there; it must come out the same.
fn reproduce(log: &Log, record: Record, origin: &str) -> Result<Record> {
    let history = match &record.history {
        Some(commit) => Some(CommitId::parse(commit).map_err(|_| {
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
