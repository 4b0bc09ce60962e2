//! How evenly the lot spreads the roles: uniform draw against least-served, by the tool's own code.
//!
//! Both rotations see the same neighborhood: the same people come to each
//! council and opt out alike (the answers are seeded per council); who
//! declines depends on who is drawn. Each council is concluded with
//! `session::conclude`, so pools, tiers, declines and the "led last time"
//! rule are the tool's, not a model of them.

use super::generate::{Neighborhood, Spec};
use flash_council::council::History;
use flash_council::council::record::{Record, Rotation};
use flash_council::council::stats::gini;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Who held a role in a council.
type RoleOf = fn(&Record) -> &str;

/// The spread of one role's turns.
pub struct Spread {
    pub gini: f64,
    pub largest_share: f64,
    pub max_minus_min: usize,
    pub repeats: usize,
    pub repeats_without_consent: usize,
}

pub fn simulate(spec: &Spec) -> Vec<Record> {
    let mut people = Neighborhood::new(spec.clone());
    let mut history = History::new(Some(format!("{:040x}", 0)), Vec::new());
    for n in 0..spec.councils {
        let record = people.conclude(n, &history);
        history.push(Arc::new(record));
        // Any commit id will do: nothing is written.
        history.commit = Some(format!("{:040x}", n + 1));
    }
    history.councils().iter().map(|r| (**r).clone()).collect()
}

/// Turns among everyone who attended at least once, and back-to-back repeats.
pub fn spread(records: &[Record], role: RoleOf) -> Spread {
    let mut turns: BTreeMap<&str, usize> = BTreeMap::new();
    for r in records {
        for a in &r.attendees {
            turns.entry(&a.name).or_insert(0);
        }
    }
    for r in records {
        *turns.entry(role(r)).or_insert(0) += 1;
    }
    let values: Vec<usize> = turns.values().copied().collect();
    let max = values.iter().copied().max().unwrap_or(0);
    let min = values.iter().copied().min().unwrap_or(0);
    let mut repeats = 0;
    let mut without_consent = 0;
    for pair in records.windows(2) {
        if role(&pair[0]) == role(&pair[1]) {
            repeats += 1;
            if !pair[1]
                .draw
                .repeat_consent
                .iter()
                .any(|c| c == role(&pair[1]))
            {
                without_consent += 1;
            }
        }
    }
    Spread {
        gini: gini(&values),
        largest_share: max as f64 / records.len().max(1) as f64,
        max_minus_min: max - min,
        repeats,
        repeats_without_consent: without_consent,
    }
}

/// Runs both rotations and prints the table; returns it as Markdown rows too.
pub fn report(
    councils: usize,
    neighbors: usize,
    seed: u64,
    now: flash_council::council::time::Timestamp,
) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "Fairness: {councils} councils, {neighbors} neighbors (attendance 0.2 to 0.9), seed {seed}\n\n"
    ));
    out.push_str("| rotation | role | Gini | largest share | max-min turns | back-to-back repeats (without consent) |\n");
    out.push_str("| --- | --- | --- | --- | --- | --- |\n");
    for rotation in [Rotation::Uniform, Rotation::LeastServed] {
        let records = simulate(&Spec {
            councils,
            neighbors,
            seed,
            now,
            rotation,
        });
        let roles: [(&str, RoleOf); 2] = [
            ("facilitator", |r| &r.facilitator),
            ("spokesperson", |r| &r.spokesperson),
        ];
        for (name, role) in roles {
            let s = spread(&records, role);
            out.push_str(&format!(
                "| {} | {name} | {:.3} | {:.1}% | {} | {} ({}) |\n",
                rotation.as_str(),
                s.gini,
                s.largest_share * 100.0,
                s.max_minus_min,
                s.repeats,
                s.repeats_without_consent
            ));
        }
    }
    out
}
