//! `council feed`: the log's Atom feed on stdout.

use crate::log::Log;
use crate::site::{Site, feed};
use crate::ui::Ui;
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

/// Print the log's Atom feed: one entry per council, newest first, with its decision and tasks.
///
/// The same feed as `feed.xml` in `council site`. Entry ids are stable
/// (`urn:flash-council:<the log's first commit>:<council id>`); links are absolute when
/// council.toml sets `url`, the site's address.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn cmd_feed(ui: &Ui, log_dir: Option<&Path>, _args: &Args) -> Result<ExitCode> {
    let log = Log::open(log_dir)?;
    let input = super::site::input(ui, &log)?;
    let site = Site::new(&input).map_err(crate::error::Fail::new)?;
    ui.out(&feed::render(&site))?;
    Ok(ExitCode::SUCCESS)
}
