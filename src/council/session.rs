//! The session: from answers and the history they may consult to a finished record.
//!
//! Pure: no clock, no randomness, no files. The drivers (`run`, `convene`)
//! supply the time, the rolled sources when nobody called numbers, and the
//! history read from the log.

use super::answers::{Answers, Decision, Rule};
use super::ids;
use super::pools::{self, History, Pool, PoolInput};
use super::record::{
    AttendeeRecord, DrawRecord, LeftOut, Record, Role, Rotation, Step, TaskRecord,
};
use super::rfc3797;
use super::time::Timestamp;
use super::validate;
use std::fmt;

/// The standing settings of the council that a session applies (from `council.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    pub duration_minutes: u32,
    pub rotation: Rotation,
    pub decision_rule: Rule,
}

/// What a session may consult besides the answers.
pub struct Context<'a> {
    pub settings: Settings,
    pub history: &'a History,
    /// The time the driver records the council at: the default start and end.
    pub now: Timestamp,
    /// The end of the council when the driver knows it (a replayed data block, a convened council).
    pub ended: Option<Timestamp>,
    /// Whether the driver rolled the sources because nobody called numbers.
    pub rolled: bool,
    pub tool: String,
}

/// Everything wrong with a set of answers, each naming the field and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(pub Vec<String>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.as_slice() {
            [one] => f.write_str(one),
            many => {
                write!(f, "{} problems:", many.len())?;
                for problem in many {
                    write!(f, "\n  - {problem}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Problems {}

impl From<String> for Problems {
    fn from(problem: String) -> Self {
        Problems(vec![problem])
    }
}

/// Runs a whole council: checks every rule, builds the pools, draws the lot, assigns ids.
pub fn conclude(answers: &Answers, ctx: &Context<'_>) -> Result<Record, Problems> {
    validate::answers(answers, ctx.history, ctx.settings)?;
    let rule = answers.decision.rule.unwrap_or(ctx.settings.decision_rule);
    let rotation = ctx.settings.rotation;
    let duration_minutes = answers
        .duration_minutes
        .unwrap_or(ctx.settings.duration_minutes);
    let started = answers.started.unwrap_or(ctx.now);
    let ended = match ctx.ended {
        Some(ended) => ended,
        None => default_end(started, duration_minutes, ctx.now)?,
    };
    if ended < started {
        return Err(format!("the council ends ({ended}) before it starts ({started})").into());
    }

    let drawn = draw(answers, ctx.history, rotation, Role::Spokesperson)?;
    let facilitator = drawn.facilitator;
    let spokesperson = drawn.spokesperson.unwrap_or_default();
    validate::support(answers, ctx.history, &facilitator)?;
    let steps = drawn.steps;

    let id = ids::council_id(started.0.date_naive(), &answers.issue, |id| {
        ctx.history.find(id).is_some()
    });
    let tasks = answers
        .tasks
        .iter()
        .enumerate()
        .map(|(n, t)| TaskRecord {
            id: format!("{id}#{}", n + 1),
            what: t.what.clone(),
            who: t.who.clone(),
            due: t.due,
            jar: t.jar.clone(),
        })
        .collect();
    Ok(Record {
        id,
        history: ctx.history.commit.clone(),
        issue: answers.issue.clone(),
        place: answers.place.clone(),
        started,
        ended,
        duration_minutes,
        facilitator,
        spokesperson,
        tool: ctx.tool.clone(),
        attendees: answers
            .attendees
            .iter()
            .map(|a| AttendeeRecord {
                name: a.name.clone(),
                first_time: a
                    .first_time
                    .unwrap_or_else(|| !ctx.history.has_attended(&a.name)),
                opt_out: a.opt_out,
            })
            .collect(),
        draw: DrawRecord {
            sources: answers.draw.sources.clone().unwrap_or_default(),
            rolled: ctx.rolled,
            key: drawn.key,
            rotation,
            declined_facilitator: answers.draw.declined_facilitator.clone(),
            declined_spokesperson: answers.draw.declined_spokesperson.clone(),
            repeat_consent: answers.draw.repeat_consent.clone(),
            support: answers.draw.support.clone(),
            steps,
        },
        decision: Decision {
            rule: Some(rule),
            ..answers.decision.clone()
        },
        tasks,
        report_backs: answers.report_backs.clone(),
        delegate: answers.delegate.clone(),
        sovereignty: answers.sovereignty.clone(),
        closing: answers.closing.clone(),
    })
}

/// The outcome of the lot so far: every step, the facilitator, and the spokesperson when drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drawn {
    pub key: String,
    pub steps: Vec<Step>,
    pub facilitator: String,
    pub spokesperson: Option<String>,
}

/// Builds the pool for `role` from the answers given so far (the facilitator already drawn, for the spokesperson).
pub fn pool(
    answers: &Answers,
    history: &History,
    rotation: Rotation,
    role: Role,
    facilitator: Option<&str>,
) -> Pool {
    let present: Vec<(String, bool)> = answers
        .attendees
        .iter()
        .map(|a| (a.name.clone(), a.opt_out))
        .collect();
    pools::build(&PoolInput {
        role,
        present: &present,
        repeat_consent: &answers.draw.repeat_consent,
        rotation,
        history,
        facilitator,
    })
}

/// Draws the lot up to `until`: the facilitator, then the spokesperson. Declines move the draw on.
///
/// The person drawn last for a role is the one who accepted, or (at a meeting)
/// the one being asked now: declining adds them to the answers' declines.
pub fn draw(
    answers: &Answers,
    history: &History,
    rotation: Rotation,
    until: Role,
) -> Result<Drawn, Problems> {
    let key = match &answers.draw.sources {
        Some(sources) if !sources.is_empty() => {
            rfc3797::key(sources).map_err(|e| format!("`draw.sources`: {e}"))?
        }
        _ => {
            return Err(Problems::from(
                "`draw.sources` is empty: call out at least one number in the room, or leave `sources` out so the laptop rolls"
                    .to_string(),
            ));
        }
    };
    let mut lot = Lot::new(&key);
    let facilitator = lot.draw_role(
        pool(answers, history, rotation, Role::Facilitator, None),
        Role::Facilitator,
        &answers.draw.declined_facilitator,
    )?;
    let spokesperson = if until == Role::Spokesperson {
        Some(lot.draw_role(
            pool(
                answers,
                history,
                rotation,
                Role::Spokesperson,
                Some(&facilitator),
            ),
            Role::Spokesperson,
            &answers.draw.declined_spokesperson,
        )?)
    } else {
        None
    };
    let steps = lot.steps;
    Ok(Drawn {
        key,
        steps,
        facilitator,
        spokesperson,
    })
}

/// Ends a headless council when it is recorded, or at its timebox if recorded later.
fn default_end(started: Timestamp, minutes: u32, now: Timestamp) -> Result<Timestamp, Problems> {
    if now < started {
        return Err(format!(
            "`started` ({started}) is in the future: give the time the council began"
        )
        .into());
    }
    let timebox = started.0 + chrono::Duration::minutes(i64::from(minutes));
    Ok(Timestamp(if now.0 <= timebox {
        now.0.with_timezone(&started.0.timezone())
    } else {
        timebox
    }))
}

/// The one key and one counter that serve every draw of a council.
pub struct Lot<'k> {
    key: &'k str,
    pub steps: Vec<Step>,
}

impl<'k> Lot<'k> {
    pub fn new(key: &'k str) -> Self {
        Lot {
            key,
            steps: Vec::new(),
        }
    }

    /// Draws the next person from `pool` with the next selection number.
    pub fn draw(&mut self, role: Role, pool: &Pool, accepted: bool) -> Step {
        let i = self.steps.len() as u16;
        let position = rfc3797::position(i, self.key, pool.members.len());
        let step = Step {
            i,
            role,
            pool: pool.members.clone(),
            left_out: pool.left_out.clone(),
            position,
            selected: pool.members[position].clone(),
            accepted,
        };
        self.steps.push(step.clone());
        step
    }

    /// Draws for a role until someone accepts; each decliner leaves the pool.
    fn draw_role(
        &mut self,
        mut pool: Pool,
        role: Role,
        declined: &[String],
    ) -> Result<String, Problems> {
        let mut drawn = Vec::new();
        loop {
            if pool.members.is_empty() {
                return Err(empty_pool(role, &pool, &drawn).into());
            }
            let i = self.steps.len() as u16;
            let position = rfc3797::position(i, self.key, pool.members.len());
            let accepted = !declined.contains(&pool.members[position]);
            let step = self.draw(role, &pool, accepted);
            drawn.push(step.selected.clone());
            if step.accepted {
                break;
            }
            pool.members.remove(step.position);
            pool.left_out.push(LeftOut {
                name: step.selected.clone(),
                why: format!("declined to be {}", role.as_str()),
            });
            pool.left_out
                .sort_by(|a, b| a.name.as_bytes().cmp(b.name.as_bytes()));
        }
        let chosen = drawn.last().cloned().unwrap_or_default();
        let field = match role {
            Role::Facilitator => "declined_facilitator",
            Role::Spokesperson => "declined_spokesperson",
        };
        if let Some(never) = declined.iter().find(|d| !drawn.contains(d)) {
            return Err(format!(
                "`draw.{field}` names {never:?}, who was never drawn as {} (the lot drew {}); only someone drawn can decline",
                role.as_str(),
                drawn.iter().map(|d| format!("{d:?}")).collect::<Vec<_>>().join(", then "),
            )
            .into());
        }
        Ok(chosen)
    }
}

fn empty_pool(role: Role, pool: &Pool, drawn: &[String]) -> String {
    let mut message = format!("the {} pool is empty", role.as_str());
    if pool.left_out.is_empty() {
        message.push_str(": nobody is present");
    } else {
        let reasons: Vec<String> = pool
            .left_out
            .iter()
            .map(|l| format!("{} ({})", l.name, l.why))
            .collect();
        message.push_str(&format!(
            ": everyone present is left out: {}",
            reasons.join(", ")
        ));
    }
    if !drawn.is_empty() {
        message.push_str(". Everyone drawn declined");
    }
    message.push_str(
        ". Add attendees, or let the last council's leader stand again with `draw.repeat_consent`",
    );
    message
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::council::answers::Attendee;
    use crate::council::fixtures::{answers, run_supported, run_with, sequence, settings};

    fn names(step: &Step) -> Vec<&str> {
        step.pool.iter().map(String::as_str).collect()
    }

    fn why<'a>(step: &'a Step, name: &str) -> Option<&'a str> {
        step.left_out
            .iter()
            .find(|l| l.name == name)
            .map(|l| l.why.as_str())
    }

    #[test]
    fn pools_are_in_byte_order_and_opt_outs_are_named() {
        let mut a = answers(&["bo", "Ana", "Émile", "Zed", "Chen"]);
        a.attendees[4].opt_out = true;
        a.draw.support = Some("Chen".into());
        let r = run_with(&a, &History::default(), settings()).unwrap();
        assert_eq!(names(&r.draw.steps[0]), ["Ana", "Zed", "bo", "Émile"]);
        assert_eq!(why(&r.draw.steps[0], "Chen"), Some("opted out"));
    }

    #[test]
    fn one_counter_serves_every_step_and_positions_follow_rfc_3797() {
        let mut a = answers(&["Ana", "Bo", "Chen", "Dara"]);
        let r = run_supported(&mut a, &History::default(), settings());
        for (n, step) in r.draw.steps.iter().enumerate() {
            assert_eq!(usize::from(step.i), n);
            assert_eq!(
                step.position,
                rfc3797::position(step.i, &r.draw.key, step.pool.len())
            );
            assert_eq!(step.pool[step.position], step.selected);
        }
        let spokes = &r.draw.steps[1];
        assert_eq!(spokes.role, Role::Spokesperson);
        assert!(!spokes.pool.contains(&r.facilitator));
        assert_eq!(why(spokes, &r.facilitator), Some("is the facilitator"));
    }

    #[test]
    fn a_decline_moves_the_draw_on_and_the_decliner_leaves_the_pool() {
        let mut a = answers(&["Ana", "Bo", "Chen", "Dara", "Eli"]);
        let first_pick = run_supported(&mut a, &History::default(), settings()).facilitator;
        a.draw.declined_facilitator = vec![first_pick.clone()];
        let r = run_supported(&mut a, &History::default(), settings());
        let steps = &r.draw.steps;
        assert_eq!(steps[0].selected, first_pick);
        assert!(!steps[0].accepted);
        assert_eq!(steps[1].role, Role::Facilitator);
        assert_eq!(steps[1].i, 1);
        assert!(steps[1].accepted);
        assert!(!steps[1].pool.contains(&first_pick));
        assert_eq!(
            why(&steps[1], &first_pick),
            Some("declined to be facilitator")
        );
        assert_eq!(r.facilitator, steps[1].selected);
        assert_eq!(steps[2].role, Role::Spokesperson);
        assert_eq!(steps[2].i, 2);
    }

    #[test]
    fn declining_without_being_drawn_is_an_error() {
        let mut a = answers(&["Ana", "Bo", "Chen", "Dara"]);
        let r = run_supported(&mut a, &History::default(), settings());
        let not_drawn = ["Ana", "Bo", "Chen", "Dara"]
            .into_iter()
            .find(|n| *n != r.facilitator && *n != r.spokesperson)
            .unwrap();
        a.draw.declined_facilitator = vec![not_drawn.to_string()];
        let p = run_with(&a, &History::default(), settings())
            .unwrap_err()
            .to_string();
        assert!(p.contains("who was never drawn as facilitator"), "{p}");
    }

    #[test]
    fn the_previous_facilitator_is_left_out_unless_they_consent() {
        let everyone = ["Ana", "Bo", "Chen"];
        let uniform = Settings {
            rotation: Rotation::Uniform,
            ..settings()
        };
        let history = sequence(vec![answers(&everyone)], uniform);
        let last = history.councils[0].facilitator.clone();
        let mut a = answers(&everyone);
        a.draw.support = Some(last.clone());
        let r = run_with(&a, &history, uniform).unwrap();
        assert!(!r.draw.steps[0].pool.contains(&last));
        assert_eq!(why(&r.draw.steps[0], &last), Some("facilitated last time"));

        a.draw.repeat_consent = vec![last.clone()];
        let r = run_supported(&mut a, &history, uniform);
        assert!(r.draw.steps[0].pool.contains(&last));
    }

    #[test]
    fn least_served_keeps_only_those_with_the_fewest_turns() {
        let everyone = ["Ana", "Bo", "Chen", "Dara"];
        let history = sequence(vec![answers(&everyone), answers(&everyone)], settings());
        let served: Vec<&str> = history
            .councils
            .iter()
            .map(|c| c.facilitator.as_str())
            .collect();
        assert_ne!(
            served[0], served[1],
            "least-served never repeats while others wait"
        );
        let mut a = answers(&everyone);
        a.draw.support = Some(served[0].to_string());
        let r = run_with(&a, &history, settings()).unwrap();
        let pool = &r.draw.steps[0].pool;
        assert_eq!(pool.len(), 2);
        for name in pool {
            assert!(!served.contains(&name.as_str()));
        }
        // The last facilitator is left out for leading last time; the one before for their turns.
        assert_eq!(
            why(&r.draw.steps[0], served[1]),
            Some("facilitated last time")
        );
        assert_eq!(
            why(&r.draw.steps[0], served[0]),
            Some("more turns than others (1 as facilitator, fewest is 0)")
        );
    }

    #[test]
    fn an_empty_pool_is_an_error_that_says_who_was_left_out() {
        let mut a = answers(&["Ana", "Bo"]);
        a.attendees[0].opt_out = true;
        a.attendees[1].opt_out = true;
        let p = run_with(&a, &History::default(), settings())
            .unwrap_err()
            .to_string();
        assert!(p.contains("the facilitator pool is empty"), "{p}");
        assert!(p.contains("Ana (opted out)"), "{p}");

        let mut a = answers(&["Ana", "Bo"]);
        a.attendees[1].opt_out = true;
        a.draw.support = Some("Bo".into());
        let p = run_with(&a, &History::default(), settings())
            .unwrap_err()
            .to_string();
        assert!(p.contains("the spokesperson pool is empty"), "{p}");
    }

    #[test]
    fn first_time_is_derived_from_the_log_unless_given() {
        let history = sequence(vec![answers(&["Ana", "Bo"])], settings());
        let mut a = answers(&["Ana", "Bo", "Cy", "Di"]);
        a.attendees[3] = Attendee {
            name: "Di".into(),
            first_time: Some(false),
            opt_out: false,
        };
        let r = run_supported(&mut a, &history, settings());
        let first: Vec<bool> = r.attendees.iter().map(|x| x.first_time).collect();
        assert_eq!(first, [false, false, true, false]);
    }

    #[test]
    fn a_council_recorded_late_ends_at_its_timebox() {
        let mut a = answers(&["Ana", "Bo", "Cy"]);
        a.started = Some(crate::council::fixtures::at("2026-11-20T19:00:00-05:00"));
        let r = run_supported(&mut a, &History::default(), settings());
        assert_eq!(r.ended.to_string(), "2026-11-20T19:45:00-05:00");
        a.started = Some(crate::council::fixtures::at("2026-11-30T19:00:00-05:00"));
        let p = run_with(&a, &History::default(), settings())
            .unwrap_err()
            .to_string();
        assert!(p.contains("is in the future"), "{p}");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::council::answers::Attendee;
    use crate::council::fixtures::{answers, run_with, sequence, settings};
    use proptest::prelude::*;
    use std::collections::BTreeSet;

    const PEOPLE: [&str; 8] = ["Ana", "Bo", "Chen", "Dara", "Eli", "Fern", "Gus", "Hal"];

    fn group() -> impl Strategy<Value = Vec<&'static str>> {
        prop::sample::subsequence(PEOPLE.to_vec(), 3..=8)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn every_draw_keeps_the_pool_rules(
            earlier in prop::collection::vec(group(), 0..5),
            present in group(),
            opt_outs in prop::collection::vec(any::<bool>(), 8),
            numbers in prop::collection::vec(0u32..10_000, 1..6),
            uniform in any::<bool>(),
            consent in any::<bool>(),
        ) {
            let settings = Settings {
                rotation: if uniform { Rotation::Uniform } else { Rotation::LeastServed },
                ..settings()
            };
            let history = sequence(earlier.iter().map(|g| answers(g)).collect(), settings);
            let previous = history.previous().map(|p| p.facilitator.clone());
            let mut a = answers(&present);
            for (attendee, out) in a.attendees.iter_mut().zip(&opt_outs) {
                attendee.opt_out = *out;
            }
            a.draw.sources = Some(vec![numbers.iter().map(u32::to_string).collect::<Vec<_>>().join(" ")]);
            if consent && let Some(p) = &previous && present.contains(&p.as_str()) {
                a.draw.repeat_consent = vec![p.clone()];
            }
            let names: Vec<String> = a.attendees.iter().map(|x| x.name.clone()).collect();
            let mut outcome = Err(Problems(vec![]));
            for support in &names {
                a.draw.support = Some(support.clone());
                outcome = run_with(&a, &history, settings);
                if outcome.is_ok() { break; }
            }
            let record = match outcome {
                Ok(record) => record,
                Err(problems) => {
                    let text = problems.to_string();
                    prop_assert!(text.contains("pool is empty"), "unexpected refusal: {}", text);
                    return Ok(());
                }
            };
            let eligible = |x: &&Attendee| !x.opt_out;
            prop_assert_ne!(&record.facilitator, &record.spokesperson);
            let all: BTreeSet<&str> = names.iter().map(String::as_str).collect();
            for (n, step) in record.draw.steps.iter().enumerate() {
                prop_assert_eq!(usize::from(step.i), n);
                prop_assert_eq!(step.position, rfc3797::position(step.i, &record.draw.key, step.pool.len()));
                prop_assert_eq!(&step.pool[step.position], &step.selected);
                let seen: BTreeSet<&str> = step.pool.iter().chain(step.left_out.iter().map(|l| &l.name)).map(String::as_str).collect();
                prop_assert_eq!(&seen, &all, "pool and left out cover everyone present");
                let mut sorted = step.pool.clone();
                sorted.sort_by(|x, y| x.as_bytes().cmp(y.as_bytes()));
                prop_assert_eq!(&sorted, &step.pool, "pools are in byte order");
            }
            let facilitator = a.attendees.iter().find(|x| x.name == record.facilitator).unwrap();
            prop_assert!(eligible(&facilitator));
            if previous.as_deref() == Some(record.facilitator.as_str()) {
                prop_assert!(a.draw.repeat_consent.contains(&record.facilitator));
            }
            if !uniform {
                let turns = history.turns(Role::Facilitator);
                let count = |n: &str| turns.get(n).copied().unwrap_or(0);
                let fewest = a.attendees.iter().filter(eligible)
                    .filter(|x| previous.as_deref() != Some(x.name.as_str()) || a.draw.repeat_consent.contains(&x.name))
                    .map(|x| count(&x.name)).min().unwrap();
                prop_assert_eq!(count(&record.facilitator), fewest, "least-served draws from the fewest turns");
            }
        }
    }
}
