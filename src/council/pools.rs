//! Who may be drawn: the facilitator and spokesperson pools, and who was left out and why.
//!
//! People are counted as people, not spellings (`names::key`): `bo` is `Bo`.

use super::names::{self, People};
use super::record::{LeftOut, Record, Role, Rotation};
use super::summary::Summary;
use super::time::Timestamp;
use crate::msg;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, OnceLock};

/// The councils a new council may consult: the log at one commit.
///
/// Either every council, read from the files, or a [`Summary`] of them with
/// a [`Source`] that reads a council when one is needed: the draw, the
/// checks of a new council and the README then cost the same at any size
/// of log. What the summary cannot answer (a council back-dated before the
/// latest, every council at once) reads every council, once.
#[derive(Clone, Default)]
pub struct History {
    /// The commit the councils were read from; `None` for a log with no commit.
    pub commit: Option<String>,
    /// Shared, not copied: a log holds many councils and each is consulted by many others.
    /// Oldest first (by `started`, then id). Empty when summarized, until needed.
    councils: Vec<Arc<Record>>,
    /// Who is who in these councils, built on first use.
    index: OnceLock<Index>,
    summarized: Option<Summarized>,
    /// Under privacy = "cards": the attendees of earlier councils were cards, not people,
    /// so no turn, attendance or previous holder carries over ([`History::without_people`]).
    people_forgotten: bool,
}

impl std::fmt::Debug for History {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("History")
            .field("commit", &self.commit)
            .field("councils", &self.councils.len())
            .field("summarized", &self.summarized.is_some())
            .finish()
    }
}

/// Reads the councils of the commit a summary was made from.
pub trait Source: Send + Sync {
    /// The council with this id, read from the file its id names (or `path`).
    fn council(&self, id: &str, path: &str) -> anyhow::Result<Option<Record>>;
    /// Every council, in any order.
    fn all(&self) -> anyhow::Result<Vec<Arc<Record>>>;
}

#[derive(Clone)]
struct Summarized {
    summary: Arc<Summary>,
    source: Arc<dyn Source>,
    latest: OnceLock<Option<Arc<Record>>>,
    full: OnceLock<Arc<History>>,
}

/// The people of a history, counted by their key.
#[derive(Debug, Clone, Default)]
struct Index {
    people: People,
    facilitations: HashMap<String, usize>,
    spokes: HashMap<String, usize>,
    attended: HashSet<String>,
    /// Where each council id is in `councils`.
    ids: HashMap<String, usize>,
    /// Where each task id is: the council's place in `councils`, the task's in its list.
    tasks: HashMap<String, (usize, usize)>,
}

impl Index {
    fn add(&mut self, c: &Record, at: usize) {
        self.ids.insert(c.id.clone(), at);
        for (n, t) in c.tasks.iter().enumerate() {
            self.tasks.insert(t.id.clone(), (at, n));
        }
        // A council that wrote cards holds no one's turn, whatever the log's mode is now.
        if c.draw.privacy == Some(super::settings::Privacy::Cards) {
            return;
        }
        for a in &c.attendees {
            self.people.add(&a.name);
            self.attended.insert(names::key(&a.name));
        }
        *self
            .facilitations
            .entry(names::key(&c.facilitator))
            .or_insert(0) += 1;
        *self.spokes.entry(names::key(&c.spokesperson)).or_insert(0) += 1;
    }

    fn of_summary(summary: &Summary) -> Index {
        Index {
            people: summary.people_index(),
            facilitations: summary
                .facilitations
                .iter()
                .map(|(k, n)| (k.clone(), *n))
                .collect(),
            spokes: summary
                .spokes
                .iter()
                .map(|(k, n)| (k.clone(), *n))
                .collect(),
            attended: summary.attended.iter().cloned().collect(),
            ids: HashMap::new(),
            tasks: HashMap::new(),
        }
    }
}

impl History {
    /// A history of `councils` (any order) read from `commit`.
    pub fn new(commit: Option<String>, mut councils: Vec<Arc<Record>>) -> History {
        councils.sort_by(|a, b| a.started.cmp(&b.started).then_with(|| a.id.cmp(&b.id)));
        History {
            commit,
            councils,
            index: OnceLock::new(),
            summarized: None,
            people_forgotten: false,
        }
    }

    /// A history answered from a summary of `commit`, reading councils from `source` when needed.
    pub fn summarized(
        commit: Option<String>,
        summary: Arc<Summary>,
        source: Arc<dyn Source>,
    ) -> History {
        History {
            commit,
            councils: Vec::new(),
            index: OnceLock::new(),
            summarized: Some(Summarized {
                summary,
                source,
                latest: OnceLock::new(),
                full: OnceLock::new(),
            }),
            people_forgotten: false,
        }
    }

    /// This history with its councils but no people: nobody has attended, served or led
    /// last time. Under privacy = "cards" a card number is no one across councils.
    pub fn without_people(&self) -> History {
        let mut history = self.clone();
        history.people_forgotten = true;
        history
    }

    /// The same history, without people under privacy = "cards" (see [`History::without_people`]).
    pub fn for_privacy(&self, privacy: super::settings::Privacy) -> std::borrow::Cow<'_, History> {
        if privacy == super::settings::Privacy::Cards && !self.people_forgotten {
            std::borrow::Cow::Owned(self.without_people())
        } else {
            std::borrow::Cow::Borrowed(self)
        }
    }

    /// The summary this history answers from, if it is one.
    pub fn summary(&self) -> Option<&Summary> {
        self.summarized.as_ref().map(|s| &*s.summary)
    }

    /// Every council, read from the files when this history is a summary.
    fn full(&self) -> &History {
        let Some(s) = &self.summarized else {
            return self;
        };
        s.full.get_or_init(|| {
            let councils = s.source.all().unwrap_or_else(|e| {
                // The summary was made from these very files: only a damaged repository fails here.
                eprintln!(
                    "error: {}",
                    msg!("err-read-councils", error = format!("{e:#}"))
                );
                std::process::exit(1)
            });
            Arc::new(History::new(self.commit.clone(), councils))
        })
    }

    /// Every council, oldest first.
    pub fn councils(&self) -> &[Arc<Record>] {
        &self.full().councils
    }

    /// How many councils this history holds.
    pub fn len(&self) -> usize {
        match &self.summarized {
            Some(s) => s.summary.councils,
            None => self.councils.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Adds a council, as the next commit of the log would.
    ///
    /// The people index, if built, is brought up to date rather than rebuilt,
    /// so a long history can be grown one council at a time (benchmarks, tests).
    pub fn push(&mut self, council: Arc<Record>) {
        if self.summarized.is_some() {
            let full = self.full().clone();
            *self = full;
        }
        let key = |c: &Record| (c.started, c.id.clone());
        let last = self.councils.last().map(|c| key(c));
        if last.is_some_and(|l| l > key(&council)) {
            // A council recorded late goes where it started; the index is built again.
            let at = self.councils.partition_point(|c| key(c) < key(&council));
            self.councils.insert(at, council);
            self.index = OnceLock::new();
            return;
        }
        let at = self.councils.len();
        if let Some(index) = self.index.get_mut() {
            index.add(&council, at);
        }
        self.councils.push(council);
    }

    fn index(&self) -> &Index {
        if self.people_forgotten {
            static NO_ONE: OnceLock<Index> = OnceLock::new();
            return NO_ONE.get_or_init(Index::default);
        }
        self.index.get_or_init(|| match &self.summarized {
            Some(s) => Index::of_summary(&s.summary),
            None => {
                let mut index = Index::default();
                for (at, c) in self.councils.iter().enumerate() {
                    index.add(c, at);
                }
                index
            }
        })
    }

    /// Finds the previous council: the latest to start before `before` (ties: the greater id).
    ///
    /// Without `before`, the latest of all. A back-dated council's previous
    /// council is the one before it, not the latest in the log.
    pub fn previous_before(&self, before: Option<Timestamp>) -> Option<&Record> {
        if self.people_forgotten {
            return None;
        }
        if let Some(s) = &self.summarized {
            let latest = s.summary.latest()?;
            if before.is_none_or(|b| latest.started < b) {
                let record = s.latest.get_or_init(|| {
                    self.load(&latest.id)
                        .or_else(|| self.full().find(&latest.id))
                });
                return record.as_deref();
            }
            return self.full().previous_before(before);
        }
        // Councils are kept by (started, id): the last one before `before` is the previous.
        let end = match before {
            Some(b) => self.councils.partition_point(|c| c.started < b),
            None => self.councils.len(),
        };
        end.checked_sub(1).map(|i| &*self.councils[i])
    }

    /// Reads one council of a summarized history from its file.
    fn load(&self, id: &str) -> Option<Arc<Record>> {
        let s = self.summarized.as_ref()?;
        let path = s
            .summary
            .misplaced
            .get(id)
            .cloned()
            .unwrap_or_else(|| format!("minutes/{}/{id}.md", super::ids::year_of(id)));
        match s.source.council(id, &path) {
            Ok(found) => found.filter(|r| r.id == id).map(Arc::new),
            Err(e) => {
                eprintln!(
                    "error: {}",
                    msg!("err-read-council", id = id, error = format!("{e:#}"))
                );
                std::process::exit(1)
            }
        }
    }

    /// Counts the turns of one person in a role.
    pub fn turns_of(&self, role: Role, name: &str) -> usize {
        let turns = match role {
            Role::Facilitator => &self.index().facilitations,
            Role::Spokesperson => &self.index().spokes,
            Role::Support => return 0,
        };
        turns.get(&names::key(name)).copied().unwrap_or(0)
    }

    /// Counts the turns each person took in a role, under the log's first spelling.
    pub fn turns(&self, role: Role) -> BTreeMap<String, usize> {
        let index = self.index();
        let turns = match role {
            Role::Facilitator => &index.facilitations,
            Role::Spokesperson => &index.spokes,
            Role::Support => return BTreeMap::new(),
        };
        turns
            .iter()
            .map(|(key, n)| {
                let name = index.people.spelling(key).unwrap_or(key).to_string();
                (name, *n)
            })
            .collect()
    }

    pub fn has_facilitated(&self, name: &str) -> bool {
        self.turns_of(Role::Facilitator, name) > 0
    }

    pub fn has_attended(&self, name: &str) -> bool {
        self.index().attended.contains(&names::key(name))
    }

    /// The people of this history, by their first spelling.
    pub fn people(&self) -> &People {
        &self.index().people
    }

    /// Finds a council by its id.
    pub fn find(&self, id: &str) -> Option<Arc<Record>> {
        if self.summarized.is_some() {
            return self.load(id);
        }
        self.index()
            .ids
            .get(id)
            .map(|&i| Arc::clone(&self.councils[i]))
    }

    /// Finds a task of any council by its id.
    pub fn find_task(&self, id: &str) -> Option<super::record::TaskRecord> {
        if self.summarized.is_some() {
            let (council, _) = super::ids::split_task_id(id)?;
            return self
                .find(council)?
                .tasks
                .iter()
                .find(|t| t.id == id)
                .cloned();
        }
        let &(c, t) = self.index().tasks.get(id)?;
        self.councils.get(c)?.tasks.get(t).cloned()
    }

    /// Every council, as plain references.
    pub fn records(&self) -> Vec<&Record> {
        self.councils().iter().map(|c| &**c).collect()
    }

    /// The tasks still in play and their jars, as of `today`, with the filed report-backs.
    ///
    /// Summarized: the tasks the summary keeps (open ones and jars with money in
    /// play); otherwise every task of the log.
    pub fn tasks(
        &self,
        reports: &[super::report::Report],
        today: super::time::Date,
    ) -> Result<Vec<super::ledger::TaskState>, String> {
        match &self.summarized {
            Some(s) => s.summary.task_states(today),
            None => super::ledger::tasks(&self.records(), reports, today),
        }
    }

    /// The mandates no council has recalled, oldest first.
    pub fn active_mandates(&self) -> Vec<super::ledger::Mandate> {
        match &self.summarized {
            Some(s) => s.summary.mandates.iter().map(|(_, m)| m.clone()).collect(),
            None => super::ledger::mandates(&self.records())
                .into_iter()
                .filter(|m| m.status == super::ledger::MandateStatus::Active)
                .collect(),
        }
    }

    /// Everyone who attended, under the log's first spelling, the most recently seen first
    /// (those of one council in its order).
    pub fn known_people(&self) -> Vec<String> {
        if self.people_forgotten {
            return Vec::new();
        }
        let people = self.people();
        if let Some(s) = &self.summarized {
            let mut seen: Vec<(&String, &(usize, usize))> = s.summary.last_seen.iter().collect();
            seen.sort_by_key(|(_, (council, at))| (std::cmp::Reverse(*council), *at));
            return seen
                .into_iter()
                .map(|(key, _)| people.spelling(key).unwrap_or(key).to_string())
                .collect();
        }
        let mut seen = HashSet::new();
        let mut known = Vec::new();
        for record in self.councils.iter().rev() {
            for a in &record.attendees {
                if seen.insert(names::key(&a.name)) {
                    known.push(people.spelling(&a.name).unwrap_or(&a.name).to_string());
                }
            }
        }
        known
    }

    /// The currency of the latest jar in the log.
    pub fn last_currency(&self) -> Option<String> {
        match &self.summarized {
            Some(s) => s.summary.last_currency.clone(),
            None => self
                .councils
                .iter()
                .rev()
                .flat_map(|c| c.tasks.iter().rev())
                .find_map(|t| t.jar.as_ref().map(|j| j.currency.clone())),
        }
    }

    /// The councils that started at `started`: only the latest can, unless it is back-dated.
    pub fn started_at(&self, started: Timestamp) -> Vec<Arc<Record>> {
        if let Some(s) = &self.summarized {
            match s.summary.latest() {
                None => return Vec::new(),
                Some(latest) if latest.started < started => return Vec::new(),
                Some(_) => {}
            }
        }
        self.councils()
            .iter()
            .filter(|c| c.started == started)
            .cloned()
            .collect()
    }
}

/// The people who may be drawn for a role, in byte order, and everyone else present with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pool {
    pub members: Vec<String>,
    pub left_out: Vec<LeftOut>,
    /// Least-served only: those left out for their turns, by tier (fewest turns first),
    /// who join the pool when everyone in it has declined.
    pub tiers: Vec<(usize, Vec<String>)>,
}

impl Pool {
    /// Widens the pool to the next tier of turns, when there is one; says whether it did.
    pub fn widen(&mut self) -> bool {
        if self.tiers.is_empty() {
            return false;
        }
        let (_, names) = self.tiers.remove(0);
        self.left_out.retain(|l| !names.contains(&l.name));
        self.members.extend(names);
        self.members.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
        true
    }
}

/// What a pool is built from.
pub struct PoolInput<'a> {
    pub role: Role,
    /// Everyone present, with whether they opted out of the draw.
    pub present: &'a [(String, bool)],
    pub repeat_consent: &'a [String],
    pub rotation: Rotation,
    pub history: &'a History,
    /// When this council started: its previous council is the latest before it.
    pub started: Option<Timestamp>,
    /// Already the facilitator, for the spokesperson pool.
    pub facilitator: Option<&'a str>,
}

/// Builds a pool by the rules of DESIGN.md, never applying a rule silently.
pub fn build(input: &PoolInput<'_>) -> Pool {
    let previous = input
        .history
        .previous_before(input.started)
        .map(|p| match input.role {
            Role::Facilitator => names::key(&p.facilitator),
            Role::Spokesperson | Role::Support => names::key(&p.spokesperson),
        });
    let led_last_time = match input.role {
        Role::Facilitator => "facilitated last time",
        Role::Spokesperson | Role::Support => "spoke last time",
    };
    let consented = |name: &str| {
        input
            .repeat_consent
            .iter()
            .any(|c| names::same_person(c, name))
    };
    let mut left_out = Vec::new();
    let mut eligible = Vec::new();
    for (name, opt_out) in input.present {
        if *opt_out {
            left_out.push(left(name, "opted out"));
        } else if input
            .facilitator
            .is_some_and(|f| names::same_person(f, name))
        {
            left_out.push(left(name, "is the facilitator"));
        } else if previous.as_deref() == Some(names::key(name).as_str()) && !consented(name) {
            left_out.push(left(name, led_last_time));
        } else {
            eligible.push(name.clone());
        }
    }
    let mut members = eligible;
    let mut tiers = Vec::new();
    if input.rotation == Rotation::LeastServed && !members.is_empty() {
        let count = |name: &String| input.history.turns_of(input.role, name);
        let fewest = members.iter().map(count).min().unwrap_or(0);
        let (kept, more): (Vec<_>, Vec<_>) = members.into_iter().partition(|n| count(n) == fewest);
        let mut by_turns: BTreeMap<usize, Vec<String>> = BTreeMap::new();
        for name in more {
            let n = count(&name);
            left_out.push(LeftOut {
                why: format!(
                    "more turns than others ({n} as {}, fewest is {fewest})",
                    input.role.as_str()
                ),
                name: name.clone(),
            });
            by_turns.entry(n).or_default().push(name);
        }
        tiers = by_turns.into_iter().collect();
        members = kept;
    }
    members.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
    left_out.sort_by(|a, b| a.name.as_bytes().cmp(b.name.as_bytes()));
    Pool {
        members,
        left_out,
        tiers,
    }
}

fn left(name: &str, why: &str) -> LeftOut {
    LeftOut {
        name: name.to_string(),
        why: why.to_string(),
    }
}
