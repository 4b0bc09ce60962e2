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
    let again = match conclude(&record.to_answers(), &ctx) {
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
