//! Re-checking a recorded council: recompute its key, pools and draw from the history it names.

use super::pools::History;
use super::record::Record;
use super::session::{Context, Settings, conclude};
use crate::msg;

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
) -> Vec<String> {
    let mut found = Vec::new();
    if record.draw.rotation != settings.rotation {
        found.push(msg!(
            "err-verify-rotation",
            said = format!("{:?}", record.draw.rotation.as_str()),
            settings = format!("{:?}", settings.rotation.as_str())
        ));
    }
    let privacy = record
        .draw
        .privacy
        .unwrap_or(super::settings::Privacy::Names);
    if privacy != settings.privacy {
        found.push(format!(
            "privacy: the minutes say {:?}, but council.toml in their history says {:?}: a council writes people the way the log's settings say",
            privacy.as_str(),
            settings.privacy.as_str()
        ));
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
            found.push(msg!("err-verify-rule", problems = problems.to_string()));
            return found;
        }
    };
    if again.draw.key != record.draw.key {
        found.push(msg!(
            "err-verify-key",
            said = format!("{:?}", record.draw.key),
            computed = format!("{:?}", again.draw.key)
        ));
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
                let recomputed = |field: &str, said: String, computed: String| {
                    msg!(
                        "err-verify-recomputed",
                        field = field,
                        said = said,
                        computed = computed
                    )
                };
                let mut diffs = Vec::new();
                if said.i != computed.i {
                    diffs.push(recomputed("i", said.i.to_string(), computed.i.to_string()));
                }
                if said.role != computed.role {
                    diffs.push(format!("role = {}", said.role.as_str()));
                }
                if said.pool != computed.pool {
                    diffs.push(recomputed(
                        "pool",
                        format!("{:?}", said.pool),
                        format!("{:?}", computed.pool),
                    ));
                }
                if said.left_out != computed.left_out {
                    diffs.push(msg!("err-verify-left-out"));
                }
                if said.position != computed.position {
                    diffs.push(recomputed(
                        "position",
                        said.position.to_string(),
                        computed.position.to_string(),
                    ));
                }
                if said.selected != computed.selected {
                    diffs.push(recomputed(
                        "selected",
                        format!("{:?}", said.selected),
                        format!("{:?}", computed.selected),
                    ));
                }
                if said.accepted != computed.accepted {
                    diffs.push(recomputed(
                        "accepted",
                        said.accepted.to_string(),
                        computed.accepted.to_string(),
                    ));
                }
                found.push(format!("{label}: {}", diffs.join("; ")));
            }
            (Some(said), None) => found.push(msg!(
                "err-verify-step-extra",
                step = msg!(
                    "err-verify-step",
                    i = said.i.to_string(),
                    role = said.role.as_str()
                )
            )),
            (None, Some(computed)) => found.push(msg!(
                "err-verify-step-missing",
                step = msg!(
                    "err-verify-step",
                    i = computed.i.to_string(),
                    role = computed.role.as_str()
                ),
                selected = format!("{:?}", computed.selected)
            )),
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
            found.push(msg!(
                "err-verify-field",
                field = field,
                said = format!("{said:?}"),
                computed = format!("{computed:?}")
            ));
        }
    }
    if found.is_empty() && again != *record {
        found.push(msg!("err-verify-data"));
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
            Vec::<String>::new()
        );
        // Any other id is still caught.
        record.id = format!("{}-bench", &record.id[..10]);
        assert!(!verify(&record, &history, settings(), &|_| false).is_empty());
    }
}
