//! `council federation`: the own log and every fetched peer, read side by side from git objects.
//!
//! Peers are untrusted: their files are read from the objects `council sync`
//! fetched into `refs/peers/<name>/head`, bounded in size like the log's own,
//! a file that cannot be read is reported and skipped, every string is cleaned
//! before it reaches a terminal, and nothing of theirs is written anywhere.

use crate::clock;
use crate::council::answers::TaskStatus;
use crate::council::ledger::{self, MandateStatus, Work};
use crate::log::{CommitId, Log};
use crate::ui::Ui;
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

/// Read across neighborhoods: councils, tasks, delegates and draws of the log and its peers.
///
/// Each `[[peers]]` entry of council.toml is read as `council sync` last
/// fetched it (`refs/peers/<name>/head`), tagged with its name in `[[peers]]`:
/// the name its own council.toml gives itself is only shown beside it ("calls
/// itself ..."), so a peer cannot pass its councils off as the log's own, whose
/// rows are marked "(this log)". A peer never fetched, or whose files cannot be
/// read, is reported and skipped.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub view: View,
}

#[derive(Debug, clap::Subcommand)]
pub enum View {
    /// Every council of every neighborhood, oldest first within each.
    Log(Json),
    /// Every task, with the status its neighborhood's report-backs give it.
    Tasks(Tasks),
    /// Every delegate's mandate, active or recalled.
    Delegates(Delegates),
    /// Re-check every neighborhood's lots with its own history and settings; exits 1 on a failure.
    Verify(Json),
}

#[derive(Debug, clap::Args)]
pub struct Json {
    /// Print JSON: a list of rows, each with its `neighborhood`, `own` and `calls_itself`.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct Tasks {
    /// Only the tasks still open.
    #[arg(long)]
    pub open: bool,
    /// Print JSON: a list of rows, each with its `neighborhood`, `own` and `calls_itself`.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct Delegates {
    /// Only the mandates still active.
    #[arg(long)]
    pub active: bool,
    /// Print JSON: a list of rows, each with its `neighborhood`, `own` and `calls_itself`.
    #[arg(long)]
    pub json: bool,
}

/// A row of any view, tagged with its neighborhood.
struct Row<T> {
    /// The log's own name for its own rows; a peer's name as configured in `[[peers]]`.
    neighborhood: String,
    /// Whether the row is the log's own (never a peer's, whatever the peer calls itself).
    own: bool,
    /// The name a peer's own council.toml gives it: its claim, shown only beside
    /// `neighborhood`; `None` for the log's own rows.
    calls_itself: Option<String>,
    row: T,
}

impl<T> Row<T> {
    /// The row as `--json` prints it: its neighborhood, and the row as its own command prints it.
    fn json<'a, U: From<&'a T>>(&'a self) -> crate::json::Neighborhood<U> {
        crate::json::Neighborhood {
            neighborhood: self.neighborhood.clone(),
            own: self.own,
            calls_itself: self.calls_itself.clone(),
            row: U::from(&self.row),
        }
    }

    fn new(source: &Source, row: T) -> Row<T> {
        Row {
            neighborhood: source.neighborhood.clone(),
            own: source.own,
            calls_itself: source.calls_itself.clone(),
            row,
        }
    }

    /// The neighborhood as the tables show it: the log's own rows marked, a peer's
    /// claimed name beside its configured one when they differ.
    fn tag(&self) -> String {
        match &self.calls_itself {
            _ if self.own => crate::tr!(
                crate::i18n::user(),
                "federation-own-row",
                name = self.neighborhood.as_str()
            ),
            Some(claim) if claim != &self.neighborhood => crate::tr!(
                crate::i18n::user(),
                "federation-calls-itself",
                name = self.neighborhood.as_str(),
                claim = crate::ui::clean(claim)
            ),
            _ => self.neighborhood.clone(),
        }
    }
}

/// One log to read: the own, or a peer as last fetched.
struct Source {
    /// The log's own name, or the peer's name in `[[peers]]` (never its own claim).
    neighborhood: String,
    own: bool,
    /// The name the peer's own council.toml gives it.
    calls_itself: Option<String>,
    /// How the user names it: "this log" or the peer's name in council.toml.
    label: String,
    commit: Option<CommitId>,
}

pub fn cmd_federation(ui: &Ui, log_dir: Option<&Path>, args: &Args) -> Result<ExitCode> {
    let log = Log::open(log_dir)?;
    let config = super::config(ui, &log)?;
    let mut sources = vec![Source {
        neighborhood: config.name.clone(),
        own: true,
        calls_itself: None,
        label: crate::tr!(crate::i18n::user(), "federation-this-log"),
        commit: log.head()?,
    }];
    let mut broken = Vec::new();
    for peer in &config.peers {
        let label = crate::tr!(
            crate::i18n::user(),
            "federation-peer",
            name = crate::ui::clean(&peer.name)
        );
        let slug = crate::council::ids::slug(&peer.name);
        let Some(commit) = (!slug.is_empty()).then(|| log.peer_head(&slug)).flatten() else {
            ui.warn(&crate::tr!(
                crate::i18n::user(),
                "federation-not-fetched",
                label = &label
            ));
            continue;
        };
        match log.config_at(commit) {
            Ok(theirs) => sources.push(Source {
                neighborhood: peer.name.clone(),
                own: false,
                calls_itself: Some(theirs.name),
                label,
                commit: Some(commit),
            }),
            Err(e) => {
                let problem = format!("its council.toml cannot be read: {e:#}");
                ui.warn(&crate::tr!(
                    crate::i18n::user(),
                    "federation-skipped",
                    label = &label,
                    problem = &problem
                ));
                broken.push((peer.name.clone(), problem));
            }
        }
    }
    match &args.view {
        View::Log(o) => federation_log(ui, &log, &sources, o.json),
        View::Tasks(o) => federation_tasks(ui, &log, &sources, o),
        View::Delegates(o) => federation_delegates(ui, &log, &sources, o),
        View::Verify(o) => federation_verify(ui, &log, &sources, &broken, o.json),
    }
}

/// The councils of `source` that parse, oldest first; the others are reported.
fn councils(ui: &Ui, log: &Log, source: &Source) -> Vec<crate::log::Stored> {
    match log.minutes_lenient(source.commit) {
        Ok((stored, unreadable)) => {
            for (path, why) in unreadable {
                ui.warn(&crate::tr!(
                    crate::i18n::user(),
                    "federation-file-skipped",
                    label = &source.label,
                    path = &path,
                    why = why.to_string()
                ));
            }
            stored
        }
        Err(e) => {
            ui.warn(&crate::tr!(
                crate::i18n::user(),
                "federation-minutes-unreadable",
                label = &source.label,
                error = format!("{e:#}")
            ));
            Vec::new()
        }
    }
}

fn federation_log(ui: &Ui, log: &Log, sources: &[Source], json: bool) -> Result<ExitCode> {
    let mut rows = Vec::new();
    for source in sources {
        let mut stored = councils(ui, log, source);
        // In `council log`'s order, so the numbers are the ones the neighborhood's own log shows.
        stored.sort_by(|a, b| {
            (a.record.started, &a.record.id).cmp(&(b.record.started, &b.record.id))
        });
        for (i, s) in stored.into_iter().enumerate() {
            let r = &s.record;
            rows.push(Row::new(
                source,
                crate::json::LogEntry {
                    number: i + 1,
                    id: r.id.clone(),
                    started: r.started.to_string(),
                    issue: r.issue.clone(),
                    facilitator: r.facilitator.clone(),
                    spokesperson: r.spokesperson.clone(),
                    outcome: r.decision.outcome.as_str().to_string(),
                    statement: r.decision.statement.clone(),
                    file: s.path.clone(),
                },
            ));
        }
    }
    if json {
        let rows: Vec<crate::json::Neighborhood<crate::json::LogEntry>> =
            rows.iter().map(Row::json).collect();
        super::print_json(ui, &rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    if rows.is_empty() {
        ui.note(&crate::tr!(crate::i18n::user(), "federation-none"));
        return Ok(ExitCode::SUCCESS);
    }
    let rows = rows
        .into_iter()
        .map(|r| {
            vec![
                r.tag(),
                r.row.started.get(..10).unwrap_or_default().to_string(),
                r.row.id,
                r.row.issue,
                super::outcome_word(&r.row.outcome),
            ]
        })
        .collect();
    let header = super::columns(&["neighborhood", "date", "id", "issue", "outcome"]);
    ui.out(&ui.table(&header, rows))?;
    Ok(ExitCode::SUCCESS)
}

fn federation_tasks(ui: &Ui, log: &Log, sources: &[Source], o: &Tasks) -> Result<ExitCode> {
    let today = clock::now()?.date();
    let mut rows = Vec::new();
    for source in sources {
        let works: Vec<Work> = councils(ui, log, source)
            .into_iter()
            .map(|s| Work::from((*s.record).clone()))
            .collect();
        let reports = match source.commit {
            Some(commit) => match log.reports_lenient(commit) {
                Ok((reports, unreadable)) => {
                    for (path, why) in unreadable {
                        ui.warn(&crate::tr!(
                            crate::i18n::user(),
                            "federation-file-skipped",
                            label = &source.label,
                            path = &path,
                            why = why.to_string()
                        ));
                    }
                    reports
                }
                Err(e) => {
                    ui.warn(&crate::tr!(
                        crate::i18n::user(),
                        "federation-reports-unreadable",
                        label = &source.label,
                        error = format!("{e:#}")
                    ));
                    Vec::new()
                }
            },
            None => Vec::new(),
        };
        let works: Vec<&Work> = works.iter().collect();
        match ledger::tasks(&works, &reports, today) {
            Ok(tasks) => rows.extend(
                tasks
                    .into_iter()
                    .filter(|t| !o.open || t.status == TaskStatus::Open)
                    .map(|t| Row::new(source, t)),
            ),
            Err(problem) => ui.warn(&crate::tr!(
                crate::i18n::user(),
                "federation-tasks-unreadable",
                label = &source.label,
                problem = problem.to_string()
            )),
        }
    }
    if o.json {
        let rows: Vec<crate::json::Neighborhood<crate::json::Task>> =
            rows.iter().map(Row::json).collect();
        super::print_json(ui, &rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    if rows.is_empty() {
        ui.note(&crate::tr!(
            crate::i18n::user(),
            if o.open {
                "tasks-no-open"
            } else {
                "tasks-none"
            }
        ));
        return Ok(ExitCode::SUCCESS);
    }
    let rows = rows
        .into_iter()
        .map(|r| {
            let neighborhood = r.tag();
            let t = r.row;
            let status = if t.overdue {
                crate::tr!(crate::i18n::user(), "tasks-overdue")
            } else {
                super::status_word(t.status)
            };
            vec![
                neighborhood,
                t.id,
                t.what,
                t.who.join(", "),
                t.due.map_or(String::new(), |d| d.to_string()),
                status,
            ]
        })
        .collect();
    let header = super::columns(&["neighborhood", "id", "what", "who", "due", "status"]);
    ui.out(&ui.table(&header, rows))?;
    Ok(ExitCode::SUCCESS)
}

fn federation_delegates(ui: &Ui, log: &Log, sources: &[Source], o: &Delegates) -> Result<ExitCode> {
    let mut rows = Vec::new();
    for source in sources {
        let works: Vec<Work> = councils(ui, log, source)
            .into_iter()
            .map(|s| Work::from((*s.record).clone()))
            .collect();
        let works: Vec<&Work> = works.iter().collect();
        rows.extend(
            ledger::mandates(&works)
                .into_iter()
                .filter(|m| !o.active || m.status == MandateStatus::Active)
                .map(|m| Row::new(source, m)),
        );
    }
    if o.json {
        let rows: Vec<crate::json::Neighborhood<crate::json::Mandate>> =
            rows.iter().map(Row::json).collect();
        super::print_json(ui, &rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    if rows.is_empty() {
        ui.note(&crate::tr!(crate::i18n::user(), "federation-no-delegate"));
        return Ok(ExitCode::SUCCESS);
    }
    let rows = rows
        .into_iter()
        .map(|r| {
            let neighborhood = r.tag();
            let m = r.row;
            let status = match (&m.status, &m.recalled_by) {
                (MandateStatus::Recalled, Some(by)) => {
                    crate::tr!(crate::i18n::user(), "delegates-recalled", council = by)
                }
                _ => crate::tr!(crate::i18n::user(), "delegates-active"),
            };
            vec![neighborhood, m.council, m.name, m.to, m.mandate, status]
        })
        .collect();
    let header = super::columns(&["neighborhood", "council", "name", "to", "mandate", "status"]);
    ui.out(&ui.table(&header, rows))?;
    Ok(ExitCode::SUCCESS)
}

fn federation_verify(
    ui: &Ui,
    log: &Log,
    sources: &[Source],
    broken: &[(String, String)],
    json: bool,
) -> Result<ExitCode> {
    let mut rows = Vec::new();
    for (name, problem) in broken {
        rows.push(Row {
            neighborhood: name.clone(),
            own: false,
            calls_itself: None,
            row: super::verify::Checked {
                id: String::new(),
                file: crate::log::CONFIG_FILE.to_string(),
                ok: false,
                problems: vec![crate::council::verify::Problem::new(
                    crate::council::verify::Kind::Settings,
                    problem.clone(),
                )],
            },
        });
    }
    for source in sources {
        let checked = if json {
            crate::error::in_english(|| super::verify::check_log(log, source.commit, &[]))
        } else {
            super::verify::check_log(log, source.commit, &[])
        };
        match checked {
            Ok((checked, _)) => rows.extend(checked.into_iter().map(|c| Row::new(source, c))),
            Err(e) => rows.push(Row::new(
                source,
                super::verify::Checked {
                    id: String::new(),
                    file: String::new(),
                    ok: false,
                    problems: vec![crate::council::verify::Problem::new(
                        crate::council::verify::Kind::Parse,
                        crate::tr!(
                            crate::i18n::user(),
                            "federation-cannot-recheck",
                            label = source.label.clone(),
                            error = format!("{e:#}")
                        ),
                    )],
                },
            )),
        }
    }
    let failed = rows.iter().filter(|r| !r.row.ok).count();
    if json {
        let rows: Vec<crate::json::Neighborhood<crate::json::Checked>> =
            rows.iter().map(Row::json).collect();
        super::print_json(ui, &rows)?;
    } else {
        for r in &rows {
            if r.row.ok {
                ui.line(&format!("ok    {}: {}", r.tag(), r.row.file))?;
            } else {
                for problem in &r.row.problems {
                    ui.line(&format!("FAIL  {}: {}: {problem}", r.tag(), r.row.file))?;
                }
            }
        }
        if failed == 0 {
            ui.status(
                &crate::tr!(crate::i18n::user(), "verb-verified"),
                &crate::tr!(
                    crate::i18n::user(),
                    "federation-verified",
                    files = rows.len(),
                    logs = sources.len()
                ),
            );
        } else {
            ui.warn(&crate::tr!(
                crate::i18n::user(),
                "federation-failed",
                n = failed
            ));
        }
    }
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(crate::error::FAILURE)
    })
}
