//! The public log: the only code that touches git (git2).
//!
//! History is read straight from git objects, never from the working tree,
//! so what a council consults is exactly what a commit id names.

mod cache;
mod commit;
mod lock;
mod merge;
mod provenance;
mod remote;
mod scan;
mod site;
mod worktree;

pub use cache::State;
pub use commit::{CouncilLanded, Moved, NewFile, refuse_links_in_folder, write_atomically};
pub use lock::LogLock;
pub use merge::Relation;
pub use provenance::{Blob, Lineage, Provenance, short};
pub use remote::{PEERS_REFS, Unreachable, check_url, peer_ref};
pub use scan::Scanned;

use crate::council::abandoned::Abandoned;
use crate::council::correction::Correction;
use crate::council::limits;
use crate::council::report::Report;
use crate::council::settings::CouncilToml;
use crate::council::{History, Record};
use crate::error::{Fail, hint};
use crate::minutes;
use crate::msg;
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
/// The folders of the public record, every file of which is append-only.
pub(crate) const RECORD_DIRS: [&str; 4] =
    [MINUTES_DIR, REPORTS_DIR, ABANDONED_DIR, CORRECTIONS_DIR];

/// A commit of the log, by id; git2's own types stay inside `log`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CommitId(Oid);

impl CommitId {
    /// Reads a full hexadecimal commit id.
    pub fn parse(text: &str) -> Result<CommitId> {
        Oid::from_str(text)
            .ok()
            .filter(|_| text.len() == 40)
            .map(CommitId)
            .ok_or_else(|| Fail::new(msg!("err-not-commit-id", text = format!("{text:?}"))).into())
    }

    /// The first ten hexadecimal digits, as people quote commits.
    pub fn short(&self) -> String {
        format!("{:.10}", self.0.to_string())
    }
}

impl std::fmt::Display for CommitId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// A tree of the log, by id: two equal ids hold the same files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TreeId(Oid);

/// The author and committer of the log's commits, at a time.
pub struct Signature(git2::Signature<'static>);

impl Signature {
    /// Signs as `name <email>` at `when`; refuses what would corrupt a commit object.
    pub fn at(name: &str, email: &str, when: crate::council::time::Timestamp) -> Result<Signature> {
        let bad = |s: &str| s.chars().any(|c| c.is_control() || c == '<' || c == '>');
        if bad(name) || bad(email) || name.trim().is_empty() || email.trim().is_empty() {
            return Err(hint(
                msg!(
                    "err-identity-bad",
                    name = format!("{name:?}"),
                    email = format!("{email:?}")
                ),
                msg!("err-identity-bad-hint"),
            ));
        }
        let time = git2::Time::new(when.0.timestamp(), when.0.offset().local_minus_utc() / 60);
        git2::Signature::new(name, email, &time)
            .map(Signature)
            .map_err(|e| {
                hint(
                    msg!(
                        "err-identity-git",
                        name = name,
                        email = email,
                        error = e.message()
                    ),
                    msg!("err-identity-git-hint"),
                )
            })
    }
}

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

/// A file of the log that could not be read: its path and why.
pub type Unreadable = (String, String);

/// The log at one commit: its councils and filed report-backs.
#[derive(Clone)]
pub struct Snapshot {
    pub head: Option<CommitId>,
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
                // Our words for the common cases; git's own, quoted, for the rest.
                let why = if !dir.exists() {
                    msg!("err-not-log-no-folder")
                } else if e.code() == git2::ErrorCode::NotFound {
                    msg!("err-not-log-no-repository")
                } else {
                    msg!("err-git-says", message = e.message())
                };
                hint(
                    msg!("err-not-log", dir = dir.display().to_string(), error = why),
                    msg!("err-not-log-hint", dir = dir.display().to_string()),
                )
            })?,
            // GIT_DIR and GIT_WORK_TREE name the repository as they do for git itself.
            None if std::env::var_os("GIT_DIR").is_some() => {
                Repository::open_from_env().map_err(|e| {
                    hint(
                        msg!("err-git-dir", error = e.message()),
                        msg!("err-git-dir-hint"),
                    )
                })?
            }
            None => {
                let here = std::env::current_dir().with_context(|| msg!("err-current-dir"))?;
                Repository::discover(&here).map_err(|_| {
                    hint(
                        msg!("err-not-inside-log", dir = here.display().to_string()),
                        msg!("err-not-inside-log-hint"),
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
                    msg!(
                        "err-config-uncommitted",
                        dir = log.root().display().to_string()
                    ),
                    msg!(
                        "err-config-uncommitted-hint",
                        dir = log.root().display().to_string()
                    ),
                ));
            }
            return Err(hint(
                msg!("err-no-config", dir = log.root().display().to_string()),
                msg!("err-no-config-hint", dir = log.root().display().to_string()),
            ));
        }
        Ok(log)
    }

    /// Opens the git repository at `dir` as it is, council log or not (for `init` to adopt).
    pub fn open_repository(dir: &Path) -> Option<Log> {
        Repository::open(dir).ok().map(Log::from_repo)
    }

    /// Opens the repository GIT_DIR (and GIT_WORK_TREE) name, as git itself would.
    pub fn open_repository_env() -> Result<Log> {
        let repo = Repository::open_from_env().map_err(|e| {
            hint(
                msg!("err-git-dir", error = e.message()),
                msg!("err-git-dir-init-hint"),
            )
        })?;
        if let Some(tree) = std::env::var_os("GIT_WORK_TREE") {
            repo.set_workdir(Path::new(&tree), false).map_err(|e| {
                hint(
                    msg!("err-git-work-tree", error = e.message()),
                    msg!("err-git-work-tree-hint"),
                )
            })?;
        }
        Ok(Log::from_repo(repo))
    }

    /// Creates a new git repository at `dir`, on a branch named `main`.
    pub fn create(dir: &Path) -> Result<Log> {
        let mut opts = git2::RepositoryInitOptions::new();
        opts.initial_head("main");
        let repo = Repository::init_opts(dir, &opts).map_err(|e| {
            let lock = dir.join(".git/config.lock");
            if lock.exists() {
                hint(
                    msg!("err-config-lock", path = lock.display().to_string()),
                    msg!("err-config-lock-hint", path = lock.display().to_string()),
                )
            } else {
                anyhow::Error::from(e)
                    .context(msg!("err-create-repo", dir = dir.display().to_string()))
            }
        })?;
        Ok(Log::from_repo(repo))
    }

    /// Wraps a repository that `init` just created or adopted.
    fn from_repo(repo: Repository) -> Log {
        Log {
            repo,
            parsed: RefCell::new(HashMap::new()),
        }
    }

    pub fn repo(&self) -> &Repository {
        &self.repo
    }

    /// The git directory: what lives here (journal, lock, pseudonym secret) is never committed.
    pub fn git_dir(&self) -> PathBuf {
        self.repo.path().to_path_buf()
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

    fn config_text_at(&self, commit: CommitId) -> Result<Option<(String, String)>> {
        Ok(self.read_at(commit, CONFIG_FILE)?.map(|bytes| {
            (
                msg!(
                    "err-config-in-commit",
                    commit = format!("{:.10}", commit.to_string())
                ),
                String::from_utf8_lossy(&bytes).into_owned(),
            )
        }))
    }

    /// Reads and checks the council's standing settings, as committed at HEAD.
    pub fn config(&self) -> Result<CouncilToml> {
        let text = self.config_text()?.ok_or_else(|| {
            hint(
                msg!(
                    "err-config-not-committed",
                    dir = self.root().display().to_string()
                ),
                msg!("err-config-not-committed-hint"),
            )
        })?;
        parse_config(text)
    }

    /// Reads the settings a council drawn from `commit` was bound by: `council.toml` there.
    pub fn config_at(&self, commit: CommitId) -> Result<CouncilToml> {
        let text = self.config_text_at(commit)?.ok_or_else(|| {
            Fail::new(msg!(
                "err-commit-no-config",
                commit = format!("{:.10}", commit.to_string())
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
            Err(e) => {
                return Err(e)
                    .with_context(|| msg!("err-read-failed", path = path.display().to_string()));
            }
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
    pub fn head(&self) -> Result<Option<CommitId>> {
        match self.repo.head() {
            Ok(head) => Ok(head.target().map(CommitId)),
            Err(e)
                if e.code() == git2::ErrorCode::UnbornBranch
                    || e.code() == git2::ErrorCode::NotFound =>
            {
                Ok(None)
            }
            Err(e) => Err(e).with_context(|| msg!("err-read-head")),
        }
    }

    /// The log's first commit (following first parents from HEAD), or `None` on an unborn
    /// branch: every copy of the log shares it, and no other log has it, so the feed's ids
    /// are built on it.
    pub fn root_commit(&self) -> Result<Option<CommitId>> {
        let Some(head) = self.head()? else {
            return Ok(None);
        };
        let mut walk = self.repo.revwalk()?;
        walk.push(head.0)?;
        walk.simplify_first_parent()?;
        let mut root = head.0;
        for id in walk {
            root = id?;
        }
        Ok(Some(CommitId(root)))
    }

    /// Reads one file of a commit, or `None` when the commit has no such file.
    pub fn read_at(&self, commit: CommitId, path: &str) -> Result<Option<Vec<u8>>> {
        let tree = self.tree_of(commit)?;
        let entry = match tree.get_path(Path::new(path)) {
            Ok(entry) => entry,
            Err(e) if e.code() == git2::ErrorCode::NotFound => return Ok(None),
            Err(e) => return Err(e).with_context(|| msg!("err-look-up", path = path)),
        };
        let blob = entry
            .to_object(&self.repo)
            .and_then(|o| o.peel_to_blob())
            .with_context(|| {
                msg!(
                    "err-read-in-commit",
                    path = path,
                    commit = commit.to_string()
                )
            })?;
        Ok(Some(blob.content().to_vec()))
    }

    fn tree_of(&self, commit: CommitId) -> Result<Tree<'_>> {
        let commit = self.repo.find_commit(commit.0).map_err(|e| {
            hint(
                msg!(
                    "err-commit-missing",
                    commit = commit.to_string(),
                    error = e.message()
                ),
                msg!("err-commit-missing-hint"),
            )
        })?;
        Ok(commit.tree()?)
    }

    /// Lists the `.md` files in the year folders below `dir` (`minutes`, `reports`) of a commit.
    fn year_blobs(&self, commit: CommitId, dir: &str) -> Result<Vec<(String, Oid)>> {
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
                msg!("err-log-file-big", problem = e),
                msg!("err-log-file-big-hint"),
            )
        })?;
        String::from_utf8(blob.content().to_vec()).map_err(|_| {
            hint(
                msg!("err-not-utf8", path = path),
                msg!("err-not-utf8-hint", path = path),
            )
        })
    }

    /// Reads the `.md` files in the year folders below `dir` of a commit, with their text.
    fn year_files(&self, commit: CommitId, dir: &str) -> Result<Vec<(String, String)>> {
        self.year_blobs(commit, dir)?
            .into_iter()
            .map(|(path, oid)| Ok((path.clone(), self.blob_text(&path, oid)?)))
            .collect()
    }

    /// The paths of the minutes files of a commit, without reading them.
    pub fn minutes_paths(&self, commit: Option<CommitId>) -> Result<Vec<String>> {
        match commit {
            Some(commit) => Ok(self
                .year_blobs(commit, MINUTES_DIR)?
                .into_iter()
                .map(|(path, _)| path)
                .collect()),
            None => Ok(Vec::new()),
        }
    }

    /// Reads the `.md` files below `dir` (`minutes`, `reports`, `abandoned`, `corrections`) of a commit.
    pub fn files_at(&self, commit: Option<CommitId>, dir: &str) -> Result<Vec<(String, String)>> {
        match commit {
            Some(commit) => self.year_files(commit, dir),
            None => Ok(Vec::new()),
        }
    }

    /// Reads every minutes file of a commit that parses, and says why each other one does not.
    pub fn minutes_lenient(
        &self,
        commit: Option<CommitId>,
    ) -> Result<(Vec<Stored>, Vec<Unreadable>)> {
        let Some(commit) = commit else {
            return Ok((Vec::new(), Vec::new()));
        };
        let mut found = Vec::new();
        let mut unreadable = Vec::new();
        for (path, oid) in self.year_blobs(commit, MINUTES_DIR)? {
            let text = match self.blob_text(&path, oid) {
                Ok(text) => text,
                Err(e) => {
                    unreadable.push((path, e.to_string()));
                    continue;
                }
            };
            match minutes::parse(&text) {
                Ok(record) => {
                    let record = Arc::new(record);
                    self.parsed.borrow_mut().insert(oid, Arc::clone(&record));
                    found.push(Stored { path, text, record });
                }
                Err(e) => unreadable.push((path, e.to_string())),
            }
        }
        found.sort_by(|a, b| {
            a.record
                .started
                .cmp(&b.record.started)
                .then_with(|| a.record.id.cmp(&b.record.id))
        });
        Ok((found, unreadable))
    }

    /// Reads every report-back of a commit that parses, and says why each other one does not.
    pub fn reports_lenient(&self, commit: CommitId) -> Result<(Vec<Report>, Vec<Unreadable>)> {
        let mut found = Vec::new();
        let mut unreadable = Vec::new();
        for (path, oid) in self.year_blobs(commit, REPORTS_DIR)? {
            match self
                .blob_text(&path, oid)
                .and_then(|text| minutes::parse_report(&text).map_err(anyhow::Error::from))
            {
                Ok(report) => found.push((path, report)),
                Err(e) => unreadable.push((path, e.to_string())),
            }
        }
        found.sort_by(|a, b| a.1.filed.cmp(&b.1.filed).then_with(|| a.0.cmp(&b.0)));
        Ok((found.into_iter().map(|(_, r)| r).collect(), unreadable))
    }

    /// Parses a minutes blob, once per blob however many commits hold it.
    fn record(
        &self,
        commit: CommitId,
        path: &str,
        oid: Oid,
        text: Option<&str>,
    ) -> Result<Arc<Record>> {
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
    pub fn minutes_at(&self, commit: Option<CommitId>) -> Result<Vec<Stored>> {
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
    pub fn reports_at(&self, commit: Option<CommitId>) -> Result<Vec<(String, Report)>> {
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
    pub fn abandoned_at(&self, commit: Option<CommitId>) -> Result<Vec<Abandoned>> {
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
    pub fn corrections_at(&self, commit: Option<CommitId>) -> Result<Vec<(String, Correction)>> {
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
    pub fn history_at(&self, commit: Option<CommitId>) -> Result<History> {
        let mut councils = Vec::new();
        if let Some(commit) = commit {
            for (path, oid) in self.year_blobs(commit, MINUTES_DIR)? {
                councils.push(self.record(commit, &path, oid, None)?);
            }
        }
        Ok(History::new(commit.map(|c| c.to_string()), councils))
    }

    /// Takes the log's write lock, saying so while waiting for another process.
    pub fn lock(&self, waiting: impl FnOnce(&Path, &str)) -> Result<LogLock> {
        LogLock::acquire(&self.repo.path().join("council.lock"), waiting)
    }

    /// Commits `files` onto `parent` (the snapshot they were computed from), confirms the
    /// commit, and brings the work tree and index in line; see [`commit::commit`].
    ///
    /// Fails with [`Moved`] when HEAD is no longer `parent`, and with
    /// [`CouncilLanded`] when `council_history` is given and the parent's
    /// minutes differ from that history's. Returns the commit and what was
    /// left alone in the work tree or index, in words.
    pub fn commit(
        &self,
        files: &[NewFile],
        message: &str,
        signature: &Signature,
        parent: Option<CommitId>,
        council_history: Option<Option<&str>>,
        merge: Option<CommitId>,
    ) -> Result<(CommitId, Vec<String>)> {
        let minutes_base = match council_history {
            Some(history) => {
                let history = history.map(CommitId::parse).transpose()?;
                Some(self.minutes_tree(history)?.map(|t| t.0))
            }
            None => None,
        };
        let done = commit::commit(
            &self.repo,
            &commit::Request {
                files,
                message,
                signature: &signature.0,
                parent: parent.map(|p| p.0),
                minutes_base,
                merge: merge.map(|m| m.0),
            },
        )?;
        Ok((CommitId(done.oid), done.notes))
    }

    /// Tells whether this is a shallow clone, whose history stops short.
    pub fn is_shallow(&self) -> bool {
        self.repo.is_shallow()
    }

    /// Refuses to write on a detached HEAD: the commit would belong to no branch.
    pub fn refuse_detached(&self) -> Result<()> {
        if self.repo.head_detached().unwrap_or(false) {
            return Err(hint(
                msg!("err-detached", dir = self.root().display().to_string()),
                msg!("err-detached-hint"),
            ));
        }
        Ok(())
    }

    /// Repairs what an interrupted write left in the work tree and index; see [`worktree::repair`].
    pub fn repair(&self) -> Result<Vec<String>> {
        worktree::repair(&self.repo)
    }

    /// Refuses `paths` when writing them would go through a symbolic link, in HEAD or in the work tree.
    pub fn refuse_links(&self, paths: &[&str]) -> Result<()> {
        let tree = self.head()?.map(|head| self.tree_of(head)).transpose()?;
        commit::refuse_links(&self.repo, tree.as_ref(), paths.iter().copied())
    }
}

fn parse_config((origin, text): (String, String)) -> Result<CouncilToml> {
    limits::file(&origin, text.len() as u64, limits::MAX_INPUT_BYTES)
        .map_err(|e| Fail::new(msg!("err-config-invalid", origin = &origin, problem = e)))?;
    let config: CouncilToml = toml::from_str(&text).map_err(|e| {
        hint(
            msg!(
                "err-config-invalid",
                origin = &origin,
                problem = crate::input::toml_problem(&e, &text)
            ),
            msg!("err-config-invalid-hint"),
        )
    })?;
    config
        .check()
        .map_err(|e| Fail::new(msg!("err-config-invalid", origin = &origin, problem = e)))?;
    Ok(config)
}

fn unreadable(path: &str, commit: CommitId, error: minutes::MinutesError) -> anyhow::Error {
    hint(
        msg!(
            "err-unreadable",
            path = path,
            commit = format!("{:.10}", commit.to_string()),
            error = error.to_string()
        ),
        msg!("err-unreadable-hint", path = path),
    )
}
