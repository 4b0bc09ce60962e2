//! `council notice`: one council on one page, for the wall.

use crate::clock;
use crate::log::Log;
use crate::site::{Input, Site, notice};
use crate::ui::Ui;
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

/// Print a one-page notice of a council for the wall: the issue, the decision in large type,
/// who does what by when, jars, the review date, how to come and how to re-check the draw.
///
/// `--format html` prints one printable page (A4 or Letter), with a QR code
/// to the council's page when council.toml sets `url`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The council: its id, its number in `council log` (`3`), or enough of its id to name one
    /// council (`bench`, or `23` when the log has fewer councils).
    #[arg(add = clap_complete::ArgValueCompleter::new(super::completions::council_ids))]
    pub id: String,

    /// text, or html to print.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Html,
}

pub fn cmd_notice(ui: &Ui, log_dir: Option<&Path>, args: &Args) -> Result<ExitCode> {
    let log = Log::open(log_dir)?;
    let config = super::config(ui, &log)?;
    let head = log.head()?;
    let (id, path) = super::council_named(&log, head, &args.id)?;
    let text = match head {
        Some(head) => log.read_at(head, &path)?.unwrap_or_default(),
        None => Vec::new(),
    };
    let text = String::from_utf8(text).map_err(|_| anyhow::anyhow!("{path} is not UTF-8"))?;
    let record = crate::minutes::parse(&text).map_err(|e| anyhow::anyhow!("{path}: {e}"))?;
    if record.id != id {
        return Err(crate::error::hint(
            format!("{path} holds council {:?}, not {id:?}", record.id),
            "`council verify` names files not where their id puts them",
        ));
    }
    let url = super::site::site_url(&config)?;
    let input = Input {
        log_id: None,
        name: config.name,
        lang: config.language,
        url,
        councils: vec![(path, record)],
        reports: Vec::new(),
        corrections: Vec::new(),
        abandoned: Vec::new(),
        today: clock::now()?.date(),
        updated: None,
        privacy: config.privacy,
    };
    let site = Site::new(&input).map_err(crate::error::Fail::new)?;
    let (_, record) = &input.councils[0];
    let out = match args.format {
        Format::Text => notice::text(&site, record),
        Format::Html => notice::html(&site, record),
    };
    ui.out(&out)?;
    Ok(ExitCode::SUCCESS)
}
