//! flash-council: run neighborhood flash councils and keep their minutes in a public git log.
//!
//! `answers -> session (pure) -> minutes (text) -> log (git)`; see ARCHITECTURE.md.

pub mod cli;
pub mod clock;
pub mod commands;
pub mod convene;
pub mod council;
pub mod error;
pub mod i18n;
pub mod input;
pub mod json;
pub mod log;
pub mod minutes;
pub mod ops;
pub mod readme;
#[cfg(test)]
mod robustness;
pub mod site;
pub mod ui;

use std::process::ExitCode;

/// Parses the command line, runs the command, prints any error once, and gives the exit code.
pub fn main() -> ExitCode {
    // A shell asking what to complete (COMPLETE=bash council -- ...) is answered and exits.
    commands::completions::answer_shell();
    let cli = cli::parse();
    i18n::set_user(i18n::user_lang(cli.lang.as_deref(), |v| {
        std::env::var(v).ok()
    }));
    let ui = ui::Ui::new(cli.color, cli.quiet);
    match commands::dispatch(&cli, &ui) {
        Ok(code) => code,
        Err(e) if error::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => match convene::prompt::interrupted(&e) {
            // Ctrl-C at a prompt: one line that says how to go on, not an error.
            Some(interrupted) => {
                ui.interrupted(&interrupted.to_string());
                ExitCode::from(error::FAILURE)
            }
            None => {
                let (code, hint) = error::code_and_hint(&e);
                let causes: Vec<String> = e.chain().skip(1).map(|c| c.to_string()).collect();
                ui.error(&e.to_string(), &causes, hint.as_deref());
                code
            }
        },
    }
}
