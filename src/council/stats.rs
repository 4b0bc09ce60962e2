//! How evenly leadership rotates: turns per person, the Gini coefficient, the longest run.
//!
//! The anti-hierarchy measure is absolute turns: a regular must not become
//! "the usual facilitator", however often they attend.

use super::Record;
use super::time::Timestamp;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, Mutex};

/// What the stats read of a council: a whole record, or the [`Leadership`] a read command keeps.
pub trait Turns {
    fn id(&self) -> &str;
    fn started(&self) -> Timestamp;
    fn attendees(&self) -> impl Iterator<Item = &str>;
    fn facilitator(&self) -> &str;
    fn spokesperson(&self) -> &str;
    fn support(&self) -> Option<&str>;
    /// The Gini coefficient of talk time on the floor, when the minutes keep the discussion.
    fn talk_gini(&self) -> Option<f64> {
        None
    }
    /// Whether the council wrote cards (its record says `draw.privacy = "cards"`): its
    /// numbers are no one's, whatever the log's mode is now, so it counts no person's turn.
    fn cards(&self) -> bool {
        false
    }
}

impl Turns for Record {
    fn id(&self) -> &str {
        &self.id
    }
    fn started(&self) -> Timestamp {
        self.started
    }
    fn attendees(&self) -> impl Iterator<Item = &str> {
        self.attendees.iter().map(|a| a.name.as_str())
    }
    fn facilitator(&self) -> &str {
        &self.facilitator
    }
    fn spokesperson(&self) -> &str {
        &self.spokesperson
    }
    fn support(&self) -> Option<&str> {
        self.draw.support.as_deref()
    }
    fn cards(&self) -> bool {
        self.draw.privacy == Some(super::settings::Privacy::Cards)
    }
    fn talk_gini(&self) -> Option<f64> {
        self.floor.as_ref().map(|f| f.talk_gini())
    }
}

/// Who came and who led one council, without its draw; names shared through [`Names`].
#[derive(Debug, Clone, PartialEq)]
pub struct Leadership {
    pub id: String,
    pub started: Timestamp,
    pub attendees: Vec<Arc<str>>,
    pub facilitator: Arc<str>,
    pub spokesperson: Arc<str>,
    pub support: Option<Arc<str>>,
    pub talk_gini: Option<f64>,
    pub cards: bool,
}

/// Every spelling met so far, stored once: a log of many councils has few people.
#[derive(Debug, Default)]
pub struct Names(Mutex<HashSet<Arc<str>>>);

/// What `stats` keeps of a council, before its names are shared: cached by blob id.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Led {
    pub id: String,
    pub started: Timestamp,
    pub attendees: Vec<String>,
    pub facilitator: String,
    pub spokesperson: String,
    pub support: Option<String>,
    /// Absent from projections of councils without a discussion kept (and those cached before).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub talk_gini: Option<f64>,
    /// The council wrote cards ([`Turns::cards`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cards: bool,
}

impl From<Record> for Led {
    fn from(r: Record) -> Led {
        Led {
            id: r.id,
            started: r.started,
            attendees: r.attendees.into_iter().map(|a| a.name).collect(),
            facilitator: r.facilitator,
            spokesperson: r.spokesperson,
            support: r.draw.support,
            talk_gini: r.floor.as_ref().map(|f| f.talk_gini()),
            cards: r.draw.privacy == Some(super::settings::Privacy::Cards),
        }
    }
}

impl Leadership {
    /// Keeps who came and who led, each name stored once in `names`.
    pub fn of(r: Led, names: &Names) -> Leadership {
        let mut known = names.0.lock().unwrap_or_else(|e| e.into_inner());
        let mut name = |n: &str| -> Arc<str> {
            if let Some(known) = known.get(n) {
                return Arc::clone(known);
            }
            let new: Arc<str> = Arc::from(n);
            known.insert(Arc::clone(&new));
            new
        };
        Leadership {
            attendees: r.attendees.iter().map(|a| name(a)).collect(),
            facilitator: name(&r.facilitator),
            spokesperson: name(&r.spokesperson),
            support: r.support.as_deref().map(&mut name),
            id: r.id,
            started: r.started,
            talk_gini: r.talk_gini,
            cards: r.cards,
        }
    }
}

impl Turns for Leadership {
    fn id(&self) -> &str {
        &self.id
    }
    fn started(&self) -> Timestamp {
        self.started
    }
    fn attendees(&self) -> impl Iterator<Item = &str> {
        self.attendees.iter().map(|a| &**a)
    }
    fn facilitator(&self) -> &str {
        &self.facilitator
    }
    fn spokesperson(&self) -> &str {
        &self.spokesperson
    }
    fn support(&self) -> Option<&str> {
        self.support.as_deref()
    }
    fn cards(&self) -> bool {
        self.cards
    }
    fn talk_gini(&self) -> Option<f64> {
        self.talk_gini
    }
}

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
    /// Of all councils, between 0 and 1 (four decimals in JSON).
    #[serde(serialize_with = "four_decimals")]
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
    /// Gini coefficient of facilitation turns among everyone who attended: 0 is perfectly even
    /// (four decimals in JSON: `0.8`, not `0.7999999999999998`).
    #[serde(serialize_with = "four_decimals")]
    pub gini: f64,
    pub largest_share: Option<Share>,
    pub longest_run: Option<Run>,
    /// The Gini coefficient of talk time of each council that kept its discussion, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub talk_time: Vec<TalkTime>,
}

/// How evenly one council shared its talk time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TalkTime {
    pub id: String,
    pub started: Timestamp,
    pub gini: f64,
}

/// Writes a ratio with four decimals at most, as a person reads it.
fn four_decimals<S: serde::Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_f64((value * 10_000.0).round() / 10_000.0)
}

pub fn stats<C: Turns>(records: &[&C]) -> Stats {
    let mut ordered: Vec<&C> = records.to_vec();
    ordered.sort_by(|a, b| {
        a.started()
            .cmp(&b.started())
            .then_with(|| a.id().cmp(b.id()))
    });
    let mut people: BTreeMap<String, Person> = BTreeMap::new();
    // A spelling's key is computed once, not once a council.
    let mut keys: HashMap<&str, String> = HashMap::new();
    // A council of cards counts no one (see [`Turns::cards`]).
    let named: Vec<&C> = ordered.iter().copied().filter(|r| !r.cards()).collect();
    for r in &named {
        for a in r.attendees() {
            person(&mut people, &mut keys, a).attended += 1;
        }
        person(&mut people, &mut keys, r.facilitator()).facilitated += 1;
        person(&mut people, &mut keys, r.spokesperson()).spoke += 1;
        if let Some(support) = r.support() {
            person(&mut people, &mut keys, support).supported += 1;
        }
    }
    // Each person's spelling by key: a run names its person without a scan of everyone.
    let spelling: HashMap<String, String> = people
        .iter()
        .map(|(key, p)| (key.clone(), p.name.clone()))
        .collect();
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
            share: p.facilitated as f64 / named.len() as f64,
        });
    let mut longest: Option<Run> = None;
    // The run so far, with its person's key: a spelling's key is its person's.
    let mut current: Option<(String, Run)> = None;
    for r in &ordered {
        if r.cards() {
            // A council of cards breaks a run: no one is known to have led it.
            current = None;
            continue;
        }
        let key = key_of(&mut keys, r.facilitator());
        current = match current {
            Some((k, run)) if k == key => Some((
                k,
                Run {
                    councils: run.councils + 1,
                    ..run
                },
            )),
            _ => Some((
                key.clone(),
                Run {
                    name: spelling
                        .get(&key)
                        .map_or_else(|| r.facilitator().to_string(), String::clone),
                    councils: 1,
                },
            )),
        };
        if let Some((_, run)) = &current
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
        talk_time: ordered
            .iter()
            .filter_map(|r| {
                r.talk_gini().map(|gini| TalkTime {
                    id: r.id().to_string(),
                    started: r.started(),
                    gini,
                })
            })
            .collect(),
    }
}

/// The key of a spelling (`names::key`), computed once per spelling.
fn key_of<'n>(keys: &mut HashMap<&'n str, String>, name: &'n str) -> String {
    keys.entry(name)
        .or_insert_with(|| super::names::key(name))
        .clone()
}

/// One person however their name was spelled, under the log's first spelling.
fn person<'a, 'n>(
    people: &'a mut BTreeMap<String, Person>,
    keys: &mut HashMap<&'n str, String>,
    name: &'n str,
) -> &'a mut Person {
    people.entry(key_of(keys, name)).or_insert_with(|| Person {
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
