//! `council abandon`: discard a council in progress, leaving a public trace if its lot was drawn.

use crate::clock;
use crate::convene::journal::{Journal, Step};
use crate::convene::prompt::{self, Prompter};
use crate::council::abandoned::{self, Abandoned, Reached};
use crate::council::record::Role;
use crate::council::settings::{CouncilToml, Privacy};
use crate::error::{Fail, hint};
use crate::log::{CommitId, Log, LogLock, NewFile, State};
use crate::minutes;
use crate::ops::{Added, Plan};
use crate::ui::Ui;
use anyhow::{Context as _, Result};
use std::path::Path;
use std::process::ExitCode;

/// Discard the council in progress, after confirmation.
///
/// A council abandoned after numbers were called out for its lot leaves a
/// public trace under abandoned/ (its pool, the numbers and the draw so far),
/// so drawing a lot again until it suits someone shows in the log. Before
/// that, nothing is written.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Do not ask for confirmation (for scripts).
    #[arg(long)]
    pub yes: bool,
}

pub fn cmd_abandon(ui: &Ui, log_dir: Option<&Path>, args: &Args) -> Result<ExitCode> {
    let log = Log::open(log_dir)?;
    let config = super::config(ui, &log)?;
    let path = Journal::path_in(&log);
    let journal = match Journal::load(&path) {
        Ok(journal) => journal,
        // A journal no one can read cannot be resumed either: with --yes it is set aside,
        // never deleted, so nothing in it is lost.
        Err(e) if args.yes && path.exists() => {
            let aside = path.with_extension(format!(
                "unreadable-{}.toml",
                crate::clock::now()?.0.format("%Y%m%dT%H%M%S")
            ));
            std::fs::rename(&path, &aside)
                .with_context(|| format!("failed to move {} aside", path.display()))?;
            ui.warn(&format!("{e:#}"));
            ui.status(
                &crate::tr!(crate::i18n::user(), "verb-abandoned"),
                &crate::tr!(
                    crate::i18n::user(),
                    "abandon-unreadable",
                    path = aside.display().to_string()
                ),
            );
            return Ok(ExitCode::SUCCESS);
        }
        Err(e) => return Err(e),
    };
    let Some(journal) = journal else {
        return Err(hint(
            crate::tr!(crate::i18n::user(), "err-no-council-in-progress"),
            crate::tr!(crate::i18n::user(), "err-nothing-to-abandon"),
        ));
    };
    if !args.yes {
        if !prompt::can_prompt() {
            return Err(Fail::usage(
                crate::tr!(crate::i18n::user(), "err-abandon-needs-terminal"),
                crate::tr!(crate::i18n::user(), "err-abandon-pass-yes"),
            ));
        }
        crate::convene::on_interrupt();
        let question = crate::tr!(
            crate::i18n::user(),
            "abandon-question",
            issue = &journal.answers.issue
        );
        if !Prompter::new(ui.color_err).confirm(&question, false)? {
            ui.note(&crate::tr!(crate::i18n::user(), "abandon-kept"));
            return Ok(ExitCode::SUCCESS);
        }
    }
    abandon(ui, &log, &config, journal)?;
    Ok(ExitCode::SUCCESS)
}

/// Discards the journal; commits the public trace first when numbers were called out.
pub fn abandon(ui: &Ui, log: &Log, config: &CouncilToml, journal: Journal) -> Result<()> {
    let called = journal
        .answers
        .draw
        .sources
        .as_ref()
        .is_some_and(|s| !s.is_empty());
    if !called {
        journal.remove()?;
        ui.status(
            &crate::tr!(crate::i18n::user(), "verb-abandoned"),
            &crate::tr!(crate::i18n::user(), "abandon-no-lot"),
        );
        return Ok(());
    }
    // The trace holds the people as the council took them down. Names taken down under
    // `names` are not published into a log that has since chosen to write none.
    let begun = journal.progress.privacy.unwrap_or(Privacy::Names);
    if begun == Privacy::Names && config.privacy != Privacy::Names {
        let lang = crate::i18n::user();
        return Err(hint(
            crate::tr!(lang, "privacy-abandon-names", now = config.privacy.as_str()),
            crate::tr!(lang, "privacy-abandon-names-hint"),
        ));
    }
    let lock = super::lock(ui, log)?;
    let state = log.state()?;
    let history = match &journal.progress.history {
        Some(commit) => log.history_at(Some(CommitId::parse(commit)?))?,
        None => state.history(),
    };
    // The pools of the trace are the ones the council drew from: under cards, no person
    // carries over.
    let privacy = journal
        .progress
        .settings
        .map_or(config.privacy, |f| f.privacy);
    let history = history.for_privacy(privacy);
    let next = journal.progress.next;
    let reached = Reached {
        role: match next {
            n if n >= Step::Spokesperson => Some(Role::Spokesperson),
            n if n >= Step::Facilitator => Some(Role::Facilitator),
            _ => None,
        },
        pending: matches!(next, Step::Facilitator | Step::Spokesperson),
    };
    let now = clock::now()?;
    let rotation = journal
        .progress
        .settings
        .map_or(config.rotation, |f| f.rotation);
    // The trace is public: free text naming someone this laptop knows (typed in the issue
    // before the names were taken down) is withheld, and the trace still written.
    let mut answers = journal.answers.clone();
    let known = crate::ops::privacy::known_names(log, config)?;
    let known = crate::council::privacy::Known::new(known.iter().map(String::as_str));
    let withheld = crate::tr!(config.language, "privacy-withheld");
    let scrub = |text: &mut String| {
        if known.named_in(text).is_some() {
            text.clone_from(&withheld);
            true
        } else {
            false
        }
    };
    let mut scrubbed = scrub(&mut answers.issue);
    if let Some(place) = &mut answers.place {
        scrubbed |= scrub(place);
    }
    if scrubbed {
        ui.note(&crate::tr!(crate::i18n::user(), "privacy-trace-withheld"));
    }
    let (oid, path) = commit_trace(ui, log, config, &lock, state, |taken| {
        let mut trace = abandoned::trace(
            &answers,
            &history,
            rotation,
            reached,
            now,
            crate::ops::tool(),
            taken,
        );
        if let Some(problem) = &mut trace.draw.problem
            && known.named_in(problem).is_some()
        {
            problem.clone_from(&withheld);
        }
        trace
    })?;
    journal.remove()?;
    ui.status(
        &crate::tr!(crate::i18n::user(), "verb-abandoned"),
        &crate::tr!(
            crate::i18n::user(),
            "abandon-public",
            path = &path,
            commit = oid.short().to_string()
        ),
    );
    Ok(())
}

/// Commits the public trace of an abandoned lot, with the README regenerated.
///
/// `trace` builds the trace given which ids are taken (any id an `abandoned/`
/// file ever had); it is called again if HEAD moves. Returns the commit and the path.
pub fn commit_trace(
    ui: &Ui,
    log: &Log,
    config: &CouncilToml,
    lock: &LogLock,
    state: State,
    trace: impl Fn(&dyn Fn(&str) -> bool) -> Abandoned,
) -> Result<(CommitId, String)> {
    let written = crate::ops::write(ui, log, config, lock, state, |state| {
        let taken = |id: &str| state.id_taken(log, crate::log::ABANDONED_DIR, id);
        let mut trace = trace(&taken);
        trace.language = config.language.named();
        Ok(Plan {
            files: vec![NewFile {
                path: trace.path(),
                bytes: minutes::render_abandoned(&trace).into_bytes(),
                replace: false,
            }],
            message: format!(
                "{} Abandoned: {}",
                trace.started.date(),
                crate::ui::clean(&trace.issue)
            ),
            added: Added::Abandoned(Box::new(trace)),
            council_history: None,
            merge: None,
        })
    })?;
    Ok((written.commit, written.files[0].clone()))
}
