//! The one write path: every command that writes to the log goes through [`write`].
//!
//! The sequence is always the same, in one place: the log's lock (held by the
//! caller, so a council's draw and its commit see one history) → the state
//! of HEAD (its commit and the summary of its files) → the command's own files → the regenerated README → the
//! signature → the commit on exactly that state → confirming the commit
//! exists and the branch points at it → the index and work tree. When HEAD
//! moves meanwhile (another git client), the files, README and ids are
//! computed again from the new state; a council is only committed onto the
//! log its pools were computed from. Like cargo's `ops`, this sits under the
//! commands and the interactive driver, and never talks to git2 itself.

use crate::clock;
use crate::council::Record;
use crate::council::abandoned::Abandoned;
use crate::council::correction::Correction;
use crate::council::report::Report;
use crate::council::settings::CouncilToml;
use crate::council::summary::Item;
use crate::council::time::Date;
use crate::error::Fail;
use crate::log::{CommitId, Log, LogLock, NewFile, Signature, State};
use crate::msg;
use crate::readme;
use crate::ui::Ui;
use anyhow::Result;
use rand::{Rng, TryRngCore};

pub mod privacy;
pub mod sync;

/// What a commit adds to the log, for the README regenerated with it.
pub enum Added {
    /// Nothing yet: a new log.
    Start,
    Council(Box<Record>),
    /// A filed report-back, with the path it is filed at.
    Report(Report, String),
    Abandoned(Box<Abandoned>),
    /// A correction, with the path it is filed at.
    Correction(Correction, String),
    /// Another copy of the log merged in: the summary of the merged log, and its
    /// settings (`council.toml` as merged), which the README is generated with.
    Merged(Box<crate::council::summary::Summary>, Box<CouncilToml>),
}

/// What one command writes, computed from the state of the log.
pub struct Plan {
    /// The command's own files; the README is added by [`write`].
    pub files: Vec<NewFile>,
    pub added: Added,
    pub message: String,
    /// For a council: the history its pools were computed from. The commit's
    /// parent must hold exactly the minutes of that history.
    pub council_history: Option<Option<String>>,
    /// For a merge (`council sync`): the other side, kept as the second parent.
    pub merge: Option<CommitId>,
}

impl Plan {
    /// Commits a council's minutes, onto the log its pools were computed from.
    pub fn council(record: &Record) -> Plan {
        Plan {
            files: vec![NewFile {
                path: record.path(),
                bytes: crate::minutes::render(record).into_bytes(),
                replace: false,
            }],
            added: Added::Council(Box::new(record.clone())),
            message: commit_message(record),
            council_history: Some(record.history.clone()),
            merge: None,
        }
    }

    /// Commits one record file (a report-back, a correction) at the first of `path(1)`,
    /// `path(2)`, ... that no commit of the log ever held.
    pub fn record_file(
        log: &Log,
        state: &State,
        path: impl Fn(usize) -> String,
        bytes: Vec<u8>,
        added: impl FnOnce(String) -> Added,
        message: String,
    ) -> Result<Plan> {
        let mut n = 1;
        while state.ever_held(log, &path(n))? {
            n += 1;
        }
        Ok(Plan {
            files: vec![NewFile {
                path: path(n),
                bytes,
                replace: false,
            }],
            added: added(path(n)),
            message,
            council_history: None,
            merge: None,
        })
    }
}

/// A commit that exists and that the branch points at.
pub struct Written {
    pub commit: CommitId,
    /// The paths the command wrote (the README aside).
    pub files: Vec<String>,
}

const ATTEMPTS: usize = 24;

/// Writes what `plan` computes from the log, as one commit; see the module docs.
///
/// `plan` is called again with a new snapshot whenever HEAD moved before the
/// commit. Problems after the commit (the index or work tree) are warnings:
/// the commit stands, and the next write repairs the tool's own paths.
pub fn write(
    ui: &Ui,
    log: &Log,
    config: &CouncilToml,
    _lock: &LogLock,
    state: State,
    mut plan: impl FnMut(&State) -> Result<Plan>,
) -> Result<Written> {
    log.refuse_detached()?;
    let mut state = state;
    let signature = signature(ui, config)?;
    let mut remaining = ATTEMPTS;
    while remaining > 0 {
        let today = clock::now()?.date();
        let planned = plan(&state)?;
        let mut files = planned.files;
        let paths: Vec<String> = files.iter().map(|f| f.path.clone()).collect();
        files.push(readme_file(log, config, &state, &planned.added, today)?);
        match log.commit(
            &files,
            &planned.message,
            &signature,
            state.head,
            planned.council_history.as_ref().map(|h| h.as_deref()),
            planned.merge,
        ) {
            Ok((commit, notes)) => {
                for note in notes {
                    ui.warn(&note);
                }
                return Ok(Written {
                    commit,
                    files: paths,
                });
            }
            Err(e) if e.is::<crate::log::Moved>() => {
                // Another git client committed meanwhile: plan again on its commit.
                remaining -= 1;
                state = log.state()?;
            }
            Err(e) => return Err(e),
        }
    }
    Err(Fail::new(msg!("err-head-kept-moving")).into())
}

/// Checks, before the laptop rolls numbers, what would refuse the commit of a council:
/// the branch, the identity, and links on the paths it writes.
///
/// A council refused after its numbers were rolled leaves a trace; this keeps
/// the refusals that do not depend on the lot from ever getting that far.
pub fn preflight(
    log: &Log,
    config: &CouncilToml,
    _lock: &LogLock,
    answers: &crate::council::Answers,
) -> Result<()> {
    log.refuse_detached()?;
    let (name, email) = author(config);
    signature_at(name, email)?;
    let year = match answers.started {
        Some(started) => started.date().to_string(),
        None => clock::now()?.date().to_string(),
    };
    let year = year.get(..4).unwrap_or("0000");
    log.refuse_links(&[
        "README.md",
        &format!("{}/{year}/x.md", crate::log::MINUTES_DIR),
        &format!("{}/{year}/x.md", crate::log::ABANDONED_DIR),
    ])
}

/// The log's README regenerated with what a commit adds: the summary of HEAD
/// with the added file folded in (all the files again when it cannot be).
pub fn readme_file(
    log: &Log,
    config: &CouncilToml,
    state: &State,
    added: &Added,
    today: Date,
) -> Result<NewFile> {
    let summary = match added {
        Added::Start => (*state.summary).clone(),
        Added::Council(record) => {
            log.summary_with(state, &Item::Council(record, &record.path()))?
        }
        Added::Report(report, at) => log.summary_with(state, &Item::Report(report, at))?,
        Added::Abandoned(trace) => {
            log.summary_with(state, &Item::Abandoned(trace, &trace.path()))?
        }
        Added::Correction(c, at) => log.summary_with(state, &Item::Correction(c, at))?,
        Added::Merged(summary, _) => (**summary).clone(),
    };
    // A merge may bring a new council.toml: the merged log's README follows it.
    let config = match added {
        Added::Merged(_, merged) => merged,
        _ => config,
    };
    Ok(NewFile {
        path: "README.md".to_string(),
        bytes: (readme::render(&config.name, config.language, &summary, today)
            + &privacy::readme_note(config))
            .into_bytes(),
        replace: true,
    })
}

/// The git author of the log's commits: `[identity]`, else the council's name, with a warning.
pub fn signature(ui: &Ui, config: &CouncilToml) -> Result<Signature> {
    let (name, email) = author(config);
    if config.identity.is_none() {
        ui.warn(&msg!(
            "err-no-identity",
            name = crate::ui::clean(&config.name)
        ));
    }
    signature_at(name, email)
}

/// Who signs the log's commits: `[identity]`, else the council's name.
fn author(config: &CouncilToml) -> (&str, &str) {
    match &config.identity {
        Some(identity) => (&identity.name, &identity.email),
        None => (&config.name, "council@localhost"),
    }
}

/// A signature at the tool's clock, so fixed-time runs give fixed commits.
pub fn signature_at(name: &str, email: &str) -> Result<Signature> {
    let now = clock::now()?;
    Signature::at(name, email, now)
}

/// The settings in force: `council.toml` as committed, with warnings for what is not used.
pub fn config(ui: &Ui, log: &Log) -> Result<CouncilToml> {
    let config = log.config()?;
    if log.config_drift()? {
        ui.warn(&msg!("err-config-drift"));
    }
    Ok(config)
}

/// Takes the log's write lock, telling the user while another process holds it, then
/// repairs what an interrupted write left.
pub fn lock(ui: &Ui, log: &Log) -> Result<LogLock> {
    let lock = log.lock(|p, holder| {
        ui.status(
            &crate::tr!(crate::i18n::user(), "verb-waiting"),
            &msg!(
                "err-waiting-lock",
                path = p.display().to_string(),
                holder = holder
            ),
        )
    })?;
    // Whatever the command goes on to do, first repair what an interrupted write left:
    // the index and work tree, its own stale locks and temporary files.
    for note in log.repair()? {
        ui.status(&crate::tr!(crate::i18n::user(), "verb-repaired"), &note);
    }
    Ok(lock)
}

/// Rolls two sources of five numbers from the OS random source, about 66 bits in all.
pub fn roll() -> Vec<String> {
    let mut rng = rand::rngs::OsRng.unwrap_err();
    (0..2)
        .map(|_| {
            (0..5)
                .map(|_| rng.random_range(1..=99u32).to_string())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// The tool and version recorded in every file it writes.
pub fn tool() -> String {
    format!("flash-council {}", env!("CARGO_PKG_VERSION"))
}

/// Reads well in `git log --oneline`: date, issue, outcome.
pub fn commit_message(record: &Record) -> String {
    let issue: String = crate::ui::clean(&record.issue);
    let issue = if issue.chars().count() > 60 {
        format!("{}...", issue.chars().take(57).collect::<String>())
    } else {
        issue
    };
    let mut message = format!(
        "{} {}: {}\n\nFacilitator {}, spokesperson {}; drawn by lot with key {}.\n",
        record.started.date(),
        issue,
        record.decision.outcome.as_str(),
        crate::ui::clean(&record.facilitator),
        crate::ui::clean(&record.spokesperson),
        record.draw.key
    );
    if let Some(decision) = crate::council::summary::decision_of(record) {
        message.push_str(&format!(
            "Decision ({}): {}\n",
            record.decision.outcome.as_str(),
            one_line(&decision)
        ));
    }
    if let Some(review) = record.decision.review {
        message.push_str(&format!("Review on {review}.\n"));
    }
    if !record.tasks.is_empty() {
        message.push_str(&format!("Tasks: {}.\n", record.tasks.len()));
        for task in &record.tasks {
            let who: Vec<String> = task.who.iter().map(|n| crate::ui::clean(n)).collect();
            let due = task.due.map(|d| format!(", by {d}")).unwrap_or_default();
            message.push_str(&format!(
                "- {} ({}{due})\n",
                one_line(&task.what),
                who.join(", ")
            ));
        }
    }
    message
}

/// Text from a record on one line of a commit message: control characters and line breaks gone.
fn one_line(text: &str) -> String {
    let text = crate::ui::clean(&text.replace(['\n', '\r'], " "));
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::ColorChoice;

    #[test]
    fn when_head_moves_the_files_and_readme_are_computed_again_from_the_new_log() {
        let dir = tempfile::TempDir::new().unwrap();
        let ui = Ui::new(ColorChoice::Never, true);
        let log = crate::commands::init::init(&ui, Some(dir.path()), "default", None, None, None)
            .unwrap();
        let config = log.config().unwrap();
        let lock = lock(&ui, &log).unwrap();
        let first = log.state().unwrap();
        let mut calls = Vec::new();
        let written = write(&ui, &log, &config, &lock, first, |state| {
            calls.push(state.head);
            if calls.len() == 1 {
                // Another git client commits between our snapshot and our commit.
                log.commit(
                    &[NewFile {
                        path: "notes.txt".into(),
                        bytes: b"theirs".to_vec(),
                        replace: false,
                    }],
                    "theirs",
                    &signature_at("Neighbor", "n@example.org").unwrap(),
                    state.head,
                    None,
                    None,
                )
                .unwrap();
            }
            Ok(Plan {
                files: vec![NewFile {
                    path: format!("reports/2026/r{}.md", calls.len()),
                    bytes: b"x".to_vec(),
                    replace: false,
                }],
                added: Added::Start,
                message: "ours".into(),
                council_history: None,
                merge: None,
            })
        })
        .unwrap();
        assert_eq!(calls.len(), 2, "planned again on the new HEAD");
        assert_ne!(calls[0], calls[1]);
        assert_eq!(written.files, ["reports/2026/r2.md"]);
        let head = log.head().unwrap().unwrap();
        assert_eq!(head, written.commit);
        assert!(
            log.read_at(head, "notes.txt").unwrap().is_some(),
            "theirs is kept"
        );
    }
}
