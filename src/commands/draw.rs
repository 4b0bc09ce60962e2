//! `council draw`: the bare RFC 3797 algorithm, for any lot a group wants.

use crate::council::rfc3797;
use crate::error::{Fail, hint};
use crate::ui::Ui;
use anyhow::Result;
use serde::Serialize;
use std::collections::HashSet;
use std::path::PathBuf;
use std::process::ExitCode;

/// Draw names by lot with RFC 3797, re-checkable by anyone with the same pool and numbers.
///
/// The pool keeps the order given (number the list publicly before the
/// numbers are called); council pools are sorted by name instead. Each
/// --source is one list of whole numbers called out in the room, like
/// --source "3 5 1 6". The key is built from the sources, and selection i
/// (0, 1, 2...) takes MD5(i, key, i) modulo what is left of the pool.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A name in the pool; repeat for each person.
    #[arg(
        long = "pool",
        value_name = "NAME",
        required_unless_present = "pool_file"
    )]
    pub pool: Vec<String>,

    /// A file with one name a line (blank lines are skipped).
    #[arg(long, value_name = "FILE", conflicts_with = "pool")]
    pub pool_file: Option<PathBuf>,

    /// Numbers called out in the room, one source per flag: --source "9319" --source "2 5 12 8 10".
    #[arg(long = "source", value_name = "NUMBERS", required = true)]
    pub sources: Vec<String>,

    /// How many to draw.
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub count: usize,

    /// Print {"key": ..., "selected": [...]} instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct Drawn {
    key: String,
    selected: Vec<String>,
}

pub fn cmd_draw(ui: &Ui, args: &Args) -> Result<ExitCode> {
    let pool = match &args.pool_file {
        Some(file) => {
            let text = std::fs::read_to_string(file).map_err(|e| {
                hint(
                    crate::tr!(
                        crate::i18n::user(),
                        "err-pool-file",
                        path = file.display().to_string(),
                        error = e.to_string()
                    ),
                    crate::tr!(crate::i18n::user(), "err-pool-file-hint"),
                )
            })?;
            text.lines()
                .map(|l| l.trim().to_string())
                .filter(|l| !l.is_empty())
                .collect()
        }
        None => args.pool.clone(),
    };
    if pool.is_empty() {
        return Err(Fail::new(crate::tr!(crate::i18n::user(), "err-pool-empty")).into());
    }
    let mut seen = HashSet::new();
    if let Some(twice) = pool.iter().find(|n| !seen.insert(n.as_str())) {
        return Err(hint(
            crate::tr!(
                crate::i18n::user(),
                "err-pool-twice",
                name = format!("{twice:?}")
            ),
            crate::tr!(crate::i18n::user(), "err-pool-twice-hint"),
        ));
    }
    if pool.len() > usize::from(u16::MAX) {
        return Err(Fail::new(crate::tr!(crate::i18n::user(), "err-pool-too-large")).into());
    }
    if args.count == 0 || args.count > pool.len() {
        return Err(Fail::usage(
            crate::tr!(
                crate::i18n::user(),
                "err-count",
                count = args.count,
                n = pool.len()
            ),
            crate::tr!(crate::i18n::user(), "err-count-hint", n = pool.len()),
        ));
    }
    let key = rfc3797::key(&args.sources).map_err(|e| {
        hint(
            e.to_string(),
            crate::tr!(crate::i18n::user(), "err-source-hint"),
        )
    })?;
    let selected = rfc3797::select(&key, &pool, args.count);
    if args.json {
        super::print_json(ui, &Drawn { key, selected })?;
        return Ok(ExitCode::SUCCESS);
    }
    ui.line(&crate::tr!(crate::i18n::user(), "draw-key", key = &key))?;
    let mut left = pool.len();
    let rows = selected
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let position = rfc3797::position(i as u16, &key, left);
            left -= 1;
            vec![
                i.to_string(),
                crate::tr!(
                    crate::i18n::user(),
                    "draw-position",
                    position = position,
                    of = left + 1
                ),
                name.clone(),
            ]
        })
        .collect();
    let header = super::columns(&["i", "position", "selected"]);
    ui.out(&ui.table(&header, rows))?;
    Ok(ExitCode::SUCCESS)
}
