//! Where each file of the public record came from: the commit that added it, and any that
//! changed, removed or re-added it since.
//!
//! The log is append-only: a minutes file, report-back, abandoned trace or
//! correction, once committed, is never changed or removed. A council's
//! `history` must be the log as it was just before the commit that added it.
//! Git's own history shows both, walked once, oldest first.

use super::{ABANDONED_DIR, CORRECTIONS_DIR, CommitId, Log, MINUTES_DIR, REPORTS_DIR, TreeId};
use crate::msg;
use anyhow::{Context as _, Result};
use git2::{Delta, DiffOptions, ObjectType, Oid, Repository, Sort, Tree};
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
            found.push(msg!("err-changed-by", commit = short(*c)));
        }
        for (c, blob) in &self.removed_by {
            if log.was_a_record(path, *blob) {
                found.push(msg!("err-removed-by", commit = short(*c)));
            }
        }
        for c in &self.readded_by {
            found.push(msg!("err-readded-by", commit = short(*c)));
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

/// A file of the public record that one commit added, changed or removed.
struct Change {
    status: Delta,
    path: String,
    /// The new content's id; for a removal, the content it had.
    id: Oid,
}

/// The files below the record folders that differ from `old` to `new`, oldest path first.
///
/// What `diff_tree_to_tree` with the folders as pathspecs lists (a type change
/// is a removal and an addition), but a folder whose tree id is the same on
/// both sides is skipped without being read: a commit that adds one council
/// reads only the folders on that file's path, however large the log.
fn record_changes(
    repo: &Repository,
    old: Option<&Tree<'_>>,
    new: &Tree<'_>,
) -> Result<Vec<Change>> {
    let mut changes = Vec::new();
    for dir in super::RECORD_DIRS {
        let folder = |tree: Option<&Tree<'_>>| -> Result<Option<Tree<'_>>> {
            match tree.and_then(|t| t.get_name(dir)) {
                Some(e) if e.kind() == Some(ObjectType::Tree) => Ok(Some(repo.find_tree(e.id())?)),
                _ => Ok(None),
            }
        };
        let (a, b) = (folder(old)?, folder(Some(new))?);
        diff_folders(repo, a.as_ref(), b.as_ref(), dir, &mut changes)?;
    }
    Ok(changes)
}

/// Lists the files that differ between two versions of the folder `prefix`, recursively.
fn diff_folders(
    repo: &Repository,
    old: Option<&Tree<'_>>,
    new: Option<&Tree<'_>>,
    prefix: &str,
    out: &mut Vec<Change>,
) -> Result<()> {
    if let (Some(a), Some(b)) = (old, new)
        && a.id() == b.id()
    {
        return Ok(());
    }
    // Both sides in git's order (a folder's name sorts as if followed by `/`), merged.
    let listed = |tree: Option<&Tree<'_>>| -> Vec<Entry> {
        tree.map(|t| {
            t.iter()
                .map(|e| Entry {
                    name: e.name_bytes().to_vec(),
                    id: e.id(),
                    folder: e.kind() == Some(ObjectType::Tree),
                    mode: e.filemode(),
                })
                .collect()
        })
        .unwrap_or_default()
    };
    let (a, b) = (listed(old), listed(new));
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        let order = match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) => x.sort_key().cmp(y.sort_key()),
            (Some(_), None) => std::cmp::Ordering::Less,
            _ => std::cmp::Ordering::Greater,
        };
        let (was, is) = match order {
            std::cmp::Ordering::Less => (a.get(i), None),
            std::cmp::Ordering::Greater => (None, b.get(j)),
            std::cmp::Ordering::Equal => (a.get(i), b.get(j)),
        };
        if was.is_some() {
            i += 1;
        }
        if is.is_some() {
            j += 1;
        }
        if let (Some(x), Some(y)) = (was, is)
            && x.id == y.id
            && x.mode == y.mode
        {
            continue;
        }
        let name = was.or(is).map(|e| e.name.as_slice()).unwrap_or_default();
        let Ok(name) = std::str::from_utf8(name) else {
            continue;
        };
        let path = format!("{prefix}/{name}");
        if was.is_some_and(|e| e.folder) || is.is_some_and(|e| e.folder) {
            let folder = |e: Option<&Entry>| -> Result<Option<Tree<'_>>> {
                match e {
                    Some(e) if e.folder => Ok(Some(repo.find_tree(e.id)?)),
                    _ => Ok(None),
                }
            };
            let (fa, fb) = (folder(was)?, folder(is)?);
            diff_folders(repo, fa.as_ref(), fb.as_ref(), &path, out)?;
            continue;
        }
        match (was, is) {
            // A file that became a link (or back) is removed and added, as libgit2 lists it.
            (Some(x), Some(y)) if kind_of(x.mode) != kind_of(y.mode) => {
                out.push(Change {
                    status: Delta::Deleted,
                    path: path.clone(),
                    id: x.id,
                });
                out.push(Change {
                    status: Delta::Added,
                    path,
                    id: y.id,
                });
            }
            (Some(_), Some(y)) => out.push(Change {
                status: Delta::Modified,
                path,
                id: y.id,
            }),
            (Some(x), None) => out.push(Change {
                status: Delta::Deleted,
                path,
                id: x.id,
            }),
            (None, Some(y)) => out.push(Change {
                status: Delta::Added,
                path,
                id: y.id,
            }),
            (None, None) => {}
        }
    }
    Ok(())
}

/// One entry of a tree, as [`diff_folders`] compares them.
struct Entry {
    name: Vec<u8>,
    id: Oid,
    folder: bool,
    mode: i32,
}

impl Entry {
    /// Git's order of tree entries: a folder's name sorts as if followed by `/`.
    fn sort_key(&self) -> impl Iterator<Item = u8> + Clone + '_ {
        self.name.iter().copied().chain(self.folder.then_some(b'/'))
    }
}

/// The kind of a file by its mode: a regular file (either permission), a link, a submodule.
fn kind_of(mode: i32) -> i32 {
    mode & 0o170000
}

pub fn short(commit: CommitId) -> String {
    commit.short()
}

impl Log {
    /// Walks the log's history once, oldest first, diffing each commit against its first parent.
    pub fn lineage(&self) -> Result<Lineage> {
        self.lineage_from(self.head()?)
    }

    /// Walks the history of `head` (a peer's fetched log, for `federation verify`) once.
    pub fn lineage_from(&self, head: Option<CommitId>) -> Result<Lineage> {
        let mut found: HashMap<String, Provenance> = HashMap::new();
        let mut order = HashMap::new();
        let Some(head) = head else {
            return Ok(Lineage {
                files: found,
                order,
            });
        };
        let repo = self.repo();
        let mut walk = repo.revwalk().with_context(|| msg!("err-walk-history"))?;
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
            let changes = record_changes(repo, parents.first(), &tree)?;
            // In a merge, what the other side brought was judged at the other side's commits.
            let from_other_side = |path: &str, blob: Oid| {
                parents
                    .iter()
                    .skip(1)
                    .any(|t| t.get_path(Path::new(path)).is_ok_and(|e| e.id() == blob))
            };
            let mut added_here: Vec<String> = Vec::new();
            for change in &changes {
                let path = change.path.as_str();
                match change.status {
                    Delta::Added => {
                        if from_other_side(path, change.id) {
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
                        if from_other_side(path, change.id) {
                            continue;
                        }
                        if let Some(p) = found.get_mut(path) {
                            p.changed_by.push(CommitId(oid));
                        }
                    }
                    Delta::Deleted => {
                        if let Some(p) = found.get_mut(path) {
                            p.removed_by.push((CommitId(oid), Blob(change.id)));
                        }
                    }
                    _ => {}
                }
            }
            // A merge drops a file as surely as a deletion does, whichever side held it.
            for other in parents.iter().skip(1) {
                for change in record_changes(repo, Some(other), &tree)? {
                    if change.status != Delta::Deleted {
                        continue;
                    }
                    if let Some(p) = found.get_mut(&change.path)
                        && !p.removed_by.iter().any(|(c, _)| c.0 == oid)
                    {
                        p.removed_by.push((CommitId(oid), Blob(change.id)));
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
}
