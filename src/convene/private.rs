//! The questions that take people down under `pseudonyms` and `cards`.
//!
//! Under `pseudonyms` a real name typed is turned into its pseudonym at once:
//! the journal and everything after hold the pseudonym, the roster on this
//! laptop learns who is behind it, and the prompts show the real name. Under
//! `cards` the room hands out numbered cards and nothing else is typed.

use super::Convene;
use crate::council::answers::Attendee;
use crate::council::privacy;
use crate::council::settings::Privacy;
use crate::council::validate;
use anyhow::Result;

impl Convene<'_> {
    /// Asks for a person under `pseudonyms` or `cards`; `None` under `names`, which asks its own way.
    pub(super) fn ask_private_name(
        &mut self,
        question: &str,
    ) -> Result<Option<Option<Vec<String>>>> {
        match self.config.privacy {
            Privacy::Names => Ok(None),
            Privacy::Cards => {
                let listed = self.journal.answers.attendees.clone();
                let typed = self.prompt.text(
                    &crate::tr!(
                        crate::i18n::user(),
                        "privacy-card-question",
                        question = question
                    ),
                    None,
                    true,
                    |s| {
                        if s.is_empty() {
                            return Ok(());
                        }
                        if !privacy::is_card(s) {
                            return Err(crate::tr!(
                                crate::i18n::user(),
                                "privacy-card-invalid",
                                max = privacy::MAX_CARD
                            ));
                        }
                        validate::attendee_name(&listed, s)
                    },
                )?;
                Ok(Some((!typed.is_empty()).then(|| vec![typed])))
            }
            Privacy::Pseudonyms => {
                let secret = self
                    .secret
                    .clone()
                    .expect("loaded with the pseudonyms mode");
                let listed = self.journal.answers.attendees.clone();
                let typed = self.prompt.text(question, None, true, |s| {
                    if s.is_empty() {
                        return Ok(());
                    }
                    validate::attendee_name(&[], s)?;
                    validate::attendee_name(&listed, &privacy::pseudonym(&secret, s))
                })?;
                if typed.is_empty() {
                    return Ok(Some(None));
                }
                let mut typed = typed;
                let mut roster = crate::ops::privacy::roster(self.log)?;
                // Someone new to this laptop and to the log: a did-you-mean on the real names
                // this laptop knows. (Not journaled: the journal never holds a real name.)
                let new_one = roster.real(&privacy::pseudonym(&secret, &typed)).is_none()
                    && !self
                        .history
                        .has_attended(&privacy::pseudonym(&secret, &typed));
                if new_one {
                    let listed: Vec<String> = self
                        .journal
                        .answers
                        .attendees
                        .iter()
                        .map(|a| a.name.clone())
                        .collect();
                    let near: Vec<String> = crate::council::names::did_you_mean(
                        &typed,
                        roster.people.values().map(String::as_str),
                    )
                    .into_iter()
                    .filter(|n| !listed.contains(&privacy::pseudonym(&secret, n)))
                    .map(str::to_string)
                    .collect();
                    if !near.is_empty() {
                        let mut items: Vec<String> = near
                            .iter()
                            .map(|n| {
                                crate::tr!(
                                    crate::i18n::user(),
                                    "privacy-known-here",
                                    name = n.as_str()
                                )
                            })
                            .collect();
                        items.push(crate::tr!(
                            crate::i18n::user(),
                            "privacy-someone-new",
                            name = typed.as_str()
                        ));
                        let choice = self.prompt.select(
                            &crate::tr!(
                                crate::i18n::user(),
                                "privacy-did-you-mean",
                                names = near.join(" / ")
                            ),
                            &items,
                            0,
                        )?;
                        if let Some(known) = near.get(choice) {
                            typed.clone_from(known);
                        }
                    }
                }
                let pseudonym = privacy::pseudonym(&secret, &typed);
                if let Err(e) = roster.learn(&pseudonym, &typed) {
                    self.prompt.say(&format!(
                        "  {}",
                        crate::tr!(crate::i18n::user(), "privacy-tell-apart", problem = e)
                    ));
                    return Ok(Some(Some(Vec::new())));
                }
                crate::ops::privacy::save_roster(self.log, &roster)?;
                self.prompt.set_roster(roster);
                Ok(Some(Some(vec![pseudonym])))
            }
        }
    }

    /// Says why a name is not corrected at the review under `pseudonyms` and `cards`.
    ///
    /// Under `pseudonyms` the right spelling is another pseudonym, which no one reading the
    /// log could tell from putting another person in the place of the one drawn; a card
    /// number is not spelled. Nothing typed here could reach the minutes.
    pub(super) fn correct_private_name(&mut self) -> Result<()> {
        let why = match self.config.privacy {
            Privacy::Cards => "privacy-no-correction-cards",
            _ => "privacy-no-correction-pseudonyms",
        };
        let lang = crate::i18n::user();
        self.prompt.say(&format!(
            "{} {}",
            crate::tr!(lang, why),
            crate::tr!(lang, "privacy-mend-later")
        ));
        Ok(())
    }

    /// Under `cards`: asks how many cards were handed out and lists them, 1 to N.
    pub(super) fn card_attendance(&mut self) -> Result<()> {
        self.prompt
            .say(&crate::tr!(crate::i18n::user(), "privacy-cards-rotation"));
        let listed = self.journal.answers.attendees.len();
        let asked = self.prompt.text(
            &crate::tr!(crate::i18n::user(), "privacy-cards-how-many"),
            (listed > 0).then(|| listed.to_string()).as_deref(),
            false,
            |s| match s.parse::<u32>() {
                Ok(n) if (2..=privacy::MAX_CARD).contains(&n) => Ok(()),
                _ => Err(crate::tr!(
                    crate::i18n::user(),
                    "privacy-cards-count-invalid",
                    max = privacy::MAX_CARD
                )),
            },
        )?;
        let n: u32 = asked.parse().expect("checked");
        for card in 1..=n {
            let card = card.to_string();
            if !self
                .journal
                .answers
                .attendees
                .iter()
                .any(|a| a.name == card)
            {
                self.journal.answers.attendees.push(Attendee {
                    name: card,
                    ..Attendee::default()
                });
            }
        }
        self.journal
            .answers
            .attendees
            .retain(|a| a.late || a.name.parse::<u32>().is_ok_and(|c| c <= n));
        self.journal.save()?;
        self.prompt.say(&crate::tr!(
            crate::i18n::user(),
            "privacy-cards-listed",
            n = n
        ));
        Ok(())
    }
}
