//! The questions of each step. Answers go into the journal; rules stay in the core.

use super::Convene;
use super::journal::Step;
use crate::clock;
use crate::council::amount::Amount;
use crate::council::answers::{
    Attendee, Closing, Decision, Delegate, Jar, Outcome, ReportBack, Rule, Sovereignty, Task,
    TaskStatus, Votes,
};
use crate::council::ledger;
use crate::council::limits;
use crate::council::record::Role;
use crate::council::time::Date;
use crate::council::{names, rfc3797, session, validate};
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
            Step::Decision => self.decision()?,
            Step::Tasks => self.tasks()?,
            Step::Delegate => self.delegate()?,
            Step::Sovereignty => self.sovereignty()?,
            Step::Closing => self.closing()?,
            Step::Review => return Ok(()),
        }
        self.journal.advance()
    }

    /// Asks a section again from the review screen.
    pub(super) fn reenter(&mut self, step: Step) -> Result<()> {
        match step {
            Step::Place => {
                let a = &self.journal.answers;
                let issue = self.prompt.text(
                    "The one concrete problem",
                    Some(&a.issue.clone()),
                    false,
                    filled(limits::ISSUE),
                )?;
                self.journal.answers.issue = issue;
                self.place()
            }
            Step::ReportBacks => {
                self.journal.answers.report_backs.clear();
                self.journal.progress.reported.clear();
                self.report_backs()
            }
            Step::Decision => self.decision(),
            Step::Tasks => {
                self.journal.answers.tasks.clear();
                self.tasks()
            }
            Step::Delegate => {
                self.journal.answers.delegate = None;
                self.delegate()
            }
            Step::Sovereignty => self.sovereignty(),
            Step::Closing => self.closing(),
            _ => Ok(()),
        }
    }

    fn place(&mut self) -> Result<()> {
        let old = self.journal.answers.place.clone();
        let place = self.prompt.text(
            "Where are you meeting? (Enter to skip)",
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
        let minutes = self
            .prompt
            .text("Timebox in minutes", Some(&default), false, |s| {
                match s.parse::<u32>() {
                    Ok(m) if (1..=1440).contains(&m) => Ok(()),
                    _ => Err("give a number of minutes between 1 and 1440".into()),
                }
            })?;
        let minutes: u32 = minutes.parse()?;
        self.journal.answers.duration_minutes = Some(minutes);
        if let Some(started) = self.journal.answers.started {
            self.prompt.set_timebox(started, minutes);
        }
        if let Some(protocol) = &self.config.protocol {
            let mut lines =
                vec!["\nBefore we start (shown here, never written to the minutes):".to_string()];
            if let Some(legal) = &protocol.legal_support {
                lines.push(format!("  Legal support: {legal}"));
            }
            if let Some(care) = &protocol.care_team {
                lines.push(format!("  Care team: {care}"));
            }
            self.prompt.say(&format!("{}\n", lines.join("\n")));
        }
        Ok(())
    }

    /// Takes names one by one until the room says everyone is listed.
    fn attendance(&mut self) -> Result<()> {
        if self.journal.answers.attendees.is_empty() {
            self.prompt.say("Who is here? Type each name and press Enter; an empty line when everyone is listed.");
        } else {
            let names: Vec<&str> = self
                .journal
                .answers
                .attendees
                .iter()
                .map(|a| a.name.as_str())
                .collect();
            self.prompt
                .say(&format!("Already listed: {}.", names.join(", ")));
        }
        let started = self.journal.answers.started;
        loop {
            let listed = self.journal.answers.attendees.clone();
            let history = &self.history;
            let name =
                self.prompt
                    .text("Name (Enter when everyone is listed)", None, true, |s| {
                        if s.is_empty() {
                            Ok(())
                        } else {
                            validate::attendee_name(&listed, s)
                                .and_then(|()| validate::newcomer(s, history, started))
                        }
                    })?;
            if name.is_empty() {
                if self.journal.answers.attendees.len() < 2 {
                    self.prompt.say("A council draws a facilitator and a spokesperson: list at least two people.");
                    continue;
                }
                return Ok(());
            }
            // One person, one spelling: the log's first.
            let name = match self.history.people().spelling(&name) {
                Some(known) => known.to_string(),
                None => name,
            };
            if !self.history.has_attended(&name) {
                let near = self.history.people().near(&name);
                if near.is_empty() {
                    self.prompt
                        .say(&format!("  Welcome, {name}: your first council here."));
                } else {
                    self.prompt.say(&format!(
                        "  Welcome, {name}: your first council here. (Did you mean {}? Names in the log are people: a new spelling is a new person.)",
                        near.join(" or ")
                    ));
                }
            }
            self.journal.answers.attendees.push(Attendee {
                name,
                ..Attendee::default()
            });
            self.journal.save()?;
        }
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
        let chosen = self.prompt.multi(
            "Who would rather not be drawn as facilitator or spokesperson today?",
            &names,
        )?;
        for (n, attendee) in self.journal.answers.attendees.iter_mut().enumerate() {
            attendee.opt_out = chosen.contains(&n);
        }
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
                "\nFirst, the {} open task(s) of earlier councils.",
                open.len()
            ));
        }
        let statuses = [
            "still open".to_string(),
            "done".to_string(),
            "dropped".to_string(),
        ];
        for task in open {
            let due = task.due.map_or(String::new(), |d| format!(", due {d}"));
            self.prompt.say(&format!(
                "\n{}: {} ({}{due})",
                task.id,
                task.what,
                task.who.join(", ")
            ));
            let status = match self.prompt.select("Where does it stand?", &statuses, 0)? {
                1 => TaskStatus::Done,
                2 => TaskStatus::Dropped,
                _ => TaskStatus::Open,
            };
            let note = self
                .prompt
                .text("A note (Enter to skip)", None, true, |_| Ok(()))?;
            let (mut collected, mut spent) = (None, None);
            if let Some(jar) = &task.jar {
                self.prompt.say(&format!(
                    "  Its jar: {} of {} {} collected, {} spent.",
                    jar.collected, jar.target, jar.currency, jar.spent
                ));
                collected = self.amount("Money collected since (Enter for none)")?;
                spent = self.amount("Money spent since (Enter for none)")?;
            }
            if status != TaskStatus::Open || !note.is_empty() || collected.or(spent).is_some() {
                self.journal.answers.report_backs.push(ReportBack {
                    task: task.id.clone(),
                    status,
                    note: (!note.is_empty()).then_some(note),
                    collected,
                    spent,
                });
            }
            self.journal.progress.reported.push(task.id);
            self.journal.save()?;
        }
        Ok(())
    }

    fn amount(&self, question: &str) -> Result<Option<Amount>> {
        let text = self.prompt.text(question, None, true, |s| {
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
    fn date(&self, question: &str) -> Result<Option<Date>> {
        let started = self.journal.answers.started;
        let text = self.prompt.text(question, None, true, |s| {
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
            (&previous.facilitator, "facilitated"),
            (&previous.spokesperson, "spoke for"),
        ] {
            if present(name) && !asked.iter().any(|a| names::same_person(a, name)) {
                asked.push(name.clone());
                let question = format!(
                    "{name} {did} the last council: does {name} agree to be drawn again today?"
                );
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
            "\nThe facilitator is drawn from: {}.",
            pool.members.join(", ")
        )];
        for left in &pool.left_out {
            lines.push(format!("  {} is not in the draw: {}.", left.name, left.why));
        }
        if pool.members.is_empty() {
            lines.push("Nobody can be drawn. Add someone present, or ask the last facilitator to stand again.".into());
            self.prompt.say(&lines.join("\n"));
            self.journal.progress.next = Step::Attendance;
            self.journal.save()?;
            return Ok(false);
        }
        let people = validate::people(&self.journal.answers, &self.history);
        if !people.is_empty() {
            lines.push(format!(
                "Before any number is called: {}. Abandon this council with `council abandon` (no number was called, so nothing is written) and convene again.",
                people.join("; ")
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
            lines.push(format!("The lot could not be completed: {problems}."));
            self.prompt.say(&lines.join("\n"));
            self.journal.progress.next = Step::Attendance;
            self.journal.save()?;
            return Ok(false);
        }
        lines.push(
            "The spokesperson is drawn the same way afterwards, without the facilitator.".into(),
        );
        lines.push("This pool is now fixed.".into());
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
            self.prompt.say("\nNow ask people in the room to call out numbers: a few numbers each, from anyone.\nType each person's numbers and press Enter; an empty line when done. Type \"roll\" to let the laptop roll instead.");
        }
        loop {
            let have = self
                .journal
                .answers
                .draw
                .sources
                .as_ref()
                .map_or(0, Vec::len);
            let answer = self.prompt.text("Numbers called out", None, true, |s| {
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
                    .say(&format!("The laptop rolled: {}", rolled.join(" / ")));
                self.journal.answers.draw.sources = Some(rolled);
                self.journal.progress.rolled = true;
                return Ok(());
            }
            if answer == "roll" {
                self.prompt
                    .say("Numbers were already called out: keep going, or press Enter to draw.");
                continue;
            }
            if answer.is_empty() {
                if have == 0 {
                    self.prompt
                        .say("At least one number is needed (or type \"roll\").");
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
            let drawn = session::draw(&self.journal.answers, &self.history, self.settings().rotation, role)
                .map_err(|p| crate::error::hint(p.to_string(), "the journal is kept; `council abandon` discards this council and leaves a public trace of its draw"))?;
            let step = drawn.steps.last().expect("a draw has a step").clone();
            if step.i == 0 {
                self.prompt.say(&format!("\nKey: {}", drawn.key));
            }
            self.prompt.say(&format!(
                "Selection {}: position {} of {} in [{}] -> {}",
                step.i,
                step.position,
                step.pool.len(),
                step.pool.join(", "),
                step.selected
            ));
            let question = format!("Does {} accept to be {}?", step.selected, role.as_str());
            if self.prompt.confirm(&question, true)? {
                self.prompt
                    .say(&format!("{} is the {}.", step.selected, role.as_str()));
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

    fn support(&mut self) -> Result<()> {
        let facilitator = session::draw(
            &self.journal.answers,
            &self.history,
            self.settings().rotation,
            Role::Facilitator,
        )
        .map_err(|p| anyhow::anyhow!("{p}"))?
        .facilitator;
        if self.history.has_facilitated(&facilitator) {
            self.journal.answers.draw.support = None;
            return Ok(());
        }
        let others: Vec<String> = self
            .names()
            .into_iter()
            .filter(|n| *n != facilitator)
            .collect();
        let question = format!("{facilitator} has never facilitated: who supports them?");
        let choice = self.prompt.select(&question, &others, 0)?;
        self.journal.answers.draw.support = Some(others[choice].clone());
        Ok(())
    }

    fn decision(&mut self) -> Result<()> {
        let old = self.journal.answers.decision.clone();
        let time_up = self.prompt.time_is_up();
        let proposal = self.prompt.text(
            if time_up {
                "The proposal (Enter if there is none: the council ends without a decision)"
            } else {
                "What is the proposal?"
            },
            old.proposal.as_deref(),
            time_up,
            |s| if time_up { Ok(()) } else { non_empty(s) },
        )?;
        if proposal.is_empty() {
            self.journal.answers.decision = Decision::default();
            return Ok(());
        }
        let rules = [
            Rule::Consent,
            Rule::Consensus,
            Rule::Majority,
            Rule::Supermajority,
        ];
        let names: Vec<String> = rules.iter().map(|r| r.as_str().to_string()).collect();
        let default_rule = old.rule.unwrap_or(self.settings().decision_rule);
        let rule = rules[self.prompt.select(
            "Decided by",
            &names,
            rules.iter().position(|r| *r == default_rule).unwrap_or(0),
        )?];
        let mut decision = Decision {
            proposal: Some(proposal),
            rule: Some(rule),
            ..Decision::default()
        };
        match rule {
            Rule::Consent => loop {
                let objection = self.prompt.text(
                    "An objection still unresolved (Enter when none are left)",
                    None,
                    true,
                    at_most(limits::SHORT),
                )?;
                if objection.is_empty() {
                    break;
                }
                decision.objections.push(objection);
            },
            Rule::Consensus => {
                let names = self.names();
                decision.stand_asides = self
                    .prompt
                    .multi("Who stands aside?", &names)?
                    .into_iter()
                    .map(|n| names[n].clone())
                    .collect();
                decision.blocks = self
                    .prompt
                    .multi("Who blocks?", &names)?
                    .into_iter()
                    .map(|n| names[n].clone())
                    .collect();
            }
            Rule::Majority | Rule::Supermajority => {
                let count = |this: &Self, q: &str| -> Result<u32> {
                    Ok(this
                        .prompt
                        .text(q, Some("0"), false, |s| {
                            s.parse::<u32>()
                                .map(|_| ())
                                .map_err(|_| "a whole number".to_string())
                        })?
                        .parse()?)
                };
                decision.votes = Some(Votes {
                    in_favor: count(self, "Votes for")?,
                    against: count(self, "Votes against")?,
                    abstain: count(self, "Abstentions")?,
                });
            }
        }
        let outcomes = validate::outcomes(&decision, rule);
        let labels: Vec<String> = outcomes
            .iter()
            .map(|o| match o {
                Outcome::Adopted => "adopted".to_string(),
                Outcome::Rejected => "rejected".to_string(),
                Outcome::None => "no decision (time ran out)".to_string(),
            })
            .collect();
        let default = if time_up { outcomes.len() - 1 } else { 0 };
        decision.outcome = outcomes[self.prompt.select("Outcome", &labels, default)?];
        if decision.outcome != Outcome::None {
            let required = decision.outcome == Outcome::Adopted;
            let statement = self.prompt.text(
                if required {
                    "The outcome statement, in the council's words"
                } else {
                    "The outcome statement (Enter to skip)"
                },
                old.statement.as_deref(),
                !required,
                |_| Ok(()),
            )?;
            decision.statement = (!statement.is_empty()).then_some(statement);
            decision.review =
                self.date("Review it at a later council from (YYYY-MM-DD, Enter to skip)")?;
        }
        self.journal.answers.decision = decision;
        Ok(())
    }

    fn tasks(&mut self) -> Result<()> {
        loop {
            let question = if self.journal.answers.tasks.is_empty() {
                "Hand out a task?"
            } else {
                "Another task?"
            };
            if !self
                .prompt
                .confirm(question, self.journal.answers.tasks.is_empty())?
            {
                return Ok(());
            }
            let what =
                self.prompt
                    .text("What is to be done?", None, false, filled(limits::TASK))?;
            let names = self.names();
            let who = loop {
                let chosen = self.prompt.multi("Who volunteers?", &names)?;
                if !chosen.is_empty() {
                    break chosen;
                }
                self.prompt.say("A task needs at least one volunteer.");
            };
            let due = self.date("Due (YYYY-MM-DD, Enter for none)")?;
            let target = self.amount("A jar for it: target amount (Enter for none)")?;
            let jar = match target {
                Some(target) => {
                    let currency = self.prompt.text(
                        "Currency",
                        Some(&self.last_currency()),
                        false,
                        filled(limits::CURRENCY),
                    )?;
                    Some(Jar { target, currency })
                }
                None => None,
            };
            self.journal.answers.tasks.push(Task {
                what,
                who: who.into_iter().map(|n| names[n].clone()).collect(),
                due,
                jar,
            });
            self.journal.save()?;
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
        let mut delegate = Delegate::default();
        if !active.is_empty() {
            let mut items = vec!["Keep every mandate".to_string()];
            items.extend(
                active
                    .iter()
                    .map(|m| format!("Recall {} ({} to {})", m.council, m.name, m.to)),
            );
            let choice = self.prompt.select("Recall an active mandate?", &items, 0)?;
            if choice > 0 {
                delegate.recall = Some(format!("{}#delegate", active[choice - 1].council));
            }
        }
        if self
            .prompt
            .confirm("Send a recallable delegate with a written mandate?", false)?
        {
            let names = self.names();
            let who = self.prompt.select("Who goes?", &names, 0)?;
            delegate.name = Some(names[who].clone());
            delegate.to =
                Some(
                    self.prompt
                        .text("Where to?", None, false, filled(limits::SHORT))?,
                );
            delegate.mandate =
                Some(
                    self.prompt
                        .text("The written mandate", None, false, filled(limits::LONG))?,
                );
        }
        self.journal.answers.delegate = (delegate != Delegate::default()).then_some(delegate);
        Ok(())
    }

    fn sovereignty(&mut self) -> Result<()> {
        let old = self.journal.answers.sovereignty.clone();
        let gained = self.prompt.text(
            "What can the neighborhood now do for itself? (Enter to skip)",
            old.as_ref().map(|s| s.gained.as_str()),
            true,
            |_| Ok(()),
        )?;
        self.journal.answers.sovereignty = if gained.is_empty() {
            None
        } else {
            let without_permission = self
                .prompt
                .confirm("Was it won without asking anyone's permission?", true)?;
            Some(Sovereignty {
                gained,
                without_permission,
            })
        };
        Ok(())
    }

    fn closing(&mut self) -> Result<()> {
        let mut items = self.config.closing_rituals.clone();
        items.push("another ritual".into());
        items.push("none".into());
        let choice = self.prompt.select("The closing ritual", &items, 0)?;
        let ritual = if choice + 2 == items.len() {
            Some(
                self.prompt
                    .text("Which ritual?", None, false, filled(limits::SHORT))?,
            )
        } else if choice + 1 == items.len() {
            None
        } else {
            Some(items[choice].clone())
        };
        let words = self.prompt.text(
            "Check-out words, separated by commas (Enter to skip)",
            None,
            true,
            |s| {
                let words: Vec<&str> = s.split(',').collect();
                limits::count("words", words.len(), limits::WORDS)?;
                words
                    .iter()
                    .try_for_each(|w| at_most(limits::WORD)(w.trim()))
            },
        )?;
        self.journal.answers.closing = Some(Closing {
            ritual,
            words: words
                .split(',')
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect(),
        });
        Ok(())
    }
}

fn non_empty(s: &str) -> Result<(), String> {
    if s.is_empty() {
        Err("this cannot be empty".into())
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
        limits::text("the answer", s, max).map_err(|_| {
            format!(
                "this is {} characters long: at most {max} are allowed",
                s.chars().count()
            )
        })
    }
}
