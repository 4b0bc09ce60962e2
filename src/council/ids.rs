//! Council and task ids: `YYYY-MM-DD-<slug of the issue>`, ASCII, at most 48 characters.

use chrono::NaiveDate;

/// The longest a council id may be, suffix included.
pub const MAX_ID_LEN: usize = 48;

/// Turns free text into lowercase ASCII words joined by `-`; letters other than
/// Latin ones with common accents are dropped, not guessed.
///
/// Peer names and filed paths use it; a council's title goes through [`title_slug`].
pub fn slug(text: &str) -> String {
    words(text.chars().flat_map(fold_accent))
}

/// Turns a council's title into lowercase ASCII words joined by `-`, spelling
/// every script in Latin letters ("Скамейка сломана" gives `skameika-slomana`).
///
/// Only letters and digits are transliterated, and text [`slug`] already
/// spelled (ASCII, Latin letters with common accents, any symbol) gives the
/// same words, so the ids such titles had stay as they are.
pub fn title_slug(text: &str) -> String {
    words(text.chars().flat_map(|c| {
        let folded: Vec<char> = fold_accent(c).collect();
        if c.is_ascii() || folded != [c] || !c.is_alphanumeric() {
            return folded;
        }
        match deunicode::deunicode_char(c) {
            // deunicode ends a CJK syllable with a space, so syllables stay words.
            Some(latin) => latin.chars().collect(),
            None => folded,
        }
    }))
}

fn words(chars: impl Iterator<Item = char>) -> String {
    let mut slug = String::new();
    let mut dash = false;
    for c in chars {
        if c.is_ascii_alphanumeric() {
            if dash && !slug.is_empty() {
                slug.push('-');
            }
            dash = false;
            slug.push(c.to_ascii_lowercase());
        } else {
            dash = true;
        }
    }
    slug
}

/// Folds common Latin letters with accents to their ASCII base, so "Café" slugs as "cafe".
fn fold_accent(c: char) -> impl Iterator<Item = char> {
    let folded: &str = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        '&' => " and ",
        _ => "",
    };
    let own = if folded.is_empty() { Some(c) } else { None };
    folded.chars().chain(own)
}

/// Makes a council id from its date and issue, with `-2`, `-3`... while `taken` says it is used.
pub fn council_id(date: NaiveDate, issue: &str, taken: impl Fn(&str) -> bool) -> String {
    id_of(title_slug(issue), date, taken)
}

/// Makes a council id as the tool did before titles were transliterated: other
/// scripts dropped. `verify` accepts it for councils recorded then.
pub fn legacy_council_id(date: NaiveDate, issue: &str, taken: impl Fn(&str) -> bool) -> String {
    id_of(slug(issue), date, taken)
}

fn id_of(mut words: String, date: NaiveDate, taken: impl Fn(&str) -> bool) -> String {
    if words.is_empty() {
        words = "council".to_string();
    }
    let date = date.format("%Y-%m-%d").to_string();
    for n in 1usize.. {
        let suffix = if n == 1 {
            String::new()
        } else {
            format!("-{n}")
        };
        let room = MAX_ID_LEN.saturating_sub(date.len() + 1 + suffix.len());
        let id = format!("{date}-{}{suffix}", shorten(&words, room));
        if !taken(&id) {
            return id;
        }
    }
    unreachable!("an unbounded range always yields a free id")
}

/// Cuts a slug to `room` characters, at a word boundary when one is near.
///
/// A slug is ASCII, but the cut never splits a character of any text.
fn shorten(slug: &str, room: usize) -> &str {
    let mut end = room.min(slug.len());
    while !slug.is_char_boundary(end) {
        end -= 1;
    }
    if end == slug.len() || slug[end..].starts_with('-') {
        return &slug[..end];
    }
    let cut = &slug[..end];
    match cut.rfind('-') {
        Some(at) if at >= room / 2 => &cut[..at],
        _ => cut.trim_end_matches('-'),
    }
}

/// Tells whether text has the shape of a council id (it names a file, so this matters).
pub fn is_council_id(id: &str) -> bool {
    let (Some(date), Some(dash), Some(words)) = (id.get(..10), id.get(10..11), id.get(11..)) else {
        return false;
    };
    id.len() >= 12
        && id.len() <= MAX_ID_LEN
        && date.bytes().all(|b| b.is_ascii_digit() || b == b'-')
        && NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok()
        && dash == "-"
        && words
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The time of day of `at`, to the second, as its clock read it: `HHMMSS` (ASCII digits).
pub fn time_of_day(at: super::time::Timestamp) -> String {
    at.0.format("%H%M%S").to_string()
}

/// The suffix of the `n`th file of one name: nothing for the first, then `-2`, `-3`...
pub fn nth(n: usize) -> String {
    if n <= 1 {
        String::new()
    } else {
        format!("-{n}")
    }
}

/// Gives the year folder of an id or a date (`YYYY`), or `other` when it does not start with one.
pub fn year_of(id: &str) -> &str {
    id.get(..4)
        .filter(|year| year.bytes().all(|b| b.is_ascii_digit()))
        .unwrap_or("other")
}

/// Splits a task id `<council id>#<n>` into its council and number.
/// A council id, or a task id, without the council's date: what a file named by its filing
/// date needs of it (`the-bench-is-broken-1` for `2026-11-23-the-bench-is-broken#1`), so the
/// name does not carry two dates. Text that is neither is slugged whole.
pub fn undated_slug(id: &str) -> String {
    let council = id.split_once('#').map_or(id, |(c, _)| c);
    match id.get(11..) {
        Some(rest) if is_council_id(council) => slug(rest),
        _ => slug(id),
    }
}

pub fn split_task_id(id: &str) -> Option<(&str, u32)> {
    let (council, n) = id.split_once('#')?;
    let n: u32 = n.parse().ok()?;
    (n > 0 && is_council_id(council)).then_some((council, n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn report_backs_and_corrections_are_named_by_their_filing_time_to_the_second() {
        use crate::council::answers::TaskStatus;
        use crate::council::correction::Correction;
        use crate::council::report::Report;
        use crate::council::time::Timestamp;
        let filed = Timestamp::parse("2026-11-24T10:05:09-05:00").unwrap();
        let report = Report {
            task: "2026-11-23-the-bench-is-broken#1".into(),
            status: TaskStatus::Done,
            note: None,
            collected: None,
            spent: None,
            filed,
            tool: "t".into(),
            language: None,
        };
        assert_eq!(
            report.path(1),
            "reports/2026/2026-11-24-100509-the-bench-is-broken-1.md"
        );
        assert_eq!(
            report.path(2),
            "reports/2026/2026-11-24-100509-the-bench-is-broken-1-2.md"
        );
        let correction = Correction {
            council: "2026-11-23-the-bench-is-broken".into(),
            note: "Sunday".into(),
            filed,
            tool: "t".into(),
            language: None,
        };
        assert_eq!(
            correction.path(1),
            "corrections/2026/2026-11-24-100509-the-bench-is-broken.md"
        );
        assert!(correction.path(3).ends_with("-broken-3.md"));
        assert!(report.path(1).is_ascii() && correction.path(1).is_ascii());
    }

    #[test]
    fn ids_are_ascii_slugs_of_the_issue() {
        assert_eq!(
            council_id(day(), "The bench is broken!", |_| false),
            "2026-11-23-the-bench-is-broken"
        );
        assert_eq!(
            council_id(day(), "Café & bench at Elm/5th", |_| false),
            "2026-11-23-cafe-and-bench-at-elm-5th"
        );
        assert_eq!(council_id(day(), "!!!", |_| false), "2026-11-23-council");
    }

    #[test]
    fn titles_in_other_scripts_are_spelled_in_latin_letters() {
        assert_eq!(
            council_id(day(), "公园长椅", |_| false),
            "2026-11-23-gong-yuan-chang-yi"
        );
        assert_eq!(
            council_id(day(), "Скамейка сломана", |_| false),
            "2026-11-23-skameika-slomana"
        );
        assert_eq!(
            council_id(day(), "Ławka przy ulicy jest złamana", |_| false),
            "2026-11-23-lawka-przy-ulicy-jest-zlamana"
        );
        assert_eq!(
            council_id(day(), "Le banc de la rue Éloi est cassé", |_| false),
            "2026-11-23-le-banc-de-la-rue-eloi-est-casse"
        );
        assert_eq!(
            council_id(day(), "¿La fuente de la plaza Ñuñoa?", |_| false),
            "2026-11-23-la-fuente-de-la-plaza-nunoa"
        );
        // Before transliteration, other scripts were dropped: verify still accepts those ids.
        assert_eq!(
            legacy_council_id(day(), "公园长椅", |_| false),
            "2026-11-23-council"
        );
    }

    proptest::proptest! {
        /// Ids of existing logs do not change: what the old slug spelled, the new one spells alike.
        #[test]
        fn titles_the_old_slug_spelled_keep_their_id(title in "[ -~àáâãäåçèéêëìíîïñòóôõöøùúûüýÿÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝßæÆœŒ×÷€°]{0,60}") {
            proptest::prop_assert_eq!(title_slug(&title), slug(&title));
            proptest::prop_assert_eq!(
                council_id(day(), &title, |_| false),
                legacy_council_id(day(), &title, |_| false)
            );
        }

        #[test]
        fn every_title_gives_an_id(title in "\\PC{0,60}") {
            let id = council_id(day(), &title, |_| false);
            proptest::prop_assert!(is_council_id(&id), "{}", id);
        }
    }

    #[test]
    fn long_issues_are_cut_to_48_characters_at_a_word() {
        let id = council_id(
            day(),
            "The streetlight on the corner of Elm and Fifth has been out for weeks",
            |_| false,
        );
        assert!(id.len() <= MAX_ID_LEN, "{id}");
        assert_eq!(id, "2026-11-23-the-streetlight-on-the-corner-of-elm");
        assert!(is_council_id(&id));
    }

    #[test]
    fn a_cut_at_a_word_end_keeps_the_last_word() {
        let id = council_id(
            day(),
            "The streetlight on Maple has been out for a month",
            |_| false,
        );
        assert_eq!(id, "2026-11-23-the-streetlight-on-maple-has-been-out");
        assert_eq!(id.len(), MAX_ID_LEN);
    }

    #[test]
    fn a_clash_takes_the_next_number() {
        let taken = ["2026-11-23-bench", "2026-11-23-bench-2"];
        assert_eq!(
            council_id(day(), "Bench", |id| taken.contains(&id)),
            "2026-11-23-bench-3"
        );
        let long = "x".repeat(60);
        let id = council_id(day(), &long, |id| !id.ends_with("-2"));
        assert_eq!(id.len(), MAX_ID_LEN);
        assert!(id.ends_with("-2"));
    }

    #[test]
    fn task_ids_name_a_council_and_a_number() {
        assert_eq!(
            split_task_id("2026-11-16-fix-the-streetlight#1"),
            Some(("2026-11-16-fix-the-streetlight", 1))
        );
        assert_eq!(split_task_id("2026-11-16-fix-the-streetlight"), None);
        assert_eq!(split_task_id("2026-11-16-fix#0"), None);
        assert_eq!(split_task_id("../etc/passwd#1"), None);
    }

    #[test]
    fn a_task_id_with_accents_does_not_panic() {
        assert_eq!(split_task_id("aéééééééééé#1"), None);
        assert_eq!(split_task_id("2026-11-1é-fix#1"), None);
        assert_eq!(split_task_id("２０２６-11-16-fix#1"), None);
        assert!(!is_council_id("aéééééééééé"));
        assert!(!is_council_id("2026-11-16é-fix"));
        assert_eq!(year_of("é2026"), "other");
        assert_eq!(year_of("2026-11-16-fix"), "2026");
        assert_eq!(shorten("ab-cdé", 5), "ab");
        assert_eq!(shorten("abcdé", 5), "abcd");
    }
}

/// Picks up to `most` candidates nearest to `target` by edit distance, nearest first,
/// ignoring case. A candidate is near when the whole of it is, or when a run of its words
/// (`streetlight`, `the-bench`) is near what was typed: people type a part of an id.
pub fn closest<'a>(target: &str, candidates: &[&'a str], most: usize) -> Vec<&'a str> {
    let target = target.to_lowercase();
    let len = target.chars().count();
    let mut scored: Vec<(usize, &str)> = candidates
        .iter()
        .filter_map(|c| {
            let lower = c.to_lowercase();
            if !target.is_empty() && lower.contains(&target) {
                return Some((0, *c));
            }
            let whole = strsim::damerau_levenshtein(&target, &lower);
            if whole <= len.max(lower.chars().count()) / 2 {
                return Some((whole, *c));
            }
            let words: Vec<&str> = lower.split(['-', '#']).filter(|w| !w.is_empty()).collect();
            let part = (0..words.len())
                .flat_map(|i| (i + 1..=words.len()).map(move |j| (i, j)))
                .map(|(i, j)| strsim::damerau_levenshtein(&target, &words[i..j].join("-")))
                .min()?;
            (part <= (len / 3).max(1)).then_some((part, *c))
        })
        .collect();
    scored.sort();
    scored.into_iter().take(most).map(|(_, c)| c).collect()
}

#[cfg(test)]
mod closest_tests {
    use super::closest;

    #[test]
    fn near_ids_are_suggested_first() {
        let known = [
            "2026-11-23-the-bench-is-broken",
            "2026-11-16-fix-the-streetlight",
        ];
        assert_eq!(
            closest("2026-11-23-the-bench-is-broke", &known, 3),
            ["2026-11-23-the-bench-is-broken"]
        );
        assert!(closest("zzz", &known, 3).is_empty());
        // A part of an id, misspelled or in capitals, names the id holding it.
        assert_eq!(
            closest("stretlight", &known, 3),
            ["2026-11-16-fix-the-streetlight"]
        );
        assert_eq!(
            closest("benhc", &known, 3),
            ["2026-11-23-the-bench-is-broken"]
        );
        assert_eq!(
            closest("BENCH", &known, 3),
            ["2026-11-23-the-bench-is-broken"]
        );
    }
}
