//! `council log`: every council as a table, oldest first.

use crate::log::Log;
use crate::ui::Ui;
use anyhow::Result;
use serde::Serialize;
use std::path::Path;
use std::process::ExitCode;

/// List the councils in the log, oldest first: date, id, issue, facilitator, outcome.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print a JSON array of {id, started, issue, facilitator, spokesperson, outcome, file}.
    #[arg(long)]
    pub json: bool,
}

/// One council in `council log --json`; a public contract.
#[derive(Serialize, serde::Deserialize)]
pub struct Entry {
    pub id: String,
    pub started: String,
    pub issue: String,
    pub facilitator: String,
    pub spokesperson: String,
    pub outcome: String,
    pub file: String,
}

pub fn cmd_log(ui: &Ui, log_dir: Option<&Path>, args: &Args) -> Result<ExitCode> {
    let log = Log::open(log_dir)?;
    log.trust_object_ids();
    // Only what the table shows is kept of each council, not its draw.
    let mut stored = log.scan_minutes_cached(
        log.head()?,
        "log",
        |r| {
            let entry = Entry {
                started: r.started.to_string(),
                id: r.id,
                issue: r.issue,
                facilitator: r.facilitator,
                spokesperson: r.spokesperson,
                outcome: r.decision.outcome.as_str().to_string(),
                file: String::new(),
            };
            (r.started, entry)
        },
        |x| x,
    )?;
    stored.sort_by(|a, b| {
        let ((a_at, a), (b_at, b)) = (&a.item, &b.item);
        a_at.cmp(b_at).then_with(|| a.id.cmp(&b.id))
    });
    let entries: Vec<Entry> = stored
        .into_iter()
        .map(|s| Entry {
            file: s.path,
            ..s.item.1
        })
        .collect();
    if args.json {
        super::print_json(ui, &entries)?;
        return Ok(ExitCode::SUCCESS);
    }
    if entries.is_empty() {
        ui.note(&crate::tr!(crate::i18n::user(), "log-none"));
        return Ok(ExitCode::SUCCESS);
    }
    let rows = entries
        .into_iter()
        .map(|e| {
            vec![
                e.started.get(..10).unwrap_or_default().to_string(),
                e.id,
                e.issue,
                e.facilitator,
                e.outcome,
            ]
        })
        .collect();
    let header = super::columns(&["date", "id", "issue", "facilitator", "outcome"]);
    ui.out(&ui.table(&header, rows))?;
    Ok(ExitCode::SUCCESS)
}
