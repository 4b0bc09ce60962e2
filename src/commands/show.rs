//! `council show`: one council's minutes.

use crate::log::Log;
use crate::ui::{Ui, clean_lines};
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

/// Print one council's minutes, as committed; with --json, its data block.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The council's id, as `council log` lists it.
    pub id: String,

    /// Print the data block as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn cmd_show(ui: &Ui, log_dir: Option<&Path>, args: &Args) -> Result<ExitCode> {
    let log = Log::open(log_dir)?;
    let stored = log.minutes_at(log.head()?)?;
    let Some(found) = stored.iter().find(|s| s.record.id == args.id) else {
        let known: Vec<&str> = stored.iter().map(|s| s.record.id.as_str()).collect();
        return Err(super::verify::unknown_council(&args.id, &known));
    };
    if args.json {
        super::print_json(ui, &*found.record)?;
    } else {
        // The data block escapes control characters; the body is cleaned as it is rendered.
        let mut text = clean_lines(&found.text);
        text.push('\n');
        ui.out(&text)?;
    }
    Ok(ExitCode::SUCCESS)
}
