//! What `--json` prints: the shapes scripts depend on, apart from the core's types.
//!
//! Every `--json` output is one of the types below and nothing else, so a
//! field renamed in the core cannot change what a script reads. The
//! stability rule, every field's meaning and a JSON Schema per output are in
//! `docs/json.md` and `docs/json/`; `schemas_are_current` fails when a type
//! here and its committed schema disagree, and the CLI snapshot tests
//! (`tests/cli/json.rs`) pin real outputs.
//!
//! Conventions: money is an exact decimal string with two decimals
//! (`"38.50"`) beside its currency, never a float; ratios are rounded to four
//! decimals; times are RFC 3339 text and dates `YYYY-MM-DD`; positions in a
//! draw count from 0, as RFC 3797 does; an optional field is absent when it
//! has no value, a list is always present.

use crate::council::amount::{Amount, Balance};
use crate::council::answers;
use crate::council::correction::Correction;
use crate::council::ledger;
use crate::council::record::{self, Record};
use crate::council::stats;
use serde::Serialize;

#[cfg(test)]
use schemars::JsonSchema;

/// An amount of money: an exact decimal string with two decimals, like `"38.50"` or
/// `"-1.50"` (only what is left in a jar can be below zero).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(transparent)]
pub struct Money(#[cfg_attr(test, schemars(regex(pattern = r"^-?[0-9]+\.[0-9]{2}$")))] String);

impl From<Amount> for Money {
    fn from(a: Amount) -> Money {
        Money(format!("{}.{:02}", a.cents() / 100, a.cents() % 100))
    }
}

impl From<Balance> for Money {
    fn from(b: Balance) -> Money {
        let sign = if b.0 < 0 { "-" } else { "" };
        let cents = b.0.unsigned_abs();
        Money(format!("{sign}{}.{:02}", cents / 100, cents % 100))
    }
}

/// A ratio between 0 and 1, rounded to four decimals (`0.8`, not `0.7999999999999998`).
fn ratio(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}

// ---------------------------------------------------------------------------------------------
// council log

/// One council in `council log --json` (a list of them, oldest first).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct LogEntry {
    /// Its place in the log, counted from 1 in this order: `council show 3` and `council
    /// report 3#1` take it. A council merged in by `sync` with an earlier start moves later
    /// ones down, so scripts should keep the `id`.
    pub number: usize,
    /// The council's id: `YYYY-MM-DD-<slug of the issue>`.
    pub id: String,
    /// When it started (RFC 3339).
    pub started: String,
    pub issue: String,
    pub facilitator: String,
    pub spokesperson: String,
    /// `adopted`, `rejected` or `none`.
    #[cfg_attr(test, schemars(extend("enum" = ["adopted", "rejected", "none"])))]
    pub outcome: String,
    /// The decision statement, when one was written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
    /// The minutes file, from the log's root.
    pub file: String,
}

impl From<&LogEntry> for LogEntry {
    fn from(e: &LogEntry) -> LogEntry {
        e.clone()
    }
}

// ---------------------------------------------------------------------------------------------
// council show, council run --dry-run

/// One council's record: `council show ID --json`, and `council run --dry-run --json`.
///
/// The same fields, in the same order, as the data block of its minutes, except that money
/// is written as text and every list is present; `corrections` lists the corrections
/// published beside it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Council {
    pub id: String,
    /// The log commit the pools were computed from; absent only for a log with no commit yet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub history: Option<String>,
    pub issue: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    pub started: String,
    pub ended: String,
    pub duration_minutes: u32,
    pub facilitator: String,
    pub spokesperson: String,
    /// The `council` version that wrote the minutes.
    pub tool: String,
    /// The language of the minutes body (`en`, `fr`, `es`); absent for English.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    pub attendees: Vec<Attendee>,
    pub draw: Draw,
    pub decision: Decision,
    pub tasks: Vec<CouncilTask>,
    pub report_backs: Vec<ReportBack>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delegate: Option<Delegate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sovereignty: Option<Sovereignty>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closing: Option<Closing>,
    /// The discussion on the floor, when `floor_record` kept it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub floor: Option<Floor>,
    pub corrections: Vec<CorrectionOut>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Attendee {
    pub name: String,
    pub first_time: bool,
    pub opt_out: bool,
    pub opt_out_facilitator: bool,
    pub opt_out_spokesperson: bool,
    pub late: bool,
    pub facilitated_elsewhere: bool,
    /// The spelling the lot drew, when it was corrected after the draw.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drawn_as: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Draw {
    /// The numbers called out in the room, one text per source.
    pub sources: Vec<String>,
    /// True when nobody called out numbers and the laptop rolled them.
    pub rolled: bool,
    /// The RFC 3797 key built from the sources.
    pub key: String,
    /// `least-served` or `uniform`.
    #[cfg_attr(test, schemars(extend("enum" = ["least-served", "uniform"])))]
    pub rotation: String,
    pub declined_facilitator: Vec<String>,
    pub declined_spokesperson: Vec<String>,
    pub repeat_consent: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub support: Option<String>,
    pub steps: Vec<Step>,
}

/// One selection of the lot.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Step {
    /// The step's index in the key (0-based, as RFC 3797).
    pub i: u16,
    /// `facilitator`, `spokesperson` or `support`.
    #[cfg_attr(test, schemars(extend("enum" = ["facilitator", "spokesperson", "support"])))]
    pub role: String,
    /// Who could be drawn, in draw order (byte order of names).
    pub pool: Vec<String>,
    /// Who was present but not in the pool, and the rule that left them out.
    pub left_out: Vec<LeftOut>,
    /// The position drawn in `pool`, counted from 0 as RFC 3797 does.
    pub position: usize,
    pub selected: String,
    pub accepted: bool,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct LeftOut {
    pub name: String,
    /// The rule, in the record's words (`opted out`, `facilitated last time`, ...).
    pub why: String,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Decision {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proposal: Option<String>,
    /// `consent`, `consensus`, `majority` or `supermajority`.
    #[cfg_attr(test, schemars(extend("enum" = ["consent", "consensus", "majority", "supermajority"])))]
    pub rule: String,
    /// `adopted`, `rejected` or `none`.
    #[cfg_attr(test, schemars(extend("enum" = ["adopted", "rejected", "none"])))]
    pub outcome: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
    /// When the decision comes back for review (`YYYY-MM-DD`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amended_from: Option<String>,
    pub objections: Vec<String>,
    pub resolved_objections: Vec<String>,
    pub stand_asides: Vec<String>,
    pub blocks: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub votes: Option<Votes>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Votes {
    #[serde(rename = "for")]
    pub in_favor: u32,
    pub against: u32,
    pub abstain: u32,
}

/// A task as its council handed it out.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct CouncilTask {
    /// `<council id>#<n>`, n counted from 1.
    pub id: String,
    pub what: String,
    pub who: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jar: Option<JarTarget>,
}

/// A jar as a council set it up: its target.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct JarTarget {
    pub target: Money,
    pub currency: String,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct ReportBack {
    pub task: String,
    /// `done`, `dropped` or `open`.
    #[cfg_attr(test, schemars(extend("enum" = ["done", "dropped", "open"])))]
    pub status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub collected: Option<Money>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spent: Option<Money>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Delegate {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate: Option<String>,
    /// The id of the council whose mandate this one recalls.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recall: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Sovereignty {
    pub gained: String,
    pub without_permission: bool,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Closing {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ritual: Option<String>,
    pub words: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Floor {
    /// `summary` or `shares`.
    #[cfg_attr(test, schemars(extend("enum" = ["summary", "shares"])))]
    pub record: String,
    pub present: u32,
    pub spoke: u32,
    pub turns: u32,
    /// Talk time in all, in seconds.
    pub seconds: u64,
    /// Talk time of the two who spoke most, together, in seconds.
    pub top_two_seconds: u64,
    /// The Gini coefficient of talk time among those present (0 is perfectly even).
    pub gini: f64,
    /// Each person's talk time (`shares` only; empty otherwise).
    pub shares: Vec<FloorShare>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct FloorShare {
    pub name: String,
    pub seconds: u64,
    pub turns: u32,
}

/// A correction published beside a council.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct CorrectionOut {
    pub council: String,
    pub note: String,
    pub filed: String,
    pub tool: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

impl From<&Correction> for CorrectionOut {
    fn from(c: &Correction) -> CorrectionOut {
        CorrectionOut {
            council: c.council.clone(),
            note: c.note.clone(),
            filed: c.filed.to_string(),
            tool: c.tool.clone(),
            language: c.language.map(|l| l.code().to_string()),
        }
    }
}

impl Council {
    pub fn new(r: &Record, corrections: &[&Correction]) -> Council {
        Council {
            id: r.id.clone(),
            history: r.history.clone(),
            issue: r.issue.clone(),
            place: r.place.clone(),
            started: r.started.to_string(),
            ended: r.ended.to_string(),
            duration_minutes: r.duration_minutes,
            facilitator: r.facilitator.clone(),
            spokesperson: r.spokesperson.clone(),
            tool: r.tool.clone(),
            language: r.language.map(|l| l.code().to_string()),
            attendees: r.attendees.iter().map(Attendee::from).collect(),
            draw: Draw::from(&r.draw),
            decision: Decision::new(&r.decision, r.rule()),
            tasks: r.tasks.iter().map(CouncilTask::from).collect(),
            report_backs: r.report_backs.iter().map(ReportBack::from).collect(),
            delegate: r.delegate.as_ref().map(|d| Delegate {
                name: d.name.clone(),
                to: d.to.clone(),
                mandate: d.mandate.clone(),
                recall: d.recall.clone(),
            }),
            sovereignty: r.sovereignty.as_ref().map(|s| Sovereignty {
                gained: s.gained.clone(),
                without_permission: s.without_permission,
            }),
            closing: r.closing.as_ref().map(|c| Closing {
                ritual: c.ritual.clone(),
                words: c.words.clone(),
            }),
            floor: r.floor.as_ref().map(|f| Floor {
                record: f.record.as_str().to_string(),
                present: f.present,
                spoke: f.spoke,
                turns: f.turns,
                seconds: f.seconds,
                top_two_seconds: f.top_two_seconds,
                gini: ratio(f.gini),
                shares: f
                    .shares
                    .iter()
                    .map(|s| FloorShare {
                        name: s.name.clone(),
                        seconds: s.seconds,
                        turns: s.turns,
                    })
                    .collect(),
            }),
            corrections: corrections
                .iter()
                .map(|c| CorrectionOut::from(*c))
                .collect(),
        }
    }
}

impl From<&record::AttendeeRecord> for Attendee {
    fn from(a: &record::AttendeeRecord) -> Attendee {
        Attendee {
            name: a.name.clone(),
            first_time: a.first_time,
            opt_out: a.opt_out,
            opt_out_facilitator: a.opt_out_facilitator,
            opt_out_spokesperson: a.opt_out_spokesperson,
            late: a.late,
            facilitated_elsewhere: a.facilitated_elsewhere,
            drawn_as: a.drawn_as.clone(),
        }
    }
}

impl From<&record::DrawRecord> for Draw {
    fn from(d: &record::DrawRecord) -> Draw {
        Draw {
            sources: d.sources.clone(),
            rolled: d.rolled,
            key: d.key.clone(),
            rotation: d.rotation.as_str().to_string(),
            declined_facilitator: d.declined_facilitator.clone(),
            declined_spokesperson: d.declined_spokesperson.clone(),
            repeat_consent: d.repeat_consent.clone(),
            support: d.support.clone(),
            steps: d
                .steps
                .iter()
                .map(|s| Step {
                    i: s.i,
                    role: s.role.as_str().to_string(),
                    pool: s.pool.clone(),
                    left_out: s
                        .left_out
                        .iter()
                        .map(|l| LeftOut {
                            name: l.name.clone(),
                            why: l.why.clone(),
                        })
                        .collect(),
                    position: s.position,
                    selected: s.selected.clone(),
                    accepted: s.accepted,
                })
                .collect(),
        }
    }
}

impl Decision {
    fn new(d: &answers::Decision, rule: answers::Rule) -> Decision {
        Decision {
            proposal: d.proposal.clone(),
            rule: d.rule.unwrap_or(rule).as_str().to_string(),
            outcome: d.outcome.as_str().to_string(),
            statement: d.statement.clone(),
            review: d.review.map(|r| r.to_string()),
            amended_from: d.amended_from.clone(),
            objections: d.objections.clone(),
            resolved_objections: d.resolved_objections.clone(),
            stand_asides: d.stand_asides.clone(),
            blocks: d.blocks.clone(),
            votes: d.votes.map(|v| Votes {
                in_favor: v.in_favor,
                against: v.against,
                abstain: v.abstain,
            }),
        }
    }
}

impl From<&record::TaskRecord> for CouncilTask {
    fn from(t: &record::TaskRecord) -> CouncilTask {
        CouncilTask {
            id: t.id.clone(),
            what: t.what.clone(),
            who: t.who.clone(),
            due: t.due.map(|d| d.to_string()),
            jar: t.jar.as_ref().map(|j| JarTarget {
                target: j.target.into(),
                currency: j.currency.clone(),
            }),
        }
    }
}

impl From<&answers::ReportBack> for ReportBack {
    fn from(r: &answers::ReportBack) -> ReportBack {
        ReportBack {
            task: r.task.clone(),
            status: r.status.as_str().to_string(),
            note: r.note.clone(),
            collected: r.collected.map(Money::from),
            spent: r.spent.map(Money::from),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// council tasks, council ledger

/// One task in `council tasks --json` (a list of them, in council order).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Task {
    /// `<council id>#<n>`, n counted from 1.
    pub id: String,
    /// The council that handed it out.
    pub council: String,
    pub what: String,
    pub who: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    /// `open`, `done` or `dropped`: the latest report-back's.
    #[cfg_attr(test, schemars(extend("enum" = ["open", "done", "dropped"])))]
    pub status: String,
    /// Still open past its due date.
    pub overdue: bool,
    /// The latest report-back's note.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jar: Option<Jar>,
}

/// A jar's accounts: never accumulated, spent and reset once its task ends.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Jar {
    /// The task it belongs to.
    pub task: String,
    pub currency: String,
    pub target: Money,
    pub collected: Money,
    pub spent: Money,
    /// Collected less spent; below zero when more was spent than collected.
    pub left: Money,
    /// `unspent` (money left after the task ended) or `over_target` (more collected than the target).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, schemars(extend("enum" = ["unspent", "over_target"])))]
    pub flag: Option<String>,
}

impl From<&ledger::JarState> for Jar {
    fn from(j: &ledger::JarState) -> Jar {
        Jar {
            task: j.task.clone(),
            currency: j.currency.clone(),
            target: j.target.into(),
            collected: j.collected.into(),
            spent: j.spent.into(),
            left: j.left.into(),
            flag: j.flag.map(|f| f.as_str().to_string()),
        }
    }
}

impl From<&ledger::TaskState> for Task {
    fn from(t: &ledger::TaskState) -> Task {
        Task {
            id: t.id.clone(),
            council: t.council.clone(),
            what: t.what.clone(),
            who: t.who.clone(),
            due: t.due.map(|d| d.to_string()),
            status: t.status.as_str().to_string(),
            overdue: t.overdue,
            note: t.note.clone(),
            jar: t.jar.as_ref().map(Jar::from),
        }
    }
}

/// `council ledger --json`.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Ledger {
    pub councils: usize,
    pub decisions: Decisions,
    pub tasks: TaskCounts,
    /// The sovereignty ledger, oldest first.
    pub sovereignty: Vec<Gain>,
    pub won_without_permission: usize,
    pub jars: Vec<Jar>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Decisions {
    pub adopted: usize,
    pub rejected: usize,
    pub none: usize,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct TaskCounts {
    pub done: usize,
    pub open: usize,
    pub dropped: usize,
    pub overdue: usize,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Gain {
    pub council: String,
    pub date: String,
    pub gained: String,
    pub without_permission: bool,
}

impl From<&ledger::Ledger> for Ledger {
    fn from(l: &ledger::Ledger) -> Ledger {
        Ledger {
            councils: l.councils,
            decisions: Decisions {
                adopted: l.decisions.adopted,
                rejected: l.decisions.rejected,
                none: l.decisions.none,
            },
            tasks: TaskCounts {
                done: l.tasks.done,
                open: l.tasks.open,
                dropped: l.tasks.dropped,
                overdue: l.tasks.overdue,
            },
            sovereignty: l
                .sovereignty
                .iter()
                .map(|g| Gain {
                    council: g.council.clone(),
                    date: g.date.to_string(),
                    gained: g.gained.clone(),
                    without_permission: g.without_permission,
                })
                .collect(),
            won_without_permission: l.won_without_permission,
            jars: l.jars.iter().map(Jar::from).collect(),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// council stats, council delegates

/// `council stats --json`.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Stats {
    pub councils: usize,
    pub people: Vec<Person>,
    /// Gini coefficient of facilitation turns among everyone who attended (0 is perfectly
    /// even), four decimals.
    pub gini: f64,
    /// Who facilitated most, and their share of all councils (four decimals).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub largest_share: Option<Share>,
    /// The most councils in a row one person facilitated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub longest_run: Option<Run>,
    /// How evenly each council that kept its discussion shared its talk time, oldest first.
    pub talk_time: Vec<TalkTime>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Person {
    pub name: String,
    pub attended: usize,
    pub facilitated: usize,
    pub spoke: usize,
    pub supported: usize,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Share {
    pub name: String,
    pub councils: usize,
    /// Of all councils, between 0 and 1, four decimals.
    pub share: f64,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Run {
    pub name: String,
    pub councils: usize,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct TalkTime {
    pub id: String,
    pub started: String,
    /// The Gini coefficient of talk time, four decimals: computed from the shares when the
    /// minutes keep them, else the floor's recorded Gini (three decimals).
    pub gini: f64,
}

impl From<&stats::Stats> for Stats {
    fn from(s: &stats::Stats) -> Stats {
        Stats {
            councils: s.councils,
            people: s
                .people
                .iter()
                .map(|p| Person {
                    name: p.name.clone(),
                    attended: p.attended,
                    facilitated: p.facilitated,
                    spoke: p.spoke,
                    supported: p.supported,
                })
                .collect(),
            gini: ratio(s.gini),
            largest_share: s.largest_share.as_ref().map(|x| Share {
                name: x.name.clone(),
                councils: x.councils,
                share: ratio(x.share),
            }),
            longest_run: s.longest_run.as_ref().map(|r| Run {
                name: r.name.clone(),
                councils: r.councils,
            }),
            talk_time: s
                .talk_time
                .iter()
                .map(|t| TalkTime {
                    id: t.id.clone(),
                    started: t.started.to_string(),
                    gini: ratio(t.gini),
                })
                .collect(),
        }
    }
}

/// One delegate's mandate in `council delegates --json`.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Mandate {
    /// The council that gave the mandate.
    pub council: String,
    pub name: String,
    pub to: String,
    pub mandate: String,
    /// `active` or `recalled`.
    #[cfg_attr(test, schemars(extend("enum" = ["active", "recalled"])))]
    pub status: String,
    /// The council that recalled it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recalled_by: Option<String>,
}

impl From<&ledger::Mandate> for Mandate {
    fn from(m: &ledger::Mandate) -> Mandate {
        Mandate {
            council: m.council.clone(),
            name: m.name.clone(),
            to: m.to.clone(),
            mandate: m.mandate.clone(),
            status: match m.status {
                ledger::MandateStatus::Active => "active",
                ledger::MandateStatus::Recalled => "recalled",
            }
            .to_string(),
            recalled_by: m.recalled_by.clone(),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// council draw

/// `council draw --json`: enough to follow the arithmetic by hand.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Drawn {
    /// The RFC 3797 key built from the sources.
    pub key: String,
    /// The pool as given, in the order positions count in.
    pub pool: Vec<String>,
    /// Who was drawn, in draw order.
    pub selected: Vec<String>,
    pub steps: Vec<DrawStep>,
}

/// One selection: the pool it drew from, the MD5 digest and the position.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct DrawStep {
    /// The step's index (0-based, as RFC 3797).
    pub i: u16,
    /// Who could still be drawn at this step.
    pub pool: Vec<String>,
    /// The MD5 digest of the step's index and the key, twice (RFC 3797), in hexadecimal.
    pub digest: String,
    /// The position drawn in this step's `pool`, counted from 0.
    pub position: usize,
    pub selected: String,
}

// ---------------------------------------------------------------------------------------------
// council run, convene, report, correct

/// What `council run --json` (and `convene --json`) prints once the council is committed.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Committed {
    pub id: String,
    pub file: String,
    /// True when these answers were recorded before: nothing new was committed.
    pub already_recorded: bool,
    /// The commit that added the council; `null` when it was recorded already.
    pub commit: Option<String>,
    pub facilitator: String,
    pub spokesperson: String,
    /// `adopted`, `rejected` or `none`.
    #[cfg_attr(test, schemars(extend("enum" = ["adopted", "rejected", "none"])))]
    pub outcome: String,
}

/// What `council report --json` prints.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Reported {
    pub task: String,
    /// `open`, `done` or `dropped`.
    #[cfg_attr(test, schemars(extend("enum" = ["open", "done", "dropped"])))]
    pub status: String,
    pub file: String,
    pub commit: String,
}

/// What `council correct --json` prints.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Corrected {
    pub council: String,
    pub file: String,
    pub commit: String,
}

// ---------------------------------------------------------------------------------------------
// council verify

/// One file re-checked by `council verify --json` (a list of them).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Checked {
    /// The council's id (or, for a file that is no council, its name).
    pub id: String,
    pub file: String,
    pub ok: bool,
    pub problems: Vec<Problem>,
}

/// What did not check out, as an object a script can read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Problem {
    /// The file the problem is in.
    pub file: String,
    /// What was being checked: `parse` (the file cannot be read), `file` (not where its id
    /// puts it, or no record of the log), `history` (not the log as it was), `settings`,
    /// `append-only` (changed, removed or re-added), `privacy`, `rules` (the answers break a
    /// rule), `key`, `draw` (a step of the lot), `record` (another field) or `body` (the text
    /// is not its record's).
    #[cfg_attr(test, schemars(extend("enum" = ["parse", "file", "history", "settings", "append-only", "privacy", "rules", "key", "draw", "record", "body"])))]
    pub kind: String,
    /// The step of the draw (its `i`, counted from 0), when the problem is in one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step: Option<u16>,
    /// The record field, as a path (`draw.steps[1].selected`), when the problem is in one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// What the re-check computed (empty when the file has what should not be there).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
    /// What the file says (empty when it lacks what should be there).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found: Option<String>,
    /// The problem in words for people, in English whatever the terminal's language (the
    /// human output of `council verify` says it in the terminal's); scripts read `kind`,
    /// `step`, `field`, `expected` and `found`.
    pub message: String,
}

// ---------------------------------------------------------------------------------------------
// council sync, council federation

/// `council sync --json`.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Synced {
    /// The origin URL; absent when the log has none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
    /// `up-to-date`, `fast-forward` or `merge`: how origin's councils came in.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, schemars(extend("enum" = ["up-to-date", "fast-forward", "merge"])))]
    pub integrated: Option<String>,
    /// The log's commit after the sync.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub head: Option<String>,
    pub pushed: bool,
    pub peers: Vec<PeerFetched>,
}

/// One peer's fetch: the commit fetched, or why it was skipped.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct PeerFetched {
    pub name: String,
    #[serde(rename = "ref")]
    pub refname: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl From<&crate::ops::sync::Synced> for Synced {
    fn from(s: &crate::ops::sync::Synced) -> Synced {
        Synced {
            origin: s.origin.clone(),
            integrated: s.integrated.map(str::to_string),
            head: s.head.clone(),
            pushed: s.pushed,
            peers: s
                .peers
                .iter()
                .map(|p| PeerFetched {
                    name: p.name.clone(),
                    refname: p.refname.clone(),
                    commit: p.commit.clone(),
                    error: p.error.clone(),
                })
                .collect(),
        }
    }
}

/// A row of `council federation ... --json`: one of the rows of the matching command
/// (`log`, `tasks`, `delegates`, `verify`), tagged with its neighborhood.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(JsonSchema))]
pub struct Neighborhood<T> {
    /// The log's own name for its own rows; a peer's name as configured in `[[peers]]`.
    pub neighborhood: String,
    /// Whether the row is the log's own (never a peer's, whatever the peer calls itself).
    pub own: bool,
    /// The name a peer's own council.toml gives it; absent for the log's own rows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub calls_itself: Option<String>,
    #[serde(flatten)]
    pub row: T,
}

#[cfg(test)]
mod tests {
    use super::*;
    use schemars::schema_for;

    /// Every output and its schema file under `docs/json/`.
    fn schemas() -> Vec<(&'static str, schemars::Schema)> {
        vec![
            ("log", schema_for!(Vec<LogEntry>)),
            ("show", schema_for!(Council)),
            ("tasks", schema_for!(Vec<Task>)),
            ("ledger", schema_for!(Ledger)),
            ("stats", schema_for!(Stats)),
            ("delegates", schema_for!(Vec<Mandate>)),
            ("draw", schema_for!(Drawn)),
            ("verify", schema_for!(Vec<Checked>)),
            ("run", schema_for!(Committed)),
            ("report", schema_for!(Reported)),
            ("correct", schema_for!(Corrected)),
            ("sync", schema_for!(Synced)),
            ("federation-log", schema_for!(Vec<Neighborhood<LogEntry>>)),
            ("federation-tasks", schema_for!(Vec<Neighborhood<Task>>)),
            (
                "federation-delegates",
                schema_for!(Vec<Neighborhood<Mandate>>),
            ),
            ("federation-verify", schema_for!(Vec<Neighborhood<Checked>>)),
        ]
    }

    /// The committed schemas are the types' own: `COUNCIL_BLESS=1 cargo test --lib
    /// schemas_are_current` writes them after a deliberate change (say it in docs/json.md).
    #[test]
    fn schemas_are_current() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/json");
        let bless = std::env::var_os("COUNCIL_BLESS").is_some();
        let mut stale = Vec::new();
        for (name, schema) in schemas() {
            let path = dir.join(format!("{name}.schema.json"));
            let text = serde_json::to_string_pretty(&schema).unwrap() + "\n";
            if bless {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &text).unwrap();
            } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                stale.push(path.display().to_string());
            }
        }
        assert!(
            stale.is_empty(),
            "these JSON schemas differ from the output types: {stale:?}; if the change is \
             deliberate, run `COUNCIL_BLESS=1 cargo test --lib schemas_are_current` and list the \
             change in docs/json.md"
        );
    }

    #[test]
    fn money_is_exact_text() {
        assert_eq!(Money::from(Amount(3850)).0, "38.50");
        assert_eq!(Money::from(Amount(4000)).0, "40.00");
        assert_eq!(Money::from(Amount(5)).0, "0.05");
        assert_eq!(Money::from(Balance(-150)).0, "-1.50");
        assert_eq!(Money::from(Balance(0)).0, "0.00");
        assert_eq!(
            Money::from(crate::council::limits::MAX_AMOUNT).0,
            "1000000000.00"
        );
    }

    #[test]
    fn ratios_have_four_decimals() {
        assert_eq!(ratio(0.7999999999999998), 0.8);
        assert_eq!(ratio(1.0 / 3.0), 0.3333);
        assert_eq!(ratio(0.0), 0.0);
    }
}
