//! `council report`: file a report-back on a task between councils.

use crate::clock;
use crate::council::amount::Amount;
use crate::council::answers::TaskStatus;
use crate::council::limits;
use crate::council::report::Report;
use crate::council::validate;
use crate::error::hint;
use crate::log::{Log, NewFile};
use crate::minutes;
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
pub struct Args {
    /// The task's id, like 2026-11-23-the-bench-is-broken#1 (`council tasks` lists them).
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

/// What `council report --json` prints.
#[derive(serde::Serialize)]
struct Filed<'a> {
    task: &'a str,
    status: &'a str,
    file: &'a str,
    commit: String,
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
    if args.note.as_deref().is_some_and(|n| n.trim().is_empty()) {
        return Err(hint(
            "--note is empty",
            "say what happened, or leave --note out",
        ));
    }
    let report_limits = [
        limits::text("TASK", &args.task, limits::SHORT),
        args.note
            .as_deref()
            .map_or(Ok(()), |note| limits::text("--note", note, limits::LONG)),
    ];
    for checked in report_limits {
        checked.map_err(|problem| hint(problem, "nothing was written to the log"))?;
    }
    let _lock = super::lock(ui, &log)?;
    let snapshot = log.snapshot()?;
    let history = snapshot.history();
    let money = args.collected.or(args.spent).is_some();
    validate::report_back(&args.task, money, &history).map_err(|problem| {
        hint(
            problem,
            "`council tasks` lists every task id; nothing was written to the log",
        )
    })?;
    let now = clock::now()?;
    let report = Report {
        task: args.task.clone(),
        status: args.status.into(),
        note: args.note.clone(),
        collected: args.collected,
        spent: args.spent,
        filed: now,
        tool: super::run::tool(),
    };
    let head = snapshot.head;
    let taken = |path: &str| -> Result<bool> {
        Ok(match head {
            Some(head) => log.read_at(head, path)?.is_some(),
            None => false,
        })
    };
    let mut n = 1;
    while taken(&report.path(n))? {
        n += 1;
    }
    let path = report.path(n);
    let files = [
        NewFile {
            path: path.clone(),
            bytes: minutes::render_report(&report).into_bytes(),
            replace: false,
        },
        super::readme_file(
            &config,
            &snapshot,
            super::Adding::Report(&report),
            now.date(),
        ),
    ];
    let message = format!(
        "{} Report on {}: {}",
        now.date(),
        report.task,
        report.status.as_str()
    );
    let signature = super::signature(ui, &config)?;
    let oid = log.commit_files(&files, &message, &signature, &mut |w| ui.warn(&w))?;
    ui.status(
        "Reported",
        &format!(
            "{} is {} ({path}, {:.10})",
            report.task,
            report.status.as_str(),
            oid.to_string()
        ),
    );
    if args.json {
        super::print_json(
            ui,
            &Filed {
                task: &report.task,
                status: report.status.as_str(),
                file: &path,
                commit: oid.to_string(),
            },
        )?;
    } else {
        ui.line(&path)?;
    }
    Ok(ExitCode::SUCCESS)
}
