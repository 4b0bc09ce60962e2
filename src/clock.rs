//! The time a council is recorded at.
//!
//! `COUNCIL_NOW` fixes the clock, for tests: an RFC 3339 time, or `@FILE` to
//! read the time from FILE at every call, so a test can move time forward
//! while a council is being convened. People never need it.

use crate::council::time::Timestamp;
use crate::error::hint;
use anyhow::Result;
use chrono::Local;

pub const CLOCK_VAR: &str = "COUNCIL_NOW";

/// Reads the clock: `COUNCIL_NOW` when set, else the local time with its offset.
pub fn now() -> Result<Timestamp> {
    match std::env::var(CLOCK_VAR) {
        Ok(text) if text.starts_with('@') => {
            let file = &text[1..];
            let time = std::fs::read_to_string(file).map_err(|e| {
                hint(
                    format!("{CLOCK_VAR}: failed to read {file}: {e}"),
                    format!("unset {CLOCK_VAR} to use the real clock"),
                )
            })?;
            Timestamp::parse(&time).map_err(|e| {
                hint(
                    format!("{CLOCK_VAR} (in {file}): {e}"),
                    format!("unset {CLOCK_VAR} to use the real clock"),
                )
            })
        }
        Ok(text) if !text.is_empty() => Timestamp::parse(&text).map_err(|e| {
            hint(
                format!("{CLOCK_VAR}: {e}"),
                format!("unset {CLOCK_VAR} to use the real clock"),
            )
        }),
        _ => Ok(Timestamp(Local::now().fixed_offset())),
    }
}
