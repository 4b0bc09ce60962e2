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
    let mut text = format!(
        "Councils: {}\nDecisions: {} adopted, {} rejected, {} without a decision\nTasks: {} done, {} open ({} overdue), {} dropped\n",
        l.councils,
        l.decisions.adopted,
        l.decisions.rejected,
        l.decisions.none,
        l.tasks.done,
        l.tasks.open,
        l.tasks.overdue,
        l.tasks.dropped
    );
    text.push_str(&format!(
        "\nSovereignty gained: {} entries, {} won without asking permission\n",
        l.sovereignty.len(),
        l.won_without_permission
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
                    if g.without_permission { "yes" } else { "no" }.to_string(),
                ]
            })
            .collect();
        ui.out(&ui.table(&["date", "council", "gained", "without permission"], rows))?;
    }
    if !l.jars.is_empty() {
        ui.out("\nJars:\n")?;
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
        ui.out(&ui.table(
            &["task", "target", "collected", "spent", "left", "flag"],
            rows,
        ))?;
    }
    Ok(ExitCode::SUCCESS)
}
