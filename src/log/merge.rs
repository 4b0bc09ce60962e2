//! What another copy of the log brings: the files a sync writes, by merge or fast-forward.
//!
//! Councils are new files, so two copies of a log that grew apart merge
//! without conflict: the merge commit keeps both parents (each council keeps
//! the commit that added it, which `verify` relies on), takes every file the
//! other side added, and gets a README generated from the merged log, never a
//! merge of two generated texts. What the log never does is refused before
//! anything is written: a record file changed or deleted, a file both sides
//! wrote differently (two councils given one id), a link or submodule.

use super::commit::{NewFile, insert};
use super::{ABANDONED_DIR, CORRECTIONS_DIR, CommitId, Log, MINUTES_DIR, REPORTS_DIR};
use crate::council::settings::CouncilToml;
use crate::council::summary::Summary;
use crate::error::hint;
use crate::msg;
use anyhow::Result;
use git2::{Delta, DiffOptions, FileMode, Oid, Tree};
use std::path::Path;

const README: &str = "README.md";

/// How the own branch relates to the other side's commit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// The other side holds nothing the own branch lacks.
    UpToDate,
    /// The own branch is an ancestor of the other side: move it there.
    FastForward,
    /// Both sides have commits of their own, since `base`.
    Diverged { base: CommitId },
}

impl Log {
    /// Tells how `ours` relates to `theirs`; refuses logs with no commit in common.
    pub fn relation(&self, ours: CommitId, theirs: CommitId, from: &str) -> Result<Relation> {
        if self.is_ancestor(theirs, ours)? {
            return Ok(Relation::UpToDate);
        }
        if self.is_ancestor(ours, theirs)? {
            return Ok(Relation::FastForward);
        }
        match self.merge_base(ours, theirs)? {
            Some(base) => Ok(Relation::Diverged { base }),
            None => Err(hint(
                msg!("err-merge-unrelated", from = from),
                msg!("err-merge-unrelated-hint", from = from),
            )),
        }
    }

    /// The files `theirs` changed since `base`, to write onto `ours`.
    ///
    /// With `readme` false (a merge), the README is left out: it is generated
    /// again from the merged log. `from` names the other side in errors.
    pub fn incoming(
        &self,
        base: CommitId,
        ours: CommitId,
        theirs: CommitId,
        readme: bool,
        from: &str,
    ) -> Result<Vec<NewFile>> {
        let repo = &self.repo;
        let base_tree = self.tree_of(base)?;
        let our_tree = self.tree_of(ours)?;
        let their_tree = self.tree_of(theirs)?;
        let mut opts = DiffOptions::new();
        opts.include_typechange(true);
        let diff = repo.diff_tree_to_tree(Some(&base_tree), Some(&their_tree), Some(&mut opts))?;
        let refuse = |path: &str, what: String| {
            hint(
                msg!("err-merge-refused", from = from, what = what),
                msg!("err-merge-refused-hint", path = path),
            )
        };
        let mut files = Vec::new();
        for delta in diff.deltas() {
            let new = delta.new_file();
            let old = delta.old_file();
            let path = new
                .path()
                .or_else(|| old.path())
                .and_then(Path::to_str)
                .unwrap_or_default()
                .to_string();
            if path == README && !readme {
                continue;
            }
            match delta.status() {
                Delta::Added | Delta::Modified => {}
                Delta::Deleted => {
                    return Err(refuse(&path, msg!("err-merge-deleted", path = &path)));
                }
                _ => {
                    return Err(refuse(
                        &path,
                        msg!(
                            "err-merge-odd-change",
                            path = &path,
                            status = format!("{:?}", delta.status())
                        ),
                    ));
                }
            }
            let mode = new.mode();
            if mode != FileMode::Blob && mode != FileMode::BlobExecutable {
                return Err(refuse(&path, msg!("err-merge-link", path = &path)));
            }
            if delta.status() == Delta::Modified && is_record(&path) {
                return Err(refuse(&path, msg!("err-merge-rewrite", path = &path)));
            }
            let theirs_blob = new.id();
            let ours_blob = entry(&our_tree, &path);
            if ours_blob == Some(theirs_blob) {
                continue;
            }
            let base_blob = entry(&base_tree, &path);
            if ours_blob.is_some() && ours_blob != base_blob && path != README {
                return Err(if path.starts_with(MINUTES_DIR) {
                    hint(
                        msg!("err-merge-one-id", from = from, path = &path),
                        msg!("err-merge-one-id-hint"),
                    )
                } else {
                    refuse(&path, msg!("err-merge-both-changed", path = &path))
                });
            }
            let blob = repo.find_blob(theirs_blob)?;
            crate::council::limits::file(
                &path,
                blob.size() as u64,
                crate::council::limits::MAX_LOG_FILE_BYTES,
            )
            .map_err(|e| refuse(&path, msg!("err-merge-too-large", problem = e)))?;
            files.push(NewFile {
                path,
                bytes: blob.content().to_vec(),
                replace: ours_blob.is_some(),
            });
        }
        Ok(files)
    }

    /// The summary and the settings (`council.toml` as merged) of the log `ours` and
    /// `theirs` merge into, with `files` from `theirs`.
    ///
    /// Made from a commit object no branch points at (git's garbage
    /// collection removes it), so the summary cache grows it like any commit.
    pub fn merged_summary(
        &self,
        ours: CommitId,
        theirs: CommitId,
        files: &[NewFile],
    ) -> Result<(Summary, CouncilToml)> {
        let repo = &self.repo;
        let mut tree = Some(self.tree_of(ours)?.id());
        for file in files {
            let blob = repo.blob(&file.bytes)?;
            let parts: Vec<&str> = file.path.split('/').collect();
            tree = Some(insert(repo, tree, &parts, blob)?);
        }
        let tree = repo.find_tree(tree.expect("the tree of ours"))?;
        let signature =
            git2::Signature::new("council", "council@localhost", &git2::Time::new(0, 0))?;
        let parents = [repo.find_commit(ours.0)?, repo.find_commit(theirs.0)?];
        let parents: Vec<&git2::Commit<'_>> = parents.iter().collect();
        let oid = repo.commit(
            None,
            &signature,
            &signature,
            "council sync: the merged log, for its summary",
            &tree,
            &parents,
        )?;
        let merged = CommitId(oid);
        let config = self.config_at(merged).map_err(|e| {
            hint(
                msg!("err-merge-config", error = format!("{e:#}")),
                msg!("err-merge-config-hint"),
            )
        })?;
        Ok((self.summary_at(Some(merged))?, config))
    }

    /// Moves the branch from `from` to its descendant `to`; see [`super::commit::advance`].
    pub fn advance(&self, from: CommitId, to: CommitId, files: &[NewFile]) -> Result<Vec<String>> {
        super::commit::advance(&self.repo, from.0, to.0, files)
    }
}

fn is_record(path: &str) -> bool {
    [MINUTES_DIR, REPORTS_DIR, ABANDONED_DIR, CORRECTIONS_DIR]
        .iter()
        .any(|dir| path.starts_with(&format!("{dir}/")))
}

fn entry(tree: &Tree<'_>, path: &str) -> Option<Oid> {
    tree.get_path(Path::new(path)).ok().map(|e| e.id())
}
