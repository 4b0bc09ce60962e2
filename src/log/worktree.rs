//! Bringing the work tree and the index in line with a commit the tool made, under git's index lock.
//!
//! The commit is built from HEAD's tree, never from the index. Afterwards
//! only the committed paths are written to the working tree and the index,
//! and only where the user has no change of their own there. `index.lock` is
//! held from reading the index to writing it back, so a concurrent `git
//! commit` never commits an index the tool is changing. Anything that goes
//! wrong here happens after the branch moved: the council is in the log, so
//! it is a warning, and the next write repairs the tool's own paths.

use super::commit::{NewFile, write_atomically};
use super::{ABANDONED_DIR, CORRECTIONS_DIR, MINUTES_DIR, REPORTS_DIR};
use crate::error::hint;
use anyhow::{Context as _, Result};
use git2::{Index, IndexEntry, IndexTime, ObjectType, Oid, Repository};
use std::fs::{File, OpenOptions};
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The folders whose files the tool writes, once each, and never rewrites.
const RECORD_DIRS: [&str; 4] = [MINUTES_DIR, REPORTS_DIR, ABANDONED_DIR, CORRECTIONS_DIR];
const README: &str = "README.md";

/// Git's own lock on the index, held while the tool reads and rewrites it.
///
/// libgit2 writes an index only through its own lock on its own path, so
/// the tool works on a scratch copy of the index and moves the result
/// through the lock it holds, as git does (`index.lock` renamed over `index`).
pub struct IndexLock {
    lock: PathBuf,
    scratch: PathBuf,
    file: Option<File>,
}

impl IndexLock {
    /// Takes the lock, trying again for up to `wait` while another git process holds it
    /// (an editor's `git status` holds it for a moment at a time).
    pub fn wait(repo: &Repository, wait: std::time::Duration) -> Result<(IndexLock, Index)> {
        let deadline = std::time::Instant::now() + wait;
        loop {
            match IndexLock::take(repo) {
                Ok(held) => return Ok(held),
                Err(e) if std::time::Instant::now() >= deadline => return Err(e),
                Err(_) => std::thread::sleep(std::time::Duration::from_millis(20)),
            }
        }
    }

    /// Takes the lock and reads the index as it is under it.
    fn take(repo: &Repository) -> Result<(IndexLock, Index)> {
        let lock = repo.path().join("index.lock");
        match OpenOptions::new().write(true).create_new(true).open(&lock) {
            Ok(file) => {
                let held = IndexLock {
                    lock,
                    scratch: repo
                        .path()
                        .join(format!("index.council.{}", std::process::id())),
                    file: Some(file),
                };
                let _ = std::fs::remove_file(&held.scratch);
                let index_path = repo.path().join("index");
                if index_path.exists() {
                    std::fs::copy(&index_path, &held.scratch)
                        .context("failed to read the index")?;
                }
                let index = Index::open(&held.scratch)?;
                Ok((held, index))
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(hint(
                format!(
                    "{} exists: another git process (an editor's `git status`?) is using the index",
                    lock.display()
                ),
                format!(
                    "when no git process runs any more, remove {} ; the next council command repairs the index",
                    lock.display()
                ),
            )),
            Err(e) => Err(e).with_context(|| format!("failed to create {}", lock.display())),
        }
    }

    /// Writes `index` into the lock file and renames it over the index, as git does.
    fn commit(mut self, repo: &Repository, index: &mut Index) -> Result<()> {
        index.write().context("failed to write the index")?;
        let bytes = std::fs::read(&self.scratch).context("failed to read back the index")?;
        let mut file = self.file.take().expect("the lock is held");
        file.write_all(&bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&self.lock, repo.path().join("index"))
            .context("failed to replace the index")?;
        Ok(())
    }
}

impl Drop for IndexLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.scratch);
        if self.file.is_some() {
            let _ = std::fs::remove_file(&self.lock);
        }
    }
}

/// Reads a file of the work tree, or `None` when there is none.
fn on_disk(path: &Path) -> Option<Vec<u8>> {
    std::fs::read(path).ok()
}

/// Tells whether two texts are the same but for line endings (`core.autocrlf` checkouts).
fn same_text(a: &[u8], b: &[u8]) -> bool {
    a == b || strip_cr(a) == strip_cr(b)
}

fn strip_cr(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            continue;
        }
        out.push(*b);
    }
    out
}

fn blob_bytes(repo: &Repository, oid: Option<Oid>) -> Option<Vec<u8>> {
    oid.and_then(|o| repo.find_blob(o).ok())
        .map(|b| b.content().to_vec())
}

/// An index entry for `path` at `blob`, with no stat data: git re-reads the file to compare.
fn entry(path: &str, blob: Oid) -> IndexEntry {
    IndexEntry {
        ctime: IndexTime::new(0, 0),
        mtime: IndexTime::new(0, 0),
        dev: 0,
        ino: 0,
        mode: 0o100644,
        uid: 0,
        gid: 0,
        file_size: 0,
        id: blob,
        flags: (path.len().min(0xfff)) as u16,
        flags_extended: 0,
        path: path.as_bytes().to_vec(),
    }
}

/// Writes the committed `files` into the work tree and index where the user has no change there.
///
/// `old` holds each path's blob in the parent commit. Returns what was left
/// alone and why; an error means the work tree or index could not be brought
/// in line (the commit stands).
/// `held` is git's index lock when the caller took it before moving the branch (so no
/// other git command could commit the index in between); otherwise it is taken here.
pub fn sync(
    repo: &Repository,
    files: &[NewFile],
    old: &[Option<Oid>],
    held: Option<(IndexLock, Index)>,
) -> Result<Vec<String>> {
    let Some(workdir) = repo.workdir() else {
        return Ok(Vec::new());
    };
    let mut notes = Vec::new();
    // First the work tree, which needs no lock: the files are there even if the index is busy.
    let mut fresh = Vec::with_capacity(files.len());
    for (file, old) in files.iter().zip(old) {
        let path = workdir.join(&file.path);
        let disk = on_disk(&path);
        let old_bytes = blob_bytes(repo, *old);
        let disk_is_new = disk.as_deref().is_some_and(|d| same_text(d, &file.bytes));
        let disk_is_old = match (&disk, &old_bytes) {
            (None, _) => true,
            (Some(d), Some(o)) => same_text(d, o),
            (Some(_), None) => false,
        };
        if disk_is_new {
            fresh.push(true);
        } else if disk_is_old {
            write_atomically(workdir, &path, &file.bytes)?;
            fresh.push(true);
        } else {
            notes.push(format!(
                "{} has local changes: left as it is (the log's copy was committed)",
                file.path
            ));
            fresh.push(false);
        }
    }
    // Then the index, under git's own lock from reading it to writing it back.
    let (lock, mut index) = match held {
        Some(held) => held,
        None => IndexLock::take(repo)?,
    };
    for ((file, old), fresh) in files.iter().zip(old).zip(fresh) {
        let new = Oid::hash_object(ObjectType::Blob, &file.bytes)?;
        let staged = index.get_path(Path::new(&file.path), 0).map(|e| e.id);
        if staged == Some(new) {
            continue;
        }
        if staged.is_some() && staged != *old {
            notes.push(format!(
                "{} has staged changes: left staged as they were",
                file.path
            ));
            continue;
        }
        // The index follows the commit even when the file on disk is the user's:
        // never a staged revert of what was just committed.
        if fresh {
            add_from_disk(&mut index, workdir, &file.path, new)?;
        } else {
            index.add(&entry(&file.path, new))?;
        }
    }
    lock.commit(repo, &mut index)?;
    Ok(notes)
}

/// Adds `path` as it is on disk (stat data included, so `git status` stays quiet), at `blob`.
fn add_from_disk(index: &mut Index, workdir: &Path, path: &str, blob: Oid) -> Result<()> {
    let mut e = entry(path, blob);
    if let Ok(meta) = std::fs::metadata(workdir.join(path)) {
        use std::os::unix::fs::MetadataExt as _;
        e.ctime = IndexTime::new(meta.ctime() as i32, meta.ctime_nsec() as u32);
        e.mtime = IndexTime::new(meta.mtime() as i32, meta.mtime_nsec() as u32);
        e.dev = meta.dev() as u32;
        e.ino = meta.ino() as u32;
        e.uid = meta.uid();
        e.gid = meta.gid();
        e.file_size = meta.len() as u32;
    }
    index.add(&e)?;
    Ok(())
}

/// Repairs what an interrupted write left: the tool's own paths in the index and work tree,
/// and its temporary files. Returns what it did, in words.
///
/// A record file (minutes, report-back, trace, correction) that HEAD holds
/// but the index lacks or holds otherwise is staged as HEAD has it, and
/// written to the work tree if missing there; a README staged as the one
/// before HEAD's (a revert nobody asked for) is staged as HEAD's.
pub fn repair(repo: &Repository) -> Result<Vec<String>> {
    let Some(workdir) = repo.workdir() else {
        return Ok(Vec::new());
    };
    let mut done = remove_temporary_files(workdir);
    let head = match repo.head().ok().and_then(|h| h.peel_to_commit().ok()) {
        Some(head) => head,
        None => return Ok(done),
    };
    let tree = head.tree()?;
    let index = repo.index()?;
    // Each path to repair, HEAD's blob, and the tool's stale version of it (if any).
    let mut stale: Vec<(String, Oid, Option<Vec<u8>>)> = Vec::new();
    // A record HEAD holds that the index lacks: the next `git commit` would delete it.
    // (A staged edit of a record is the user's, and `verify` names it if committed.)
    let mut check = |path: &str, blob: Oid| {
        if index.get_path(Path::new(path), 0).is_none() {
            stale.push((path.to_string(), blob, None));
        }
    };
    for dir in RECORD_DIRS {
        let Some(top) = tree.get_name(dir).and_then(|e| e.to_object(repo).ok()) else {
            continue;
        };
        let Ok(top) = top.peel_to_tree() else {
            continue;
        };
        top.walk(git2::TreeWalkMode::PreOrder, |root, e| {
            if e.kind() == Some(ObjectType::Blob) {
                check(
                    &format!("{dir}/{root}{}", e.name().unwrap_or_default()),
                    e.id(),
                );
            }
            git2::TreeWalkResult::Ok
        })?;
    }
    // Only a README staged as the commit before HEAD had it is the tool's own leftover.
    if let Some(readme) = tree.get_name(README).map(|e| e.id()) {
        let staged = index.get_path(Path::new(README), 0).map(|e| e.id);
        let before = head
            .parent(0)
            .ok()
            .and_then(|p| p.tree().ok())
            .and_then(|t| t.get_name(README).map(|e| e.id()));
        if staged != Some(readme) && staged.is_some() && staged == before {
            stale.push((README.to_string(), readme, blob_bytes(repo, before)));
        }
    }
    if stale.is_empty() {
        return Ok(done);
    }
    drop(index);
    let (lock, mut index) = IndexLock::take(repo)?;
    for (path, blob, stale_bytes) in &stale {
        let file = workdir.join(path);
        let bytes = blob_bytes(repo, Some(*blob)).unwrap_or_default();
        match on_disk(&file) {
            // Missing, or the tool's own earlier output: written as HEAD has it.
            None => {
                write_atomically(workdir, &file, &bytes)?;
                add_from_disk(&mut index, workdir, path, *blob)?;
            }
            Some(d) if stale_bytes.as_deref().is_some_and(|s| same_text(&d, s)) => {
                write_atomically(workdir, &file, &bytes)?;
                add_from_disk(&mut index, workdir, path, *blob)?;
            }
            Some(d) if same_text(&d, &bytes) => add_from_disk(&mut index, workdir, path, *blob)?,
            Some(_) => index.add(&entry(path, *blob))?,
        }
        done.push(format!("{path} is staged as the log has it again"));
    }
    lock.commit(repo, &mut index)?;
    Ok(done)
}

/// Removes the temporary files a killed write left (`.NAME.PID.tmp`) beside the tool's files.
fn remove_temporary_files(workdir: &Path) -> Vec<String> {
    let mut folders = vec![workdir.to_path_buf()];
    for dir in RECORD_DIRS {
        if let Ok(years) = std::fs::read_dir(workdir.join(dir)) {
            folders.extend(
                years
                    .flatten()
                    .filter(|y| y.file_type().is_ok_and(|t| t.is_dir()))
                    .map(|y| y.path()),
            );
        }
    }
    let mut removed = Vec::new();
    for folder in folders {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if is_temporary(&name)
                && e.file_type().is_ok_and(|t| t.is_file() || t.is_symlink())
                && std::fs::remove_file(e.path()).is_ok()
            {
                removed.push(format!(
                    "removed {}, left by an interrupted write",
                    e.path()
                        .strip_prefix(workdir)
                        .unwrap_or(&e.path())
                        .display()
                ));
            }
        }
    }
    removed
}

/// Tells a temporary file of [`write_atomically`]: `.NAME.PID.tmp`.
fn is_temporary(name: &str) -> bool {
    let Some(inner) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) else {
        return false;
    };
    inner.rsplit_once('.').is_some_and(|(file, pid)| {
        !file.is_empty() && !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit())
    })
}
