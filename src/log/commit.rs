//! Committing a council's files without touching anything else of the user's.
//!
//! The new tree is HEAD's tree plus the new blobs, never the index, so
//! whatever the user staged stays staged and out of the commit. Afterwards
//! only the committed paths are written to the working tree and the index,
//! and only where the user has no change of their own there.

use crate::error::{Fail, hint};
use anyhow::{Context as _, Result};
use git2::{Commit, ErrorCode, FileMode, ObjectType, Oid, Repository, Signature, Tree};
use std::io::Write as _;
use std::path::Path;

/// A file to commit at `path` (slash-separated, relative to the log's root).
pub struct NewFile {
    pub path: String,
    pub bytes: Vec<u8>,
    /// Whether an existing file may be replaced (the generated README); minutes never are.
    pub replace: bool,
}

const ATTEMPTS: usize = 8;

/// Commits `files` on HEAD, retrying if HEAD moves, then syncs those paths in the work tree and index.
///
/// With `minutes_base`, the commit's parent must hold exactly that tree of
/// minutes (`None`: no minutes): a council is committed onto the log its
/// pools were computed from, never onto one another council joined since.
pub fn commit_files(
    repo: &Repository,
    files: &[NewFile],
    message: &str,
    signature: &Signature<'_>,
    minutes_base: Option<Option<Oid>>,
    warn: &mut dyn FnMut(String),
) -> Result<Oid> {
    commit_files_racing(
        repo,
        files,
        message,
        signature,
        minutes_base,
        warn,
        &mut |_| {},
    )
}

/// The error for a council whose log gained another council after its pool was fixed.
#[derive(Debug, thiserror::Error)]
#[error(
    "another council was committed to the log after this council's pool was fixed ({0}); its lot was drawn from the log as it was before, so it cannot be committed on top"
)]
pub struct CouncilLanded(pub String);

/// Does the work of [`commit_files`], calling `racer` just before each commit attempt (tests move HEAD there).
fn commit_files_racing(
    repo: &Repository,
    files: &[NewFile],
    message: &str,
    signature: &Signature<'_>,
    minutes_base: Option<Option<Oid>>,
    warn: &mut dyn FnMut(String),
    racer: &mut dyn FnMut(usize),
) -> Result<Oid> {
    for attempt in 1..=ATTEMPTS {
        let parent = head_commit(repo)?;
        let base = parent.as_ref().map(|c| c.tree()).transpose()?;
        if let Some(expected) = minutes_base {
            let now = base
                .as_ref()
                .and_then(|t| t.get_name(super::MINUTES_DIR))
                .map(|e| e.id());
            if now != expected {
                let head = parent
                    .as_ref()
                    .map(|c| format!("{:.10}", c.id().to_string()));
                return Err(CouncilLanded(format!(
                    "the log is now at {}",
                    head.unwrap_or_default()
                ))
                .into());
            }
        }
        let mut old_blobs = Vec::with_capacity(files.len());
        let mut tree = base.as_ref().map(|t| t.id());
        for file in files {
            let old = blob_at(base.as_ref(), &file.path);
            if old.is_some() && !file.replace {
                return Err(hint(
                    format!("{} already exists in the log", file.path),
                    "minutes are never rewritten: record a correction as a report-back or a new council",
                ));
            }
            old_blobs.push(old);
            let blob = repo
                .blob(&file.bytes)
                .with_context(|| format!("failed to store {} in the log", file.path))?;
            let parts: Vec<&str> = file.path.split('/').collect();
            tree = Some(insert(repo, tree, &parts, blob)?);
        }
        refuse_untracked_clashes(repo, files)?;
        let tree = repo.find_tree(tree.expect("at least one file was inserted"))?;
        let parents: Vec<&Commit<'_>> = parent.iter().collect();
        racer(attempt);
        match repo.commit(Some("HEAD"), signature, signature, message, &tree, &parents) {
            Ok(oid) => {
                sync_work_tree(repo, files, &old_blobs, warn)?;
                return Ok(oid);
            }
            // Another process committed meanwhile: rebuild on its commit.
            Err(e) if e.code() == ErrorCode::Modified && attempt < ATTEMPTS => continue,
            Err(e) if e.code() == ErrorCode::Locked => {
                return Err(hint(
                    format!(
                        "another git process is using this repository: {}",
                        e.message()
                    ),
                    "wait for it to finish and run the command again; nothing was committed",
                ));
            }
            Err(e) => return Err(e).context("failed to commit to the log"),
        }
    }
    Err(Fail::new("HEAD kept moving while committing; nothing was committed, try again").into())
}

fn head_commit(repo: &Repository) -> Result<Option<Commit<'_>>> {
    match repo.head() {
        Ok(head) => Ok(Some(head.peel_to_commit()?)),
        Err(e) if matches!(e.code(), ErrorCode::UnbornBranch | ErrorCode::NotFound) => Ok(None),
        Err(e) => Err(e).context("failed to read HEAD of the log"),
    }
}

fn blob_at(tree: Option<&Tree<'_>>, path: &str) -> Option<Oid> {
    let entry = tree?.get_path(Path::new(path)).ok()?;
    (entry.kind() == Some(ObjectType::Blob)).then(|| entry.id())
}

/// Inserts `blob` at `parts` below the tree `base`, building one tree per path component.
fn insert(repo: &Repository, base: Option<Oid>, parts: &[&str], blob: Oid) -> Result<Oid> {
    let base = base.map(|oid| repo.find_tree(oid)).transpose()?;
    let mut builder = repo.treebuilder(base.as_ref())?;
    let (name, rest) = parts.split_first().expect("a path has a component");
    if rest.is_empty() {
        builder.insert(name, blob, FileMode::Blob.into())?;
    } else {
        let sub = base
            .as_ref()
            .and_then(|t| t.get_name(name))
            .filter(|e| e.kind() == Some(ObjectType::Tree))
            .map(|e| e.id());
        let sub = insert(repo, sub, rest, blob)?;
        builder.insert(name, sub, FileMode::Tree.into())?;
    }
    Ok(builder.write()?)
}

/// Refuses to commit a new file where the user keeps an untracked file of other content.
fn refuse_untracked_clashes(repo: &Repository, files: &[NewFile]) -> Result<()> {
    let Some(workdir) = repo.workdir() else {
        return Ok(());
    };
    for file in files.iter().filter(|f| !f.replace) {
        let path = workdir.join(&file.path);
        if path.exists() && std::fs::read(&path).ok().as_deref() != Some(&file.bytes[..]) {
            return Err(hint(
                format!("{} already exists in the working tree", path.display()),
                "move that file away and run the command again; nothing was committed",
            ));
        }
    }
    Ok(())
}

/// Writes the committed files to the work tree and index where the user has no change there.
fn sync_work_tree(
    repo: &Repository,
    files: &[NewFile],
    old_blobs: &[Option<Oid>],
    warn: &mut dyn FnMut(String),
) -> Result<()> {
    let Some(workdir) = repo.workdir() else {
        return Ok(());
    };
    let mut index = repo.index().context("failed to read the log's index")?;
    let mut touched = false;
    for (file, old) in files.iter().zip(old_blobs) {
        let path = workdir.join(&file.path);
        let on_disk = if path.exists() {
            Some(Oid::hash_file(ObjectType::Blob, &path)?)
        } else {
            None
        };
        let new = Oid::hash_object(ObjectType::Blob, &file.bytes)?;
        if on_disk.is_some() && on_disk != *old && on_disk != Some(new) {
            warn(format!(
                "{} has local changes: left as it is (the log's copy was committed)",
                file.path
            ));
            continue;
        }
        if on_disk != Some(new) {
            write_atomically(&path, &file.bytes)?;
        }
        let staged = index.get_path(Path::new(&file.path), 0).map(|e| e.id);
        if staged.is_some() && staged != *old && staged != Some(new) {
            warn(format!(
                "{} has staged changes: left staged as they were",
                file.path
            ));
            continue;
        }
        index
            .add_path(Path::new(&file.path))
            .with_context(|| format!("failed to record {} in the index", file.path))?;
        touched = true;
    }
    if touched {
        index.write().map_err(|e| {
            hint(
                format!(
                    "the commit was made, but the index could not be updated: {}",
                    e.message()
                ),
                "run `git status`; `git reset -- <path>` makes the index match the commit",
            )
        })?;
    }
    Ok(())
}

/// Writes through a temporary file, fsync and rename, so a crash leaves the old file or the new.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().context("a file path has a folder")?;
    std::fs::create_dir_all(dir).with_context(|| format!("failed to create {}", dir.display()))?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)?;
        // The rename itself must reach the disk before a dead battery.
        std::fs::File::open(dir)?.sync_all()
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.with_context(|| format!("failed to write {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use tempfile::TempDir;

    fn signature() -> Signature<'static> {
        Signature::new(
            "Council",
            "council@localhost",
            &git2::Time::new(1_800_000_000, 0),
        )
        .unwrap()
    }

    fn file(path: &str, text: &str, replace: bool) -> NewFile {
        NewFile {
            path: path.into(),
            bytes: text.as_bytes().to_vec(),
            replace,
        }
    }

    fn repo() -> (TempDir, Repository) {
        let dir = TempDir::new().unwrap();
        let repo = Repository::init(dir.path()).unwrap();
        (dir, repo)
    }

    #[test]
    fn an_unborn_branch_gets_its_first_commit() {
        let (_dir, repo) = repo();
        let oid = commit_files(
            &repo,
            &[file("a/b/c.md", "x", false)],
            "first",
            &signature(),
            None,
            &mut |_| {},
        )
        .unwrap();
        let commit = repo.find_commit(oid).unwrap();
        assert_eq!(commit.parent_count(), 0);
        assert!(
            commit
                .tree()
                .unwrap()
                .get_path(Path::new("a/b/c.md"))
                .is_ok()
        );
    }

    #[test]
    fn when_head_moves_the_commit_is_rebuilt_on_the_new_head() {
        let (_dir, repo) = repo();
        commit_files(
            &repo,
            &[file("README.md", "v1", true)],
            "base",
            &signature(),
            None,
            &mut |_| {},
        )
        .unwrap();
        let mut raced = false;
        let oid = commit_files_racing(
            &repo,
            &[file("minutes/2026/x.md", "minutes", false)],
            "council",
            &signature(),
            None,
            &mut |_| {},
            &mut |attempt| {
                if attempt == 1 {
                    // Another process commits a file of its own between our read of HEAD and our commit.
                    commit_files(
                        &repo,
                        &[file("other.md", "theirs", false)],
                        "theirs",
                        &signature(),
                        None,
                        &mut |_| {},
                    )
                    .unwrap();
                    raced = true;
                }
            },
        )
        .unwrap();
        assert!(raced);
        let commit = repo.find_commit(oid).unwrap();
        assert_eq!(commit.parent(0).unwrap().message().unwrap(), "theirs");
        let tree = commit.tree().unwrap();
        for path in ["README.md", "other.md", "minutes/2026/x.md"] {
            assert!(tree.get_path(Path::new(path)).is_ok(), "{path} is kept");
        }
    }

    #[test]
    fn minutes_are_never_rewritten() {
        let (_dir, repo) = repo();
        commit_files(
            &repo,
            &[file("minutes/2026/x.md", "one", false)],
            "one",
            &signature(),
            None,
            &mut |_| {},
        )
        .unwrap();
        let err = commit_files(
            &repo,
            &[file("minutes/2026/x.md", "two", false)],
            "two",
            &signature(),
            None,
            &mut |_| {},
        )
        .unwrap_err();
        assert!(
            err.to_string().contains("already exists in the log"),
            "{err}"
        );
    }

    #[test]
    fn a_locally_edited_generated_file_is_left_alone_with_a_warning() {
        let (dir, repo) = repo();
        commit_files(
            &repo,
            &[file("README.md", "v1", true)],
            "v1",
            &signature(),
            None,
            &mut |_| {},
        )
        .unwrap();
        std::fs::write(dir.path().join("README.md"), "my edit").unwrap();
        let mut warnings = Vec::new();
        commit_files(
            &repo,
            &[file("README.md", "v2", true)],
            "v2",
            &signature(),
            None,
            &mut |w| warnings.push(w),
        )
        .unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.path().join("README.md")).unwrap(),
            "my edit"
        );
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("local changes"));
    }
}
