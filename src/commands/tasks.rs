//! `council tasks`: every task across councils, with the status its report-backs give it.

use crate::clock;
use crate::council::answers::TaskStatus;
use crate::council::ledger::{self, Work};
use crate::log::Log;
use crate::ui::Ui;
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

/// List every task of every council: owners, due date, status and jar.
///
/// A task's status comes from its latest report-back, given inside a later
/// council (`[[report_backs]]`) or filed with `council report`. Open tasks
/// past their due date are marked overdue.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only the tasks still open.
    #[arg(long, conflicts_with = "done")]
    pub open: bool,

    /// Only the tasks done.
    #[arg(long)]
    pub done: bool,

    /// Print a JSON array of {id, council, what, who, due, status, overdue, note, jar}.
    #[arg(long)]
    pub json: bool,

    /// Under privacy = "pseudonyms", show the real names this laptop knows even in JSON or
    /// piped output (on a terminal, the table shows them anyway).
    #[arg(long)]
    pub real_names: bool,
}

pub fn cmd_tasks(ui: &Ui, log_dir: Option<&Path>, args: &Args) -> Result<ExitCode> {
    let log = Log::open(log_dir)?;
    let (councils, reports) = super::read_councils(
        &log,
        "work",
        Work::from,
        |w| w,
        |w| (w.started, &w.id),
        true,
    )?;
    let today = clock::now()?.date();
    let councils: Vec<&Work> = councils.iter().collect();
    let mut tasks = ledger::tasks(&councils, &reports, today).map_err(crate::error::Fail::new)?;
    let wanted = match (args.open, args.done) {
        (true, _) => Some(TaskStatus::Open),
        (_, true) => Some(TaskStatus::Done),
        _ => None,
    };
    if let Some(status) = wanted {
        tasks.retain(|t| t.status == status);
    }
    let real = crate::ops::privacy::shows_real_names(args.real_names, args.json, ui);
    if args.json {
        let tasks: Vec<crate::json::Task> = tasks.iter().map(Into::into).collect();
        if real {
            super::print_json(ui, &crate::ops::privacy::reveal_json(&log, &tasks)?)?;
        } else {
            super::print_json(ui, &tasks)?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    if tasks.is_empty() {
        ui.note(&crate::tr!(
            crate::i18n::user(),
            match wanted {
                Some(TaskStatus::Open) => "tasks-no-open",
                Some(_) => "tasks-none-done",
                None => "tasks-none",
            }
        ));
        return Ok(ExitCode::SUCCESS);
    }
    let roster = if real {
        crate::ops::privacy::roster(&log)?
    } else {
        crate::council::privacy::Roster::default()
    };
    let rows = tasks
        .iter()
        .map(|t| {
            let status = if t.overdue {
                crate::tr!(crate::i18n::user(), "tasks-overdue")
            } else {
                super::status_word(t.status)
            };
            let jar = t.jar.as_ref().map_or(String::new(), |j| {
                crate::tr!(
                    crate::i18n::user(),
                    "tasks-jar",
                    collected = j.collected.to_string(),
                    target = j.target.to_string(),
                    currency = &j.currency,
                    left = j.left.to_string()
                )
            });
            vec![
                t.id.clone(),
                t.what.clone(),
                roster.reveal(&t.who.join(", ")),
                t.due.map_or(String::new(), |d| d.to_string()),
                status,
                jar,
            ]
        })
        .collect();
    let header = super::columns(&["id", "what", "who", "due", "status", "jar"]);
    ui.out(&ui.table(&header, rows))?;
    Ok(ExitCode::SUCCESS)
}
