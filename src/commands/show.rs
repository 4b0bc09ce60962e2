//! `council show`: one council's minutes.

use crate::council::Record;
use crate::council::correction::Correction;
use crate::log::Log;
use crate::ui::{Ui, clean_lines};
use anyhow::Result;
use serde::Serialize;
use std::path::Path;
use std::process::ExitCode;

/// Print one council's minutes, as committed, and any corrections published beside them;
/// with --json, its data block, with a `corrections` array when there are any.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The council's id, as `council log` lists it.
    pub id: String,

    /// Print the data block as JSON.
    #[arg(long)]
    pub json: bool,
}

/// `council show --json`: the data block, with the corrections published beside it.
#[derive(Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    record: &'a Record,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    corrections: Vec<&'a Correction>,
}

pub fn cmd_show(ui: &Ui, log_dir: Option<&Path>, args: &Args) -> Result<ExitCode> {
    let log = Log::open(log_dir)?;
    let head = log.head()?;
    let stored = log.minutes_at(head)?;
    let Some(found) = stored.iter().find(|s| s.record.id == args.id) else {
        let known: Vec<&str> = stored.iter().map(|s| s.record.id.as_str()).collect();
        return Err(super::verify::unknown_council(&args.id, &known));
    };
    let all = log.corrections_at(head)?;
    let corrections: Vec<&Correction> = all
        .iter()
        .map(|(_, c)| c)
        .filter(|c| c.council == args.id)
        .collect();
    if args.json {
        super::print_json(
            ui,
            &Shown {
                record: &found.record,
                corrections,
            },
        )?;
    } else {
        // The data block escapes control characters; the body is cleaned as it is rendered.
        let mut text = clean_lines(&found.text);
        text.push('\n');
        for c in corrections {
            text.push_str(&clean_lines(&format!(
                "\nCorrection of {}: {}\n",
                c.filed.date(),
                c.note
            )));
        }
        ui.out(&text)?;
    }
    Ok(ExitCode::SUCCESS)
}
