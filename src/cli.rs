//! The command line: global options and one subcommand per file under `commands/`.

use crate::commands;
use crate::ui::ColorChoice;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// The heading the options every subcommand takes are listed under, apart from its own.
const GLOBAL: &str = "Global options";

/// Parses the command line; clap's own help and errors follow `--color` and NO_COLOR too.
pub fn parse() -> Cli {
    use clap::{CommandFactory as _, FromArgMatches as _};
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let choice = requested_color(&args);
    let command = Cli::command().color(choice);
    let matches = command.get_matches_from(args);
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// What `--color WHEN` (or `--color=WHEN`) and NO_COLOR ask of clap, read before parsing.
fn requested_color(args: &[std::ffi::OsString]) -> clap::ColorChoice {
    let mut asked = None;
    for (n, arg) in args.iter().enumerate() {
        let arg = arg.to_string_lossy();
        if arg == "--" {
            break;
        }
        if let Some(value) = arg.strip_prefix("--color=") {
            asked = Some(value.to_string());
        } else if arg == "--color" {
            asked = args.get(n + 1).map(|v| v.to_string_lossy().into_owned());
        }
    }
    match asked.as_deref() {
        Some("always") => clap::ColorChoice::Always,
        Some("never") => clap::ColorChoice::Never,
        _ if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) => {
            clap::ColorChoice::Never
        }
        _ => clap::ColorChoice::Auto,
    }
}

/// Run neighborhood flash councils: a lot anyone can re-check, one decision, tasks, public minutes.
///
/// A flash council takes up one concrete local problem, draws its facilitator by
/// lot (RFC 3797), makes exactly one decision, hands out tasks and dissolves.
/// Its minutes are plain-text files committed to a git repository: the
/// council's public log.
///
/// Start a log with `council init`. At the meeting, `council convene` asks the
/// room one question at a time, journaling every answer (`council resume`
/// after a crash). For scripts, `council run FILE` runs a whole council from an
/// answers file (`council run --example` prints one). Re-check every draw with
/// `council verify`.
#[derive(Debug, Parser)]
#[command(name = "council", version, max_term_width = 100)]
pub struct Cli {
    /// The council's log (a git repository); default: the log around the current directory.
    #[arg(long, global = true, env = "COUNCIL_LOG", value_name = "DIR", help_heading = GLOBAL)]
    pub log: Option<PathBuf>,

    /// When to color messages: auto colors a terminal unless NO_COLOR is set.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN", help_heading = GLOBAL)]
    pub color: ColorChoice,

    /// Print no status messages, only data and errors.
    #[arg(long, short, global = true, help_heading = GLOBAL)]
    pub quiet: bool,

    /// The language of terminal output: en, fr or es; default: LC_ALL, LC_MESSAGES, LANG.
    #[arg(long, global = true, value_name = "LANG", value_parser = ["en", "fr", "es"])]
    pub lang: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Init(commands::init::Args),
    Convene(commands::convene::Args),
    Resume(commands::resume::Args),
    Abandon(commands::abandon::Args),
    Run(commands::run::Args),
    Correct(commands::correct::Args),
    Draw(commands::draw::Args),
    Verify(commands::verify::Args),
    Log(commands::log::Args),
    Show(commands::show::Args),
    Tasks(commands::tasks::Args),
    Report(commands::report::Args),
    Ledger(commands::ledger::Args),
    Stats(commands::stats::Args),
    Delegates(commands::delegates::Args),
    Sync(commands::sync::Args),
    Federation(commands::federation::Args),
    Site(commands::site::Args),
    Feed(commands::feed::Args),
    Notice(commands::notice::Args),
    Completions(commands::completions::Args),
    Man(commands::completions::ManArgs),
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
