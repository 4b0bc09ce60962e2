//! `council verify`: recompute every recorded draw and pool from the history each council names.

use crate::council::settings::CouncilToml;
use crate::council::verify::{Kind, Problem};
use crate::council::{History, verify};
use crate::error::hint;
use crate::i18n::user;
use crate::log::CommitId as Oid;
use crate::log::{
    ABANDONED_DIR, CORRECTIONS_DIR, Lineage, Log, Provenance, REPORTS_DIR, Stored, TreeId, short,
};
use crate::minutes;
use crate::msg;
use crate::tr;
use crate::ui::Ui;
use anyhow::Result;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::process::ExitCode;

/// Re-check recorded councils: key, pools, every draw step, facilitator and spokesperson.
///
/// Each council is recomputed from the answers in its record and the log
/// as it was at the commit its `history` names. Exits 1, naming the file and
/// the step, when anything disagrees (for example a facilitator edited by
/// hand), when a minutes body no longer matches its record, when a
/// commit changed the minutes after they were committed, and when `history`
/// is not a commit from before the minutes were added.
#[derive(Debug, clap::Args)]
#[command(after_long_help = "Examples:
  council --log my-log verify               re-check every council's draw and record
  council verify 2026-11-16-the-bench-is-broken   one council
  council verify --json | jq .              for scripts")]
pub struct Args {
    /// Councils to check: an id, a number from `council log` (`3`), or enough of an id to
    /// name one council (`bench`, or `23` when the log has fewer councils); default: every
    /// council in the log.
    #[arg(add = clap_complete::ArgValueCompleter::new(super::completions::council_ids))]
    pub ids: Vec<String>,

    /// Print [{"id", "file", "ok", "problems"}] instead of lines.
    #[arg(long)]
    pub json: bool,
}

/// One file re-checked; `council verify --json` prints a list of them.
pub struct Checked {
    pub id: String,
    pub file: String,
    pub ok: bool,
    pub problems: Vec<Problem>,
}

impl From<&Checked> for crate::json::Checked {
    fn from(c: &Checked) -> crate::json::Checked {
        crate::json::Checked {
            id: c.id.clone(),
            file: c.file.clone(),
            ok: c.ok,
            problems: c
                .problems
                .iter()
                .map(|p| crate::json::Problem {
                    file: c.file.clone(),
                    kind: p.kind.as_str().to_string(),
                    step: p.step,
                    field: p.field.clone(),
                    expected: p.expected.clone(),
                    found: p.found.clone(),
                    message: p.message.clone(),
                })
                .collect(),
        }
    }
}

pub fn cmd_verify(ui: &Ui, log_dir: Option<&Path>, args: &Args) -> Result<ExitCode> {
    let log = Log::open(log_dir)?;
    if log.is_shallow() {
        return Err(hint(
            tr!(
                user(),
                "err-shallow",
                path = log.root().display().to_string()
            ),
            tr!(user(), "err-shallow-hint"),
        ));
    }
    // `--json` is for scripts: its messages are the same whatever the terminal speaks.
    let (results, councils) = if args.json {
        crate::error::in_english(|| check_log(&log, log.head()?, &args.ids))?
    } else {
        check_log(&log, log.head()?, &args.ids)?
    };
    let failed = results.iter().filter(|r| !r.ok).count();
    if args.json {
        let results: Vec<crate::json::Checked> = results.iter().map(Into::into).collect();
        super::print_json(ui, &results)?;
    } else {
        for r in &results {
            if r.ok {
                ui.line(&format!("ok    {}", r.file))?;
            } else {
                for problem in &r.problems {
                    ui.line(&format!("FAIL  {}: {problem}", r.file))?;
                }
            }
        }
        if results.is_empty() {
            ui.note(&tr!(user(), "verify-none"));
        } else if failed == 0 {
            ui.status(
                &tr!(user(), "verb-verified"),
                &tr!(user(), "verify-verified", n = councils),
            );
        } else {
            ui.warn(&tr!(user(), "verify-failed", n = failed));
        }
    }
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(crate::error::FAILURE)
    })
}

/// Re-checks the councils of the log at `head` (HEAD, or a peer's fetched log), with the
/// history and settings each names; `ids` chooses some (default: all, and every other file).
pub fn check_log(log: &Log, head: Option<Oid>, ids: &[String]) -> Result<(Vec<Checked>, usize)> {
    let (stored, unreadable) = log.minutes_lenient(head)?;
    let chosen = select(&stored, ids)?;
    let lineage = log.lineage_from(head)?;
    let mut cache = Cache::default();
    let mut results = Vec::new();
    // Oldest first, so one history grows council by council instead of one per council.
    let mut chosen = chosen;
    chosen.sort_by_key(|s| {
        lineage
            .files
            .get(&s.path)
            .and_then(|p| lineage.order_of(p.added))
            .unwrap_or(usize::MAX)
    });
    for s in chosen {
        results.push(check(log, s, &lineage, &mut cache));
    }
    let councils = results.len();
    if ids.is_empty() {
        for (path, error) in unreadable {
            results.push(failed(
                &path,
                vec![Problem::new(
                    Kind::Parse,
                    msg!("err-verify-unreadable-minutes", error = error.to_string()),
                )],
            ));
        }
        let mut seen: HashSet<String> = stored.iter().map(|s| s.path.clone()).collect();
        for dir in [REPORTS_DIR, ABANDONED_DIR, CORRECTIONS_DIR] {
            for (path, text) in log.files_at(head, dir)? {
                seen.insert(path.clone());
                let mut problems = lineage
                    .files
                    .get(&path)
                    .map(|p| breaches(p, log, &path))
                    .unwrap_or_default();
                problems.extend(check_record_file(dir, &text, &stored));
                if !problems.is_empty() {
                    results.push(failed(&path, problems));
                }
            }
        }
        results.extend(append_only(log, &lineage, &seen));
    }
    Ok((results, councils))
}

/// Re-checks the files `paths` of the log at `head` as `council verify` checks them there:
/// a council's draw recomputed from its history and settings, its text matching its
/// record, added in a commit its history comes before; a report-back, trace or
/// correction matching its record. Only the failing files are returned.
///
/// `council sync` runs it on the record files another copy of the log would bring,
/// before anything is merged.
pub fn check_files(log: &Log, head: Oid, paths: &[String]) -> Result<Vec<Checked>> {
    let wanted: HashSet<&str> = paths.iter().map(String::as_str).collect();
    let head = Some(head);
    let (stored, unreadable) = log.minutes_lenient(head)?;
    let mut results = Vec::new();
    let mut chosen: Vec<&Stored> = stored
        .iter()
        .filter(|s| wanted.contains(s.path.as_str()))
        .collect();
    for (path, error) in unreadable {
        if wanted.contains(path.as_str()) {
            results.push(failed(
                &path,
                vec![Problem::new(
                    Kind::Parse,
                    msg!(
                        "err-verify-unreadable-minutes-short",
                        error = error.to_string()
                    ),
                )],
            ));
        }
    }
    let others: Vec<&str> = wanted
        .iter()
        .copied()
        .filter(|p| !p.starts_with(&format!("{}/", crate::log::MINUTES_DIR)))
        .collect();
    if chosen.is_empty() && others.is_empty() {
        return Ok(results);
    }
    let lineage = log.lineage_from(head)?;
    chosen.sort_by_key(|s| {
        lineage
            .files
            .get(&s.path)
            .and_then(|p| lineage.order_of(p.added))
            .unwrap_or(usize::MAX)
    });
    let mut cache = Cache::default();
    for s in chosen {
        results.push(check(log, s, &lineage, &mut cache));
    }
    if !others.is_empty() {
        for dir in [REPORTS_DIR, ABANDONED_DIR, CORRECTIONS_DIR] {
            for (path, text) in log.files_at(head, dir)? {
                if !wanted.contains(path.as_str()) {
                    continue;
                }
                let mut problems = lineage
                    .files
                    .get(&path)
                    .map(|p| breaches(p, log, &path))
                    .unwrap_or_default();
                problems.extend(check_record_file(dir, &text, &stored));
                if !problems.is_empty() {
                    results.push(failed(&path, problems));
                }
            }
        }
    }
    results.retain(|r| !r.ok);
    Ok(results)
}

/// A failing entry for a file that is not a council checked by [`check`].
fn failed(path: &str, problems: Vec<Problem>) -> Checked {
    Checked {
        id: path
            .rsplit('/')
            .next()
            .unwrap_or(path)
            .trim_end_matches(".md")
            .to_string(),
        file: path.to_string(),
        ok: false,
        problems,
    }
}

/// Checks a report-back, abandoned trace or correction: readable, and its text a function of its record.
fn check_record_file(dir: &str, text: &str, stored: &[Stored]) -> Vec<Problem> {
    let format = minutes::Format::of(text);
    let first = format == minutes::Format::FrontMatter;
    let mismatch = || Problem::new(Kind::Body, msg!("err-verify-file-text"));
    let unreadable = |e: &dyn std::fmt::Display| {
        Problem::new(
            Kind::Parse,
            msg!("err-verify-unreadable", error = e.to_string()),
        )
    };
    let mut problems = Vec::new();
    match dir {
        REPORTS_DIR => match minutes::parse_report(text) {
            Ok(r) => {
                if first && let Err(e) = minutes::first_layout_safe(&r, &r.tool) {
                    problems.push(Problem::new(Kind::Body, e));
                }
                if minutes::render_report_in(&r, format) != text {
                    problems.push(mismatch());
                }
            }
            Err(e) => problems.push(unreadable(&e)),
        },
        ABANDONED_DIR => match minutes::parse_abandoned(text) {
            Ok(a) => {
                if first && let Err(e) = minutes::first_layout_safe(&a, &a.tool) {
                    problems.push(Problem::new(Kind::Body, e));
                }
                if minutes::render_abandoned_in(&a, format) != text {
                    problems.push(mismatch());
                }
            }
            Err(e) => problems.push(unreadable(&e)),
        },
        _ => match minutes::parse_correction(text) {
            Ok(c) => {
                if first || minutes::render_correction(&c) != text {
                    problems.push(mismatch());
                }
                if !stored.iter().any(|s| s.record.id == c.council) {
                    problems.push(
                        Problem::new(
                            Kind::File,
                            msg!(
                                "err-verify-corrects-nothing",
                                council = format!("{:?}", c.council)
                            ),
                        )
                        .at("council", String::new(), c.council.clone()),
                    );
                }
            }
            Err(e) => problems.push(unreadable(&e)),
        },
    }
    problems
}

/// Histories and settings already read, by commit: many councils share them.
#[derive(Default)]
struct Cache {
    /// The log as it grows council by council, oldest first, and the minutes tree it holds.
    running: History,
    running_tree: Option<TreeId>,
    /// Histories of councils drawn elsewhere (a branch merged in), read whole.
    histories: HashMap<Option<Oid>, History>,
    settings: HashMap<Oid, Result<CouncilToml, String>>,
}

/// The files of the public record HEAD no longer holds, removed against the append-only rule.
/// The ways a file of the public record broke the append-only rule, as problems.
fn breaches(p: &Provenance, log: &Log, path: &str) -> Vec<Problem> {
    p.breaches(log, path)
        .into_iter()
        .map(|b| Problem::new(Kind::AppendOnly, b))
        .collect()
}

fn append_only(log: &Log, lineage: &Lineage, seen: &HashSet<String>) -> Vec<Checked> {
    let mut found: Vec<Checked> = lineage
        .files
        .iter()
        .filter(|(path, _)| !seen.contains(path.as_str()))
        .filter_map(|(path, p)| {
            let problems = p.breaches(log, path);
            (!problems.is_empty()).then(|| {
                failed(
                    path,
                    problems
                        .into_iter()
                        .map(|problem| {
                            Problem::new(
                                Kind::AppendOnly,
                                msg!(
                                    "err-verify-append-only",
                                    problem = problem,
                                    commit = short(p.added)
                                ),
                            )
                        })
                        .collect(),
                )
            })
        })
        .collect();
    found.sort_by(|a, b| a.file.cmp(&b.file));
    found
}

/// The councils `ids` name: each an id, a number in `council log` (`3`), or enough of an id to
/// name one council (`bench`).
fn select<'a>(stored: &'a [Stored], ids: &[String]) -> Result<Vec<&'a Stored>> {
    if ids.is_empty() {
        return Ok(stored.iter().collect());
    }
    let mut in_order: Vec<&Stored> = stored.iter().collect();
    in_order
        .sort_by(|a, b| (a.record.started, &a.record.id).cmp(&(b.record.started, &b.record.id)));
    let known: Vec<&str> = in_order.iter().map(|s| s.record.id.as_str()).collect();
    let named: Vec<&Stored> = ids
        .iter()
        .map(|typed| {
            if let Some(s) = in_order.iter().find(|s| &s.record.id == typed) {
                return Ok(*s);
            }
            // A number within the log's count is that council; beyond it, a part of an id.
            if let Some(n) = super::number(typed)
                && (n.wrapping_sub(1) < in_order.len()
                    || !known.iter().any(|id| id.contains(typed.as_str())))
            {
                return in_order.get(n.wrapping_sub(1)).copied().ok_or_else(|| {
                    hint(
                        tr!(
                            user(),
                            "err-council-numbered",
                            n = n,
                            count = in_order.len()
                        ),
                        tr!(user(), "err-council-numbered-hint"),
                    )
                });
            }
            let found: Vec<&&Stored> = in_order
                .iter()
                .filter(|s| s.record.id.contains(typed.as_str()))
                .collect();
            match found.as_slice() {
                [one] => Ok(**one),
                [] => Err(unknown_council(typed, &known)),
                many => Err(super::councils_named(
                    typed,
                    &many
                        .iter()
                        .map(|s| s.record.id.as_str())
                        .collect::<Vec<_>>(),
                )),
            }
        })
        .collect::<Result<_>>()?;
    // Each council once, in the order first named (`verify 2 2` checks council 2 once).
    let mut seen = HashSet::new();
    Ok(named
        .into_iter()
        .filter(|s| seen.insert(s.record.id.as_str()))
        .collect())
}

/// The error for an id that names no council, with the closest ids as a hint.
pub fn unknown_council(id: &str, known: &[&str]) -> anyhow::Error {
    let near = crate::council::ids::closest(id, known, 3);
    let hint_text = if near.is_empty() {
        tr!(user(), "err-unknown-council-list")
    } else {
        tr!(user(), "cmd-did-you-mean", ids = near.join(", "))
    };
    hint(
        tr!(user(), "err-unknown-council", id = format!("{id:?}")),
        hint_text,
    )
}

fn check(log: &Log, s: &Stored, lineage: &Lineage, cache: &mut Cache) -> Checked {
    let mut problems = Vec::new();
    let r = &s.record;
    if s.path != r.path() {
        problems.push(
            Problem::new(
                Kind::File,
                msg!("err-verify-path", path = r.path(), id = r.id.clone()),
            )
            .at("file", r.path(), s.path.clone()),
        );
    }
    if let Some(h) = &r.history
        && (h.len() != 40 || !h.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
    {
        problems.push(
            Problem::new(
                Kind::History,
                msg!("err-verify-history-form", history = format!("{h:?}")),
            )
            .at("history", String::new(), h.clone()),
        );
    }
    let history = match r.history.as_deref().map(Oid::parse).transpose() {
        Ok(h) => h,
        Err(_) => {
            let h = r.history.clone().unwrap_or_default();
            problems.push(
                Problem::new(
                    Kind::History,
                    msg!("err-verify-history-id", history = format!("{h:?}")),
                )
                .at("history", String::new(), h),
            );
            return done(s, problems);
        }
    };
    let Some(p) = lineage.files.get(&s.path) else {
        problems.push(Problem::new(Kind::History, msg!("err-verify-no-commit")));
        return done(s, problems);
    };
    problems.extend(breaches(p, log, &s.path));
    for other in p.added_with.iter().filter(|o| o.starts_with("minutes/")) {
        problems.push(Problem::new(
            Kind::History,
            msg!(
                "err-verify-added-with",
                commit = short(p.added),
                other = other.clone()
            ),
        ));
    }
    if minutes::Format::of(&s.text) == minutes::Format::FrontMatter
        && let Err(problem) = minutes::first_layout_safe(&**r, &r.tool)
    {
        problems.push(Problem::new(Kind::Body, problem));
    }
    if let Err(problem) = held_to_the_log_as_it_was(log, lineage, history, p, r.started) {
        problems.push(Problem::new(Kind::History, problem));
    }
    // The rules come from council.toml in the history the pools came from (or, for a
    // council with none, the log it was added to), never from the record itself.
    let rules_from = history.or(p.parent);
    let settings = match rules_from {
        Some(commit) => cache
            .settings
            .entry(commit)
            .or_insert_with(|| log.config_at(commit).map_err(|e| e.to_string()))
            .clone(),
        None => Err(msg!("err-verify-no-settings")),
    };
    let settings = match settings {
        Ok(config) => {
            // Pseudonyms and cards are checked as the log holds them: no secret is needed.
            problems.extend(
                crate::council::privacy::check_record(config.privacy, r)
                    .into_iter()
                    .map(|p| Problem::new(Kind::Privacy, p)),
            );
            config.settings()
        }
        Err(e) => {
            problems.push(Problem::new(
                Kind::Settings,
                msg!("err-verify-settings-unreadable", error = e),
            ));
            return done(s, problems);
        }
    };
    let wanted = log.minutes_tree(history).ok().flatten();
    let parent_tree = log.minutes_tree(p.parent).ok().flatten();
    let retired = |id: &str| {
        id.get(..4)
            .is_some_and(|year| lineage.held_before(&format!("minutes/{year}/{id}.md"), p.added))
    };
    if wanted == cache.running_tree {
        // The usual case: this council was drawn from the log the councils before it made.
        cache.running.commit = r.history.clone();
        problems.extend(verify::verify(r, &cache.running, settings, &retired));
    } else {
        if let std::collections::hash_map::Entry::Vacant(slot) = cache.histories.entry(history) {
            match log.history_at(history) {
                Ok(h) => {
                    slot.insert(h);
                }
                Err(e) => problems.push(Problem::new(
                    Kind::History,
                    msg!(
                        "err-verify-history-unreadable",
                        history = r.history.clone().unwrap_or_else(|| "(none)".into()),
                        error = e.to_string()
                    ),
                )),
            }
        }
        if let Some(h) = cache.histories.get(&history) {
            problems.extend(verify::verify(r, h, settings, &retired));
        }
    }
    // Grow the running history with this council when it held the log just before it.
    if cache.running_tree == parent_tree {
        cache.running.push(std::sync::Arc::clone(&s.record));
        cache.running_tree = log.minutes_tree(Some(p.added)).ok().flatten();
    } else if let Ok(mut h) = log.history_at(Some(p.added)) {
        h.commit = None;
        cache.running = h;
        cache.running_tree = log.minutes_tree(Some(p.added)).ok().flatten();
    }
    // Files of the first (`+++`) layout are re-rendered in it, with its escaping.
    if minutes::render_in(r, minutes::Format::of(&s.text)) != s.text {
        problems.push(Problem::new(Kind::Body, msg!("err-verify-minutes-text")));
    }
    done(s, problems)
}

/// Checks that a council's `history` is the log as it was just before the commit that added it.
fn held_to_the_log_as_it_was(
    log: &Log,
    lineage: &Lineage,
    history: Option<Oid>,
    p: &Provenance,
    started: crate::council::time::Timestamp,
) -> Result<(), String> {
    if let Some(h) = history
        && !log.is_before(lineage, h, p.added).unwrap_or(false)
    {
        return Err(msg!(
            "err-verify-history-after",
            history = short(h),
            added = short(p.added)
        ));
    }
    // Settings committed before the council started bind it: a history before them would
    // let a council choose its rules. (A change committed while a council was being
    // convened, its pool already fixed, does not.)
    if let Some(parent) = p.parent
        && history != Some(parent)
    {
        let changes = log
            .settings_changes(history, parent)
            .map_err(|e| e.to_string())?;
        if let Some((commit, _)) = changes.iter().find(|(_, at)| *at < started.0.timestamp()) {
            return Err(msg!(
                "err-verify-settings-changed",
                commit = short(*commit),
                history = history.map(short).unwrap_or_else(|| "(none)".into())
            ));
        }
    }
    let read = |c| log.minutes_tree(c).map_err(|e| e.to_string());
    if read(history)? == read(p.parent)? {
        return Ok(());
    }
    let differ = log
        .minutes_between(history, p.parent, 3)
        .unwrap_or_default()
        .join(", ");
    Err(match history {
        Some(h) => msg!(
            "err-verify-history-moved",
            history = short(h),
            parent = p.parent.map(short).unwrap_or_default(),
            differ = differ
        ),
        None => msg!("err-verify-history-none", differ = differ),
    })
}

fn done(s: &Stored, problems: Vec<Problem>) -> Checked {
    Checked {
        id: s.record.id.clone(),
        file: s.path.clone(),
        ok: problems.is_empty(),
        problems,
    }
}
