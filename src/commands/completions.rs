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
    use clap_complete::env::{Elvish, Fish, Powershell, Shells, Zsh};
    clap_complete::CompleteEnv::with_factory(Cli::command)
        .var(COMPLETE_VAR)
        .shells(Shells(&[
            &BashJoined,
            &LastJoined(Elvish),
            &LastJoined(Fish),
            &LastJoined(Powershell),
            &Zsh,
        ]))
        .complete();
}

/// Bash, with `--log=DIR` put back together: bash splits a word at `=` (it is in
/// COMP_WORDBREAKS), so the script hands over `--log`, `=`, `DIR`, which clap would read as
/// `--log` naming `=` and a subcommand `DIR`. `--log DIR` is joined too: clap's completion
/// engine would take a DIR named like a subcommand (`log`) for that subcommand.
struct BashJoined;

/// A shell that completes the last word (fish, PowerShell, elvish), with `--log DIR` joined
/// into `--log=DIR` as for bash.
struct LastJoined<S>(S);

impl<S: clap_complete::env::EnvCompleter> clap_complete::env::EnvCompleter for LastJoined<S> {
    fn name(&self) -> &'static str {
        self.0.name()
    }
    fn is(&self, name: &str) -> bool {
        self.0.is(name)
    }
    fn write_registration(
        &self,
        var: &str,
        name: &str,
        bin: &str,
        completer: &str,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        self.0.write_registration(var, name, bin, completer, buf)
    }
    fn write_complete(
        &self,
        cmd: &mut clap::Command,
        args: Vec<std::ffi::OsString>,
        current_dir: Option<&std::path::Path>,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        let last = args.len().saturating_sub(1);
        let (args, _) = join_equals(args, last);
        self.0.write_complete(cmd, args, current_dir, buf)
    }
}

impl clap_complete::env::EnvCompleter for BashJoined {
    fn name(&self) -> &'static str {
        clap_complete::env::Bash.name()
    }
    fn is(&self, name: &str) -> bool {
        clap_complete::env::Bash.is(name)
    }
    fn write_registration(
        &self,
        var: &str,
        name: &str,
        bin: &str,
        completer: &str,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        clap_complete::env::Bash.write_registration(var, name, bin, completer, buf)
    }
    fn write_complete(
        &self,
        cmd: &mut clap::Command,
        args: Vec<std::ffi::OsString>,
        current_dir: Option<&std::path::Path>,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        let index: usize = std::env::var("_CLAP_COMPLETE_INDEX")
            .ok()
            .and_then(|i| i.parse().ok())
            .unwrap_or_default();
        let (args, index) = join_equals(args, index);
        let ifs = std::env::var("_CLAP_IFS").ok();
        let completions = clap_complete::engine::complete(cmd, args, index, current_dir)?;
        for (i, candidate) in completions.iter().enumerate() {
            if i != 0 {
                write!(buf, "{}", ifs.as_deref().unwrap_or("\n"))?;
            }
            write!(buf, "{}", candidate.get_value().to_string_lossy())?;
        }
        Ok(())
    }
}

/// `OPTION`, `=`, `VALUE` become `OPTION=VALUE`, and `--log`, `DIR` become `--log=DIR`,
/// before the word being completed (`index`); returns the words and that word's new index.
fn join_equals(args: Vec<std::ffi::OsString>, index: usize) -> (Vec<std::ffi::OsString>, usize) {
    let mut joined: Vec<std::ffi::OsString> = Vec::with_capacity(args.len());
    let mut new_index = index;
    let mut n = 0;
    while n < args.len() {
        let option = args[n].to_str().is_some_and(|w| w.starts_with("--"));
        if option && n + 2 < index && args[n + 1] == "=" {
            let mut word = args[n].clone();
            word.push("=");
            word.push(&args[n + 2]);
            joined.push(word);
            new_index -= 2;
            n += 3;
        } else if args[n] == "--log" && n + 1 < index {
            let mut word = args[n].clone();
            word.push("=");
            word.push(&args[n + 1]);
            joined.push(word);
            new_index -= 1;
            n += 2;
        } else {
            joined.push(args[n].clone());
            n += 1;
        }
    }
    (joined, new_index)
}

/// The log the completion runs in: `--log DIR` on the line being completed, else COUNCIL_LOG,
/// else the one around the current directory.
fn log_here() -> Option<crate::log::Log> {
    let words: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let typed = words.iter().enumerate().find_map(|(n, w)| {
        let w = w.to_str()?;
        match w.strip_prefix("--log=") {
            Some(dir) => Some(std::path::PathBuf::from(dir)),
            // Bash splits `--log=DIR` at `=`: `--log`, `=`, `DIR`.
            None if w == "--log" && words.get(n + 1).is_some_and(|v| v == "=") => {
                words.get(n + 2).map(std::path::PathBuf::from)
            }
            None if w == "--log" => words.get(n + 1).map(std::path::PathBuf::from),
            None => None,
        }
    });
    let dir = typed.or_else(|| std::env::var_os("COUNCIL_LOG").map(std::path::PathBuf::from));
    crate::log::Log::open(dir.as_deref()).ok()
}

/// The candidates whose value begins with `typed`; when none does, those that contain it
/// (ignoring case), so a part of an id (`bench`) completes to the id. The shells replace the
/// word with a single candidate; fish matches parts itself.
fn matching(
    typed: &str,
    candidates: Vec<(String, String)>,
) -> Vec<clap_complete::CompletionCandidate> {
    let begins: Vec<_> = candidates
        .iter()
        .filter(|(value, _)| value.starts_with(typed))
        .collect();
    let chosen = if begins.is_empty() {
        let part = typed.to_lowercase();
        candidates
            .iter()
            .filter(|(value, _)| value.to_lowercase().contains(&part))
            .collect()
    } else {
        begins
    };
    chosen
        .into_iter()
        .map(|(value, help)| {
            clap_complete::CompletionCandidate::new(value.clone())
                .help(Some(crate::ui::clean(help).into()))
        })
        .collect()
}

/// Council ids and numbers for `show`, `correct` and `verify`, with each issue beside it.
pub fn council_ids(current: &std::ffi::OsStr) -> Vec<clap_complete::CompletionCandidate> {
    let typed = current.to_string_lossy();
    let Some(log) = log_here() else {
        return Vec::new();
    };
    let Ok(head) = log.head() else {
        return Vec::new();
    };
    let entries = super::log::in_order(&log, head).unwrap_or_default();
    let digits = !typed.is_empty() && typed.bytes().all(|b| b.is_ascii_digit());
    let mut candidates = Vec::new();
    if digits {
        // Digits begin a council's number and every id (its year): both are offered.
        candidates.extend(
            entries
                .iter()
                .enumerate()
                .map(|(i, e)| ((i + 1).to_string(), e.issue.clone())),
        );
    }
    candidates.extend(entries.iter().map(|e| (e.id.clone(), e.issue.clone())));
    matching(&typed, candidates)
}

/// Task ids in play for `report` (`ID#N`, and `3#N` once a council's number is typed), with
/// what each is.
pub fn task_ids(current: &std::ffi::OsStr) -> Vec<clap_complete::CompletionCandidate> {
    let typed = current.to_string_lossy();
    let Some(log) = log_here() else {
        return Vec::new();
    };
    let Ok(state) = log.state() else {
        return Vec::new();
    };
    let tasks = &state.summary.tasks;
    let mut candidates = Vec::new();
    let number = typed.split('#').next().unwrap_or_default();
    if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) {
        // The number form: council N's tasks in play, `N#1`, `N#2`...
        let entries = log
            .head()
            .ok()
            .and_then(|head| super::log::in_order(&log, head).ok())
            .unwrap_or_default();
        for (i, e) in entries.iter().enumerate() {
            let prefix = format!("{}#", e.id);
            candidates.extend(tasks.iter().filter_map(|t| {
                let n = t.id.strip_prefix(&prefix)?;
                Some((format!("{}#{n}", i + 1), t.what.clone()))
            }));
        }
        if typed.contains('#') {
            return matching(&typed, candidates);
        }
    }
    candidates.extend(tasks.iter().map(|t| (t.id.clone(), t.what.clone())));
    matching(&typed, candidates)
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
