//! The log as a static web site, an Atom feed and a notice for the wall.
//!
//! Everything here is pure: it takes the records the log holds and returns
//! files. Pages are maud templates, which escape every value; data is also
//! cleaned of control and bidirectional characters ([`d`]), as the terminal
//! is. Links are relative, so the site works from `file://` and any static host.

pub mod feed;
pub mod notice;
mod pages;

use crate::council::Record;
use crate::council::abandoned::Abandoned;
use crate::council::correction::Correction;
use crate::council::ledger::{self, Gain, Mandate, TaskState};
use crate::council::report::Report;
use crate::council::stats::{self, Stats};
use crate::council::time::Date;
use crate::i18n::Lang;

/// How many councils the index lists; the councils page lists them all.
pub const INDEX_COUNCILS: usize = 10;

/// What the site shows: every record file of one commit of the log.
pub struct Input {
    /// The log's first commit, which names it in the feed's ids (`None` before any commit).
    pub log_id: Option<String>,
    /// The council's name, from `council.toml`.
    pub name: String,
    pub lang: Lang,
    /// Where the site is served (`url` in `council.toml`), if known.
    pub url: Option<String>,
    /// Every council with its file's path, in any order.
    pub councils: Vec<(String, Record)>,
    pub reports: Vec<Report>,
    pub corrections: Vec<(String, Correction)>,
    pub abandoned: Vec<Abandoned>,
    /// The date "overdue" and "review due" are measured against.
    pub today: Date,
    /// The time of the newest record, for the feed's `updated`.
    pub updated: Option<crate::council::time::Timestamp>,
    /// The privacy mode of `council.toml`: under cards, turns are not counted by card.
    pub privacy: crate::council::settings::Privacy,
}

/// One file of the site.
pub struct Page {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// What every page needs, computed once.
pub struct Site<'a> {
    pub input: &'a Input,
    /// Councils, newest first.
    pub councils: Vec<&'a (String, Record)>,
    pub tasks: Vec<TaskState>,
    pub mandates: Vec<Mandate>,
    pub gains: Vec<Gain>,
    pub stats: Stats,
}

impl<'a> Site<'a> {
    /// Folds the ledger, mandates and turns from the records; fails when a jar cannot be added up.
    pub fn new(input: &'a Input) -> Result<Site<'a>, String> {
        let mut councils: Vec<&(String, Record)> = input.councils.iter().collect();
        councils.sort_by(|a, b| (b.1.started, &b.1.id).cmp(&(a.1.started, &a.1.id)));
        let records: Vec<&Record> = councils.iter().map(|(_, r)| r).collect();
        let tasks = ledger::tasks(&records, &input.reports, input.today)?;
        let mandates = ledger::mandates(&records);
        let gains = ledger::gains(&records);
        let mut stats = stats::stats(&records);
        if input.privacy == crate::council::settings::Privacy::Cards {
            // A card is handed out at one council, not kept by a person.
            stats.people.clear();
            stats.gini = 0.0;
            stats.largest_share = None;
            stats.longest_run = None;
        }
        Ok(Site {
            input,
            councils,
            tasks,
            mandates,
            gains,
            stats,
        })
    }

    /// The council with this id.
    pub fn council(&self, id: &str) -> Option<&'a Record> {
        self.councils
            .iter()
            .find(|(_, r)| r.id == id)
            .map(|(_, r)| r)
    }
}

/// Every file of the site: the pages, and the feed.
pub fn build(input: &Input) -> Result<Vec<Page>, String> {
    let site = Site::new(input)?;
    let mut files = pages::all(&site);
    files.push(Page {
        path: "feed.xml".into(),
        bytes: feed::render(&site).into_bytes(),
    });
    // Forges that run Jekyll on a pages branch serve these files as they are.
    files.push(Page {
        path: ".nojekyll".into(),
        bytes: Vec::new(),
    });
    Ok(files)
}

/// Data made fit for a page: control and bidirectional characters removed (the template escapes).
pub fn d(text: &str) -> String {
    crate::ui::clean(text)
}

/// "label: text", with the language's own spacing around the colon.
pub fn labelled(lang: Lang, label: &str, text: &str) -> String {
    crate::tr!(lang, "site-labelled", label = label, text = text)
}

/// The page of a council, relative to the site's root.
pub fn council_href(id: &str) -> String {
    format!("councils/{}.html", slug(id))
}

/// A council id as a file name: ids are ASCII slugs already; anything else is replaced.
fn slug(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// A word for the shell, quoted so that no character in it is special.
pub fn shell_word(text: &str) -> String {
    let text = d(text);
    if !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:#@".contains(c))
    {
        return text;
    }
    format!("'{}'", text.replace('\'', "'\\''"))
}

/// The command that re-checks the first step of a council's draw with the bare RFC 3797 algorithm.
pub fn draw_command(record: &Record) -> Option<String> {
    let step = record.draw.steps.first()?;
    let mut words = vec!["council".to_string(), "draw".to_string()];
    for name in &step.pool {
        words.push("--pool".into());
        words.push(shell_word(name));
    }
    for source in &record.draw.sources {
        words.push("--source".into());
        words.push(shell_word(source));
    }
    Some(words.join(" "))
}

/// The absolute address of a page when the site's address is known.
pub fn absolute(url: &str, href: &str) -> String {
    format!("{}/{href}", url.trim_end_matches('/'))
}
