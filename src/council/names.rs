//! Names are people: when two spellings are one person, and when they only look alike.
//!
//! Across the whole log, two names with the same [`key`] are one person,
//! written in the log's first spelling ([`People::spelling`]). The key
//! forgives what a keyboard or a phone changes without anyone seeing it:
//! composed or decomposed accents (NFC), capitals (full Unicode case
//! folding, so "Straße" is "STRASSE") and runs of spaces. Characters that
//! cannot be seen at all (zero-width, bidirectional controls) are refused
//! by [`check`] rather than forgiven, because two names differing by one of
//! them would look the same on every screen and in every minutes file.
//!
//! What is not the same person but close to one gets a "did you mean"
//! ([`did_you_mean`], [`People::near`]): a small edit distance on the keys,
//! or the same confusable skeleton of Unicode Technical Standard #39
//! ([`skeleton`]), which catches a Latin "Ana" typed with a Cyrillic "А".

use crate::msg;
use caseless::Caseless;
use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;

/// At most this many suggestions in a "did you mean".
const SUGGESTIONS: usize = 3;

/// Gives the identity of a person: names with equal keys are one person.
///
/// The name is put in NFKC (so compatibility forms such as fullwidth
/// `Ｆｅｒｎ` are `Fern`), case-folded with full Unicode case folding, put
/// in NFKC again (folding can leave a sequence that composes), and its runs
/// of whitespace are collapsed to one ASCII space, leading and trailing ones
/// dropped. The key is for comparing and indexing, never for display: show
/// the person's first spelling instead.
pub fn key(name: &str) -> String {
    let folded: String = name.nfkc().default_case_fold().nfkc().collect();
    let mut key = String::with_capacity(folded.len());
    for word in folded.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(word);
    }
    key
}

/// Finds the first character of `name` that cannot be seen, if any.
///
/// Invisible are the format characters (Unicode general category Cf: the
/// zero-width space, joiner and non-joiner, the word joiner, the byte order
/// mark, the soft hyphen, the bidirectional marks, embeddings, overrides and
/// isolates, tag characters...), the other default-ignorable code points
/// (variation selectors, the combining grapheme joiner, Hangul fillers,
/// Mongolian free variation selectors, Khmer inherent vowels) and the
/// braille blank U+2800, all of which render as nothing or as blank space.
/// Variation selectors are included although emoji keyboards add U+FE0F:
/// "Bo❤" and "Bo❤\u{FE0F}" look the same and would otherwise be two people.
pub fn invisible(name: &str) -> Option<char> {
    name.chars().find(|&c| is_invisible(c))
}

/// Tells whether `c` renders as nothing: format (Cf) or default-ignorable, or the braille blank.
pub fn is_invisible(c: char) -> bool {
    // Cf and Default_Ignorable_Code_Point as of Unicode 16, merged; the
    // unassigned code points inside these blocks are default-ignorable too.
    matches!(
        u32::from(c),
        0x00AD
            | 0x034F
            | 0x0600..=0x0605
            | 0x061C
            | 0x06DD
            | 0x070F
            | 0x0890..=0x0891
            | 0x08E2
            | 0x115F..=0x1160
            | 0x17B4..=0x17B5
            | 0x180B..=0x180F
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x206F
            | 0x2800
            | 0x3164
            | 0xFE00..=0xFE0F
            | 0xFEFF
            | 0xFFA0
            | 0xFFF0..=0xFFFB
            | 0x110BD
            | 0x110CD
            | 0x13430..=0x1343F
            | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A
            | 0xE0000..=0xE0FFF
    )
}

/// Names a character by its code point, with its Unicode name when it is one a person may meet.
fn describe(c: char) -> String {
    let code = u32::from(c);
    let name = match code {
        0x0009 => "CHARACTER TABULATION",
        0x000A => "LINE FEED",
        0x000D => "CARRIAGE RETURN",
        0x001B => "ESCAPE",
        0x007F => "DELETE",
        0x00AD => "SOFT HYPHEN",
        0x034F => "COMBINING GRAPHEME JOINER",
        0x061C => "ARABIC LETTER MARK",
        0x115F => "HANGUL CHOSEONG FILLER",
        0x1160 => "HANGUL JUNGSEONG FILLER",
        0x180E => "MONGOLIAN VOWEL SEPARATOR",
        0x200B => "ZERO WIDTH SPACE",
        0x200C => "ZERO WIDTH NON-JOINER",
        0x200D => "ZERO WIDTH JOINER",
        0x200E => "LEFT-TO-RIGHT MARK",
        0x200F => "RIGHT-TO-LEFT MARK",
        0x2028 => "LINE SEPARATOR",
        0x2029 => "PARAGRAPH SEPARATOR",
        0x202A => "LEFT-TO-RIGHT EMBEDDING",
        0x202B => "RIGHT-TO-LEFT EMBEDDING",
        0x202C => "POP DIRECTIONAL FORMATTING",
        0x202D => "LEFT-TO-RIGHT OVERRIDE",
        0x202E => "RIGHT-TO-LEFT OVERRIDE",
        0x2060 => "WORD JOINER",
        0x2061 => "FUNCTION APPLICATION",
        0x2062 => "INVISIBLE TIMES",
        0x2063 => "INVISIBLE SEPARATOR",
        0x2064 => "INVISIBLE PLUS",
        0x2066 => "LEFT-TO-RIGHT ISOLATE",
        0x2067 => "RIGHT-TO-LEFT ISOLATE",
        0x2068 => "FIRST STRONG ISOLATE",
        0x2069 => "POP DIRECTIONAL ISOLATE",
        0x2800 => "BRAILLE PATTERN BLANK",
        0x3164 => "HANGUL FILLER",
        0xFEFF => "ZERO WIDTH NO-BREAK SPACE",
        0xFFA0 => "HALFWIDTH HANGUL FILLER",
        0xFE00..=0xFE0F => return format!("U+{code:04X} VARIATION SELECTOR-{}", code - 0xFE00 + 1),
        0xE0100..=0xE01EF => {
            return format!("U+{code:04X} VARIATION SELECTOR-{}", code - 0xE0100 + 17);
        }
        0xE0001..=0xE007F => return format!("U+{code:04X}, a tag character"),
        _ => return format!("U+{code:04X}"),
    };
    format!("U+{code:04X} {name}")
}

/// Refuses a name no one could read back: empty, padded, or holding control or invisible characters.
///
/// The message quotes the name (escaped, so what cannot be seen shows), names
/// the character by its code point and says what to do. Spaces inside a name
/// are fine: [`key`] collapses them.
pub fn check(name: &str) -> Result<(), String> {
    if name.trim().is_empty() {
        return Err(msg!("err-person-name-empty"));
    }
    if name.trim() != name {
        return Err(msg!("err-name-spaces", name = format!("{name:?}")));
    }
    if let Some(c) = name
        .chars()
        .find(|&c| c.is_control() || c == '\u{2028}' || c == '\u{2029}')
    {
        return Err(msg!(
            "err-name-control-char",
            name = format!("{name:?}"),
            char = describe(c)
        ));
    }
    if let Some(c) = invisible(name) {
        return Err(msg!(
            "err-name-invisible",
            name = format!("{name:?}"),
            char = describe(c)
        ));
    }
    Ok(())
}

/// Gives the confusable skeleton of a name: names that look alike have equal skeletons.
///
/// This is the skeleton of UTS #39 (section 4, via `unicode-security`) taken
/// of the name's [`key`], then case-folded once more. The key comes first so
/// that one person has one skeleton; the last folding is needed because
/// some prototypes are capitals while keys are folded: the digit "0" maps to
/// the capital "O", which would otherwise not meet the "o" of a key, so
/// "B0b" and "Bob" look alike. Likewise "1" maps to "l", and "rn" and "m"
/// share a skeleton. Folding first has a price: a capital "I" does not meet
/// an "l" (the key has made it "i"), and a Cyrillic capital "М" becomes "м",
/// which looks like no Latin letter; [`look_alike`] also compares the names
/// as written to catch those.
pub fn skeleton(name: &str) -> String {
    shape(&key(name))
}

/// Gives the UTS #39 skeleton of `text`, case-folded, in NFC, whitespace collapsed.
fn shape(text: &str) -> String {
    let folded: String = unicode_security::skeleton(text)
        .default_case_fold()
        .nfc()
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Tells whether two names are one person: their keys are equal.
pub fn same_person(a: &str, b: &str) -> bool {
    key(a) == key(b)
}

/// Tells whether two names look alike: their [`skeleton`]s are equal, or their spellings' are.
///
/// The skeletons of the keys are equal for one person's spellings, and for
/// the Latin "Ana" and "Аna" with a Cyrillic "А". The skeletons of the names
/// as written (not folded first) catch capitals whose small letters differ:
/// "Мario" with a Cyrillic "М" (small "м") looks like "Mario", and "AI" with
/// a capital I looks like "Al". One person always looks like themself; two
/// different people may look alike too, which is what a "did you mean" is
/// for.
pub fn look_alike(a: &str, b: &str) -> bool {
    Probe::new(a).looks_like(&Probe::new(b))
}

/// Gives the two shapes [`look_alike`] compares: names look alike when either pair is equal.
///
/// The first is the [`skeleton`], the second the skeleton of the name as
/// written. Indexing names by both finds look-alikes without comparing each
/// name with every other.
pub fn shapes(name: &str) -> (String, String) {
    let probe = Probe::new(name);
    (probe.skeleton, probe.written)
}

/// A name reduced to what the comparisons need.
#[derive(Debug, Clone)]
struct Probe {
    key: String,
    skeleton: String,
    /// The skeleton of the name as written, before any folding.
    written: String,
    chars: usize,
}

impl Probe {
    fn new(name: &str) -> Self {
        let key = key(name);
        let skeleton = shape(&key);
        let written = shape(name);
        let chars = key.chars().count();
        Probe {
            key,
            skeleton,
            written,
            chars,
        }
    }

    fn looks_like(&self, other: &Probe) -> bool {
        self.skeleton == other.skeleton || self.written == other.written
    }

    /// Tells how near another person is: `None` when the same person or too far, 0 when alike.
    fn near(&self, other: &Probe) -> Option<usize> {
        if self.key == other.key {
            return None;
        }
        if self.looks_like(other) {
            return Some(0);
        }
        // Short names allow one slip, longer ones two; on the skeletons too,
        // so a look-alike letter plus a typo still counts as one slip.
        let limit = if self.chars.min(other.chars) <= 4 {
            1
        } else {
            2
        };
        let distance = strsim::levenshtein(&self.key, &other.key)
            .min(strsim::levenshtein(&self.skeleton, &other.skeleton));
        (distance <= limit).then_some(distance)
    }
}

/// Keeps the closest few of the near names, closest first, ties in the order given.
fn closest(mut near: Vec<(usize, &str)>) -> Vec<&str> {
    near.sort_by_key(|&(distance, _)| distance);
    near.into_iter()
        .take(SUGGESTIONS)
        .map(|(_, name)| name)
        .collect()
}

/// Lists the known names that are near misses of `name`, closest first, at most three.
///
/// A near miss is another person (a different [`key`]) whose name looks
/// alike ([`look_alike`]) or is a slip away: a Levenshtein distance
/// on the keys, or on the skeletons, of at most 1 when the shorter key has
/// up to 4 characters, at most 2 otherwise. Look-alikes come first, then by
/// distance, ties in the order of `known`; one person written twice in
/// `known` is suggested once, in its first spelling. The same person as
/// `name` is never suggested: it is not a miss.
pub fn did_you_mean<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let probe = Probe::new(name);
    // Spellings of one person share a key but not always a look, so a person
    // keeps the first spelling given and the nearest of their distances.
    let mut near: Vec<(usize, &'a str)> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    for spelling in known {
        let other = Probe::new(spelling);
        let Some(distance) = probe.near(&other) else {
            continue;
        };
        match at.get(&other.key) {
            Some(&i) => near[i].0 = near[i].0.min(distance),
            None => {
                at.insert(other.key, near.len());
                near.push((distance, spelling));
            }
        }
    }
    closest(near)
}

/// One person known in a log, as first written.
#[derive(Debug, Clone)]
struct Person {
    spelling: String,
    probe: Probe,
}

/// Indexes the people of a log by [`key`], each under the spelling the log used first.
///
/// Add every name in log order (attendees, facilitators, tasks...); a name
/// whose person is already known changes nothing. Lookups by name hash the
/// key, so they stay quick over thousands of appearances.
#[derive(Debug, Clone, Default)]
pub struct People {
    people: Vec<Person>,
    by_key: HashMap<String, usize>,
}

impl People {
    /// Records a name's person, unless already known under an earlier spelling.
    pub fn add(&mut self, name: &str) {
        if self.by_key.contains_key(&key(name)) {
            return;
        }
        let probe = Probe::new(name);
        self.by_key.insert(probe.key.clone(), self.people.len());
        self.people.push(Person {
            spelling: name.to_string(),
            probe,
        });
    }

    /// Gives the log's first spelling of the person `name` is, if known.
    pub fn spelling(&self, name: &str) -> Option<&str> {
        self.by_key
            .get(&key(name))
            .map(|&i| self.people[i].spelling.as_str())
    }

    /// Lists known people whose names are near misses of `name`, as [`did_you_mean`] does.
    pub fn near(&self, name: &str) -> Vec<&str> {
        let probe = Probe::new(name);
        let near = self
            .people
            .iter()
            .filter_map(|p| Some((probe.near(&p.probe)?, p.spelling.as_str())))
            .collect();
        closest(near)
    }

    /// Counts the people known.
    pub fn len(&self) -> usize {
        self.people.len()
    }

    /// Tells whether no one is known yet.
    pub fn is_empty(&self) -> bool {
        self.people.is_empty()
    }

    /// Lists the people's first spellings, in order of first appearance.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.people.iter().map(|p| p.spelling.as_str())
    }
}

impl<'a> Extend<&'a str> for People {
    fn extend<I: IntoIterator<Item = &'a str>>(&mut self, names: I) {
        for name in names {
            self.add(name);
        }
    }
}

impl<'a> FromIterator<&'a str> for People {
    fn from_iter<I: IntoIterator<Item = &'a str>>(names: I) -> Self {
        let mut people = People::default();
        people.extend(names);
        people
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn key_forgives_case() {
        assert_eq!(key("Bo"), "bo");
        assert!(same_person("Bo", "bo"));
        assert!(same_person("Bo", "BO"));
        assert!(!same_person("Bo", "Bob"));
    }

    #[test]
    fn key_forgives_composed_or_decomposed_accents() {
        let composed = "\u{C9}mile";
        let decomposed = "E\u{301}mile";
        assert_ne!(composed, decomposed);
        assert_eq!(key(composed), key(decomposed));
        assert_eq!(key(decomposed), "\u{E9}mile", "NFC, lowercase");
        assert!(same_person("ÉMILE", decomposed));
    }

    #[test]
    fn key_folds_fully_not_just_lowercases() {
        assert!(same_person("Straße", "STRASSE"));
        assert!(same_person("Straße", "strasse"));
        assert_eq!(key("ẞ"), "ss");
        // The final sigma and the Kelvin sign fold like their plain letters.
        assert!(same_person("ΟΔΥΣΣΕΥΣ", "Οδυσσευς"));
        assert!(same_person("ΟΔΥΣΣΕΥΣ", "οδυσσευσ"));
        assert!(same_person("\u{212A}im", "Kim"));
    }

    #[test]
    fn key_collapses_whitespace() {
        assert!(same_person("Ana  Lucía", "ana lucía"));
        assert!(same_person("Ana\tLucía", "Ana\u{A0}Lucía"));
        assert_eq!(key("  Ana \u{3000} Lucía \n"), "ana lucía");
        assert_eq!(key(""), "");
        assert_eq!(key(" \t "), "");
    }

    #[test]
    fn key_is_idempotent_on_every_single_character() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let once = key(c.encode_utf8(&mut [0; 4]));
            assert_eq!(key(&once), once, "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn invisible_finds_zero_width_and_bidi_characters() {
        for c in [
            '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{AD}', '\u{200E}',
            '\u{200F}', '\u{61C}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}',
            '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
        ] {
            assert_eq!(
                invisible(&format!("An{c}a")),
                Some(c),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn invisible_finds_other_format_and_ignorable_characters() {
        for c in [
            '\u{600}',   // ARABIC NUMBER SIGN (Cf)
            '\u{180E}',  // MONGOLIAN VOWEL SEPARATOR (Cf)
            '\u{FFF9}',  // INTERLINEAR ANNOTATION ANCHOR (Cf)
            '\u{E0001}', // LANGUAGE TAG
            '\u{E0041}', // TAG LATIN CAPITAL LETTER A
            '\u{FE0F}',  // VARIATION SELECTOR-16
            '\u{E0100}', // VARIATION SELECTOR-17
            '\u{34F}',   // COMBINING GRAPHEME JOINER
            '\u{3164}',  // HANGUL FILLER
            '\u{2800}',  // BRAILLE PATTERN BLANK
        ] {
            assert_eq!(
                invisible(&format!("Bo{c}")),
                Some(c),
                "U+{:04X}",
                u32::from(c)
            );
        }
        assert_eq!(invisible("\u{200B}\u{200D}"), Some('\u{200B}'), "the first");
    }

    #[test]
    fn invisible_leaves_visible_names_alone() {
        for name in [
            "Ana",
            "Ana Lucía",
            "E\u{301}mile",
            "Ngũgĩ",
            "Zoë-Jane O'Neil",
            "محمد",
            "李雷",
            "\u{414}\u{430}\u{440}\u{44C}\u{44F}",
            "ʻIolana",
            "",
        ] {
            assert_eq!(invisible(name), None, "{name:?}");
        }
    }

    #[test]
    fn check_accepts_ordinary_names() {
        for name in ["Ana", "Ana  Lucía", "E\u{301}mile", "محمد", "李雷", "bo_42"] {
            assert_eq!(check(name), Ok(()), "{name:?}");
        }
    }

    #[test]
    fn check_refuses_empty_and_blank_names() {
        for name in ["", " ", "\t\n", "\u{3000}"] {
            let err = check(name).unwrap_err();
            assert!(err.contains("the name is empty"), "{err}");
        }
    }

    #[test]
    fn check_refuses_surrounding_spaces() {
        assert_eq!(
            check(" Ana").unwrap_err(),
            "\" Ana\" has spaces around it: remove them"
        );
        assert!(check("Ana\u{A0}").is_err());
    }

    #[test]
    fn check_refuses_control_characters_by_code_point() {
        assert_eq!(
            check("Ana\nBo").unwrap_err(),
            "\"Ana\\nBo\" holds a control character (U+000A LINE FEED): retype the name on one line"
        );
        assert!(
            check("A\u{1B}[31mna")
                .unwrap_err()
                .contains("U+001B ESCAPE")
        );
        assert!(check("A\u{85}na").unwrap_err().contains("U+0085"));
        assert!(
            check("A\u{2028}na")
                .unwrap_err()
                .contains("U+2028 LINE SEPARATOR")
        );
    }

    #[test]
    fn check_refuses_invisible_characters_by_code_point() {
        assert_eq!(
            check("An\u{200B}a").unwrap_err(),
            "\"An\\u{200b}a\" holds an invisible character (U+200B ZERO WIDTH SPACE): retype the name"
        );
        assert!(
            check("\u{202E}anA")
                .unwrap_err()
                .contains("(U+202E RIGHT-TO-LEFT OVERRIDE)")
        );
        assert!(
            check("Bo\u{2764}\u{FE0F}")
                .unwrap_err()
                .contains("(U+FE0F VARIATION SELECTOR-16)")
        );
        assert!(
            check("Bo\u{E0100}")
                .unwrap_err()
                .contains("VARIATION SELECTOR-17")
        );
        assert!(check("Bo\u{E0041}").unwrap_err().contains("U+E0041, a tag"));
        assert!(
            check("\u{3164}")
                .unwrap_err()
                .contains("U+3164 HANGUL FILLER")
        );
        assert!(check("Bo\u{1D173}").unwrap_err().contains("(U+1D173)"));
    }

    #[test]
    fn skeleton_sees_through_scripts() {
        let latin = "Ana";
        let cyrillic = "\u{410}na";
        assert!(!same_person(latin, cyrillic));
        assert_eq!(skeleton(latin), skeleton(cyrillic));
        assert!(look_alike(latin, cyrillic));
        let paco = "\u{420}\u{430}\u{441}\u{43E}"; // "Расо", all Cyrillic
        assert_eq!(skeleton("Paco"), skeleton(paco));
        assert!(look_alike("Paco", "\u{420}\u{430}co"), "Cyrillic Р and а");
    }

    #[test]
    fn skeleton_is_taken_of_the_key() {
        assert_eq!(skeleton("ANA"), skeleton("ana"));
        assert_eq!(skeleton("Émile"), skeleton("E\u{301}MILE"));
        assert!(look_alike("Ana  Lucía", "ana lucía"));
    }

    #[test]
    fn skeleton_meets_digits_and_letters_that_look_alike() {
        // "0" has the prototype "O": the folding after the skeleton makes it meet "o".
        assert!(look_alike("B0b", "Bob"));
        assert!(look_alike("B0B", "BOB"));
        assert!(look_alike("A1", "Al"));
        assert!(look_alike("Kim", "Kirn"));
        // The key folds "I" to "i" first, so its skeleton is not an l's...
        assert_ne!(skeleton("AI"), skeleton("Al"));
        // ...nor is a Cyrillic capital М's, once folded to "м".
        assert_ne!(skeleton("\u{41C}ario"), skeleton("Mario"));
        // But the names as written look alike.
        assert!(look_alike("AI", "Al"));
        assert!(look_alike("\u{41C}ario", "Mario"));
        assert!(look_alike("\u{41D}ans", "Hans"));
        assert!(!look_alike("Ana", "Bo"));
    }

    #[test]
    fn look_alike_holds_for_one_person() {
        assert!(look_alike("Bo", "BO"));
        assert!(look_alike("Straße", "STRASSE"));
    }

    #[test]
    fn did_you_mean_suggests_a_slip() {
        assert_eq!(did_you_mean("Fatma", ["Ana", "Fatima", "Bo"]), ["Fatima"]);
        assert_eq!(did_you_mean("fatma", ["FATIMA"]), ["FATIMA"]);
        assert_eq!(did_you_mean("Ana", ["Anna"]), ["Anna"]);
    }

    #[test]
    fn did_you_mean_leaves_strangers_alone() {
        assert!(did_you_mean("Ana", ["Bo"]).is_empty());
        assert!(did_you_mean("Ana", ["Anabel"]).is_empty());
        assert!(did_you_mean("Bo", ["Bob Marley"]).is_empty());
        assert!(did_you_mean("Ana", []).is_empty());
        // Short names allow one slip only, longer ones two.
        assert!(did_you_mean("Ana", ["Ivan"]).is_empty());
        assert_eq!(did_you_mean("Katharina", ["Katarine"]), ["Katarine"]);
        assert!(did_you_mean("Katharina", ["Kathryn"]).is_empty());
    }

    #[test]
    fn did_you_mean_never_suggests_the_same_person() {
        assert!(did_you_mean("Ana", ["ana"]).is_empty());
        assert!(did_you_mean("Ana", ["ANA", "Ana"]).is_empty());
        assert!(did_you_mean("E\u{301}mile", ["Émile"]).is_empty());
    }

    #[test]
    fn did_you_mean_catches_look_alikes_beyond_the_distance() {
        let cyrillic = "\u{420}\u{430}\u{441}\u{43E}"; // "Расо": four letters differ
        assert_eq!(did_you_mean("Paco", [cyrillic]), [cyrillic]);
        assert_eq!(did_you_mean(cyrillic, ["Bo", "Paco"]), ["Paco"]);
        let capitals = "\u{41C}\u{410}\u{420}\u{41A}"; // "МАРК"
        assert_eq!(did_you_mean(capitals, ["Mark", "MAPK"]), ["MAPK"]);
        assert_eq!(did_you_mean("MAPK", [capitals]), [capitals]);
    }

    #[test]
    fn did_you_mean_puts_the_closest_first_and_keeps_three() {
        let known = ["Marta", "Maria", "Mari", "\u{41C}\u{430}rio", "Mariah"];
        // The Cyrillic look-alike first, then distance 1 in the order given;
        // "Marta" (2) and "Mariah" (2) are near too, but beyond three.
        assert_eq!(
            did_you_mean("Mario", known),
            ["\u{41C}\u{430}rio", "Maria", "Mari"]
        );
    }

    #[test]
    fn did_you_mean_suggests_one_person_once_in_the_first_spelling() {
        assert_eq!(
            did_you_mean("Fatma", ["Fatima", "FATIMA", "fatima"]),
            ["Fatima"]
        );
        // "Al" looks like "AI" as written, though the key of "AI" is "ai": the
        // person comes first, in the spelling given first.
        assert_eq!(did_you_mean("Al", ["Bo", "Alf", "ai", "AI"]), ["ai", "Alf"]);
    }

    #[test]
    fn people_keep_the_first_spelling() {
        let mut people = People::default();
        assert!(people.is_empty());
        people.add("Ana Lucía");
        people.add("Bo");
        people.add("ANA  LUCÍA");
        people.add("bo");
        assert_eq!(people.len(), 2);
        assert_eq!(people.spelling("ana lucía"), Some("Ana Lucía"));
        assert_eq!(people.spelling("BO"), Some("Bo"));
        assert_eq!(people.spelling("Fatima"), None);
        assert_eq!(people.iter().collect::<Vec<_>>(), ["Ana Lucía", "Bo"]);
    }

    #[test]
    fn people_suggest_near_misses_in_first_spellings() {
        let people: People = ["Fatima", "FATIMA", "Ana", "Bo", "\u{410}na"]
            .into_iter()
            .collect();
        assert_eq!(people.len(), 4);
        assert_eq!(people.near("Fatma"), ["Fatima"]);
        assert_eq!(
            people.near("ana"),
            ["\u{410}na"],
            "the same person is no miss"
        );
        assert!(people.near("Zeynep").is_empty());
    }

    #[test]
    fn people_look_up_thousands_quickly() {
        let names: Vec<String> = (0..20_000).map(|n| format!("Person {n}")).collect();
        let mut people = People::default();
        for _ in 0..3 {
            people.extend(names.iter().map(String::as_str));
        }
        assert_eq!(people.len(), 20_000);
        for name in &names {
            assert_eq!(people.spelling(&name.to_uppercase()), Some(name.as_str()));
        }
    }

    /// Strings from letters that fold, compose or collapse into one another.
    fn tricky() -> impl Strategy<Value = String> {
        let chars = prop::sample::select(vec![
            'a', 'A', 's', 'S', 'ß', 'ẞ', 'ſ', 'k', 'K', '\u{212A}', 'e', 'E', 'é', 'É', '\u{301}',
            '\u{327}', 'ι', '\u{345}', 'ᾳ', 'Ι', 'σ', 'ς', 'Σ', 'İ', 'i', 'ı', 'ǅ', 'ǆ', 'Ǆ', 'ﬀ',
            ' ', '\t', '\u{A0}', '\u{2000}', '0', 'O', '1', 'l', '\u{430}', '\u{410}', '\u{200B}',
        ]);
        prop::collection::vec(chars, 0..8).prop_map(|v| v.into_iter().collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn key_is_idempotent(name in any::<String>()) {
            let once = key(&name);
            prop_assert_eq!(key(&once), once);
        }

        #[test]
        fn key_is_idempotent_on_tricky_names(name in tricky()) {
            let once = key(&name);
            prop_assert_eq!(key(&once), once.clone());
            prop_assert!(same_person(&name, &once));
        }

        #[test]
        fn same_person_is_an_equivalence(a in tricky(), b in tricky(), c in tricky()) {
            prop_assert!(same_person(&a, &a));
            prop_assert_eq!(same_person(&a, &b), same_person(&b, &a));
            if same_person(&a, &b) && same_person(&b, &c) {
                prop_assert!(same_person(&a, &c));
            }
            // One person looks like themself.
            if same_person(&a, &b) {
                prop_assert!(look_alike(&a, &b));
            }
        }

        #[test]
        fn same_person_is_an_equivalence_on_any_strings(
            a in any::<String>(),
            b in any::<String>(),
        ) {
            prop_assert!(same_person(&a, &a));
            prop_assert_eq!(same_person(&a, &b), same_person(&b, &a));
            let a_key = key(&a);
            prop_assert!(same_person(&a, &a_key));
            if same_person(&a, &b) {
                prop_assert!(same_person(&b, &a_key));
            }
        }

        #[test]
        fn nothing_panics_on_any_input(
            name in any::<String>(),
            known in prop::collection::vec(any::<String>(), 0..6),
        ) {
            let _ = check(&name);
            let _ = invisible(&name);
            let _ = skeleton(&name);
            let _ = look_alike(&name, &name);
            let suggested = did_you_mean(&name, known.iter().map(String::as_str));
            prop_assert!(suggested.len() <= 3);
            for s in &suggested {
                prop_assert!(!same_person(s, &name));
            }
            let mut people: People = known.iter().map(String::as_str).collect();
            people.add(&name);
            prop_assert!(people.spelling(&name).is_some());
            prop_assert!(people.near(&name).len() <= 3);
        }

        #[test]
        fn a_name_that_passes_check_has_no_invisible_character(name in any::<String>()) {
            if check(&name).is_ok() {
                prop_assert_eq!(invisible(&name), None);
                prop_assert_eq!(key(&name).is_empty(), false);
            }
        }
    }
}
