//! `council completions` and `council man`: the shell completions and the manual page.

use crate::cli::Cli;
use anyhow::Result;
use clap::CommandFactory as _;
use std::io::Write as _;
use std::process::ExitCode;

/// Print the completion script for a shell, to source or install.
///
/// The script asks `council` itself what to complete, so subcommands and options
/// complete, and so do the ids of the log around you (or COUNCIL_LOG): councils for
/// `show`, `correct` and `verify`, tasks in play for `report`. Source it at shell
/// start, so it always matches the installed binary:
///
/// bash:  echo 'source <(council completions bash)' >> ~/.bashrc
/// zsh:   echo 'source <(council completions zsh)' >> ~/.zshrc
/// fish:  echo 'council completions fish | source' >> ~/.config/fish/config.fish
/// PowerShell: council completions powershell >> $PROFILE
/// elvish: echo 'eval (council completions elvish | slurp)' >> ~/.config/elvish/rc.elv
///
/// `--static` prints a script that never runs `council` while completing
/// (subcommands and options only), to install as a file.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,

    /// A script that completes subcommands and options without running `council`.
    #[arg(long = "static")]
    pub fixed: bool,
}

/// The environment variable that asks `council` for completions (the scripts set it).
pub const COMPLETE_VAR: &str = "COMPLETE";

/// Answers a completion request from the shell when COMPLETE is set; returns otherwise.
pub fn answer_shell() {
    clap_complete::CompleteEnv::with_factory(Cli::command)
        .var(COMPLETE_VAR)
        .complete();
}

/// The log the completion runs in: `--log DIR` on the line being completed, else COUNCIL_LOG,
/// else the one around the current directory.
fn log_here() -> Option<crate::log::Log> {
    let words: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let typed = words.iter().enumerate().find_map(|(n, w)| {
        let w = w.to_str()?;
        match w.strip_prefix("--log=") {
            Some(dir) => Some(std::path::PathBuf::from(dir)),
            None if w == "--log" => words.get(n + 1).map(std::path::PathBuf::from),
            None => None,
        }
    });
    let dir = typed.or_else(|| std::env::var_os("COUNCIL_LOG").map(std::path::PathBuf::from));
    crate::log::Log::open(dir.as_deref()).ok()
}

/// Council ids (and numbers) for `show`, `correct` and `verify`, with each issue beside it.
pub fn council_ids(current: &std::ffi::OsStr) -> Vec<clap_complete::CompletionCandidate> {
    let typed = current.to_string_lossy();
    let Some(log) = log_here() else {
        return Vec::new();
    };
    let Ok(head) = log.head() else {
        return Vec::new();
    };
    let entries = super::log::in_order(&log, head).unwrap_or_default();
    let numbers = !typed.is_empty() && typed.bytes().all(|b| b.is_ascii_digit());
    entries
        .iter()
        .enumerate()
        .filter_map(|(i, e)| {
            let value = if numbers {
                (i + 1).to_string()
            } else {
                e.id.clone()
            };
            value.starts_with(typed.as_ref()).then(|| {
                clap_complete::CompletionCandidate::new(value)
                    .help(Some(crate::ui::clean(&e.issue).into()))
            })
        })
        .collect()
}

/// Task ids in play for `report`, with what each is.
pub fn task_ids(current: &std::ffi::OsStr) -> Vec<clap_complete::CompletionCandidate> {
    let typed = current.to_string_lossy();
    let Some(log) = log_here() else {
        return Vec::new();
    };
    let Ok(state) = log.state() else {
        return Vec::new();
    };
    state
        .summary
        .tasks
        .iter()
        .filter(|t| t.id.starts_with(typed.as_ref()))
        .map(|t| {
            clap_complete::CompletionCandidate::new(t.id.clone())
                .help(Some(crate::ui::clean(&t.what).into()))
        })
        .collect()
}

/// Print the manual page (roff), for `man`.
///
/// Install it with `council man > ~/.local/share/man/man1/council.1`, or read it
/// at once with `council man | man -l -`.
#[derive(Debug, clap::Args)]
pub struct ManArgs {}

pub fn cmd_completions(args: &Args) -> Result<ExitCode> {
    use clap_complete::env::EnvCompleter as _;
    let mut command = Cli::command();
    // Written whole, so a closed pipe is the usual quiet exit, not a panic in the generator.
    let mut script = Vec::new();
    if args.fixed {
        clap_complete::generate(args.shell, &mut command, "council", &mut script);
    } else {
        let (var, name, bin) = (COMPLETE_VAR, "council", "council");
        match args.shell {
            clap_complete::Shell::Bash => {
                clap_complete::env::Bash.write_registration(var, name, bin, bin, &mut script)
            }
            clap_complete::Shell::Zsh => {
                clap_complete::env::Zsh.write_registration(var, name, bin, bin, &mut script)
            }
            clap_complete::Shell::Fish => {
                clap_complete::env::Fish.write_registration(var, name, bin, bin, &mut script)
            }
            clap_complete::Shell::Elvish => {
                clap_complete::env::Elvish.write_registration(var, name, bin, bin, &mut script)
            }
            clap_complete::Shell::PowerShell => {
                clap_complete::env::Powershell.write_registration(var, name, bin, bin, &mut script)
            }
            _ => {
                clap_complete::generate(args.shell, &mut command, "council", &mut script);
                Ok(())
            }
        }?;
    }
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
