//! `council delegates`: mandates given to recallable delegates, and their recalls.

use crate::council::ledger::{self, MandateStatus, Work};
use crate::log::Log;
use crate::ui::Ui;
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

/// List every delegate's written mandate, active or recalled.
///
/// A later council recalls a mandate with `[delegate] recall = "<council id>#delegate"`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only the mandates still active.
    #[arg(long)]
    pub active: bool,

    /// Print a JSON array of {council, name, to, mandate, status, recalled_by}.
    #[arg(long)]
    pub json: bool,
}

pub fn cmd_delegates(ui: &Ui, log_dir: Option<&Path>, args: &Args) -> Result<ExitCode> {
    let log = Log::open(log_dir)?;
    // Of each council only its delegate is shown.
    let (councils, _) = super::read_councils(
        &log,
        "delegate",
        |r| Work {
            tasks: Vec::new(),
            report_backs: Vec::new(),
            sovereignty: None,
            ..Work::from(r)
        },
        |w| w,
        |w| (w.started, &w.id),
        false,
    )?;
    let councils: Vec<&Work> = councils.iter().collect();
    let mut mandates = ledger::mandates(&councils);
    if args.active {
        mandates.retain(|m| m.status == MandateStatus::Active);
    }
    if args.json {
        let mandates: Vec<crate::json::Mandate> = mandates.iter().map(Into::into).collect();
        super::print_json(ui, &mandates)?;
        return Ok(ExitCode::SUCCESS);
    }
    if mandates.is_empty() {
        ui.note(&crate::tr!(crate::i18n::user(), "delegates-none"));
        return Ok(ExitCode::SUCCESS);
    }
    let rows = mandates
        .into_iter()
        .map(|m| {
            let status = match (&m.status, &m.recalled_by) {
                (MandateStatus::Recalled, Some(by)) => {
                    crate::tr!(crate::i18n::user(), "delegates-recalled", council = by)
                }
                _ => crate::tr!(crate::i18n::user(), "delegates-active"),
            };
            vec![m.council, m.name, m.to, m.mandate, status]
        })
        .collect();
    let header = super::columns(&["council", "name", "to", "mandate", "status"]);
    ui.out(&ui.table(&header, rows))?;
    Ok(ExitCode::SUCCESS)
}
