//! `council site`: the log as a static web site, in a folder or on a branch of its own.

use crate::clock;
use crate::log::Log;
use crate::site::{self, Input};
use crate::ui::Ui;
use anyhow::{Context as _, Result};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Write the log as a static web site: councils, tasks, jars, delegates, rotation, feed.
///
/// Plain HTML with one inline stylesheet and no JavaScript: it reads on a
/// phone, prints, and works from any static host or straight from the folder
/// (`file://`). With --branch, the site is committed to that branch of the
/// log (its own tree, the branch's previous tip as parent) without touching
/// the log's branch, index or work tree, so a forge's pages feature can serve
/// it; `council sync` then pushes that branch too.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The folder to write the site to; default: `site` in the current directory, unless
    /// --branch is given.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// Commit the site to this branch of the log (for example `pages`).
    #[arg(long, value_name = "NAME")]
    pub branch: Option<String>,
}

/// Reads every record file of HEAD, with the settings in force, for the site, feed or notice.
pub fn input(ui: &Ui, log: &Log) -> Result<Input> {
    log.trust_object_ids();
    let config = super::config(ui, log)?;
    let head = log.head()?;
    let councils = log
        .scan_minutes(head, |r| r)?
        .into_iter()
        .map(|s| (s.path, s.item))
        .collect();
    let reports = log.scan_reports(head)?;
    let corrections = log.corrections_at(head)?;
    let abandoned = log.abandoned_at(head)?;
    let now = clock::now()?;
    let url = site_url(&config)?;
    Ok(Input {
        log_id: log.root_commit()?.map(|c| c.to_string()),
        name: config.name,
        lang: config.language,
        url,
        councils,
        reports,
        corrections,
        abandoned,
        today: now.date(),
        updated: Some(now),
        privacy: config.privacy,
    })
}

/// Refuses to write `path` under `out` when it, or a folder on the way, is a symbolic link:
/// the site is written where it is asked, never over what a link points to.
fn refuse_links(out: &Path, path: &str) -> Result<()> {
    let mut at = out.to_path_buf();
    for part in path.split('/') {
        at.push(part);
        if std::fs::symlink_metadata(&at).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(crate::error::hint(
                crate::msg!("err-site-link", path = at.display().to_string()),
                crate::msg!("err-site-link-hint"),
            ));
        }
    }
    Ok(())
}

/// The site's address from council.toml, refused when a page could not link to it.
pub fn site_url(config: &crate::council::settings::CouncilToml) -> Result<Option<String>> {
    match config.site_url() {
        Ok(url) => Ok(url.map(str::to_string)),
        Err(problem) => Err(crate::error::hint(
            problem,
            crate::msg!("err-settings-url-hint"),
        )),
    }
}

pub fn cmd_site(ui: &Ui, log_dir: Option<&Path>, args: &Args) -> Result<ExitCode> {
    let log = Log::open(log_dir)?;
    let input = input(ui, &log)?;
    let pages = site::build(&input).map_err(crate::error::Fail::new)?;
    let out = match (&args.out, &args.branch) {
        (Some(out), _) => Some(out.clone()),
        (None, None) => Some(PathBuf::from("site")),
        (None, Some(_)) => None,
    };
    if let Some(out) = &out {
        for page in &pages {
            refuse_links(out, &page.path)?;
            let path = out.join(&page.path);
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("failed to create the folder {}", dir.display()))?;
            }
            std::fs::write(&path, &page.bytes)
                .with_context(|| format!("failed to write {}", path.display()))?;
        }
        ui.status(
            &crate::tr!(crate::i18n::user(), "verb-wrote"),
            &crate::tr!(
                crate::i18n::user(),
                "site-wrote",
                n = pages.len(),
                out = out.display().to_string(),
                index = out.join("index.html").display().to_string()
            ),
        );
    }
    if let Some(branch) = &args.branch {
        let config = super::config(ui, &log)?;
        let signature = crate::ops::signature(ui, &config)?;
        let files: Vec<(String, Vec<u8>)> = pages.into_iter().map(|p| (p.path, p.bytes)).collect();
        let head = log.head()?.map(|h| h.short()).unwrap_or_default();
        let message =
            format!("Site of the log at {head}\n\nMade by `council site --branch {branch}`.\n");
        match log.commit_site(branch, &files, &message, &signature)? {
            Some(commit) => ui.status(
                &crate::tr!(crate::i18n::user(), "verb-committed"),
                &crate::tr!(
                    crate::i18n::user(),
                    "site-committed",
                    branch = branch.as_str(),
                    commit = commit.short()
                ),
            ),
            None => ui.status(
                &crate::tr!(crate::i18n::user(), "verb-unchanged"),
                &crate::tr!(
                    crate::i18n::user(),
                    "site-unchanged",
                    branch = branch.as_str()
                ),
            ),
        }
    }
    Ok(ExitCode::SUCCESS)
}
