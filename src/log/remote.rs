//! Fetch and push through the git command line, as `git` itself does them.
//!
//! libgit2 (as built here, without its network features) cannot reach an
//! `https://` or `ssh://` remote, and with them it still would not read the
//! user's `~/.ssh/config`, their agent's keys the way OpenSSH does, or their
//! credential helpers. Like jj, the tool runs `git fetch` and `git push`
//! for the network, and keeps every other git operation in git2. Those two
//! commands only ever write refs: `refs/remotes/origin/*` and
//! `refs/peers/<name>/head` for a fetch, the remote's branch for a push. The
//! branch, index and work tree are moved by the tool's own write path.

use super::{CommitId, Log};
use crate::error::{Fail, hint};
use crate::msg;
use anyhow::Result;
use std::ffi::OsStr;
use std::process::{Command, Stdio};

/// Where peers' logs are fetched to: never a branch, never the work tree.
pub const PEERS_REFS: &str = "refs/peers";

/// A remote that could not be reached or refused: what git said, cleaned for a terminal.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Unreachable(pub String);

impl Log {
    /// Runs `git` on this repository's git dir with `args`, returning its stdout.
    fn run_git(&self, args: &[&OsStr], what: &str) -> Result<String> {
        let mut cmd = Command::new("git");
        cmd.arg("--git-dir")
            .arg(self.repo.path())
            // A peer's or origin's URL never runs a program (`ext::`).
            .args(["-c", "protocol.ext.allow=never"])
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            // Without a terminal, a credential prompt would wait forever.
            .env("GIT_TERMINAL_PROMPT", terminal_prompt());
        let out = cmd.output().map_err(|e| {
            hint(
                msg!("err-run-git", what = what, error = e.to_string()),
                msg!("err-run-git-hint"),
            )
        })?;
        if out.status.success() {
            return Ok(String::from_utf8_lossy(&out.stdout).into_owned());
        }
        let said = crate::ui::clean_lines(String::from_utf8_lossy(&out.stderr).trim());
        Err(Unreachable(msg!("err-git-failed", what = what, said = said)).into())
    }

    /// The branch HEAD names (`main`), even when unborn.
    pub fn branch(&self) -> Result<String> {
        let head = self.repo.find_reference("HEAD")?;
        let target = head
            .symbolic_target()
            .ok()
            .flatten()
            .and_then(|t| t.strip_prefix("refs/heads/"))
            .map(str::to_string);
        target.ok_or_else(|| {
            hint(
                msg!("err-sync-detached", dir = self.root().display().to_string()),
                msg!("err-sync-detached-hint"),
            )
        })
    }

    /// The URL of `origin`, or `None` when the log has no `origin`.
    pub fn origin_url(&self) -> Option<String> {
        let remote = self.repo.find_remote("origin").ok()?;
        remote.url().ok().map(str::to_string)
    }

    /// Sets `origin` to `url` (`council init --remote`); an `origin` with another URL is refused.
    pub fn set_origin(&self, url: &str) -> Result<()> {
        check_url("--remote", url)?;
        match self.origin_url() {
            Some(now) if now == url => Ok(()),
            Some(now) => Err(hint(
                msg!(
                    "err-origin-other",
                    now = format!("{now:?}"),
                    url = format!("{url:?}")
                ),
                msg!("err-origin-other-hint", url = url),
            )),
            None => {
                self.repo.remote("origin", url).map_err(|e| {
                    hint(
                        msg!(
                            "err-origin-add",
                            url = format!("{url:?}"),
                            error = e.message()
                        ),
                        msg!("err-origin-add-hint"),
                    )
                })?;
                Ok(())
            }
        }
    }

    /// Fetches every branch of `origin` into `refs/remotes/origin/*` and returns the tip of
    /// the branch HEAD names there, or `None` when origin has no such branch yet.
    pub fn fetch_origin(&self) -> Result<Option<CommitId>> {
        let url = self.origin_url().ok_or_else(|| {
            hint(
                msg!("err-no-origin", dir = self.root().display().to_string()),
                msg!("err-no-origin-hint"),
            )
        })?;
        self.run_git(
            &[
                "fetch".as_ref(),
                "--quiet".as_ref(),
                "--no-tags".as_ref(),
                "--no-write-fetch-head".as_ref(),
                "origin".as_ref(),
                "+refs/heads/*:refs/remotes/origin/*".as_ref(),
            ],
            &msg!("err-fetching-origin", url = crate::ui::clean(&url)),
        )?;
        let branch = self.branch()?;
        Ok(self
            .repo
            .refname_to_id(&format!("refs/remotes/origin/{branch}"))
            .ok()
            .map(CommitId))
    }

    /// Pushes the branch HEAD names to the same branch of `origin` (never forced).
    pub fn push_origin(&self) -> Result<()> {
        let branch = self.branch()?;
        let url = self.origin_url().unwrap_or_default();
        let spec = format!("refs/heads/{branch}:refs/heads/{branch}");
        self.run_git(
            &[
                "push".as_ref(),
                "--quiet".as_ref(),
                "origin".as_ref(),
                spec.as_ref(),
            ],
            &msg!("err-pushing-origin", url = crate::ui::clean(&url)),
        )?;
        // Keep the remote-tracking branch in line, as `git push` does for a configured remote.
        if let Some(head) = self.head()? {
            let _ = self.repo.reference(
                &format!("refs/remotes/origin/{branch}"),
                head.0,
                true,
                "council sync: pushed",
            );
        }
        Ok(())
    }

    /// Pushes the web site's branch to the same branch of `origin` (never forced).
    pub fn push_site(&self, branch: &str) -> Result<()> {
        let url = self.origin_url().unwrap_or_default();
        let spec = format!("refs/heads/{branch}:refs/heads/{branch}");
        self.run_git(
            &[
                "push".as_ref(),
                "--quiet".as_ref(),
                "origin".as_ref(),
                spec.as_ref(),
            ],
            &format!("pushing the site to origin ({})", crate::ui::clean(&url)),
        )?;
        Ok(())
    }

    /// Fetches a peer's HEAD into `refs/peers/<slug>/head`, and returns it.
    pub fn fetch_peer(&self, slug: &str, url: &str) -> Result<CommitId> {
        check_url(&msg!("err-peer-url"), url)?;
        let spec = format!("+HEAD:{}", peer_ref(slug));
        self.run_git(
            &[
                "fetch".as_ref(),
                "--quiet".as_ref(),
                "--no-tags".as_ref(),
                "--no-write-fetch-head".as_ref(),
                "--end-of-options".as_ref(),
                url.as_ref(),
                spec.as_ref(),
            ],
            &msg!("err-fetching", url = crate::ui::clean(url)),
        )?;
        self.peer_head(slug).ok_or_else(|| {
            Fail::new(msg!(
                "err-fetch-left-nothing",
                url = format!("{url:?}"),
                reference = peer_ref(slug)
            ))
            .into()
        })
    }

    /// The commit last fetched from the peer `slug`, if any.
    pub fn peer_head(&self, slug: &str) -> Option<CommitId> {
        self.repo
            .refname_to_id(&peer_ref(slug))
            .ok()
            .filter(|oid| self.repo.find_commit(*oid).is_ok())
            .map(CommitId)
    }

    /// Tells whether `ancestor` is `commit` or one of its ancestors.
    pub fn is_ancestor(&self, ancestor: CommitId, commit: CommitId) -> Result<bool> {
        Ok(ancestor == commit || self.repo.graph_descendant_of(commit.0, ancestor.0)?)
    }

    /// The branches of origin fetched here (`refs/remotes/origin/NAME`, by NAME) whose tip
    /// holds a council log (`council.toml`) that shares no history with `commit` (every
    /// such branch when `commit` is `None`, a branch with no commit yet).
    pub fn unrelated_origin_logs(&self, commit: Option<CommitId>) -> Result<Vec<String>> {
        let mut found = Vec::new();
        for reference in self.repo.references_glob("refs/remotes/origin/*")? {
            let reference = reference?;
            let Some(name) = reference
                .name()
                .ok()
                .and_then(|n| n.strip_prefix("refs/remotes/origin/"))
            else {
                continue;
            };
            if name == "HEAD" {
                continue;
            }
            let Ok(tip) = reference.peel_to_commit() else {
                continue;
            };
            let tip = CommitId(tip.id());
            if self.read_at(tip, super::CONFIG_FILE)?.is_none() {
                continue;
            }
            let related = match commit {
                Some(commit) => self.merge_base(commit, tip)?.is_some(),
                None => false,
            };
            if !related {
                found.push(name.to_string());
            }
        }
        Ok(found)
    }

    /// Checks out origin's `branch` as a local branch tracking it (`git switch BRANCH`), for
    /// a clone whose own branch has no commit yet.
    pub fn switch_to_origin(&self, branch: &str) -> Result<()> {
        let root = self.root();
        self.run_git(
            &[
                "--work-tree".as_ref(),
                root.as_os_str(),
                "switch".as_ref(),
                "--quiet".as_ref(),
                branch.as_ref(),
            ],
            &msg!("err-switching", branch = branch),
        )?;
        Ok(())
    }

    /// The best common ancestor of two commits, if they share history.
    pub fn merge_base(&self, a: CommitId, b: CommitId) -> Result<Option<CommitId>> {
        match self.repo.merge_base(a.0, b.0) {
            Ok(oid) => Ok(Some(CommitId(oid))),
            Err(e) if e.code() == git2::ErrorCode::NotFound => Ok(None),
            Err(e) => Err(e.into()),
        }
    }
}

/// The ref a peer's log is fetched to.
pub fn peer_ref(slug: &str) -> String {
    format!("{PEERS_REFS}/{slug}/head")
}

/// Refuses a URL git would read as an option, or that names a program to run.
pub fn check_url(what: &str, url: &str) -> Result<()> {
    if url.starts_with('-') || url.chars().any(char::is_control) || url.trim().is_empty() {
        return Err(hint(
            msg!("err-url-bad", what = what, url = format!("{url:?}")),
            msg!("err-url-bad-hint"),
        ));
    }
    if url.starts_with("ext::") {
        return Err(hint(
            msg!("err-url-program", what = what, url = format!("{url:?}")),
            msg!("err-url-program-hint"),
        ));
    }
    Ok(())
}

/// `GIT_TERMINAL_PROMPT` as the tool passes it: prompts only where someone can answer.
fn terminal_prompt() -> &'static str {
    use std::io::IsTerminal as _;
    if std::io::stderr().is_terminal() {
        "1"
    } else {
        "0"
    }
}
