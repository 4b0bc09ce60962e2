//! The questions of each step. Answers go into the journal; rules stay in the core.

use super::Convene;
use super::journal::{Section, Step};
use crate::clock;
use crate::council::amount::Amount;
use crate::council::answers::{
    Attendee, Closing, Decision, Delegate, Jar, Outcome, ReportBack, Rule, Sovereignty, Task,
    TaskStatus,
};
use crate::council::ledger;
use crate::council::limits;
use crate::council::record::Role;
use crate::council::time::Date;
use crate::council::{names, rfc3797, session, validate};
use crate::i18n::user;
use crate::tr;
use anyhow::Result;

impl Convene<'_> {
    /// Asks one step, saving the journal after every answer, then moves on.
    pub(super) fn step(&mut self, step: Step) -> Result<()> {
        match step {
            Step::Place => self.place()?,
            Step::Timebox => self.timebox()?,
            Step::Attendance => self.attendance()?,
            Step::OptOuts => self.opt_outs()?,
            Step::ReportBacks => self.report_backs()?,
            Step::RepeatConsent => self.repeat_consent()?,
            Step::Pool => {
                if !self.pool()? {
                    return Ok(());
                }
            }
            Step::Sources => self.sources()?,
            Step::Facilitator => self.draw_role(Role::Facilitator)?,
            Step::Support => self.support()?,
            Step::Spokesperson => self.draw_role(Role::Spokesperson)?,
            Step::Floor => self.floor()?,
            Step::Decision => {
                if !self.decision()? {
                    return Ok(());
                }
            }
            Step::Tasks => self.tasks()?,
            Step::Delegate => self.delegate()?,
            Step::Sovereignty => self.sovereignty()?,
            Step::Closing => self.closing()?,
            Step::Review => return Ok(()),
        }
        self.journal.advance()
    }

    /// Edits a section from the review screen, in place and pre-filled.
    ///
    /// The section is journaled as the one being edited, so a resume goes back into it.
    pub(super) fn reenter(&mut self, section: Section) -> Result<()> {
        self.journal.progress.editing = Some(section);
        self.journal.save()?;
        match section {
            Section::Place => {
                let a = &self.journal.answers;
                let issue = self.prompt.edit(
                    &tr!(user(), "convene-edit-issue"),
                    Some(&a.issue.clone()),
                    false,
                    filled(limits::ISSUE),
                )?;
                self.journal.answers.issue = issue;
                self.journal.save()?;
                self.place()?;
            }
            Section::ReportBacks => {
                self.journal.progress.reported.clear();
                self.report_backs()?;
            }
            Section::Decision => {
                self.decision()?;
            }
            Section::Tasks => self.edit_tasks()?,
            Section::Delegate => self.delegate()?,
            Section::Sovereignty => self.sovereignty()?,
            Section::Closing => self.closing()?,
            Section::Name => self.correct_name()?,
            Section::Late => {
                self.add_late()?;
            }
        }
        self.journal.progress.editing = None;
        self.journal.progress.answered.clear();
        self.journal.progress.typed = None;
        self.journal.save()
    }

    fn place(&mut self) -> Result<()> {
        let old = self.journal.answers.place.clone();
        let place = self.prompt.edit(
            &tr!(user(), "convene-place"),
            old.as_deref(),
            true,
            at_most(limits::SHORT),
        )?;
        self.journal.answers.place = (!place.is_empty()).then_some(place);
        Ok(())
    }

    fn timebox(&mut self) -> Result<()> {
        let default = self
            .journal
            .answers
            .duration_minutes
            .unwrap_or(self.settings().duration_minutes)
            .to_string();
        let minutes = self.prompt.text(
            &tr!(user(), "convene-timebox"),
            Some(&default),
            false,
            |s| match s.parse::<u32>() {
                Ok(m) if (1..=1440).contains(&m) => Ok(()),
                _ => Err(tr!(user(), "convene-timebox-range")),
            },
        )?;
        let minutes: u32 = minutes.parse()?;
        self.journal.answers.duration_minutes = Some(minutes);
        if let Some(started) = self.journal.answers.started {
            self.prompt.set_timebox(started, minutes);
        }
        let protocol = self.config.protocol.clone().unwrap_or_default();
        let mut lines = vec![format!("\n{}", tr!(user(), "convene-before-start"))];
        let mut missing = Vec::new();
        match protocol
            .legal_support
            .as_deref()
            .filter(|t| !placeholder(t))
        {
            Some(legal) => lines.push(format!("  {}", tr!(user(), "convene-legal", legal = legal))),
            None => {
                lines.push(format!("  {}", tr!(user(), "convene-no-legal")));
                missing.push("legal_support");
            }
        }
        match protocol.care_team.as_deref().filter(|t| !placeholder(t)) {
            Some(care) => lines.push(format!("  {}", tr!(user(), "convene-care", care = care))),
            None => {
                lines.push(format!("  {}", tr!(user(), "convene-no-care")));
                missing.push("care_team");
            }
        }
        if !missing.is_empty() {
            let and = format!(" {} ", tr!(user(), "convene-and"));
            lines.push(format!(
                "  {}",
                tr!(user(), "convene-set-protocol", missing = missing.join(&and))
            ));
        }
        self.prompt.say(&format!("{}\n", lines.join("\n")));
        Ok(())
    }

    /// Takes the people present: those the log knows, marked from a list, and newcomers typed.
    fn attendance(&mut self) -> Result<()> {
        if self.config.privacy == crate::council::settings::Privacy::Cards {
            return self.card_attendance();
        }
        if self.journal.answers.attendees.is_empty() {
            self.prompt.say(&tr!(user(), "convene-who-is-here"));
        } else {
            let names = self.names();
            self.prompt.say(&tr!(
                user(),
                "convene-already-listed",
                names = names.join(", ")
            ));
        }
        let known = self.known_people();
        if !known.is_empty() && !self.journal.was_answered("regulars") {
            let shown: Vec<String> = known.iter().take(REGULARS).cloned().collect();
            let more = if known.len() > shown.len() {
                // Fluent trims a message's leading space: the sentence is set apart here.
                format!(" {}", tr!(user(), "convene-regulars-more", n = shown.len()))
            } else {
                String::new()
            };
            self.prompt
                .say(&tr!(user(), "convene-regulars", more = more));
            let chosen = self
                .prompt
                .multi(&tr!(user(), "convene-regulars-question"), &shown)?;
            for n in chosen {
                self.journal.answers.attendees.push(Attendee {
                    name: shown[n].clone(),
                    ..Attendee::default()
                });
            }
            self.journal.answered("regulars")?;
        }
        self.prompt.say(&tr!(user(), "convene-type-names"));
        loop {
            let Some(name) = self.ask_name(&tr!(user(), "convene-name"))? else {
                if self.journal.answers.attendees.len() < 2 {
                    self.prompt.say(&tr!(user(), "convene-two-people"));
                    continue;
                }
                return Ok(());
            };
            for name in name {
                self.add_attendee(name, false)?;
            }
        }
    }

    /// The people of the log not listed yet, most recently seen first.
    fn known_people(&self) -> Vec<String> {
        let listed: std::collections::HashSet<String> = self
            .journal
            .answers
            .attendees
            .iter()
            .map(|a| names::key(&a.name))
            .collect();
        self.history
            .known_people()
            .into_iter()
            .filter(|name| !listed.contains(&names::key(name)))
            .collect()
    }

    /// Asks for a name: the people it stands for (a known person, several a part matches, or
    /// someone new), or `None` on an empty line.
    fn ask_name(&mut self, question: &str) -> Result<Option<Vec<String>>> {
        if let Some(asked) = self.ask_private_name(question)? {
            return Ok(asked);
        }
        // A name typed before an interruption at its follow-up question comes back pre-filled.
        let given = self.journal.take_typed("name");
        let listed = self.journal.answers.attendees.clone();
        let started = self.journal.answers.started;
        let known = self.known_people();
        let history = &self.history;
        let matches = |s: &str| -> Vec<String> {
            let part = names::key(s);
            if part.chars().count() < 2 || history.people().spelling(s).is_some() {
                return Vec::new();
            }
            known
                .iter()
                .filter(|k| names::key(k).contains(&part))
                .cloned()
                .collect()
        };
        let typed = self.prompt.edit(question, given.as_deref(), true, |s| {
            if s.is_empty() {
                return Ok(());
            }
            validate::attendee_name(&listed, s)?;
            if !matches(s).is_empty() {
                return Ok(());
            }
            validate::newcomer(s, history, started)
        })?;
        if typed.is_empty() {
            if given.is_some() {
                self.journal.save()?;
            }
            return Ok(None);
        }
        // One person, one spelling: the log's first.
        if let Some(known) = self.history.people().spelling(&typed) {
            return Ok(Some(vec![known.to_string()]));
        }
        let found = matches(&typed);
        if !found.is_empty() {
            // Journaled before the follow-up: a kill at "Which of them?" keeps what was typed.
            self.journal.typed("name", &typed)?;
            let mut items = found.clone();
            let new_one = validate::newcomer(&typed, &self.history, started).is_ok();
            if new_one {
                items.push(tr!(user(), "convene-none-of-these", name = &typed));
            }
            let chosen = self
                .prompt
                .multi(&tr!(user(), "convene-which-of-them"), &items)?;
            let mut names: Vec<String> = chosen
                .iter()
                .filter(|&&n| n < found.len())
                .map(|&n| found[n].clone())
                .collect();
            if new_one && chosen.contains(&found.len()) {
                names.push(typed);
            }
            // Cleared in memory: the save that lists the people chosen clears it on disk.
            self.journal.progress.typed = None;
            if names.is_empty() {
                self.journal.save()?;
            }
            return Ok(Some(names));
        }
        let near: Vec<String> = self
            .history
            .people()
            .near(&typed)
            .into_iter()
            .filter(|n| !listed.iter().any(|a| names::same_person(&a.name, n)))
            .map(str::to_string)
            .collect();
        if near.is_empty() {
            return Ok(Some(vec![typed]));
        }
        // Journaled before the follow-up: a kill at "Did you mean ...?" keeps what was typed.
        self.journal.typed("name", &typed)?;
        let mut items: Vec<String> = near
            .iter()
            .map(|n| tr!(user(), "convene-known", name = n))
            .collect();
        items.push(tr!(user(), "convene-someone-new", name = &typed));
        let or = format!(" {} ", tr!(user(), "convene-or"));
        let choice = self.prompt.select(
            &tr!(user(), "convene-did-you-mean", names = near.join(&or)),
            &items,
            0,
        )?;
        // Cleared in memory: the save that lists the person clears it on disk.
        self.journal.progress.typed = None;
        Ok(Some(vec![near.get(choice).cloned().unwrap_or(typed)]))
    }

    /// Lists one more person, journaled at once; a late arrival is in no draw.
    fn add_attendee(&mut self, name: String, late: bool) -> Result<()> {
        if let Err(p) = validate::attendee_name(&self.journal.answers.attendees, &name) {
            self.prompt.say(&format!("  {p}"));
            return Ok(());
        }
        if !self.history.has_attended(&name) {
            self.prompt.say(&format!(
                "  {}",
                tr!(user(), "convene-welcome", name = &name)
            ));
        }
        if late {
            self.prompt
                .say(&format!("  {}", tr!(user(), "convene-late", name = &name)));
        }
        self.journal.answers.attendees.push(Attendee {
            name,
            late,
            ..Attendee::default()
        });
        self.journal.save()
    }

    /// Adds people who arrived after the pool was fixed, each journaled at once.
    pub(super) fn add_late(&mut self) -> Result<Vec<String>> {
        let mut added = Vec::new();
        loop {
            let Some(names) = self.ask_name(&tr!(user(), "convene-who-arrived"))? else {
                return Ok(added);
            };
            for name in names {
                let before = self.journal.answers.attendees.len();
                self.add_attendee(name.clone(), true)?;
                if self.journal.answers.attendees.len() > before {
                    added.push(name);
                }
            }
        }
    }

    /// Corrects a misspelled name at the review: the draw keeps the spelling it drew
    /// (`drawn_as`), and the log counts the person under the right name from now on.
    pub(super) fn correct_name(&mut self) -> Result<()> {
        if self.config.privacy != crate::council::settings::Privacy::Names {
            return self.correct_private_name();
        }
        let names = self.names();
        let mut items = names.clone();
        items.push(tr!(user(), "convene-no-misspelling"));
        let which = self
            .prompt
            .select(&tr!(user(), "convene-misspelled"), &items, names.len())?;
        let Some(old) = names.get(which).cloned() else {
            return Ok(());
        };
        let others: Vec<Attendee> = self
            .journal
            .answers
            .attendees
            .iter()
            .filter(|a| a.name != old)
            .cloned()
            .collect();
        let started = self.journal.answers.started;
        let history = &self.history;
        let pool_fixed = self.journal.progress.next > Step::Pool;
        // The spelling the draw used, when the person was in it: a correction only mends it.
        let drawn = self
            .journal
            .answers
            .attendees
            .iter()
            .find(|a| a.name == old && !a.late && pool_fixed)
            .map(|a| a.drawn_name().to_string());
        let right = self.prompt.edit(
            &tr!(user(), "convene-right-name", name = &old),
            Some(&old),
            false,
            |s| {
                if s == old {
                    return Ok(());
                }
                validate::attendee_name(&others, s)?;
                if names::same_person(s, &old) {
                    return Err(tr!(user(), "convene-same-name"));
                }
                if let Some(drawn) = &drawn
                    && !names::same_person(s, drawn)
                {
                    validate::correction(drawn, s, history)?;
                }
                validate::newcomer(s, history, started)
            },
        )?;
        if right == old {
            self.prompt
                .say(&tr!(user(), "convene-left-as-is", name = &old));
            return Ok(());
        }
        let right = self
            .history
            .people()
            .spelling(&right)
            .map_or(right, str::to_string);
        let saved = self.journal.answers.clone();
        let a = &mut self.journal.answers;
        for attendee in &mut a.attendees {
            if attendee.name == old {
                if pool_fixed && !attendee.late && attendee.drawn_as.is_none() {
                    attendee.drawn_as = Some(old.clone());
                }
                if attendee.drawn_as.as_deref() == Some(right.as_str()) {
                    attendee.drawn_as = None;
                }
                attendee.name = right.clone();
            }
        }
        let rename = |n: &mut String| {
            if *n == old {
                *n = right.clone();
            }
        };
        for task in &mut a.tasks {
            task.who.iter_mut().for_each(rename);
        }
        if let Some(delegate) = &mut a.delegate
            && let Some(name) = &mut delegate.name
        {
            rename(name);
        }
        a.decision.stand_asides.iter_mut().for_each(rename);
        a.decision.blocks.iter_mut().for_each(rename);
        if let Err(problems) = self.conclude(clock::now()?) {
            let text = problems.to_string();
            if text.contains("would change who could be drawn") {
                self.journal.answers = saved;
                self.prompt
                    .say(&tr!(user(), "convene-not-corrected", problem = &text));
                return Ok(());
            }
        }
        self.journal.save()?;
        self.prompt.say(&tr!(
            user(),
            "convene-corrected",
            old = &old,
            right = &right
        ));
        Ok(())
    }

    /// Lets the room pick people present; a late arrival can be added from the same list.
    fn pick_people(&mut self, question: &str, marked: &[String]) -> Result<Vec<String>> {
        let names = self.names();
        let mut items = names.clone();
        let late = self.journal.progress.next > Step::Pool;
        if late {
            items.push(tr!(user(), "convene-add-late"));
        }
        let mut marks: Vec<bool> = names
            .iter()
            .map(|n| marked.iter().any(|m| names::same_person(m, n)))
            .collect();
        if late {
            marks.push(false);
        }
        let chosen = self.prompt.multi_marked(question, &items, &marks)?;
        if late && chosen.contains(&names.len()) {
            let added = self.add_late()?;
            let mut keep: Vec<String> = chosen
                .iter()
                .filter_map(|&n| names.get(n).cloned())
                .collect();
            keep.extend(added);
            return self.pick_people(question, &keep);
        }
        Ok(chosen.into_iter().map(|n| names[n].clone()).collect())
    }

    fn names(&self) -> Vec<String> {
        self.journal
            .answers
            .attendees
            .iter()
            .map(|a| a.name.clone())
            .collect()
    }

    fn opt_outs(&mut self) -> Result<()> {
        let names = self.names();
        let marked = |f: fn(&Attendee) -> bool, a: &[Attendee]| -> Vec<bool> {
            a.iter().map(|x| x.opt_out || f(x)).collect()
        };
        let facil = marked(|x| x.opt_out_facilitator, &self.journal.answers.attendees);
        let chosen = self.prompt.multi_marked(
            &tr!(user(), "convene-opt-out-facilitator"),
            &names,
            &facil,
        )?;
        for (n, attendee) in self.journal.answers.attendees.iter_mut().enumerate() {
            let spoke = attendee.opt_out || attendee.opt_out_spokesperson;
            attendee.opt_out = false;
            attendee.opt_out_facilitator = chosen.contains(&n);
            attendee.opt_out_spokesperson = spoke;
        }
        self.journal.answered("opt-out-facilitator")?;
        let speak = marked(|x| x.opt_out_spokesperson, &self.journal.answers.attendees);
        let speak = if self.journal.was_answered("opt-out-spokesperson") {
            speak
        } else {
            vec![false; names.len()]
        };
        let chosen = self.prompt.multi_marked(
            &tr!(user(), "convene-opt-out-spokesperson"),
            &names,
            &speak,
        )?;
        for (n, attendee) in self.journal.answers.attendees.iter_mut().enumerate() {
            let spoke = chosen.contains(&n);
            // Out of both draws reads as one: not in the draw.
            attendee.opt_out = attendee.opt_out_facilitator && spoke;
            attendee.opt_out_facilitator &= !attendee.opt_out;
            attendee.opt_out_spokesperson = spoke && !attendee.opt_out;
        }
        self.journal.answered("opt-out-spokesperson")?;
        Ok(())
    }

    fn report_backs(&mut self) -> Result<()> {
        let today = clock::now()?.date();
        let open: Vec<ledger::TaskState> = self
            .history
            // Summarized: the filed report-backs are folded in already.
            .tasks(&[], today)
            .map_err(crate::error::Fail::new)?
            .into_iter()
            .filter(|t| t.status == TaskStatus::Open)
            .filter(|t| !self.journal.progress.reported.contains(&t.id))
            .collect();
        if !open.is_empty() && self.journal.progress.reported.is_empty() {
            self.prompt.say(&format!(
                "\n{}",
                tr!(user(), "convene-open-tasks", n = open.len())
            ));
        }
        let statuses = [
            tr!(user(), "convene-status-open"),
            tr!(user(), "convene-status-done"),
            tr!(user(), "convene-status-dropped"),
        ];
        for task in open {
            let due = task.due.map_or(String::new(), |d| {
                tr!(user(), "convene-due", date = d.to_string())
            });
            self.prompt.say(&format!(
                "\n{}: {} ({}{due})",
                task.id,
                task.what,
                task.who.join(", ")
            ));
            // What the room already said: a report being answered, or one given before (the review).
            let given = self
                .journal
                .progress
                .report
                .clone()
                .filter(|r| r.task == task.id)
                .or_else(|| {
                    self.journal
                        .answers
                        .report_backs
                        .iter()
                        .find(|r| r.task == task.id)
                        .cloned()
                });
            let mut report = given.clone().unwrap_or(ReportBack {
                task: task.id.clone(),
                status: TaskStatus::Open,
                note: None,
                collected: None,
                spent: None,
            });
            let default = match report.status {
                TaskStatus::Open => 0,
                TaskStatus::Done => 1,
                TaskStatus::Dropped => 2,
            };
            report.status = match self.prompt.select(
                &tr!(user(), "convene-where-stands"),
                &statuses,
                default,
            )? {
                1 => TaskStatus::Done,
                2 => TaskStatus::Dropped,
                _ => TaskStatus::Open,
            };
            self.journal.progress.report = Some(report.clone());
            self.journal.save()?;
            let note = self.prompt.edit(
                &tr!(user(), "convene-note"),
                report.note.as_deref(),
                true,
                at_most(limits::LONG),
            )?;
            report.note = (!note.is_empty()).then_some(note);
            self.journal.progress.report = Some(report.clone());
            self.journal.save()?;
            if let Some(jar) = &task.jar {
                self.prompt.say(&format!(
                    "  {}",
                    tr!(
                        user(),
                        "convene-jar",
                        collected = jar.collected.to_string(),
                        target = jar.target.to_string(),
                        currency = &jar.currency,
                        spent = jar.spent.to_string()
                    )
                ));
                report.collected =
                    self.amount(&tr!(user(), "convene-collected"), report.collected)?;
                self.journal.progress.report = Some(report.clone());
                self.journal.save()?;
                report.spent = self.amount(&tr!(user(), "convene-spent"), report.spent)?;
            }
            let reports = &mut self.journal.answers.report_backs;
            reports.retain(|r| r.task != task.id);
            if report.status != TaskStatus::Open
                || report.note.is_some()
                || report.collected.or(report.spent).is_some()
            {
                reports.push(report);
            }
            self.journal.progress.report = None;
            self.journal.progress.reported.push(task.id);
            self.journal.save()?;
        }
        Ok(())
    }

    fn amount(&self, question: &str, given: Option<Amount>) -> Result<Option<Amount>> {
        let given = given.map(|a| a.to_string());
        let text = self.prompt.edit(question, given.as_deref(), true, |s| {
            if s.is_empty() {
                Ok(())
            } else {
                s.parse::<Amount>().map(|_| ())
            }
        })?;
        Ok(if text.is_empty() {
            None
        } else {
            text.parse::<Amount>().ok()
        })
    }

    /// Asks for an optional date, by the core's rule: not before the council.
    fn date(&self, question: &str, given: Option<Date>) -> Result<Option<Date>> {
        let started = self.journal.answers.started;
        let given = given.map(|d| d.to_string());
        let text = self.prompt.edit(question, given.as_deref(), true, |s| {
            if s.is_empty() {
                Ok(())
            } else {
                validate::not_before(started, Date::parse(s)?)
            }
        })?;
        Ok(Date::parse(&text).ok())
    }

    fn repeat_consent(&mut self) -> Result<()> {
        let started = self.journal.answers.started;
        let Some(previous) = self.history.previous_before(started).cloned() else {
            return Ok(());
        };
        self.journal.answers.draw.repeat_consent.clear();
        let present = |name: &str| {
            self.journal
                .answers
                .attendees
                .iter()
                .any(|a| names::same_person(&a.name, name) && !a.opt_out)
        };
        let mut asked: Vec<String> = Vec::new();
        for (name, did) in [
            (&previous.facilitator, "convene-repeat-facilitated"),
            (&previous.spokesperson, "convene-repeat-spoke"),
        ] {
            if present(name) && !asked.iter().any(|a| names::same_person(a, name)) {
                asked.push(name.clone());
                let question = tr!(user(), did, name = name);
                if self.prompt.confirm(&question, false)? {
                    self.journal.answers.draw.repeat_consent.push(name.clone());
                }
                self.journal.save()?;
            }
        }
        Ok(())
    }

    /// Fixes and shows the pool before any number is called; false sends the room back to attendance.
    fn pool(&mut self) -> Result<bool> {
        let pool = session::pool(
            &self.journal.answers,
            &self.history,
            self.settings().rotation,
            Role::Facilitator,
            None,
        );
        let mut lines = vec![format!(
            "\n{}",
            tr!(user(), "convene-pool", names = pool.members.join(", "))
        )];
        for left in &pool.left_out {
            lines.push(format!(
                "  {}",
                tr!(
                    user(),
                    "convene-left-out",
                    name = &left.name,
                    why = crate::minutes::why(user(), &left.why)
                )
            ));
        }
        if pool.members.is_empty() {
            lines.push(tr!(user(), "convene-nobody-drawn"));
            self.prompt.say(&lines.join("\n"));
            self.journal.progress.next = Step::Attendance;
            self.journal.save()?;
            return Ok(false);
        }
        let people = validate::people(&self.journal.answers, &self.history);
        if !people.is_empty() {
            lines.push(tr!(
                user(),
                "convene-before-numbers",
                problems = people.join("; ")
            ));
            self.prompt.say(&lines.join("\n"));
            self.journal.progress.next = Step::Attendance;
            self.journal.save()?;
            return Ok(false);
        }
        if let Err(problems) = session::preflight(
            &self.journal.answers,
            &self.history,
            self.settings().rotation,
            false,
        ) {
            lines.push(tr!(
                user(),
                "convene-lot-incomplete",
                problems = problems.to_string()
            ));
            self.prompt.say(&lines.join("\n"));
            self.journal.progress.next = Step::Attendance;
            self.journal.save()?;
            return Ok(false);
        }
        lines.push(tr!(user(), "convene-spokesperson-after"));
        lines.push(tr!(user(), "convene-pool-fixed"));
        self.prompt.say(&lines.join("\n"));
        // The pool is fixed with everything that shaped it: the history and its settings.
        let settings = match &self.history.commit {
            Some(commit) => self.log.config_at(crate::log::CommitId::parse(commit)?)?,
            None => self.config.clone(),
        };
        self.journal.progress.history = self.history.commit.clone();
        self.journal.progress.settings = Some(super::journal::Fixed::of(&settings));
        Ok(true)
    }

    fn sources(&mut self) -> Result<()> {
        let sources = self
            .journal
            .answers
            .draw
            .sources
            .get_or_insert_with(Vec::new);
        if sources.is_empty() {
            self.prompt.say(&format!(
                "\n{}\n{}",
                tr!(user(), "convene-call-numbers"),
                tr!(user(), "convene-call-numbers-how")
            ));
        }
        loop {
            let have = self
                .journal
                .answers
                .draw
                .sources
                .as_ref()
                .map_or(0, Vec::len);
            let answer = self
                .prompt
                .text(&tr!(user(), "convene-numbers"), None, true, |s| {
                    if s.is_empty() || s == "roll" {
                        Ok(())
                    } else {
                        rfc3797::canonical_numbers(s)
                            .map(|_| ())
                            .map_err(|e| e.to_string())
                    }
                })?;
            if answer == "roll" && have == 0 {
                let rolled = crate::ops::roll();
                self.prompt
                    .say(&tr!(user(), "convene-rolled", numbers = rolled.join(" / ")));
                self.journal.answers.draw.sources = Some(rolled);
                self.journal.progress.rolled = true;
                return Ok(());
            }
            if answer == "roll" {
                self.prompt.say(&tr!(user(), "convene-already-called"));
                continue;
            }
            if answer.is_empty() {
                if have == 0 {
                    self.prompt.say(&tr!(user(), "convene-one-number"));
                    continue;
                }
                return Ok(());
            }
            self.journal
                .answers
                .draw
                .sources
                .get_or_insert_with(Vec::new)
                .push(answer);
            self.journal.save()?;
        }
    }

    /// Draws for a role, step by step, until someone accepts.
    fn draw_role(&mut self, role: Role) -> Result<()> {
        loop {
            let drawn = session::draw(
                &self.journal.answers,
                &self.history,
                self.settings().rotation,
                role,
            )
            .map_err(|p| crate::error::hint(p.to_string(), tr!(user(), "convene-draw-hint")))?;
            let step = drawn.steps.last().expect("a draw has a step").clone();
            if step.i == 0 {
                self.prompt.say(&format!(
                    "\n{}",
                    tr!(user(), "convene-key", key = &drawn.key)
                ));
            }
            self.prompt.say(&tr!(
                user(),
                "convene-selection",
                i = step.i,
                position = step.position,
                of = step.pool.len(),
                pool = step.pool.join(", "),
                name = &step.selected
            ));
            let question = tr!(
                user(),
                &format!("convene-accept-{}", role.as_str()),
                name = &step.selected
            );
            if self.prompt.confirm(&question, true)? {
                self.prompt.say(&tr!(
                    user(),
                    &format!("convene-is-{}", role.as_str()),
                    name = &step.selected
                ));
                if role == Role::Spokesperson {
                    self.announce_support()?;
                }
                return Ok(());
            }
            let declined = match role {
                Role::Facilitator => &mut self.journal.answers.draw.declined_facilitator,
                Role::Spokesperson | Role::Support => {
                    &mut self.journal.answers.draw.declined_spokesperson
                }
            };
            declined.push(step.selected.clone());
            self.journal.save()?;
        }
    }

    /// Shows the support drawn by lot, the step after the spokesperson, when the room chose a lot.
    fn announce_support(&self) -> Result<()> {
        let drawn = session::draw(
            &self.journal.answers,
            &self.history,
            self.settings().rotation,
            Role::Support,
        )
        .map_err(|p| anyhow::anyhow!("{p}"))?;
        if let Some(step) = drawn.steps.iter().find(|s| s.role == Role::Support) {
            self.prompt.say(&tr!(
                user(),
                "convene-support-selection",
                i = step.i,
                position = step.position,
                of = step.pool.len(),
                pool = step.pool.join(", "),
                name = &step.selected,
                facilitator = &drawn.facilitator
            ));
        }
        Ok(())
    }

    fn support(&mut self) -> Result<()> {
        let facilitator = session::draw(
            &self.journal.answers,
            &self.history,
            self.settings().rotation,
            Role::Facilitator,
        )
        .map_err(|p| anyhow::anyhow!("{p}"))?
        .facilitator;
        if session::experienced(&self.journal.answers, &self.history, &facilitator) {
            self.journal.answers.draw.support = None;
            return Ok(());
        }
        let elsewhere = !self.journal.was_answered("elsewhere")
            && self.prompt.confirm(
                &tr!(user(), "convene-elsewhere", name = &facilitator),
                false,
            )?;
        if elsewhere {
            for a in &mut self.journal.answers.attendees {
                if names::same_person(a.drawn_name(), &facilitator) {
                    a.facilitated_elsewhere = true;
                }
            }
            self.journal.answers.draw.support = None;
            self.prompt
                .say(&tr!(user(), "convene-without-support", name = &facilitator));
            return Ok(());
        }
        self.journal.answered("elsewhere")?;
        // Those who have facilitated first, with their turns; then a draw by lot among them.
        let pool = session::support_pool(&self.journal.answers, &self.history, &facilitator);
        let experienced: Vec<String> = pool
            .members
            .iter()
            .filter(|m| session::experienced(&self.journal.answers, &self.history, m))
            .cloned()
            .collect();
        let mut choices: Vec<Option<String>> = Vec::new();
        let mut items: Vec<String> = Vec::new();
        for name in &experienced {
            let turns = self.history.turns_of(Role::Facilitator, name);
            items.push(if turns > 0 {
                tr!(user(), "convene-facilitated-here", name = name, n = turns)
            } else {
                tr!(user(), "convene-facilitated-elsewhere", name = name)
            });
            choices.push(Some(name.clone()));
        }
        if !experienced.is_empty() {
            items.push(tr!(user(), "convene-support-by-lot"));
            choices.push(None);
        }
        for a in &self.journal.answers.attendees {
            let name = a.drawn_name().to_string();
            // A late arrival is in no draw, and supports no one.
            if a.late
                || names::same_person(&name, &facilitator)
                || experienced.contains(&name)
                || (a.first_time == Some(true) || !self.history.has_attended(&a.name))
                    && !experienced.is_empty()
            {
                continue;
            }
            items.push(tr!(user(), "convene-not-facilitated", name = &name));
            choices.push(Some(name));
        }
        if items.is_empty() {
            self.prompt.say(&tr!(user(), "convene-nobody-supports"));
            return Ok(());
        }
        let question = tr!(user(), "convene-who-supports", name = &facilitator);
        let choice = self.prompt.select(&question, &items, 0)?;
        self.journal.answers.draw.support = choices[choice].clone();
        if choices[choice].is_none() {
            self.journal.answered("support-by-lot")?;
            self.prompt.say(&tr!(user(), "convene-support-later"));
        }
        Ok(())
    }

    /// The one decision; every answer is journaled as it is given, and a resume pre-fills them.
    fn decision(&mut self) -> Result<bool> {
        let time_up = self.prompt.time_is_up();
        let old = self.journal.answers.decision.clone();
        // Until the decision is made, the room can go back to the floor.
        let floor_open = self.journal.progress.next == Step::Decision
            && self.journal.progress.editing.is_none()
            && !time_up;
        let proposal = self.prompt.edit(
            &tr!(
                user(),
                if time_up {
                    "convene-proposal-time-up"
                } else if floor_open {
                    "convene-proposal-floor"
                } else {
                    "convene-proposal"
                }
            ),
            old.proposal.as_deref(),
            time_up,
            |s| {
                if time_up { Ok(()) } else { non_empty(s) }?;
                at_most(limits::LONG)(s)
            },
        )?;
        if floor_open && proposal.trim() == BACK_TO_THE_FLOOR {
            self.journal.progress.next = Step::Floor;
            self.journal.progress.answered.clear();
            self.journal.save()?;
            return Ok(false);
        }
        if proposal.is_empty() {
            self.journal.answers.decision = Decision::default();
            return Ok(true);
        }
        {
            // Edited in place: what was said about it (objections, stand-asides, the first
            // wording, the statement) stays, each offered again pre-filled to keep or change.
            let d = &mut self.journal.answers.decision;
            if d.amended_from.as_deref() == Some(proposal.as_str()) {
                d.amended_from = None;
            }
            d.proposal = Some(proposal);
        }
        self.journal.answered("proposal")?;
        let rules = [
            Rule::Consent,
            Rule::Consensus,
            Rule::Majority,
            Rule::Supermajority,
        ];
        let labels: Vec<String> = rules
            .iter()
            .map(|r| tr!(user(), &format!("rule-{}", r.as_str())))
            .collect();
        let default_rule = self
            .journal
            .answers
            .decision
            .rule
            .unwrap_or(self.settings().decision_rule);
        let rule = rules[self.prompt.select(
            &tr!(user(), "convene-decided-by"),
            &labels,
            rules.iter().position(|r| *r == default_rule).unwrap_or(0),
        )?];
        {
            let d = &mut self.journal.answers.decision;
            if d.rule != Some(rule) {
                d.objections.clear();
                d.resolved_objections.clear();
                d.stand_asides.clear();
                d.blocks.clear();
                d.votes = None;
            }
            d.rule = Some(rule);
        }
        self.journal.answered("rule")?;
        match rule {
            Rule::Consent | Rule::Consensus => {
                self.objections(rule)?;
                let marked = self.journal.answers.decision.stand_asides.clone();
                let stand = self.pick_people(&tr!(user(), "convene-stand-aside"), &marked)?;
                self.journal.answers.decision.stand_asides = stand;
                self.journal.answered("stand-asides")?;
                if rule == Rule::Consensus {
                    let marked = self.journal.answers.decision.blocks.clone();
                    let blocks = self.pick_people(&tr!(user(), "convene-blocks"), &marked)?;
                    self.journal.answers.decision.blocks = blocks;
                    self.journal.answered("blocks")?;
                }
            }
            Rule::Majority | Rule::Supermajority => {
                if self.journal.progress.next > Step::Pool
                    && self
                        .prompt
                        .confirm(&tr!(user(), "convene-arrived-to-vote"), false)?
                {
                    self.add_late()?;
                }
                let mut votes = self.journal.answers.decision.votes.unwrap_or_default();
                // The journal keys the answers by the English question, whatever the terminal's language.
                for (question, id, field) in [
                    ("Votes for", "convene-votes-for", 0),
                    ("Votes against", "convene-votes-against", 1),
                    ("Abstentions", "convene-abstentions", 2),
                ] {
                    let given = [votes.in_favor, votes.against, votes.abstain][field];
                    let count: u32 = self
                        .prompt
                        .text(&tr!(user(), id), Some(&given.to_string()), false, |s| {
                            s.parse::<u32>()
                                .map(|_| ())
                                .map_err(|_| tr!(user(), "convene-whole-number"))
                        })?
                        .parse()?;
                    match field {
                        0 => votes.in_favor = count,
                        1 => votes.against = count,
                        _ => votes.abstain = count,
                    }
                    self.journal.answers.decision.votes = Some(votes);
                    self.journal.answered(question)?;
                }
            }
        }
        // The proposal may have been amended while it was discussed: the minutes show the final wording.
        let current = self
            .journal
            .answers
            .decision
            .proposal
            .clone()
            .unwrap_or_default();
        let wording = self.prompt.edit(
            &tr!(user(), "convene-wording"),
            Some(&current),
            false,
            filled(limits::LONG),
        )?;
        {
            let d = &mut self.journal.answers.decision;
            if wording != current {
                let first = d.amended_from.take().unwrap_or(current);
                d.amended_from = (first != wording).then_some(first);
                d.proposal = Some(wording);
            }
        }
        self.journal.answered("wording")?;
        let outcomes = validate::outcomes(&self.journal.answers.decision, rule);
        let labels: Vec<String> = outcomes
            .iter()
            .map(|o| match o {
                Outcome::Adopted => tr!(user(), "outcome-adopted"),
                Outcome::Rejected => tr!(user(), "outcome-rejected"),
                Outcome::None => tr!(user(), "outcome-none"),
            })
            .collect();
        let given = self.journal.answers.decision.outcome;
        // The outcome chosen before: at a resume within the step, or at the review's edit.
        let chosen = self.journal.was_answered("outcome")
            || self.journal.progress.editing == Some(Section::Decision);
        let default = if chosen && outcomes.contains(&given) {
            outcomes.iter().position(|o| *o == given).unwrap_or(0)
        } else if time_up {
            outcomes.len() - 1
        } else {
            0
        };
        let outcome =
            outcomes[self
                .prompt
                .select(&tr!(user(), "convene-outcome"), &labels, default)?];
        self.journal.answers.decision.outcome = outcome;
        self.journal.answered("outcome")?;
        if outcome == Outcome::None {
            self.journal.answers.decision.statement = None;
            self.journal.answers.decision.review = None;
            return Ok(true);
        }
        let required = outcome == Outcome::Adopted;
        let statement = self.prompt.edit(
            &tr!(
                user(),
                if required {
                    "convene-statement-required"
                } else {
                    "convene-statement"
                }
            ),
            self.journal.answers.decision.statement.clone().as_deref(),
            !required,
            at_most(limits::LONG),
        )?;
        self.journal.answers.decision.statement = (!statement.is_empty()).then_some(statement);
        self.journal.answered("statement")?;
        let review = self.date(
            &tr!(user(), "convene-review"),
            self.journal.answers.decision.review,
        )?;
        self.journal.answers.decision.review = review;
        Ok(true)
    }

    /// Objections under consent (each resolved or not), concerns resolved under consensus.
    fn objections(&mut self, rule: Rule) -> Result<()> {
        let d = &self.journal.answers.decision;
        if !d.objections.is_empty() || !d.resolved_objections.is_empty() {
            let mut said = d
                .resolved_objections
                .iter()
                .map(|o| tr!(user(), "convene-resolved", text = o))
                .collect::<Vec<_>>();
            said.extend(
                d.objections
                    .iter()
                    .map(|o| tr!(user(), "convene-unresolved", text = o)),
            );
            self.prompt.say(&tr!(
                user(),
                "convene-objections-so-far",
                list = said.join("; ")
            ));
            if self
                .prompt
                .confirm(&tr!(user(), "convene-clear-objections"), false)?
            {
                let d = &mut self.journal.answers.decision;
                d.objections.clear();
                d.resolved_objections.clear();
                self.journal.save()?;
            }
        }
        let question = match rule {
            Rule::Consent => tr!(user(), "convene-objection"),
            _ => tr!(user(), "convene-concern"),
        };
        loop {
            // An objection typed before an interruption at "Was it resolved?" comes back pre-filled.
            let given = self.journal.take_typed("objection");
            let objection =
                self.prompt
                    .edit(&question, given.as_deref(), true, at_most(limits::SHORT))?;
            if objection.is_empty() {
                return self.journal.save();
            }
            let resolved = rule != Rule::Consent || {
                // Journaled the moment it is typed, before the question about it.
                self.journal.typed("objection", &objection)?;
                self.prompt.select(
                    &tr!(user(), "convene-was-resolved"),
                    &[
                        tr!(user(), "convene-resolved-choice"),
                        tr!(user(), "convene-unresolved-choice"),
                    ],
                    0,
                )? == 0
            };
            let d = &mut self.journal.answers.decision;
            if resolved {
                d.resolved_objections.push(objection);
            } else {
                d.objections.push(objection);
            }
            self.journal.progress.typed = None;
            self.journal.save()?;
        }
    }

    fn tasks(&mut self) -> Result<()> {
        // A task the room was entering when the council was interrupted.
        if let Some(at) = self.journal.progress.task {
            self.task_questions(at)?;
        }
        loop {
            let question = if self.journal.answers.tasks.is_empty() {
                tr!(user(), "convene-hand-out-task")
            } else {
                tr!(user(), "convene-another-task")
            };
            if !self
                .prompt
                .confirm(&question, self.journal.answers.tasks.is_empty())?
            {
                return Ok(());
            }
            self.new_task()?;
        }
    }

    fn new_task(&mut self) -> Result<()> {
        self.journal.answers.tasks.push(Task::default());
        let at = self.journal.answers.tasks.len() - 1;
        self.journal.progress.task = Some(at);
        self.journal.save()?;
        self.task_questions(at)
    }

    /// Asks a task's questions, pre-filled with what it holds, journaling each answer.
    fn task_questions(&mut self, at: usize) -> Result<()> {
        self.journal.progress.task = Some(at);
        let Some(task) = self.journal.answers.tasks.get(at).cloned() else {
            self.journal.progress.task = None;
            return self.journal.save();
        };
        let what = self.prompt.edit(
            &tr!(user(), "convene-task-what"),
            Some(&task.what),
            false,
            filled(limits::TASK),
        )?;
        self.journal.answers.tasks[at].what = what;
        self.journal.save()?;
        let who = loop {
            let chosen = self.pick_people(&tr!(user(), "convene-volunteers"), &task.who)?;
            if !chosen.is_empty() {
                break chosen;
            }
            self.prompt.say(&tr!(user(), "convene-one-volunteer"));
        };
        self.journal.answers.tasks[at].who = who;
        self.journal.save()?;
        let due = self.date(&tr!(user(), "convene-task-due"), task.due)?;
        self.journal.answers.tasks[at].due = due;
        self.journal.save()?;
        let target = self.amount(
            &tr!(user(), "convene-jar-target"),
            task.jar.as_ref().map(|j| j.target),
        )?;
        let jar = match target {
            Some(target) => {
                self.journal.answers.tasks[at].jar = Some(Jar {
                    target,
                    currency: task
                        .jar
                        .as_ref()
                        .map_or_else(|| self.last_currency(), |j| j.currency.clone()),
                });
                self.journal.save()?;
                let given = task
                    .jar
                    .as_ref()
                    .map_or_else(|| self.last_currency(), |j| j.currency.clone());
                let currency = self.prompt.text(
                    &tr!(user(), "convene-currency"),
                    Some(&given),
                    false,
                    filled(limits::CURRENCY),
                )?;
                Some(Jar { target, currency })
            }
            None => None,
        };
        self.journal.answers.tasks[at].jar = jar;
        self.journal.progress.task = None;
        self.journal.save()
    }

    /// The review's task editor: change, remove or add one task at a time, pre-filled.
    fn edit_tasks(&mut self) -> Result<()> {
        if let Some(at) = self.journal.progress.task {
            self.task_questions(at)?;
        }
        loop {
            let tasks = &self.journal.answers.tasks;
            let mut items: Vec<String> = tasks
                .iter()
                .enumerate()
                .map(|(n, t)| {
                    let jar = t.jar.as_ref().map_or(String::new(), |j| {
                        tr!(
                            user(),
                            "convene-task-jar",
                            target = j.target.to_string(),
                            currency = &j.currency
                        )
                    });
                    tr!(
                        user(),
                        "convene-task-item",
                        n = n + 1,
                        what = &t.what,
                        who = t.who.join(", "),
                        jar = jar
                    )
                })
                .collect();
            let count = items.len();
            items.push(tr!(user(), "convene-add-task"));
            items.push(tr!(user(), "convene-done-tasks"));
            let choice =
                self.prompt
                    .select(&tr!(user(), "convene-which-task"), &items, count + 1)?;
            if choice == count + 1 {
                return Ok(());
            }
            if choice == count {
                self.new_task()?;
                continue;
            }
            let action = self.prompt.select(
                &tr!(user(), "convene-task-n", n = choice + 1),
                &[
                    tr!(user(), "convene-change-it"),
                    tr!(user(), "convene-remove-it"),
                    tr!(user(), "convene-keep-it"),
                ],
                0,
            )?;
            match action {
                0 => self.task_questions(choice)?,
                1 => {
                    self.journal.answers.tasks.remove(choice);
                    self.journal.save()?;
                }
                _ => {}
            }
        }
    }

    fn last_currency(&self) -> String {
        let answered = self.journal.answers.tasks.iter().rev().map(|t| &t.jar);
        answered
            .flatten()
            .map(|j| j.currency.clone())
            .next()
            .or_else(|| self.history.last_currency())
            .unwrap_or_else(|| "USD".to_string())
    }

    fn delegate(&mut self) -> Result<()> {
        let active: Vec<ledger::Mandate> = self.history.active_mandates();
        let old = self.journal.answers.delegate.clone().unwrap_or_default();
        let mut delegate = old.clone();
        if !active.is_empty() {
            let mut items = vec![tr!(user(), "convene-keep-mandates")];
            items.extend(active.iter().map(|m| {
                tr!(
                    user(),
                    "convene-recall",
                    council = &m.council,
                    name = &m.name,
                    to = &m.to
                )
            }));
            let default = active
                .iter()
                .position(|m| old.recall.as_deref() == Some(&format!("{}#delegate", m.council)))
                .map_or(0, |n| n + 1);
            let choice =
                self.prompt
                    .select(&tr!(user(), "convene-recall-question"), &items, default)?;
            delegate.recall =
                (choice > 0).then(|| format!("{}#delegate", active[choice - 1].council));
            self.set_delegate(&delegate)?;
        }
        if self
            .prompt
            .confirm(&tr!(user(), "convene-send-delegate"), old.name.is_some())?
        {
            let names = self.names();
            let mut items = names.clone();
            items.push(tr!(user(), "convene-add-late"));
            let default = old
                .name
                .as_ref()
                .and_then(|n| names.iter().position(|x| names::same_person(x, n)))
                .unwrap_or(0);
            let mut who = self
                .prompt
                .select(&tr!(user(), "convene-who-goes"), &items, default)?;
            let names = if who == names.len() {
                let added = self.add_late()?;
                let names = self.names();
                who = added
                    .first()
                    .and_then(|a| names.iter().position(|x| names::same_person(x, a)))
                    .unwrap_or(0);
                names
            } else {
                names
            };
            delegate.name = Some(names[who].clone());
            self.set_delegate(&delegate)?;
            delegate.to = Some(self.prompt.edit(
                &tr!(user(), "convene-where-to"),
                old.to.as_deref(),
                false,
                filled(limits::SHORT),
            )?);
            self.set_delegate(&delegate)?;
            delegate.mandate = Some(self.prompt.edit(
                &tr!(user(), "convene-mandate"),
                old.mandate.as_deref(),
                false,
                filled(limits::LONG),
            )?);
        } else {
            delegate.name = None;
            delegate.to = None;
            delegate.mandate = None;
        }
        self.set_delegate(&delegate)
    }

    fn set_delegate(&mut self, delegate: &Delegate) -> Result<()> {
        self.journal.answers.delegate =
            (*delegate != Delegate::default()).then(|| delegate.clone());
        self.journal.save()
    }

    fn sovereignty(&mut self) -> Result<()> {
        let old = self.journal.answers.sovereignty.clone();
        let gained = self.prompt.edit(
            &tr!(user(), "convene-gained"),
            old.as_ref().map(|s| s.gained.as_str()),
            true,
            at_most(limits::LONG),
        )?;
        if gained.is_empty() {
            self.journal.answers.sovereignty = None;
            return Ok(());
        }
        let without = old.as_ref().is_none_or(|s| s.without_permission);
        self.journal.answers.sovereignty = Some(Sovereignty {
            gained: gained.clone(),
            without_permission: without,
        });
        self.journal.save()?;
        let without_permission = self
            .prompt
            .confirm(&tr!(user(), "convene-without-permission"), without)?;
        self.journal.answers.sovereignty = Some(Sovereignty {
            gained,
            without_permission,
        });
        Ok(())
    }

    fn closing(&mut self) -> Result<()> {
        let old = self.journal.answers.closing.clone();
        let mut items = self.config.closing_rituals.clone();
        let given = old.as_ref().and_then(|c| c.ritual.clone());
        if let Some(ritual) = &given
            && !items.contains(ritual)
        {
            items.push(ritual.clone());
        }
        items.push(tr!(user(), "convene-another-ritual"));
        items.push(tr!(user(), "convene-no-ritual"));
        let another = items.len() - 2;
        let default = match (&old, &given) {
            _ if self.journal.was_answered(ANOTHER_RITUAL) => another,
            (Some(_), Some(ritual)) => items.iter().position(|i| i == ritual).unwrap_or(0),
            (Some(_), None) => items.len() - 1,
            _ => 0,
        };
        let choice = self
            .prompt
            .select(&tr!(user(), "convene-closing-ritual"), &items, default)?;
        let ritual = if choice == another {
            // Journaled before "Which ritual?": a resume offers "another ritual" again.
            self.journal.answered(ANOTHER_RITUAL)?;
            let own = given.filter(|r| !self.config.closing_rituals.contains(r));
            Some(self.prompt.edit(
                &tr!(user(), "convene-which-ritual"),
                own.as_deref(),
                false,
                filled(limits::SHORT),
            )?)
        } else if choice + 1 == items.len() {
            None
        } else {
            Some(items[choice].clone())
        };
        if choice != another {
            self.journal
                .progress
                .answered
                .retain(|q| q != ANOTHER_RITUAL);
        }
        let words_given = old.map(|c| c.words).unwrap_or_default();
        self.journal.answers.closing = Some(Closing {
            ritual,
            words: words_given.clone(),
        });
        self.journal.save()?;
        let words = self.prompt.edit(
            &tr!(user(), "convene-check-out"),
            Some(&words_given.join(", ")),
            true,
            |s| {
                let words: Vec<&str> = s.split(',').collect();
                limits::count("words", words.len(), limits::WORDS)?;
                words
                    .iter()
                    .try_for_each(|w| at_most(limits::WORD)(w.trim()))
            },
        )?;
        if let Some(closing) = &mut self.journal.answers.closing {
            closing.words = words
                .split(',')
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect();
        }
        Ok(())
    }
}

/// Recognises the template's placeholder text in `[protocol]`: it is not a real contact.
/// Typed at the proposal: back to the floor, until the decision is made.
const BACK_TO_THE_FLOOR: &str = "/floor";

pub(super) fn placeholder(text: &str) -> bool {
    let t = text.trim();
    t.is_empty() || (t.starts_with("Write ") && t.ends_with(" here"))
}

/// The closing step's note that the room chose a ritual of its own, before naming it.
const ANOTHER_RITUAL: &str = "another ritual";

/// How many people the log knows are offered in the attendance list; others are found by typing.
const REGULARS: usize = 40;

fn non_empty(s: &str) -> Result<(), String> {
    if s.is_empty() {
        Err(tr!(user(), "convene-not-empty"))
    } else {
        Ok(())
    }
}

/// Checks an answer that cannot be empty and holds at most `max` characters.
///
/// Answers given after the draw are held to their limits at the prompt: the
/// council could not refuse them later without refusing its lot.
fn filled(max: usize) -> impl Fn(&str) -> Result<(), String> {
    move |s| {
        non_empty(s)?;
        at_most(max)(s)
    }
}

/// Checks an answer of at most `max` characters.
fn at_most(max: usize) -> impl Fn(&str) -> Result<(), String> {
    move |s| {
        limits::text("the answer", s, max)
            .map_err(|_| tr!(user(), "convene-too-long", n = s.chars().count(), max = max))
    }
}
