//! `council run`: a whole council from an answers file, no prompts.

use crate::clock;
use crate::council::limits;
use crate::council::record::Record;
use crate::council::settings::CouncilToml;
use crate::council::{self, Answers, Context};
use crate::error::{Fail, hint};
use crate::i18n::user;
use crate::input::{self, Input};
use crate::log::{CommitId, Log, LogLock, State};
use crate::minutes;
use crate::ops::Plan;
use crate::tr;
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
            tr!(
                user(),
                "err-run-invalid",
                origin = &origin,
                error = e.to_string()
            ),
            tr!(user(), "err-run-invalid-hint"),
        )
    })?;
    let (log, _scratch) = open_or_init(ui, log_dir, args.init, args.dry_run)?;
    let config = super::config(ui, &log)?;

    if let Input::Record(record) = input {
        // A data block is the record of a council already drawn: reproduced, never committed again.
        let record = reproduce(&log, *record, &origin)?;
        ui.note(&tr!(user(), "run-data-block"));
        if args.json {
            super::print_json(ui, &crate::json::Council::new(&record, &[]))?;
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
                &tr!(user(), "verb-recorded"),
                &tr!(user(), "run-recorded", path = record.path()),
            );
            if args.dry_run {
                // A dry run prints the council as `show` does, recorded or not.
                return print_dry(ui, args.json, &record);
            }
            return print_outcome(ui, args.json, &record, None);
        }
    };
    let Some(lock) = lock else {
        return print_dry(ui, args.json, &record);
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
                let mut hint_text = tr!(user(), "err-run-landed-hint");
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
                    hint_text = tr!(
                        user(),
                        "err-run-landed-rolled-hint",
                        trace = trace.to_string()
                    );
                }
                return Err(hint(landed.to_string(), hint_text));
            }
            Err(e) => return Err(e),
        },
    };
    ui.status(
        &tr!(user(), "verb-committed"),
        &tr!(
            user(),
            "run-committed",
            path = record.path(),
            commit = oid.short().to_string(),
            facilitator = crate::ui::clean(&record.facilitator),
            spokesperson = crate::ui::clean(&record.spokesperson),
            outcome = tr!(
                user(),
                &format!("outcome-{}", record.decision.outcome.as_str())
            )
        ),
    );
    // The lock is the sync's to take now (push = true).
    drop(lock);
    crate::ops::sync::after_write(ui, &log);
    print_outcome(ui, args.json, &record, Some(oid.to_string()))
}

/// Prints what a dry run would record: the minutes, or `--json`'s council as `show` prints it.
fn print_dry(ui: &Ui, json: bool, record: &Record) -> Result<ExitCode> {
    if json {
        super::print_json(ui, &crate::json::Council::new(record, &[]))?;
    } else {
        ui.out(&minutes::render(record))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints the id of a council run (or found already recorded), or `--json`'s object.
fn print_outcome(ui: &Ui, json: bool, record: &Record, commit: Option<String>) -> Result<ExitCode> {
    if json {
        super::print_json(
            ui,
            &crate::json::Committed {
                id: record.id.clone(),
                file: record.path(),
                already_recorded: commit.is_none(),
                commit,
                facilitator: record.facilitator.clone(),
                spokesperson: record.spokesperson.clone(),
                outcome: record.decision.outcome.as_str().to_string(),
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
            tr!(
                user(),
                "err-run-invalid",
                origin = origin,
                error = limits::file(&crate::msg!("err-what-it"), bytes, limits::MAX_INPUT_BYTES)
                    .unwrap_err()
                    .to_string()
            ),
            tr!(user(), "err-run-one-council"),
        )
    };
    if file == Path::new("-") {
        let origin = "standard input";
        // Read one byte past the limit, and no more, to tell that it is over.
        let mut bytes = Vec::new();
        std::io::stdin()
            .take(limits::MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)
            .context(tr!(user(), "err-run-stdin"))?;
        if bytes.len() as u64 > limits::MAX_INPUT_BYTES {
            return Err(too_large(origin, bytes.len() as u64));
        }
        let text = String::from_utf8(bytes)
            .map_err(|_| Fail::new(tr!(user(), "err-run-not-utf8", origin = origin)))?;
        return Ok((origin.to_string(), text));
    }
    let unreadable = |e: std::io::Error| {
        hint(
            tr!(
                user(),
                "err-run-unreadable",
                path = file.display().to_string(),
                error = e.to_string()
            ),
            tr!(user(), "err-run-unreadable-hint"),
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
            tr!(user(), "err-run-file-not-utf8", origin = &origin),
            tr!(user(), "err-run-save-utf8"),
        )
    })?;
    Ok((origin, text))
}

/// The log, created first with `--init` when there is none. A dry run writes nothing: it
/// computes against an empty log made in a scratch folder that is removed afterwards (the
/// second value; keep it alive while the log is used).
fn open_or_init(
    ui: &Ui,
    log_dir: Option<&Path>,
    init: bool,
    dry_run: bool,
) -> Result<(Log, Option<tempfile::TempDir>)> {
    if !init {
        return Ok((Log::open(log_dir)?, None));
    }
    match Log::open(log_dir) {
        Ok(log) => Ok((log, None)),
        Err(_) if dry_run => {
            let scratch = tempfile::tempdir().context("failed to create a scratch folder")?;
            let quiet = Ui {
                quiet: true,
                color_err: ui.color_err,
                stdout_is_terminal: ui.stdout_is_terminal,
            };
            let log = super::init::init(&quiet, Some(scratch.path()), "default", None, None, None)?;
            ui.note(&tr!(user(), "run-dry-init"));
            Ok((log, Some(scratch)))
        }
        Err(_) => Ok((
            super::init::init(ui, log_dir, "default", None, None, None)?,
            None,
        )),
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
        hint(format!("{origin}: {problems}"), tr!(user(), "err-run-fix"))
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
                tr!(user(), "err-run-dry-roll", origin = origin),
                tr!(user(), "err-run-dry-roll-hint"),
            ));
        };
        // Whatever can refuse the commit is checked before the laptop rolls.
        crate::ops::preflight(log, config, lock, &answers)?;
        let sources = crate::ops::roll();
        ui.status(
            &tr!(user(), "verb-rolled"),
            &tr!(user(), "run-rolled", numbers = sources.join(" / ")),
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
            // The trace is committed: its reason is in the log's record language (English),
            // whatever the terminal speaks.
            let recorded = crate::error::in_english(|| council::conclude(&answers, &ctx))
                .err()
                .unwrap_or_else(|| problems.clone());
            let trace = leave_trace(
                ui,
                log,
                config,
                lock,
                state.clone(),
                &answers,
                &recorded,
                now,
            )?;
            Err(hint(
                format!("{origin}: {problems}"),
                tr!(user(), "err-run-rolled-fix", trace = trace.to_string()),
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
            tr!(
                user(),
                "err-run-no-reproduce",
                origin = origin,
                problems = problems
                    .iter()
                    .map(|p| p.message.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            tr!(user(), "err-run-no-reproduce-hint"),
        ));
    }
    Ok(record)
}
