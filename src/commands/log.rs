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
    /// Print a JSON array of {id, started, issue, facilitator, spokesperson, outcome,
    /// statement, file} (docs/json.md).
    #[arg(long)]
    pub json: bool,
}

/// What `log` keeps of a council in its projection cache.
#[derive(Serialize, serde::Deserialize)]
pub struct Entry {
    pub id: String,
    pub started: String,
    pub issue: String,
    pub facilitator: String,
    pub spokesperson: String,
    pub outcome: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
    pub file: String,
}

impl Entry {
    /// The entry as `log --json` prints it, `number` counted from 1.
    pub fn json(&self, number: usize) -> crate::json::LogEntry {
        crate::json::LogEntry {
            number,
            id: self.id.clone(),
            started: self.started.clone(),
            issue: self.issue.clone(),
            facilitator: self.facilitator.clone(),
            spokesperson: self.spokesperson.clone(),
            outcome: self.outcome.clone(),
            statement: self.statement.clone(),
            file: self.file.clone(),
        }
    }
}

/// Every council at `commit` in the order `council log` lists them: by start, then id. The
/// numbers `council log` shows (and `show 3`, `report 3#1` take) count from 1 in this order.
pub fn in_order(log: &Log, commit: Option<crate::log::CommitId>) -> Result<Vec<Entry>> {
    log.trust_object_ids();
    // Only what the table shows is kept of each council, not its draw.
    let mut stored = log.scan_minutes_cached(
        commit,
        "log",
        |r| {
            let entry = Entry {
                started: r.started.to_string(),
                id: r.id,
                issue: r.issue,
                facilitator: r.facilitator,
                spokesperson: r.spokesperson,
                outcome: r.decision.outcome.as_str().to_string(),
                statement: r.decision.statement,
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
    Ok(stored
        .into_iter()
        .map(|s| Entry {
            file: s.path,
            ..s.item.1
        })
        .collect())
}

pub fn cmd_log(ui: &Ui, log_dir: Option<&Path>, args: &Args) -> Result<ExitCode> {
    let log = Log::open(log_dir)?;
    let entries = in_order(&log, log.head()?)?;
    if args.json {
        let entries: Vec<crate::json::LogEntry> = entries
            .iter()
            .enumerate()
            .map(|(i, e)| e.json(i + 1))
            .collect();
        super::print_json(ui, &entries)?;
        return Ok(ExitCode::SUCCESS);
    }
    if entries.is_empty() {
        ui.note(&crate::tr!(crate::i18n::user(), "log-none"));
        return Ok(ExitCode::SUCCESS);
    }
    let rows = entries
        .into_iter()
        .enumerate()
        .map(|(i, e)| {
            vec![
                (i + 1).to_string(),
                e.started.get(..10).unwrap_or_default().to_string(),
                e.id,
                e.issue,
                e.facilitator,
                super::outcome_word(&e.outcome),
            ]
        })
        .collect();
    let header = super::columns(&["number", "date", "id", "issue", "facilitator", "outcome"]);
    ui.out(&ui.table(&header, rows))?;
    Ok(ExitCode::SUCCESS)
}
