//! Committing a council's files without touching anything else of the user's.
//!
//! The new tree is HEAD's tree plus the new blobs, never the index, so
//! whatever the user staged stays staged and out of the commit. Afterwards
//! only the committed paths are written to the working tree and the index,
//! and only where the user has no change of their own there.

use crate::error::{Fail, hint};
use crate::msg;
use anyhow::{Context as _, Result};
use git2::{Commit, ErrorCode, FileMode, ObjectType, Oid, Repository, Signature, Tree};
use std::io::Write as _;
use std::path::{Component, Path};

/// A file to commit at `path` (slash-separated, relative to the log's root).
pub struct NewFile {
    pub path: String,
    pub bytes: Vec<u8>,
    /// Whether an existing file may be replaced (the generated README); minutes never are.
    pub replace: bool,
}

#[cfg(test)]
const ATTEMPTS: usize = 8;

/// One commit of the tool's files on top of a known HEAD.
pub struct Request<'a> {
    pub files: &'a [NewFile],
    pub message: &'a str,
    pub signature: &'a Signature<'a>,
    /// The commit the files were computed from; [`Moved`] when HEAD is elsewhere.
    pub parent: Option<Oid>,
    /// With `Some`, the parent must hold exactly that tree of minutes (`None`: no
    /// minutes): a council is committed onto the log its pools were computed from.
    pub minutes_base: Option<Option<Oid>>,
    /// A second parent: the other side of a merge (`council sync`), whose commits stay
    /// in the log's history, so every council keeps the commit that added it.
    pub merge: Option<Oid>,
}

/// HEAD is not the commit the files were computed from: compute them again.
#[derive(Debug, thiserror::Error)]
#[error("HEAD moved while committing")]
pub struct Moved;

/// A commit that exists, with what was left alone in the work tree and index, in words.
pub struct Committed {
    pub oid: Oid,
    pub notes: Vec<String>,
}

/// Commits `files` on HEAD, retrying if HEAD moves, then syncs those paths in the work tree and index.
///
/// The tests' way in; the tool itself goes through `ops::write`, which computes the files again when HEAD moves.
#[cfg(test)]
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
#[cfg(test)]
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
        let request = Request {
            files,
            message,
            signature,
            parent: head_commit(repo)?.map(|c| c.id()),
            minutes_base,
            merge: None,
        };
        match commit_racing(repo, &request, &mut || racer(attempt)) {
            Ok(done) => {
                for note in done.notes {
                    warn(note);
                }
                return Ok(done.oid);
            }
            Err(e) if e.is::<Moved>() && attempt < ATTEMPTS => continue,
            Err(e) => return Err(e),
        }
    }
    Err(Fail::new(msg!("err-head-kept-moving")).into())
}

/// Commits once on `request.parent`, confirms the commit, then brings the work tree and index in line.
pub fn commit(repo: &Repository, request: &Request<'_>) -> Result<Committed> {
    commit_racing(repo, request, &mut || {})
}

fn commit_racing(
    repo: &Repository,
    request: &Request<'_>,
    racer: &mut dyn FnMut(),
) -> Result<Committed> {
    let files = request.files;
    let parent = head_commit(repo)?;
    if parent.as_ref().map(|c| c.id()) != request.parent {
        return Err(Moved.into());
    }
    let base = parent.as_ref().map(|c| c.tree()).transpose()?;
    if let Some(expected) = request.minutes_base {
        let now = base
            .as_ref()
            .and_then(|t| t.get_name(super::MINUTES_DIR))
            .map(|e| e.id());
        if now != expected {
            let head = parent
                .as_ref()
                .map(|c| format!("{:.10}", c.id().to_string()));
            return Err(
                CouncilLanded(format!("the log is now at {}", head.unwrap_or_default())).into(),
            );
        }
    }
    refuse_links(repo, base.as_ref(), files.iter().map(|f| f.path.as_str()))?;
    let mut old_blobs = Vec::with_capacity(files.len());
    let mut tree = base.as_ref().map(|t| t.id());
    for file in files {
        let old = blob_at(base.as_ref(), &file.path);
        if old.is_some() && !file.replace {
            return Err(hint(
                msg!("err-exists-in-log", path = &file.path),
                msg!("err-exists-in-log-hint"),
            ));
        }
        old_blobs.push(old);
        let blob = repo
            .blob(&file.bytes)
            .with_context(|| msg!("err-store-blob", path = &file.path))?;
        let parts: Vec<&str> = file.path.split('/').collect();
        tree = Some(insert(repo, tree, &parts, blob)?);
    }
    refuse_untracked_clashes(repo, files)?;
    let tree = repo.find_tree(tree.expect("at least one file was inserted"))?;
    let merged = request.merge.map(|m| repo.find_commit(m)).transpose()?;
    let parents: Vec<&Commit<'_>> = parent.iter().chain(merged.iter()).collect();
    racer();
    super::worktree::unmark_clean(repo)?;
    // Git's index lock is held from before the branch moves until the index agrees with it,
    // so no `git commit` in between can commit an index that lacks these files.
    let held = if repo.workdir().is_some() {
        super::worktree::IndexLock::wait(repo, std::time::Duration::from_secs(2)).ok()
    } else {
        None
    };
    // A branch lock held by another git process is usually gone in a moment.
    let mut tries = 0;
    let committed = loop {
        match repo.commit(
            Some("HEAD"),
            request.signature,
            request.signature,
            request.message,
            &tree,
            &parents,
        ) {
            Ok(oid) => break Ok(oid),
            // Another process committed meanwhile: compute again on its commit.
            Err(e) if e.code() == ErrorCode::Modified => break Err(Moved.into()),
            Err(e) if e.code() == ErrorCode::Locked && tries < 40 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            Err(e) if e.code() == ErrorCode::Locked => break Err(locked(repo, &e)),
            Err(e) => {
                break Err(anyhow::Error::from(e).context(msg!("err-commit-failed")));
            }
        }
    };
    let oid = committed?;
    confirm(repo, oid, request.parent, tree.id())?;
    let notes = match super::worktree::sync(repo, files, &old_blobs, held) {
        Ok(notes) => {
            if notes.is_empty() {
                super::worktree::mark_clean(repo);
            }
            notes
        }
        Err(e) => vec![msg!(
            "err-worktree-after-commit",
            commit = format!("{:.10}", oid.to_string()),
            error = format!("{e:#}")
        )],
    };
    Ok(Committed { oid, notes })
}

/// Moves the branch from `from` to its descendant `to` (a fast-forward of `council sync`),
/// then brings `files`, what `to` changed since `from`, into the work tree and index.
///
/// The same steps as a commit: links refused, the clean note withdrawn, git's
/// index lock held from before the branch moves until the index follows it,
/// the move confirmed, only the changed paths written where the user has no
/// change of their own.
pub fn advance(repo: &Repository, from: Oid, to: Oid, files: &[NewFile]) -> Result<Vec<String>> {
    let head = head_commit(repo)?;
    if head.as_ref().map(|c| c.id()) != Some(from) {
        return Err(Moved.into());
    }
    let base = head.as_ref().map(|c| c.tree()).transpose()?;
    refuse_links(repo, base.as_ref(), files.iter().map(|f| f.path.as_str()))?;
    let old_blobs: Vec<Option<Oid>> = files
        .iter()
        .map(|f| blob_at(base.as_ref(), &f.path))
        .collect();
    refuse_untracked_clashes(repo, files)?;
    let tree = repo.find_commit(to)?.tree_id();
    super::worktree::unmark_clean(repo)?;
    let held = if repo.workdir().is_some() {
        super::worktree::IndexLock::wait(repo, std::time::Duration::from_secs(2)).ok()
    } else {
        None
    };
    let branch = repo
        .find_reference("HEAD")?
        .symbolic_target()
        .ok()
        .flatten()
        .map(str::to_string)
        .ok_or_else(|| Fail::new(msg!("err-detached-no-branch")))?;
    match repo.reference_matching(&branch, to, true, from, "council sync: fast-forward") {
        Ok(_) => {}
        Err(e) if e.code() == ErrorCode::Modified => return Err(Moved.into()),
        Err(e) if e.code() == ErrorCode::Locked => return Err(locked(repo, &e)),
        Err(e) => {
            return Err(anyhow::Error::from(e).context(msg!("err-move-branch")));
        }
    }
    confirm(repo, to, Some(from), tree)?;
    Ok(match super::worktree::sync(repo, files, &old_blobs, held) {
        Ok(notes) => {
            if notes.is_empty() {
                super::worktree::mark_clean(repo);
            }
            notes
        }
        Err(e) => vec![msg!(
            "err-worktree-after-move",
            commit = format!("{:.10}", to.to_string()),
            error = format!("{e:#}")
        )],
    })
}

/// Makes sure a commit the tool reports exists and the branch points at it.
///
/// libgit2 1.9 can return a commit id although writing the commit object
/// failed (an object folder not writable after a `sudo git`, a full disk).
/// Then HEAD is put back where it was and nothing counts as committed.
pub fn confirm(repo: &Repository, oid: Oid, parent: Option<Oid>, tree: Oid) -> Result<()> {
    let odb = repo.odb()?;
    let written = odb.exists(oid) && odb.exists(tree);
    let head = repo.head().ok().and_then(|h| h.target());
    if written && head == Some(oid) {
        return Ok(());
    }
    if head == Some(oid)
        && let Ok(reference) = repo.head().and_then(|h| h.resolve())
        && let Ok(name) = reference.name()
    {
        let name = name.to_string();
        let _ = match parent {
            Some(parent) => repo
                .reference(
                    &name,
                    parent,
                    true,
                    "council: undo a commit that was not written",
                )
                .map(|_| ()),
            None => repo.find_reference(&name).and_then(|mut r| r.delete()),
        };
    }
    Err(hint(
        msg!(
            if written {
                "err-commit-unconfirmed"
            } else {
                "err-commit-unwritten"
            },
            commit = format!("{:.10}", oid.to_string())
        ),
        msg!("err-commit-unconfirmed-hint"),
    ))
}

/// The error for a ref git has locked: names the lock file, which may be stale.
fn locked(repo: &Repository, e: &git2::Error) -> anyhow::Error {
    // The branch HEAD names (even on an unborn branch), and git's other lock files.
    let branch = repo
        .find_reference("HEAD")
        .ok()
        .and_then(|h| h.symbolic_target().ok().flatten().map(str::to_string));
    let mut candidates: Vec<std::path::PathBuf> = branch
        .iter()
        .map(|b| repo.path().join(format!("{b}.lock")))
        .collect();
    candidates
        .extend(["HEAD.lock", "config.lock", "packed-refs.lock"].map(|f| repo.path().join(f)));
    match candidates.into_iter().find(|p| p.exists()) {
        Some(lock) => hint(
            msg!("err-git-lock", path = lock.display().to_string()),
            msg!("err-git-lock-hint", path = lock.display().to_string()),
        ),
        None => hint(
            msg!("err-git-busy", error = e.message()),
            msg!("err-git-busy-hint"),
        ),
    }
}

fn head_commit(repo: &Repository) -> Result<Option<Commit<'_>>> {
    match repo.head() {
        Ok(head) => Ok(Some(head.peel_to_commit()?)),
        Err(e) if matches!(e.code(), ErrorCode::UnbornBranch | ErrorCode::NotFound) => Ok(None),
        Err(e) => Err(e).with_context(|| msg!("err-read-head")),
    }
}

fn blob_at(tree: Option<&Tree<'_>>, path: &str) -> Option<Oid> {
    let entry = tree?.get_path(Path::new(path)).ok()?;
    (entry.kind() == Some(ObjectType::Blob)).then(|| entry.id())
}

/// Inserts `blob` at `parts` below the tree `base`, building one tree per path component.
pub(super) fn insert(
    repo: &Repository,
    base: Option<Oid>,
    parts: &[&str],
    blob: Oid,
) -> Result<Oid> {
    insert_at(repo, base, parts, 0, blob)
}

/// Does the work of [`insert`] for the component `parts[depth]`, refusing to replace what is not a folder.
fn insert_at(
    repo: &Repository,
    base: Option<Oid>,
    parts: &[&str],
    depth: usize,
    blob: Oid,
) -> Result<Oid> {
    let base = base.map(|oid| repo.find_tree(oid)).transpose()?;
    let mut builder = repo.treebuilder(base.as_ref())?;
    let name = parts[depth];
    let leaf = depth + 1 == parts.len();
    let existing = base.as_ref().and_then(|t| t.get_name(name));
    if let Some(entry) = &existing
        && let Some(problem) = tree_entry_problem(repo, &parts[..=depth].join("/"), entry, leaf)
    {
        return Err(problem);
    }
    if leaf {
        builder.insert(name, blob, FileMode::Blob.into())?;
    } else {
        let sub = insert_at(repo, existing.map(|e| e.id()), parts, depth + 1, blob)?;
        builder.insert(name, sub, FileMode::Tree.into())?;
    }
    Ok(builder.write()?)
}

/// Refuses, before anything is written, any path that crosses a symbolic link in HEAD's tree or in the work tree.
///
/// A committed link `minutes/2026 -> /elsewhere` would otherwise make the
/// work-tree sync write the minutes outside the repository. Each component
/// is checked without following links; a file where a folder is needed (or
/// a folder where the file goes) is refused too, instead of being replaced.
pub(super) fn refuse_links<'a>(
    repo: &Repository,
    base: Option<&Tree<'_>>,
    paths: impl IntoIterator<Item = &'a str>,
) -> Result<()> {
    for path in paths {
        let parts: Vec<&str> = path.split('/').collect();
        if let Some(tree) = base {
            for depth in 1..=parts.len() {
                let prefix = parts[..depth].join("/");
                let Ok(entry) = tree.get_path(Path::new(&prefix)) else {
                    break;
                };
                if let Some(problem) =
                    tree_entry_problem(repo, &prefix, &entry, depth == parts.len())
                {
                    return Err(problem);
                }
            }
        }
        if let Some(workdir) = repo.workdir() {
            refuse_links_on_disk(workdir, base, path)?;
        }
    }
    Ok(())
}

/// Refuses `path` (slash-separated, below the work tree `workdir`) if a component is a symbolic link on disk.
fn refuse_links_on_disk(workdir: &Path, base: Option<&Tree<'_>>, path: &str) -> Result<()> {
    let parts: Vec<&str> = path.split('/').collect();
    for depth in 1..=parts.len() {
        let prefix = parts[..depth].join("/");
        let on_disk = workdir.join(&prefix);
        let meta = match std::fs::symlink_metadata(&on_disk) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => break,
            Err(e) => {
                return Err(e).with_context(|| {
                    msg!("err-read-failed", path = on_disk.display().to_string())
                });
            }
        };
        let leaf = depth == parts.len();
        if meta.file_type().is_symlink() {
            let target = std::fs::read_link(&on_disk)
                .map_or_else(|_| "?".to_string(), |t| t.display().to_string());
            let in_head = base.is_some_and(|t| t.get_path(Path::new(&prefix)).is_ok());
            return Err(hint(
                msg!("err-link-worktree", path = &prefix, target = &target),
                msg!(
                    if in_head {
                        "err-link-worktree-head-hint"
                    } else {
                        "err-link-worktree-hint"
                    },
                    path = &prefix
                ),
            ));
        }
        if !leaf && !meta.is_dir() {
            return Err(hint(
                msg!("err-file-for-folder-worktree", path = &prefix),
                msg!("err-file-for-folder-worktree-hint"),
            ));
        }
        if leaf && meta.is_dir() {
            return Err(hint(
                msg!("err-folder-for-file-worktree", path = &prefix),
                msg!("err-folder-for-file-worktree-hint"),
            ));
        }
    }
    Ok(())
}

/// Refuses `paths` in the folder `root` (not yet a repository, or before opening it) when one crosses a symbolic link.
pub fn refuse_links_in_folder(root: &Path, paths: &[&str]) -> Result<()> {
    paths
        .iter()
        .try_for_each(|path| refuse_links_on_disk(root, None, path))
}

/// Says what is wrong with HEAD's `entry` at `path` for writing through it: a link, or a file where a folder is needed.
fn tree_entry_problem(
    repo: &Repository,
    path: &str,
    entry: &git2::TreeEntry<'_>,
    leaf: bool,
) -> Option<anyhow::Error> {
    if entry.filemode() == i32::from(FileMode::Link) {
        let target = repo.find_blob(entry.id()).map_or_else(
            |_| "?".to_string(),
            |b| String::from_utf8_lossy(b.content()).into_owned(),
        );
        return Some(hint(
            msg!("err-link-log", path = path, target = &target),
            msg!("err-link-log-hint", path = path),
        ));
    }
    let is_folder = entry.kind() == Some(ObjectType::Tree);
    if !leaf && !is_folder {
        return Some(hint(
            msg!("err-file-for-folder-log", path = path),
            msg!("err-rename-in-log-hint", path = path),
        ));
    }
    if leaf && entry.kind() != Some(ObjectType::Blob) {
        return Some(hint(
            msg!(
                if is_folder {
                    "err-folder-for-file-log"
                } else {
                    "err-submodule-for-file-log"
                },
                path = path
            ),
            msg!("err-rename-in-log-hint", path = path),
        ));
    }
    None
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
                msg!("err-exists-in-worktree", path = path.display().to_string()),
                msg!("err-exists-in-worktree-hint"),
            ));
        }
    }
    Ok(())
}

/// Writes `path`, inside the folder `root`, through a temporary file, fsync and rename, so a crash leaves the old file or the new.
///
/// Never writes through a symbolic link: the file itself and every folder
/// between `root` and it are checked without following links, and missing
/// folders are created one at a time. `root` itself is trusted.
pub fn write_atomically(root: &Path, path: &Path, bytes: &[u8]) -> Result<()> {
    let relative = path.strip_prefix(root).with_context(|| {
        format!(
            "{} is not inside {} (a bug)",
            path.display(),
            root.display()
        )
    })?;
    let mut dir = root.to_path_buf();
    let mut components = relative.components().peekable();
    while let Some(component) = components.next() {
        let Component::Normal(name) = component else {
            return Err(
                Fail::new(format!("{} is not a plain path (a bug)", path.display())).into(),
            );
        };
        let here = dir.join(name);
        let leaf = components.peek().is_none();
        match std::fs::symlink_metadata(&here) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = std::fs::read_link(&here)
                    .map_or_else(|_| "?".to_string(), |t| t.display().to_string());
                return Err(hint(
                    msg!(
                        "err-link-path",
                        path = here.display().to_string(),
                        target = &target
                    ),
                    msg!("err-link-path-hint", path = here.display().to_string()),
                ));
            }
            Ok(meta) if !leaf && !meta.is_dir() => {
                return Err(Fail::new(msg!(
                    "err-write-not-folder",
                    path = path.display().to_string(),
                    here = here.display().to_string()
                ))
                .into());
            }
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !leaf => {
                std::fs::create_dir(&here).with_context(|| {
                    msg!("err-create-failed", path = here.display().to_string())
                })?;
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(e)
                    .with_context(|| msg!("err-read-failed", path = here.display().to_string()));
            }
        }
        if !leaf {
            dir = here;
        }
    }
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        // A leftover of a crashed run is removed (a link among them only as a link);
        // `create_new` then refuses to follow anything planted meanwhile.
        match std::fs::remove_file(&tmp) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)?;
        // The rename itself must reach the disk before a dead battery.
        std::fs::File::open(&dir)?.sync_all()
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.with_context(|| msg!("err-write-failed", path = path.display().to_string()))
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

    /// Commits what is on disk at `path` (a link stays a link) as the user would with `git add` and `git commit`.
    fn commit_as_the_user(repo: &Repository, path: &str) -> Oid {
        let mut index = repo.index().unwrap();
        index.add_path(Path::new(path)).unwrap();
        index.write().unwrap();
        let tree = repo.find_tree(index.write_tree().unwrap()).unwrap();
        let parent = head_commit(repo).unwrap();
        let parents: Vec<&Commit<'_>> = parent.iter().collect();
        repo.commit(
            Some("HEAD"),
            &signature(),
            &signature(),
            "user",
            &tree,
            &parents,
        )
        .unwrap()
    }

    /// Asserts HEAD, the index and the link's target are as they were: nothing was written.
    fn assert_nothing_written(
        repo: &Repository,
        head: Option<Oid>,
        index: &[u8],
        elsewhere: &Path,
    ) {
        assert_eq!(
            head_commit(repo).unwrap().map(|c| c.id()),
            head,
            "no commit"
        );
        assert_eq!(
            std::fs::read(repo.path().join("index")).unwrap_or_default(),
            index,
            "no index change"
        );
        assert_eq!(
            std::fs::read_dir(elsewhere).unwrap().count(),
            0,
            "nothing written at the link's target"
        );
    }

    fn snapshot(repo: &Repository) -> (Option<Oid>, Vec<u8>) {
        let head = head_commit(repo).unwrap().map(|c| c.id());
        let index = std::fs::read(repo.path().join("index")).unwrap_or_default();
        (head, index)
    }

    #[cfg(unix)]
    #[test]
    fn a_committed_symlink_year_folder_is_refused_and_nothing_is_written() {
        let (dir, repo) = repo();
        let elsewhere = TempDir::new().unwrap();
        std::fs::create_dir(dir.path().join("minutes")).unwrap();
        std::os::unix::fs::symlink(elsewhere.path(), dir.path().join("minutes/2026")).unwrap();
        commit_as_the_user(&repo, "minutes/2026");
        let (head, index) = snapshot(&repo);
        for remove_from_work_tree in [false, true] {
            if remove_from_work_tree {
                // Only in HEAD's tree now: the commit itself would hold minutes below a link.
                std::fs::remove_file(dir.path().join("minutes/2026")).unwrap();
            }
            let err = commit_files(
                &repo,
                &[file("minutes/2026/x.md", "minutes", false)],
                "council",
                &signature(),
                None,
                &mut |_| {},
            )
            .unwrap_err();
            let message = err.to_string();
            assert!(
                message.starts_with("minutes/2026 is a symbolic link in the log (to ")
                    && message.contains(&elsewhere.path().display().to_string()),
                "{message}"
            );
            assert!(
                crate::error::code_and_hint(&err)
                    .1
                    .unwrap()
                    .contains("git rm minutes/2026")
            );
            assert_nothing_written(&repo, head, &index, elsewhere.path());
        }
    }

    #[cfg(unix)]
    #[test]
    fn an_uncommitted_symlink_year_folder_is_refused_and_nothing_is_written() {
        let (dir, repo) = repo();
        commit_files(
            &repo,
            &[file("README.md", "v1", true)],
            "base",
            &signature(),
            None,
            &mut |_| {},
        )
        .unwrap();
        let elsewhere = TempDir::new().unwrap();
        std::fs::create_dir(dir.path().join("minutes")).unwrap();
        std::os::unix::fs::symlink(elsewhere.path(), dir.path().join("minutes/2026")).unwrap();
        let (head, index) = snapshot(&repo);
        let err = commit_files(
            &repo,
            &[
                file("minutes/2026/x.md", "minutes", false),
                file("README.md", "v2", true),
            ],
            "council",
            &signature(),
            None,
            &mut |_| {},
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("minutes/2026 is a symbolic link in the working tree"),
            "{err}"
        );
        assert!(
            crate::error::code_and_hint(&err)
                .1
                .unwrap()
                .contains("rm minutes/2026")
        );
        assert_nothing_written(&repo, head, &index, elsewhere.path());
        assert_eq!(
            std::fs::read_to_string(dir.path().join("README.md")).unwrap(),
            "v1"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_at_the_file_itself_is_refused_and_its_target_untouched() {
        let (dir, repo) = repo();
        commit_files(
            &repo,
            &[file("README.md", "v1", true)],
            "base",
            &signature(),
            None,
            &mut |_| {},
        )
        .unwrap();
        let elsewhere = TempDir::new().unwrap();
        std::fs::remove_file(dir.path().join("README.md")).unwrap();
        std::os::unix::fs::symlink(
            elsewhere.path().join("README.md"),
            dir.path().join("README.md"),
        )
        .unwrap();
        let (head, index) = snapshot(&repo);
        let err = commit_files(
            &repo,
            &[file("README.md", "v2", true)],
            "v2",
            &signature(),
            None,
            &mut |_| {},
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("README.md is a symbolic link in the working tree"),
            "{err}"
        );
        assert!(
            crate::error::code_and_hint(&err)
                .1
                .unwrap()
                .contains("git checkout -- README.md"),
            "the log has a README there to put back"
        );
        assert_nothing_written(&repo, head, &index, elsewhere.path());
    }

    #[test]
    fn a_file_where_a_folder_is_needed_is_refused_not_replaced() {
        let (_dir, repo) = repo();
        commit_files(
            &repo,
            &[file("minutes", "a file", false)],
            "base",
            &signature(),
            None,
            &mut |_| {},
        )
        .unwrap();
        let err = commit_files(
            &repo,
            &[file("minutes/2026/x.md", "minutes", false)],
            "council",
            &signature(),
            None,
            &mut |_| {},
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("minutes is a file in the log, where council needs a folder"),
            "{err}"
        );
        // The tree builder itself refuses too, whatever the checks before it missed.
        let head = head_commit(&repo).unwrap().unwrap();
        let blob = repo.blob(b"x").unwrap();
        let err = insert(
            &repo,
            Some(head.tree_id()),
            &["minutes", "2026", "x.md"],
            blob,
        )
        .unwrap_err();
        assert!(
            err.to_string().starts_with("minutes is a file in the log"),
            "{err}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn write_atomically_refuses_a_symlink_on_the_way_or_at_the_file() {
        let root = TempDir::new().unwrap();
        let elsewhere = TempDir::new().unwrap();
        std::fs::create_dir(root.path().join("minutes")).unwrap();
        std::os::unix::fs::symlink(elsewhere.path(), root.path().join("minutes/2026")).unwrap();
        let err = write_atomically(
            root.path(),
            &root.path().join("minutes/2026/new/x.md"),
            b"x",
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .contains("minutes/2026 is a symbolic link (to "),
            "{err}"
        );
        std::os::unix::fs::symlink(elsewhere.path().join("f"), root.path().join("file")).unwrap();
        let err = write_atomically(root.path(), &root.path().join("file"), b"x").unwrap_err();
        assert!(err.to_string().contains("file is a symbolic link"), "{err}");
        assert_eq!(
            std::fs::read_dir(elsewhere.path()).unwrap().count(),
            0,
            "no folder, no file there"
        );
        // Without links, missing folders are created.
        write_atomically(root.path(), &root.path().join("a/b/c.md"), b"c").unwrap();
        assert_eq!(std::fs::read(root.path().join("a/b/c.md")).unwrap(), b"c");
    }

    #[test]
    fn a_commit_whose_object_was_not_written_is_not_reported_and_head_goes_back() {
        let (dir, repo) = repo();
        let base = commit_files(
            &repo,
            &[file("README.md", "v1", true)],
            "base",
            &signature(),
            None,
            &mut |_| {},
        )
        .unwrap();
        let oid = commit_files(
            &repo,
            &[file("minutes/2026/x.md", "minutes", false)],
            "council",
            &signature(),
            None,
            &mut |_| {},
        )
        .unwrap();
        let tree = repo.find_commit(oid).unwrap().tree_id();
        // What libgit2 1.9 does when the object folder is not writable: an id, but no object.
        let hex = oid.to_string();
        std::fs::remove_file(
            dir.path()
                .join(".git/objects")
                .join(&hex[..2])
                .join(&hex[2..]),
        )
        .unwrap();
        let repo = Repository::open(dir.path()).unwrap();
        let err = confirm(&repo, oid, Some(base), tree)
            .unwrap_err()
            .to_string();
        assert!(err.contains("could not be written"), "{err}");
        assert!(err.contains("nothing was committed"), "{err}");
        assert_eq!(
            repo.head().unwrap().target(),
            Some(base),
            "HEAD is back where it was"
        );
    }
}
