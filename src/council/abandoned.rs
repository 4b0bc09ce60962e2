//! The public trace of a council abandoned after its numbers were called out.
//!
//! Re-rolling a lot until it suits someone must show in the log: the pool,
//! the numbers and the draw so far are written to `abandoned/`.

use super::answers::{Answers, Attendee, is_false};
use super::pools::History;
use super::record::{LeftOut, Role, Rotation, Step};
use super::session;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

/// The data block of an `abandoned/` file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Abandoned {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history: Option<String>,
    pub issue: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    pub started: Timestamp,
    pub abandoned: Timestamp,
    pub tool: String,
    /// The language the body was written in; absent for English (every file before languages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<crate::i18n::Lang>,
    pub attendees: Vec<Attendee>,
    pub draw: DrawSoFar,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DrawSoFar {
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub rolled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    pub rotation: Rotation,
    /// The facilitator pool as it was fixed and shown before the numbers were called.
    pub pool: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub left_out: Vec<LeftOut>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub repeat_consent: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
    /// The selection number of a person drawn but not yet asked when the council was abandoned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unanswered: Option<u16>,
    /// Why the draw could not go on, when it could not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
}

/// How far the lot went before the council was abandoned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reached {
    /// The last role drawn for, if the draw began.
    pub role: Option<Role>,
    /// Whether the last person drawn had not answered yet.
    pub pending: bool,
}

/// Builds the trace from the answers so far; `taken` tells ids already used in the log.
pub fn trace(
    answers: &Answers,
    history: &History,
    rotation: Rotation,
    reached: Reached,
    now: Timestamp,
    tool: String,
    taken: impl Fn(&str) -> bool,
) -> Abandoned {
    let started = answers.started.unwrap_or(now);
    let pool = session::pool(answers, history, rotation, Role::Facilitator, None);
    let sources = answers.draw.sources.clone().unwrap_or_default();
    let mut draw = DrawSoFar {
        key: super::rfc3797::key(&sources).ok(),
        sources,
        rolled: false,
        rotation,
        pool: pool.members,
        left_out: pool.left_out,
        repeat_consent: answers.draw.repeat_consent.clone(),
        steps: Vec::new(),
        unanswered: None,
        problem: None,
    };
    if let Some(role) = reached.role {
        // The reason is part of the public record, which is language-neutral: never the terminal's.
        match crate::error::in_english(|| session::draw(answers, history, rotation, role)) {
            Ok(drawn) => {
                draw.steps = drawn.steps;
                if reached.pending
                    && let Some(last) = draw.steps.last_mut()
                {
                    last.accepted = false;
                    draw.unanswered = Some(last.i);
                }
            }
            Err(problem) => draw.problem = Some(problem.to_string()),
        }
    }
    Abandoned {
        id: super::ids::council_id(started.date().0, &answers.issue, taken),
        history: history.commit.clone(),
        issue: answers.issue.clone(),
        place: answers.place.clone(),
        started,
        abandoned: now,
        tool,
        language: None,
        attendees: answers.attendees.clone(),
        draw,
    }
}

impl Abandoned {
    pub fn path(&self) -> String {
        format!("abandoned/{}/{}.md", super::ids::year_of(&self.id), self.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::council::fixtures::{answers, at};
    use crate::i18n::Lang;

    /// The reason an abandoned trace gives is part of the public record: never the terminal's language.
    #[test]
    fn the_reason_a_trace_records_is_english_whatever_the_terminal_speaks() {
        let lone = answers(&["Ana"]);
        let reached = Reached {
            role: Some(Role::Spokesperson),
            pending: false,
        };
        let trace = |lang| {
            crate::error::in_lang(lang, || {
                trace(
                    &lone,
                    &History::default(),
                    Rotation::LeastServed,
                    reached,
                    at("2026-11-23T19:10:00-05:00"),
                    "flash-council test".into(),
                    |_| false,
                )
            })
        };
        let english = trace(Lang::En).draw.problem.expect("the draw cannot go on");
        assert!(
            english.starts_with("the spokesperson pool is empty"),
            "{english}"
        );
        for lang in [Lang::Fr, Lang::Es] {
            assert_eq!(trace(lang).draw.problem.as_deref(), Some(english.as_str()));
        }
        // The same problem on the terminal is in the terminal's language.
        let said = crate::error::in_lang(Lang::Fr, || {
            session::draw(
                &lone,
                &History::default(),
                Rotation::LeastServed,
                Role::Spokesperson,
            )
            .map(|_| ())
            .unwrap_err()
            .to_string()
        });
        assert!(
            said.starts_with("la liste du tirage du ou de la porte-parole est vide"),
            "{said}"
        );
    }
}
