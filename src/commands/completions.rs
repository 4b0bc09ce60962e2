//! `council completions` and `council man`: the shell completions and the manual page.

use crate::cli::Cli;
use anyhow::Result;
use clap::CommandFactory as _;
use std::io::Write as _;
use std::process::ExitCode;

/// Print the completion script for a shell, to source or install.
///
/// bash:  council completions bash > ~/.local/share/bash-completion/completions/council
/// zsh:   council completions zsh > "${fpath[1]}/_council"
/// fish:  council completions fish > ~/.config/fish/completions/council.fish
/// PowerShell: council completions powershell >> $PROFILE
/// elvish: council completions elvish >> ~/.config/elvish/rc.elv
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Print the manual page (roff), for `man`.
///
/// Install it with `council man > ~/.local/share/man/man1/council.1`, or read it
/// at once with `council man | man -l -`.
#[derive(Debug, clap::Args)]
pub struct ManArgs {}

pub fn cmd_completions(args: &Args) -> Result<ExitCode> {
    let mut command = Cli::command();
    // Written whole, so a closed pipe is the usual quiet exit, not a panic in the generator.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "council", &mut script);
    let mut out = std::io::stdout().lock();
    out.write_all(&script)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

pub fn cmd_man() -> Result<ExitCode> {
    let command = Cli::command();
    let mut page = Vec::new();
    clap_mangen::Man::new(command).render(&mut page)?;
    // Each subcommand's page follows, so one file documents the whole tool.
    for sub in Cli::command().get_subcommands() {
        let sub = sub.clone().name(format!("council-{}", sub.get_name()));
        clap_mangen::Man::new(sub).render(&mut page)?;
    }
    let mut out = std::io::stdout().lock();
    out.write_all(&page)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
