//! One file per subcommand: arguments in, core calls, output out. No rules live here.

pub mod draw;
pub mod init;
pub mod log;
pub mod run;
pub mod show;
pub mod verify;

use crate::cli::{Cli, Command};
use crate::ui::Ui;
use anyhow::Result;
use std::process::ExitCode;

pub fn dispatch(cli: &Cli, ui: &Ui) -> Result<ExitCode> {
    let log = cli.log.as_deref();
    match &cli.command {
        Command::Init(args) => init::cmd_init(ui, log, args),
        Command::Run(args) => run::cmd_run(ui, log, args),
        Command::Draw(args) => draw::cmd_draw(ui, args),
        Command::Verify(args) => verify::cmd_verify(ui, log, args),
        Command::Log(args) => log::cmd_log(ui, log, args),
        Command::Show(args) => show::cmd_show(ui, log, args),
    }
}

/// Prints a value as pretty JSON on stdout.
pub fn print_json<T: serde::Serialize>(ui: &Ui, value: &T) -> Result<()> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    ui.out(&text)?;
    Ok(())
}
