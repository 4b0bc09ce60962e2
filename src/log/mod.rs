//! The public log: the only code that touches git (git2).
//!
//! History is read straight from git objects, never from the working tree,
//! so what a council consults is exactly what a commit id names.

mod commit;
mod lock;
mod provenance;

pub use commit::{CouncilLanded, NewFile, refuse_links_in_folder, write_atomically};
pub use lock::LogLock;
pub use provenance::{Lineage, Provenance, short};

use crate::council::abandoned::Abandoned;
use crate::council::correction::Correction;
use crate::council::limits;
use crate::council::report::Report;
use crate::council::settings::CouncilToml;
use crate::council::{History, Record};
use crate::error::{Fail, hint};
use crate::minutes;
use anyhow::{Context as _, Result};
use git2::{ObjectType, Oid, Repository, Tree};
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub const CONFIG_FILE: &str = "council.toml";
pub const MINUTES_DIR: &str = "minutes";
pub const REPORTS_DIR: &str = "reports";
pub const ABANDONED_DIR: &str = "abandoned";
pub const CORRECTIONS_DIR: &str = "corrections";

/// An open council log.
pub struct Log {
    repo: Repository,
    /// Minutes already parsed, by blob id: commits share blobs, so each file is parsed once.
    parsed: RefCell<HashMap<Oid, Arc<Record>>>,
}

/// A minutes file as stored in a commit.
#[derive(Debug, Clone)]
pub struct Stored {
    pub path: String,
    pub text: String,
    /// Shared with every history that holds this council.
    pub record: Arc<Record>,
}

/// The log at one commit: its councils and filed report-backs.
pub struct Snapshot {
    pub head: Option<Oid>,
    pub stored: Vec<Stored>,
    pub reports: Vec<Report>,
    pub abandoned: Vec<Abandoned>,
    /// Corrections published beside councils, with their paths, oldest first.
    pub corrections: Vec<(String, Correction)>,
}

impl Snapshot {
    pub fn records(&self) -> Vec<&Record> {
        self.stored.iter().map(|s| &*s.record).collect()
    }

    /// The history a new council or report consults.
    pub fn history(&self) -> History {
        History::new(
            self.head.map(|h| h.to_string()),
            self.stored.iter().map(|s| Arc::clone(&s.record)).collect(),
        )
    }
}

impl Log {
    /// Opens the log at `dir`, or the log around the current directory.
    pub fn open(dir: Option<&Path>) -> Result<Log> {
        let repo = match dir {
            Some(dir) => Repository::open(dir).map_err(|e| {
                hint(
                    format!("{} is not a council log: {}", dir.display(), e.message()),
                    format!("create one with `council init {}`", dir.display()),
                )
            })?,
            None => {
                let here =
                    std::env::current_dir().context("failed to read the current directory")?;
                Repository::discover(&here).map_err(|_| {
                    hint(
                        format!("{} is not inside a council log", here.display()),
                        "pass `--log DIR`, set COUNCIL_LOG, or create a log here with `council init`",
                    )
                })?
            }
        };
        let log = Log::from_repo(repo);
        if log.config_text()?.is_none() {
            if let Some(workdir) = log.repo.workdir()
                && workdir.join(CONFIG_FILE).exists()
            {
                return Err(hint(
                    format!(
                        "{} has a {CONFIG_FILE} that is not committed: the settings in force are the committed ones",
                        log.root().display()
                    ),
                    format!(
                        "commit it: `git -C {} add {CONFIG_FILE} && git -C {} commit`",
                        log.root().display(),
                        log.root().display()
                    ),
                ));
            }
            return Err(hint(
                format!(
                    "{} is a git repository but not a council log: it has no {CONFIG_FILE}",
                    log.root().display()
                ),
                format!("adopt it with `council init {}`", log.root().display()),
            ));
        }
        Ok(log)
    }

    /// Wraps a repository that `init` just created or adopted.
    pub fn from_repo(repo: Repository) -> Log {
        Log {
            repo,
            parsed: RefCell::new(HashMap::new()),
        }
    }

    pub fn repo(&self) -> &Repository {
        &self.repo
    }

    /// The folder people know the log by: the working tree, or the git dir of a bare log.
    pub fn root(&self) -> PathBuf {
        self.repo
            .workdir()
            .unwrap_or_else(|| self.repo.path())
            .to_path_buf()
    }

    /// Reads `council.toml` as committed at HEAD, or `None` when HEAD has none.
    ///
    /// The settings in force are the committed ones: an uncommitted edit of the
    /// working copy changes no council's rules ([`Log::config_drift`] tells).
    fn config_text(&self) -> Result<Option<(String, String)>> {
        let Some(head) = self.head()? else {
            return Ok(None);
        };
        self.config_text_at(head)
    }

    fn config_text_at(&self, commit: Oid) -> Result<Option<(String, String)>> {
        Ok(self.read_at(commit, CONFIG_FILE)?.map(|bytes| {
            (
                format!("{CONFIG_FILE} in commit {:.10}", commit.to_string()),
                String::from_utf8_lossy(&bytes).into_owned(),
            )
        }))
    }

    /// Reads and checks the council's standing settings, as committed at HEAD.
    pub fn config(&self) -> Result<CouncilToml> {
        let text = self.config_text()?.ok_or_else(|| {
            hint(
                format!("no {CONFIG_FILE} is committed in {}", self.root().display()),
                format!(
                    "commit it (`git add {CONFIG_FILE} && git commit`), or create a log with `council init`"
                ),
            )
        })?;
        parse_config(text)
    }

    /// Reads the settings a council drawn from `commit` was bound by: `council.toml` there.
    pub fn config_at(&self, commit: Oid) -> Result<CouncilToml> {
        let text = self.config_text_at(commit)?.ok_or_else(|| {
            Fail::new(format!(
                "commit {:.10} holds no {CONFIG_FILE}",
                commit.to_string()
            ))
        })?;
        parse_config(text)
    }

    /// Tells whether the working copy of `council.toml` differs from the committed one.
    pub fn config_drift(&self) -> Result<bool> {
        let Some(workdir) = self.repo.workdir() else {
            return Ok(false);
        };
        let path = workdir.join(CONFIG_FILE);
        let on_disk = match std::fs::read(&path) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(e).with_context(|| format!("failed to read {}", path.display())),
        };
        let committed = match self.head()? {
            Some(head) => self.read_at(head, CONFIG_FILE)?,
            None => None,
        };
        // Line endings are the user's business (core.autocrlf): compare the text.
        let normal =
            |b: Option<Vec<u8>>| b.map(|b| String::from_utf8_lossy(&b).replace("\r\n", "\n"));
        Ok(on_disk.is_some() && normal(on_disk) != normal(committed))
    }

    /// The commit HEAD points at, or `None` on an unborn branch.
    pub fn head(&self) -> Result<Option<Oid>> {
        match self.repo.head() {
            Ok(head) => Ok(head.target()),
            Err(e)
                if e.code() == git2::ErrorCode::UnbornBranch
                    || e.code() == git2::ErrorCode::NotFound =>
            {
                Ok(None)
            }
            Err(e) => Err(e).context("failed to read HEAD of the log"),
        }
    }

    /// Reads one file of a commit, or `None` when the commit has no such file.
    pub fn read_at(&self, commit: Oid, path: &str) -> Result<Option<Vec<u8>>> {
        let tree = self.tree_of(commit)?;
        let entry = match tree.get_path(Path::new(path)) {
            Ok(entry) => entry,
            Err(e) if e.code() == git2::ErrorCode::NotFound => return Ok(None),
            Err(e) => return Err(e).with_context(|| format!("failed to look up {path}")),
        };
        let blob = entry
            .to_object(&self.repo)
            .and_then(|o| o.peel_to_blob())
            .with_context(|| format!("failed to read {path} in commit {commit}"))?;
        Ok(Some(blob.content().to_vec()))
    }

    fn tree_of(&self, commit: Oid) -> Result<Tree<'_>> {
        let commit = self.repo.find_commit(commit).map_err(|e| {
            hint(
                format!("commit {commit} is not in this log: {}", e.message()),
                "if this is a shallow clone, fetch the full history (`git fetch --unshallow`)",
            )
        })?;
        Ok(commit.tree()?)
    }

    /// Lists the `.md` files in the year folders below `dir` (`minutes`, `reports`) of a commit.
    fn year_blobs(&self, commit: Oid, dir: &str) -> Result<Vec<(String, Oid)>> {
        let tree = self.tree_of(commit)?;
        // A link or file where the folder belongs holds no councils; committing through it is refused.
        let Some(entry) = tree
            .get_name(dir)
            .filter(|e| e.kind() == Some(ObjectType::Tree))
        else {
            return Ok(Vec::new());
        };
        let mut found = Vec::new();
        let top = entry.to_object(&self.repo)?.peel_to_tree()?;
        for year in top.iter() {
            if year.kind() != Some(ObjectType::Tree) {
                continue;
            }
            let year_name = year.name().unwrap_or_default().to_string();
            let year_tree = year.to_object(&self.repo)?.peel_to_tree()?;
            for file in year_tree.iter() {
                let name = file.name().unwrap_or_default();
                if file.kind() == Some(ObjectType::Blob) && name.ends_with(".md") {
                    found.push((format!("{dir}/{year_name}/{name}"), file.id()));
                }
            }
        }
        Ok(found)
    }

    fn blob_text(&self, path: &str, oid: Oid) -> Result<String> {
        let blob = self.repo.find_blob(oid)?;
        // A file committed by hand may be huge: refused by its size, before it is copied or parsed.
        limits::file(path, blob.size() as u64, limits::MAX_LOG_FILE_BYTES).map_err(|e| {
            hint(
                format!("{e} (no file the tool writes is that large)"),
                "log files are never rewritten by hand; revert the commit that added it",
            )
        })?;
        String::from_utf8(blob.content().to_vec())
            .map_err(|_| Fail::new(format!("{path} is not UTF-8 text")).into())
    }

    /// Reads the `.md` files in the year folders below `dir` of a commit, with their text.
    fn year_files(&self, commit: Oid, dir: &str) -> Result<Vec<(String, String)>> {
        self.year_blobs(commit, dir)?
            .into_iter()
            .map(|(path, oid)| Ok((path.clone(), self.blob_text(&path, oid)?)))
            .collect()
    }

    /// Parses a minutes blob, once per blob however many commits hold it.
    fn record(&self, commit: Oid, path: &str, oid: Oid, text: Option<&str>) -> Result<Arc<Record>> {
        if let Some(record) = self.parsed.borrow().get(&oid) {
            return Ok(Arc::clone(record));
        }
        let owned;
        let text = match text {
            Some(text) => text,
            None => {
                owned = self.blob_text(path, oid)?;
                &owned
            }
        };
        let record = Arc::new(minutes::parse(text).map_err(|e| unreadable(path, commit, e))?);
        self.parsed.borrow_mut().insert(oid, Arc::clone(&record));
        Ok(record)
    }

    /// Reads every minutes file of a commit, oldest council first.
    pub fn minutes_at(&self, commit: Option<Oid>) -> Result<Vec<Stored>> {
        let Some(commit) = commit else {
            return Ok(Vec::new());
        };
        let mut found = Vec::new();
        for (path, oid) in self.year_blobs(commit, MINUTES_DIR)? {
            let text = self.blob_text(&path, oid)?;
            let record = self.record(commit, &path, oid, Some(&text))?;
            found.push(Stored { path, text, record });
        }
        found.sort_by(|a, b| {
            a.record
                .started
                .cmp(&b.record.started)
                .then_with(|| a.record.id.cmp(&b.record.id))
        });
        Ok(found)
    }

    /// Reads every report-back filed with `council report`, oldest first.
    pub fn reports_at(&self, commit: Option<Oid>) -> Result<Vec<(String, Report)>> {
        let Some(commit) = commit else {
            return Ok(Vec::new());
        };
        let mut found = Vec::new();
        for (path, text) in self.year_files(commit, REPORTS_DIR)? {
            let report = minutes::parse_report(&text).map_err(|e| unreadable(&path, commit, e))?;
            found.push((path, report));
        }
        found.sort_by(|a, b| a.1.filed.cmp(&b.1.filed).then_with(|| a.0.cmp(&b.0)));
        Ok(found)
    }

    /// Reads the public traces of abandoned councils, oldest first.
    pub fn abandoned_at(&self, commit: Option<Oid>) -> Result<Vec<Abandoned>> {
        let Some(commit) = commit else {
            return Ok(Vec::new());
        };
        let mut found = Vec::new();
        for (path, text) in self.year_files(commit, ABANDONED_DIR)? {
            found.push(minutes::parse_abandoned(&text).map_err(|e| unreadable(&path, commit, e))?);
        }
        found.sort_by(|a, b| a.started.cmp(&b.started).then_with(|| a.id.cmp(&b.id)));
        Ok(found)
    }

    /// Reads the corrections published beside councils, oldest first.
    pub fn corrections_at(&self, commit: Option<Oid>) -> Result<Vec<(String, Correction)>> {
        let Some(commit) = commit else {
            return Ok(Vec::new());
        };
        let mut found = Vec::new();
        for (path, text) in self.year_files(commit, CORRECTIONS_DIR)? {
            let c = minutes::parse_correction(&text).map_err(|e| unreadable(&path, commit, e))?;
            found.push((path, c));
        }
        found.sort_by(|a, b| a.1.filed.cmp(&b.1.filed).then_with(|| a.0.cmp(&b.0)));
        Ok(found)
    }

    /// Reads everything at HEAD that the read commands show.
    pub fn snapshot(&self) -> Result<Snapshot> {
        let head = self.head()?;
        Ok(Snapshot {
            head,
            stored: self.minutes_at(head)?,
            reports: self.reports_at(head)?.into_iter().map(|(_, r)| r).collect(),
            abandoned: self.abandoned_at(head)?,
            corrections: self.corrections_at(head)?,
        })
    }

    /// The history a council consults: every council in `commit`.
    pub fn history_at(&self, commit: Option<Oid>) -> Result<History> {
        let mut councils = Vec::new();
        if let Some(commit) = commit {
            for (path, oid) in self.year_blobs(commit, MINUTES_DIR)? {
                councils.push(self.record(commit, &path, oid, None)?);
            }
        }
        Ok(History::new(commit.map(|c| c.to_string()), councils))
    }

    /// Takes the log's write lock, saying so while waiting for another process.
    pub fn lock(&self, waiting: impl FnOnce(&Path)) -> Result<LogLock> {
        LogLock::acquire(&self.repo.path().join("council.lock"), waiting)
    }

    /// Commits `files` on top of HEAD; see [`commit::commit_files`].
    pub fn commit_files(
        &self,
        files: &[NewFile],
        message: &str,
        signature: &git2::Signature<'_>,
        warn: &mut dyn FnMut(String),
    ) -> Result<Oid> {
        commit::commit_files(&self.repo, files, message, signature, None, warn)
    }

    /// Commits a council's files onto the log its pools were computed from (`history`):
    /// refused with [`CouncilLanded`] when a minutes file was added, removed or changed since.
    pub fn commit_council(
        &self,
        files: &[NewFile],
        message: &str,
        signature: &git2::Signature<'_>,
        history: Option<&str>,
        warn: &mut dyn FnMut(String),
    ) -> Result<Oid> {
        let history = history.map(Oid::from_str).transpose()?;
        let base = self.minutes_tree(history)?;
        commit::commit_files(&self.repo, files, message, signature, Some(base), warn)
    }

    /// Refuses `paths` when writing them would go through a symbolic link, in HEAD or in the work tree.
    pub fn refuse_links(&self, paths: &[&str]) -> Result<()> {
        let tree = self.head()?.map(|head| self.tree_of(head)).transpose()?;
        commit::refuse_links(&self.repo, tree.as_ref(), paths.iter().copied())
    }
}

fn parse_config((origin, text): (String, String)) -> Result<CouncilToml> {
    limits::file(&origin, text.len() as u64, limits::MAX_INPUT_BYTES)
        .map_err(|e| Fail::new(format!("{origin} is not valid: {e}")))?;
    let config: CouncilToml = toml::from_str(&text).map_err(|e| {
        hint(
            format!("{origin} is not valid: {}", e.to_string().trim()),
            "fix the setting it names and commit; `council init --help` lists every setting",
        )
    })?;
    config
        .check()
        .map_err(|e| Fail::new(format!("{origin} is not valid: {e}")))?;
    Ok(config)
}

fn unreadable(path: &str, commit: Oid, error: minutes::MinutesError) -> anyhow::Error {
    hint(
        format!(
            "{path} (in commit {:.10}) cannot be read: {error}",
            commit.to_string()
        ),
        "log files are never rewritten by hand; restore the file with `git checkout` or revert the commit that broke it",
    )
}
