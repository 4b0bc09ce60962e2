//! How evenly leadership rotates: turns per person, the Gini coefficient, the longest run.
//!
//! The anti-hierarchy measure is absolute turns: a regular must not become
//! "the usual facilitator", however often they attend.

use super::Record;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Person {
    pub name: String,
    pub attended: usize,
    pub facilitated: usize,
    pub spoke: usize,
    pub supported: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Share {
    pub name: String,
    pub councils: usize,
    /// Of all councils, between 0 and 1.
    pub share: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Run {
    pub name: String,
    pub councils: usize,
}

/// `council stats --json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    pub councils: usize,
    pub people: Vec<Person>,
    /// Gini coefficient of facilitation turns among everyone who attended: 0 is perfectly even.
    pub gini: f64,
    pub largest_share: Option<Share>,
    pub longest_run: Option<Run>,
}

pub fn stats(records: &[&Record]) -> Stats {
    let mut ordered: Vec<&&Record> = records.iter().collect();
    ordered.sort_by(|a, b| a.started.cmp(&b.started).then_with(|| a.id.cmp(&b.id)));
    let mut people: BTreeMap<String, Person> = BTreeMap::new();
    for r in &ordered {
        for a in &r.attendees {
            person(&mut people, &a.name).attended += 1;
        }
        person(&mut people, &r.facilitator).facilitated += 1;
        person(&mut people, &r.spokesperson).spoke += 1;
        if let Some(support) = &r.draw.support {
            person(&mut people, support).supported += 1;
        }
    }
    let mut people: Vec<Person> = people.into_values().collect();
    people.sort_by(|a, b| a.name.as_bytes().cmp(b.name.as_bytes()));
    let turns: Vec<usize> = people
        .iter()
        .filter(|p| p.attended > 0)
        .map(|p| p.facilitated)
        .collect();
    let largest_share = people
        .iter()
        .filter(|p| p.facilitated > 0)
        .max_by(|a, b| {
            a.facilitated
                .cmp(&b.facilitated)
                .then_with(|| b.name.cmp(&a.name))
        })
        .map(|p| Share {
            name: p.name.clone(),
            councils: p.facilitated,
            share: p.facilitated as f64 / ordered.len() as f64,
        });
    let mut longest: Option<Run> = None;
    let mut current: Option<Run> = None;
    for r in &ordered {
        current = match current {
            Some(run) if super::names::same_person(&run.name, &r.facilitator) => Some(Run {
                councils: run.councils + 1,
                ..run
            }),
            _ => Some(Run {
                name: people
                    .iter()
                    .find(|p| super::names::same_person(&p.name, &r.facilitator))
                    .map_or_else(|| r.facilitator.clone(), |p| p.name.clone()),
                councils: 1,
            }),
        };
        if let Some(run) = &current
            && longest.as_ref().is_none_or(|l| run.councils > l.councils)
        {
            longest = Some(run.clone());
        }
    }
    Stats {
        councils: ordered.len(),
        people,
        gini: gini(&turns),
        largest_share,
        longest_run: longest,
    }
}

/// One person however their name was spelled, under the log's first spelling.
fn person<'a>(people: &'a mut BTreeMap<String, Person>, name: &str) -> &'a mut Person {
    people
        .entry(super::names::key(name))
        .or_insert_with(|| Person {
            name: name.to_string(),
            ..Person::default()
        })
}

/// The Gini coefficient: the mean absolute difference over twice the mean; 0 when all are equal.
pub fn gini(values: &[usize]) -> f64 {
    let n = values.len();
    let total: usize = values.iter().sum();
    if n == 0 || total == 0 {
        return 0.0;
    }
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    // With values sorted ascending: G = (2 * sum(i * x_i)) / (n * sum(x)) - (n + 1) / n, i from 1.
    let weighted: usize = sorted.iter().enumerate().map(|(i, x)| (i + 1) * x).sum();
    (2.0 * weighted as f64) / (n as f64 * total as f64) - (n as f64 + 1.0) / n as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::council::fixtures::{answers, sequence, settings};

    #[test]
    fn two_spellings_of_one_person_are_counted_once() {
        let mut a = crate::council::fixtures::answers(&["Ana", "Bo", "Cy"]);
        a.draw.support = Some("Cy".into());
        let first =
            crate::council::fixtures::run_with(&a, &crate::council::History::default(), settings())
                .unwrap();
        let mut second = first.clone();
        second.id = "2026-11-24-again".into();
        second.facilitator = first.facilitator.to_uppercase();
        for att in &mut second.attendees {
            att.name = att.name.to_lowercase();
        }
        let s = stats(&[&first, &second]);
        assert_eq!(s.people.len(), 3, "{:?}", s.people);
        let led = s
            .people
            .iter()
            .find(|p| p.name == first.facilitator)
            .unwrap();
        assert_eq!(led.facilitated, 2);
        assert_eq!(led.attended, 2);
        assert_eq!(s.longest_run.unwrap().councils, 2);
    }

    #[test]
    fn gini_is_zero_when_even_and_grows_with_concentration() {
        assert_eq!(gini(&[]), 0.0);
        assert_eq!(gini(&[0, 0, 0]), 0.0);
        assert_eq!(gini(&[2, 2, 2]), 0.0);
        assert!((gini(&[0, 0, 3]) - 2.0 / 3.0).abs() < 1e-9);
        assert!((gini(&[1, 3]) - 0.25).abs() < 1e-9);
    }

    #[test]
    fn turns_are_counted_per_person() {
        let everyone = ["Ana", "Bo", "Chen"];
        let history = sequence(
            vec![answers(&everyone), answers(&everyone), answers(&everyone)],
            settings(),
        );
        let records = history.records();
        let s = stats(&records);
        assert_eq!(s.councils, 3);
        assert_eq!(s.people.len(), 3);
        for p in &s.people {
            assert_eq!(p.attended, 3);
            assert_eq!(
                p.facilitated, 1,
                "least-served rotates through everyone: {p:?}"
            );
        }
        assert_eq!(s.people.iter().map(|p| p.spoke).sum::<usize>(), 3);
        assert_eq!(s.gini, 0.0);
        assert_eq!(s.longest_run.unwrap().councils, 1);
        let share = s.largest_share.unwrap();
        assert_eq!(share.councils, 1);
        assert!((share.share - 1.0 / 3.0).abs() < 1e-9);
    }
}
