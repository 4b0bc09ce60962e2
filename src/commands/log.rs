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

impl From<&Entry> for crate::json::LogEntry {
    fn from(e: &Entry) -> crate::json::LogEntry {
        crate::json::LogEntry {
            id: e.id.clone(),
            started: e.started.clone(),
            issue: e.issue.clone(),
            facilitator: e.facilitator.clone(),
            spokesperson: e.spokesperson.clone(),
            outcome: e.outcome.clone(),
            statement: e.statement.clone(),
            file: e.file.clone(),
        }
    }
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
    let entries: Vec<Entry> = stored
        .into_iter()
        .map(|s| Entry {
            file: s.path,
            ..s.item.1
        })
        .collect();
    if args.json {
        let entries: Vec<crate::json::LogEntry> = entries.iter().map(Into::into).collect();
        super::print_json(ui, &entries)?;
        return Ok(ExitCode::SUCCESS);
    }
    if entries.is_empty() {
        ui.note("No council in the log yet; run one with `council run FILE`.");
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
    ui.out(&ui.table(&["date", "id", "issue", "facilitator", "outcome"], rows))?;
    Ok(ExitCode::SUCCESS)
}
