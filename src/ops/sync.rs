//! `council sync`: fetch origin, integrate by merge or fast-forward, push; fetch the peers.
//!
//! The network is git's (`git fetch`, `git push`, see `log/remote.rs`); the
//! branch only moves through the write path: under the log's lock, after its
//! repair, a merge commit made by [`super::write`] (both parents kept, the
//! README generated from the merged log) or a fast-forward confirmed like a
//! commit. Nothing is pushed that was not first integrated, and nothing is
//! ever forced: a failed fetch or push leaves the local log as it was.

use super::{Added, Plan};
use crate::council::settings::CouncilToml;
use crate::error::hint;
use crate::log::{CommitId, Log, Moved, Relation};
use crate::msg;
use crate::ui::Ui;
use anyhow::Result;
use serde::Serialize;

/// How many times a sync fetches and integrates again when origin moved before the push.
const ROUNDS: usize = 3;

/// What a sync did, for `--json` and the status lines.
#[derive(Debug, Default, Serialize)]
pub struct Synced {
    /// The origin URL, or `None` when the log has none.
    pub origin: Option<String>,
    /// "up-to-date", "fast-forward" or "merge": how origin's councils came in.
    pub integrated: Option<&'static str>,
    /// The log's commit after the sync.
    pub head: Option<String>,
    pub pushed: bool,
    pub peers: Vec<PeerFetched>,
}

/// One peer's fetch: the commit fetched, or why it was skipped.
#[derive(Debug, Serialize)]
pub struct PeerFetched {
    pub name: String,
    #[serde(rename = "ref")]
    pub refname: String,
    pub commit: Option<String>,
    pub error: Option<String>,
}

/// Syncs the log with origin (when it has one) and, with `peers`, fetches every peer.
///
/// Fails when origin cannot be fetched, integrated or pushed; the local log stays as it was
/// (or holds what was integrated), and every council committed here stays committed.
pub fn sync(ui: &Ui, log: &Log, config: &CouncilToml, peers: bool) -> Result<Synced> {
    let mut synced = Synced {
        origin: log.origin_url(),
        ..Synced::default()
    };
    let origin = if synced.origin.is_some() || !peers || config.peers.is_empty() {
        with_origin(ui, log, config, &mut synced)
    } else {
        ui.note(&msg!("err-sync-no-origin"));
        Ok(())
    };
    if origin.is_ok() && synced.origin.is_some() {
        // The web site's branch (`council site --branch`) follows the log; a failure only warns.
        if let Some(branch) = log.site_branch() {
            match log.push_site(&branch) {
                Ok(()) => ui.status(
                    &crate::tr!(crate::i18n::user(), "verb-pushed"),
                    &msg!("err-sync-site-pushed", branch = branch.as_str()),
                ),
                Err(e) => ui.warn(&msg!(
                    "err-sync-site-not-pushed",
                    branch = branch.as_str(),
                    error = format!("{e:#}")
                )),
            }
        }
    }
    if peers {
        synced.peers = fetch_peers(ui, log, config);
    }
    origin.map(|()| synced)
}

fn with_origin(ui: &Ui, log: &Log, config: &CouncilToml, synced: &mut Synced) -> Result<()> {
    for round in 1..=ROUNDS {
        let theirs = log.fetch_origin().map_err(unreachable)?;
        if theirs.is_none() {
            // Origin has no branch of this name: a log on another of its branches would get
            // a second, unrelated history beside it.
            let head = log.head()?;
            if let Some(other) = log.unrelated_origin_logs(head)?.first() {
                let branch = log.branch()?;
                return Err(hint(
                    msg!("err-sync-unrelated", branch = &branch, other = other),
                    msg!(
                        "err-sync-unrelated-hint",
                        path = log.root().display().to_string(),
                        other = other
                    ),
                ));
            }
        }
        let integrated = integrate(ui, log, config, theirs)?;
        synced.integrated = Some(integrated);
        let head = log.head()?;
        synced.head = head.map(|h| h.to_string());
        if head.is_none() || head == theirs {
            ui.status(
                &crate::tr!(crate::i18n::user(), "verb-synced"),
                &msg!("err-sync-same"),
            );
            return Ok(());
        }
        match log.push_origin() {
            Ok(()) => {
                synced.pushed = true;
                ui.status(
                    &crate::tr!(crate::i18n::user(), "verb-pushed"),
                    &msg!(
                        "err-sync-pushed",
                        commit = head.map(|h| h.short()).unwrap_or_default()
                    ),
                );
                return Ok(());
            }
            // Origin moved between the fetch and the push: fetch and integrate again.
            Err(_) if round < ROUNDS && origin_moved(log, theirs) => continue,
            Err(e) => return Err(unreachable(e)),
        }
    }
    Err(hint(
        msg!("err-origin-kept-moving"),
        msg!("err-origin-kept-moving-hint"),
    ))
}

/// Tells whether origin's branch is no longer the commit fetched (a push got in first).
fn origin_moved(log: &Log, fetched: Option<CommitId>) -> bool {
    match log.fetch_origin() {
        Ok(now) => now != fetched,
        Err(_) => false,
    }
}

/// Brings origin's commit `theirs` into the branch, under the log's lock; says how.
fn integrate(
    ui: &Ui,
    log: &Log,
    config: &CouncilToml,
    theirs: Option<CommitId>,
) -> Result<&'static str> {
    let Some(theirs) = theirs else {
        return Ok("up-to-date");
    };
    let lock = super::lock(ui, log)?;
    log.refuse_detached()?;
    for _ in 0..super::ATTEMPTS {
        let Some(ours) = log.head()? else {
            return Err(hint(
                msg!("err-no-commit-yet"),
                msg!("err-no-commit-yet-hint"),
            ));
        };
        match log.relation(ours, theirs, "origin")? {
            Relation::UpToDate => return Ok("up-to-date"),
            Relation::FastForward => {
                let files = log.incoming(ours, ours, theirs, true, "origin")?;
                refuse_unverified(log, theirs, &files)?;
                match log.advance(ours, theirs, &files) {
                    Ok(notes) => {
                        for note in notes {
                            ui.warn(&note);
                        }
                        ui.status(
                            &crate::tr!(crate::i18n::user(), "verb-updated"),
                            &msg!("err-sync-updated", commit = theirs.short(), n = files.len()),
                        );
                        return Ok("fast-forward");
                    }
                    Err(e) if e.is::<Moved>() => continue,
                    Err(e) => return Err(e),
                }
            }
            Relation::Diverged { base } => {
                if let Some(note) = two_secrets(log, base, ours, theirs)? {
                    ui.warn(&note);
                }
                let state = log.state()?;
                let written = super::write(ui, log, config, &lock, state, |state| {
                    merge_plan(log, state.head, theirs)
                })?;
                ui.status(
                    &crate::tr!(crate::i18n::user(), "verb-merged"),
                    &msg!(
                        "err-sync-merged",
                        commit = written.commit.short(),
                        n = written.files.len()
                    ),
                );
                return Ok("merge");
            }
        }
    }
    Err(hint(
        msg!("err-head-moving-sync"),
        msg!("err-head-moving-sync-hint"),
    ))
}

/// Tells when the two sides of a merge look keyed by two secrets: each side wrote
/// pseudonyms since `base`, none of the incoming ones is known to this laptop's roster,
/// and no pseudonym is found on both sides. A laptop that made its own secret after the
/// fork writes new pseudonyms for people the other side already has (two pseudonyms for one
/// person from then on); the sync is where the two sets first meet. Two laptops with one
/// secret whose councils since the fork had no one in common are told too: the secrets'
/// fingerprints (`council secret export`) settle it.
fn two_secrets(
    log: &Log,
    base: CommitId,
    ours: CommitId,
    theirs: CommitId,
) -> Result<Option<String>> {
    use std::collections::BTreeSet;
    let pseudonyms = |commit: CommitId| -> Result<BTreeSet<String>> {
        Ok(log
            .minutes_at(Some(commit))?
            .iter()
            .flat_map(|s| s.record.attendees.iter().map(|a| a.name.clone()))
            .filter(|n| crate::council::privacy::is_pseudonym(n))
            .collect())
    };
    let (at_base, at_ours, at_theirs) = (pseudonyms(base)?, pseudonyms(ours)?, pseudonyms(theirs)?);
    let mine: BTreeSet<&String> = at_ours.difference(&at_base).collect();
    let incoming: BTreeSet<&String> = at_theirs.difference(&at_base).collect();
    if mine.is_empty() || incoming.is_empty() {
        return Ok(None);
    }
    let roster = super::privacy::roster(log)?;
    if incoming
        .iter()
        .any(|p| roster.real(p).is_some() || at_ours.contains(*p))
        || mine.iter().any(|p| at_theirs.contains(*p))
    {
        return Ok(None);
    }
    let fingerprint = super::privacy::secret(log)?
        .map(|s| s.fingerprint())
        .unwrap_or_else(|| "-".to_string());
    Ok(Some(msg!(
        "err-sync-two-secrets",
        mine = mine.len(),
        incoming = incoming.len(),
        fingerprint = fingerprint
    )))
}

/// The merge of `theirs` into `ours`: what it brings, and the README of the merged log.
fn merge_plan(log: &Log, ours: Option<CommitId>, theirs: CommitId) -> Result<Plan> {
    let ours = ours.ok_or_else(|| hint(msg!("err-no-commit-yet"), msg!("err-run-init")))?;
    let base = match log.relation(ours, theirs, "origin")? {
        Relation::Diverged { base } => base,
        // The branch moved meanwhile (another process synced): a merge of nothing new
        // would still tie the histories, which is harmless, so merge from `ours`.
        _ => ours,
    };
    let files = log.incoming(base, ours, theirs, false, "origin")?;
    refuse_unverified(log, theirs, &files)?;
    let (summary, config) = log.merged_summary(ours, theirs, &files)?;
    let councils: Vec<String> = files
        .iter()
        .filter(|f| f.path.starts_with("minutes/"))
        .map(|f| {
            f.path
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .trim_end_matches(".md")
                .to_string()
        })
        .collect();
    let mut message = format!(
        "Merge the councils of origin ({} new)\n\nEach council keeps the commit that added it; the README is generated from the merged log.\n",
        councils.len()
    );
    for id in &councils {
        message.push_str(&format!("\n- {id}"));
    }
    if !councils.is_empty() {
        message.push('\n');
    }
    Ok(Plan {
        files,
        added: Added::Merged(Box::new(summary), Box::new(config)),
        message,
        council_history: None,
        merge: Some(theirs),
    })
}

/// Refuses, before anything is written, to bring in record files of `theirs` that fail
/// `council verify` there: a council whose draw does not come out of its history and
/// settings, whose text is not its record's, or that was not added in a commit its
/// history comes before (a rewritten or hand-edited origin); a report-back, trace or
/// correction whose text is not its record's.
fn refuse_unverified(log: &Log, theirs: CommitId, files: &[crate::log::NewFile]) -> Result<()> {
    let records: Vec<String> = files
        .iter()
        .map(|f| f.path.clone())
        .filter(|p| {
            [
                crate::log::MINUTES_DIR,
                crate::log::REPORTS_DIR,
                crate::log::ABANDONED_DIR,
                crate::log::CORRECTIONS_DIR,
            ]
            .iter()
            .any(|dir| p.starts_with(&format!("{dir}/")))
        })
        .collect();
    if records.is_empty() {
        return Ok(());
    }
    let failed = crate::commands::verify::check_files(log, theirs, &records)?;
    if failed.is_empty() {
        return Ok(());
    }
    let mut message = msg!(
        "err-sync-unverified",
        commit = theirs.short(),
        n = failed.len()
    );
    for f in &failed {
        let problem = f
            .problems
            .first()
            .map(|p| p.message.as_str())
            .unwrap_or_default();
        let more = match f.problems.len() {
            0 | 1 => String::new(),
            n => format!(" {}", msg!("err-and-more", n = n - 1)),
        };
        message.push_str(&format!("\n  {}: {problem}{more}", f.file));
    }
    let branch = log.branch().unwrap_or_else(|_| "main".to_string());
    Err(hint(
        crate::ui::clean_lines(&message),
        msg!("err-sync-unverified-hint", branch = &branch),
    ))
}

/// Fetches every peer into `refs/peers/<slug>/head`; a peer that fails is reported and skipped.
fn fetch_peers(ui: &Ui, log: &Log, config: &CouncilToml) -> Vec<PeerFetched> {
    let mut seen = std::collections::HashSet::new();
    let mut fetched = Vec::new();
    for peer in &config.peers {
        let name = crate::ui::clean(&peer.name);
        let slug = crate::council::ids::slug(&peer.name);
        let refname = crate::log::peer_ref(&slug);
        let result = if slug.is_empty() || !seen.insert(slug.clone()) {
            Err(msg!("err-peer-ref", refname = &refname))
        } else {
            log.fetch_peer(&slug, &peer.url)
                .map_err(|e| format!("{e:#}"))
        };
        match result {
            Ok(commit) => {
                ui.status(
                    &crate::tr!(crate::i18n::user(), "verb-fetched"),
                    &msg!(
                        "err-peer-fetched",
                        name = &name,
                        commit = commit.short(),
                        refname = &refname
                    ),
                );
                fetched.push(PeerFetched {
                    name: peer.name.clone(),
                    refname,
                    commit: Some(commit.to_string()),
                    error: None,
                });
            }
            Err(e) => {
                ui.warn(&msg!(
                    "err-peer-skipped",
                    name = &name,
                    error = crate::ui::clean(&e)
                ));
                fetched.push(PeerFetched {
                    name: peer.name.clone(),
                    refname,
                    commit: None,
                    error: Some(e),
                });
            }
        }
    }
    fetched
}

/// After a council or report with `push = true`: syncs with origin, and warns if it fails.
pub fn after_write(ui: &Ui, log: &Log) {
    let config = match log.config() {
        Ok(config) => config,
        Err(_) => return,
    };
    if !config.push {
        return;
    }
    if let Err(e) = sync(ui, log, &config, false) {
        let (_, hint) = crate::error::code_and_hint(&e);
        let hint = hint.map(|h| format!(" ({h})")).unwrap_or_default();
        ui.warn(&msg!(
            "err-push-failed",
            error = format!("{e:#}"),
            hint = hint
        ));
    }
}

/// The error for a fetch or push that failed: what git said, and that nothing was lost.
fn unreachable(e: anyhow::Error) -> anyhow::Error {
    if e.is::<crate::log::Unreachable>() {
        hint(e.to_string(), msg!("err-unreachable-hint"))
    } else {
        e
    }
}
