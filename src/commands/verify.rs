//! `council verify`: recompute every recorded draw and pool from the history each council names.

use crate::council::{History, verify};
use crate::error::hint;
use crate::log::{Lineage, Log, Stored};
use crate::minutes;
use crate::ui::Ui;
use anyhow::Result;
use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;
use std::process::ExitCode;

/// Re-check recorded councils: key, pools, every draw step, facilitator and spokesperson.
///
/// Each council is recomputed from the answers in its record and the log
/// as it was at the commit its `history` names. Exits 1, naming the file and
/// the step, when anything disagrees (for example a facilitator edited by
/// hand), when a minutes body no longer matches its record, when a
/// commit changed the minutes after they were committed, and when `history`
/// is not a commit from before the minutes were added.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Councils to check, by id; default: every council in the log.
    pub ids: Vec<String>,

    /// Print [{"id", "file", "ok", "problems"}] instead of lines.
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct Checked {
    id: String,
    file: String,
    ok: bool,
    problems: Vec<String>,
}

pub fn cmd_verify(ui: &Ui, log_dir: Option<&Path>, args: &Args) -> Result<ExitCode> {
    let log = Log::open(log_dir)?;
    let stored = log.minutes_at(log.head()?)?;
    let chosen = select(&stored, &args.ids)?;
    let mut histories: HashMap<Option<String>, History> = HashMap::new();
    let lineage = log.lineage()?;
    let mut results = Vec::new();
    for s in chosen {
        results.push(check(&log, s, &lineage, &mut histories));
    }
    let failed = results.iter().filter(|r| !r.ok).count();
    if args.json {
        super::print_json(ui, &results)?;
    } else {
        for r in &results {
            if r.ok {
                ui.line(&format!("ok    {}", r.file))?;
            } else {
                for problem in &r.problems {
                    ui.line(&format!("FAIL  {}: {problem}", r.file))?;
                }
            }
        }
        if results.is_empty() {
            ui.note("No council in the log yet.");
        } else if failed == 0 {
            ui.status(
                "Verified",
                &format!("{} council(s): every draw checks out", results.len()),
            );
        } else {
            ui.warn(&format!(
                "{failed} of {} council(s) disagree with their recomputation",
                results.len()
            ));
        }
    }
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(crate::error::FAILURE)
    })
}

fn select<'a>(stored: &'a [Stored], ids: &[String]) -> Result<Vec<&'a Stored>> {
    if ids.is_empty() {
        return Ok(stored.iter().collect());
    }
    ids.iter()
        .map(|id| {
            stored.iter().find(|s| &s.record.id == id).ok_or_else(|| {
                let known: Vec<&str> = stored.iter().map(|s| s.record.id.as_str()).collect();
                unknown_council(id, &known)
            })
        })
        .collect()
}

/// The error for an id that names no council, with the closest ids as a hint.
pub fn unknown_council(id: &str, known: &[&str]) -> anyhow::Error {
    let near = crate::council::ids::closest(id, known, 3);
    let hint_text = if near.is_empty() {
        "`council log` lists every council".to_string()
    } else {
        format!("did you mean {}?", near.join(", "))
    };
    hint(format!("no council {id:?} in the log"), hint_text)
}

fn check(
    log: &Log,
    s: &Stored,
    lineage: &Lineage,
    histories: &mut HashMap<Option<String>, History>,
) -> Checked {
    let mut problems = Vec::new();
    let r = &s.record;
    if s.path != r.path() {
        problems.push(format!("the file should be {} for id {}", r.path(), r.id));
    }
    if let Some(p) = lineage.files.get(&s.path) {
        for commit in &p.changed_by {
            problems.push(format!(
                "changed after it was committed, by commit {:.10}: minutes are never rewritten",
                commit.to_string()
            ));
        }
        let history = r
            .history
            .as_deref()
            .and_then(|h| git2::Oid::from_str(h).ok());
        if let Some(history) = history
            && !log.is_before(lineage, history, p.added).unwrap_or(false)
        {
            problems.push(format!(
                "history {:.10} is not a commit before {:.10}, the commit that added these minutes: the pools must come from the log as it was",
                history.to_string(),
                p.added.to_string()
            ));
        }
    }
    if !histories.contains_key(&r.history) {
        let oid = r.history.as_deref().map(git2::Oid::from_str).transpose();
        match oid
            .map_err(anyhow::Error::from)
            .and_then(|o| log.history_at(o))
        {
            Ok(h) => {
                histories.insert(r.history.clone(), h);
            }
            Err(e) => problems.push(format!(
                "history {} cannot be read: {e}",
                r.history.as_deref().unwrap_or("(none)")
            )),
        }
    }
    if let Some(history) = histories.get(&r.history) {
        problems.extend(verify::verify(r, history));
    }
    // Files of the first (`+++`) layout are re-rendered in it, with its escaping.
    if minutes::render_in(r, minutes::Format::of(&s.text)) != s.text {
        problems.push(
            "the text does not match its record (edited by hand?): minutes are never rewritten"
                .to_string(),
        );
    }
    Checked {
        id: r.id.clone(),
        file: s.path.clone(),
        ok: problems.is_empty(),
        problems,
    }
}
