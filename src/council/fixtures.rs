//! Test fixtures: answers and histories built in a line.

use super::Rule;
use super::answers::{Answers, Attendee, Decision, DrawAnswers, Outcome};
use super::pools::History;
use super::record::{Record, Rotation};
use super::session::{Context, Problems, Settings, conclude};
use super::time::Timestamp;

pub fn at(text: &str) -> Timestamp {
    Timestamp::parse(text).unwrap()
}

pub fn settings() -> Settings {
    Settings {
        duration_minutes: 45,
        rotation: Rotation::LeastServed,
        decision_rule: Rule::Consent,
        privacy: crate::council::settings::Privacy::Names,
    }
}

/// A valid council of `names`, adopted by consent, on 2026-11-23 at 19:00.
pub fn answers(names: &[&str]) -> Answers {
    Answers {
        issue: "The bench is broken".into(),
        started: Some(at("2026-11-23T19:00:00-05:00")),
        attendees: names
            .iter()
            .map(|n| Attendee {
                name: n.to_string(),
                ..Attendee::default()
            })
            .collect(),
        draw: DrawAnswers {
            sources: Some(vec!["3 5 1 6".into(), "42".into()]),
            support: None,
            ..DrawAnswers::default()
        },
        decision: Decision {
            proposal: Some("Fix it Saturday".into()),
            outcome: Outcome::Adopted,
            statement: Some("We fix it Saturday".into()),
            ..Decision::default()
        },
        ..Answers::default()
    }
}

/// Concludes with the given history, naming a support automatically when one is needed.
pub fn run_with(
    answers: &Answers,
    history: &History,
    settings: Settings,
) -> Result<Record, Problems> {
    let ctx = Context {
        settings,
        history,
        now: at("2026-11-23T19:40:00-05:00"),
        ended: None,
        rolled: false,
        tool: "flash-council test".into(),
        language: None,
        retired: &|_| false,
    };
    conclude(answers, &ctx)
}

/// Runs councils one after another, each seeing the ones before, with supports filled in.
pub fn sequence(councils: Vec<Answers>, settings: Settings) -> History {
    let mut history = History::default();
    for (n, mut a) in councils.into_iter().enumerate() {
        a.started = Some(at(&format!("2026-11-{:02}T19:00:00-05:00", n + 1)));
        let record = run_supported(&mut a, &history, settings);
        history.push(std::sync::Arc::new(record));
        history.commit = Some(format!("{n:040}"));
    }
    history
}

/// Concludes, naming as support the first attendee that makes the council valid.
///
/// A newcomer drawn as facilitator needs a support who is not the facilitator,
/// and who that is depends on the draw.
pub fn run_supported(a: &mut Answers, history: &History, settings: Settings) -> Record {
    let names: Vec<String> = a.attendees.iter().map(|x| x.name.clone()).collect();
    for support in &names {
        a.draw.support = Some(support.clone());
        if let Ok(record) = run_with(a, history, settings) {
            return record;
        }
    }
    a.draw.support = None;
    panic!(
        "no support makes this council valid: {:?}",
        run_with(a, history, settings)
    )
}
