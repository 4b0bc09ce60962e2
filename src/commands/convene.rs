//! `council convene`: the interactive council at the meeting.

use crate::convene::journal::Journal;
use crate::convene::{self, Convene, prompt};
use crate::log::Log;
use crate::ui::Ui;
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

/// Hold a council at the meeting: one question at a time, the time left in every prompt.
///
/// Walks the room through the issue, who is here, report-backs on open
/// tasks, the pool (fixed and shown before anyone calls out numbers), the
/// draw of facilitator and spokesperson, the one decision, tasks, a delegate,
/// the autonomy gained and the closing; then a review where any section can
/// be re-entered, and the commit. Every answer is journaled inside the git
/// dir at once, so a crash or a dead battery loses nothing: `council resume`
/// continues. Works offline. Needs a terminal; scripts use `council run FILE`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = "Examples:
  council --log my-log convene              hold a council with the room
  council --log my-log resume               go on after a crash or Ctrl-C
  council --log my-log abandon              give up (a drawn lot stays public)")]
pub struct Args {}

pub fn cmd_convene(ui: &Ui, log_dir: Option<&Path>, _args: &Args) -> Result<ExitCode> {
    if !prompt::can_prompt() {
        return Err(convene::no_terminal("convene"));
    }
    let log = Log::open(log_dir)?;
    let config = super::config(ui, &log)?;
    convene::on_interrupt();
    if let Some(journal) = Journal::load(&Journal::path_in(&log))? {
        let asker = prompt::Prompter::new(ui.color_err);
        let items = [
            crate::tr!(crate::i18n::user(), "convene-resume-it"),
            crate::tr!(crate::i18n::user(), "convene-abandon-it"),
            crate::tr!(crate::i18n::user(), "convene-leave-it"),
        ];
        let question = crate::tr!(
            crate::i18n::user(),
            "convene-in-progress",
            issue = &journal.answers.issue
        );
        match asker.select(&question, &items, 0)? {
            0 => {
                let mut council = Convene::new(ui, &log, config, journal, ui.color_err)?;
                council.recap();
                council.run()?;
            }
            1 => super::abandon::abandon(ui, &log, &config, journal)?,
            _ => {}
        }
        return Ok(ExitCode::SUCCESS);
    }
    Convene::start(ui, &log, config, ui.color_err)?.run()?;
    Ok(ExitCode::SUCCESS)
}
