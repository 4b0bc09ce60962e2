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
use crate::clock;
use crate::council::Record;
use crate::council::abandoned::Abandoned;
use crate::council::correction::Correction;
use crate::council::report::Report;
use crate::council::settings::CouncilToml;
use crate::council::time::Date;
use crate::error::hint;
use crate::log::{Log, LogLock, NewFile, Snapshot};
use crate::readme;
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

/// What a commit adds to the log, for the README regenerated with it.
pub enum Adding<'a> {
    Council(&'a Record),
    Report(&'a Report),
    Abandoned(&'a Abandoned),
    Correction(&'a Correction),
}

/// The log's README regenerated with what a commit adds.
pub fn readme_file(
    config: &CouncilToml,
    snapshot: &Snapshot,
    adding: Adding<'_>,
    today: Date,
) -> NewFile {
    let mut records = snapshot.records();
    let mut reports = snapshot.reports.clone();
    let mut abandoned = snapshot.abandoned.clone();
    let mut corrections: Vec<Correction> = snapshot
        .corrections
        .iter()
        .map(|(_, c)| c.clone())
        .collect();
    match adding {
        Adding::Council(record) => records.push(record),
        Adding::Report(report) => reports.push(report.clone()),
        Adding::Abandoned(trace) => abandoned.push(trace.clone()),
        Adding::Correction(c) => corrections.push(c.clone()),
    }
    let index = readme::Index {
        name: &config.name,
        records: &records,
        reports: &reports,
        abandoned: &abandoned,
        corrections: &corrections,
        today,
    };
    NewFile {
        path: "README.md".to_string(),
        bytes: readme::render(&index).into_bytes(),
        replace: true,
    }
}

/// The git author of the log's commits: `[identity]`, else the council's name, with a warning.
pub fn signature(ui: &Ui, config: &CouncilToml) -> Result<git2::Signature<'static>> {
    match &config.identity {
        Some(identity) => signature_at(&identity.name, &identity.email),
        None => {
            ui.warn(&format!(
                "council.toml has no [identity]: committing as \"{}\" <council@localhost>; add an [identity] with name and email to choose",
                config.name
            ));
            signature_at(&config.name, "council@localhost")
        }
    }
}

/// A signature at the tool's clock, so fixed-time runs give fixed commits.
pub fn signature_at(name: &str, email: &str) -> Result<git2::Signature<'static>> {
    let now = clock::now()?;
    let time = git2::Time::new(now.0.timestamp(), now.0.offset().local_minus_utc() / 60);
    git2::Signature::new(name, email, &time).map_err(|e| {
        hint(
            format!(
                "the identity \"{name}\" <{email}> cannot sign a commit: {}",
                e.message()
            ),
            "set [identity] name and email in council.toml",
        )
    })
}

/// The settings in force: `council.toml` as committed, with a warning when the working copy differs.
pub fn config(ui: &Ui, log: &Log) -> Result<CouncilToml> {
    let config = log.config()?;
    if log.config_drift()? {
        ui.warn(
            "council.toml has uncommitted changes, which are not used: the settings in force are the committed ones. Commit the change with git to put it in force",
        );
    }
    Ok(config)
}

/// Takes the log's write lock, telling the user while another process holds it.
pub fn lock(ui: &Ui, log: &Log) -> Result<LogLock> {
    log.lock(|p| ui.status("Waiting", &format!("for the lock on {}", p.display())))
}

/// Prints a value as pretty JSON on stdout.
pub fn print_json<T: serde::Serialize>(ui: &Ui, value: &T) -> Result<()> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    ui.out(&text)?;
    Ok(())
}
