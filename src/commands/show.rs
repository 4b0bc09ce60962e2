//! `council show`: one council's minutes.

use crate::council::correction::Correction;
use crate::log::Log;
use crate::ui::{Ui, clean_lines};
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

/// Print one council's minutes, as committed, and any corrections published beside them;
/// with --json, its data block, with a `corrections` array when there are any.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The council: its id, its number in `council log` (`3`), or enough of its id to name one
    /// council (`bench`, or `23` when the log has fewer councils).
    #[arg(add = clap_complete::ArgValueCompleter::new(super::completions::council_ids))]
    pub id: String,

    /// Print the data block as JSON.
    #[arg(long)]
    pub json: bool,

    /// Under privacy = "pseudonyms", show the real names this laptop knows even in JSON or
    /// piped output (on a terminal, text shows them anyway). Never paste that into the log.
    #[arg(long)]
    pub real_names: bool,
}

pub fn cmd_show(ui: &Ui, log_dir: Option<&Path>, args: &Args) -> Result<ExitCode> {
    let log = Log::open(log_dir)?;
    let head = log.head()?;
    // Found by its file's name, read alone: a log of any size answers at once.
    let (id, path) = super::council_named(&log, head, &args.id)?;
    let text = match head {
        Some(head) => log.read_at(head, &path)?.unwrap_or_default(),
        None => Vec::new(),
    };
    let text = String::from_utf8(text).map_err(|_| anyhow::anyhow!("{path} is not UTF-8"))?;
    let record = crate::minutes::parse(&text).map_err(|e| anyhow::anyhow!("{path}: {e}"))?;
    if record.id != id {
        return Err(crate::error::hint(
            crate::tr!(
                crate::i18n::user(),
                "err-show-elsewhere",
                path = &path,
                found = format!("{:?}", record.id),
                id = format!("{id:?}")
            ),
            crate::tr!(crate::i18n::user(), "err-show-elsewhere-hint"),
        ));
    }
    let found = crate::log::Stored {
        path,
        text,
        record: std::sync::Arc::new(record),
    };
    let all = log.corrections_at(head)?;
    let corrections: Vec<&Correction> = all
        .iter()
        .map(|(_, c)| c)
        .filter(|c| c.council == id)
        .collect();
    let real = crate::ops::privacy::shows_real_names(args.real_names, args.json, ui);
    if args.json {
        let shown = crate::json::Council::new(&found.record, &corrections);
        if real {
            super::print_json(ui, &crate::ops::privacy::reveal_json(&log, &shown)?)?;
        } else {
            super::print_json(ui, &shown)?;
        }
    } else {
        // The data block escapes control characters; the body is cleaned as it is rendered.
        let mut text = clean_lines(&found.text);
        text.push('\n');
        for c in corrections {
            // English keeps the ISO date it always showed; the others write it out.
            let lang = crate::i18n::user();
            let date = match lang {
                crate::i18n::Lang::En => c.filed.date().to_string(),
                _ => crate::i18n::long_date(lang, c.filed.date().0),
            };
            text.push_str(&clean_lines(&format!(
                "\n{}\n",
                crate::tr!(lang, "show-correction", date = date, note = &c.note)
            )));
        }
        if real {
            text = crate::ops::privacy::reveal(&log, &text)?;
        }
        ui.out(&text)?;
    }
    Ok(ExitCode::SUCCESS)
}
