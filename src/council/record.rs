//! The record of a finished council: the answers plus what the session computed.
//!
//! It is the data block at the top of every minutes file, so its field names
//! and order are a public contract (see DESIGN.md).

use super::answers::{
    Answers, Attendee, Closing, Decision, Delegate, DrawAnswers, Jar, ReportBack, Rule,
    Sovereignty, Task, is_false,
};
use super::time::Date;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

/// The data block of a minutes file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    pub id: String,
    /// The log commit the pools were computed from; absent only for a log with no commit yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history: Option<String>,
    pub issue: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    pub started: Timestamp,
    pub ended: Timestamp,
    pub duration_minutes: u32,
    pub facilitator: String,
    pub spokesperson: String,
    pub tool: String,
    /// The language the body was written in; absent for English (every file before languages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<crate::i18n::Lang>,
    pub attendees: Vec<AttendeeRecord>,
    pub draw: DrawRecord,
    /// The decision, its `rule` always resolved (given, or the council's default).
    pub decision: Decision,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<TaskRecord>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub report_backs: Vec<ReportBack>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegate: Option<Delegate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sovereignty: Option<Sovereignty>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing: Option<Closing>,
    /// The discussion on the floor (`floor_record` in `council.toml`); absent when not kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub floor: Option<super::floor::FloorRecord>,
}

/// An attendee with `first_time` resolved (given, or derived from the log).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttendeeRecord {
    pub name: String,
    pub first_time: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub opt_out: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub opt_out_facilitator: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub opt_out_spokesperson: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub late: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub facilitated_elsewhere: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drawn_as: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rotation {
    LeastServed,
    Uniform,
}

impl Rotation {
    pub fn as_str(self) -> &'static str {
        match self {
            Rotation::LeastServed => "least-served",
            Rotation::Uniform => "uniform",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DrawRecord {
    pub sources: Vec<String>,
    /// True when nobody called out numbers and the laptop rolled the sources.
    #[serde(default, skip_serializing_if = "is_false")]
    pub rolled: bool,
    pub key: String,
    pub rotation: Rotation,
    /// `pseudonyms` or `cards` when the council wrote no names (omitted under `names`, so
    /// every earlier file is unchanged): from council.toml in its history, like `rotation`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy: Option<super::settings::Privacy>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub declined_facilitator: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub declined_spokesperson: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub repeat_consent: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support: Option<String>,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Facilitator,
    Spokesperson,
    /// Drawn to support a facilitator who has never facilitated, when no one was named.
    Support,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Facilitator => "facilitator",
            Role::Spokesperson => "spokesperson",
            Role::Support => "support",
        }
    }
}

/// One selection of the lot: who could be drawn, who was, and whether they said yes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub i: u16,
    pub role: Role,
    pub pool: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub left_out: Vec<LeftOut>,
    pub position: usize,
    pub selected: String,
    pub accepted: bool,
}

/// Someone present who was not in a pool, and the rule that left them out.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeftOut {
    pub name: String,
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskRecord {
    pub id: String,
    pub what: String,
    pub who: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jar: Option<Jar>,
}

impl TaskRecord {
    /// The task as it was answered, without its id.
    pub fn as_task(&self) -> Task {
        Task {
            what: self.what.clone(),
            who: self.who.clone(),
            due: self.due,
            jar: self.jar.clone(),
        }
    }
}

impl Record {
    /// Gives back the answers this record was computed from, every default made explicit.
    pub fn to_answers(&self) -> Answers {
        Answers {
            issue: self.issue.clone(),
            place: self.place.clone(),
            started: Some(self.started),
            duration_minutes: Some(self.duration_minutes),
            attendees: self
                .attendees
                .iter()
                .map(|a| Attendee {
                    name: a.name.clone(),
                    first_time: Some(a.first_time),
                    opt_out: a.opt_out,
                    opt_out_facilitator: a.opt_out_facilitator,
                    opt_out_spokesperson: a.opt_out_spokesperson,
                    late: a.late,
                    facilitated_elsewhere: a.facilitated_elsewhere,
                    drawn_as: a.drawn_as.clone(),
                })
                .collect(),
            draw: DrawAnswers {
                sources: Some(self.draw.sources.clone()),
                declined_facilitator: self.draw.declined_facilitator.clone(),
                declined_spokesperson: self.draw.declined_spokesperson.clone(),
                repeat_consent: self.draw.repeat_consent.clone(),
                // A support drawn by lot is the lot's outcome, not an answer.
                support: if self.draw.steps.iter().any(|s| s.role == Role::Support) {
                    None
                } else {
                    self.draw.support.clone()
                },
            },
            decision: self.decision.clone(),
            tasks: self.tasks.iter().map(TaskRecord::as_task).collect(),
            report_backs: self.report_backs.clone(),
            delegate: self.delegate.clone(),
            sovereignty: self.sovereignty.clone(),
            closing: self.closing.clone(),
            floor: self.floor.clone(),
        }
    }

    /// The rule the decision was made by.
    pub fn rule(&self) -> Rule {
        self.decision.rule.unwrap_or(Rule::Consent)
    }

    /// Tells whether `name` facilitated this council.
    pub fn facilitated_by(&self, name: &str) -> bool {
        super::names::same_person(&self.facilitator, name)
    }

    pub fn attended(&self, name: &str) -> bool {
        self.attendees
            .iter()
            .any(|a| super::names::same_person(&a.name, name))
    }

    /// Names the year folder and file of these minutes: `minutes/YYYY/<id>.md`.
    pub fn path(&self) -> String {
        format!("minutes/{}/{}.md", super::ids::year_of(&self.id), self.id)
    }
}
