//! Property tests: every parser of text a person or a file can hand the tool
//! returns a value or an error, and never panics, on any input.
//!
//! Two kinds of input: arbitrary strings, and valid files mutated at random
//! (bytes replaced, cut, duplicated), which reach far deeper into the parsers
//! than random text does. The coverage-guided fuzz targets in `fuzz/` go
//! further still; crashes they find are pinned here.

use crate::convene::journal;
use crate::council::History;
use crate::council::abandoned::{self, Reached};
use crate::council::amount::Amount;
use crate::council::correction::Correction;
use crate::council::fixtures::{answers, at, run_supported, settings};
use crate::council::record::Rotation;
use crate::council::report::Report;
use crate::council::settings::CouncilToml;
use crate::council::time::{Date, Timestamp};
use crate::council::{ids, names, rfc3797};
use crate::input;
use crate::minutes;
use proptest::prelude::*;
use std::sync::OnceLock;

/// Valid texts of every kind the parsers read, to be mutated.
fn seeds() -> &'static [String] {
    static SEEDS: OnceLock<Vec<String>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let mut a = answers(&["Ana", "Bo", "Chen"]);
        let record = run_supported(&mut a, &History::default(), settings());
        let report = Report {
            task: format!("{}#1", record.id),
            status: crate::council::answers::TaskStatus::Done,
            note: Some("Fixed".into()),
            collected: Some(Amount(4000)),
            spent: Some(Amount(1250)),
            filed: at("2026-11-30T12:00:00-05:00"),
            tool: "test".into(),
            language: None,
        };
        let correction = Correction {
            council: record.id.clone(),
            note: "Bo, not Bob".into(),
            filed: at("2026-11-30T12:00:00-05:00"),
            tool: "test".into(),
            language: None,
        };
        let trace = abandoned::trace(
            &a,
            &History::default(),
            Rotation::LeastServed,
            Reached {
                role: Some(crate::council::record::Role::Facilitator),
                pending: true,
            },
            at("2026-11-23T19:20:00-05:00"),
            "test".into(),
            |_| false,
        );
        let example = include_str!("../examples/the-bench-is-broken.toml");
        vec![
            example.to_string(),
            include_str!("../examples/the-streetlight-vote.toml").to_string(),
            minutes::render(&record),
            minutes::render_in(&record, minutes::Format::FrontMatter),
            toml::to_string(&record).unwrap(),
            minutes::render_report(&report),
            minutes::render_correction(&correction),
            minutes::render_abandoned(&trace),
            format!("{example}\n[convene]\nnext = \"decision\"\nreported = [\"x#1\"]\n"),
            include_str!("../councils/default.toml").to_string(),
            include_str!("../councils/assembly.toml").to_string(),
        ]
    })
}

/// One change to a text: its bytes replaced, removed or repeated somewhere.
#[derive(Debug, Clone)]
enum Edit {
    Replace(usize, Vec<u8>),
    Remove(usize, usize),
    Repeat(usize, usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let bytes = prop_oneof![
        proptest::collection::vec(any::<u8>(), 1..4),
        proptest::sample::select(vec![
            b"\"".to_vec(),
            b"\n".to_vec(),
            b"'''".to_vec(),
            b"\"\"\"".to_vec(),
            b"[".to_vec(),
            b"]".to_vec(),
            b"[[".to_vec(),
            b"#".to_vec(),
            b"=".to_vec(),
            b"```".to_vec(),
            b"+++\n".to_vec(),
            b"## Record\n".to_vec(),
            "é".as_bytes().to_vec(),
            b"0000".to_vec(),
            b"99999999999999999999".to_vec(),
            b"-1".to_vec(),
            b"1e308".to_vec(),
            b"nan".to_vec(),
            b"{}".to_vec(),
        ]),
    ];
    prop_oneof![
        (any::<usize>(), bytes).prop_map(|(at, b)| Edit::Replace(at, b)),
        (any::<usize>(), 1usize..64).prop_map(|(at, n)| Edit::Remove(at, n)),
        (any::<usize>(), 1usize..64, 1usize..4).prop_map(|(at, n, k)| Edit::Repeat(at, n, k)),
    ]
}

/// A valid text with a few random edits, made valid UTF-8 again.
fn mutated() -> impl Strategy<Value = String> {
    (
        proptest::sample::select((0..seeds().len()).collect::<Vec<_>>()),
        proptest::collection::vec(edit(), 1..5),
    )
        .prop_map(|(seed, edits)| {
            let mut bytes = seeds()[seed].clone().into_bytes();
            for e in edits {
                let len = bytes.len().max(1);
                match e {
                    Edit::Replace(at, b) => {
                        let at = at % len;
                        let end = (at + b.len()).min(bytes.len());
                        bytes.splice(at.min(bytes.len())..end, b);
                    }
                    Edit::Remove(at, n) => {
                        let at = (at % len).min(bytes.len());
                        let end = (at + n).min(bytes.len());
                        bytes.drain(at..end);
                    }
                    Edit::Repeat(at, n, k) => {
                        let at = (at % len).min(bytes.len());
                        let end = (at + n).min(bytes.len());
                        let piece = bytes[at..end].repeat(k);
                        bytes.splice(at..at, piece);
                    }
                }
            }
            String::from_utf8_lossy(&bytes).into_owned()
        })
}

/// Text from arbitrary strings and from mutated valid files, half and half.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), mutated()]
}

/// Runs every parser that reads a whole file.
fn parse_everything(text: &str) {
    let _ = input::parse(text);
    let _ = minutes::parse(text);
    let _ = minutes::parse_data(text);
    let _ = minutes::parse_report(text);
    let _ = minutes::parse_abandoned(text);
    let _ = minutes::parse_correction(text);
    let _ = minutes::split_record(text);
    let _ = minutes::split(text);
    let _ = journal::parse(text);
    if let Ok(config) = toml::from_str::<CouncilToml>(text) {
        let _ = config.check();
    }
}

/// Runs every parser of one short value.
fn parse_value(text: &str) {
    let _ = ids::split_task_id(text);
    let _ = ids::is_council_id(text);
    let _ = ids::year_of(text);
    let _ = ids::slug(text);
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let id = ids::council_id(day, text, |_| false);
    assert!(ids::is_council_id(&id), "{id:?} from {text:?}");
    let _ = ids::closest(text, &["2026-11-23-the-bench-is-broken", text], 3);
    let _ = rfc3797::key(&[text]);
    let _ = rfc3797::canonical_numbers(text);
    let _ = Timestamp::parse(text);
    let _ = Date::parse(text);
    let _ = text.parse::<Amount>();
    let _ = names::check(text);
    let _ = names::key(text);
    let _ = names::shapes(text);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn no_file_parser_panics(text in text()) {
        parse_everything(&text);
    }

    #[test]
    fn no_value_parser_panics(text in any::<String>()) {
        parse_value(&text);
    }

    #[test]
    fn no_value_parser_panics_near_valid_values(
        text in proptest::sample::select(vec![
            "2026-11-16-fix-the-streetlight#1",
            "2026-11-23T19:00:00-05:00",
            "2026-11-28",
            "12.50",
            "3 5 1 6",
        ]).prop_flat_map(|seed| {
            proptest::collection::vec((any::<prop::sample::Index>(), any::<char>()), 0..4)
                .prop_map(move |edits| {
                    let mut chars: Vec<char> = seed.chars().collect();
                    for (at, c) in edits {
                        let i = at.index(chars.len());
                        chars[i] = c;
                    }
                    chars.into_iter().collect::<String>()
                })
        })
    ) {
        parse_value(&text);
    }

    #[test]
    fn amounts_read_exactly_or_not_at_all(cents in 0u64..=crate::council::limits::MAX_AMOUNT.0) {
        let amount = Amount(cents);
        prop_assert_eq!(amount.to_string().parse::<Amount>(), Ok(amount));
        #[derive(serde::Serialize, serde::Deserialize)]
        struct Holder {
            a: Amount,
        }
        let text = toml::to_string(&Holder { a: amount }).unwrap();
        prop_assert_eq!(toml::from_str::<Holder>(&text).unwrap().a, amount);
    }
}

#[test]
fn every_seed_is_valid_before_it_is_mutated() {
    let seeds = seeds();
    assert!(input::parse(&seeds[0]).is_ok());
    assert!(minutes::parse(&seeds[2]).is_ok());
    assert!(minutes::parse(&seeds[3]).is_ok());
    assert!(minutes::parse_data(&seeds[4]).is_ok());
    assert!(minutes::parse_report(&seeds[5]).is_ok());
    assert!(minutes::parse_correction(&seeds[6]).is_ok());
    assert!(minutes::parse_abandoned(&seeds[7]).is_ok());
    assert!(
        journal::parse(&seeds[8]).is_ok(),
        "{:?}",
        journal::parse(&seeds[8])
    );
    let config: CouncilToml = toml::from_str(&seeds[9]).unwrap();
    assert!(config.check().is_ok());
}
