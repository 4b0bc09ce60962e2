//! The web site's own branch: a tree built from the site's files alone, committed on top of
//! the branch's previous tip, without touching the log's branch, index or work tree.

use super::{CommitId, Log, Signature};
use crate::error::hint;
use crate::msg;
use anyhow::Result;
use git2::{ErrorCode, FileMode, Oid, Repository};
use std::collections::BTreeMap;

/// The git config key that remembers the site's branch, so `council sync` pushes it.
const SITE_BRANCH_KEY: &str = "council.siteBranch";

/// A folder of the tree being built: files and sub-folders by name.
#[derive(Default)]
struct Folder {
    files: BTreeMap<String, Oid>,
    folders: BTreeMap<String, Folder>,
}

impl Folder {
    fn write(&self, repo: &Repository) -> Result<Oid> {
        let mut builder = repo.treebuilder(None)?;
        for (name, blob) in &self.files {
            builder.insert(name, *blob, FileMode::Blob.into())?;
        }
        for (name, folder) in &self.folders {
            let tree = folder.write(repo)?;
            builder.insert(name, tree, FileMode::Tree.into())?;
        }
        Ok(builder.write()?)
    }
}

impl Log {
    /// Commits `files` (path, bytes) as the whole tree of branch `name`, with its previous tip
    /// as parent; returns `None` when the tree is the one the tip already holds.
    ///
    /// The previous tip is the local branch's, or `origin`'s when the local branch is missing
    /// or behind it (a second laptop): the commit builds on both when they went apart, so
    /// pushing it is always a fast-forward.
    ///
    /// Refuses a name that is not a plain branch name, a branch checked out in any work tree
    /// of the log, and a branch whose tip holds a log (`council.toml`): the log's own branch
    /// only moves through the write path.
    pub fn commit_site(
        &self,
        name: &str,
        files: &[(String, Vec<u8>)],
        message: &str,
        signature: &Signature,
    ) -> Result<Option<CommitId>> {
        let refname = format!("refs/heads/{name}");
        self.refuse_site_branch(name, &refname)?;
        let repo = &self.repo;
        let mut root = Folder::default();
        for (path, bytes) in files {
            let blob = repo.blob(bytes)?;
            let mut parts: Vec<&str> = path.split('/').collect();
            let file = parts.pop().unwrap_or_default();
            let mut folder = &mut root;
            for part in parts {
                folder = folder.folders.entry(part.to_string()).or_default();
            }
            folder.files.insert(file.to_string(), blob);
        }
        let tree = repo.find_tree(root.write(repo)?)?;
        let tip = |refname: &str| -> Result<Option<git2::Commit<'_>>> {
            match repo.find_reference(refname) {
                Ok(r) => Ok(Some(r.peel_to_commit()?)),
                Err(e) if e.code() == ErrorCode::NotFound => Ok(None),
                Err(e) => Err(e.into()),
            }
        };
        let local = tip(&refname)?;
        let remote = tip(&format!("refs/remotes/origin/{name}"))?;
        let parents: Vec<git2::Commit<'_>> = match (&local, remote) {
            (None, None) => Vec::new(),
            (Some(l), None) => vec![l.clone()],
            (None, Some(r)) => vec![r],
            (Some(l), Some(r)) => {
                if l.id() == r.id() || repo.graph_descendant_of(l.id(), r.id())? {
                    vec![l.clone()]
                } else if repo.graph_descendant_of(r.id(), l.id())? {
                    vec![r]
                } else {
                    vec![l.clone(), r]
                }
            }
        };
        let expected = local.as_ref().map(|l| l.id());
        let moved = |commit: Oid| -> Result<()> {
            // Moves the branch only from the tip the commit was built on.
            match expected {
                Some(old) => {
                    repo.reference_matching(&refname, commit, true, old, "council site")?;
                }
                None => {
                    repo.reference(&refname, commit, false, "council site")?;
                }
            }
            Ok(())
        };
        if let [only] = parents.as_slice()
            && only.tree_id() == tree.id()
        {
            if Some(only.id()) != expected {
                moved(only.id())?;
            }
            return Ok(None);
        }
        let parents: Vec<&git2::Commit<'_>> = parents.iter().collect();
        let commit = repo.commit(None, &signature.0, &signature.0, message, &tree, &parents)?;
        moved(commit)?;
        let mut config = repo.config()?;
        config.set_str(SITE_BRANCH_KEY, name)?;
        Ok(Some(CommitId(commit)))
    }

    /// Refuses what `--branch` must never name: see [`Log::commit_site`].
    fn refuse_site_branch(&self, name: &str, refname: &str) -> Result<()> {
        let pseudo =
            name.ends_with("HEAD") && name.chars().all(|c| c.is_ascii_uppercase() || c == '_');
        if !git2::Reference::is_valid_name(refname)
            || name.starts_with('-')
            || name == "@"
            || pseudo
            || name.starts_with("refs/")
        {
            return Err(hint(
                msg!("err-site-branch-invalid", name = format!("{name:?}")),
                msg!("err-site-branch-invalid-hint"),
            ));
        }
        // A name git would also read as a tag, a remote or another ref is ambiguous.
        for other in [
            format!("refs/{name}"),
            format!("refs/tags/{name}"),
            format!("refs/remotes/{name}"),
            format!("refs/remotes/{name}/HEAD"),
        ] {
            if self.repo.find_reference(&other).is_ok() {
                return Err(hint(
                    msg!(
                        "err-site-branch-ambiguous",
                        name = format!("{name:?}"),
                        other = other
                    ),
                    msg!("err-site-branch-invalid-hint"),
                ));
            }
        }
        if self.checked_out().iter().any(|b| b == refname) {
            return Err(hint(
                msg!("err-site-branch-checked-out", name = format!("{name:?}")),
                msg!("err-site-branch-own-hint"),
            ));
        }
        for holder in [refname.to_string(), format!("refs/remotes/origin/{name}")] {
            let Ok(commit) = self
                .repo
                .find_reference(&holder)
                .and_then(|r| r.peel_to_commit())
            else {
                continue;
            };
            if commit.tree()?.get_name(super::CONFIG_FILE).is_some() {
                return Err(hint(
                    msg!("err-site-branch-log", name = format!("{name:?}")),
                    msg!("err-site-branch-own-hint"),
                ));
            }
        }
        Ok(())
    }

    /// The branches (`refs/heads/...`) checked out in the log's work trees: its main one and
    /// every linked one (`git worktree add`), as git itself counts them.
    fn checked_out(&self) -> Vec<String> {
        let head_of = |repo: &Repository| -> Option<String> {
            repo.find_reference("HEAD")
                .ok()?
                .symbolic_target()
                .ok()
                .flatten()
                .map(str::to_string)
        };
        let mut out: Vec<String> = head_of(&self.repo).into_iter().collect();
        let Ok(main) = Repository::open(self.repo.commondir()) else {
            return out;
        };
        out.extend(head_of(&main));
        if let Ok(names) = main.worktrees() {
            for name in names.iter().filter_map(|n| n.ok().flatten()) {
                if let Ok(tree) = main.find_worktree(name)
                    && let Ok(repo) = Repository::open_from_worktree(&tree)
                {
                    out.extend(head_of(&repo));
                }
            }
        }
        out
    }

    /// The site's branch, when `council site --branch` made one and it still exists.
    pub fn site_branch(&self) -> Option<String> {
        let name = self.repo.config().ok()?.get_string(SITE_BRANCH_KEY).ok()?;
        self.repo
            .find_reference(&format!("refs/heads/{name}"))
            .ok()
            .map(|_| name)
    }
}
