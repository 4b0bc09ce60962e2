//! One file per subcommand: arguments in, core calls, output out. No rules live here.

pub mod abandon;
pub mod completions;
pub mod convene;
pub mod correct;
pub mod delegates;
pub mod draw;
pub mod federation;
pub mod feed;
pub mod init;
pub mod ledger;
pub mod log;
pub mod notice;
pub mod report;
pub mod resume;
pub mod run;
pub mod secret;
pub mod show;
pub mod site;
pub mod stats;
pub mod sync;
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
        Command::Sync(args) => sync::cmd_sync(ui, log, args),
        Command::Federation(args) => federation::cmd_federation(ui, log, args),
        Command::Secret(args) => secret::cmd_secret(ui, log, args),
        Command::Site(args) => site::cmd_site(ui, log, args),
        Command::Feed(args) => feed::cmd_feed(ui, log, args),
        Command::Notice(args) => notice::cmd_notice(ui, log, args),
        Command::Completions(args) => completions::cmd_completions(args),
        Command::Man(_) => completions::cmd_man(),
    }
}

pub use crate::ops::{config, lock};

/// Prints a value as pretty JSON on stdout.
/// Reads, for a read command, every council at HEAD as `keep` projects it, oldest first,
/// and every filed report-back: nothing of a council's draw is kept.
///
/// Like [`crate::log::Log::snapshot`], it fails on the first file of the log
/// that cannot be read: minutes, report-backs, abandoned traces, corrections.
///
/// What `keep` projects is cached by blob id under `kind` (see
/// [`crate::log::Log::scan_minutes_cached`]); `finish` turns it into what the command holds.
pub fn read_councils<C, T>(
    log: &crate::log::Log,
    kind: &str,
    keep: impl Fn(crate::council::Record) -> C + Sync,
    finish: impl Fn(C) -> T,
    key: impl Fn(&T) -> (crate::council::time::Timestamp, &str),
    with_reports: bool,
) -> Result<(Vec<T>, Vec<crate::council::report::Report>)>
where
    C: Send + serde::Serialize + serde::de::DeserializeOwned,
{
    log.trust_object_ids();
    let head = log.head()?;
    let mut found = log.scan_minutes_cached(head, kind, keep, finish)?;
    found.sort_by(|a, b| key(&a.item).cmp(&key(&b.item)));
    // Every command fails on a file of the log it cannot read, as `snapshot` does; the
    // filed report-backs (from their cache) are kept only by those that show tasks.
    let mut reports = log.scan_reports(head)?;
    if !with_reports {
        reports = Vec::new();
    }
    log.abandoned_at(head)?;
    log.corrections_at(head)?;
    Ok((found.into_iter().map(|s| s.item).collect(), reports))
}

/// A table's header in the user's language: each name is the English column, looked up as `column-NAME`.
pub fn columns(names: &[&str]) -> Vec<String> {
    names
        .iter()
        .map(|n| {
            crate::tr!(
                crate::i18n::user(),
                &format!("column-{}", n.replace(' ', "-"))
            )
        })
        .collect()
}

/// A task's status for a table: the record's own word in English ("open"), translated otherwise.
pub fn status_word(status: crate::council::answers::TaskStatus) -> String {
    match crate::i18n::user() {
        crate::i18n::Lang::En => status.as_str().to_string(),
        lang => crate::tr!(lang, &format!("status-{}", status.as_str())),
    }
}

/// A decision's outcome for a table: the record's word in English ("adopted"), translated
/// otherwise ("adoptée").
pub fn outcome_word(outcome: &str) -> String {
    match crate::i18n::user() {
        crate::i18n::Lang::En => outcome.to_string(),
        lang if matches!(outcome, "adopted" | "rejected" | "none") => {
            crate::tr!(lang, &format!("outcome-{outcome}"))
        }
        _ => outcome.to_string(),
    }
}

pub fn print_json<T: serde::Serialize>(ui: &Ui, value: &T) -> Result<()> {
    ui.json(value)?;
    Ok(())
}

/// The council `typed` names at `commit`: its id, its number in `council log` (`3`), or
/// enough of its id to name one council (`bench`, `2026-11-16-the-bench`), found among the
/// minutes' file names without reading them (a number reads the log's order from the
/// projection cache). Returns the id and its file.
/// A council's number as typed (`3`): whole, counted from 1.
pub fn number(typed: &str) -> Option<usize> {
    if typed.is_empty() || typed.len() > 9 || !typed.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    typed.parse().ok()
}

/// The council numbered `n` in `council log` at `commit`.
pub fn numbered(
    log: &crate::log::Log,
    commit: Option<crate::log::CommitId>,
    n: usize,
) -> Result<log::Entry> {
    let mut entries = log::in_order(log, commit)?;
    let count = entries.len();
    if n == 0 || n > count {
        return Err(crate::error::hint(
            crate::tr!(
                crate::i18n::user(),
                "err-council-numbered",
                n = n,
                count = count
            ),
            crate::tr!(crate::i18n::user(), "err-council-numbered-hint"),
        ));
    }
    Ok(entries.swap_remove(n - 1))
}

/// A task typed as `3#1`: the first task of council 3 in `council log`. Anything else is
/// returned as it was typed.
pub fn numbered_task(
    log: &crate::log::Log,
    commit: Option<crate::log::CommitId>,
    typed: &str,
) -> Result<String> {
    // The task's number as a number: `3#01` is `3#1`.
    match typed.split_once('#').map(|(c, t)| (c, number(t))) {
        Some((council, Some(task))) => match number(council) {
            Some(n) => Ok(format!("{}#{task}", numbered(log, commit, n)?.id)),
            None => Ok(format!("{council}#{task}")),
        },
        _ => Ok(typed.to_string()),
    }
}

pub fn council_named(
    log: &crate::log::Log,
    commit: Option<crate::log::CommitId>,
    typed: &str,
) -> Result<(String, String)> {
    let paths = log.minutes_paths(commit)?;
    let id_of = |path: &String| -> String {
        path.rsplit('/')
            .next()
            .unwrap_or_default()
            .trim_end_matches(".md")
            .to_string()
    };
    let ids: Vec<(String, &String)> = paths.iter().map(|p| (id_of(p), p)).collect();
    if let Some((id, path)) = ids.iter().find(|(id, _)| id == typed) {
        return Ok((id.clone(), (*path).clone()));
    }
    if let Some(n) = number(typed) {
        // A number within the log's count is that council; beyond it, a part of an id (`23`).
        let council = numbered(log, commit, n);
        if council.is_ok() || !ids.iter().any(|(id, _)| id.contains(typed)) {
            return council.map(|e| (e.id, e.file));
        }
    }
    let found: Vec<&(String, &String)> = ids
        .iter()
        .filter(|(id, _)| !typed.is_empty() && id.contains(typed))
        .collect();
    match found.as_slice() {
        [(id, path)] => Ok((id.clone(), (*path).clone())),
        [] => {
            let known: Vec<&str> = ids.iter().map(|(id, _)| id.as_str()).collect();
            Err(verify::unknown_council(typed, &known))
        }
        many => Err(councils_named(
            typed,
            &many.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>(),
        )),
    }
}

/// The error for a part of an id that names several councils: the first few, and what to do.
pub fn councils_named(typed: &str, ids: &[&str]) -> anyhow::Error {
    crate::error::hint(
        crate::tr!(
            crate::i18n::user(),
            "err-councils-named",
            typed = format!("{typed:?}"),
            n = ids.len(),
            ids = ids
                .iter()
                .take(5)
                .map(|id| format!("{id:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        crate::tr!(crate::i18n::user(), "err-councils-named-hint"),
    )
}
