//! Re-checking a recorded council: recompute its key, pools and draw from the history it names.

use super::pools::History;
use super::record::Record;
use super::session::{Context, Settings, conclude};
use crate::msg;
use std::fmt;

/// What a re-check looked at when it found a problem: `kind` in `council verify --json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The file cannot be read as what its folder holds.
    Parse,
    /// The file is not where its id puts it, or is no record of the log.
    File,
    /// The history the council names is not the log as it was.
    History,
    /// The settings the council was drawn under.
    Settings,
    /// A file of the public record changed, removed or re-added.
    AppendOnly,
    /// A person written otherwise than the log's privacy mode writes people.
    Privacy,
    /// The answers break a rule of the council.
    Rules,
    /// The key built from the sources.
    Key,
    /// A step of the draw.
    Draw,
    /// Another field of the record.
    Record,
    /// The text is not the one its record renders to.
    Body,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Parse => "parse",
            Kind::File => "file",
            Kind::History => "history",
            Kind::Settings => "settings",
            Kind::AppendOnly => "append-only",
            Kind::Privacy => "privacy",
            Kind::Rules => "rules",
            Kind::Key => "key",
            Kind::Draw => "draw",
            Kind::Record => "record",
            Kind::Body => "body",
        }
    }
}

/// One way a file disagrees with its recomputation or with the log's history: what was
/// checked, where (a step of the draw, a record field), what the re-check expected and what
/// the file says, and the problem in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub kind: Kind,
    pub step: Option<u16>,
    pub field: Option<String>,
    pub expected: Option<String>,
    pub found: Option<String>,
    pub message: String,
}

impl Problem {
    pub fn new(kind: Kind, message: impl Into<String>) -> Problem {
        Problem {
            kind,
            step: None,
            field: None,
            expected: None,
            found: None,
            message: message.into(),
        }
    }

    /// The record field it is in, what the re-check computed, and what the file says.
    pub fn at(mut self, field: impl Into<String>, expected: String, found: String) -> Problem {
        self.field = Some(field.into());
        self.expected = Some(expected);
        self.found = Some(found);
        self
    }

    /// The step of the draw it is in (counted from 0, as the record counts).
    pub fn in_step(mut self, i: u16) -> Problem {
        self.step = Some(i);
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Recomputes a record from its own answers, `history` and the council's settings there;
/// says every way the two disagree.
///
/// `history` must be the log at the commit the record names in `history`, and
/// `settings` the `council.toml` of that commit: a record never declares its
/// own rules. `retired` tells ids the log held before this council and no longer does.
pub fn verify(
    record: &Record,
    history: &History,
    settings: Settings,
    retired: &dyn Fn(&str) -> bool,
) -> Vec<Problem> {
    let mut found = Vec::new();
    if record.draw.rotation != settings.rotation {
        let (said, wanted) = (record.draw.rotation.as_str(), settings.rotation.as_str());
        found.push(
            Problem::new(
                Kind::Settings,
                msg!(
                    "err-verify-rotation",
                    said = format!("{said:?}"),
                    settings = format!("{wanted:?}")
                ),
            )
            .at("draw.rotation", wanted.to_string(), said.to_string()),
        );
    }
    let privacy = record
        .draw
        .privacy
        .unwrap_or(super::settings::Privacy::Names);
    if privacy != settings.privacy {
        found.push(
            Problem::new(
                Kind::Settings,
                msg!(
                    "err-verify-privacy",
                    said = format!("{:?}", privacy.as_str()),
                    settings = format!("{:?}", settings.privacy.as_str())
                ),
            )
            .at(
                "draw.privacy",
                settings.privacy.as_str().to_string(),
                privacy.as_str().to_string(),
            ),
        );
    }
    let ctx = Context {
        settings,
        history,
        now: record.ended,
        ended: Some(record.ended),
        rolled: record.draw.rolled,
        tool: record.tool.clone(),
        language: record.language,
        retired,
    };
    let mut again = match conclude(&record.to_answers(), &ctx) {
        Ok(again) => again,
        Err(problems) => {
            found.push(Problem::new(
                Kind::Rules,
                msg!("err-verify-rule", problems = problems.to_string()),
            ));
            return found;
        }
    };
    if again.draw.key != record.draw.key {
        found.push(
            Problem::new(
                Kind::Key,
                msg!(
                    "err-verify-key",
                    said = format!("{:?}", record.draw.key),
                    computed = format!("{:?}", again.draw.key)
                ),
            )
            .at("draw.key", again.draw.key.clone(), record.draw.key.clone()),
        );
    }
    let steps = record.draw.steps.len().max(again.draw.steps.len());
    for n in 0..steps {
        match (record.draw.steps.get(n), again.draw.steps.get(n)) {
            (Some(said), Some(computed)) if said != computed => {
                let label = msg!(
                    "err-verify-step",
                    i = computed.i.to_string(),
                    role = computed.role.as_str()
                );
                // One problem per field that differs, each naming it, as a script reads it.
                let mut differ =
                    |field: &str, message: String, expected: String, found_: String| {
                        found.push(
                            Problem::new(Kind::Draw, format!("{label}: {message}"))
                                .in_step(computed.i)
                                .at(format!("draw.steps[{n}].{field}"), expected, found_),
                        );
                    };
                let recomputed = |field: &str, said: &str, computed: &str| {
                    msg!(
                        "err-verify-recomputed",
                        field = field,
                        said = said,
                        computed = computed
                    )
                };
                // `said` and `computed` as a script reads them; the message quotes names.
                let mut pair = |field: &str, said: String, computed: String, quoted: bool| {
                    let message = if quoted {
                        recomputed(field, &format!("{said:?}"), &format!("{computed:?}"))
                    } else {
                        recomputed(field, &said, &computed)
                    };
                    differ(field, message, computed, said);
                };
                if said.i != computed.i {
                    pair("i", said.i.to_string(), computed.i.to_string(), false);
                }
                if said.role != computed.role {
                    pair(
                        "role",
                        said.role.as_str().to_string(),
                        computed.role.as_str().to_string(),
                        false,
                    );
                }
                if said.pool != computed.pool {
                    pair(
                        "pool",
                        format!("{:?}", said.pool),
                        format!("{:?}", computed.pool),
                        false,
                    );
                }
                if said.position != computed.position {
                    pair(
                        "position",
                        said.position.to_string(),
                        computed.position.to_string(),
                        false,
                    );
                }
                if said.selected != computed.selected {
                    pair(
                        "selected",
                        said.selected.clone(),
                        computed.selected.clone(),
                        true,
                    );
                }
                if said.accepted != computed.accepted {
                    pair(
                        "accepted",
                        said.accepted.to_string(),
                        computed.accepted.to_string(),
                        false,
                    );
                }
                if said.left_out != computed.left_out {
                    let show = |l: &[super::record::LeftOut]| {
                        l.iter()
                            .map(|l| format!("{}: {}", l.name, l.why))
                            .collect::<Vec<_>>()
                            .join("; ")
                    };
                    differ(
                        "left_out",
                        msg!("err-verify-left-out"),
                        show(&computed.left_out),
                        show(&said.left_out),
                    );
                }
            }
            (Some(said), None) => found.push(
                Problem::new(
                    Kind::Draw,
                    msg!(
                        "err-verify-step-extra",
                        step = msg!(
                            "err-verify-step",
                            i = said.i.to_string(),
                            role = said.role.as_str()
                        )
                    ),
                )
                .in_step(said.i)
                .at(
                    format!("draw.steps[{n}]"),
                    String::new(),
                    said.selected.clone(),
                ),
            ),
            (None, Some(computed)) => found.push(
                Problem::new(
                    Kind::Draw,
                    msg!(
                        "err-verify-step-missing",
                        step = msg!(
                            "err-verify-step",
                            i = computed.i.to_string(),
                            role = computed.role.as_str()
                        ),
                        selected = format!("{:?}", computed.selected)
                    ),
                )
                .in_step(computed.i)
                .at(
                    format!("draw.steps[{n}]"),
                    computed.selected.clone(),
                    String::new(),
                ),
            ),
            _ => {}
        }
    }
    if record.id != again.id {
        // Recorded before titles were transliterated: its id dropped other scripts' letters.
        let legacy =
            super::ids::legacy_council_id(record.started.0.date_naive(), &record.issue, |id| {
                history.find(id).is_some() || retired(id)
            });
        if record.id == legacy {
            for (n, task) in again.tasks.iter_mut().enumerate() {
                task.id = format!("{legacy}#{}", n + 1);
            }
            again.id = legacy;
        }
    }
    for (field, said, computed) in [
        ("facilitator", &record.facilitator, &again.facilitator),
        ("spokesperson", &record.spokesperson, &again.spokesperson),
        ("id", &record.id, &again.id),
    ] {
        if said != computed {
            found.push(
                Problem::new(
                    Kind::Record,
                    msg!(
                        "err-verify-field",
                        field = field,
                        said = format!("{said:?}"),
                        computed = format!("{computed:?}")
                    ),
                )
                .at(field, computed.clone(), said.clone()),
            );
        }
    }
    if found.is_empty() && again != *record {
        found.push(Problem::new(Kind::Record, msg!("err-verify-data")));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::council::answers::Task;
    use crate::council::fixtures::{answers, run_supported, settings};

    #[test]
    fn a_council_recorded_before_transliteration_keeps_verifying() {
        let mut a = answers(&["Ana", "Bo", "Chen", "Dara"]);
        a.issue = "Скамейка сломана".into();
        a.tasks.push(Task {
            what: "Planks".into(),
            who: vec!["Bo".into()],
            due: None,
            jar: None,
        });
        let history = History::default();
        let mut record = run_supported(&mut a, &history, settings());
        assert!(record.id.ends_with("-skameika-slomana"), "{}", record.id);
        assert!(verify(&record, &history, settings(), &|_| false).is_empty());
        // What the tool wrote for this title before: the letters dropped.
        let legacy = format!("{}-council", &record.id[..10]);
        record.id = legacy.clone();
        record.tasks[0].id = format!("{legacy}#1");
        assert_eq!(
            verify(&record, &history, settings(), &|_| false),
            Vec::<Problem>::new()
        );
        // Any other id is still caught.
        record.id = format!("{}-bench", &record.id[..10]);
        assert!(!verify(&record, &history, settings(), &|_| false).is_empty());
    }
}
