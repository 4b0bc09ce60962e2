//! Every minutes file of a commit, streamed: blobs read on this thread, parsed on workers.
//!
//! The read commands show a few fields of every council. Keeping each whole
//! record (its draw with pools and `left_out` lists is most of it) costs a few
//! KB a council, so each command keeps only its projection. Parsing is most of
//! the time, so it runs on every core while this thread inflates the blobs
//! (a `git2::Repository` is not `Sync`: only this thread touches it).

use super::{CommitId, Log, MINUTES_DIR, REPORTS_DIR, unreadable};
use crate::council::Record;
use crate::council::report::Report;
use crate::minutes;
use anyhow::Result;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

/// One council as a read command keeps it: the file and the projection of its record.
#[derive(Debug)]
pub struct Scanned<T> {
    pub path: String,
    pub item: T,
}

/// One line of a projection cache: a blob id and what a command keeps of that minutes file.
#[derive(serde::Serialize, serde::Deserialize)]
struct Cached<C> {
    b: String,
    i: C,
}

/// Bumped whenever a projection changes shape or meaning within a version: older files are
/// then left unread.
const PROJECTIONS: u32 = 4;

/// Files handed to a worker at once: enough to make the channel's cost negligible.
const BATCH: usize = 64;

/// Batches in flight: bounds the texts held in memory while the workers catch up.
const IN_FLIGHT: usize = 8;

type Batch = Vec<(usize, String, String)>;

/// What a worker found for one file, by its place in the tree.
type Parsed<T> = (usize, String, Result<T, minutes::MinutesError>);

impl Log {
    /// Turns off libgit2's re-hashing of every object read, for commands that only show the log.
    ///
    /// A corrupt object still fails to inflate (zlib checks each stream);
    /// `council verify` keeps the check and re-hashes everything it reads.
    pub fn trust_object_ids(&self) {
        // Process-wide in libgit2: only the read commands call it, once, before reading.
        git2::opts::strict_hash_verification(false);
    }

    /// Reads every minutes file of `commit`, keeping `keep(record)` of each, in tree order.
    ///
    /// Fails as [`Log::minutes_at`] does, on the first file (in tree order)
    /// that cannot be read or parsed.
    pub fn scan_minutes<T, F>(&self, commit: Option<CommitId>, keep: F) -> Result<Vec<Scanned<T>>>
    where
        T: Send,
        F: Fn(Record) -> T + Sync,
    {
        self.scan(commit, MINUTES_DIR, |text| minutes::parse(text).map(&keep))
    }

    /// Reads every report-back filed with `council report`, oldest first, as [`Log::reports_at`].
    pub fn scan_reports(&self, commit: Option<CommitId>) -> Result<Vec<Report>> {
        let mut found =
            self.scan_cached(commit, REPORTS_DIR, "report", minutes::parse_report, |r| r)?;
        found.sort_by(|a, b| {
            a.item
                .filed
                .cmp(&b.item.filed)
                .then_with(|| a.path.cmp(&b.path))
        });
        Ok(found.into_iter().map(|s| s.item).collect())
    }

    /// Reads every minutes file of `commit` as [`Log::scan_minutes`] does, through a cache of
    /// projections by blob id (`.git/council/projections/KIND-VERSION.jsonl`).
    ///
    /// A blob's projection never changes (a blob id names its content, and the file
    /// name the tool version that projected it), so a projection once made is
    /// read back instead of parsing the file again: a read command then costs a
    /// listing of the tree and a read of the cache. Files the cache lacks are parsed
    /// and appended. A line that does not parse is skipped (and its file parsed
    /// again); `COUNCIL_NO_CACHE=1` parses every file.
    pub fn scan_minutes_cached<C, T, P, F>(
        &self,
        commit: Option<CommitId>,
        kind: &str,
        project: P,
        finish: F,
    ) -> Result<Vec<Scanned<T>>>
    where
        C: Send + serde::Serialize + serde::de::DeserializeOwned,
        P: Fn(Record) -> C + Sync,
        F: Fn(C) -> T,
    {
        let parse = |text: &str| minutes::parse(text).map(&project);
        self.scan_cached(commit, MINUTES_DIR, kind, parse, finish)
    }

    /// Reads the files below record folder `dir` through the projection cache `kind`.
    fn scan_cached<C, T, P, F>(
        &self,
        commit: Option<CommitId>,
        dir: &str,
        kind: &str,
        parse: P,
        finish: F,
    ) -> Result<Vec<Scanned<T>>>
    where
        C: Send + serde::Serialize + serde::de::DeserializeOwned,
        P: Fn(&str) -> Result<C, minutes::MinutesError> + Sync,
        F: Fn(C) -> T,
    {
        let Some(commit) = commit else {
            return Ok(Vec::new());
        };
        let blobs = self.year_blobs(commit, dir)?;
        if super::cache::cache_disabled() {
            let found = self.scan_blobs(commit, blobs, &parse)?;
            return Ok(found
                .into_iter()
                .map(|s| Scanned {
                    path: s.path,
                    item: finish(s.item),
                })
                .collect());
        }
        let dir = self.repo.path().join("council").join("projections");
        let file = dir.join(format!(
            "{kind}-{}-{PROJECTIONS}.jsonl",
            env!("CARGO_PKG_VERSION")
        ));
        let wanted: std::collections::HashSet<git2::Oid> = blobs.iter().map(|(_, o)| *o).collect();
        let mut known: std::collections::HashMap<git2::Oid, T> =
            std::collections::HashMap::with_capacity(blobs.len());
        let mut lines = 0usize;
        if let Ok(f) = std::fs::File::open(&file) {
            use std::io::BufRead as _;
            for line in std::io::BufReader::new(f).lines() {
                let Ok(line) = line else { break };
                lines += 1;
                let Ok(cached) = serde_json::from_str::<Cached<C>>(&line) else {
                    continue;
                };
                let Ok(oid) = git2::Oid::from_str(&cached.b) else {
                    continue;
                };
                if wanted.contains(&oid) && !known.contains_key(&oid) {
                    known.insert(oid, finish(cached.i));
                }
            }
        }
        let missing: Vec<(String, git2::Oid)> = blobs
            .iter()
            .filter(|(_, oid)| !known.contains_key(oid))
            .cloned()
            .collect();
        if !missing.is_empty() {
            let oids: std::collections::HashMap<String, git2::Oid> =
                missing.iter().cloned().collect();
            let fresh = self.scan_blobs(commit, missing, &parse)?;
            let mut text = String::new();
            for s in fresh {
                let Some(&oid) = oids.get(&s.path) else {
                    continue;
                };
                if let Ok(line) = serde_json::to_string(&Cached {
                    b: oid.to_string(),
                    i: &s.item,
                }) {
                    text.push_str(&line);
                    text.push('\n');
                }
                known.insert(oid, finish(s.item));
            }
            // Derived and safe to lose: a cache that cannot be written only costs speed.
            if lines > 2 * blobs.len() + 1000 {
                let _ = std::fs::remove_file(&file);
            }
            let _ = std::fs::create_dir_all(&dir).and_then(|()| {
                use std::io::Write as _;
                let mut f = std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(&file)?;
                // One write: appends of two processes never interleave within it.
                f.write_all(text.as_bytes())
            });
        }
        let mut found = Vec::with_capacity(blobs.len());
        for (path, oid) in blobs {
            let item = match known.remove(&oid) {
                Some(item) => item,
                // The same blob at a second path (a copy committed by hand): read again.
                None => {
                    let text = self.blob_text(&path, oid)?;
                    finish(parse(&text).map_err(|e| unreadable(&path, commit, e))?)
                }
            };
            found.push(Scanned { path, item });
        }
        Ok(found)
    }

    /// Reads and parses every `.md` file in the year folders below `dir`, in tree order.
    fn scan<T, F>(&self, commit: Option<CommitId>, dir: &str, parse: F) -> Result<Vec<Scanned<T>>>
    where
        T: Send,
        F: Fn(&str) -> Result<T, minutes::MinutesError> + Sync,
    {
        let Some(commit) = commit else {
            return Ok(Vec::new());
        };
        let blobs = self.year_blobs(commit, dir)?;
        self.scan_blobs(commit, blobs, parse)
    }

    /// Reads and parses the given blobs, in their order.
    pub(super) fn scan_blobs<T, F>(
        &self,
        commit: CommitId,
        blobs: Vec<(String, git2::Oid)>,
        parse: F,
    ) -> Result<Vec<Scanned<T>>>
    where
        T: Send,
        F: Fn(&str) -> Result<T, minutes::MinutesError> + Sync,
    {
        let workers = std::thread::available_parallelism()
            .map_or(1, usize::from)
            .clamp(1, 8);
        let parse = |path: String, text: String| {
            let item = parse(&text);
            (path, item)
        };
        let mut parsed: Vec<Parsed<T>> = Vec::with_capacity(blobs.len());
        let mut read_error: Option<(usize, anyhow::Error)> = None;
        if workers == 1 || blobs.len() < 2 * BATCH {
            for (n, (path, oid)) in blobs.into_iter().enumerate() {
                match self.blob_text(&path, oid) {
                    Ok(text) => {
                        let (path, item) = parse(path, text);
                        parsed.push((n, path, item));
                    }
                    Err(e) => {
                        read_error = Some((n, e));
                        break;
                    }
                }
            }
        } else {
            std::thread::scope(|scope| {
                let (send, receive) = mpsc::sync_channel::<Batch>(IN_FLIGHT);
                let receive = Arc::new(Mutex::new(receive));
                let handles: Vec<_> = (0..workers)
                    .map(|_| {
                        let receive = Arc::clone(&receive);
                        let parse = &parse;
                        scope.spawn(move || {
                            let mut done: Vec<Parsed<T>> = Vec::new();
                            loop {
                                let batch = match receive.lock() {
                                    Ok(r) => r.recv(),
                                    Err(_) => break,
                                };
                                let Ok(batch) = batch else { break };
                                for (n, path, text) in batch {
                                    let (path, item) = parse(path, text);
                                    done.push((n, path, item));
                                }
                            }
                            done
                        })
                    })
                    .collect();
                let mut batch = Vec::with_capacity(BATCH);
                for (n, (path, oid)) in blobs.into_iter().enumerate() {
                    match self.blob_text(&path, oid) {
                        Ok(text) => batch.push((n, path, text)),
                        Err(e) => {
                            read_error = Some((n, e));
                            break;
                        }
                    }
                    if batch.len() == BATCH
                        && send
                            .send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH)))
                            .is_err()
                    {
                        break;
                    }
                }
                if !batch.is_empty() {
                    let _ = send.send(batch);
                }
                drop(send);
                for handle in handles {
                    match handle.join() {
                        Ok(done) => parsed.extend(done),
                        Err(panic) => std::panic::resume_unwind(panic),
                    }
                }
            });
            parsed.sort_unstable_by_key(|(n, _, _)| *n);
        }
        // The first file in tree order that fails is the one reported, as when read one by one.
        let first_parse_error = parsed.iter().position(|(_, _, item)| item.is_err());
        let read_at = read_error.as_ref().map(|(n, _)| *n);
        if let Some(at) = first_parse_error
            && read_at.is_none_or(|r| parsed[at].0 < r)
        {
            let (_, path, item) = parsed.swap_remove(at);
            if let Err(e) = item {
                return Err(unreadable(&path, commit, e));
            }
        }
        if let Some((_, e)) = read_error {
            return Err(e);
        }
        Ok(parsed
            .into_iter()
            .filter_map(|(_, path, item)| item.ok().map(|item| Scanned { path, item }))
            .collect())
    }
}
