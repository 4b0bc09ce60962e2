//! Times and dates as text: RFC 3339 times and `YYYY-MM-DD` dates, always written the same way.
//!
//! Both also accept TOML's own date-time values, so `started = 2026-11-23T19:00:00-05:00`
//! works as well as the quoted form.

use super::limits::{FIRST_YEAR, LAST_YEAR};
use crate::msg;
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, SecondsFormat};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};
use std::fmt;

/// A moment with the offset it was given in, written as RFC 3339.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub DateTime<FixedOffset>);

/// A calendar day, written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

/// Refuses a year outside [`FIRST_YEAR`]..=[`LAST_YEAR`].
fn in_range(text: &str, year: i32) -> Result<(), String> {
    if (FIRST_YEAR..=LAST_YEAR).contains(&year) {
        Ok(())
    } else {
        Err(msg!(
            "err-year-range",
            text = format!("{text:?}"),
            year = year.to_string(),
            first = FIRST_YEAR.to_string(),
            last = LAST_YEAR.to_string()
        ))
    }
}

impl Timestamp {
    /// Reads an RFC 3339 time, its year (where it was given) from 1970 to 9999.
    pub fn parse(text: &str) -> Result<Self, String> {
        let time = DateTime::parse_from_rfc3339(text.trim())
            .map(Timestamp)
            .map_err(|e| {
                msg!(
                    "err-not-time",
                    text = format!("{text:?}"),
                    error = e.to_string()
                )
            })?;
        in_range(text, time.0.year())?;
        Ok(time)
    }

    pub fn date(self) -> Date {
        Date(self.0.date_naive())
    }
}

impl Date {
    /// Reads a `YYYY-MM-DD` date, its year from 1970 to 9999.
    pub fn parse(text: &str) -> Result<Self, String> {
        let date = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .map(Date)
            .map_err(|e| {
                msg!(
                    "err-not-date",
                    text = format!("{text:?}"),
                    error = e.to_string()
                )
            })?;
        in_range(text, date.0.year())?;
        Ok(date)
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
                // Quoted text, or a native TOML date-time (`at = 2026-11-23T19:00:00-05:00`).
                #[derive(Deserialize)]
                #[serde(untagged, expecting = $expecting)]
                enum Text {
                    Quoted(String),
                    Native(toml::value::Datetime),
                }
                let text = match Text::deserialize(deserializer)? {
                    Text::Quoted(text) => text,
                    Text::Native(time) => time.to_string(),
                };
                <$type>::parse(&text).map_err(de::Error::custom)
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
    fn year_zero_is_refused() {
        let err = Timestamp::parse("0000-01-01T00:00:00Z").unwrap_err();
        assert!(err.contains("year 0: dates run from 1970 to 9999"), "{err}");
        let err = Date::parse("0000-01-01").unwrap_err();
        assert!(err.contains("year 0"), "{err}");
        assert!(Date::parse("1969-12-31").is_err());
        assert!(Date::parse("+10000-01-01").is_err());
        assert!(Date::parse("1970-01-01").is_ok());
        assert!(Timestamp::parse("9999-12-31T23:59:59-12:00").is_ok());
        let err =
            toml::from_str::<Holder>("at = 0000-01-01T00:00:00Z\non = \"2026-11-28\"").unwrap_err();
        assert!(err.to_string().contains("year 0"), "{err}");
    }

    #[test]
    fn times_without_offset_are_refused() {
        let err = toml::from_str::<Holder>("at = \"2026-11-23T19:00:00\"\non = \"2026-11-28\"")
            .unwrap_err();
        assert!(err.to_string().contains("RFC 3339"), "{err}");
    }
}
