//! `council resume`: continue a council that was interrupted.

use crate::convene::journal::Journal;
use crate::convene::{self, Convene, prompt};
use crate::error::hint;
use crate::log::Log;
use crate::ui::Ui;
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

/// Continue an interrupted council at its first unanswered step, showing the answers already given.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn cmd_resume(ui: &Ui, log_dir: Option<&Path>, _args: &Args) -> Result<ExitCode> {
    let log = Log::open(log_dir)?;
    let config = super::config(ui, &log)?;
    // A council begun under another privacy mode is refused before anything else is asked.
    if let Some(journal) = Journal::load(&Journal::path_in(&log))? {
        convene::check_mode(&journal, &config)?;
    }
    if !prompt::can_prompt() {
        return Err(convene::no_terminal("resume"));
    }
    let Some(journal) = Journal::load(&Journal::path_in(&log))? else {
        return Err(hint(
            crate::tr!(crate::i18n::user(), "err-no-council-in-progress"),
            crate::tr!(crate::i18n::user(), "err-start-convene"),
        ));
    };
    convene::on_interrupt();
    let mut council = Convene::new(ui, &log, config, journal, ui.color_err)?;
    council.recap();
    council.run()?;
    Ok(ExitCode::SUCCESS)
}
