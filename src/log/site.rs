//! The web site's own branch: a tree built from the site's files alone, committed on top of
//! the branch's previous tip, without touching the log's branch, index or work tree.

use super::{CommitId, Log, Signature};
use crate::error::hint;
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
    /// Refuses the branch HEAD names: the log's own branch only moves through the write path.
    pub fn commit_site(
        &self,
        name: &str,
        files: &[(String, Vec<u8>)],
        message: &str,
        signature: &Signature,
    ) -> Result<Option<CommitId>> {
        let refname = format!("refs/heads/{name}");
        if !git2::Reference::is_valid_name(&refname) || name.starts_with('-') {
            return Err(hint(
                crate::msg!("err-site-branch-invalid", name = format!("{name:?}")),
                crate::msg!("err-site-branch-invalid-hint"),
            ));
        }
        if self.branch().ok().as_deref() == Some(name) {
            return Err(hint(
                crate::msg!("err-site-branch-own", name = format!("{name:?}")),
                crate::msg!("err-site-branch-own-hint"),
            ));
        }
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
        let parent = match repo.find_reference(&refname) {
            Ok(r) => Some(r.peel_to_commit()?),
            Err(e) if e.code() == ErrorCode::NotFound => None,
            Err(e) => return Err(e.into()),
        };
        if parent.as_ref().is_some_and(|p| p.tree_id() == tree.id()) {
            return Ok(None);
        }
        let parents: Vec<&git2::Commit<'_>> = parent.iter().collect();
        let commit = repo.commit(None, &signature.0, &signature.0, message, &tree, &parents)?;
        // Moves the branch only from the tip the commit was built on.
        match &parent {
            Some(p) => {
                repo.reference_matching(&refname, commit, true, p.id(), "council site")?;
            }
            None => {
                repo.reference(&refname, commit, false, "council site")?;
            }
        }
        let mut config = repo.config()?;
        config.set_str(SITE_BRANCH_KEY, name)?;
        Ok(Some(CommitId(commit)))
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
