//! Corrections: a published note beside a council, never a change to its minutes.
//!
//! The log is append-only; a mistake in committed minutes is mended by a
//! correction of its own, committed under `corrections/`, that `show`, the
//! README and `--json` show with the council.

use super::time::Timestamp;
use serde::{Deserialize, Serialize};

/// The data block of a correction file; a public contract like the minutes'.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// The id of the council it corrects.
    pub council: String,
    pub note: String,
    pub filed: Timestamp,
    pub tool: String,
    /// The language the body was written in; absent for English (every file before languages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<crate::i18n::Lang>,
}

impl Correction {
    /// Names the file: `corrections/YYYY/YYYY-MM-DD-HHMMSS-<council id without its date>[-n].md`, in the
    /// year and at the time it was filed to the second, so two laptops correcting one
    /// council write two files that merge. Earlier versions wrote
    /// `corrections/YYYY/<council id>[-n].md`; `verify` reads a file by its folder and
    /// record, never by its name, so both stay valid.
    pub fn path(&self, n: usize) -> String {
        let date = self.filed.date().to_string();
        format!(
            "corrections/{}/{date}-{}-{}{}.md",
            super::ids::year_of(&date),
            super::ids::time_of_day(self.filed),
            super::ids::undated_slug(&self.council),
            super::ids::nth(n)
        )
    }
}
