//! Re-checking a recorded council: recompute its key, pools and draw from the history it names.

use super::pools::History;
use super::record::Record;
use super::session::{Context, Settings, conclude};

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
        found.push(format!(
            "rotation: the minutes say {:?}, but council.toml in their history says {:?}: a council is drawn by the log's settings",
            record.draw.rotation.as_str(),
            settings.rotation.as_str()
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
            found.push(format!("the recorded answers break a rule: {problems}"));
            return found;
        }
    };
    if again.draw.key != record.draw.key {
        found.push(format!(
            "key: the minutes say {:?}, the sources give {:?}",
            record.draw.key, again.draw.key
        ));
    }
    let steps = record.draw.steps.len().max(again.draw.steps.len());
    for n in 0..steps {
        match (record.draw.steps.get(n), again.draw.steps.get(n)) {
            (Some(said), Some(computed)) if said != computed => {
                let label = format!("step {} ({})", computed.i, computed.role.as_str());
                let mut diffs = Vec::new();
                if said.i != computed.i {
                    diffs.push(format!("i = {} (recomputed {})", said.i, computed.i));
                }
                if said.role != computed.role {
                    diffs.push(format!("role = {}", said.role.as_str()));
                }
                if said.pool != computed.pool {
                    diffs.push(format!(
                        "pool = {:?} (recomputed {:?})",
                        said.pool, computed.pool
                    ));
                }
                if said.left_out != computed.left_out {
                    diffs.push("left_out differs from the recomputed pool rules".to_string());
                }
                if said.position != computed.position {
                    diffs.push(format!(
                        "position = {} (recomputed {})",
                        said.position, computed.position
                    ));
                }
                if said.selected != computed.selected {
                    diffs.push(format!(
                        "selected = {:?} (recomputed {:?})",
                        said.selected, computed.selected
                    ));
                }
                if said.accepted != computed.accepted {
                    diffs.push(format!(
                        "accepted = {} (recomputed {})",
                        said.accepted, computed.accepted
                    ));
                }
                found.push(format!("{label}: {}", diffs.join("; ")));
            }
            (Some(said), None) => found.push(format!(
                "step {} ({}): recorded, but the recomputed draw ends before it",
                said.i,
                said.role.as_str()
            )),
            (None, Some(computed)) => found.push(format!(
                "step {} ({}): missing from the minutes; the recomputed draw selects {:?}",
                computed.i,
                computed.role.as_str(),
                computed.selected
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
            found.push(format!(
                "{field}: the minutes say {said:?}, recomputing gives {computed:?}"
            ));
        }
    }
    if found.is_empty() && again != *record {
        found.push(
            "the data block differs from its recomputation (task ids or resolved defaults)"
                .to_string(),
        );
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
