//! Where each minutes file came from: the commit that added it, and any that changed it since.
//!
//! Minutes are never rewritten, and a council's `history` must be the log as
//! it was before the council was added. Git's own history shows both.

use super::{Log, MINUTES_DIR};
use anyhow::{Context as _, Result};
use git2::{Delta, DiffOptions, Oid, Sort};
use std::collections::HashMap;

/// The commits that touched one minutes file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provenance {
    pub added: Oid,
    pub changed_by: Vec<Oid>,
}

/// The log's commits in topological order (ancestors first), and who touched which minutes.
pub struct Lineage {
    pub files: HashMap<String, Provenance>,
    order: HashMap<Oid, usize>,
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
        walk.push(head)?;
        walk.set_sorting(Sort::TOPOLOGICAL | Sort::REVERSE)?;
        for (n, oid) in walk.enumerate() {
            let oid = oid?;
            order.insert(oid, n);
            let commit = repo.find_commit(oid)?;
            let tree = commit.tree()?;
            let parent_tree = match commit.parent(0) {
                Ok(parent) => Some(parent.tree()?),
                Err(_) => None,
            };
            let mut opts = DiffOptions::new();
            opts.pathspec(format!("{MINUTES_DIR}/"));
            let diff =
                repo.diff_tree_to_tree(parent_tree.as_ref(), Some(&tree), Some(&mut opts))?;
            for delta in diff.deltas() {
                let Some(path) = delta.new_file().path().and_then(|p| p.to_str()) else {
                    continue;
                };
                match delta.status() {
                    Delta::Added => {
                        found.entry(path.to_string()).or_insert(Provenance {
                            added: oid,
                            changed_by: Vec::new(),
                        });
                    }
                    Delta::Modified => {
                        if let Some(p) = found.get_mut(path) {
                            p.changed_by.push(oid);
                        }
                    }
                    _ => {}
                }
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
    pub fn is_before(&self, lineage: &Lineage, ancestor: Oid, commit: Oid) -> Result<bool> {
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
}
