//! The publicly verifiable random selection of RFC 3797.
//!
//! A *source* is a list of non-negative integers called out in the room (or
//! rolled by the laptop). The *key* concatenates the sources in a canonical
//! form; selection `i` hashes `i`, the key and `i` again with MD5 and reads the
//! digest as a position in what is left of the pool.

use crate::msg;
use md5::{Digest, Md5};
use std::fmt;

/// Why a source could not be read as a list of non-negative integers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceError {
    pub source: String,
    pub problem: String,
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&msg!(
            "err-source",
            source = format!("{:?}", self.source),
            problem = &self.problem
        ))
    }
}

impl std::error::Error for SourceError {}

/// Reads one source into its numbers, canonical: decimal without leading zeros, sorted ascending.
///
/// A source is whole numbers separated by whitespace and nothing else. A
/// comma, a decimal point, a sign or a letter is refused rather than read as
/// a separator: "1,000" meant as one thousand must not silently become the
/// two numbers 1 and 0, which would give another key and another lot.
pub fn canonical_numbers(source: &str) -> Result<Vec<String>, SourceError> {
    let error = |problem: String| SourceError {
        source: source.to_string(),
        problem,
    };
    let mut numbers = Vec::new();
    for token in source.split_whitespace() {
        if !token.bytes().all(|b| b.is_ascii_digit()) {
            return Err(error(msg!(
                "err-source-not-number",
                token = format!("{token:?}")
            )));
        }
        let trimmed = token.trim_start_matches('0');
        numbers.push(if trimmed.is_empty() { "0" } else { trimmed }.to_string());
    }
    if numbers.is_empty() {
        return Err(error(msg!("err-source-no-number")));
    }
    // Without leading zeros, a shorter number is a smaller one.
    numbers.sort_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
    Ok(numbers)
}

/// Builds the RFC 3797 key: each source's numbers sorted, each followed by `.`, then `/`.
pub fn key<S: AsRef<str>>(sources: &[S]) -> Result<String, SourceError> {
    let mut key = String::new();
    for source in sources {
        for number in canonical_numbers(source.as_ref())? {
            key.push_str(&number);
            key.push('.');
        }
        key.push('/');
    }
    Ok(key)
}

/// Hashes selection number `i` with the key: MD5(i as two bytes big-endian, key, i again).
pub fn digest(i: u16, key: &str) -> [u8; 16] {
    let mut md5 = Md5::new();
    md5.update(i.to_be_bytes());
    md5.update(key.as_bytes());
    md5.update(i.to_be_bytes());
    md5.finalize().into()
}

/// Gives the 0-based position that selection `i` picks among `remaining` people.
///
/// # Panics
///
/// When `remaining` is zero: an empty pool is the caller's error to report.
pub fn position(i: u16, key: &str, remaining: usize) -> usize {
    assert!(remaining > 0, "a draw from an empty pool");
    let value = u128::from_be_bytes(digest(i, key));
    (value % remaining as u128) as usize
}

/// Draws `count` members of `pool` in order, each leaving the pool, counters `0..count`.
pub fn select<T: Clone>(key: &str, pool: &[T], count: usize) -> Vec<T> {
    let mut left: Vec<T> = pool.to_vec();
    let mut chosen = Vec::with_capacity(count);
    for i in 0..count.min(pool.len()) {
        let at = position(i as u16, key, left.len());
        chosen.push(left.remove(at));
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    const RFC_SOURCES: [&str; 3] = ["9319", "2 5 12 8 10", "9 18 26 34 41 45"];

    fn hex(bytes: [u8; 16]) -> String {
        bytes.iter().map(|b| format!("{b:02X}")).collect()
    }

    #[test]
    fn key_matches_rfc_3797_section_6() {
        assert_eq!(
            key(&RFC_SOURCES).unwrap(),
            "9319./2.5.8.10.12./9.18.26.34.41.45./"
        );
    }

    #[test]
    fn digests_and_selections_match_rfc_3797_section_6() {
        // Section 6 of RFC 3797: a pool numbered 1 to 25, eleven selections.
        let expected = [
            ("990DD0A5692A029A98B5E01AA28F3459", 17),
            ("3691E55CB63FCC37914430B2F70B5EC6", 7),
            ("FE814EDF564C190AC1D25753979990FA", 2),
            ("1863CCACEB568C31D7DDBDF1D4E91387", 16),
            ("F4AB33DF4889F0AF29C513905BE1D758", 25),
            ("13EAEB529F61ACFB9A29D0BA3A60DE4A", 23),
            ("992DB77C382CA2BDB9727001F3CDCCD9", 8),
            ("63AB4258ECA922976811C7F55C383CE7", 24),
            ("DFBC5AC97CED01B3A6E348E3CC63F40D", 19),
            ("31CB111C4A4EBE9287CEAE16FE51B909", 13),
            ("07FA46C122F164C215BBC72793B189A3", 22),
        ];
        let key = key(&RFC_SOURCES).unwrap();
        for (i, (md5, _)) in expected.iter().enumerate() {
            assert_eq!(hex(digest(i as u16, &key)), *md5, "digest of selection {i}");
        }
        let pool: Vec<u32> = (1..=25).collect();
        let chosen = select(&key, &pool, 11);
        let wanted: Vec<u32> = expected.iter().map(|(_, n)| *n).collect();
        assert_eq!(chosen, wanted);
    }

    #[test]
    fn numbers_are_sorted_by_value_without_leading_zeros() {
        assert_eq!(
            canonical_numbers("010 9 0 00 123456789012345678901234567890").unwrap(),
            ["0", "0", "9", "10", "123456789012345678901234567890"]
        );
        assert_eq!(key(&["3 5 1 6", "42"]).unwrap(), "1.3.5.6./42./");
    }

    #[test]
    fn a_source_must_hold_whole_numbers() {
        let err = canonical_numbers("3 five 1").unwrap_err();
        assert!(err.to_string().contains("\"five\""), "{err}");
        assert!(canonical_numbers("  ").is_err());
        assert!(canonical_numbers("-3").is_err());
        assert!(canonical_numbers("1.5").is_err());
        assert!(canonical_numbers("+3").is_err());
        assert!(canonical_numbers("\u{663}").is_err(), "only ASCII digits");
        assert!(err.to_string().contains("separated by spaces"), "{err}");
    }

    #[test]
    fn a_thousands_separator_is_refused_not_split() {
        // It used to be read as the two numbers 1 and 0 (key `0.1./`).
        let err = canonical_numbers("1,000").unwrap_err();
        assert_eq!(
            err.to_string(),
            "source \"1,000\" holds \"1,000\", which is not a whole number: \
             write numbers separated by spaces, without commas or points"
        );
        assert!(key(&["1,000"]).is_err());
        // A list written with commas is refused too, naming the first bad token.
        let err = canonical_numbers("3 5, 1 6").unwrap_err();
        assert!(err.to_string().contains("holds \"5,\""), "{err}");
        assert!(canonical_numbers("3,5").is_err());
        assert!(canonical_numbers(",").is_err());
    }

    #[test]
    fn any_whitespace_separates_numbers() {
        assert_eq!(
            canonical_numbers(" 3\t5\n1  6 ").unwrap(),
            ["1", "3", "5", "6"]
        );
    }

    #[test]
    fn selections_never_repeat_and_stay_in_the_pool() {
        let pool: Vec<u32> = (0..7).collect();
        let mut chosen = select("1./", &pool, 7);
        chosen.sort();
        assert_eq!(chosen, pool);
    }
}
