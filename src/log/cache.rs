//! The summary cache: what a new council and the README need, kept per commit in the git directory.
//!
//! `<git dir>/council/summaries/<commit id>.json` holds the [`Summary`] of
//! the record files of that commit. It is derived, never trusted over the
//! files: a summary is only ever read back for the very commit it was made
//! from (commits never change), a file that does not parse or comes from
//! another format is ignored, and deleting the folder only costs one full
//! read of the log. `verify` never reads it.
//!
//! A commit without a summary gets one from the nearest summarized commit
//! it descends from: the record files added since are folded in
//! (`summary.rs`), and every commit in between is checked for record files
//! it deleted, so an id is never given twice. When the log moved any other
//! way (a reset to an older commit, an edited or deleted record, a
//! back-dated council), the summary is built again from all the files.
//! Only the newest few summaries are kept.

use super::{CORRECTIONS_DIR, CommitId, Log, MINUTES_DIR, REPORTS_DIR, unreadable};
use crate::council::pools::Source;
use crate::council::summary::{Item, Lookup, Summary};
use crate::council::{History, Record};
use crate::minutes;
use crate::msg;
use anyhow::{Context as _, Result};
use git2::{ObjectType, Oid, Repository, Tree};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Bumped whenever [`Summary`] or the fold changes meaning: older files are then ignored.
const FORMAT: u32 = 7;
/// How many summaries are kept: HEAD and a few before it (a reset, a second branch).
const KEEP: usize = 6;
/// Past this many commits between a summary and HEAD, all the files are read instead.
const MAX_WALK: usize = 20_000;

#[derive(Serialize, Deserialize)]
struct Stored {
    format: u32,
    commit: String,
    summary: Summary,
}

/// The log at HEAD as the write path sees it: the commit and the summary of its files.
#[derive(Clone)]
pub struct State {
    pub head: Option<CommitId>,
    pub summary: Arc<Summary>,
    repo_path: PathBuf,
}

impl State {
    /// The history a new council consults: answered from the summary, reading a council when needed.
    pub fn history(&self) -> History {
        let commit = self.head.map(|h| h.to_string());
        match self.head {
            None => History::new(None, Vec::new()),
            Some(head) => History::summarized(
                commit,
                Arc::clone(&self.summary),
                Arc::new(Files {
                    repo_path: self.repo_path.clone(),
                    repo: Mutex::new(None),
                    commit: head.0,
                }),
            ),
        }
    }

    /// Tells whether the id was ever that of a file in record folder `dir` (`minutes`,
    /// `abandoned`): ids are never given twice, even after a deletion. When unsure, taken.
    pub fn id_taken(&self, log: &Log, dir: &str, id: &str) -> bool {
        let path = format!("{dir}/{}/{id}.md", crate::council::ids::year_of(id));
        self.ever_held(log, &path).unwrap_or(true)
    }

    /// Tells whether `path` is or ever was a record file of this log's history.
    pub fn ever_held(&self, log: &Log, path: &str) -> Result<bool> {
        if self.summary.gone.contains(path) {
            return Ok(true);
        }
        match self.head {
            Some(head) => Ok(log.read_at(head, path)?.is_some()),
            None => Ok(false),
        }
    }
}

/// Reads councils of one commit for a summarized [`History`], with a repository of its own.
struct Files {
    repo_path: PathBuf,
    repo: Mutex<Option<Repository>>,
    commit: Oid,
}

impl Files {
    fn with<T>(&self, f: impl FnOnce(&Log) -> Result<T>) -> Result<T> {
        let mut slot = self.repo.lock().unwrap_or_else(|e| e.into_inner());
        let repo = match slot.take() {
            Some(repo) => repo,
            None => Repository::open(&self.repo_path).with_context(|| {
                msg!(
                    "err-open-failed",
                    path = self.repo_path.display().to_string()
                )
            })?,
        };
        let log = Log::from_repo(repo);
        let result = f(&log);
        *slot = Some(log.repo);
        result
    }
}

impl Source for Files {
    fn council(&self, id: &str, path: &str) -> Result<Option<Record>> {
        let commit = CommitId(self.commit);
        let _ = id;
        self.with(|log| read_council(log, commit, path))
    }

    fn all(&self) -> Result<Vec<Arc<Record>>> {
        let commit = CommitId(self.commit);
        self.with(|log| {
            Ok(log
                .minutes_at(Some(commit))?
                .into_iter()
                .map(|s| s.record)
                .collect())
        })
    }
}

fn read_council(log: &Log, commit: CommitId, path: &str) -> Result<Option<Record>> {
    let Some(bytes) = log.read_at(commit, path)? else {
        return Ok(None);
    };
    let text = String::from_utf8(bytes)
        .map_err(|_| anyhow::anyhow!(msg!("err-not-utf8-short", path = path)))?;
    Ok(Some(
        minutes::parse(&text).map_err(|e| unreadable(path, commit, e))?,
    ))
}

/// The trees read last, by id: a walk compares each commit's trees with its parent's.
struct Trees<'r> {
    repo: &'r Repository,
    kept: Vec<(Oid, Tree<'r>)>,
}

impl<'r> Trees<'r> {
    fn get(&mut self, id: Oid) -> Result<Tree<'r>> {
        if let Some((_, tree)) = self.kept.iter().find(|(kept, _)| *kept == id) {
            return Ok(tree.clone());
        }
        let tree = self.repo.find_tree(id)?;
        self.kept.push((id, tree.clone()));
        if self.kept.len() > 32 {
            self.kept.remove(0);
        }
        Ok(tree)
    }

    /// The folder `name` of `tree`, if it is one.
    fn folder(&mut self, tree: &Tree<'_>, name: &str) -> Result<Option<Tree<'r>>> {
        match tree.get_name(name) {
            Some(e) if e.kind() == Some(ObjectType::Tree) => Ok(Some(self.get(e.id())?)),
            _ => Ok(None),
        }
    }
}

/// Adds to `gone` the `.md` files in the year folders of `dir` that `before` holds and `after`
/// does not. Folders are compared by the ids their parent lists; only a changed one is read.
fn deleted_between(
    trees: &mut Trees<'_>,
    before: &Tree<'_>,
    after: &Tree<'_>,
    dir: &str,
    gone: &mut BTreeSet<String>,
) -> Result<()> {
    let entry_id = |t: &Tree<'_>| t.get_name(dir).map(|e| e.id());
    if entry_id(before) == entry_id(after) {
        return Ok(());
    }
    let Some(old) = trees.folder(before, dir)? else {
        return Ok(());
    };
    let new = trees.folder(after, dir)?;
    for year in old.iter() {
        if year.kind() != Some(ObjectType::Tree) {
            continue;
        }
        let name = year.name().unwrap_or_default();
        let new_id = new.as_ref().and_then(|n| n.get_name(name)).map(|e| e.id());
        if new_id == Some(year.id()) {
            continue;
        }
        let new_year = match &new {
            Some(new) => trees.folder(new, name)?,
            None => None,
        };
        let old_year = trees.get(year.id())?;
        for file in old_year.iter() {
            let file_name = file.name().unwrap_or_default();
            if file.kind() != Some(ObjectType::Blob) || !file_name.ends_with(".md") {
                continue;
            }
            if new_year
                .as_ref()
                .is_none_or(|t| t.get_name(file_name).is_none())
            {
                gone.insert(format!("{dir}/{name}/{file_name}"));
            }
        }
    }
    Ok(())
}

/// Answers a fold's questions from the files of one commit.
struct TreeLookup<'a> {
    log: &'a Log,
    commit: Option<CommitId>,
}

impl Lookup for TreeLookup<'_> {
    fn has_task(&self, task: &str) -> bool {
        let Some((council, _)) = crate::council::ids::split_task_id(task) else {
            return false;
        };
        self.council(council)
            .is_some_and(|r| r.tasks.iter().any(|t| t.id == task))
    }

    fn council_path(&self, id: &str) -> Option<String> {
        self.council(id).map(|r| r.path())
    }

    fn has_mandate(&self, council: &str) -> bool {
        self.council(council)
            .is_some_and(|r| crate::council::summary::gives_mandate(&r))
    }
}

impl TreeLookup<'_> {
    fn council(&self, id: &str) -> Option<Record> {
        let path = format!("{MINUTES_DIR}/{}/{id}.md", crate::council::ids::year_of(id));
        read_council(self.log, self.commit?, &path)
            .ok()
            .flatten()
            .filter(|r| r.id == id)
    }
}

/// A record file that differs between two commits.
struct Change {
    path: String,
    blob: Oid,
}

impl Log {
    /// The write path's view of HEAD: its commit and the summary of its record files.
    pub fn state(&self) -> Result<State> {
        self.state_at(self.head()?)
    }

    /// The write path's view of one commit.
    pub fn state_at(&self, head: Option<CommitId>) -> Result<State> {
        Ok(State {
            head,
            summary: Arc::new(self.summary_at(head)?),
            repo_path: self.repo.path().to_path_buf(),
        })
    }

    fn cache_dir(&self) -> PathBuf {
        self.repo.path().join("council").join("summaries")
    }

    fn cached(&self, commit: Oid) -> Option<Summary> {
        let text = std::fs::read(self.cache_dir().join(format!("{commit}.json"))).ok()?;
        let stored: Stored = serde_json::from_slice(&text).ok()?;
        if stored.format != FORMAT || stored.commit != commit.to_string() {
            return None;
        }
        let mut summary = stored.summary;
        summary.reindex();
        Some(summary)
    }

    /// Keeps a summary for `commit`; a cache that cannot be written only costs speed later.
    fn keep(&self, commit: Oid, summary: &Summary) {
        let dir = self.cache_dir();
        let stored = Stored {
            format: FORMAT,
            commit: commit.to_string(),
            summary: summary.clone(),
        };
        let Ok(bytes) = serde_json::to_vec(&stored) else {
            return;
        };
        if std::fs::create_dir_all(&dir).is_err() {
            return;
        }
        let path = dir.join(format!("{commit}.json"));
        let temporary = dir.join(format!(".{commit}.{}.tmp", std::process::id()));
        if std::fs::write(&temporary, bytes).is_err() || std::fs::rename(&temporary, &path).is_err()
        {
            let _ = std::fs::remove_file(&temporary);
            return;
        }
        // The newest few are kept; the rest (and temporary files a kill left) go.
        let mut entries: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| {
                let modified = e.metadata().ok()?.modified().ok()?;
                Some((modified, e.path()))
            })
            .collect();
        entries.sort_by_key(|e| std::cmp::Reverse(e.0));
        for (_, old) in entries.into_iter().skip(KEEP) {
            if old != path {
                let _ = std::fs::remove_file(old);
            }
        }
    }

    /// The summaries kept, newest first.
    fn kept(&self) -> Vec<Oid> {
        let mut entries: Vec<(std::time::SystemTime, Oid)> = std::fs::read_dir(self.cache_dir())
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| {
                let name = e.file_name().into_string().ok()?;
                let oid = Oid::from_str(name.strip_suffix(".json")?).ok()?;
                Some((e.metadata().ok()?.modified().ok()?, oid))
            })
            .collect();
        entries.sort_by_key(|e| std::cmp::Reverse(e.0));
        entries.into_iter().map(|(_, oid)| oid).collect()
    }

    /// The summary of the record files of `commit`, from the cache when it can be.
    pub fn summary_at(&self, commit: Option<CommitId>) -> Result<Summary> {
        let Some(commit) = commit else {
            return Ok(Summary::default());
        };
        // A shallow clone's history is cut: a summary made there could not know the files
        // deleted before the cut, and would be wrong for the same commit once deepened.
        if cache_disabled() || self.is_shallow() {
            return self.build_summary(commit, self.all_gone(commit.0, None)?);
        }
        if let Some(summary) = self.cached(commit.0) {
            return Ok(summary);
        }
        let summary = match self.grown_from_ancestor(commit)? {
            Some(summary) => summary,
            None => self.build_summary(commit, self.all_gone(commit.0, None)?)?,
        };
        self.keep(commit.0, &summary);
        Ok(summary)
    }

    /// Grows the summary of a kept ancestor of `commit`, if there is one close enough.
    fn grown_from_ancestor(&self, commit: CommitId) -> Result<Option<Summary>> {
        for base in self.kept() {
            let Some(walked) = self.commits_since(commit.0, base)? else {
                continue;
            };
            let Some(mut summary) = self.cached(base) else {
                continue;
            };
            let gone = self.all_gone(commit.0, Some((base, &walked, &summary.gone)))?;
            let base_tree = self.repo.find_commit(base)?.tree()?;
            let tree = self.repo.find_commit(commit.0)?.tree()?;
            let (added, other) = self.changes(&base_tree, &tree)?;
            if other {
                return Ok(Some(self.build_summary(commit, gone)?));
            }
            let texts: Vec<(String, String)> = added
                .iter()
                .map(|c| Ok((c.path.clone(), self.blob_text(&c.path, c.blob)?)))
                .collect::<Result<_>>()?;
            let parsed = parse_items(&texts, commit)?;
            let mut items: Vec<Item<'_>> = parsed.iter().map(Parsed::item).collect();
            items.sort_by_cached_key(Item::key);
            let lookup = TreeLookup {
                log: self,
                commit: Some(commit),
            };
            let mut folded = true;
            for item in &items {
                if summary.add(item, &lookup).is_err() {
                    folded = false;
                    break;
                }
            }
            if !folded {
                return Ok(Some(self.build_summary(commit, gone)?));
            }
            summary.gone = gone;
            return Ok(Some(summary));
        }
        Ok(None)
    }

    /// The commits reachable from `commit` and not from `base`, when `base` is an ancestor
    /// within reach.
    fn commits_since(&self, commit: Oid, base: Oid) -> Result<Option<Vec<Oid>>> {
        if commit == base {
            return Ok(Some(Vec::new()));
        }
        let mut walk = self.repo.revwalk()?;
        walk.push(commit)?;
        walk.hide(base)?;
        let mut walked = Vec::new();
        let mut reaches_base = false;
        for oid in walk {
            let oid = oid?;
            if walked.len() >= MAX_WALK {
                return Ok(None);
            }
            let c = self.repo.find_commit(oid)?;
            reaches_base |= c.parent_ids().any(|p| p == base);
            walked.push(oid);
        }
        Ok(reaches_base.then_some(walked))
    }

    /// Every record file a commit of `commit`'s history deleted: from `since` (a kept
    /// summary's commit, the commits after it and what it knew), or from the root.
    fn all_gone(
        &self,
        commit: Oid,
        since: Option<(Oid, &Vec<Oid>, &BTreeSet<String>)>,
    ) -> Result<BTreeSet<String>> {
        let (mut gone, commits) = match since {
            Some((_, walked, known)) => (known.clone(), walked.clone()),
            None => {
                let mut walk = self.repo.revwalk()?;
                walk.push(commit)?;
                (BTreeSet::new(), walk.collect::<Result<Vec<_>, _>>()?)
            }
        };
        // Walking back, a commit's parent is usually the next commit walked: the trees it
        // compares are the ones just read, kept here instead of being inflated again.
        let mut trees = Trees {
            repo: &self.repo,
            kept: Vec::new(),
        };
        for oid in commits {
            let c = self.repo.find_commit(oid)?;
            let tree = trees.get(c.tree_id())?;
            for parent in c.parent_ids() {
                let before = trees.get(self.repo.find_commit(parent)?.tree_id())?;
                if before.id() == tree.id() {
                    continue;
                }
                for dir in super::RECORD_DIRS {
                    deleted_between(&mut trees, &before, &tree, dir, &mut gone)?;
                }
            }
        }
        Ok(gone)
    }

    fn subtree<'r>(&'r self, tree: &Tree<'r>, name: &str) -> Result<Option<Tree<'r>>> {
        match tree.get_name(name) {
            Some(e) if e.kind() == Some(ObjectType::Tree) => {
                Ok(Some(e.to_object(&self.repo)?.peel_to_tree()?))
            }
            _ => Ok(None),
        }
    }

    /// The record files `after` adds to `before`, and whether it also changed or removed any.
    fn changes(&self, before: &Tree<'_>, after: &Tree<'_>) -> Result<(Vec<Change>, bool)> {
        let mut added = Vec::new();
        let mut other = false;
        for dir in super::RECORD_DIRS {
            let entry_id = |t: &Tree<'_>| t.get_name(dir).map(|e| e.id());
            if entry_id(before) == entry_id(after) {
                continue;
            }
            let old = self.subtree(before, dir)?;
            let Some(new) = self.subtree(after, dir)? else {
                other |= old.is_some();
                continue;
            };
            if let Some(old) = &old {
                // A year folder gone is a removal.
                other |= old.iter().any(|y| {
                    y.kind() == Some(ObjectType::Tree)
                        && new.get_name(y.name().unwrap_or("")).is_none()
                });
            }
            for year in new.iter() {
                if year.kind() != Some(ObjectType::Tree) {
                    continue;
                }
                let name = year.name().unwrap_or_default();
                let old_id = old.as_ref().and_then(|o| o.get_name(name)).map(|e| e.id());
                if old_id == Some(year.id()) {
                    continue;
                }
                let old_year = match &old {
                    Some(old) => self.subtree(old, name)?,
                    None => None,
                };
                let new_year = year.to_object(&self.repo)?.peel_to_tree()?;
                if let Some(old_year) = &old_year {
                    for entry in old_year.iter() {
                        let entry_name = entry.name().unwrap_or_default();
                        if entry_name.ends_with(".md")
                            && new_year
                                .get_name(entry_name)
                                .is_none_or(|n| n.id() != entry.id())
                        {
                            other = true;
                        }
                    }
                }
                for file in new_year.iter() {
                    let file_name = file.name().unwrap_or_default();
                    if file.kind() != Some(ObjectType::Blob) || !file_name.ends_with(".md") {
                        continue;
                    }
                    let known = old_year.as_ref().and_then(|t| t.get_name(file_name));
                    match known {
                        Some(k) if k.id() == file.id() => {}
                        Some(_) => other = true,
                        None => added.push(Change {
                            path: format!("{dir}/{name}/{file_name}"),
                            blob: file.id(),
                        }),
                    }
                }
            }
        }
        Ok((added, other))
    }

    /// Folds every record file of `commit`.
    fn build_summary(&self, commit: CommitId, gone: BTreeSet<String>) -> Result<Summary> {
        self.build_summary_with(Some(commit), None, gone)
    }

    /// Folds every record file of `commit`, and one file about to be committed.
    fn build_summary_with(
        &self,
        commit: Option<CommitId>,
        extra: Option<&Item<'_>>,
        gone: BTreeSet<String>,
    ) -> Result<Summary> {
        // One file at a time, kept only as what the fold reads: a log of 100,000 councils
        // would not fit in memory with every draw's pools.
        // Parsed on every core (`scan_blobs`); objects are not hashed again, as for the
        // read commands (`verify` keeps that check).
        let mut parsed = Vec::new();
        if let Some(commit) = commit {
            self.trust_object_ids();
            for dir in super::RECORD_DIRS {
                let blobs = self.year_blobs(commit, dir)?;
                let found = self.scan_blobs(commit, blobs, |text| parse_one(dir, text))?;
                parsed.extend(found.into_iter().map(|s| s.item.at(s.path)));
            }
        }
        let mut items: Vec<Item<'_>> = parsed.iter().map(Parsed::item).collect();
        if let Some(extra) = extra {
            items.push(*extra);
        }
        let mut summary = Summary::of(items);
        summary.gone = gone;
        Ok(summary)
    }

    /// The summary of HEAD with one more file, about to be committed, folded in.
    pub fn summary_with(&self, state: &State, item: &Item<'_>) -> Result<Summary> {
        let mut summary = (*state.summary).clone();
        let lookup = TreeLookup {
            log: self,
            commit: state.head,
        };
        if !cache_disabled() && summary.add(item, &lookup).is_ok() {
            return Ok(summary);
        }
        self.build_summary_with(state.head, Some(item), state.summary.gone.clone())
    }
}

/// The summary cache is off (`COUNCIL_NO_CACHE=1`): every command folds all the files,
/// the new one included (the reference the cache is tested against).
pub(super) fn cache_disabled() -> bool {
    std::env::var_os("COUNCIL_NO_CACHE").is_some_and(|v| !v.is_empty() && v != "0")
}

enum Parsed {
    Council(Box<Record>, String),
    Report(crate::council::report::Report, String),
    Correction(crate::council::correction::Correction, String),
    Abandoned(Box<crate::council::abandoned::Abandoned>, String),
}

impl Parsed {
    fn item(&self) -> Item<'_> {
        match self {
            Parsed::Council(r, p) => Item::Council(r, p),
            Parsed::Report(r, p) => Item::Report(r, p),
            Parsed::Correction(c, p) => Item::Correction(c, p),
            Parsed::Abandoned(a, p) => Item::Abandoned(a, p),
        }
    }
}

/// A record file parsed, before its path is attached.
enum One {
    Council(Box<Record>),
    Report(crate::council::report::Report),
    Correction(crate::council::correction::Correction),
    Abandoned(Box<crate::council::abandoned::Abandoned>),
}

impl One {
    fn at(self, path: String) -> Parsed {
        match self {
            One::Council(r) => Parsed::Council(r, path),
            One::Report(r) => Parsed::Report(r, path),
            One::Correction(c) => Parsed::Correction(c, path),
            One::Abandoned(a) => Parsed::Abandoned(a, path),
        }
    }
}

/// Parses a file of record folder `dir`, keeping what the fold reads.
fn parse_one(dir: &str, text: &str) -> Result<One, minutes::MinutesError> {
    Ok(match dir {
        MINUTES_DIR => {
            let mut record = minutes::parse(text)?;
            // The draw's steps (pools, who was left out) are for `verify`, not the fold.
            record.draw.steps = Vec::new();
            One::Council(Box::new(record))
        }
        REPORTS_DIR => One::Report(minutes::parse_report(text)?),
        CORRECTIONS_DIR => One::Correction(minutes::parse_correction(text)?),
        _ => One::Abandoned(Box::new(minutes::parse_abandoned(text)?)),
    })
}

fn parse_items(texts: &[(String, String)], commit: CommitId) -> Result<Vec<Parsed>> {
    texts
        .iter()
        .map(|(path, text)| {
            let dir = path.split('/').next().unwrap_or_default();
            let one = parse_one(dir, text).map_err(|e| unreadable(path, commit, e))?;
            Ok(one.at(path.clone()))
        })
        .collect()
}
