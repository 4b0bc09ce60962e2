//! `council ledger`: what the councils achieved, and where the money is.

use crate::clock;
use crate::council::ledger::{self, Work};
use crate::log::Log;
use crate::ui::Ui;
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

/// Show councils held, decisions, tasks, the sovereignty ledger and the jars.
///
/// The sovereignty ledger lists what concrete autonomy each council gained,
/// and how much of it was won without asking permission. Jars are flagged
/// when money is left after their task ended (spend it and reset: jars never
/// accumulate) or when more was collected than the target.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print {"councils", "decisions", "tasks", "sovereignty", "won_without_permission", "jars"}.
    #[arg(long)]
    pub json: bool,
}

pub fn cmd_ledger(ui: &Ui, log_dir: Option<&Path>, args: &Args) -> Result<ExitCode> {
    let log = Log::open(log_dir)?;
    let (councils, reports) = super::read_councils(
        &log,
        "work",
        Work::from,
        |w| w,
        |w| (w.started, &w.id),
        true,
    )?;
    let records: Vec<&Work> = councils.iter().collect();
    let tasks =
        ledger::tasks(&records, &reports, clock::now()?.date()).map_err(crate::error::Fail::new)?;
    let l = ledger::ledger(&records, &tasks);
    if args.json {
        super::print_json(ui, &crate::json::Ledger::from(&l))?;
        return Ok(ExitCode::SUCCESS);
    }
    let lang = crate::i18n::user();
    let mut text = format!(
        "{}\n{}\n{}\n",
        crate::tr!(lang, "ledger-councils", n = l.councils),
        crate::tr!(
            lang,
            "ledger-decisions",
            adopted = l.decisions.adopted,
            rejected = l.decisions.rejected,
            none = l.decisions.none
        ),
        crate::tr!(
            lang,
            "ledger-tasks",
            done = l.tasks.done,
            open = l.tasks.open,
            overdue = l.tasks.overdue,
            dropped = l.tasks.dropped
        )
    );
    text.push_str(&format!(
        "\n{}\n",
        crate::tr!(
            lang,
            "ledger-sovereignty",
            n = l.sovereignty.len(),
            without = l.won_without_permission
        )
    ));
    ui.out(&crate::ui::clean_lines(&text))?;
    ui.out("\n")?;
    if !l.sovereignty.is_empty() {
        let rows = l
            .sovereignty
            .iter()
            .map(|g| {
                vec![
                    g.date.to_string(),
                    g.council.clone(),
                    g.gained.clone(),
                    crate::tr!(
                        lang,
                        if g.without_permission {
                            "ledger-yes"
                        } else {
                            "ledger-no"
                        }
                    ),
                ]
            })
            .collect();
        let header = super::columns(&["date", "council", "gained", "without permission"]);
        ui.out(&ui.table(&header, rows))?;
    }
    if !l.jars.is_empty() {
        ui.out(&format!("\n{}\n", crate::tr!(lang, "ledger-jars")))?;
        let rows = l
            .jars
            .iter()
            .map(|j| {
                vec![
                    j.task.clone(),
                    format!("{} {}", j.target, j.currency),
                    j.collected.to_string(),
                    j.spent.to_string(),
                    j.left.to_string(),
                    j.flag.map_or(String::new(), |f| f.as_str().to_string()),
                ]
            })
            .collect();
        let header = super::columns(&["task", "target", "collected", "spent", "left", "flag"]);
        ui.out(&ui.table(&header, rows))?;
    }
    Ok(ExitCode::SUCCESS)
}
