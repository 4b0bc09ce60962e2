//! `council convene`: the interactive council at the meeting, over the same pure session as `run`.
//!
//! The driver asks one step at a time, writes the journal after every
//! answer, and leaves every rule to the core: pools, draws, allowed outcomes
//! and the final checks all come from `crate::council`.

mod floor;
pub mod journal;
mod private;
pub mod prompt;
mod steps;

use crate::clock;
use crate::council::record::Role;
use crate::council::settings::CouncilToml;
use crate::council::{self, Answers, Context, History};
use crate::error::hint;
use crate::i18n::user;
use crate::log::Log;
use crate::minutes;
use crate::ops::Plan;
use crate::tr;
use crate::ui::Ui;
use anyhow::Result;
use journal::{Journal, Section, Step};
use prompt::Prompter;
use std::sync::atomic::{AtomicBool, Ordering};

/// One council being convened.
pub struct Convene<'a> {
    pub ui: &'a Ui,
    pub log: &'a Log,
    pub config: CouncilToml,
    pub prompt: Prompter,
    pub journal: Journal,
    /// The councils the pools are computed from: HEAD until the pool is fixed, then that commit.
    pub history: History,
    /// HEAD as last read: its summary answers which ids the log ever held.
    pub state: crate::log::State,
    time_up_said: bool,
    /// Under privacy = "pseudonyms": the secret names are turned into pseudonyms with.
    pub secret: Option<crate::council::privacy::Secret>,
}

fn started_or_epoch(
    started: Option<crate::council::time::Timestamp>,
) -> crate::council::time::Timestamp {
    started.unwrap_or_else(|| {
        crate::council::time::Timestamp::parse("1970-01-01T00:00:00Z").expect("a valid time")
    })
}

/// The error for a council asked of a machine with no terminal.
pub fn no_terminal(command: &str) -> anyhow::Error {
    hint(
        tr!(user(), "err-no-terminal", command = command),
        tr!(user(), "err-no-terminal-hint"),
    )
}

/// Refuses a journal begun under another privacy mode than the one in force: its people
/// were taken down for that mode, so it is neither resumed nor committed.
pub fn check_mode(journal: &Journal, config: &CouncilToml) -> Result<()> {
    crate::council::privacy::same_mode(
        journal.progress.privacy,
        journal.progress.settings.map(|f| f.privacy),
        config.privacy,
    )
    .map_err(|e| {
        let lang = crate::i18n::user();
        hint(
            crate::tr!(lang, "privacy-cannot-resume", problem = e),
            crate::tr!(lang, "privacy-mode-hint"),
        )
    })
}

/// Set while the minutes are committed: an interrupt then waits instead of cutting the commit.
static COMMITTING: AtomicBool = AtomicBool::new(false);

/// Installs the Ctrl-C handler: it only notes the interrupt, and the prompts end the run.
///
/// The handler never prints the interrupted line or exits: the prompt reading
/// returns [`prompt::Interrupted`] and `main` prints it once, after the journal
/// holds every answer given. During the commit it says the commit goes on.
pub fn on_interrupt() {
    let _ = ctrlc::set_handler(|| {
        if COMMITTING.load(Ordering::SeqCst) {
            eprintln!("\n{}", tr!(user(), "convene-committing"));
            return;
        }
        prompt::note_interrupt();
    });
}

impl<'a> Convene<'a> {
    /// Opens a council from its journal, reading the history its pools use.
    pub fn new(
        ui: &'a Ui,
        log: &'a Log,
        config: CouncilToml,
        journal: Journal,
        color: bool,
    ) -> Result<Self> {
        check_mode(&journal, &config)?;
        let state = log.state()?;
        Self::with_state(ui, log, config, journal, Prompter::new(color), state)
    }

    fn with_state(
        ui: &'a Ui,
        log: &'a Log,
        config: CouncilToml,
        journal: Journal,
        mut prompt: Prompter,
        state: crate::log::State,
    ) -> Result<Self> {
        let history = match &journal.progress.history {
            Some(commit) if Some(commit) != state.head.map(|h| h.to_string()).as_ref() => log
                .state_at(Some(crate::log::CommitId::parse(commit)?))?
                .history(),
            _ => state.history(),
        };
        // Under cards, no person carries over: the pools shown are those the session draws from.
        let history = match config.privacy {
            crate::council::settings::Privacy::Cards => history.without_people(),
            _ => history,
        };
        if let Some(started) = journal.answers.started {
            // Until the room sets its timebox, the council's default runs.
            let minutes = journal
                .answers
                .duration_minutes
                .unwrap_or(config.duration_minutes);
            prompt.set_timebox(started, minutes);
        }
        let secret = match config.privacy {
            crate::council::settings::Privacy::Pseudonyms => {
                prompt.set_roster(crate::ops::privacy::roster(log)?);
                Some(crate::ops::privacy::secret_or_create(ui, log, &history)?)
            }
            _ => None,
        };
        Ok(Convene {
            ui,
            log,
            config,
            prompt,
            journal,
            history,
            state,
            time_up_said: false,
            secret,
        })
    }

    /// Asks the first question and starts the journal.
    pub fn start(ui: &'a Ui, log: &'a Log, config: CouncilToml, color: bool) -> Result<Self> {
        // Read the log before the first question, so no answer waits on it.
        let state = log.state()?;
        let started = clock::now()?;
        let mut prompt = Prompter::new(color);
        prompt.set_timebox(started, config.duration_minutes);
        prompt.say(&format!(
            "{}\n",
            tr!(user(), "convene-opening", name = &config.name)
        ));
        // Under pseudonyms, an issue naming someone this laptop knows is refused at once.
        let roster = match config.privacy {
            crate::council::settings::Privacy::Pseudonyms => crate::ops::privacy::roster(log)?,
            _ => crate::council::privacy::Roster::default(),
        };
        let known = crate::council::privacy::Known::new(roster.people.values().map(String::as_str));
        let issue = prompt
            .text(&tr!(user(), "convene-issue"), None, false, |s| {
                if s.is_empty() {
                    Err(tr!(user(), "convene-issue-empty"))
                } else if let Some(name) = known.named_in(s) {
                    Err(tr!(
                        user(),
                        "privacy-issue-names",
                        name = crate::ui::clean(name)
                    ))
                } else {
                    crate::council::limits::text("the issue", s, crate::council::limits::ISSUE)
                        .map_err(|_| {
                            tr!(
                                user(),
                                "convene-issue-long",
                                max = crate::council::limits::ISSUE
                            )
                        })
                }
            })
            .map_err(|e| match prompt::interrupted(&e) {
                // No journal exists before the first answer: nothing to resume.
                Some(_) => prompt::Interrupted::BeforeJournal.into(),
                None => e,
            })?;
        let answers = Answers {
            issue,
            started: Some(started),
            ..Answers::default()
        };
        let mut journal = Journal::new(Journal::path_in(log), answers);
        journal.progress.privacy = Some(config.privacy);
        journal.save()?;
        Convene::with_state(ui, log, config, journal, prompt, state)
    }

    /// Goes through the remaining steps, reviews, commits.
    pub fn run(&mut self) -> Result<()> {
        if let Some(id) = self.already_committed()? {
            // The kill that interrupted it may have left the index or work tree half-done:
            // repaired under the log's lock, as every write does, before the journal goes.
            drop(crate::ops::lock(self.ui, self.log)?);
            self.journal.remove()?;
            self.prompt
                .say(&tr!(user(), "convene-already-committed", id = &id));
            return Ok(());
        }
        loop {
            let step = self.journal.progress.next;
            if step == Step::Review {
                if self.review()? {
                    return Ok(());
                }
                continue;
            }
            if self.prompt.time_is_up() && step.skipped_when_time_is_up() {
                if !self.time_up_said {
                    self.prompt
                        .say(&format!("\n{}", tr!(user(), "convene-time-up")));
                    self.time_up_said = true;
                }
                self.journal.advance()?;
                continue;
            }
            self.step(step)?;
        }
    }

    /// Shows the answers given so far, for a resumed council.
    pub fn recap(&self) {
        let a = &self.journal.answers;
        let mut lines = vec![tr!(user(), "convene-resuming", issue = &a.issue)];
        if let Some(place) = &a.place {
            lines.push(format!(
                "  {}",
                tr!(user(), "convene-recap-place", place = place)
            ));
        }
        if let Some(minutes) = a.duration_minutes {
            lines.push(format!(
                "  {}",
                tr!(user(), "convene-recap-timebox", minutes = minutes)
            ));
        }
        if !a.attendees.is_empty() {
            let names: Vec<String> = a
                .attendees
                .iter()
                .map(|x| {
                    let note = if x.late {
                        tr!(user(), "convene-recap-late")
                    } else if x.opt_out || (x.opt_out_facilitator && x.opt_out_spokesperson) {
                        tr!(user(), "convene-recap-out")
                    } else if x.opt_out_facilitator {
                        tr!(user(), "convene-recap-out-facilitator")
                    } else if x.opt_out_spokesperson {
                        tr!(user(), "convene-recap-out-spokesperson")
                    } else {
                        String::new()
                    };
                    // Fluent trims the leading space of a message: the note is set apart here.
                    let note = if note.is_empty() {
                        note
                    } else {
                        format!(" {note}")
                    };
                    format!("{}{note}", x.name)
                })
                .collect();
            lines.push(format!(
                "  {}",
                tr!(user(), "convene-recap-present", names = names.join(", "))
            ));
        }
        if let Some(sources) = &a.draw.sources {
            lines.push(format!(
                "  {}",
                tr!(
                    user(),
                    "convene-recap-numbers",
                    numbers = sources.join(" / ")
                )
            ));
        }
        if self.journal.progress.next > Step::Facilitator
            && let Ok(drawn) = self.drawn(Role::Facilitator)
        {
            lines.push(format!(
                "  {}",
                tr!(
                    user(),
                    "convene-recap-facilitator",
                    name = &drawn.facilitator
                )
            ));
        }
        if self.journal.progress.next > Step::Spokesperson
            && let Ok(drawn) = self.drawn(Role::Spokesperson)
        {
            lines.push(format!(
                "  {}",
                tr!(
                    user(),
                    "convene-recap-spokesperson",
                    name = drawn.spokesperson.unwrap_or_default()
                )
            ));
        }
        // A floor the journal cannot replay is named when the floor or the commit needs it.
        if let (false, Ok(floor)) = (self.journal.progress.floor.is_empty(), self.floor_now()) {
            let now = clock::now().unwrap_or(started_or_epoch(a.started));
            let talk = floor.talk(now);
            let held: Vec<String> = floor
                .people
                .iter()
                .zip(&talk)
                .filter(|(_, s)| **s > 0)
                .map(|(p, s)| format!("{} {}", p.name, council::floor::clock(*s)))
                .collect();
            lines.push(format!(
                "  {}",
                tr!(
                    user(),
                    "convene-recap-floor",
                    waiting = floor.stack.len(),
                    held = if held.is_empty() {
                        tr!(user(), "convene-recap-none-yet")
                    } else {
                        held.join(", ")
                    }
                )
            ));
        }
        if let Some(proposal) = &a.decision.proposal {
            lines.push(format!(
                "  {}",
                tr!(user(), "convene-recap-proposal", proposal = proposal)
            ));
        }
        if self.journal.progress.next > Step::Decision {
            lines.push(format!(
                "  {}",
                tr!(
                    user(),
                    "convene-recap-decision",
                    outcome = tr!(user(), &format!("outcome-{}", a.decision.outcome.as_str()))
                )
            ));
        }
        if !a.tasks.is_empty() {
            lines.push(format!(
                "  {}",
                tr!(user(), "convene-recap-tasks", n = a.tasks.len())
            ));
        }
        lines.push(String::new());
        self.prompt.say(&lines.join("\n"));
    }

    /// The settings in force: fixed with the pool once it is fixed, `council.toml` until then.
    pub fn settings(&self) -> crate::council::Settings {
        match self.journal.progress.settings {
            Some(fixed) => fixed.settings(),
            None => self.config.settings(),
        }
    }

    fn drawn(&self, until: Role) -> Result<council::session::Drawn, council::Problems> {
        council::session::draw(
            &self.journal.answers,
            &self.history,
            self.settings().rotation,
            until,
        )
    }

    /// Shows every answer as the minutes will read, and commits or re-enters a section.
    fn review(&mut self) -> Result<bool> {
        // A section the room was editing when the council was interrupted: back into it.
        if let Some(section) = self.journal.progress.editing {
            self.reenter(section)?;
        }
        let now = clock::now()?;
        let concluded = self.conclude(now);
        match &concluded {
            Ok(record) => self.prompt.say(&format!("\n{}", minutes::body(record))),
            Err(problems) => self.prompt.say(&format!(
                "\n{}\n",
                tr!(
                    user(),
                    "convene-cannot-commit-yet",
                    problems = problems.to_string()
                )
            )),
        }
        let sections = [
            ("convene-review-commit", None),
            ("convene-review-place", Some(Section::Place)),
            ("convene-review-reports", Some(Section::ReportBacks)),
            ("convene-review-decision", Some(Section::Decision)),
            ("convene-review-tasks", Some(Section::Tasks)),
            ("convene-review-delegate", Some(Section::Delegate)),
            ("convene-review-autonomy", Some(Section::Sovereignty)),
            ("convene-review-closing", Some(Section::Closing)),
            ("convene-review-name", Some(Section::Name)),
            ("convene-review-late", Some(Section::Late)),
        ];
        let items: Vec<String> = sections.iter().map(|(id, _)| tr!(user(), id)).collect();
        self.prompt.say(&tr!(user(), "convene-review-lot-fixed"));
        let choice = self
            .prompt
            .select(&tr!(user(), "convene-review-minutes"), &items, 0)?;
        match sections[choice].1 {
            None => match concluded {
                Ok(_) => {
                    self.commit()?;
                    Ok(true)
                }
                Err(_) => {
                    self.prompt.say(&tr!(user(), "convene-reenter-first"));
                    Ok(false)
                }
            },
            Some(section) => {
                self.reenter(section)?;
                Ok(false)
            }
        }
    }

    fn conclude(
        &self,
        now: crate::council::time::Timestamp,
    ) -> Result<council::Record, council::Problems> {
        let retired = |id: &str| self.state.id_taken(self.log, crate::log::MINUTES_DIR, id);
        let ctx = Context {
            settings: self.settings(),
            history: &self.history,
            now,
            ended: Some(now),
            rolled: self.journal.progress.rolled,
            tool: crate::ops::tool(),
            language: self.config.language.named(),
            retired: &retired,
        };
        // The discussion, as `floor_record` asks the minutes to keep it; its end is its last event.
        let mut answers = self.journal.answers.clone();
        if let Some(last) = self.journal.progress.floor.last() {
            let floor = self
                .floor_now()
                .map_err(|e| council::Problems::from(e.to_string()))?;
            answers.floor = floor.record(self.config.floor_record, last.at);
        }
        let record = council::conclude(&answers, &ctx)?;
        if self.secret.is_some() {
            // A real name typed into free text would be published: the review asks to edit it.
            let roster = crate::ops::privacy::roster(self.log)
                .map_err(|e| council::Problems::from(e.to_string()))?;
            // Everyone this laptop knows, present today or not.
            let reals: Vec<String> = roster.people.values().cloned().collect();
            if let Some(leak) = council::privacy::named_in_text(&answers, &reals) {
                return Err(council::Problems::from(leak));
            }
        }
        Ok(record)
    }

    /// Commits the minutes, removes the journal and dissolves the council.
    /// Finds this council in the log, committed by a run that died before removing its journal.
    fn already_committed(&self) -> Result<Option<String>> {
        if self.journal.progress.next != Step::Review {
            return Ok(None);
        }
        let a = &self.journal.answers;
        let Some(started) = a.started else {
            return Ok(None);
        };
        let state = self.log.state()?;
        Ok(state
            .history()
            .started_at(started)
            .iter()
            .find(|r| r.issue == a.issue && r.history == self.journal.progress.history)
            .map(|r| r.id.clone()))
    }

    fn commit(&mut self) -> Result<()> {
        COMMITTING.store(true, Ordering::SeqCst);
        let result = self.commit_now();
        COMMITTING.store(false, Ordering::SeqCst);
        result
    }

    fn commit_now(&mut self) -> Result<()> {
        // Its names were written the way of the mode it was begun under: never another's.
        crate::council::privacy::same_mode(
            self.journal.progress.privacy,
            self.journal.progress.settings.map(|f| f.privacy),
            self.config.privacy,
        )
        .map_err(|e| {
            let lang = crate::i18n::user();
            hint(
                crate::tr!(lang, "privacy-cannot-resume", problem = e),
                crate::tr!(lang, "privacy-mode-hint"),
            )
        })?;
        let lock = crate::ops::lock(self.ui, self.log)?;
        // Under the lock: which ids the log ever held is read again.
        self.state = self.log.state()?;
        let now = clock::now()?;
        let record = self.conclude(now).map_err(|p| {
            hint(
                tr!(user(), "convene-cannot-commit", problems = p.to_string()),
                tr!(user(), "convene-cannot-commit-hint"),
            )
        })?;
        let written = crate::ops::write(
            self.ui,
            self.log,
            &self.config,
            &lock,
            self.state.clone(),
            |_| Ok(Plan::council(&record)),
        )
        .map_err(|e| match e.downcast::<crate::log::CouncilLanded>() {
            Ok(landed) => hint(landed.to_string(), tr!(user(), "convene-landed-hint")),
            Err(e) => e,
        })?;
        let oid = written.commit;
        self.journal.remove()?;
        self.ui.status(
            &tr!(user(), "verb-committed"),
            &format!("{} ({})", record.path(), oid.short()),
        );
        drop(lock);
        crate::ops::sync::after_write(self.ui, self.log);
        self.prompt
            .say(&format!("\n{}", tr!(user(), "convene-dissolved")));
        Ok(())
    }
}
