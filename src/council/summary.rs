//! What a new council and the README need from the log, folded file by file.
//!
//! A [`Summary`] is derived from the record files of one commit and nothing
//! else: the people and their turns, the latest councils, the tasks still in
//! play, active mandates, recent gains, abandoned traces and corrections.
//! It is built by adding those files in one canonical order ([`Key`]:
//! councils and report-backs by time, then corrections and abandoned
//! traces), and a summary grows by adding the next files in that same order,
//! so a summary grown commit by commit is the summary built from scratch.
//! A file that would go before what is already folded (a back-dated
//! council, a hand-edited log) is refused with [`Rebuild`], and the caller
//! builds the summary again from all the files.
//!
//! Bounded by activity, not by the log's age: done and dropped tasks with
//! no money in play are counted, then forgotten; a report-back naming a task
//! the summary forgot asks for a rebuild (the full fold keeps every task).

use super::Record;
use super::abandoned::Abandoned;
use super::amount::{Amount, Balance};
use super::answers::{Outcome, TaskStatus};
use super::correction::Correction;
use super::ledger::{Decisions, Gain, JarFlag, JarState, Mandate, MandateStatus, TaskState};
use super::names::{self, People};
use super::report::Report;
use super::time::{Date, Timestamp};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// How many recent councils, gains, corrections and traces are kept (the README shows 30).
pub const RECENT: usize = 30;

/// Where a file goes in the fold: by time, then kind, then id or path, then its place in the file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Key {
    pub at: Timestamp,
    /// 0 a council, 1 a filed report-back, 2 a correction, 3 an abandoned trace.
    pub kind: u8,
    pub name: String,
}

/// The file cannot be folded in after what is already there: build the summary again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rebuild(pub String);

impl std::fmt::Display for Rebuild {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One row of the README's table of councils.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    pub id: String,
    pub started: Timestamp,
    pub issue: String,
    pub facilitator: String,
    pub outcome: Outcome,
    pub path: String,
    /// What was decided: the outcome statement, else the proposal.
    pub decision: Option<String>,
    pub place: Option<String>,
    /// When a later council should look at the decision again.
    pub review: Option<Date>,
}

/// A decision a later council should look at again, by its review date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub review: Date,
    pub council: String,
    pub issue: String,
    pub decision: Option<String>,
    pub path: String,
}

/// How many pending reviews are kept (the furthest in the future go first).
pub const REVIEWS: usize = 2 * RECENT;

/// A task still in play: open, or with money in its jar to account for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Live {
    pub id: String,
    pub council: String,
    pub what: String,
    pub who: Vec<String>,
    pub due: Option<Date>,
    pub status: TaskStatus,
    pub note: Option<String>,
    /// Target, currency, collected and spent, in cents.
    pub jar: Option<(u64, String, u64, u64)>,
    /// The date of the latest news: its council, or its latest report-back.
    pub news: Date,
    /// The report-back its status comes from, and the one its note comes from: the latest
    /// wins whatever order they are folded in.
    pub status_from: Option<(Key, usize)>,
    pub note_from: Option<(Key, usize)>,
}

/// A recent abandoned trace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trace {
    pub started: Timestamp,
    pub issue: String,
    pub path: String,
}

/// A recent correction, with the path of the council it corrects ("" when that council is not in the log).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corrected {
    pub council: String,
    pub path: String,
    pub filed: Timestamp,
    pub note: String,
}

/// Open tasks, jars and mandates with no news for this many days are counted, not listed.
pub const AGE_OUT_DAYS: i64 = 365;

/// What aged out of the summary: no news for [`AGE_OUT_DAYS`] before the latest council.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Aged {
    pub open: usize,
    pub done: usize,
    pub dropped: usize,
    /// Jars still in play (money left, or more than the target, or the task open).
    pub jars: usize,
    /// Mandates never recalled.
    pub mandates: usize,
}

/// Counts of tasks whose state is no longer kept.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settled {
    pub done: usize,
    pub dropped: usize,
}

/// See the module docs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub councils: usize,
    pub decisions: Decisions,
    pub settled: Settled,
    pub aged: Aged,
    /// Everyone who attended, under the spelling the log used first, in the log's order.
    pub people: Vec<String>,
    /// Turns by person key.
    pub facilitations: BTreeMap<String, usize>,
    pub spokes: BTreeMap<String, usize>,
    /// Keys of everyone who attended.
    pub attended: BTreeSet<String>,
    /// When each person (by key) was last seen: the council's place in the fold and theirs
    /// among its attendees.
    pub last_seen: BTreeMap<String, (usize, usize)>,
    /// The latest councils, oldest first.
    pub recent: Vec<Row>,
    /// Decisions with a review date no more than [`AGE_OUT_DAYS`] before the latest
    /// council, by (review date, council id), at most [`REVIEWS`].
    pub reviews: Vec<Review>,
    /// Tasks in play, in the order their councils were folded.
    pub tasks: Vec<Live>,
    /// Mandates not recalled, oldest first, with the date they were given.
    pub mandates: Vec<(Date, Mandate)>,
    pub gains: usize,
    pub won_without_permission: usize,
    /// The latest gains by (date, council), oldest first; kept twice as long as shown,
    /// since gains of one day come in by their councils' times, not their ids.
    pub recent_gains: Vec<Gain>,
    pub abandoned: usize,
    pub recent_abandoned: Vec<Trace>,
    pub corrections: usize,
    /// Every council with a correction.
    pub corrected: BTreeSet<String>,
    pub recent_corrections: Vec<Corrected>,
    /// The currency of the latest jar.
    pub last_currency: Option<String>,
    /// Councils whose file is not where their id puts it: id to path.
    pub misplaced: BTreeMap<String, String>,
    /// Why the ledger cannot be added up, once it cannot.
    pub broken: Option<String>,
    /// The latest council, correction and abandoned trace folded: each kind is folded in
    /// its order (report-backs in any order: the latest wins by its key).
    pub last_council: Option<Key>,
    pub last_correction: Option<Key>,
    pub last_abandoned: Option<Key>,
    /// Tasks named by report-backs folded before any council had them, with the latest key.
    pub orphans: BTreeMap<String, (Key, usize)>,
    /// Record files some commit of the log held that this one does not.
    pub gone: BTreeSet<String>,
    /// Keeps settled tasks while folding everything (a rebuild); dropped by [`Summary::compact`].
    #[serde(skip)]
    keep_settled: bool,
    #[serde(skip)]
    task_at: HashMap<String, usize>,
}

/// A file to fold in, with its path in the log.
#[derive(Clone, Copy)]
pub enum Item<'a> {
    Council(&'a Record, &'a str),
    Report(&'a Report, &'a str),
    Correction(&'a Correction, &'a str),
    Abandoned(&'a Abandoned, &'a str),
}

impl Item<'_> {
    pub fn key(&self) -> Key {
        let (at, kind, name) = match self {
            Item::Council(r, _) => (r.started, 0, r.id.clone()),
            Item::Report(r, path) => (r.filed, 1, path.to_string()),
            Item::Correction(c, path) => (c.filed, 2, path.to_string()),
            Item::Abandoned(a, _) => (a.started, 3, a.id.clone()),
        };
        Key { at, kind, name }
    }
}

/// Answers what the summary no longer holds, from the files of the commit being folded.
pub trait Lookup {
    /// Whether a council of the log has this task.
    fn has_task(&self, task: &str) -> bool;
    /// The path of the council with this id, if the log has it.
    fn council_path(&self, id: &str) -> Option<String>;
    /// Whether the council with this id gave a mandate.
    fn has_mandate(&self, council: &str) -> bool;
}

/// Answers a full fold's questions from every council being folded.
struct Councils<'a> {
    by_id: BTreeMap<&'a str, (&'a Record, &'a str)>,
}

impl Lookup for Councils<'_> {
    fn has_task(&self, task: &str) -> bool {
        self.by_id
            .values()
            .any(|(r, _)| r.tasks.iter().any(|t| t.id == task))
    }

    fn council_path(&self, id: &str) -> Option<String> {
        self.by_id.get(id).map(|(_, path)| path.to_string())
    }

    fn has_mandate(&self, council: &str) -> bool {
        self.by_id
            .get(council)
            .is_some_and(|(r, _)| gives_mandate(r))
    }
}

/// Whether a council gave a mandate a later council may recall.
pub fn gives_mandate(record: &Record) -> bool {
    record
        .delegate
        .as_ref()
        .is_some_and(|d| d.name.is_some() && d.to.is_some() && d.mandate.is_some())
}

/// A jar the ledger still shows: money left after its task ended, more than its target,
/// or its task open.
fn jar_in_play(task: &Live) -> bool {
    let Some((target, _, collected, spent)) = &task.jar else {
        return false;
    };
    task.status == TaskStatus::Open || collected > spent || collected > target
}

impl Summary {
    /// Folds every file of a commit (`gone` aside), in the canonical order.
    pub fn of(items: Vec<Item<'_>>) -> Summary {
        let lookup = Councils {
            by_id: items
                .iter()
                .filter_map(|item| match *item {
                    Item::Council(r, path) => Some((r.id.as_str(), (r, path))),
                    _ => None,
                })
                .collect(),
        };
        Summary::build(items, &lookup)
    }

    /// Folds every file of a commit, in the canonical order.
    fn build(items: Vec<Item<'_>>, lookup: &dyn Lookup) -> Summary {
        let mut items = items;
        items.sort_by_cached_key(Item::key);
        let mut summary = Summary {
            keep_settled: true,
            ..Summary::default()
        };
        for item in &items {
            // Folding in order with every task kept never asks for a rebuild.
            let _ = summary.add(item, lookup);
        }
        summary.compact();
        summary
    }

    /// Drops the settled tasks a full fold kept.
    fn compact(&mut self) {
        self.keep_settled = false;
        self.sweep();
        let mut kept = Vec::with_capacity(self.tasks.len());
        for task in std::mem::take(&mut self.tasks) {
            if settled(&task) {
                match task.status {
                    TaskStatus::Done => self.settled.done += 1,
                    TaskStatus::Dropped => self.settled.dropped += 1,
                    TaskStatus::Open => {}
                }
            } else {
                kept.push(task);
            }
        }
        self.tasks = kept;
        self.reindex();
    }

    /// Forgets the tasks and mandates with no news for [`AGE_OUT_DAYS`] before the latest
    /// council, counting them: the README counts them, and a report-back or recall naming
    /// one asks for a rebuild.
    fn sweep(&mut self) {
        let Some(latest) = self.recent.last() else {
            return;
        };
        let Some(cutoff) = latest
            .started
            .date()
            .0
            .checked_sub_signed(chrono::Duration::days(AGE_OUT_DAYS))
        else {
            return;
        };
        if self.tasks.iter().any(|t| t.news.0 < cutoff) {
            let mut kept = Vec::with_capacity(self.tasks.len());
            for task in std::mem::take(&mut self.tasks) {
                if task.news.0 >= cutoff {
                    kept.push(task);
                    continue;
                }
                match task.status {
                    TaskStatus::Open => self.aged.open += 1,
                    TaskStatus::Done => self.aged.done += 1,
                    TaskStatus::Dropped => self.aged.dropped += 1,
                }
                self.aged.jars += usize::from(jar_in_play(&task));
            }
            self.tasks = kept;
            self.reindex();
        }
        let before = self.mandates.len();
        self.mandates.retain(|(given, _)| given.0 >= cutoff);
        self.aged.mandates += before - self.mandates.len();
    }

    /// Rebuilds the task index after loading.
    pub fn reindex(&mut self) {
        self.task_at.clear();
        for (n, t) in self.tasks.iter().enumerate() {
            self.task_at.entry(t.id.clone()).or_insert(n);
        }
    }

    /// Folds one more file; a council, correction or trace must come after those of its kind
    /// already folded.
    pub fn add(&mut self, item: &Item<'_>, lookup: &dyn Lookup) -> Result<(), Rebuild> {
        let key = item.key();
        let last = match item {
            Item::Council(..) => Some(&mut self.last_council),
            Item::Correction(..) => Some(&mut self.last_correction),
            Item::Abandoned(..) => Some(&mut self.last_abandoned),
            Item::Report(..) => None,
        };
        if let Some(last) = last {
            if !self.keep_settled && last.as_ref().is_some_and(|last| *last >= key) {
                return Err(Rebuild(format!(
                    "{} goes before what the summary already holds",
                    key.name
                )));
            }
            *last = Some(key.clone());
        }
        match *item {
            Item::Council(record, path) => self.add_council(record, path, lookup)?,
            Item::Report(report, _) => {
                let event = Event {
                    key: (key.clone(), 0),
                    at: report.filed,
                    task: &report.task,
                    status: report.status,
                    note: report.note.as_deref(),
                    collected: report.collected,
                    spent: report.spent,
                };
                self.apply(&event, lookup)?;
            }
            Item::Correction(c, _) => {
                self.corrections += 1;
                self.corrected.insert(c.council.clone());
                let path = self
                    .misplaced
                    .get(&c.council)
                    .cloned()
                    .or_else(|| lookup.council_path(&c.council))
                    .unwrap_or_default();
                push_recent(
                    &mut self.recent_corrections,
                    Corrected {
                        council: c.council.clone(),
                        path,
                        filed: c.filed,
                        note: c.note.clone(),
                    },
                );
            }
            Item::Abandoned(a, path) => {
                self.abandoned += 1;
                push_recent(
                    &mut self.recent_abandoned,
                    Trace {
                        started: a.started,
                        issue: a.issue.clone(),
                        path: path.to_string(),
                    },
                );
            }
        }
        Ok(())
    }

    fn add_council(
        &mut self,
        record: &Record,
        path: &str,
        lookup: &dyn Lookup,
    ) -> Result<(), Rebuild> {
        if path != record.path() || self.misplaced.contains_key(&record.id) {
            if !self.keep_settled {
                return Err(Rebuild(format!("{path} is not where its id puts it")));
            }
            self.misplaced.insert(record.id.clone(), path.to_string());
        }
        if !self.keep_settled && self.corrected.contains(&record.id) {
            // A correction filed before its council named no path; the full fold names the same.
            return Err(Rebuild(format!(
                "{} was corrected before it was added",
                record.id
            )));
        }
        self.councils += 1;
        match record.decision.outcome {
            Outcome::Adopted => self.decisions.adopted += 1,
            Outcome::Rejected => self.decisions.rejected += 1,
            Outcome::None => self.decisions.none += 1,
        }
        // A council that wrote cards holds no one's turn, whatever the log's mode is now.
        if record.draw.privacy != Some(crate::council::settings::Privacy::Cards) {
            for (at, a) in record.attendees.iter().enumerate() {
                let key = names::key(&a.name);
                self.last_seen.insert(key.clone(), (self.councils, at));
                if self.attended.insert(key) {
                    self.people.push(a.name.clone());
                }
            }
            *self
                .facilitations
                .entry(names::key(&record.facilitator))
                .or_insert(0) += 1;
            *self
                .spokes
                .entry(names::key(&record.spokesperson))
                .or_insert(0) += 1;
        }
        push_recent(
            &mut self.recent,
            Row {
                id: record.id.clone(),
                started: record.started,
                issue: record.issue.clone(),
                facilitator: record.facilitator.clone(),
                outcome: record.decision.outcome,
                path: path.to_string(),
                decision: decision_of(record),
                place: record.place.clone(),
                review: record.decision.review,
            },
        );
        if let Some(review) = record.decision.review {
            let entry = Review {
                review,
                council: record.id.clone(),
                issue: record.issue.clone(),
                decision: decision_of(record),
                path: path.to_string(),
            };
            let key = |r: &Review| (r.review, r.council.clone());
            let at = self.reviews.partition_point(|r| key(r) <= key(&entry));
            self.reviews.insert(at, entry);
        }
        // Swept and capped at every council, in a full fold too: the reviews kept depend
        // only on the councils folded, in their one order, however the summary was grown.
        if let Some(cutoff) = record
            .started
            .date()
            .0
            .checked_sub_signed(chrono::Duration::days(AGE_OUT_DAYS))
        {
            self.reviews.retain(|r| r.review.0 >= cutoff);
        }
        self.reviews.truncate(REVIEWS);
        for task in &record.tasks {
            if let Some(jar) = &task.jar {
                self.last_currency = Some(jar.currency.clone());
            }
            let live = Live {
                id: task.id.clone(),
                council: record.id.clone(),
                what: task.what.clone(),
                who: task.who.clone(),
                due: task.due,
                status: TaskStatus::Open,
                note: None,
                jar: task
                    .jar
                    .as_ref()
                    .map(|j| (j.target.cents(), j.currency.clone(), 0, 0)),
                news: record.started.date(),
                status_from: None,
                note_from: None,
            };
            if !self.keep_settled && self.orphans.contains_key(&live.id) {
                return Err(Rebuild(format!(
                    "a report-back named {} before its council was folded",
                    live.id
                )));
            }
            self.task_at
                .entry(live.id.clone())
                .or_insert(self.tasks.len());
            self.tasks.push(live);
        }
        let key = Item::Council(record, path).key();
        for (i, rb) in record.report_backs.iter().enumerate() {
            let event = Event {
                key: (key.clone(), i),
                at: record.started,
                task: &rb.task,
                status: rb.status,
                note: rb.note.as_deref(),
                collected: rb.collected,
                spent: rb.spent,
            };
            self.apply(&event, lookup)?;
        }
        if let Some(delegate) = &record.delegate {
            if let Some(recall) = &delegate.recall {
                let council = recall.strip_suffix("#delegate").unwrap_or(recall);
                let before = self.mandates.len();
                self.mandates.retain(|(_, m)| m.council != council);
                if !self.keep_settled
                    && before == self.mandates.len()
                    && (self.misplaced.contains_key(council) || lookup.has_mandate(council))
                {
                    // Aged out, or recalled before: the full fold tells which.
                    return Err(Rebuild(format!("{recall} is not among the mandates kept")));
                }
            }
            if let (Some(name), Some(to), Some(mandate)) =
                (&delegate.name, &delegate.to, &delegate.mandate)
            {
                self.mandates.push((
                    record.started.date(),
                    Mandate {
                        council: record.id.clone(),
                        name: name.clone(),
                        to: to.clone(),
                        mandate: mandate.clone(),
                        status: MandateStatus::Active,
                        recalled_by: None,
                    },
                ));
            }
        }
        if let Some(s) = &record.sovereignty {
            self.gains += 1;
            self.won_without_permission += usize::from(s.without_permission);
            let gain = Gain {
                council: record.id.clone(),
                date: record.started.date(),
                gained: s.gained.clone(),
                without_permission: s.without_permission,
            };
            let key = |g: &Gain| (g.date, g.council.clone());
            let at = self.recent_gains.partition_point(|g| key(g) <= key(&gain));
            self.recent_gains.insert(at, gain);
            if self.recent_gains.len() > 2 * RECENT {
                self.recent_gains.remove(0);
            }
        }
        if !self.keep_settled {
            self.sweep();
        }
        Ok(())
    }

    fn apply(&mut self, event: &Event<'_>, lookup: &dyn Lookup) -> Result<(), Rebuild> {
        let Some(&n) = self.task_at.get(event.task) else {
            // A council whose file is not where its id puts it is not found by the lookup:
            // a report-back naming one of its tasks is folded again from all the files.
            let misplaced = super::ids::split_task_id(event.task)
                .is_some_and(|(council, _)| self.misplaced.contains_key(council));
            if !self.keep_settled && (misplaced || lookup.has_task(event.task)) {
                return Err(Rebuild(format!(
                    "a report-back names {}, which the summary no longer holds",
                    event.task
                )));
            }
            let orphan = self
                .orphans
                .entry(event.task.to_string())
                .or_insert_with(|| event.key.clone());
            if *orphan < event.key {
                *orphan = event.key.clone();
            }
            return Ok(());
        };
        let task = &mut self.tasks[n];
        // The latest report-back wins, whichever is folded first.
        if task
            .status_from
            .as_ref()
            .is_none_or(|from| *from < event.key)
        {
            task.status = event.status;
            task.status_from = Some(event.key.clone());
        }
        task.news = task.news.max(event.at.date());
        if event.note.is_some() && task.note_from.as_ref().is_none_or(|from| *from < event.key) {
            task.note = event.note.map(str::to_string);
            task.note_from = Some(event.key.clone());
        }
        if let Some((_, _, collected, spent)) = &mut task.jar {
            let add = |sum: &mut u64, more: Option<Amount>, what: &str| match sum
                .checked_add(more.unwrap_or_default().cents())
            {
                Some(total) => {
                    *sum = total;
                    None
                }
                None => Some(format!(
                    "the jar of task {} has {what} more money than the ledger can add up exactly",
                    event.task
                )),
            };
            let problem = add(collected, event.collected, "collected")
                .or_else(|| add(spent, event.spent, "spent"));
            if problem.is_some() && !self.keep_settled {
                // Which jar overflows first depends on the order: the full fold names it.
                return Err(Rebuild("a jar overflows".into()));
            }
            if problem.is_some() && self.broken.is_none() {
                self.broken = problem;
            }
        }
        if !self.keep_settled && settled(&self.tasks[n]) {
            let task = self.tasks.remove(n);
            match task.status {
                TaskStatus::Done => self.settled.done += 1,
                TaskStatus::Dropped => self.settled.dropped += 1,
                TaskStatus::Open => {}
            }
            self.reindex();
        }
        Ok(())
    }

    /// The tasks in play as the ledger states them on `today`.
    pub fn task_states(&self, today: Date) -> Result<Vec<TaskState>, String> {
        Ok(self
            .task_news(today)?
            .into_iter()
            .map(|(state, _)| state)
            .collect())
    }

    /// The tasks in play on `today`, each with the date of its latest news.
    pub fn task_news(&self, today: Date) -> Result<Vec<(TaskState, Date)>, String> {
        if let Some(problem) = &self.broken {
            return Err(problem.clone());
        }
        self.tasks
            .iter()
            .map(|t| Ok((state(t, today)?, t.news)))
            .collect()
    }

    /// Counts of tasks by status, settled ones included.
    pub fn task_counts(&self) -> (usize, usize, usize) {
        let open = self
            .tasks
            .iter()
            .filter(|t| t.status == TaskStatus::Open)
            .count();
        let open = open + self.aged.open;
        let done = self.settled.done
            + self.aged.done
            + self
                .tasks
                .iter()
                .filter(|t| t.status == TaskStatus::Done)
                .count();
        let dropped = self.settled.dropped
            + self.aged.dropped
            + self
                .tasks
                .iter()
                .filter(|t| t.status == TaskStatus::Dropped)
                .count();
        (done, open, dropped)
    }

    /// The people, each under the log's first spelling.
    pub fn people_index(&self) -> People {
        let mut people = People::default();
        for name in &self.people {
            people.add(name);
        }
        people
    }

    /// The latest council, if any.
    pub fn latest(&self) -> Option<&Row> {
        self.recent.last()
    }
}

/// One change to a task.
struct Event<'a> {
    /// Where it goes among all report-backs: its file's key, and its place in the file.
    key: (Key, usize),
    at: Timestamp,
    task: &'a str,
    status: TaskStatus,
    note: Option<&'a str>,
    collected: Option<Amount>,
    spent: Option<Amount>,
}

/// What a council decided, in its own words: the outcome statement, else the proposal.
pub fn decision_of(record: &Record) -> Option<String> {
    record
        .decision
        .statement
        .clone()
        .or_else(|| record.decision.proposal.clone())
}

/// Keeps the last [`RECENT`] of a list folded oldest first.
fn push_recent<T>(list: &mut Vec<T>, item: T) {
    list.push(item);
    if list.len() > RECENT {
        list.remove(0);
    }
}

/// A task the README and the next councils no longer need: ended, with no money in play.
fn settled(task: &Live) -> bool {
    task.status != TaskStatus::Open
        && match &task.jar {
            None => true,
            // Shown while money is left or more came in than the target.
            Some((target, _, collected, spent)) => collected <= spent && collected <= target,
        }
}

/// The ledger's view of a task, as [`super::ledger::tasks`] computes it.
fn state(task: &Live, today: Date) -> Result<TaskState, String> {
    let ended = task.status != TaskStatus::Open;
    let jar = match &task.jar {
        None => None,
        Some((target, currency, collected, spent)) => {
            let (target, collected, spent) = (Amount(*target), Amount(*collected), Amount(*spent));
            let left = Balance::left(collected, spent)
                .ok_or_else(|| format!("the jar of task {} cannot be balanced", task.id))?;
            let flag = if ended && left.0 > 0 {
                Some(JarFlag::Unspent)
            } else if collected > target {
                Some(JarFlag::OverTarget)
            } else {
                None
            };
            Some(JarState {
                task: task.id.clone(),
                target,
                currency: currency.clone(),
                collected,
                spent,
                left,
                flag,
            })
        }
    };
    Ok(TaskState {
        id: task.id.clone(),
        council: task.council.clone(),
        what: task.what.clone(),
        who: task.who.clone(),
        due: task.due,
        status: task.status,
        overdue: task.status == TaskStatus::Open && task.due.is_some_and(|d| d < today),
        note: task.note.clone(),
        jar,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::council::fixtures;

    struct Nothing;

    impl Lookup for Nothing {
        fn has_task(&self, _: &str) -> bool {
            false
        }
        fn council_path(&self, _: &str) -> Option<String> {
            None
        }
        fn has_mandate(&self, _: &str) -> bool {
            false
        }
    }

    /// Councils a day apart, each asking for a review some weeks later (some far later).
    fn councils(n: usize) -> Vec<Record> {
        let mut a = fixtures::answers(&["Ana", "Bo", "Chen"]);
        let first = fixtures::run_supported(
            &mut a,
            &crate::council::History::default(),
            fixtures::settings(),
        );
        let start = first.started;
        (0..n)
            .map(|i| {
                let mut r = first.clone();
                let days = chrono::Duration::days(i as i64);
                r.started = Timestamp(start.0 + days);
                r.ended = r.started;
                r.id = format!("{}-council-{i}", r.started.date());
                r.tasks.clear();
                let later = chrono::Duration::days(if i % 3 == 0 { 900 } else { 20 + i as i64 });
                r.decision.review = Some(Date(r.started.date().0 + later));
                r
            })
            .collect()
    }

    #[test]
    fn reviews_grown_council_by_council_are_the_reviews_of_a_full_fold() {
        let records = councils(3 * REVIEWS + 500);
        let paths: Vec<String> = records.iter().map(Record::path).collect();
        let items: Vec<Item<'_>> = records
            .iter()
            .zip(&paths)
            .map(|(r, p)| Item::Council(r, p))
            .collect();
        let full = Summary::of(items.clone());
        let mut grown = Summary::of(Vec::new());
        for item in &items {
            grown.add(item, &Nothing).unwrap();
        }
        assert_eq!(grown.reviews, full.reviews);
        assert!(!full.reviews.is_empty() && full.reviews.len() <= REVIEWS);
        // Every review kept is within a year of the latest council.
        let latest = records.last().unwrap().started.date().0;
        assert!(
            full.reviews
                .iter()
                .all(|r| (latest - r.review.0).num_days() <= AGE_OUT_DAYS)
        );
    }
}
