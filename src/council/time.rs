//! Times and dates as text: RFC 3339 times and `YYYY-MM-DD` dates, always written the same way.
//!
//! Both also accept TOML's own date-time values, so `started = 2026-11-23T19:00:00-05:00`
//! works as well as the quoted form.

use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};
use std::fmt;

/// A moment with the offset it was given in, written as RFC 3339.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub DateTime<FixedOffset>);

/// A calendar day, written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

impl Timestamp {
    pub fn parse(text: &str) -> Result<Self, String> {
        DateTime::parse_from_rfc3339(text.trim())
            .map(Timestamp)
            .map_err(|e| {
                format!("{text:?} is not an RFC 3339 time like 2026-11-23T19:00:00-05:00 ({e})")
            })
    }

    pub fn date(self) -> Date {
        Date(self.0.date_naive())
    }
}

impl Date {
    pub fn parse(text: &str) -> Result<Self, String> {
        NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .map(Date)
            .map_err(|e| format!("{text:?} is not a date like 2026-11-28 ({e})"))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.to_rfc3339_opts(SecondsFormat::AutoSi, false))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

macro_rules! text_serde {
    ($type:ty, $expecting:literal) => {
        impl Serialize for $type {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;
                impl<'de> de::Visitor<'de> for Visitor {
                    type Value = $type;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str($expecting)
                    }
                    fn visit_str<E: de::Error>(self, text: &str) -> Result<$type, E> {
                        <$type>::parse(text).map_err(E::custom)
                    }
                    // TOML date-times arrive as a one-entry map holding their text.
                    fn visit_map<A: de::MapAccess<'de>>(
                        self,
                        mut map: A,
                    ) -> Result<$type, A::Error> {
                        let Some((_, text)) = map.next_entry::<String, String>()? else {
                            return Err(de::Error::custom(concat!("expected ", $expecting)));
                        };
                        <$type>::parse(&text).map_err(de::Error::custom)
                    }
                }
                deserializer.deserialize_any(Visitor)
            }
        }
    };
}

text_serde!(
    Timestamp,
    "an RFC 3339 time like \"2026-11-23T19:00:00-05:00\""
);
text_serde!(Date, "a date like \"2026-11-28\"");

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, Serialize)]
    struct Holder {
        at: Timestamp,
        on: Date,
    }

    #[test]
    fn quoted_and_native_toml_times_both_read() {
        let quoted: Holder =
            toml::from_str("at = \"2026-11-23T19:00:00-05:00\"\non = \"2026-11-28\"").unwrap();
        let native: Holder =
            toml::from_str("at = 2026-11-23T19:00:00-05:00\non = 2026-11-28").unwrap();
        assert_eq!(quoted.at, native.at);
        assert_eq!(quoted.on, native.on);
        assert_eq!(
            toml::to_string(&native).unwrap(),
            "at = \"2026-11-23T19:00:00-05:00\"\non = \"2026-11-28\"\n"
        );
    }

    #[test]
    fn times_without_offset_are_refused() {
        let err = toml::from_str::<Holder>("at = \"2026-11-23T19:00:00\"\non = \"2026-11-28\"")
            .unwrap_err();
        assert!(err.to_string().contains("RFC 3339"), "{err}");
    }
}
