//! `council draw`: the bare RFC 3797 algorithm, for any lot a group wants.

use crate::council::rfc3797;
use crate::error::{Fail, hint};
use crate::ui::Ui;
use anyhow::Result;
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

    /// Print {key, pool, selected, steps: [{i, pool, digest, position, selected}]} instead of
    /// a table; positions there count from 0, as in RFC 3797 (docs/json.md).
    #[arg(long)]
    pub json: bool,
}

/// Each step of the lot: who could still be drawn, the digest, the position drawn (from 0).
fn steps(key: &str, pool: &[String], count: usize) -> Vec<crate::json::DrawStep> {
    let mut left = pool.to_vec();
    let mut steps = Vec::with_capacity(count);
    for i in 0..count.min(pool.len()) {
        let i = i as u16;
        let position = rfc3797::position(i, key, left.len());
        let digest = rfc3797::digest(i, key)
            .iter()
            .map(|b| format!("{b:02X}"))
            .collect();
        let pool = left.clone();
        let selected = left.remove(position);
        steps.push(crate::json::DrawStep {
            i,
            pool,
            digest,
            position,
            selected,
        });
    }
    steps
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
        return Err(Fail::new(crate::tr!(crate::i18n::user(), "draw-pool-empty")).into());
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
    let steps = steps(&key, &pool, args.count);
    if args.json {
        super::print_json(
            ui,
            &crate::json::Drawn {
                key,
                selected: steps.iter().map(|s| s.selected.clone()).collect(),
                pool,
                steps,
            },
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    ui.line(&crate::tr!(crate::i18n::user(), "draw-key", key = &key))?;
    ui.note(&crate::tr!(crate::i18n::user(), "draw-from-one"));
    let rows = steps
        .iter()
        .map(|s| {
            vec![
                (usize::from(s.i) + 1).to_string(),
                crate::tr!(
                    crate::i18n::user(),
                    "draw-position",
                    position = s.position + 1,
                    of = s.pool.len()
                ),
                s.selected.clone(),
            ]
        })
        .collect();
    let header = super::columns(&["draw", "position", "selected"]);
    ui.out(&ui.table(&header, rows))?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_steps_draw_what_select_draws() {
        let pool: Vec<String> = ["Ana", "Bo", "Chen", "Dara", "Eli"]
            .map(String::from)
            .to_vec();
        let key = rfc3797::key(&["9319", "2 5 12 8 10"]).unwrap();
        let steps = steps(&key, &pool, 3);
        let selected: Vec<String> = steps.iter().map(|s| s.selected.clone()).collect();
        assert_eq!(selected, rfc3797::select(&key, &pool, 3));
        for s in &steps {
            assert_eq!(s.pool[s.position], s.selected);
            assert_eq!(s.pool.len(), pool.len() - usize::from(s.i));
            let value = u128::from_str_radix(&s.digest, 16).unwrap();
            assert_eq!((value % s.pool.len() as u128) as usize, s.position);
        }
    }
}
