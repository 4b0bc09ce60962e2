//! Where each file of the public record came from: the commit that added it, and any that
//! changed, removed or re-added it since.
//!
//! The log is append-only: a minutes file, report-back, abandoned trace or
//! correction, once committed, is never changed or removed. A council's
//! `history` must be the log as it was just before the commit that added it.
//! Git's own history shows both, walked once, oldest first.

use super::{ABANDONED_DIR, CORRECTIONS_DIR, CommitId, Log, MINUTES_DIR, REPORTS_DIR, TreeId};
use anyhow::{Context as _, Result};
use git2::{Delta, DiffOptions, Oid, Sort, Tree};
use std::collections::HashMap;
use std::path::Path;

/// The commits that touched one file of the public record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provenance {
    /// The commit that first added the file.
    pub added: CommitId,
    /// That commit's first parent: the log as it was when the file was added.
    pub parent: Option<CommitId>,
    pub changed_by: Vec<CommitId>,
    /// Each removal, with the content the file had just before it.
    pub removed_by: Vec<(CommitId, Blob)>,
    pub readded_by: Vec<CommitId>,
    /// Other files of the public record the adding commit added with it.
    pub added_with: Vec<String>,
}

/// A file's content as git stores it, by id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Blob(pub(super) Oid);

impl Provenance {
    /// Everything that broke the append-only rule for this file, in words.
    pub fn breaches(&self, log: &Log, path: &str) -> Vec<String> {
        let mut found = Vec::new();
        for c in &self.changed_by {
            found.push(format!(
                "changed after it was committed, by commit {}",
                short(*c)
            ));
        }
        for (c, blob) in &self.removed_by {
            if log.was_a_record(path, *blob) {
                found.push(format!("removed by commit {}", short(*c)));
            }
        }
        for c in &self.readded_by {
            found.push(format!(
                "added again by commit {} after it had been removed",
                short(*c)
            ));
        }
        found
    }
}

/// The log's commits in topological order (ancestors first), and who touched which file.
pub struct Lineage {
    pub files: HashMap<String, Provenance>,
    order: HashMap<Oid, usize>,
}

impl Lineage {
    /// Where `commit` comes in the log's history, ancestors first.
    pub fn order_of(&self, commit: CommitId) -> Option<usize> {
        self.order.get(&commit.0).copied()
    }

    /// Tells whether `path` was held by a commit that comes before `commit`.
    pub fn held_before(&self, path: &str, commit: CommitId) -> bool {
        match (self.files.get(path), self.order.get(&commit.0)) {
            (Some(p), Some(&at)) => self.order.get(&p.added.0).is_some_and(|&n| n < at),
            _ => false,
        }
    }
}

/// The folders whose files are never rewritten.
const RECORDS: [&str; 4] = [MINUTES_DIR, REPORTS_DIR, ABANDONED_DIR, CORRECTIONS_DIR];

pub fn short(commit: CommitId) -> String {
    commit.short()
}

impl Log {
    /// Walks the log's history once, oldest first, diffing each commit against its first parent.
    pub fn lineage(&self) -> Result<Lineage> {
        let mut found: HashMap<String, Provenance> = HashMap::new();
        let mut order = HashMap::new();
        let Some(head) = self.head()? else {
            return Ok(Lineage {
                files: found,
                order,
            });
        };
        let repo = self.repo();
        let mut walk = repo.revwalk().context("failed to walk the log's history")?;
        walk.push(head.0)?;
        walk.set_sorting(Sort::TOPOLOGICAL | Sort::REVERSE)?;
        for (n, oid) in walk.enumerate() {
            let oid = oid?;
            order.insert(oid, n);
            let commit = repo.find_commit(oid)?;
            let tree = commit.tree()?;
            let parents: Vec<Tree<'_>> = commit
                .parents()
                .map(|p| p.tree())
                .collect::<Result<_, _>>()?;
            let mut opts = DiffOptions::new();
            for dir in RECORDS {
                opts.pathspec(format!("{dir}/"));
            }
            let diff = repo.diff_tree_to_tree(parents.first(), Some(&tree), Some(&mut opts))?;
            // In a merge, what the other side brought was judged at the other side's commits.
            let from_other_side = |path: &str, blob: Oid| {
                parents
                    .iter()
                    .skip(1)
                    .any(|t| t.get_path(Path::new(path)).is_ok_and(|e| e.id() == blob))
            };
            let mut added_here: Vec<String> = Vec::new();
            for delta in diff.deltas() {
                let file = match delta.status() {
                    Delta::Deleted => delta.old_file(),
                    _ => delta.new_file(),
                };
                let Some(path) = file.path().and_then(|p| p.to_str()) else {
                    continue;
                };
                match delta.status() {
                    Delta::Added => {
                        if from_other_side(path, file.id()) {
                            continue;
                        }
                        match found.get_mut(path) {
                            Some(p) => p.readded_by.push(CommitId(oid)),
                            None => {
                                added_here.push(path.to_string());
                                found.insert(
                                    path.to_string(),
                                    Provenance {
                                        added: CommitId(oid),
                                        parent: commit.parent_id(0).ok().map(CommitId),
                                        changed_by: Vec::new(),
                                        removed_by: Vec::new(),
                                        readded_by: Vec::new(),
                                        added_with: Vec::new(),
                                    },
                                );
                            }
                        }
                    }
                    Delta::Modified | Delta::Typechange => {
                        if from_other_side(path, file.id()) {
                            continue;
                        }
                        if let Some(p) = found.get_mut(path) {
                            p.changed_by.push(CommitId(oid));
                        }
                    }
                    Delta::Deleted => {
                        if let Some(p) = found.get_mut(path) {
                            p.removed_by.push((CommitId(oid), Blob(file.id())));
                        }
                    }
                    _ => {}
                }
            }
            // A merge drops a file as surely as a deletion does, whichever side held it.
            for other in parents.iter().skip(1) {
                let diff = repo.diff_tree_to_tree(Some(other), Some(&tree), Some(&mut opts))?;
                for delta in diff.deltas() {
                    if delta.status() != Delta::Deleted {
                        continue;
                    }
                    let file = delta.old_file();
                    if let Some(p) = file
                        .path()
                        .and_then(|p| p.to_str())
                        .and_then(|path| found.get_mut(path))
                        && !p.removed_by.iter().any(|(c, _)| c.0 == oid)
                    {
                        p.removed_by.push((CommitId(oid), Blob(file.id())));
                    }
                }
            }
            // Files this commit added, so two councils added together are seen as such.
            if added_here.len() > 1 {
                for path in &added_here {
                    if let Some(p) = found.get_mut(path) {
                        p.added_with = added_here.iter().filter(|o| *o != path).cloned().collect();
                    }
                }
            }
        }
        // Whatever HEAD lacks was removed somewhere, even where no diff above showed it.
        let head_tree = repo.find_commit(head.0)?.tree()?;
        for (path, p) in found.iter_mut() {
            if p.removed_by.is_empty() && head_tree.get_path(Path::new(path)).is_err() {
                let blob = repo
                    .find_commit(p.added.0)
                    .and_then(|c| c.tree())
                    .and_then(|t| t.get_path(Path::new(path)))
                    .map(|e| e.id())
                    .unwrap_or(Oid::ZERO_SHA1);
                p.removed_by.push((head, Blob(blob)));
            }
        }
        Ok(Lineage {
            files: found,
            order,
        })
    }

    /// Tells whether `ancestor` is a strict ancestor of `commit`, both in HEAD's history.
    ///
    /// Walks back from `commit` but never past `ancestor`'s place in the
    /// topological order (nothing there can lead to it), so the walk is as
    /// short as the distance between the two: usually one parent.
    pub fn is_before(
        &self,
        lineage: &Lineage,
        ancestor: CommitId,
        commit: CommitId,
    ) -> Result<bool> {
        let (ancestor, commit) = (ancestor.0, commit.0);
        let (Some(&floor), Some(_)) = (lineage.order.get(&ancestor), lineage.order.get(&commit))
        else {
            return Ok(false);
        };
        let mut stack = vec![commit];
        let mut seen = std::collections::HashSet::new();
        while let Some(at) = stack.pop() {
            for parent in self.repo().find_commit(at)?.parent_ids() {
                if parent == ancestor {
                    return Ok(true);
                }
                if lineage.order.get(&parent).is_some_and(|&n| n > floor) && seen.insert(parent) {
                    stack.push(parent);
                }
            }
        }
        Ok(false)
    }

    /// The tree of every minutes file in `commit` (`None`: no minutes, or no commit).
    ///
    /// Two commits with the same minutes tree hold exactly the same councils.
    pub fn minutes_tree(&self, commit: Option<CommitId>) -> Result<Option<TreeId>> {
        let Some(commit) = commit else {
            return Ok(None);
        };
        let tree = self.repo().find_commit(commit.0)?.tree()?;
        Ok(tree.get_name(MINUTES_DIR).map(|e| TreeId(e.id())))
    }

    /// The minutes files that differ between two commits (added, removed or changed), at most `most`.
    pub fn minutes_between(
        &self,
        from: Option<CommitId>,
        to: Option<CommitId>,
        most: usize,
    ) -> Result<Vec<String>> {
        let tree = |c: Option<CommitId>| -> Result<Option<Tree<'_>>> {
            Ok(match c {
                Some(c) => Some(self.repo().find_commit(c.0)?.tree()?),
                None => None,
            })
        };
        let (a, b) = (tree(from)?, tree(to)?);
        let mut opts = DiffOptions::new();
        opts.pathspec(format!("{MINUTES_DIR}/"));
        let diff = self
            .repo()
            .diff_tree_to_tree(a.as_ref(), b.as_ref(), Some(&mut opts))?;
        Ok(diff
            .deltas()
            .filter_map(|d| {
                let f = if d.status() == Delta::Deleted {
                    d.old_file()
                } else {
                    d.new_file()
                };
                f.path().and_then(|p| p.to_str()).map(str::to_string)
            })
            .take(most)
            .collect())
    }

    /// Tells whether a file's content, as it was, was a readable record of its folder's kind.
    ///
    /// Removing a file that never was a record (junk committed by hand) breaks no promise.
    pub fn was_a_record(&self, path: &str, blob: Blob) -> bool {
        let Some(text) = self
            .repo()
            .find_blob(blob.0)
            .ok()
            .and_then(|b| String::from_utf8(b.content().to_vec()).ok())
        else {
            return false;
        };
        let dir = path.split('/').next().unwrap_or_default();
        match dir {
            MINUTES_DIR => crate::minutes::parse(&text).is_ok(),
            REPORTS_DIR => crate::minutes::parse_report(&text).is_ok(),
            ABANDONED_DIR => crate::minutes::parse_abandoned(&text).is_ok(),
            CORRECTIONS_DIR => crate::minutes::parse_correction(&text).is_ok(),
            _ => true,
        }
    }

    /// The commits after `history` up to `parent` that changed `council.toml`, with their times.
    ///
    /// A council drawn by the settings of its `history` while newer settings
    /// were already committed before it started would have chosen its rules.
    pub fn settings_changes(
        &self,
        history: Option<CommitId>,
        parent: CommitId,
    ) -> Result<Vec<(CommitId, i64)>> {
        let repo = self.repo();
        let mut walk = repo.revwalk()?;
        walk.push(parent.0)?;
        if let Some(history) = history {
            walk.hide(history.0)?;
        }
        let mut found = Vec::new();
        for oid in walk {
            let commit = repo.find_commit(oid?)?;
            let config = |c: &git2::Commit<'_>| {
                c.tree()
                    .ok()
                    .and_then(|t| t.get_name(super::CONFIG_FILE).map(|e| e.id()))
            };
            let before = commit.parent(0).ok().and_then(|p| config(&p));
            if config(&commit) != before {
                found.push((CommitId(commit.id()), commit.time().seconds()));
            }
        }
        Ok(found)
    }

    /// Tells whether any commit in HEAD's history held minutes with the council id `id`.
    pub fn council_id_ever_held(&self, id: &str) -> bool {
        id.get(..4).is_some_and(|year| {
            self.ever_held(&format!("{MINUTES_DIR}/{year}/{id}.md"))
                .unwrap_or(false)
        })
    }

    /// Tells whether any commit in HEAD's history ever held `path`.
    ///
    /// Ids are never given twice, even after a deletion.
    pub fn ever_held(&self, path: &str) -> Result<bool> {
        let Some(head) = self.head()? else {
            return Ok(false);
        };
        let mut walk = self.repo().revwalk()?;
        walk.push(head.0)?;
        for oid in walk {
            let tree = self.repo().find_commit(oid?)?.tree()?;
            if tree.get_path(Path::new(path)).is_ok() {
                return Ok(true);
            }
        }
        Ok(false)
    }
}
