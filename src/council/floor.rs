//! The floor: the speaking stack of a council's discussion, and the talk time each person held.
//!
//! Pure: the driver hands in events with their times (journaled as they happen)
//! and the time now; this module folds them into the stack, the current speaker
//! and everyone's talk time, orders the stack by the council's rule, finds when
//! one person holds much more than an equal share, and sums the discussion up
//! for the minutes. No clock, no files, no terminal.

use super::names;
use super::time::Timestamp;
use crate::msg;
use serde::{Deserialize, Serialize};

/// How the stack is ordered (`stack` in `council.toml`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StackRule {
    /// In the order people asked for the floor.
    #[default]
    InOrder,
    /// Those who have spoken least this council, and first-timers, go ahead.
    Progressive,
}

impl StackRule {
    pub fn as_str(self) -> &'static str {
        match self {
            StackRule::InOrder => "in-order",
            StackRule::Progressive => "progressive",
        }
    }
}

/// What the minutes say of the discussion (`floor_record` in `council.toml`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FloorRecordMode {
    /// How many spoke, turns, the two largest shares together, the Gini coefficient.
    #[default]
    Summary,
    /// The summary, and each person's share.
    Shares,
    /// Nothing.
    None,
}

impl FloorRecordMode {
    pub fn as_str(self) -> &'static str {
        match self {
            FloorRecordMode::Summary => "summary",
            FloorRecordMode::Shares => "shares",
            FloorRecordMode::None => "none",
        }
    }
}

/// What happened on the floor, at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Someone asks for the floor: onto the stack.
    Add,
    /// A point of process: onto the stack ahead of everyone else.
    Point,
    /// Off the stack without speaking.
    Remove,
    /// Someone takes the floor (leaving the stack); whoever spoke stops.
    Start,
    /// The speaker stops (a pause, or the end of the discussion).
    Stop,
}

/// One floor event, journaled the moment it happens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub at: Timestamp,
    pub kind: Kind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// Someone waiting on the stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub name: String,
    pub point: bool,
    /// Order of asking, across the discussion.
    seq: u64,
}

/// One person present, with what they held of the floor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    pub first_time: bool,
    /// Seconds spoken in finished turns.
    pub seconds: u64,
    pub turns: u32,
}

/// Why someone stands where they are on the stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    Point,
    /// In the order asked (`in-order`).
    Asked,
    FirstTimeNotSpoken,
    NotSpoken,
    /// Has spoken this many seconds (`progressive`).
    Spoke(u64),
}

impl Why {
    pub fn text(self) -> String {
        match self {
            Why::Point => crate::tr!(crate::i18n::user(), "floor-why-point"),
            Why::Asked => crate::tr!(crate::i18n::user(), "floor-why-asked"),
            Why::FirstTimeNotSpoken => crate::tr!(crate::i18n::user(), "floor-why-first-time"),
            Why::NotSpoken => crate::tr!(crate::i18n::user(), "floor-why-not-spoken"),
            Why::Spoke(s) => crate::tr!(crate::i18n::user(), "floor-why-spoke", time = clock(s)),
        }
    }
}

/// The floor as the events left it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Floor {
    pub people: Vec<Person>,
    pub stack: Vec<Waiting>,
    /// The person speaking (their index in `people`) and since when.
    pub speaking: Option<(usize, Timestamp)>,
    /// The first event: when the discussion opened.
    pub opened: Option<Timestamp>,
    /// Who was speaking when the floor was paused: given the floor back, it is the same turn.
    paused: Option<usize>,
    seq: u64,
}

/// Seconds from `from` to `to`, never negative (a clock set back counts nothing).
pub fn seconds_between(from: Timestamp, to: Timestamp) -> u64 {
    (to.0 - from.0).num_seconds().max(0) as u64
}

/// `m:ss`, or `h:mm:ss` from an hour.
pub fn clock(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

impl Floor {
    /// Everyone present, `(name, first time)`, in the order the attendance lists them.
    pub fn new<'a>(present: impl IntoIterator<Item = (&'a str, bool)>) -> Floor {
        Floor {
            people: present
                .into_iter()
                .map(|(name, first_time)| Person {
                    name: name.to_string(),
                    first_time,
                    seconds: 0,
                    turns: 0,
                })
                .collect(),
            ..Floor::default()
        }
    }

    /// Replays journaled events; an event that cannot apply (a journal edited by hand) is
    /// named, never skipped: the floor it would show is not the one the room had.
    pub fn replay<'a>(
        present: impl IntoIterator<Item = (&'a str, bool)>,
        events: &[Event],
    ) -> Result<Floor, String> {
        let mut floor = Floor::new(present);
        for (n, event) in events.iter().enumerate() {
            floor.apply(event).map_err(|problem| {
                msg!(
                    "err-floor-event",
                    n = (n + 1).to_string(),
                    kind = format!("{:?}", event.kind),
                    name = event.name.as_deref().unwrap_or("-"),
                    at = event.at.to_string(),
                    problem = problem
                )
            })?;
        }
        Ok(floor)
    }

    /// The index of a person present, by name (as the log compares names).
    pub fn index(&self, name: &str) -> Option<usize> {
        self.people.iter().position(|p| p.name == name).or_else(|| {
            self.people
                .iter()
                .position(|p| names::same_person(&p.name, name))
        })
    }

    /// Tells whether an event would change the floor, and why not when it would not.
    pub fn check(&self, kind: Kind, name: Option<&str>) -> Result<(), String> {
        let who = || -> Result<usize, String> {
            let name = name.ok_or_else(|| msg!("err-floor-name-someone"))?;
            self.index(name)
                .ok_or_else(|| msg!("err-floor-not-present", name = name))
        };
        match kind {
            Kind::Add | Kind::Point => {
                let i = who()?;
                let name = &self.people[i].name;
                if self.stack.iter().any(|w| &w.name == name) {
                    return Err(msg!("err-floor-on-stack", name = name));
                }
                Ok(())
            }
            Kind::Remove => {
                let i = who()?;
                if !self.stack.iter().any(|w| w.name == self.people[i].name) {
                    return Err(msg!("err-floor-not-on-stack", name = &self.people[i].name));
                }
                Ok(())
            }
            Kind::Start => who().map(|_| ()),
            Kind::Stop => match self.speaking {
                Some(_) => Ok(()),
                None => Err(msg!("err-floor-nobody-speaking")),
            },
        }
    }

    /// Applies one event.
    pub fn apply(&mut self, event: &Event) -> Result<(), String> {
        self.check(event.kind, event.name.as_deref())?;
        self.opened.get_or_insert(event.at);
        let at = event.at;
        let index = event.name.as_deref().and_then(|n| self.index(n));
        match event.kind {
            Kind::Add | Kind::Point => {
                let i = index.expect("checked");
                self.seq += 1;
                self.stack.push(Waiting {
                    name: self.people[i].name.clone(),
                    point: event.kind == Kind::Point,
                    seq: self.seq,
                });
            }
            Kind::Remove => {
                let i = index.expect("checked");
                let name = &self.people[i].name;
                self.stack.retain(|w| &w.name != name);
            }
            Kind::Start => {
                let i = index.expect("checked");
                self.stop(at);
                let name = &self.people[i].name;
                self.stack.retain(|w| &w.name != name);
                // Given the floor back after a pause, it is the same turn.
                if self.paused.take() != Some(i) {
                    self.people[i].turns += 1;
                }
                self.speaking = Some((i, at));
            }
            Kind::Stop => {
                self.paused = self.speaking.map(|(i, _)| i);
                self.stop(at);
            }
        }
        Ok(())
    }

    fn stop(&mut self, at: Timestamp) {
        if let Some((i, since)) = self.speaking.take() {
            self.people[i].seconds += seconds_between(since, at);
        }
    }

    /// Each person's talk time at `now`, the current turn included, in the order of `people`.
    pub fn talk(&self, now: Timestamp) -> Vec<u64> {
        let mut talk: Vec<u64> = self.people.iter().map(|p| p.seconds).collect();
        if let Some((i, since)) = self.speaking {
            talk[i] += seconds_between(since, now);
        }
        talk
    }

    /// The current speaker's name and how long they have spoken this turn.
    pub fn speaker(&self, now: Timestamp) -> Option<(&str, u64)> {
        self.speaking
            .map(|(i, since)| (self.people[i].name.as_str(), seconds_between(since, now)))
    }

    /// The stack in the order it will be called, each with why they stand there.
    pub fn order(&self, rule: StackRule, now: Timestamp) -> Vec<(&Waiting, Why)> {
        let talk = self.talk(now);
        let mut out: Vec<(&Waiting, Why, OrderKey)> = self
            .stack
            .iter()
            .map(|w| {
                let i = self.index(&w.name).expect("on the stack means present");
                let p = &self.people[i];
                let spoken = p.turns > 0 || talk[i] > 0;
                let why = match (w.point, rule) {
                    (true, _) => Why::Point,
                    (false, StackRule::InOrder) => Why::Asked,
                    (false, StackRule::Progressive) if spoken => Why::Spoke(talk[i]),
                    (false, StackRule::Progressive) if p.first_time => Why::FirstTimeNotSpoken,
                    (false, StackRule::Progressive) => Why::NotSpoken,
                };
                let key = match rule {
                    StackRule::InOrder => (!w.point, 0, false, w.seq),
                    // Those who spoke less go first; among equals first-timers, then the order asked.
                    StackRule::Progressive => (
                        !w.point,
                        if spoken { talk[i].max(1) } else { 0 },
                        !p.first_time,
                        w.seq,
                    ),
                };
                (w, why, key)
            })
            .collect();
        out.sort_by_key(|x| x.2);
        out.into_iter().map(|(w, why, _)| (w, why)).collect()
    }

    /// The one called next, if anyone waits.
    pub fn next(&self, rule: StackRule, now: Timestamp) -> Option<&str> {
        self.order(rule, now).first().map(|(w, _)| w.name.as_str())
    }

    /// Those whose share of the talk passes twice an equal share, once the discussion has run
    /// ten minutes: `(name, share in percent, equal share in percent)`. Shown, never recorded.
    pub fn stepping_back(&self, now: Timestamp) -> Vec<(&str, u64, u64)> {
        let Some(opened) = self.opened else {
            return Vec::new();
        };
        let n = self.people.len() as u64;
        if seconds_between(opened, now) < STEP_BACK_AFTER || n < 3 {
            return Vec::new();
        }
        let talk = self.talk(now);
        let total: u64 = talk.iter().sum();
        if total == 0 {
            return Vec::new();
        }
        self.people
            .iter()
            .zip(&talk)
            // share > 2/n  <=>  seconds * n > 2 * total
            .filter(|(_, s)| **s * n > 2 * total)
            .map(|(p, s)| (p.name.as_str(), s * 100 / total, 100 / n))
            .collect()
    }

    /// The discussion for the minutes, at `now` (the floor closed), in the mode asked.
    pub fn record(&self, mode: FloorRecordMode, now: Timestamp) -> Option<FloorRecord> {
        if mode == FloorRecordMode::None || self.opened.is_none() {
            return None;
        }
        let talk = self.talk(now);
        let mut turns: Vec<u32> = self.people.iter().map(|p| p.turns).collect();
        if let Some((i, _)) = self.speaking
            && turns[i] == 0
        {
            turns[i] = 1;
        }
        let seconds: u64 = talk.iter().sum();
        let mut sorted = talk.clone();
        sorted.sort_unstable_by(|a, b| b.cmp(a));
        let top_two: u64 = sorted.iter().take(2).sum();
        let values: Vec<usize> = talk.iter().map(|&s| s as usize).collect();
        let gini = (super::stats::gini(&values) * 1000.0).round() / 1000.0;
        Some(FloorRecord {
            record: mode,
            present: self.people.len() as u32,
            spoke: turns.iter().filter(|&&t| t > 0).count() as u32,
            turns: turns.iter().sum(),
            seconds,
            top_two_seconds: top_two,
            gini,
            shares: if mode == FloorRecordMode::Shares {
                self.people
                    .iter()
                    .zip(talk.iter().zip(&turns))
                    .map(|(p, (&seconds, &turns))| Share {
                        name: p.name.clone(),
                        seconds,
                        turns,
                    })
                    .collect()
            } else {
                Vec::new()
            },
        })
    }
}

/// Where someone stands: after points of process, by talk time, first-timers, order asked.
type OrderKey = (bool, u64, bool, u64);

/// Ten minutes of discussion before the stepping-back cue may show.
pub const STEP_BACK_AFTER: u64 = 600;

/// The discussion as the minutes record it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FloorRecord {
    /// `summary` or `shares`: what `floor_record` asked for.
    pub record: FloorRecordMode,
    /// How many were present (the Gini coefficient is over them all).
    pub present: u32,
    pub spoke: u32,
    pub turns: u32,
    /// Talk time in all, in seconds.
    pub seconds: u64,
    /// Talk time of the two who spoke most, together.
    pub top_two_seconds: u64,
    /// The Gini coefficient of talk time among those present, to three decimals.
    pub gini: f64,
    /// Each person's talk time (`shares` only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shares: Vec<Share>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Share {
    pub name: String,
    pub seconds: u64,
    pub turns: u32,
}

/// `part` of `whole` in whole percent (0 when there is no whole).
pub fn percent(part: u64, whole: u64) -> u64 {
    (part * 100 + whole / 2).checked_div(whole).unwrap_or(0)
}

impl FloorRecord {
    /// The Gini of the talk time for `stats`: from the shares, with four decimals, when the
    /// record keeps them; otherwise the summary's, as recorded (three decimals).
    pub fn talk_gini(&self) -> f64 {
        if self.record != FloorRecordMode::Shares || self.shares.is_empty() {
            return self.gini;
        }
        let values: Vec<usize> = self.shares.iter().map(|s| s.seconds as usize).collect();
        (super::stats::gini(&values) * 10000.0).round() / 10000.0
    }

    /// What cannot hold in a record of a discussion, named; `present` lists who was there.
    pub fn check(&self, present: &[&str]) -> Result<(), String> {
        if self.record == FloorRecordMode::None {
            return Err(msg!("err-floor-record-none"));
        }
        if !(0.0..=1.0).contains(&self.gini) || !self.gini.is_finite() {
            return Err(msg!("err-floor-gini-range", gini = self.gini.to_string()));
        }
        if self.top_two_seconds > self.seconds {
            return Err(msg!("err-floor-top-two"));
        }
        if self.spoke > self.present || self.spoke > self.turns {
            return Err(msg!("err-floor-spoke"));
        }
        if self.present as usize > super::limits::ATTENDEES {
            return Err(msg!("err-floor-present"));
        }
        if self.seconds > 7 * 24 * 3600 {
            return Err(msg!("err-floor-week"));
        }
        match self.record {
            FloorRecordMode::Shares => {
                // What the shares say, the summary must say too.
                let mut seconds: Vec<u64> = self.shares.iter().map(|s| s.seconds).collect();
                let values: Vec<usize> = seconds.iter().map(|&s| s as usize).collect();
                let gini = (super::stats::gini(&values) * 1000.0).round() / 1000.0;
                if (gini - self.gini).abs() > 1e-9 {
                    return Err(msg!(
                        "err-floor-gini-shares",
                        gini = self.gini.to_string(),
                        shares = gini.to_string()
                    ));
                }
                seconds.sort_unstable_by(|a, b| b.cmp(a));
                let top_two: u64 = seconds.iter().take(2).sum();
                if top_two != self.top_two_seconds {
                    return Err(msg!(
                        "err-floor-top-two-shares",
                        top = self.top_two_seconds.to_string(),
                        shares = top_two.to_string()
                    ));
                }
                if self.shares.len() != self.present as usize {
                    return Err(msg!("err-floor-shares-everyone"));
                }
                if self.shares.iter().map(|s| s.seconds).sum::<u64>() != self.seconds {
                    return Err(msg!("err-floor-shares-seconds"));
                }
                if self.shares.iter().map(|s| s.turns).sum::<u32>() != self.turns {
                    return Err(msg!("err-floor-shares-turns"));
                }
                for share in &self.shares {
                    if !present.iter().any(|p| names::same_person(p, &share.name)) {
                        return Err(msg!(
                            "err-floor-shares-name",
                            name = format!("{:?}", share.name)
                        ));
                    }
                }
            }
            _ => {
                if !self.shares.is_empty() {
                    return Err(msg!("err-floor-shares-mode"));
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(seconds: i64) -> Timestamp {
        let base = Timestamp::parse("2026-11-23T19:00:00-05:00").unwrap();
        Timestamp(base.0 + chrono::Duration::seconds(seconds))
    }

    fn ev(at: i64, kind: Kind, name: &str) -> Event {
        Event {
            at: t(at),
            kind,
            name: (!name.is_empty()).then(|| name.to_string()),
        }
    }

    fn room() -> Floor {
        Floor::new([
            ("Ana", false),
            ("Bo", false),
            ("Chen", true),
            ("Dara", false),
        ])
    }

    fn names_of(order: &[(&Waiting, Why)]) -> Vec<String> {
        order.iter().map(|(w, _)| w.name.clone()).collect()
    }

    #[test]
    fn talk_time_adds_finished_turns_and_the_current_one() {
        let mut f = room();
        for e in [
            ev(0, Kind::Start, "Ana"),
            ev(90, Kind::Start, "Bo"),
            ev(120, Kind::Stop, ""),
            ev(200, Kind::Start, "Ana"),
        ] {
            f.apply(&e).unwrap();
        }
        assert_eq!(f.talk(t(230)), vec![120, 30, 0, 0]);
        assert_eq!(f.speaker(t(230)), Some(("Ana", 30)));
        assert_eq!(f.people[0].turns, 2);
        // A pause between 120 and 200 counts for nobody.
        assert_eq!(f.talk(t(230)).iter().sum::<u64>(), 150);
    }

    #[test]
    fn a_clock_set_back_counts_nothing() {
        let mut f = room();
        f.apply(&ev(100, Kind::Start, "Ana")).unwrap();
        f.apply(&ev(40, Kind::Stop, "")).unwrap();
        assert_eq!(f.talk(t(40)), vec![0, 0, 0, 0]);
    }

    #[test]
    fn in_order_keeps_the_order_asked_with_points_of_process_first() {
        let mut f = room();
        for e in [
            ev(0, Kind::Add, "Dara"),
            ev(1, Kind::Add, "Ana"),
            ev(2, Kind::Point, "Bo"),
        ] {
            f.apply(&e).unwrap();
        }
        let order = f.order(StackRule::InOrder, t(3));
        assert_eq!(names_of(&order), ["Bo", "Dara", "Ana"]);
        assert_eq!(order[0].1, Why::Point);
        assert_eq!(order[1].1, Why::Asked);
        assert_eq!(f.next(StackRule::InOrder, t(3)), Some("Bo"));
    }

    #[test]
    fn progressive_puts_first_timers_and_those_who_spoke_least_ahead() {
        let mut f = room();
        for e in [
            ev(0, Kind::Start, "Ana"),
            ev(300, Kind::Start, "Dara"),
            ev(360, Kind::Stop, ""),
            ev(361, Kind::Add, "Ana"),
            ev(362, Kind::Add, "Dara"),
            ev(363, Kind::Add, "Bo"),
            ev(364, Kind::Add, "Chen"),
        ] {
            f.apply(&e).unwrap();
        }
        let order = f.order(StackRule::Progressive, t(400));
        assert_eq!(names_of(&order), ["Chen", "Bo", "Dara", "Ana"]);
        let whys: Vec<Why> = order.iter().map(|x| x.1).collect();
        assert_eq!(
            whys,
            [
                Why::FirstTimeNotSpoken,
                Why::NotSpoken,
                Why::Spoke(60),
                Why::Spoke(300)
            ]
        );
        assert_eq!(Why::Spoke(300).text(), "spoke 5:00");
        // The same stack in order asked.
        assert_eq!(
            names_of(&f.order(StackRule::InOrder, t(400))),
            ["Ana", "Dara", "Bo", "Chen"]
        );
    }

    #[test]
    fn starting_takes_the_speaker_off_the_stack_and_remove_takes_anyone_off() {
        let mut f = room();
        f.apply(&ev(0, Kind::Add, "Ana")).unwrap();
        f.apply(&ev(0, Kind::Add, "Bo")).unwrap();
        f.apply(&ev(1, Kind::Start, "Ana")).unwrap();
        assert_eq!(names_of(&f.order(StackRule::InOrder, t(2))), ["Bo"]);
        f.apply(&ev(2, Kind::Remove, "bo")).unwrap();
        assert!(f.stack.is_empty());
    }

    #[test]
    fn impossible_events_are_refused_with_a_reason() {
        let mut f = room();
        assert_eq!(
            f.apply(&ev(0, Kind::Stop, "")).unwrap_err(),
            "nobody is speaking"
        );
        f.apply(&ev(0, Kind::Add, "Ana")).unwrap();
        assert_eq!(
            f.apply(&ev(0, Kind::Add, "ANA")).unwrap_err(),
            "Ana is already on the stack"
        );
        assert_eq!(
            f.apply(&ev(0, Kind::Remove, "Bo")).unwrap_err(),
            "Bo is not on the stack"
        );
        assert_eq!(
            f.apply(&ev(0, Kind::Add, "Zed")).unwrap_err(),
            "Zed is not among those present"
        );
        // A replay names what cannot apply (a journal edited by hand) rather than skip it.
        let replayed = Floor::replay(
            [("Ana", false)],
            &[ev(0, Kind::Add, "Zed"), ev(1, Kind::Add, "Ana")],
        );
        assert!(replayed.unwrap_err().contains("floor event 1 (Add Zed at"),);
        let f = Floor::replay([("Ana", false)], &[ev(1, Kind::Add, "Ana")]).unwrap();
        assert_eq!(f.stack.len(), 1);
    }

    #[test]
    fn the_stepping_back_cue_waits_ten_minutes_and_twice_an_equal_share() {
        let mut f = room();
        f.apply(&ev(0, Kind::Start, "Ana")).unwrap();
        // Ana alone for 9 minutes: too early.
        assert!(f.stepping_back(t(540)).is_empty());
        // At 10 minutes she holds everything: 100% against an equal 25%.
        assert_eq!(f.stepping_back(t(600)), vec![("Ana", 100, 25)]);
        f.apply(&ev(600, Kind::Start, "Bo")).unwrap();
        // Bo catching up: Ana 600 of 900 s is still past twice an equal share.
        assert_eq!(f.stepping_back(t(900)), vec![("Ana", 66, 25)]);
        // Exactly twice an equal share is not past it: Ana and Bo 600 of 1200 each.
        assert!(f.stepping_back(t(1200)).is_empty());
        f.apply(&ev(1200, Kind::Start, "Chen")).unwrap();
        assert!(f.stepping_back(t(1300)).is_empty());
        // Two people present: an equal share of a half, twice it is all; no cue.
        let mut two = Floor::new([("Ana", false), ("Bo", false)]);
        two.apply(&ev(0, Kind::Start, "Ana")).unwrap();
        assert!(two.stepping_back(t(3600)).is_empty());
    }

    #[test]
    fn the_record_sums_up_turns_shares_and_the_gini_coefficient() {
        let mut f = room();
        for e in [
            ev(0, Kind::Start, "Ana"),
            ev(300, Kind::Start, "Bo"),
            ev(400, Kind::Start, "Ana"),
            ev(500, Kind::Start, "Chen"),
        ] {
            f.apply(&e).unwrap();
        }
        let r = f.record(FloorRecordMode::Summary, t(600)).unwrap();
        assert_eq!(
            (r.present, r.spoke, r.turns, r.seconds, r.top_two_seconds),
            (4, 3, 4, 600, 500)
        );
        // talk 400, 100, 100, 0: G = (2*(0*1+100*2+100*3+400*4))/(4*600) - 5/4 = 0.5
        assert_eq!(r.gini, 0.5);
        assert!(r.shares.is_empty());
        r.check(&["Ana", "Bo", "Chen", "Dara"]).unwrap();
        let s = f.record(FloorRecordMode::Shares, t(600)).unwrap();
        assert_eq!(
            s.shares.iter().map(|x| x.seconds).collect::<Vec<_>>(),
            [400, 100, 100, 0]
        );
        s.check(&["Ana", "Bo", "Chen", "Dara"]).unwrap();
        assert!(s.check(&["Ana", "Bo"]).is_err());
        assert_eq!(f.record(FloorRecordMode::None, t(600)), None);
        assert_eq!(room().record(FloorRecordMode::Summary, t(600)), None);
    }

    #[test]
    fn percentages_and_clocks_round_as_people_read_them() {
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(5, 0), 0);
        assert_eq!(clock(0), "0:00");
        assert_eq!(clock(61), "1:01");
        assert_eq!(clock(3725), "1:02:05");
    }

    #[test]
    fn a_record_that_cannot_hold_is_refused() {
        let mut f = room();
        f.apply(&ev(0, Kind::Start, "Ana")).unwrap();
        let good = f.record(FloorRecordMode::Summary, t(60)).unwrap();
        for (broken, why) in [
            (
                FloorRecord {
                    gini: 1.5,
                    ..good.clone()
                },
                "between 0 and 1",
            ),
            (
                FloorRecord {
                    top_two_seconds: 61,
                    ..good.clone()
                },
                "top_two",
            ),
            (
                FloorRecord {
                    record: FloorRecordMode::None,
                    ..good.clone()
                },
                "leave the [floor] table out",
            ),
        ] {
            let err = broken.check(&["Ana"]).unwrap_err();
            assert!(err.contains(why), "{err}");
        }
    }

    #[test]
    fn a_shares_record_whose_gini_contradicts_its_shares_is_refused() {
        let share = |name: &str, seconds, turns| Share {
            name: name.into(),
            seconds,
            turns,
        };
        let record = FloorRecord {
            record: FloorRecordMode::Shares,
            present: 3,
            spoke: 2,
            turns: 3,
            seconds: 601,
            top_two_seconds: 601,
            // The shares below give 0.333, not 0.5.
            gini: 0.5,
            shares: vec![
                share("Ana", 300, 2),
                share("Bo", 301, 1),
                share("Chen", 0, 0),
            ],
        };
        assert!(record.check(&["Ana", "Bo", "Chen"]).is_err());
        let record = FloorRecord {
            gini: 0.333,
            // The two who spoke most held 601 seconds, not 100.
            top_two_seconds: 100,
            ..record
        };
        assert!(record.check(&["Ana", "Bo", "Chen"]).is_err());
    }
}
