//! `council correct`: publish a correction beside a council, never changing its minutes.

use crate::clock;
use crate::council::correction::Correction;
use crate::council::limits;
use crate::error::hint;
use crate::log::Log;
use crate::minutes;
use crate::ops::{Added, Plan};
use crate::ui::Ui;
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

/// Publish a correction of a council's minutes: its own committed record, shown beside them.
///
/// Minutes are never rewritten: the log is append-only, and `council verify`
/// fails on any change to a committed file. A mistake found later (a
/// misspelled name, a wrong date in the statement) is mended by a correction,
/// committed under `corrections/`, that `council show`, the log's README and
/// `show --json` present with the council.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The council: its id, its number in `council log` (`3`), or enough of its id to name one
    /// council (`bench`, or `23` when the log has fewer councils).
    #[arg(add = clap_complete::ArgValueCompleter::new(super::completions::council_ids))]
    pub id: String,

    /// What was wrong and what is right, in plain words.
    #[arg(long)]
    pub note: String,

    /// Print {"council", "file", "commit"} instead of the file's path (docs/json.md).
    #[arg(long)]
    pub json: bool,
}

pub fn cmd_correct(ui: &Ui, log_dir: Option<&Path>, args: &Args) -> Result<ExitCode> {
    let log = Log::open(log_dir)?;
    let config = super::config(ui, &log)?;
    crate::ops::privacy::check_text(&log, &config, &args.note)?;
    if args.note.trim().is_empty() {
        return Err(hint(
            crate::tr!(crate::i18n::user(), "err-note-empty"),
            crate::tr!(crate::i18n::user(), "err-correct-note-hint"),
        ));
    }
    for checked in [
        limits::text("ID", &args.id, limits::SHORT),
        limits::text("--note", &args.note, limits::LONG),
    ] {
        checked.map_err(|problem| {
            hint(
                problem,
                crate::tr!(crate::i18n::user(), "err-nothing-written"),
            )
        })?;
    }
    let lock = super::lock(ui, &log)?;
    let state = log.state()?;
    let (id, _) = super::council_named(&log, state.head, &args.id)?;
    if state.history().find(&id).is_none() {
        return Err(super::verify::unknown_council(&args.id, &[]));
    }
    if id != args.id {
        ui.status(&crate::tr!(crate::i18n::user(), "verb-correcting"), &id);
    }
    let now = clock::now()?;
    let correction = Correction {
        council: id.clone(),
        note: args.note.clone(),
        filed: now,
        tool: crate::ops::tool(),
        language: config.language.named(),
    };
    let written = crate::ops::write(ui, &log, &config, &lock, state, |state| {
        Plan::record_file(
            &log,
            state,
            |n| correction.path(n),
            minutes::render_correction(&correction).into_bytes(),
            |path| Added::Correction(correction.clone(), path),
            format!(
                "{} Correction to {}",
                now.date(),
                crate::ui::clean(&correction.council)
            ),
        )
    })?;
    let path = written.files[0].clone();
    let oid = written.commit;
    ui.status(
        &crate::tr!(crate::i18n::user(), "verb-corrected"),
        &crate::tr!(
            crate::i18n::user(),
            "correct-done",
            council = &correction.council,
            path = &path,
            commit = oid.short().to_string()
        ),
    );
    if args.json {
        super::print_json(
            ui,
            &crate::json::Corrected {
                council: correction.council.clone(),
                file: path.clone(),
                commit: oid.to_string(),
            },
        )?;
    } else {
        ui.line(&path)?;
    }
    Ok(ExitCode::SUCCESS)
}
