//! One file per subcommand: arguments in, core calls, output out. No rules live here.

pub mod abandon;
pub mod convene;
pub mod correct;
pub mod delegates;
pub mod draw;
pub mod init;
pub mod ledger;
pub mod log;
pub mod report;
pub mod resume;
pub mod run;
pub mod show;
pub mod stats;
pub mod tasks;
pub mod verify;

use crate::cli::{Cli, Command};
use crate::ui::Ui;
use anyhow::Result;
use std::process::ExitCode;

pub fn dispatch(cli: &Cli, ui: &Ui) -> Result<ExitCode> {
    let log = cli.log.as_deref();
    match &cli.command {
        Command::Init(args) => init::cmd_init(ui, log, args),
        Command::Convene(args) => convene::cmd_convene(ui, log, args),
        Command::Resume(args) => resume::cmd_resume(ui, log, args),
        Command::Abandon(args) => abandon::cmd_abandon(ui, log, args),
        Command::Run(args) => run::cmd_run(ui, log, args),
        Command::Correct(args) => correct::cmd_correct(ui, log, args),
        Command::Draw(args) => draw::cmd_draw(ui, args),
        Command::Verify(args) => verify::cmd_verify(ui, log, args),
        Command::Log(args) => log::cmd_log(ui, log, args),
        Command::Show(args) => show::cmd_show(ui, log, args),
        Command::Tasks(args) => tasks::cmd_tasks(ui, log, args),
        Command::Report(args) => report::cmd_report(ui, log, args),
        Command::Ledger(args) => ledger::cmd_ledger(ui, log, args),
        Command::Stats(args) => stats::cmd_stats(ui, log, args),
        Command::Delegates(args) => delegates::cmd_delegates(ui, log, args),
    }
}

pub use crate::ops::{config, lock};

/// Prints a value as pretty JSON on stdout.
pub fn print_json<T: serde::Serialize>(ui: &Ui, value: &T) -> Result<()> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    ui.out(&text)?;
    Ok(())
}
