//! `council sync`: publish the log to origin and bring in what other laptops added; fetch peers.

use crate::log::Log;
use crate::ui::Ui;
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

/// Fetch origin, integrate its councils, push; fetch every peer of council.toml.
///
/// Councils held on two laptops meet here: origin's new councils are merged
/// in (never rebased: each council keeps the commit that added it, so
/// `council verify` passes on both sides), the generated README is written
/// again from the merged log, and the result is pushed. Nothing is forced.
/// When origin cannot be reached the log here stays as it is, and the
/// command exits 1: run it again later.
///
/// Each `[[peers]]` entry (another neighborhood's public log) is fetched into
/// `refs/peers/<name>/head`, never into the log's branch or files; `council
/// federation` reads them. A peer that cannot be fetched is reported and
/// skipped. Fetch and push run the git command line, so SSH keys, agents
/// and credential helpers work as they do for `git` itself.
#[derive(Debug, clap::Args)]
#[command(after_long_help = "Examples:
  council --log my-log sync                 fetch origin, merge, push
  council init --remote git@example.org:street/log.git my-log   publish a new log")]
pub struct Args {
    /// Only origin; do not fetch the peers.
    #[arg(long)]
    pub no_peers: bool,

    /// Print {origin, integrated, head, pushed, peers: [{name, ref, commit, error}]}.
    #[arg(long)]
    pub json: bool,
}

pub fn cmd_sync(ui: &Ui, log_dir: Option<&Path>, args: &Args) -> Result<ExitCode> {
    let log = Log::open(log_dir)?;
    let config = super::config(ui, &log)?;
    let synced = crate::ops::sync::sync(ui, &log, &config, !args.no_peers)?;
    if args.json {
        super::print_json(ui, &crate::json::Synced::from(&synced))?;
    }
    Ok(ExitCode::SUCCESS)
}
