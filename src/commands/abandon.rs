//! `council abandon`: discard a council in progress, leaving a public trace if its lot was drawn.

use crate::clock;
use crate::convene::journal::{Journal, Step};
use crate::convene::prompt::{self, Prompter};
use crate::council::abandoned::{self, Reached};
use crate::council::record::Role;
use crate::council::settings::CouncilToml;
use crate::error::{Fail, hint};
use crate::log::{Log, NewFile};
use crate::minutes;
use crate::ui::Ui;
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

/// Discard the council in progress, after confirmation.
///
/// A council abandoned after numbers were called out for its lot leaves a
/// public trace under abandoned/ (its pool, the numbers and the draw so far),
/// so drawing a lot again until it suits someone shows in the log. Before
/// that, nothing is written.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Do not ask for confirmation (for scripts).
    #[arg(long)]
    pub yes: bool,
}

pub fn cmd_abandon(ui: &Ui, log_dir: Option<&Path>, args: &Args) -> Result<ExitCode> {
    let log = Log::open(log_dir)?;
    let config = super::config(ui, &log)?;
    let Some(journal) = Journal::load(&Journal::path_in(&log))? else {
        return Err(hint(
            "no council is in progress in this log",
            "nothing to abandon",
        ));
    };
    if !args.yes {
        if !prompt::can_prompt() {
            return Err(Fail::usage(
                "abandoning a council needs a confirmation, and this is not a terminal",
                "pass --yes to abandon without asking",
            ));
        }
        crate::convene::on_interrupt();
        let question = format!(
            "Abandon the council on \"{}\"? Its answers will be discarded",
            journal.answers.issue
        );
        if !Prompter::new(ui.color_err).confirm(&question, false)? {
            ui.note("Kept: continue it with `council resume`.");
            return Ok(ExitCode::SUCCESS);
        }
    }
    abandon(ui, &log, &config, journal)?;
    Ok(ExitCode::SUCCESS)
}

/// Discards the journal; commits the public trace first when numbers were called out.
pub fn abandon(ui: &Ui, log: &Log, config: &CouncilToml, journal: Journal) -> Result<()> {
    let called = journal
        .answers
        .draw
        .sources
        .as_ref()
        .is_some_and(|s| !s.is_empty());
    if !called {
        journal.remove()?;
        ui.status(
            "Abandoned",
            "the council in progress; no lot was drawn, so nothing is written to the log",
        );
        return Ok(());
    }
    let _lock = super::lock(ui, log)?;
    let snapshot = log.snapshot()?;
    let history = match &journal.progress.history {
        Some(commit) => log.history_at(Some(git2::Oid::from_str(commit)?))?,
        None => snapshot.history(),
    };
    let next = journal.progress.next;
    let reached = Reached {
        role: match next {
            n if n >= Step::Spokesperson => Some(Role::Spokesperson),
            n if n >= Step::Facilitator => Some(Role::Facilitator),
            _ => None,
        },
        pending: matches!(next, Step::Facilitator | Step::Spokesperson),
    };
    let now = clock::now()?;
    let exists = |id: &str| snapshot.abandoned.iter().any(|a| a.id == id);
    let trace = abandoned::trace(
        &journal.answers,
        &history,
        journal
            .progress
            .settings
            .map_or(config.rotation, |f| f.rotation),
        reached,
        now,
        super::run::tool(),
        exists,
    );
    let oid = commit_trace(ui, log, config, &snapshot, &trace, now)?;
    journal.remove()?;
    ui.status(
        "Abandoned",
        &format!(
            "the council; its lot so far is public in {} ({:.10})",
            trace.path(),
            oid.to_string()
        ),
    );
    Ok(())
}

/// Commits the public trace of an abandoned lot, with the README regenerated.
pub fn commit_trace(
    ui: &Ui,
    log: &Log,
    config: &CouncilToml,
    snapshot: &crate::log::Snapshot,
    trace: &crate::council::abandoned::Abandoned,
    now: crate::council::time::Timestamp,
) -> Result<git2::Oid> {
    let files = [
        NewFile {
            path: trace.path(),
            bytes: minutes::render_abandoned(trace).into_bytes(),
            replace: false,
        },
        super::readme_file(
            config,
            snapshot,
            super::Adding::Abandoned(trace),
            now.date(),
        ),
    ];
    let message = format!(
        "{} Abandoned: {}",
        trace.started.date(),
        crate::ui::clean(&trace.issue)
    );
    let signature = super::signature(ui, config)?;
    log.commit_files(&files, &message, &signature, &mut |w| ui.warn(&w))
}
