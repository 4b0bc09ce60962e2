//! Report-backs filed between councils with `council report`, one file each under `reports/`.

use super::amount::Amount;
use super::answers::TaskStatus;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

/// The data block of a report-back file; a public contract like the minutes'.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    pub task: String,
    pub status: TaskStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collected: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spent: Option<Amount>,
    pub filed: Timestamp,
    pub tool: String,
    /// The language the body was written in; absent for English (every file before languages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<crate::i18n::Lang>,
}

impl Report {
    /// Names the file: `reports/YYYY/YYYY-MM-DD-HHMMSS-<task id slug, without the
    /// council's date>[-n].md`, at the time it was filed to the second, so two laptops
    /// filing on one task the same day write two files that merge. Earlier versions wrote
    /// `reports/YYYY/YYYY-MM-DD[-HHMMSS]-<whole task id slug>[-n].md`; `verify` reads a
    /// file by its folder and record, never by its name, so every name stays valid.
    pub fn path(&self, n: usize) -> String {
        let date = self.filed.date().to_string();
        let slug = super::ids::undated_slug(&self.task);
        format!(
            "reports/{}/{date}-{}-{slug}{}.md",
            super::ids::year_of(&date),
            super::ids::time_of_day(self.filed),
            super::ids::nth(n)
        )
    }
}
