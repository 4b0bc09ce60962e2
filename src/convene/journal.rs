//! The crash journal of a council being convened: the answers so far, written after every answer.
//!
//! It lives in the repository's git dir, so it is never committed and never
//! dirties the working tree. It is the answers schema (a partial answers file)
//! plus a `[convene]` table saying which step comes next. Writes are atomic:
//! temporary file, fsync, rename, so a dead battery leaves the old journal or
//! the new one, never half of one.

use crate::council::answers::ReportBack;
use crate::council::limits;
use crate::council::record::Rotation;
use crate::council::settings::{CouncilToml, Privacy};
use crate::council::{Answers, Rule, Settings};
use crate::error::hint;
use crate::log::Log;
use anyhow::{Context as _, Result};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

pub const FILE: &str = "council-journal.toml";

/// At most this many floor events in a journal (a key a second for a day is 86,400).
pub const FLOOR_EVENTS: usize = 100_000;

/// The steps of a council, in the order the room goes through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    Place,
    Timebox,
    Attendance,
    OptOuts,
    ReportBacks,
    RepeatConsent,
    Pool,
    Sources,
    Facilitator,
    Support,
    Spokesperson,
    /// The discussion, on the floor's full screen.
    Floor,
    Decision,
    Tasks,
    Delegate,
    Sovereignty,
    Closing,
    Review,
}

impl Step {
    /// The step after this one.
    pub fn next(self) -> Step {
        use Step::*;
        match self {
            Place => Timebox,
            Timebox => Attendance,
            Attendance => OptOuts,
            OptOuts => ReportBacks,
            ReportBacks => RepeatConsent,
            RepeatConsent => Pool,
            Pool => Sources,
            Sources => Facilitator,
            Facilitator => Support,
            Support => Spokesperson,
            Spokesperson => Floor,
            Floor => Decision,
            Decision => Tasks,
            Tasks => Delegate,
            Delegate => Sovereignty,
            Sovereignty => Closing,
            Closing | Review => Review,
        }
    }

    /// Steps a council past its timebox skips on its way to the decision and dissolution.
    pub fn skipped_when_time_is_up(self) -> bool {
        matches!(
            self,
            Step::Place
                | Step::ReportBacks
                | Step::Floor
                | Step::Tasks
                | Step::Delegate
                | Step::Sovereignty
        )
    }
}

/// What the review can edit in place, before the commit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Section {
    Place,
    ReportBacks,
    Decision,
    Tasks,
    Delegate,
    Sovereignty,
    Closing,
    /// Correct a misspelled name: recorded, the draw replayed with the spelling it drew.
    Name,
    /// Add someone who arrived after the pool was fixed.
    Late,
}

/// Where the council is: the next step, and what the steps so far fixed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    pub next: Step,
    /// The log commit the pools were computed from, fixed with the pool.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history: Option<String>,
    /// The settings of `council.toml` at that commit, fixed with the pool: nothing after the
    /// numbers, not a resume nor an edit of `council.toml`, can change the pool.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Fixed>,
    /// The laptop rolled the sources.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rolled: bool,
    /// Open tasks already asked about at the report-back step.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reported: Vec<String>,
    /// The report-back being answered, as far as the room got (each answer journaled at once).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<ReportBack>,
    /// The task (its place in `tasks`) being entered or edited: resumed with its answers pre-filled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task: Option<usize>,
    /// The questions of the current step already answered, so a resume offers those answers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answered: Vec<String>,
    /// The section the review is editing: a resume goes back into it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub editing: Option<Section>,
    /// An answer whose follow-up question is being asked (an objection before "Was it
    /// resolved?", a name before "Did you mean ...?" or "Which of them?"): journaled the moment
    /// it is given, offered again pre-filled by a resume.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typed: Option<Typed>,
    /// Every event of the floor (add, point, remove, start, stop) with its time, journaled the
    /// moment it happens: a resume restores the stack and the talk times from them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub floor: Vec<crate::council::floor::Event>,
    /// The privacy mode in force when the council was begun: its names are written that way.
    /// Absent in journals of earlier versions, which wrote names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy: Option<Privacy>,
}

/// An answer typed at a question whose follow-up is being asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Typed {
    /// Which question it answers: `objection` or `name`.
    pub question: String,
    pub text: String,
}

/// The settings that shaped the pool, as `council.toml` had them in the pool's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fixed {
    pub rotation: Rotation,
    pub decision_rule: Rule,
    pub duration_minutes: u32,
    pub privacy: Privacy,
}

impl Fixed {
    pub fn of(config: &CouncilToml) -> Fixed {
        Fixed {
            rotation: config.rotation,
            decision_rule: config.decision_rule,
            duration_minutes: config.duration_minutes,
            privacy: config.privacy,
        }
    }

    pub fn settings(self) -> Settings {
        Settings {
            duration_minutes: self.duration_minutes,
            rotation: self.rotation,
            decision_rule: self.decision_rule,
            privacy: self.privacy,
        }
    }
}

/// Reads the text of a journal: where the council is, and the answers so far.
pub fn parse(text: &str) -> Result<(Progress, Answers), String> {
    limits::file(
        &crate::msg!("err-what-it"),
        text.len() as u64,
        limits::MAX_INPUT_BYTES,
    )?;
    let mut table: toml::Table = toml::from_str(text).map_err(|e| e.to_string())?;
    let progress: Progress = table
        .remove("convene")
        .ok_or("it has no [convene] table")?
        .try_into()
        .map_err(|e: toml::de::Error| e.to_string())?;
    // Before the decision step the answers hold no decision yet.
    table.entry("decision").or_insert_with(|| {
        toml::Value::Table(toml::Table::from_iter([(
            "outcome".to_string(),
            toml::Value::String("none".into()),
        )]))
    });
    let answers: Answers = toml::Value::Table(table)
        .try_into()
        .map_err(|e: toml::de::Error| e.to_string())?;
    limits::answers(&answers).map_err(|problems| problems.join("; "))?;
    for (n, task) in progress.reported.iter().enumerate() {
        limits::text(&format!("convene.reported[{}]", n + 1), task, limits::SHORT)?;
    }
    if progress.answered.len() > 100 {
        return Err("its [convene] progress lists too many entries".into());
    }
    for question in &progress.answered {
        limits::text("convene.answered", question, limits::SHORT)?;
    }
    if let Some(report) = &progress.report {
        limits::text("convene.report.task", &report.task, limits::SHORT)?;
        if let Some(note) = &report.note {
            limits::text("convene.report.note", note, limits::LONG)?;
        }
    }
    if let Some(typed) = &progress.typed {
        limits::text("convene.typed.question", &typed.question, limits::SHORT)?;
        limits::text("convene.typed.text", &typed.text, limits::SHORT)?;
    }
    if progress.floor.len() > FLOOR_EVENTS {
        return Err(format!(
            "its [convene] floor holds more than {FLOOR_EVENTS} events"
        ));
    }
    for event in &progress.floor {
        if let Some(name) = &event.name {
            limits::text("convene.floor.name", name, limits::NAME)?;
        }
    }
    if let Some(history) = &progress.history {
        limits::text("convene.history", history, limits::SHORT)?;
    }
    Ok((progress, answers))
}

/// The journal on disk and in memory.
pub struct Journal {
    pub path: PathBuf,
    pub progress: Progress,
    pub answers: Answers,
}

const HEADER: &str = "# The journal of a council being convened: the answers given so far.\n\
# `council resume` continues it; `council abandon` discards it. Never committed.\n";

impl Journal {
    pub fn path_in(log: &Log) -> PathBuf {
        log.repo().path().join(FILE)
    }

    /// Starts a journal for a new council.
    pub fn new(path: PathBuf, answers: Answers) -> Journal {
        Journal {
            path,
            progress: Progress {
                next: Step::Place,
                history: None,
                settings: None,
                rolled: false,
                reported: Vec::new(),
                report: None,
                task: None,
                answered: Vec::new(),
                editing: None,
                typed: None,
                floor: Vec::new(),
                privacy: None,
            },
            answers,
        }
    }

    /// Reads the journal, or `None` when no council is being convened.
    pub fn load(path: &Path) -> Result<Option<Journal>> {
        let broken = |e: String| {
            hint(
                crate::tr!(
                    crate::i18n::user(),
                    "journal-unreadable",
                    path = path.display().to_string(),
                    error = e
                ),
                crate::tr!(crate::i18n::user(), "journal-unreadable-hint"),
            )
        };
        let size = match std::fs::metadata(path) {
            Ok(meta) => meta.len(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e).with_context(|| format!("failed to read {}", path.display())),
        };
        limits::file(&crate::msg!("err-what-it"), size, limits::MAX_INPUT_BYTES).map_err(broken)?;
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e).with_context(|| format!("failed to read {}", path.display())),
        };
        let (progress, answers) = parse(&text).map_err(broken)?;
        Ok(Some(Journal {
            path: path.to_path_buf(),
            progress,
            answers,
        }))
    }

    /// Writes the journal atomically.
    pub fn save(&self) -> Result<()> {
        let mut table =
            toml::Table::try_from(&self.answers).context("the answers cannot be journaled")?;
        // Until the room speaks to the decision, the answers hold none.
        if self.answers.decision == crate::council::answers::Decision::default() {
            table.remove("decision");
        }
        table.insert(
            "convene".into(),
            toml::Value::try_from(&self.progress).context("the progress cannot be journaled")?,
        );
        let text = format!(
            "{HEADER}{}",
            toml::to_string(&table).context("the journal cannot be written")?
        );
        // The git dir is trusted; the journal itself must not be a link to elsewhere.
        let dir = self.path.parent().context("the journal has a folder")?;
        crate::log::write_atomically(dir, &self.path, text.as_bytes())
    }

    /// Moves on to the next step and saves.
    pub fn advance(&mut self) -> Result<()> {
        self.progress.next = self.progress.next.next();
        self.progress.answered.clear();
        self.progress.typed = None;
        self.save()
    }

    /// Journals an answer whose follow-up question comes next, and saves at once.
    pub fn typed(&mut self, question: &str, text: &str) -> Result<()> {
        self.progress.typed = Some(Typed {
            question: question.to_string(),
            text: text.to_string(),
        });
        self.save()
    }

    /// Takes the answer typed at `question` before an interruption, if that is what was journaled.
    pub fn take_typed(&mut self, question: &str) -> Option<String> {
        self.progress
            .typed
            .take_if(|t| t.question == question)
            .map(|t| t.text)
    }

    /// Notes that a question of the current step was answered, and saves at once.
    pub fn answered(&mut self, question: &str) -> Result<()> {
        if !self.progress.answered.iter().any(|q| q == question) {
            self.progress.answered.push(question.to_string());
        }
        self.save()
    }

    /// Tells whether a question of the current step was answered before (a resumed council).
    pub fn was_answered(&self, question: &str) -> bool {
        self.progress.answered.iter().any(|q| q == question)
    }

    /// Deletes the journal once the council is committed or abandoned.
    pub fn remove(&self) -> Result<()> {
        match std::fs::remove_file(&self.path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e).with_context(|| format!("failed to remove {}", self.path.display())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::council::answers::{Attendee, Decision, Outcome};

    #[test]
    fn a_journal_round_trips_with_and_without_a_decision() {
        let dir = tempfile::TempDir::new().unwrap();
        let path = dir.path().join(FILE);
        let mut journal = Journal::new(
            path.clone(),
            Answers {
                issue: "Bench \"broken\"\n+++".into(),
                attendees: vec![Attendee {
                    name: "Ana".into(),
                    ..Attendee::default()
                }],
                ..Answers::default()
            },
        );
        journal.progress.next = Step::Sources;
        journal.save().unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(!text.contains("[decision]"), "{text}");
        let back = Journal::load(&path).unwrap().unwrap();
        assert_eq!(back.progress, journal.progress);
        assert_eq!(back.answers, journal.answers);

        journal.progress.next = Step::Tasks;
        journal.answers.decision = Decision {
            proposal: Some("p".into()),
            outcome: Outcome::Rejected,
            ..Decision::default()
        };
        journal.save().unwrap();
        let back = Journal::load(&path).unwrap().unwrap();
        assert_eq!(back.answers.decision.outcome, Outcome::Rejected);
        journal.remove().unwrap();
        assert!(Journal::load(&path).unwrap().is_none());
    }

    #[cfg(unix)]
    #[test]
    fn a_journal_that_is_a_symbolic_link_is_refused_and_its_target_untouched() {
        let dir = tempfile::TempDir::new().unwrap();
        let elsewhere = tempfile::TempDir::new().unwrap();
        let target = elsewhere.path().join("victim.toml");
        std::fs::write(&target, "mine").unwrap();
        let path = dir.path().join(FILE);
        std::os::unix::fs::symlink(&target, &path).unwrap();
        let journal = Journal::new(path.clone(), Answers::default());
        let err = journal.save().unwrap_err();
        assert!(
            err.to_string()
                .contains("council-journal.toml is a symbolic link (to "),
            "{err}"
        );
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "mine");
        assert!(
            std::fs::symlink_metadata(&path)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left"
        );
    }
}
