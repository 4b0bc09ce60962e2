//! Privacy modes: what the public minutes write for a person.
//!
//! `names` writes names as entered. `pseudonyms` writes, for each person, a
//! readable pseudonym (`amber-otter-417`) derived with HMAC-SHA256 from the
//! person's key ([`names::key`], so `Bo` and `BO` are one pseudonym) under a
//! secret that never enters git; the same person gets the same pseudonym in
//! every council, so rotation, turns, stats and `verify` work on pseudonyms
//! exactly as on names. `cards` writes the numbers of cards handed out in the
//! room and no name at all. This module is pure: the secret and the roster
//! (pseudonym → real name, kept on the laptop) are given to it.

mod words;

use super::answers::Answers;
use super::names;
use super::record::Record;
use super::settings::Privacy;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::collections::BTreeMap;

pub use words::{ADJECTIVES, NOUNS};

/// The secret pseudonyms are keyed with: 32 random bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret([u8; 32]);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(..)")
    }
}

/// What a secret file says about itself, above the key.
pub const SECRET_HEADER: &str = "# flash-council pseudonym secret. Whoever holds it can test any name against the\n# log's pseudonyms. Keep it like a key; never commit it.\n";

impl Secret {
    pub fn from_bytes(bytes: [u8; 32]) -> Secret {
        Secret(bytes)
    }

    /// Reads a secret file: comment lines starting with `#`, then 64 hex digits.
    pub fn parse(text: &str) -> Result<Secret, String> {
        let hex: String = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        if hex.len() != 64 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(
                "it does not hold a pseudonym secret (64 hexadecimal digits after `#` comment lines)"
                    .into(),
            );
        }
        let mut bytes = [0u8; 32];
        for (n, byte) in bytes.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&hex[2 * n..2 * n + 2], 16).expect("checked hex digits");
        }
        Ok(Secret(bytes))
    }

    /// A short fingerprint of the secret, safe to read aloud: two laptops write the same
    /// pseudonyms exactly when their fingerprints are equal (it reveals nothing of the key).
    pub fn fingerprint(&self) -> String {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.0).expect("HMAC takes any key");
        mac.update(b"flash-council secret fingerprint v1\0");
        let digest = mac.finalize().into_bytes();
        let hex: String = digest[..4].iter().map(|b| format!("{b:02x}")).collect();
        format!("{}-{}", &hex[..4], &hex[4..])
    }

    /// The text of a secret file: the header, then the key in hex.
    pub fn to_file(&self) -> String {
        let hex: String = self.0.iter().map(|b| format!("{b:02x}")).collect();
        format!("{SECRET_HEADER}{hex}\n")
    }
}

/// The pseudonym of a person under `secret`: two words and a number from 100 to 999.
///
/// 256 × 256 × 900 pseudonyms (about 59 million): among a thousand people the
/// chance that two share one is under one in a hundred, and a collision the
/// roster sees is refused, never merged ([`Roster::learn`]).
pub fn pseudonym(secret: &Secret, name: &str) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&secret.0).expect("HMAC takes any key");
    mac.update(b"flash-council pseudonym v1\0");
    mac.update(names::key(name).as_bytes());
    let digest = mac.finalize().into_bytes();
    let number = u32::from(u16::from_be_bytes([digest[2], digest[3]])) % 900 + 100;
    format!(
        "{}-{}-{number}",
        ADJECTIVES[usize::from(digest[0])],
        NOUNS[usize::from(digest[1])]
    )
}

/// Whether `s` is a well-formed pseudonym: adjective, noun and a number 100–999, hyphenated.
pub fn is_pseudonym(s: &str) -> bool {
    let mut parts = s.split('-');
    let (Some(a), Some(n), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    ADJECTIVES.contains(&a)
        && NOUNS.contains(&n)
        && d.len() == 3
        && d.bytes().all(|b| b.is_ascii_digit())
        && !d.starts_with('0')
}

/// The largest card number a council hands out.
pub const MAX_CARD: u32 = 999;

/// Whether `s` is a card number: 1 to [`MAX_CARD`], no sign, no leading zero.
pub fn is_card(s: &str) -> bool {
    !s.is_empty() && !s.starts_with('0') && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit())
}

/// Who is behind each pseudonym, as far as this laptop knows: never committed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Roster {
    /// Pseudonym → the real name, in the first spelling this laptop saw.
    #[serde(default)]
    pub people: BTreeMap<String, String>,
}

impl Roster {
    /// Records that `real` is `pseudonym`; two different people under one pseudonym is refused.
    pub fn learn(&mut self, pseudonym: &str, real: &str) -> Result<(), String> {
        match self.people.get(pseudonym) {
            Some(known) if names::key(known) != names::key(real) => Err(crate::tr!(
                crate::i18n::user(),
                "privacy-collision",
                a = crate::ui::clean(known),
                b = crate::ui::clean(real),
                pseudonym = pseudonym
            )),
            Some(_) => Ok(()),
            None => {
                self.people.insert(pseudonym.to_string(), real.to_string());
                Ok(())
            }
        }
    }

    /// The real name behind a pseudonym, when this laptop knows it.
    pub fn real(&self, pseudonym: &str) -> Option<&str> {
        self.people.get(pseudonym).map(String::as_str)
    }

    /// `text` with every pseudonym this laptop knows replaced by the real name: for screens only.
    pub fn reveal(&self, text: &str) -> String {
        if self.people.is_empty() {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        'scan: while !rest.is_empty() {
            let boundary = out
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_ascii_alphanumeric() && c != '-');
            if boundary {
                for (pseudonym, real) in &self.people {
                    if let Some(after) = rest.strip_prefix(pseudonym.as_str())
                        && after
                            .chars()
                            .next()
                            .is_none_or(|c| !c.is_ascii_alphanumeric() && c != '-')
                    {
                        out.push_str(real);
                        rest = after;
                        continue 'scan;
                    }
                }
            }
            let c = rest.chars().next().expect("not empty");
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
        out
    }
}

/// Applies `f` to every field of `answers` that names a person present.
///
/// The decision's objections, stand-asides and blocks are free text that often
/// is a name: `f` sees those only when they are an attendee's name.
pub fn each_name(
    answers: &mut Answers,
    mut f: impl FnMut(&mut String) -> Result<(), String>,
) -> Result<(), String> {
    let present: Vec<String> = answers
        .attendees
        .iter()
        .flat_map(|a| [Some(&a.name), a.drawn_as.as_ref()])
        .flatten()
        .map(|n| names::key(n))
        .collect();
    for a in &mut answers.attendees {
        f(&mut a.name)?;
        if let Some(d) = &mut a.drawn_as {
            f(d)?;
        }
    }
    let draw = &mut answers.draw;
    for n in draw
        .declined_facilitator
        .iter_mut()
        .chain(&mut draw.declined_spokesperson)
        .chain(&mut draw.repeat_consent)
        .chain(&mut draw.support)
    {
        f(n)?;
    }
    for t in &mut answers.tasks {
        for n in &mut t.who {
            f(n)?;
        }
    }
    if let Some(n) = answers.delegate.as_mut().and_then(|d| d.name.as_mut()) {
        f(n)?;
    }
    if let Some(floor) = &mut answers.floor {
        for s in &mut floor.shares {
            f(&mut s.name)?;
        }
    }
    let d = &mut answers.decision;
    for n in d
        .objections
        .iter_mut()
        .chain(&mut d.resolved_objections)
        .chain(&mut d.stand_asides)
        .chain(&mut d.blocks)
    {
        if present.contains(&names::key(n)) {
            f(n)?;
        }
    }
    Ok(())
}

/// The answers with every person's name replaced by their pseudonym, the roster taught
/// who is who. A name that already is a pseudonym is kept (a resumed council).
pub fn pseudonymize(
    answers: &Answers,
    secret: &Secret,
    roster: &mut Roster,
) -> Result<Answers, String> {
    let mut out = answers.clone();
    let mut reals: Vec<String> = Vec::new();
    each_name(&mut out, |name| {
        if is_pseudonym(name) {
            return Ok(());
        }
        let p = pseudonym(secret, name);
        roster.learn(&p, name)?;
        reals.push(name.clone());
        *name = p;
        Ok(())
    })?;
    // Today's people, and everyone this laptop's roster knows (someone absent today is
    // as real as someone present).
    reals.extend(roster.people.values().cloned());
    if let Some(leak) = named_in_text(&out, &reals) {
        return Err(leak);
    }
    Ok(out)
}

/// Refuses answers in `cards` mode that name anyone by anything but a card number.
pub fn check_cards(answers: &Answers) -> Result<(), String> {
    let mut copy = answers.clone();
    each_name(&mut copy, |name| {
        if is_card(name) {
            Ok(())
        } else {
            Err(crate::tr!(
                crate::i18n::user(),
                "privacy-not-a-card",
                name = format!("{:?}", crate::ui::clean(name))
            ))
        }
    })
}

/// Says where a free-text answer names one of `reals` (see [`mentions`]).
pub fn named_in_text(answers: &Answers, reals: &[String]) -> Option<String> {
    if reals.is_empty() {
        return None;
    }
    let value = toml::Value::try_from(answers).ok()?;
    let mut texts = Vec::new();
    strings(&value, &mut texts);
    let known = Known::new(reals.iter().map(String::as_str));
    texts.into_iter().find_map(|text| {
        let name = known.named_in(&text)?;
        Some(crate::tr!(
            crate::i18n::user(),
            "privacy-named-in-text",
            text = format!("{:?}", crate::ui::clean(&text)),
            name = crate::ui::clean(name)
        ))
    })
}

fn strings(value: &toml::Value, out: &mut Vec<String>) {
    match value {
        // A pseudonym's words are no one's name ("rose" is a noun of the list).
        toml::Value::String(s) if !is_pseudonym(s) => out.push(s.clone()),
        toml::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
        toml::Value::Table(t) => t.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// Whether `text` names `name`: see [`Known`] for what counts.
pub fn mentions(text: &str, name: &str) -> bool {
    Known::new([name]).named_in(text).is_some()
}

/// Particles of a full name that are no one's name alone ("Ruud van Dijk" is not "van").
const PARTICLES: [&str; 14] = [
    "van", "von", "der", "den", "del", "des", "dos", "das", "della", "delle", "bin", "ibn", "bint",
    "the",
];

/// The shortest part of a full name looked for alone: "Anaïs" of "Anaïs Dupont" is, "Jo" of
/// "Jo Lee" is not (two letters are too often a word: "Al", "Bo", "Li", "Ed").
pub const MIN_PART: usize = 3;

/// Real names, as free text may write them.
///
/// A name is found in a text as whole words, both folded the way people type a name: case
/// and width ([`names::key`]), accents and other scripts transliterated (`deunicode`:
/// "Anais" is "Anaïs"), every apostrophe one (’ ʼ ` ´ are '), hyphens and underscores as
/// spaces ("Mary-Jane" is "Mary Jane"), invisible characters dropped ("Bog\u{200B}dan" is
/// "Bogdan"). A name of several words (split at spaces and punctuation: "Robert (Bob)
/// Smith" has "Bob") is found whole, and each of its words alone when it has at least [`MIN_PART`] letters and is not a particle
/// ([`PARTICLES`]): "Anaïs lends a drill" names "Anaïs Dupont". The price is a refusal of
/// honest text now and then ("we will paint" names "Will Smith"): the answer is to reword
/// it, while a name published stays in git forever.
pub struct Known<'a> {
    /// Each name with what is looked for: its folded whole, then its folded parts.
    names: Vec<(&'a str, Vec<String>)>,
}

impl<'a> Known<'a> {
    pub fn new(reals: impl IntoIterator<Item = &'a str>) -> Known<'a> {
        let names = reals
            .into_iter()
            .filter_map(|real| {
                let whole = fold(real);
                if whole.is_empty() {
                    return None;
                }
                let mut looked: Vec<String> = vec![whole.clone()];
                // Words are split at punctuation too: "Robert (Bob) Smith" is looked for as
                // "bob", "Marcel 'Mars' Dupont" as "mars" (an apostrophe inside a word stays).
                let parts: Vec<&str> = whole
                    .split(|c: char| !c.is_alphanumeric() && c != '\'')
                    .map(|p| p.trim_matches('\''))
                    .filter(|p| !p.is_empty())
                    .collect();
                if parts.len() > 1 {
                    for part in parts {
                        let letters = part.chars().filter(|c| c.is_alphanumeric()).count();
                        if letters >= MIN_PART
                            && !PARTICLES.contains(&part)
                            && !looked.iter().any(|l| l == part)
                        {
                            looked.push(part.to_string());
                        }
                    }
                }
                Some((real, looked))
            })
            .collect();
        Known { names }
    }

    /// The first name `text` holds, if any.
    pub fn named_in(&self, text: &str) -> Option<&'a str> {
        if self.names.is_empty() {
            return None;
        }
        // A pseudonym written in the text is no one's real name ("amber-otter-417" is not "Amber").
        let text: Vec<&str> = text
            .split_whitespace()
            .map(|w| {
                let bare = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
                if is_pseudonym(bare) { "" } else { w }
            })
            .collect();
        let text = fold(&text.join(" "));
        self.names
            .iter()
            .find(|(_, looked)| looked.iter().any(|l| holds(&text, l)))
            .map(|(real, _)| *real)
    }
}

/// `s` folded for finding names: see [`Known`].
pub fn fold(s: &str) -> String {
    // Invisible characters are folded away, not taken as word breaks: "Bog\u{200B}dan" reads
    // "Bogdan".
    let visible: String = s.chars().filter(|&c| !names::is_invisible(c)).collect();
    let ascii = deunicode::deunicode(&names::key(&visible));
    let mut out = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        let c = match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{B4}' => '\'',
            '-' | '_' => ' ',
            c => c.to_ascii_lowercase(),
        };
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Whether folded `text` holds folded `name` as whole words.
fn holds(text: &str, name: &str) -> bool {
    if name.is_empty() {
        return false;
    }
    let mut from = 0;
    while let Some(at) = text.get(from..).and_then(|t| t.find(name)) {
        let start = from + at;
        let end = start + name.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
        {
            return true;
        }
        from = start + name.chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// Refuses a council begun (or its pool fixed) under another privacy mode than the one in force:
/// its names were taken down for that mode. A journal of an earlier version was begun under names.
pub fn same_mode(
    begun: Option<Privacy>,
    fixed: Option<Privacy>,
    now: Privacy,
) -> Result<(), String> {
    let begun = begun.unwrap_or(Privacy::Names);
    for (id, mode) in [
        ("privacy-mode-changed-begun", Some(begun)),
        ("privacy-mode-changed-fixed", fixed),
    ] {
        if let Some(mode) = mode
            && mode != now
        {
            return Err(crate::tr!(
                crate::i18n::user(),
                id,
                then = mode.as_str(),
                now = now.as_str()
            ));
        }
    }
    Ok(())
}

/// What `verify` checks of a record under the privacy mode in force in its history.
pub fn check_record(privacy: Privacy, record: &Record) -> Vec<String> {
    let (well_formed, what): (fn(&str) -> bool, &str) = match privacy {
        Privacy::Names => return Vec::new(),
        Privacy::Pseudonyms => (is_pseudonym, "a pseudonym"),
        Privacy::Cards => (is_card, "a card number"),
    };
    let mut answers = record.to_answers();
    let mut found = Vec::new();
    let mut names: Vec<String> = Vec::new();
    let _ = each_name(&mut answers, |n| {
        names.push(n.clone());
        Ok(())
    });
    names.push(record.facilitator.clone());
    names.push(record.spokesperson.clone());
    names.extend(record.draw.support.clone());
    for name in names {
        if !well_formed(&name)
            && !found
                .iter()
                .any(|f: &String| f.contains(&format!("{name:?}")))
        {
            found.push(format!(
                "{:?} is not {what}, but council.toml in its history sets privacy = \"{}\"",
                crate::ui::clean(&name),
                privacy.as_str()
            ));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::council::answers::Attendee;

    fn secret() -> Secret {
        Secret::from_bytes([7; 32])
    }

    #[test]
    fn one_person_one_pseudonym_whatever_the_spelling() {
        let s = secret();
        assert_eq!(pseudonym(&s, "Bo"), pseudonym(&s, "BO"));
        assert_eq!(pseudonym(&s, "Bo"), pseudonym(&s, " bo "));
        assert_ne!(pseudonym(&s, "Bo"), pseudonym(&s, "Ana"));
        assert_ne!(
            pseudonym(&s, "Bo"),
            pseudonym(&Secret::from_bytes([8; 32]), "Bo")
        );
        assert!(
            is_pseudonym(&pseudonym(&s, "Bo")),
            "{}",
            pseudonym(&s, "Bo")
        );
    }

    #[test]
    fn the_word_lists_hold_distinct_plain_words() {
        for list in [&ADJECTIVES, &NOUNS] {
            let set: std::collections::HashSet<_> = list.iter().collect();
            assert_eq!(set.len(), 256);
            assert!(
                list.iter()
                    .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
            );
        }
    }

    #[test]
    fn only_well_formed_pseudonyms_and_cards_pass() {
        assert!(is_pseudonym("amber-otter-417"));
        for bad in [
            "amber-otter-41",
            "amber-otter-041",
            "Amber-otter-417",
            "amber-otter",
            "Ana",
            "amber-otter-417-1",
            "zzz-otter-417",
        ] {
            assert!(!is_pseudonym(bad), "{bad}");
        }
        assert!(is_card("1") && is_card("42") && is_card("999"));
        for bad in ["0", "01", "1000", "-1", "one", "", "1 "] {
            assert!(!is_card(bad), "{bad:?}");
        }
    }

    #[test]
    fn a_collision_is_refused_never_merged() {
        let mut roster = Roster::default();
        roster.learn("amber-otter-417", "Ana").unwrap();
        roster.learn("amber-otter-417", "ANA").unwrap();
        let e = roster.learn("amber-otter-417", "Bo").unwrap_err();
        assert!(e.contains("Ana and Bo get the same pseudonym"), "{e}");
    }

    #[test]
    fn pseudonymize_replaces_every_name_and_refuses_a_name_in_free_text() {
        let mut a = Answers {
            issue: "The bench".into(),
            ..Answers::default()
        };
        for n in ["Ana", "Bo"] {
            a.attendees.push(Attendee {
                name: n.into(),
                ..Attendee::default()
            });
        }
        a.draw.support = Some("bo".into());
        a.decision.stand_asides = vec!["Ana".into(), "too costly".into()];
        let mut roster = Roster::default();
        let p = pseudonymize(&a, &secret(), &mut roster).unwrap();
        let bo = pseudonym(&secret(), "Bo");
        assert_eq!(p.attendees[1].name, bo);
        assert_eq!(p.draw.support.as_deref(), Some(bo.as_str()));
        assert_eq!(p.decision.stand_asides[1], "too costly");
        assert_eq!(roster.real(&bo), Some("Bo"));
        assert_eq!(roster.reveal(&format!("led by {bo}.")), "led by Bo.");
        assert_eq!(roster.reveal(&format!("x{bo}")), format!("x{bo}"));
        a.issue = "Bo's bench".into();
        let e = pseudonymize(&a, &secret(), &mut Roster::default()).unwrap_err();
        assert!(e.contains("names Bo"), "{e}");
        a.issue = "Bob's bench".into();
        assert!(pseudonymize(&a, &secret(), &mut Roster::default()).is_ok());
    }

    #[test]
    fn a_name_is_found_as_people_type_it() {
        for (text, name) in [
            ("Anaïs lends a drill", "Anaïs Dupont"),
            ("ask DUPONT", "Anaïs Dupont"),
            ("Anais lends a drill", "Anaïs"),
            ("O\u{2019}Brien's ladder", "O'Brien"),
            ("Mary-Jane lends a drill", "Mary Jane"),
            ("Mary Jane lends a drill", "Mary-Jane"),
            ("ask Богдан", "Bogdan"),
            ("ask Dijk", "Ruud van Dijk"),
        ] {
            assert!(mentions(text, name), "{text:?} names {name:?}");
        }
        for (text, name) in [
            ("the van is parked", "Ruud van Dijk"),
            ("Jo's ladder", "Ed Jo"),
            ("Bob's bench", "Bo"),
            ("amber-otter-417 lends a drill", "Amber Lee"),
            ("Anaïsa lends a drill", "Anaïs"),
        ] {
            assert!(!mentions(text, name), "{text:?} does not name {name:?}");
        }
        // The price of finding first names: an honest word that is one is refused.
        assert!(mentions("we will paint", "Will Smith"));
    }

    #[test]
    fn cards_refuse_any_name() {
        let mut a = Answers::default();
        a.attendees.push(Attendee {
            name: "1".into(),
            ..Attendee::default()
        });
        assert!(check_cards(&a).is_ok());
        a.tasks.push(crate::council::answers::Task {
            what: "x".into(),
            who: vec!["Ana".into()],
            ..Default::default()
        });
        assert!(
            check_cards(&a)
                .unwrap_err()
                .contains("\"Ana\" is not a card number")
        );
    }

    #[test]
    fn a_secret_file_round_trips() {
        let s = secret();
        assert_eq!(Secret::parse(&s.to_file()).unwrap(), s);
        assert!(Secret::parse("abc").is_err());
    }
}
