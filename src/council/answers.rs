//! The answers schema: the input of `council run`, the journal of `convene`.
//!
//! Every struct denies unknown fields, so a misspelled optional field is an
//! error that names it instead of being silently ignored.

use super::amount::Amount;
use super::time::Date;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

/// Everything a council answered, in the order the room answers it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    pub issue: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<u32>,
    #[serde(default)]
    pub attendees: Vec<Attendee>,
    #[serde(default)]
    pub draw: DrawAnswers,
    pub decision: Decision,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<Task>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub report_backs: Vec<ReportBack>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegate: Option<Delegate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sovereignty: Option<Sovereignty>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing: Option<Closing>,
    /// The discussion on the floor, as `floor_record` asks the minutes to keep it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub floor: Option<super::floor::FloorRecord>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attendee {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_time: Option<bool>,
    /// Present, but in neither the facilitator nor the spokesperson draw.
    #[serde(default, skip_serializing_if = "is_false")]
    pub opt_out: bool,
    /// Present, but not in the facilitator draw.
    #[serde(default, skip_serializing_if = "is_false")]
    pub opt_out_facilitator: bool,
    /// Present, but not in the spokesperson draw.
    #[serde(default, skip_serializing_if = "is_false")]
    pub opt_out_spokesperson: bool,
    /// Arrived after the pool was fixed: in no draw, but may take tasks, vote and be delegated.
    #[serde(default, skip_serializing_if = "is_false")]
    pub late: bool,
    /// Has facilitated before, outside this log: as a facilitator, needs no support.
    #[serde(default, skip_serializing_if = "is_false")]
    pub facilitated_elsewhere: bool,
    /// The spelling the draw used, when the name was corrected after the pool was fixed:
    /// the draw is replayed with it, and the log counts the person under `name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drawn_as: Option<String>,
}

impl Attendee {
    /// The name the draw knew this person by: the spelling before a correction.
    pub fn drawn_name(&self) -> &str {
        self.drawn_as.as_deref().unwrap_or(&self.name)
    }
}

/// What the room said about the lot; `sources` omitted means the laptop rolls.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DrawAnswers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<String>>,
    #[serde(default)]
    pub declined_facilitator: Vec<String>,
    #[serde(default)]
    pub declined_spokesperson: Vec<String>,
    #[serde(default)]
    pub repeat_consent: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Rule {
    Consent,
    Consensus,
    Majority,
    Supermajority,
}

impl Rule {
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Consent => "consent",
            Rule::Consensus => "consensus",
            Rule::Majority => "majority",
            Rule::Supermajority => "supermajority",
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Adopted,
    Rejected,
    /// Time ran out before a decision: a normal ending.
    #[default]
    None,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Adopted => "adopted",
            Outcome::Rejected => "rejected",
            Outcome::None => "none",
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Votes {
    #[serde(rename = "for")]
    pub in_favor: u32,
    pub against: u32,
    #[serde(default)]
    pub abstain: u32,
}

/// The one decision of the council.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposal: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<Rule>,
    pub outcome: Outcome,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Date>,
    /// The proposal as first put, when it was amended before the outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amended_from: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objections: Vec<String>,
    /// Objections raised and resolved before the outcome.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resolved_objections: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stand_asides: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blocks: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub votes: Option<Votes>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Jar {
    pub target: Amount,
    pub currency: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Task {
    pub what: String,
    pub who: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jar: Option<Jar>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TaskStatus {
    Done,
    Dropped,
    Open,
}

impl TaskStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            TaskStatus::Done => "done",
            TaskStatus::Dropped => "dropped",
            TaskStatus::Open => "open",
        }
    }
}

/// A task of an earlier council, reviewed at the start of this one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportBack {
    pub task: String,
    pub status: TaskStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collected: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spent: Option<Amount>,
}

/// A recallable delegate with a written mandate, or the recall of an earlier one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Delegate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mandate: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recall: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sovereignty {
    pub gained: String,
    pub without_permission: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Closing {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ritual: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<String>,
}

pub(crate) fn is_false(value: &bool) -> bool {
    !*value
}
