//! The session: from answers and the history they may consult to a finished record.
//!
//! Pure: no clock, no randomness, no files. The drivers (`run`, `convene`)
//! supply the time, the rolled sources when nobody called numbers, and the
//! history read from the log.

use super::answers::{Answers, Decision, Rule};
use super::ids;
use super::names;
use super::pools::{self, History, Pool, PoolInput};
use super::record::{
    AttendeeRecord, DrawRecord, LeftOut, Record, Role, Rotation, Step, TaskRecord,
};
use super::rfc3797;
use super::time::Timestamp;
use super::validate;
use crate::msg;
use std::collections::HashMap;
use std::fmt;

/// The standing settings of the council that a session applies (from `council.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    pub duration_minutes: u32,
    pub rotation: Rotation,
    pub decision_rule: Rule,
    /// Under `cards` the history's people do not carry over ([`History::without_people`]).
    pub privacy: super::settings::Privacy,
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
    /// The language the minutes are written in (`None`: English).
    pub language: Option<crate::i18n::Lang>,
    /// Ids the log held once and no longer does: never given again.
    pub retired: &'a dyn Fn(&str) -> bool,
}

/// Everything wrong with a set of answers, each naming the field and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(pub Vec<String>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.as_slice() {
            [one] => f.write_str(one),
            many => {
                f.write_str(&msg!("err-problems", n = many.len()))?;
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

/// Writes every name in the answers as the person it is: the log's first spelling, else
/// the spelling of the attendee it matches, else as given.
pub fn canonical(answers: &Answers, history: &History) -> Answers {
    let people = history.people();
    // Indexed by key: every name of every list is looked up once, not against every attendee.
    let mut present: HashMap<String, &String> = HashMap::new();
    for a in &answers.attendees {
        present.entry(names::key(&a.name)).or_insert(&a.name);
        if let Some(drawn) = &a.drawn_as {
            present.entry(names::key(drawn)).or_insert(drawn);
        }
    }
    let spell = |name: &String| -> String {
        if let Some(known) = people.spelling(name) {
            return known.to_string();
        }
        present
            .get(&names::key(name))
            .map(|a| people.spelling(a).unwrap_or(a).to_string())
            .unwrap_or_else(|| name.clone())
    };
    let all = |list: &[String]| list.iter().map(spell).collect::<Vec<_>>();
    let mut a = answers.clone();
    // Two attendees in one spelling stay two entries: validation names the duplicate as typed.
    for attendee in &mut a.attendees {
        if let Some(known) = people.spelling(&attendee.name) {
            attendee.name = known.to_string();
        }
    }
    a.draw.declined_facilitator = all(&answers.draw.declined_facilitator);
    a.draw.declined_spokesperson = all(&answers.draw.declined_spokesperson);
    a.draw.repeat_consent = all(&answers.draw.repeat_consent);
    a.draw.support = answers.draw.support.as_ref().map(spell);
    // Tasks and mandates go to people: a spelling the room corrected becomes the right one.
    let corrections: HashMap<String, &String> = answers
        .attendees
        .iter()
        .filter_map(|x| Some((names::key(x.drawn_as.as_ref()?), &x.name)))
        .collect();
    let corrected = |name: String| -> String {
        match corrections.get(&names::key(&name)) {
            Some(right) => right.to_string(),
            None => name,
        }
    };
    for task in &mut a.tasks {
        task.who = all(&task.who).into_iter().map(corrected).collect();
    }
    if let Some(delegate) = &mut a.delegate {
        delegate.name = delegate.name.as_ref().map(spell).map(corrected);
    }
    a
}

/// Runs a whole council: checks every rule, builds the pools, draws the lot, assigns ids.
///
/// Every check that does not depend on the lot comes first ([`validate::answers`]);
/// what the lot decides never refuses a council: a named support drawn as
/// facilitator is simply not the support, and one is drawn instead.
pub fn conclude(answers: &Answers, ctx: &Context<'_>) -> Result<Record, Problems> {
    // Before even spelling names the log's way: a name could be megabytes long.
    super::limits::answers(answers).map_err(Problems)?;
    // Cards are not people: no turn, attendance or last holder carries over between councils.
    let forgotten = ctx.history.for_privacy(ctx.settings.privacy);
    let history: &History = &forgotten;
    let answers = &canonical(answers, history);
    validate::answers(answers, history, ctx.settings)?;
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
        return Err(msg!(
            "err-ends-before-start",
            ended = ended.to_string(),
            started = started.to_string()
        )
        .into());
    }
    if let Some(floor) = &answers.floor {
        let present: Vec<&str> = answers.attendees.iter().map(|a| a.name.as_str()).collect();
        floor.check(&present).map_err(Problems::from)?;
    }

    let drawn = draw(answers, history, rotation, Role::Support)?;
    // The lot drew names as they were spelled then; the log counts people by their right name.
    let facilitator = person(answers, &drawn.facilitator);
    let spokesperson = person(answers, &drawn.spokesperson.unwrap_or_default());
    let support = drawn.support.as_deref().map(|s| person(answers, s));
    let steps = drawn.steps;

    let id = ids::council_id(started.0.date_naive(), &answers.issue, |id| {
        history.find(id).is_some() || (ctx.retired)(id)
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
        history: history.commit.clone(),
        issue: answers.issue.clone(),
        place: answers.place.clone(),
        started,
        ended,
        duration_minutes,
        facilitator,
        spokesperson,
        tool: ctx.tool.clone(),
        language: ctx.language,
        attendees: answers
            .attendees
            .iter()
            .map(|a| AttendeeRecord {
                name: a.name.clone(),
                first_time: a
                    .first_time
                    .unwrap_or_else(|| !history.has_attended(&a.name)),
                opt_out: a.opt_out,
                opt_out_facilitator: a.opt_out_facilitator,
                opt_out_spokesperson: a.opt_out_spokesperson,
                late: a.late,
                facilitated_elsewhere: a.facilitated_elsewhere,
                drawn_as: a.drawn_as.clone(),
            })
            .collect(),
        draw: DrawRecord {
            sources: answers.draw.sources.clone().unwrap_or_default(),
            rolled: ctx.rolled,
            key: drawn.key,
            rotation,
            privacy: (ctx.settings.privacy != super::settings::Privacy::Names)
                .then_some(ctx.settings.privacy),
            declined_facilitator: answers.draw.declined_facilitator.clone(),
            declined_spokesperson: answers.draw.declined_spokesperson.clone(),
            repeat_consent: answers.draw.repeat_consent.clone(),
            support,
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
        floor: answers.floor.clone(),
    })
}

/// The name of the person the draw knew as `drawn`: corrected when the room corrected it.
pub fn person(answers: &Answers, drawn: &str) -> String {
    answers
        .attendees
        .iter()
        .find(|a| {
            a.drawn_as
                .as_deref()
                .is_some_and(|d| names::same_person(d, drawn))
        })
        .map_or_else(|| drawn.to_string(), |a| a.name.clone())
}

/// The outcome of the lot so far: every step, the facilitator, and the spokesperson when drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drawn {
    pub key: String,
    pub steps: Vec<Step>,
    pub facilitator: String,
    pub spokesperson: Option<String>,
    /// The support of a facilitator who never facilitated: named, or drawn.
    pub support: Option<String>,
}

/// Builds the pool for `role` from the answers given so far (the facilitator already drawn, for the spokesperson).
pub fn pool(
    answers: &Answers,
    history: &History,
    rotation: Rotation,
    role: Role,
    facilitator: Option<&str>,
) -> Pool {
    // Late arrivals came after the pool was fixed: they are in no draw. Names are those the
    // draw knew (before any correction), so a corrected name replays the same lot.
    let present: Vec<(String, bool)> = answers
        .attendees
        .iter()
        .filter(|a| !a.late)
        .map(|a| {
            let out = match role {
                Role::Facilitator => a.opt_out_facilitator,
                Role::Spokesperson | Role::Support => a.opt_out_spokesperson,
            };
            (a.drawn_name().to_string(), a.opt_out || out)
        })
        .collect();
    pools::build(&PoolInput {
        role,
        present: &present,
        repeat_consent: &answers.draw.repeat_consent,
        rotation,
        history,
        started: answers.started,
        facilitator,
    })
}

/// Tells whether someone present has facilitated: in this log, or elsewhere by their word.
pub fn experienced(answers: &Answers, history: &History, drawn: &str) -> bool {
    history.has_facilitated(drawn)
        || answers
            .attendees
            .iter()
            .any(|a| a.facilitated_elsewhere && names::same_person(a.drawn_name(), drawn))
}

/// The pool a support is drawn from: those present who have facilitated before (in this log,
/// or elsewhere by their word), but the facilitator; late arrivals are in no draw.
///
/// In a group where no one present has facilitated, everyone present may support.
pub fn support_pool(answers: &Answers, history: &History, facilitator: &str) -> Pool {
    let mut members = Vec::new();
    let mut left_out = Vec::new();
    let mut newcomers = Vec::new();
    for a in answers.attendees.iter().filter(|a| !a.late) {
        let name = a.drawn_name();
        if names::same_person(name, facilitator) {
            left_out.push(LeftOut {
                name: name.to_string(),
                why: "is the facilitator".into(),
            });
        } else if a.opt_out {
            left_out.push(LeftOut {
                name: name.to_string(),
                why: "opted out".into(),
            });
        } else if history.has_facilitated(name) || a.facilitated_elsewhere {
            members.push(name.to_string());
        } else {
            newcomers.push(name.to_string());
        }
    }
    if members.is_empty() {
        members = newcomers;
    } else {
        left_out.extend(newcomers.into_iter().map(|name| LeftOut {
            name,
            why: "has not facilitated before".into(),
        }));
    }
    members.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
    left_out.sort_by(|a, b| a.name.as_bytes().cmp(b.name.as_bytes()));
    Pool {
        members,
        left_out,
        tiers: Vec::new(),
    }
}

/// Draws the lot up to `until`: the facilitator, the spokesperson, then a support when one is needed.
///
/// The person drawn last for a role is the one who accepted, or (at a meeting)
/// the one being asked now: declining adds them to the answers' declines.
/// A facilitator who has never facilitated gets the support the answers name
/// (when that is someone else), else one drawn by lot with the next step of the key.
pub fn draw(
    answers: &Answers,
    history: &History,
    rotation: Rotation,
    until: Role,
) -> Result<Drawn, Problems> {
    let key = match &answers.draw.sources {
        Some(sources) if !sources.is_empty() => rfc3797::key(sources)
            .map_err(|e| super::validate::field_problem("draw.sources", &e.to_string()))?,
        _ => {
            return Err(Problems::from(msg!("err-sources-empty")));
        }
    };
    let mut lot = Lot::new(&key);
    let facilitator = lot.draw_role(
        pool(answers, history, rotation, Role::Facilitator, None),
        Role::Facilitator,
        &answers.draw.declined_facilitator,
    )?;
    let spokesperson = if until != Role::Facilitator {
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
    let named = answers
        .draw
        .support
        .clone()
        .filter(|s| !names::same_person(s, &facilitator));
    let support = if until == Role::Support
        && named.is_none()
        && !experienced(answers, history, &facilitator)
    {
        let pool = support_pool(answers, history, &facilitator);
        (!pool.members.is_empty()).then(|| lot.draw(Role::Support, &pool, true).selected)
    } else {
        named
    };
    let steps = lot.steps;
    Ok(Drawn {
        key,
        steps,
        facilitator,
        spokesperson,
        support,
    })
}

/// Refuses, before any number is called or rolled, a council the lot could not complete.
///
/// The lot must never refuse a council after the numbers: an empty pool
/// either way the draw may go is found here, and declines only make sense
/// for numbers the room called out (who declines depends on the numbers).
pub fn preflight(
    answers: &Answers,
    history: &History,
    rotation: Rotation,
    rolled: bool,
) -> Result<(), Problems> {
    let declines =
        answers.draw.declined_facilitator.len() + answers.draw.declined_spokesperson.len();
    if rolled && declines > 0 {
        return Err(Problems::from(msg!("err-declines-without-numbers")));
    }
    let everyone = |pool: &Pool| -> Vec<String> {
        let mut all = pool.members.clone();
        all.extend(pool.tiers.iter().flat_map(|(_, t)| t.iter().cloned()));
        all
    };
    let facilitators = pool(answers, history, rotation, Role::Facilitator, None);
    if everyone(&facilitators).is_empty() {
        return Err(empty_pool(Role::Facilitator, &facilitators, &[]).into());
    }
    let spokes = pool(answers, history, rotation, Role::Spokesperson, None);
    let speakers = everyone(&spokes);
    let could_be_emptied = match speakers.as_slice() {
        [] => true,
        [only] => everyone(&facilitators)
            .iter()
            .any(|f| names::same_person(f, only)),
        _ => false,
    };
    if could_be_emptied {
        return Err(msg!(
            "err-no-spokesperson-left",
            pool = empty_pool(Role::Spokesperson, &spokes, &[])
        )
        .into());
    }
    Ok(())
}

/// Finds the council these answers already made: same issue, same start, same people.
///
/// Running the same answers twice (a retry, a script run by accident) draws no second lot.
pub fn already_recorded(
    answers: &Answers,
    history: &History,
    now: Timestamp,
) -> Option<std::sync::Arc<Record>> {
    let started = answers.started.unwrap_or(now);
    let people = |names: &mut dyn Iterator<Item = &String>| {
        let mut keys: Vec<String> = names.map(|n| names::key(n)).collect();
        keys.sort();
        keys
    };
    let these = people(&mut answers.attendees.iter().map(|a| &a.name));
    history.started_at(started).into_iter().find(|c| {
        c.issue.trim() == answers.issue.trim()
            && people(&mut c.attendees.iter().map(|a| &a.name)) == these
    })
}

/// Says, for each attendee new to the log, which known people their name is close to.
pub fn near_misses(answers: &Answers, history: &History) -> Vec<String> {
    answers
        .attendees
        .iter()
        .filter(|a| !history.has_attended(&a.name))
        .filter_map(|a| {
            let near = history.people().near(&a.name);
            (!near.is_empty()).then(|| {
                msg!(
                    "err-near-miss",
                    name = format!("{:?}", a.name),
                    near = near
                        .iter()
                        .map(|n| format!("{n:?}"))
                        .collect::<Vec<_>>()
                        .join(&msg!("err-or"))
                )
            })
        })
        .collect()
}

/// Ends a headless council when it is recorded, or at its timebox if recorded later.
fn default_end(started: Timestamp, minutes: u32, now: Timestamp) -> Result<Timestamp, Problems> {
    if now < started {
        return Err(msg!("err-started-future", started = started.to_string()).into());
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
            if pool.members.is_empty() && !pool.widen() {
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
            _ => "declined_spokesperson",
        };
        if let Some(never) = declined.iter().find(|d| !drawn.contains(d)) {
            return Err(msg!(
                "err-declined-never-drawn",
                field = field,
                never = format!("{never:?}"),
                role = role.as_str(),
                drawn = drawn
                    .iter()
                    .map(|d| format!("{d:?}"))
                    .collect::<Vec<_>>()
                    .join(&msg!("err-then")),
            )
            .into());
        }
        Ok(chosen)
    }
}

fn empty_pool(role: Role, pool: &Pool, drawn: &[String]) -> String {
    let mut message = msg!("err-pool-empty", role = role.as_str());
    if pool.left_out.is_empty() {
        message.push_str(&msg!("err-pool-nobody"));
    } else {
        let reasons: Vec<String> = pool
            .left_out
            .iter()
            .map(|l| format!("{} ({})", l.name, l.why))
            .collect();
        message.push_str(&msg!("err-pool-left-out", reasons = reasons.join(", ")));
    }
    if !drawn.is_empty() {
        message.push_str(&msg!("err-pool-declined"));
    }
    let led = pool.left_out.iter().find(|l| l.why.ends_with("last time"));
    match led {
        Some(l) => message.push_str(&msg!("err-pool-add-repeat", name = &l.name)),
        None => message.push_str(&msg!("err-pool-add")),
    }
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
        let last = history.councils()[0].facilitator.clone();
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
            .councils()
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
            ..Attendee::default()
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
mod holes {
    //! Regression tests for ways the lot and the rotation could be dodged.
    use super::*;
    use crate::council::fixtures::{answers, at, run_with, settings};
    use crate::council::verify::verify;

    fn uniform() -> Settings {
        Settings {
            rotation: Rotation::Uniform,
            ..settings()
        }
    }

    /// A past council of `people` on 2026-11-`day`, led by `facilitator` (set by hand: history
    /// records are only consulted here, not re-checked).
    fn led(
        people: &[&str],
        facilitator: &str,
        spokesperson: &str,
        day: u32,
    ) -> std::sync::Arc<Record> {
        let mut a = answers(people);
        a.started = Some(at(&format!("2026-11-{day:02}T19:00:00-05:00")));
        let mut r = run_with(&a, &History::default(), uniform()).unwrap();
        r.facilitator = facilitator.into();
        r.spokesperson = spokesperson.into();
        r.id = format!("2026-11-{day:02}-council");
        std::sync::Arc::new(r)
    }

    /// A history whose one council was facilitated by `Bo`.
    fn bo_led_last_time() -> History {
        History::new(
            Some("1".repeat(40)),
            vec![led(&["Ana", "Bo", "Cy"], "Bo", "Ana", 1)],
        )
    }

    #[test]
    fn a_name_in_other_capitals_is_the_same_person_and_cannot_dodge_the_rotation() {
        let history = bo_led_last_time();
        for spelling in ["bo", "BO", " Bo", "Bo"] {
            let mut a = answers(&["Ana", spelling.trim(), "Cy"]);
            a.attendees[1].name = spelling.trim().to_string();
            let r = run_with(&a, &history, uniform()).unwrap();
            let step = &r.draw.steps[0];
            assert!(
                !step.pool.iter().any(|n| names::same_person(n, "Bo")),
                "{spelling}: {step:?}"
            );
            assert!(
                step.left_out
                    .iter()
                    .any(|l| l.name == "Bo" && l.why == "facilitated last time"),
                "{spelling}: {step:?}"
            );
            // Written in the log's first spelling, and not welcomed as a newcomer.
            let bo = r.attendees.iter().find(|x| x.name == "Bo").unwrap();
            assert!(!bo.first_time);
        }
    }

    #[test]
    fn least_served_counts_turns_across_spellings() {
        let history = History::new(
            None,
            vec![
                led(&["Ana", "Bo", "Cy"], "Bo", "Ana", 1),
                led(&["Ana", "bo", "Cy"], "bo", "Cy", 2),
            ],
        );
        assert_eq!(history.turns_of(Role::Facilitator, "BO"), 2);
        assert_eq!(history.turns(Role::Facilitator).get("Bo"), Some(&2));
    }

    #[test]
    fn a_named_support_drawn_as_facilitator_is_not_the_support_and_one_is_drawn() {
        let mut a = answers(&["Ana", "Bo", "Cy", "Dee"]);
        let first = run_with(&a, &History::default(), settings()).unwrap();
        a.draw.support = Some(first.facilitator.clone());
        let r = run_with(&a, &History::default(), settings()).unwrap();
        assert_eq!(r.facilitator, first.facilitator);
        let support = r.draw.support.clone().expect("a support is drawn");
        assert_ne!(support, r.facilitator);
        let last = r.draw.steps.last().unwrap();
        assert_eq!(last.role, Role::Support);
        assert_eq!(last.selected, support);
        assert_eq!(
            usize::from(last.i),
            r.draw.steps.len() - 1,
            "the next step of the same key"
        );
        assert!(verify(&r, &History::default(), settings(), &|_| false).is_empty());
    }

    #[test]
    fn a_support_is_drawn_among_those_who_have_facilitated() {
        let history = bo_led_last_time();
        let mut a = answers(&["Ana", "Bo", "Cy", "Dee"]);
        a.draw.repeat_consent = vec![];
        let r = run_with(&a, &history, uniform()).unwrap();
        assert_ne!(r.facilitator, "Bo");
        assert_eq!(r.draw.support.as_deref(), Some("Bo"), "{:?}", r.draw.steps);
        let step = r.draw.steps.last().unwrap();
        assert_eq!(step.pool, ["Bo"]);
    }

    #[test]
    fn least_served_widens_to_the_next_tier_when_everyone_in_it_declines() {
        // Ana and Bo have led; Cy and Dee have not. Cy and Dee decline: Ana or Bo is reached.
        let history = History::new(
            None,
            vec![
                led(&["Ana", "Bo", "Cy"], "Ana", "Cy", 1),
                led(&["Ana", "Bo", "Cy"], "Bo", "Cy", 2),
            ],
        );
        let mut a = answers(&["Ana", "Bo", "Cy", "Dee"]);
        a.draw.repeat_consent = vec!["Bo".into()];
        a.draw.declined_facilitator = vec!["Cy".into(), "Dee".into()];
        let r = run_with(&a, &history, settings()).unwrap();
        let steps: Vec<_> = r
            .draw
            .steps
            .iter()
            .filter(|s| s.role == Role::Facilitator)
            .collect();
        assert_eq!(steps[0].pool, ["Cy", "Dee"]);
        assert_eq!(steps.len(), 3, "{steps:?}");
        assert_eq!(steps[2].pool, ["Ana", "Bo"], "the next tier, as a new step");
        assert!(steps[2].accepted);
        assert!(["Ana", "Bo"].contains(&r.facilitator.as_str()));
        assert!(verify(&r, &history, settings(), &|_| false).is_empty());
    }

    #[test]
    fn a_back_dated_council_counts_the_council_before_it_as_previous() {
        // Bo led on 2026-11-01, Ana on 2026-11-20.
        let history = History::new(
            None,
            vec![
                led(&["Ana", "Bo", "Cy"], "Bo", "Cy", 1),
                led(&["Ana", "Bo", "Cy"], "Ana", "Cy", 20),
            ],
        );
        // Recorded later, held on 2026-11-10: its previous council is Bo's, not Ana's.
        let mut back = answers(&["Ana", "Bo", "Cy"]);
        back.started = Some(at("2026-11-10T19:00:00-05:00"));
        let r = run_with(&back, &history, uniform()).unwrap();
        let step = &r.draw.steps[0];
        assert!(step.pool.contains(&"Ana".to_string()), "{step:?}");
        assert!(!step.pool.contains(&"Bo".to_string()), "{step:?}");
    }

    #[test]
    fn a_record_that_declares_its_own_rotation_fails_verify() {
        let history = bo_led_last_time();
        let a = answers(&["Ana", "Bo", "Cy"]);
        let forged = run_with(&a, &history, uniform()).unwrap();
        let problems = verify(&forged, &history, settings(), &|_| false);
        let rotation = problems
            .iter()
            .find(|p| p.message.starts_with("rotation:"))
            .expect("the rotation is named");
        assert_eq!(rotation.kind, super::super::verify::Kind::Settings);
        assert_eq!(rotation.field.as_deref(), Some("draw.rotation"));
        assert_eq!(rotation.expected.as_deref(), Some("least-served"));
        assert_eq!(rotation.found.as_deref(), Some("uniform"));
    }

    #[test]
    fn look_alike_names_in_one_council_are_refused() {
        let a = answers(&["Bo", "bo", "Cy"]);
        let p = run_with(&a, &History::default(), settings())
            .unwrap_err()
            .to_string();
        assert!(p.contains("listed twice"), "{p}");
    }

    #[test]
    fn a_lot_that_could_empty_the_spokesperson_pool_is_refused_before_the_numbers() {
        let mut a = answers(&["Ana", "Bo"]);
        a.attendees[1].opt_out = true;
        let p = preflight(&a, &History::default(), Rotation::LeastServed, false)
            .unwrap_err()
            .to_string();
        assert!(p.contains("spokesperson pool is empty"), "{p}");
        let mut a = answers(&["Ana", "Bo"]);
        a.draw.declined_facilitator = vec!["Ana".into()];
        let p = preflight(&a, &History::default(), Rotation::LeastServed, true)
            .unwrap_err()
            .to_string();
        assert!(p.contains("no numbers were called"), "{p}");
        assert!(
            preflight(
                &answers(&["Ana", "Bo"]),
                &History::default(),
                Rotation::LeastServed,
                false
            )
            .is_ok()
        );
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
            let previous = history.previous_before(None).map(|p| p.facilitator.clone());
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

/// A room as it runs: separate opt-outs, late arrivals, facilitators from elsewhere, corrections.
#[cfg(test)]
mod room {
    use super::*;
    use crate::council::answers::{Attendee, Outcome, Task};
    use crate::council::fixtures::{answers, run_with, sequence, settings};

    fn step_pool(r: &Record, role: Role) -> Vec<String> {
        r.draw
            .steps
            .iter()
            .find(|s| s.role == role)
            .unwrap()
            .pool
            .clone()
    }

    #[test]
    fn opting_out_of_one_role_keeps_the_other() {
        let mut a = answers(&["Ana", "Bo", "Chen", "Dara"]);
        a.attendees[0].opt_out_facilitator = true;
        a.attendees[1].opt_out_spokesperson = true;
        let r = run_with(&a, &History::default(), settings()).unwrap();
        let facilitators = step_pool(&r, Role::Facilitator);
        assert!(
            !facilitators.contains(&"Ana".to_string()),
            "{facilitators:?}"
        );
        assert!(facilitators.contains(&"Bo".to_string()), "{facilitators:?}");
        let speakers = step_pool(&r, Role::Spokesperson);
        assert!(!speakers.contains(&"Bo".to_string()), "{speakers:?}");
        assert!(
            speakers.contains(&"Ana".to_string()) || r.facilitator == "Ana",
            "{speakers:?}"
        );
        assert!(r.attendees[0].opt_out_facilitator && !r.attendees[0].opt_out);
    }

    #[test]
    fn a_late_arrival_is_in_no_draw_but_takes_tasks_and_is_delegated() {
        let mut a = answers(&["Ana", "Bo", "Chen", "Eli"]);
        a.attendees[3].late = true;
        a.tasks.push(Task {
            what: "Buy planks".into(),
            who: vec!["Eli".into()],
            ..Task::default()
        });
        a.delegate = Some(crate::council::answers::Delegate {
            name: Some("Eli".into()),
            to: Some("Eastside".into()),
            mandate: Some("Ask".into()),
            recall: None,
        });
        let r = run_with(&a, &History::default(), settings()).unwrap();
        for step in &r.draw.steps {
            assert!(!step.pool.contains(&"Eli".to_string()), "{step:?}");
            assert!(step.left_out.iter().all(|l| l.name != "Eli"), "{step:?}");
        }
        assert!(r.attendees[3].late);
        // A late arrival cannot decline a draw they were never in.
        a.draw.declined_facilitator = vec!["Eli".into()];
        let p = run_with(&a, &History::default(), settings()).unwrap_err();
        assert!(p.to_string().contains("arrived late"), "{p}");
    }

    #[test]
    fn someone_who_facilitated_elsewhere_needs_no_support_in_a_first_council() {
        let mut a = answers(&["Ana", "Bo", "Chen"]);
        for x in &mut a.attendees {
            x.facilitated_elsewhere = true;
        }
        let r = run_with(&a, &History::default(), settings()).unwrap();
        assert_eq!(r.draw.support, None);
        assert!(r.draw.steps.iter().all(|s| s.role != Role::Support));
        // Only the newcomer needs one, drawn among those who facilitated elsewhere.
        let mut a = answers(&["Ana", "Bo", "Chen"]);
        let r0 = run_with(&a, &History::default(), settings()).unwrap();
        for x in &mut a.attendees {
            x.facilitated_elsewhere = x.name != r0.facilitator;
        }
        let r = run_with(&a, &History::default(), settings()).unwrap();
        let support = r
            .draw
            .steps
            .iter()
            .find(|s| s.role == Role::Support)
            .unwrap();
        assert!(!support.pool.contains(&r.facilitator), "{support:?}");
        assert_eq!(support.pool.len(), 2);
    }

    #[test]
    fn a_corrected_name_replays_the_same_draw_and_is_counted_under_the_right_name() {
        let mut earlier = answers(&["Fatima", "Ana", "Bo"]);
        earlier.attendees[0].opt_out = true;
        let history = sequence(vec![earlier], settings());
        assert!(!history.has_facilitated("Fatima"));
        let mut typed = answers(&["Fatma", "Ana", "Bo", "Chen"]);
        typed.draw.support = Some("Ana".into());
        let before = run_with(&typed, &history, settings());
        let mut fixed = typed.clone();
        fixed.attendees[0].drawn_as = Some("Fatma".into());
        fixed.attendees[0].name = "Fatima".into();
        let after = run_with(&fixed, &history, settings());
        let (before, after) = (before.unwrap(), after.unwrap());
        assert_eq!(before.draw.steps, after.draw.steps, "the lot is the same");
        assert_eq!(after.attendees[0].name, "Fatima");
        assert_eq!(after.attendees[0].drawn_as.as_deref(), Some("Fatma"));
        assert!(!after.attendees[0].first_time, "Fatima is known to the log");
        let person = |n: &str| {
            if n == "Fatma" {
                "Fatima".to_string()
            } else {
                n.to_string()
            }
        };
        assert_eq!(after.facilitator, person(&before.facilitator));
        assert_eq!(after.spokesperson, person(&before.spokesperson));
        // The next council counts her turns under the right name.
        let mut later = History::default();
        for c in history.councils() {
            later.push(c.clone());
        }
        later.push(std::sync::Arc::new(after.clone()));
        assert_eq!(
            later.turns_of(Role::Facilitator, "Fatima"),
            usize::from(after.facilitator == "Fatima")
        );
        assert!(!later.has_attended("Fatma"));
        let found = crate::council::verify::verify(&after, &history, settings(), &|_| false);
        assert!(found.is_empty(), "{found:?}");
        let body = crate::minutes::body(&after);
        assert!(
            body.contains("Fatima (written Fatma in the draw, corrected at the review)"),
            "{body}"
        );
    }

    #[test]
    fn a_correction_that_would_change_the_pool_is_refused() {
        // Fatima facilitated last time: as "Fatma" she was in the pool; the correction is refused.
        let first = answers(&["Fatima", "Ana", "Bo"]);
        let mut history = History::default();
        let mut a = first.clone();
        a.attendees[1].opt_out_facilitator = true;
        a.attendees[2].opt_out_facilitator = true;
        a.draw.support = Some("Ana".into());
        a.started = Some(crate::council::fixtures::at("2026-11-01T19:00:00-05:00"));
        let r = run_with(&a, &history, settings()).unwrap();
        assert_eq!(r.facilitator, "Fatima");
        history.push(std::sync::Arc::new(r));
        let mut typed = answers(&["Fatma", "Ana", "Bo"]);
        typed.draw.support = Some("Bo".into());
        typed.attendees[0].drawn_as = Some("Fatma".into());
        typed.attendees[0].name = "Fatima".into();
        let p = run_with(&typed, &history, settings()).unwrap_err();
        assert!(
            p.to_string()
                .contains("would change who could be drawn as facilitator"),
            "{p}"
        );
    }

    #[test]
    fn stand_asides_and_resolved_objections_under_consent() {
        let mut a = answers(&["Ana", "Bo", "Chen"]);
        a.draw.support = Some("Chen".into());
        a.decision.stand_asides = vec!["Bo".into()];
        a.decision.resolved_objections = vec!["Too loud".into()];
        a.decision.amended_from = Some("Fix it Sunday".into());
        let r = run_with(&a, &History::default(), settings());
        let r = r.or_else(|_| {
            a.draw.support = Some("Ana".into());
            run_with(&a, &History::default(), settings())
        });
        let r = r.unwrap();
        assert_eq!(r.decision.outcome, Outcome::Adopted);
        let body = crate::minutes::body(&r);
        assert!(body.contains("Stood aside: Bo."), "{body}");
        assert!(
            body.contains("Objections raised and resolved: Too loud."),
            "{body}"
        );
        assert!(
            body.contains("Proposal: Fix it Saturday\n\nAmended from: Fix it Sunday"),
            "{body}"
        );
        a.decision.blocks = vec!["Chen".into()];
        let p = run_with(&a, &History::default(), settings()).unwrap_err();
        assert!(
            p.to_string()
                .contains("`decision.blocks` belongs to the consensus rule"),
            "{p}"
        );
        let _ = Attendee::default();
    }
}
