//! The state of a neighborhood's work between councils, folded from the log.
//!
//! Tasks take their status from report-backs, whether given inside a later
//! council or filed with `council report`; the latest one wins. Jars add up
//! what was collected and spent. Pure: the caller passes the records, the
//! filed reports and today's date.

use super::Record;
use super::amount::{Amount, Balance};
use super::answers::{Delegate, Outcome, ReportBack, Sovereignty, TaskStatus};
use super::record::TaskRecord;
use super::report::Report;
use super::time::{Date, Timestamp};
use serde::Serialize;
use std::collections::HashMap;

/// What the ledger reads of a council: a whole record, or the [`Work`] a read command keeps.
pub trait Council {
    fn id(&self) -> &str;
    fn started(&self) -> Timestamp;
    fn outcome(&self) -> Outcome;
    fn tasks(&self) -> &[TaskRecord];
    fn report_backs(&self) -> &[ReportBack];
    fn delegate(&self) -> Option<&Delegate>;
    fn sovereignty(&self) -> Option<&Sovereignty>;
}

impl Council for Record {
    fn id(&self) -> &str {
        &self.id
    }
    fn started(&self) -> Timestamp {
        self.started
    }
    fn outcome(&self) -> Outcome {
        self.decision.outcome
    }
    fn tasks(&self) -> &[TaskRecord] {
        &self.tasks
    }
    fn report_backs(&self) -> &[ReportBack] {
        &self.report_backs
    }
    fn delegate(&self) -> Option<&Delegate> {
        self.delegate.as_ref()
    }
    fn sovereignty(&self) -> Option<&Sovereignty> {
        self.sovereignty.as_ref()
    }
}

/// A council without its people and its draw: all that `tasks`, `ledger` and `delegates` show.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Work {
    pub id: String,
    pub started: Timestamp,
    pub outcome: Outcome,
    pub tasks: Vec<TaskRecord>,
    pub report_backs: Vec<ReportBack>,
    pub delegate: Option<Delegate>,
    pub sovereignty: Option<Sovereignty>,
}

impl From<Record> for Work {
    fn from(r: Record) -> Work {
        Work {
            id: r.id,
            started: r.started,
            outcome: r.decision.outcome,
            tasks: r.tasks,
            report_backs: r.report_backs,
            delegate: r.delegate,
            sovereignty: r.sovereignty,
        }
    }
}

impl Council for Work {
    fn id(&self) -> &str {
        &self.id
    }
    fn started(&self) -> Timestamp {
        self.started
    }
    fn outcome(&self) -> Outcome {
        self.outcome
    }
    fn tasks(&self) -> &[TaskRecord] {
        &self.tasks
    }
    fn report_backs(&self) -> &[ReportBack] {
        &self.report_backs
    }
    fn delegate(&self) -> Option<&Delegate> {
        self.delegate.as_ref()
    }
    fn sovereignty(&self) -> Option<&Sovereignty> {
        self.sovereignty.as_ref()
    }
}

/// Orders councils as the log does: by `started`, then id; ties keep their order.
fn oldest_first<'a, C: Council>(records: &'a [&'a C]) -> Vec<&'a C> {
    let mut ordered: Vec<&C> = records.to_vec();
    ordered.sort_by(|a, b| {
        a.started()
            .cmp(&b.started())
            .then_with(|| a.id().cmp(b.id()))
    });
    ordered
}

/// A task with its current status and jar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TaskState {
    pub id: String,
    pub council: String,
    pub what: String,
    pub who: Vec<String>,
    pub due: Option<Date>,
    pub status: TaskStatus,
    /// Still open past its due date.
    pub overdue: bool,
    /// The note of the latest report-back, if any.
    pub note: Option<String>,
    pub jar: Option<JarState>,
}

/// A jar's accounts: never accumulated, spent and reset once its task ends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JarState {
    pub task: String,
    pub target: Amount,
    pub currency: String,
    pub collected: Amount,
    pub spent: Amount,
    pub left: Balance,
    pub flag: Option<JarFlag>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum JarFlag {
    /// Money is left after the task was done or dropped: spend it and reset.
    Unspent,
    /// More was collected than the target.
    OverTarget,
}

impl JarFlag {
    pub fn as_str(self) -> &'static str {
        match self {
            JarFlag::Unspent => "unspent",
            JarFlag::OverTarget => "over_target",
        }
    }
}

/// A delegate's mandate and whether a later council recalled it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Mandate {
    pub council: String,
    pub name: String,
    pub to: String,
    pub mandate: String,
    pub status: MandateStatus,
    pub recalled_by: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MandateStatus {
    Active,
    Recalled,
}

/// One entry of the sovereignty ledger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Gain {
    pub council: String,
    pub date: Date,
    pub gained: String,
    pub without_permission: bool,
}

/// One change to a task, from a council's report-backs or a filed report.
struct Event<'a> {
    at: Timestamp,
    task: &'a str,
    status: TaskStatus,
    note: Option<&'a str>,
    collected: Option<Amount>,
    spent: Option<Amount>,
}

/// Folds every task of `records` with every report-back, oldest first.
///
/// Fails when a jar's sums do not fit in the ledger's exact arithmetic,
/// naming the task: money is added exactly or not at all.
pub fn tasks<C: Council>(
    records: &[&C],
    reports: &[Report],
    today: Date,
) -> Result<Vec<TaskState>, String> {
    let mut states: Vec<TaskState> = Vec::new();
    let ordered = oldest_first(records);
    for record in &ordered {
        for task in record.tasks() {
            states.push(TaskState {
                id: task.id.clone(),
                council: record.id().to_string(),
                what: task.what.clone(),
                who: task.who.clone(),
                due: task.due,
                status: TaskStatus::Open,
                overdue: false,
                note: None,
                jar: task.jar.as_ref().map(|jar| JarState {
                    task: task.id.clone(),
                    target: jar.target,
                    currency: jar.currency.clone(),
                    collected: Amount(0),
                    spent: Amount(0),
                    left: Balance(0),
                    flag: None,
                }),
            });
        }
    }
    let mut events: Vec<Event<'_>> = Vec::new();
    for record in &ordered {
        for rb in record.report_backs() {
            events.push(Event {
                at: record.started(),
                task: &rb.task,
                status: rb.status,
                note: rb.note.as_deref(),
                collected: rb.collected,
                spent: rb.spent,
            });
        }
    }
    for report in reports {
        events.push(Event {
            at: report.filed,
            task: &report.task,
            status: report.status,
            note: report.note.as_deref(),
            collected: report.collected,
            spent: report.spent,
        });
    }
    // Stable: report-backs of one moment keep the order they were given in.
    events.sort_by_key(|e| e.at);
    let at: HashMap<&str, usize> = states
        .iter()
        .enumerate()
        .rev()
        .map(|(n, s)| (s.id.as_str(), n))
        .collect();
    let mut changes: Vec<(usize, Event<'_>)> = Vec::with_capacity(events.len());
    for event in events {
        if let Some(&n) = at.get(event.task) {
            changes.push((n, event));
        }
    }
    for (n, event) in changes {
        let state = &mut states[n];
        state.status = event.status;
        if event.note.is_some() {
            state.note = event.note.map(str::to_string);
        }
        if let Some(jar) = &mut state.jar {
            let overflow = |what: &str| {
                format!(
                    "the jar of task {} has {what} more money than the ledger can add up exactly",
                    state.id
                )
            };
            jar.collected = jar
                .collected
                .checked_add(event.collected.unwrap_or_default())
                .ok_or_else(|| overflow("collected"))?;
            jar.spent = jar
                .spent
                .checked_add(event.spent.unwrap_or_default())
                .ok_or_else(|| overflow("spent"))?;
        }
    }
    for state in &mut states {
        state.overdue = state.status == TaskStatus::Open && state.due.is_some_and(|d| d < today);
        let ended = state.status != TaskStatus::Open;
        if let Some(jar) = &mut state.jar {
            jar.left = Balance::left(jar.collected, jar.spent)
                .ok_or_else(|| format!("the jar of task {} cannot be balanced", state.id))?;
            jar.flag = if ended && jar.left.0 > 0 {
                Some(JarFlag::Unspent)
            } else if jar.collected > jar.target {
                Some(JarFlag::OverTarget)
            } else {
                None
            };
        }
    }
    Ok(states)
}

/// Every mandate given, oldest first, with the council that recalled it.
pub fn mandates<C: Council>(records: &[&C]) -> Vec<Mandate> {
    let mut mandates: Vec<Mandate> = Vec::new();
    // Where the first mandate of each council is: a recall finds it without a scan.
    let mut given: HashMap<String, usize> = HashMap::new();
    for record in oldest_first(records) {
        let Some(delegate) = record.delegate() else {
            continue;
        };
        if let Some(recall) = &delegate.recall {
            let council = recall.strip_suffix("#delegate").unwrap_or(recall);
            if let Some(&at) = given.get(council) {
                let m = &mut mandates[at];
                m.status = MandateStatus::Recalled;
                m.recalled_by = Some(record.id().to_string());
            }
        }
        if let (Some(name), Some(to), Some(mandate)) =
            (&delegate.name, &delegate.to, &delegate.mandate)
        {
            given
                .entry(record.id().to_string())
                .or_insert(mandates.len());
            mandates.push(Mandate {
                council: record.id().to_string(),
                name: name.clone(),
                to: to.clone(),
                mandate: mandate.clone(),
                status: MandateStatus::Active,
                recalled_by: None,
            });
        }
    }
    mandates
}

/// The sovereignty ledger, oldest first.
pub fn gains<C: Council>(records: &[&C]) -> Vec<Gain> {
    let mut gains: Vec<Gain> = records
        .iter()
        .filter_map(|r| {
            r.sovereignty().map(|s| Gain {
                council: r.id().to_string(),
                date: r.started().date(),
                gained: s.gained.clone(),
                without_permission: s.without_permission,
            })
        })
        .collect();
    gains.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.council.cmp(&b.council)));
    gains
}

/// Counts of decisions by outcome.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Decisions {
    pub adopted: usize,
    pub rejected: usize,
    pub none: usize,
}

/// Counts of tasks by status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct TaskCounts {
    pub done: usize,
    pub open: usize,
    pub dropped: usize,
    pub overdue: usize,
}

/// The whole ledger: `council ledger --json` prints it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ledger {
    pub councils: usize,
    pub decisions: Decisions,
    pub tasks: TaskCounts,
    pub sovereignty: Vec<Gain>,
    pub won_without_permission: usize,
    pub jars: Vec<JarState>,
}

pub fn ledger<C: Council>(records: &[&C], tasks: &[TaskState]) -> Ledger {
    let mut decisions = Decisions::default();
    for r in records {
        match r.outcome() {
            Outcome::Adopted => decisions.adopted += 1,
            Outcome::Rejected => decisions.rejected += 1,
            Outcome::None => decisions.none += 1,
        }
    }
    let mut counts = TaskCounts::default();
    for t in tasks {
        match t.status {
            TaskStatus::Done => counts.done += 1,
            TaskStatus::Open => counts.open += 1,
            TaskStatus::Dropped => counts.dropped += 1,
        }
        counts.overdue += usize::from(t.overdue);
    }
    let sovereignty = gains(records);
    Ledger {
        councils: records.len(),
        decisions,
        tasks: counts,
        won_without_permission: sovereignty.iter().filter(|g| g.without_permission).count(),
        sovereignty,
        jars: tasks.iter().filter_map(|t| t.jar.clone()).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::council::answers::{Delegate, Jar, ReportBack, Task};
    use crate::council::fixtures::{answers, at, run_supported, settings};
    use crate::council::pools::History;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    /// Two councils: the first hands out a jar task and a plain task, the second reports on them.
    fn log(second: impl FnOnce(&mut crate::council::Answers)) -> Vec<Record> {
        let mut history = History::default();
        let mut first = answers(&["Ana", "Bo", "Chen"]);
        first.started = Some(at("2026-11-16T19:00:00-05:00"));
        first.tasks = vec![
            Task {
                what: "Planks".into(),
                who: vec!["Bo".into()],
                due: Some(day("2026-11-20")),
                jar: Some(Jar {
                    target: Amount(4000),
                    currency: "USD".into(),
                }),
            },
            Task {
                what: "Drill".into(),
                who: vec!["Ana".into()],
                due: Some(day("2026-11-20")),
                jar: None,
            },
        ];
        first.delegate = Some(Delegate {
            name: Some("Ana".into()),
            to: Some("Assembly".into()),
            mandate: Some("Ask".into()),
            recall: None,
        });
        let r1 = run_supported(&mut first, &history, settings());
        history.push(std::sync::Arc::new(r1));
        let mut next = answers(&["Ana", "Bo", "Chen"]);
        next.started = Some(at("2026-11-21T19:00:00-05:00"));
        second(&mut next);
        let r2 = run_supported(&mut next, &history, settings());
        history.push(std::sync::Arc::new(r2));
        history
            .councils()
            .iter()
            .map(|c| Record::clone(c))
            .collect()
    }

    fn report(task: &str, status: TaskStatus, filed: &str, spent: Option<u64>) -> Report {
        Report {
            task: task.into(),
            status,
            note: Some(format!("filed {filed}")),
            collected: None,
            spent: spent.map(Amount),
            filed: at(filed),
            tool: "test".into(),
            language: None,
        }
    }

    #[test]
    fn the_latest_report_back_wins_whichever_way_it_was_given() {
        let records = log(|a| {
            a.report_backs = vec![ReportBack {
                task: "2026-11-16-the-bench-is-broken#2".into(),
                status: TaskStatus::Done,
                note: Some("in council".into()),
                collected: None,
                spent: None,
            }];
        });
        let refs: Vec<&Record> = records.iter().collect();
        let t2 = "2026-11-16-the-bench-is-broken#2";
        let earlier = report(t2, TaskStatus::Dropped, "2026-11-18T12:00:00-05:00", None);
        let later = report(t2, TaskStatus::Open, "2026-11-22T12:00:00-05:00", None);
        let status = |reports: &[Report]| {
            let tasks = tasks(&refs, reports, day("2026-11-25")).unwrap();
            let t = tasks.into_iter().find(|t| t.id == t2).unwrap();
            (t.status, t.note, t.overdue)
        };
        assert_eq!(
            status(&[]),
            (TaskStatus::Done, Some("in council".into()), false)
        );
        assert_eq!(
            status(std::slice::from_ref(&earlier)).0,
            TaskStatus::Done,
            "the council came later"
        );
        let (s, note, overdue) = status(&[earlier, later]);
        assert_eq!(
            (s, note.as_deref()),
            (TaskStatus::Open, Some("filed 2026-11-22T12:00:00-05:00"))
        );
        assert!(overdue, "open past its due date");
    }

    #[test]
    fn jars_add_up_and_flag_money_left_after_the_task_ended() {
        let t1 = "2026-11-16-the-bench-is-broken#1";
        let records = log(|a| {
            a.report_backs = vec![ReportBack {
                task: t1.into(),
                status: TaskStatus::Open,
                note: None,
                collected: Some(Amount(4500)),
                spent: Some(Amount(1000)),
            }];
        });
        let refs: Vec<&Record> = records.iter().collect();
        let jar = |reports: &[Report]| {
            tasks(&refs, reports, day("2026-11-25"))
                .unwrap()
                .into_iter()
                .find(|t| t.id == t1)
                .unwrap()
                .jar
                .unwrap()
        };
        let open = jar(&[]);
        assert_eq!(
            (open.collected, open.spent, open.left),
            (Amount(4500), Amount(1000), Balance(3500))
        );
        assert_eq!(open.flag, Some(JarFlag::OverTarget));
        let done = jar(&[report(
            t1,
            TaskStatus::Done,
            "2026-11-23T12:00:00-05:00",
            Some(2000),
        )]);
        assert_eq!(done.left, Balance(1500));
        assert_eq!(
            done.flag,
            Some(JarFlag::Unspent),
            "money left once done comes first"
        );
        let spent = jar(&[report(
            t1,
            TaskStatus::Done,
            "2026-11-23T12:00:00-05:00",
            Some(3500),
        )]);
        assert_eq!(spent.left, Balance(0));
        assert_eq!(spent.flag, Some(JarFlag::OverTarget));
    }

    #[test]
    fn a_recall_ends_a_mandate_and_names_the_council() {
        let records = log(|a| {
            a.delegate = Some(Delegate {
                name: Some("Bo".into()),
                to: Some("Assembly".into()),
                mandate: Some("Ask again".into()),
                recall: Some("2026-11-16-the-bench-is-broken#delegate".into()),
            });
        });
        let refs: Vec<&Record> = records.iter().collect();
        let m = mandates(&refs);
        assert_eq!(m.len(), 2);
        assert_eq!(
            (m[0].name.as_str(), m[0].status),
            ("Ana", MandateStatus::Recalled)
        );
        assert_eq!(
            m[0].recalled_by.as_deref(),
            Some("2026-11-21-the-bench-is-broken")
        );
        assert_eq!(
            (m[1].name.as_str(), m[1].status),
            ("Bo", MandateStatus::Active)
        );
        let l = ledger(&refs, &tasks(&refs, &[], day("2026-11-25")).unwrap());
        assert_eq!(l.councils, 2);
        assert_eq!(l.decisions.adopted, 2);
        assert_eq!((l.tasks.open, l.tasks.overdue), (2, 2));
    }

    #[test]
    fn jar_sums_do_not_overflow() {
        let records = log(|_| {});
        let refs: Vec<&Record> = records.iter().collect();
        let t1 = "2026-11-16-the-bench-is-broken#1";
        let big = |filed: &str, spent: u64| Report {
            collected: Some(Amount(u64::MAX / 2 + 1)),
            ..report(t1, TaskStatus::Open, filed, Some(spent))
        };
        // Each amount fits; their sum does not: refused, naming the task, never wrapped.
        let err = tasks(
            &refs,
            &[
                big("2026-11-22T12:00:00-05:00", 0),
                big("2026-11-23T12:00:00-05:00", 0),
            ],
            day("2026-11-25"),
        )
        .unwrap_err();
        assert!(err.contains(t1) && err.contains("collected"), "{err}");
        // A sum that fits in u64 but not in a signed balance is refused too, not cast.
        let err = tasks(
            &refs,
            &[big("2026-11-22T12:00:00-05:00", 0)],
            day("2026-11-25"),
        )
        .unwrap_err();
        assert!(err.contains("cannot be balanced"), "{err}");
        // Within the limits, sums are exact.
        let max = crate::council::limits::MAX_AMOUNT;
        let many: Vec<Report> = (0..1000)
            .map(|_| Report {
                collected: Some(max),
                ..report(t1, TaskStatus::Open, "2026-11-22T12:00:00-05:00", Some(1))
            })
            .collect();
        let jar = tasks(&refs, &many, day("2026-11-25")).unwrap()[0]
            .jar
            .clone()
            .unwrap();
        assert_eq!(jar.collected, Amount(1000 * max.0));
        assert_eq!(jar.left, Balance(1000 * max.0 as i64 - 1000));
    }
}
