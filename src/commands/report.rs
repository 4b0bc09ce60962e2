//! `council report`: file a report-back on a task between councils.

use crate::clock;
use crate::council::amount::Amount;
use crate::council::answers::TaskStatus;
use crate::council::limits;
use crate::council::report::Report;
use crate::council::validate;
use crate::error::hint;
use crate::log::Log;
use crate::minutes;
use crate::ops::{Added, Plan};
use crate::ui::Ui;
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

/// File a report-back on a task of an earlier council, committed under reports/.
///
/// The task's status becomes the one reported (the latest report-back wins,
/// whether filed here or given inside a council). Money collected for or spent
/// from the task's jar adds up in `council ledger`; a jar is spent and reset
/// once its task is done, never accumulated.
#[derive(Debug, clap::Args)]
#[command(after_long_help = "Examples:
  council tasks --open                      find the task id
  council report 2026-11-16-the-bench-is-broken#1 --status done --note \"Fixed Saturday\"
  council report 2026-11-16-the-bench-is-broken#1 --status open --collected 20")]
pub struct Args {
    /// The task's id, like 2026-11-23-the-bench-is-broken#1 (`council tasks` lists them); the
    /// council's number in `council log` and the task's (`3#1`); or enough of the id to name
    /// one task in play: `bench#1`, `2026-11-23-the-bench`.
    #[arg(add = clap_complete::ArgValueCompleter::new(super::completions::task_ids))]
    pub task: String,

    /// Where the task stands now.
    #[arg(long, value_enum)]
    pub status: StatusArg,

    /// What happened, in a sentence.
    #[arg(long)]
    pub note: Option<String>,

    /// Money put into the task's jar since the last report (like 40 or 12.50).
    #[arg(long, value_name = "AMOUNT")]
    pub collected: Option<Amount>,

    /// Money spent from the task's jar since the last report.
    #[arg(long, value_name = "AMOUNT")]
    pub spent: Option<Amount>,

    /// Print {"task", "status", "file", "commit"} instead of the file's path.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum StatusArg {
    Done,
    Dropped,
    Open,
}

impl From<StatusArg> for TaskStatus {
    fn from(s: StatusArg) -> TaskStatus {
        match s {
            StatusArg::Done => TaskStatus::Done,
            StatusArg::Dropped => TaskStatus::Dropped,
            StatusArg::Open => TaskStatus::Open,
        }
    }
}

pub fn cmd_report(ui: &Ui, log_dir: Option<&Path>, args: &Args) -> Result<ExitCode> {
    let log = Log::open(log_dir)?;
    let config = super::config(ui, &log)?;
    if let Some(note) = &args.note {
        crate::ops::privacy::check_text(&log, &config, note)?;
    }
    if args.note.as_deref().is_some_and(|n| n.trim().is_empty()) {
        return Err(hint(
            crate::tr!(crate::i18n::user(), "err-note-empty"),
            crate::tr!(crate::i18n::user(), "err-report-note-hint"),
        ));
    }
    let report_limits = [
        limits::text("TASK", &args.task, limits::SHORT),
        args.note
            .as_deref()
            .map_or(Ok(()), |note| limits::text("--note", note, limits::LONG)),
    ];
    for checked in report_limits {
        checked.map_err(|problem| {
            hint(
                problem,
                crate::tr!(crate::i18n::user(), "err-nothing-written"),
            )
        })?;
    }
    let lock = super::lock(ui, &log)?;
    let state = log.state()?;
    let money = args.collected.or(args.spent).is_some();
    let typed = super::numbered_task(&log, state.head, &args.task)?;
    let task = in_play(&typed, &state)?;
    if task != args.task {
        ui.status(
            &crate::tr!(crate::i18n::user(), "verb-reporting"),
            &crate::tr!(crate::i18n::user(), "report-on", task = &task),
        );
    }
    validate::report_back(&task, money, &state.history()).map_err(|problem| {
        hint(
            problem,
            crate::tr!(crate::i18n::user(), "err-report-task-hint"),
        )
    })?;
    let now = clock::now()?;
    let report = Report {
        task: task.clone(),
        status: args.status.into(),
        note: args.note.clone(),
        collected: args.collected,
        spent: args.spent,
        filed: now,
        tool: crate::ops::tool(),
        language: config.language.named(),
    };
    let written = crate::ops::write(ui, &log, &config, &lock, state, |state| {
        // Never a name any commit held.
        Plan::record_file(
            &log,
            state,
            |n| report.path(n),
            minutes::render_report(&report).into_bytes(),
            |path| Added::Report(report.clone(), path),
            format!(
                "{} Report on {}: {}",
                now.date(),
                report.task,
                report.status.as_str()
            ),
        )
    })?;
    let path = written.files[0].clone();
    let oid = written.commit;
    ui.status(
        &crate::tr!(crate::i18n::user(), "verb-reported"),
        &crate::tr!(
            crate::i18n::user(),
            "report-done",
            task = &report.task,
            // English shows the record's own word ("open"); the others translate it.
            status = super::status_word(report.status),
            path = &path,
            commit = format!("{:.10}", oid.short())
        ),
    );
    drop(lock);
    crate::ops::sync::after_write(ui, &log);
    if args.json {
        super::print_json(
            ui,
            &crate::json::Reported {
                task: report.task.clone(),
                status: report.status.as_str().to_string(),
                file: path.clone(),
                commit: oid.to_string(),
            },
        )?;
    } else {
        ui.line(&path)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The task `typed` names: itself when it is a task id, else the one task in play (open, or
/// with money in its jar) whose id contains it, like `bench#1`.
fn in_play(typed: &str, state: &crate::log::State) -> Result<String> {
    // A whole task id, or a council's (which is not a task: said below, not guessed).
    if crate::council::ids::split_task_id(typed).is_some()
        || typed.is_empty()
        || state.history().find(typed).is_some()
    {
        return Ok(typed.to_string());
    }
    let found: Vec<&str> = state
        .summary
        .tasks
        .iter()
        .map(|t| t.id.as_str())
        .filter(|id| match (typed.split_once('#'), id.split_once('#')) {
            // `bench#1`: part of the council's id, and the task's number.
            (Some((part, n)), Some((council, number))) => council.contains(part) && n == number,
            _ => id.contains(typed),
        })
        .collect();
    match found.as_slice() {
        [one] => Ok(one.to_string()),
        [] => finished(typed, state),
        many => Err(hint(
            crate::tr!(
                crate::i18n::user(),
                "err-tasks-in-play",
                typed = format!("{typed:?}"),
                n = many.len(),
                ids = many
                    .iter()
                    .take(5)
                    .map(|id| format!("{id:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            crate::tr!(crate::i18n::user(), "err-tasks-in-play-hint"),
        )),
    }
}

/// A part that names no task in play: when it names tasks that ended (done or dropped), says
/// so, since a finished task is reported on by its whole id; otherwise the part goes on as
/// typed, to be refused with the closest ids.
fn finished(typed: &str, state: &crate::log::State) -> Result<String> {
    let history = state.history();
    let ended: Vec<String> = history
        .councils()
        .iter()
        .flat_map(|c| &c.tasks)
        .map(|t| t.id.clone())
        .filter(|id| match (typed.split_once('#'), id.split_once('#')) {
            (Some((part, n)), Some((council, number))) => council.contains(part) && n == number,
            _ => id.contains(typed),
        })
        .collect();
    if ended.is_empty() {
        return Ok(typed.to_string());
    }
    Err(hint(
        crate::tr!(
            crate::i18n::user(),
            "err-task-ended",
            typed = format!("{typed:?}"),
            ids = ended
                .iter()
                .take(5)
                .map(|id| format!("{id:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        crate::tr!(crate::i18n::user(), "err-task-ended-hint"),
    ))
}
