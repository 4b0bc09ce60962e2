//! The time a council is recorded at.
//!
//! `COUNCIL_NOW` (an RFC 3339 time) fixes the clock. It exists for tests and
//! for reproducing a run; people never need it.

use crate::council::time::Timestamp;
use crate::error::hint;
use anyhow::Result;
use chrono::Local;

pub const CLOCK_VAR: &str = "COUNCIL_NOW";

/// Reads the clock: `COUNCIL_NOW` when set, else the local time with its offset.
pub fn now() -> Result<Timestamp> {
    match std::env::var(CLOCK_VAR) {
        Ok(text) if !text.is_empty() => Timestamp::parse(&text).map_err(|e| {
            hint(
                format!("{CLOCK_VAR}: {e}"),
                format!("unset {CLOCK_VAR} to use the real clock"),
            )
        }),
        _ => Ok(Timestamp(Local::now().fixed_offset())),
    }
}
