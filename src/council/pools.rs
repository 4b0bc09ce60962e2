//! Who may be drawn: the facilitator and spokesperson pools, and who was left out and why.

use super::record::{LeftOut, Record, Role, Rotation};
use std::collections::BTreeMap;
use std::sync::Arc;

/// The councils a new council may consult: the log at one commit.
#[derive(Debug, Clone, Default)]
pub struct History {
    /// The commit the councils were read from; `None` for a log with no commit.
    pub commit: Option<String>,
    /// Shared, not copied: a log holds many councils and each is consulted by many others.
    pub councils: Vec<Arc<Record>>,
}

impl History {
    /// Finds the previous council: the one with the latest `started` (ties: the greater id).
    pub fn previous(&self) -> Option<&Record> {
        self.councils
            .iter()
            .max_by(|a, b| a.started.cmp(&b.started).then_with(|| a.id.cmp(&b.id)))
            .map(|c| &**c)
    }

    /// Counts the turns each person took in a role.
    pub fn turns(&self, role: Role) -> BTreeMap<&str, usize> {
        let mut turns = BTreeMap::new();
        for council in &self.councils {
            let name = match role {
                Role::Facilitator => &council.facilitator,
                Role::Spokesperson => &council.spokesperson,
            };
            *turns.entry(name.as_str()).or_insert(0) += 1;
        }
        turns
    }

    pub fn has_facilitated(&self, name: &str) -> bool {
        self.councils.iter().any(|c| c.facilitated_by(name))
    }

    pub fn has_attended(&self, name: &str) -> bool {
        self.councils.iter().any(|c| c.attended(name))
    }

    pub fn find(&self, id: &str) -> Option<&Record> {
        self.councils.iter().find(|c| c.id == id).map(|c| &**c)
    }

    /// Every council, as plain references.
    pub fn records(&self) -> Vec<&Record> {
        self.councils.iter().map(|c| &**c).collect()
    }
}

/// The people who may be drawn for a role, in byte order, and everyone else present with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pool {
    pub members: Vec<String>,
    pub left_out: Vec<LeftOut>,
}

/// What a pool is built from.
pub struct PoolInput<'a> {
    pub role: Role,
    /// Everyone present, with whether they opted out of the draw.
    pub present: &'a [(String, bool)],
    pub repeat_consent: &'a [String],
    pub rotation: Rotation,
    pub history: &'a History,
    /// Already the facilitator, for the spokesperson pool.
    pub facilitator: Option<&'a str>,
}

/// Builds a pool by the rules of DESIGN.md, never applying a rule silently.
pub fn build(input: &PoolInput<'_>) -> Pool {
    let previous = input.history.previous().map(|p| match input.role {
        Role::Facilitator => p.facilitator.as_str(),
        Role::Spokesperson => p.spokesperson.as_str(),
    });
    let led_last_time = match input.role {
        Role::Facilitator => "facilitated last time",
        Role::Spokesperson => "spoke last time",
    };
    let mut left_out = Vec::new();
    let mut eligible = Vec::new();
    for (name, opt_out) in input.present {
        if *opt_out {
            left_out.push(left(name, "opted out"));
        } else if input.facilitator == Some(name.as_str()) {
            left_out.push(left(name, "is the facilitator"));
        } else if previous == Some(name.as_str()) && !input.repeat_consent.contains(name) {
            left_out.push(left(name, led_last_time));
        } else {
            eligible.push(name.clone());
        }
    }
    let mut members = eligible;
    if input.rotation == Rotation::LeastServed && !members.is_empty() {
        let turns = input.history.turns(input.role);
        let count = |name: &String| turns.get(name.as_str()).copied().unwrap_or(0);
        let fewest = members.iter().map(count).min().unwrap_or(0);
        let (kept, more): (Vec<_>, Vec<_>) = members.into_iter().partition(|n| count(n) == fewest);
        for name in more {
            let n = count(&name);
            left_out.push(LeftOut {
                why: format!(
                    "more turns than others ({n} as {}, fewest is {fewest})",
                    input.role.as_str()
                ),
                name,
            });
        }
        members = kept;
    }
    members.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
    left_out.sort_by(|a, b| a.name.as_bytes().cmp(b.name.as_bytes()));
    Pool { members, left_out }
}

fn left(name: &str, why: &str) -> LeftOut {
    LeftOut {
        name: name.to_string(),
        why: why.to_string(),
    }
}
