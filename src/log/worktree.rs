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
use crate::error::hint;
use crate::msg;
use anyhow::{Context as _, Result};
use git2::{Index, IndexEntry, IndexTime, ObjectType, Oid, Repository};
use std::fs::{File, OpenOptions};
use std::io::Write as _;
use std::path::{Path, PathBuf};

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
    ///
    /// An `index.lock` this tool left when it was killed (its process id is in
    /// `council-index.pid` and that process is gone) is removed first.
    fn take(repo: &Repository) -> Result<(IndexLock, Index)> {
        let lock = repo.path().join("index.lock");
        remove_own_stale_lock(repo);
        // Proof the lock is this tool's, should it be killed holding it: first this process's
        // id (the intent), then, once made, the lock file's identity (device, inode, birth).
        let owner = repo.path().join(OWNER);
        let _ = std::fs::write(&owner, format!("{}\n", std::process::id()));
        match OpenOptions::new().write(true).create_new(true).open(&lock) {
            Ok(file) => {
                let _ = std::fs::write(&owner, identity(&lock).unwrap_or_default());
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
                        .with_context(|| msg!("err-index-read"))?;
                }
                let index = Index::open(&held.scratch).map_err(|e| {
                    hint(
                        msg!("err-index-unreadable", error = e.message()),
                        msg!("err-index-unreadable-hint"),
                    )
                })?;
                Ok((held, index))
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                // Not taken: the intent is withdrawn, so the holder's lock is never mistaken for ours.
                if std::fs::read_to_string(&owner)
                    .is_ok_and(|t| t.trim() == std::process::id().to_string())
                {
                    let _ = std::fs::remove_file(&owner);
                }
                Err(hint(
                    msg!("err-index-lock", path = lock.display().to_string()),
                    msg!("err-index-lock-hint", path = lock.display().to_string()),
                ))
            }
            Err(e) => {
                Err(e).with_context(|| msg!("err-create-failed", path = lock.display().to_string()))
            }
        }
    }

    /// Writes `index` into the lock file and renames it over the index, as git does.
    fn commit(mut self, repo: &Repository, index: &mut Index) -> Result<()> {
        index.write().with_context(|| msg!("err-index-write"))?;
        let bytes = std::fs::read(&self.scratch).with_context(|| msg!("err-index-read-back"))?;
        let mut file = self.file.take().expect("the lock is held");
        file.write_all(&bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&self.lock, repo.path().join("index"))
            .with_context(|| msg!("err-index-replace"))?;
        Ok(())
    }
}

impl Drop for IndexLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.scratch);
        if self.file.is_some() {
            let _ = std::fs::remove_file(&self.lock);
        }
        if let Some(git_dir) = self.lock.parent() {
            let _ = std::fs::remove_file(git_dir.join(OWNER));
        }
    }
}

/// Where the process holding `index.lock` for this tool writes its id.
const OWNER: &str = "council-index.pid";

/// Identifies a lock file this process just made: its id, then the file's device, inode and
/// birth time, which no file made later shares (writing into the file changes none of them).
fn identity(lock: &Path) -> Option<String> {
    use std::os::unix::fs::MetadataExt as _;
    let meta = std::fs::symlink_metadata(lock).ok()?;
    let born = meta
        .created()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or_else(String::new, |d| d.as_nanos().to_string());
    Some(format!(
        "{}\n{}:{}:{born}",
        std::process::id(),
        meta.dev(),
        meta.ino()
    ))
}

/// Tells whether `lock` was born within a second after `intent` was written.
fn born_just_after(lock: &Path, intent: &Path) -> bool {
    let born = std::fs::symlink_metadata(lock)
        .and_then(|m| m.created())
        .ok();
    let said = std::fs::symlink_metadata(intent)
        .and_then(|m| m.modified())
        .ok();
    match (born, said) {
        (Some(born), Some(said)) => born
            .duration_since(said)
            .is_ok_and(|d| d < std::time::Duration::from_secs(1)),
        _ => false,
    }
}

/// Tells whether process `pid` is still running.
fn alive(pid: i32) -> bool {
    #[cfg(unix)]
    {
        use nix::errno::Errno;
        match nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), None) {
            Ok(()) => true,
            Err(Errno::EPERM) => true,
            Err(_) => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        true
    }
}

/// Removes an `index.lock` (and scratch copies of the index) that a killed run of this tool left.
pub fn remove_own_stale_lock(repo: &Repository) {
    let git_dir = repo.path();
    let lock = git_dir.join("index.lock");
    if let Ok(text) = std::fs::read_to_string(git_dir.join(OWNER))
        && let Some((pid, made)) = text.split_once('\n').or(Some((text.as_str(), "")))
        && let Ok(pid) = pid.trim().parse::<i32>()
        && pid != std::process::id() as i32
        && !alive(pid)
    {
        // Only the very file that process made: a lock another git process took since is
        // another file, whatever its name. Killed between its intent and writing the lock's
        // identity, the lock it made is the one born within a second of the intent.
        let same = identity(&lock).and_then(|now| now.split_once('\n').map(|(_, m)| m.to_string()));
        let made = made.trim();
        let ours = if made.is_empty() {
            born_just_after(&lock, &git_dir.join(OWNER))
        } else {
            same.as_deref() == Some(made)
        };
        if ours {
            let _ = std::fs::remove_file(&lock);
        }
        let _ = std::fs::remove_file(git_dir.join(OWNER));
    }
    // Scratch copies of the index from killed runs.
    if let Ok(entries) = std::fs::read_dir(git_dir) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if let Some(pid) = name
                .strip_prefix("index.council.")
                .and_then(|p| p.parse::<i32>().ok())
                && pid != std::process::id() as i32
                && !alive(pid)
            {
                let _ = std::fs::remove_file(e.path());
            }
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
    // What to do with each file on disk: the user's own change is left alone.
    let mut write = Vec::with_capacity(files.len());
    for (file, old) in files.iter().zip(old) {
        let disk = on_disk(&workdir.join(&file.path));
        let old_bytes = blob_bytes(repo, *old);
        let disk_is_new = disk.as_deref().is_some_and(|d| same_text(d, &file.bytes));
        let decision = match (&disk, &old_bytes) {
            _ if disk_is_new => Disk::AlreadyNew,
            (None, None) => Disk::Write,
            (None, Some(_)) => {
                notes.push(msg!("err-note-deleted", path = &file.path));
                Disk::Theirs
            }
            (Some(d), Some(o)) if same_text(d, o) => Disk::Write,
            _ => {
                notes.push(msg!("err-note-local-changes", path = &file.path));
                Disk::Theirs
            }
        };
        write.push(decision);
    }
    // First the index, under git's own lock (taken before the branch moved), so the window
    // in which it lags behind the commit is as short as it can be.
    let (lock, mut index) = match held {
        Some(held) => held,
        None => IndexLock::take(repo)?,
    };
    for ((file, old), decision) in files.iter().zip(old).zip(&write) {
        let new = Oid::hash_object(ObjectType::Blob, &file.bytes)?;
        let staged = index.get_path(Path::new(&file.path), 0).map(|e| e.id);
        if staged == Some(new) {
            continue;
        }
        if staged.is_none() && old.is_some() {
            notes.push(msg!("err-note-staged-deletion", path = &file.path));
            continue;
        }
        if staged.is_some() && staged != *old {
            notes.push(msg!("err-note-staged-changes", path = &file.path));
            continue;
        }
        // The index follows the commit even when the file on disk is the user's:
        // never a staged revert of what was just committed.
        if *decision == Disk::AlreadyNew {
            add_from_disk(&mut index, workdir, &file.path, new)?;
        } else {
            index.add(&entry(&file.path, new))?;
        }
    }
    lock.commit(repo, &mut index)?;
    // Then the work tree.
    for (file, decision) in files.iter().zip(&write) {
        if *decision == Disk::Write {
            write_atomically(workdir, &workdir.join(&file.path), &file.bytes)?;
        }
    }
    Ok(notes)
}

/// What [`sync`] does with a committed file in the work tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Disk {
    AlreadyNew,
    Write,
    Theirs,
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
    remove_own_stale_lock(repo);
    if finished(repo) {
        // The tool's last write (or repair) finished: it left nothing to repair, whatever
        // git did since (what the user does with git is theirs, and `verify` reads it).
        return Ok(Vec::new());
    }
    let done = repair_all(repo, workdir)?;
    mark_clean(repo);
    Ok(done)
}

/// Where the tool notes that its last write finished: HEAD and the index file as it left them.
fn clean_marker(repo: &Repository) -> PathBuf {
    repo.path().join("council").join("clean")
}

/// HEAD's commit and the index file's identity (inode, size, modification time).
fn clean_state(repo: &Repository) -> Option<String> {
    use std::os::unix::fs::MetadataExt as _;
    let head = repo.head().ok()?.target()?;
    let index = std::fs::metadata(repo.path().join("index")).ok()?;
    Some(format!(
        "{head} {} {} {} {}.{}",
        index.dev(),
        index.ino(),
        index.size(),
        index.mtime(),
        index.mtime_nsec()
    ))
}

/// Whether the tool's last write finished; the note keeps what HEAD and the index were then.
fn finished(repo: &Repository) -> bool {
    clean_marker(repo).is_file()
}

/// Notes that HEAD, the index and the work tree agree as the tool leaves them, so the
/// next command's repair has nothing to look for (see [`repair`]).
pub fn mark_clean(repo: &Repository) {
    let Some(state) = clean_state(repo) else {
        return;
    };
    let marker = clean_marker(repo);
    if let Some(dir) = marker.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let temporary = marker.with_extension(format!("{}.tmp", std::process::id()));
    if std::fs::write(&temporary, state).is_err() || std::fs::rename(&temporary, &marker).is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
}

/// Withdraws the note before the tool touches the index or work tree: a write killed
/// from here on leaves its leftovers for the next repair to find.
pub fn unmark_clean(repo: &Repository) -> Result<()> {
    match std::fs::remove_file(clean_marker(repo)) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(anyhow::Error::from(e).context(msg!(
            "err-remove-note",
            path = clean_marker(repo).display().to_string()
        ))),
    }
}

/// Repairs everything an interrupted write can leave; see [`repair`].
fn repair_all(repo: &Repository, workdir: &Path) -> Result<Vec<String>> {
    let mut done = remove_temporary_files(repo, workdir);
    let head = match repo.head().ok().and_then(|h| h.peel_to_commit().ok()) {
        Some(head) => head,
        None => return Ok(done),
    };
    let tree = head.tree()?;
    let index = repo.index()?;
    // Each path to repair, HEAD's blob, and the tool's stale version of it (if any).
    let mut stale: Vec<(String, Oid, Option<Vec<u8>>)> = Vec::new();
    // Records the index holds as HEAD does but the work tree lacks (a write killed
    // between the index and the work tree): `git commit -a` would delete them.
    let mut missing: Vec<(String, Oid)> = Vec::new();
    // A record HEAD holds that the index lacks: the next `git commit` would delete it.
    // (A staged edit of a record is the user's, and `verify` names it if committed.)
    let mut check = |path: &str, blob: Oid| match index.get_path(Path::new(path), 0) {
        None => stale.push((path.to_string(), blob, None)),
        Some(e) if e.id == blob && !workdir.join(path).exists() => {
            missing.push((path.to_string(), blob));
        }
        Some(_) => {}
    };
    for dir in super::RECORD_DIRS {
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
    // `council.toml` HEAD holds but the index lacks: a write killed before the index was
    // written (init); the next `git commit` would delete the log's settings. With it, the
    // README the same write added.
    let config_lost = tree.get_name(super::CONFIG_FILE).is_some()
        && index.get_path(Path::new(super::CONFIG_FILE), 0).is_none();
    if config_lost {
        for file in [super::CONFIG_FILE, README] {
            if let Some(e) = tree.get_name(file)
                && index.get_path(Path::new(file), 0).is_none()
            {
                stale.push((file.to_string(), e.id(), None));
            }
        }
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
        } else if staged == Some(readme)
            && let Some(before) = blob_bytes(repo, before)
            && on_disk(&workdir.join(README)).is_some_and(|d| same_text(&d, &before))
        {
            // The index caught up but the work tree did not: the tool's own earlier README.
            let bytes = blob_bytes(repo, Some(readme)).unwrap_or_default();
            write_atomically(workdir, &workdir.join(README), &bytes)?;
            done.push(msg!("err-repair-readme", path = README));
        }
    }
    for (path, blob) in &missing {
        let bytes = blob_bytes(repo, Some(*blob)).unwrap_or_default();
        write_atomically(workdir, &workdir.join(path), &bytes)?;
        done.push(msg!("err-repair-written", path = path.as_str()));
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
        done.push(msg!("err-repair-staged", path = path.as_str()));
    }
    lock.commit(repo, &mut index)?;
    Ok(done)
}

/// Removes the temporary files a killed write left (`.NAME.PID.tmp` beside README.md and
/// the record files), only when git does not track them and their process is gone.
fn remove_temporary_files(repo: &Repository, workdir: &Path) -> Vec<String> {
    let mut folders = vec![workdir.to_path_buf()];
    for dir in super::RECORD_DIRS {
        if let Ok(years) = std::fs::read_dir(workdir.join(dir)) {
            folders.extend(
                years
                    .flatten()
                    .filter(|y| y.file_type().is_ok_and(|t| t.is_dir()))
                    .map(|y| y.path()),
            );
        }
    }
    let index = repo.index().ok();
    let mut removed = Vec::new();
    for (n, folder) in folders.iter().enumerate() {
        let Ok(entries) = std::fs::read_dir(folder) else {
            continue;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let Some((file, pid)) = temporary(&name) else {
                continue;
            };
            // Beside README.md only its own temporary file; in a year folder only minutes-like files.
            let ours = if n == 0 {
                file == README
            } else {
                file.ends_with(".md")
            };
            let relative = e.path();
            let relative = relative
                .strip_prefix(workdir)
                .unwrap_or(&relative)
                .to_path_buf();
            let tracked = index
                .as_ref()
                .is_some_and(|i| i.get_path(&relative, 0).is_some());
            if ours
                && !tracked
                && pid != std::process::id() as i32
                && !alive(pid)
                && e.file_type().is_ok_and(|t| t.is_file())
                && std::fs::remove_file(e.path()).is_ok()
            {
                removed.push(msg!(
                    "err-repair-removed",
                    path = relative.display().to_string()
                ));
            }
        }
    }
    removed
}

/// Reads a temporary file name of [`write_atomically`], `.NAME.PID.tmp`, into its name and pid.
fn temporary(name: &str) -> Option<(&str, i32)> {
    let inner = name.strip_prefix('.')?.strip_suffix(".tmp")?;
    let (file, pid) = inner.rsplit_once('.')?;
    let pid = pid.parse().ok()?;
    (!file.is_empty()).then_some((file, pid))
}
