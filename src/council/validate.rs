//! The rules a council's answers must keep, each broken rule named with what to do.

use super::answers::{Answers, Attendee, Decision, Outcome, Rule, Votes};
use super::ids;
use super::limits;
use super::names;
use super::pools::History;
use super::pools::Pool;
use super::record::{Role, TaskRecord};
use super::session;
use super::session::{Problems, Settings};
use super::time::{Date, Timestamp};
use crate::msg;
use std::collections::{HashMap, HashSet};

/// Checks everything that does not depend on the draw; reports every problem at once.
pub fn answers(answers: &Answers, history: &History, settings: Settings) -> Result<(), Problems> {
    // Limits first: nothing below reads a field that could be megabytes, or loops over a list
    // that could hold a hundred thousand entries.
    limits::answers(answers).map_err(Problems)?;
    let mut problems = Vec::new();
    let mut problem = |p: String| problems.push(p);

    if answers.issue.trim().is_empty() {
        problem(msg!("err-issue-empty"));
    }
    if let Some(minutes) = answers.duration_minutes
        && !(1..=24 * 60).contains(&minutes)
    {
        problem(msg!("err-duration", minutes = minutes.to_string()));
    }

    let names = attendee_names(answers, &mut problem);
    for p in people(answers, history) {
        problem(p);
    }
    corrections(answers, history, settings, &mut problem);
    for (n, attendee) in answers.attendees.iter().enumerate() {
        let name = attendee.drawn_name();
        let drawn = |list: &[String]| list.iter().any(|d| names::same_person(d, name));
        if attendee.late
            && (drawn(&answers.draw.declined_facilitator)
                || drawn(&answers.draw.declined_spokesperson)
                || drawn(&answers.draw.repeat_consent))
        {
            problem(msg!("err-late-in-draw", n = (n + 1).to_string()));
        }
        // The support is in the draw too: named, or drawn by lot among those present at the pool.
        if attendee.late
            && let Some(support) = &answers.draw.support
            && (names::same_person(support, name) || names::same_person(support, &attendee.name))
        {
            problem(msg!(
                "err-late-support",
                support = format!("{support:?}"),
                n = (n + 1).to_string()
            ));
        }
    }
    let is_attendee = |name: &str| names.contains(name);
    let check_attendee = |field: &str, name: &str, problem: &mut dyn FnMut(String)| {
        if !is_attendee(name) {
            problem(msg!(
                "err-not-attendee",
                field = field,
                name = format!("{name:?}")
            ));
        }
    };

    for name in answers
        .draw
        .declined_facilitator
        .iter()
        .map(|n| ("draw.declined_facilitator", n))
        .chain(
            answers
                .draw
                .declined_spokesperson
                .iter()
                .map(|n| ("draw.declined_spokesperson", n)),
        )
        .chain(
            answers
                .draw
                .repeat_consent
                .iter()
                .map(|n| ("draw.repeat_consent", n)),
        )
    {
        check_attendee(name.0, name.1, &mut problem);
    }
    if let Some(support) = &answers.draw.support {
        check_attendee("draw.support", support, &mut problem);
    }
    let previous = history.previous_before(answers.started);
    for name in &answers.draw.repeat_consent {
        let led = previous.is_some_and(|p| {
            names::same_person(&p.facilitator, name) || names::same_person(&p.spokesperson, name)
        });
        if !led && is_attendee(name) {
            problem(msg!("err-repeat-consent", name = format!("{name:?}")));
        }
    }

    decision(answers, settings, &mut problem);

    for (n, task) in answers.tasks.iter().enumerate() {
        let field = format!("tasks[{}]", n + 1);
        if task.what.trim().is_empty() {
            problem(msg!("err-task-what", field = &field));
        }
        if task.who.is_empty() {
            problem(msg!("err-task-who", field = &field));
        }
        for who in &task.who {
            check_attendee(&format!("{field}.who"), who, &mut problem);
        }
        if let Some(due) = task.due
            && let Err(p) = not_before(answers.started, due)
        {
            problem(format!("`{field}.due` {p}"));
        }
        if let Some(jar) = &task.jar
            && jar.currency.trim().is_empty()
        {
            problem(msg!("err-jar-currency", field = &field));
        }
    }

    for (n, report) in answers.report_backs.iter().enumerate() {
        let field = format!("report_backs[{}]", n + 1);
        if let Err(p) = report_back(
            &report.task,
            report.collected.or(report.spent).is_some(),
            history,
        ) {
            problem(field_problem(&format!("{field}.task"), &p));
        }
    }

    if let Some(delegate) = &answers.delegate {
        let given = [&delegate.name, &delegate.to, &delegate.mandate];
        if given.iter().any(|g| g.is_some()) {
            for (field, value) in ["name", "to", "mandate"].iter().zip(given) {
                match value {
                    None => problem(msg!("err-delegate-missing", field = *field)),
                    Some(v) if v.trim().is_empty() => {
                        problem(msg!("err-delegate-empty", field = *field))
                    }
                    Some(_) => {}
                }
            }
            if let Some(name) = &delegate.name {
                check_attendee("delegate.name", name, &mut problem);
            }
        } else if delegate.recall.is_none() {
            problem(msg!("err-delegate-none"));
        }
        if let Some(recall) = &delegate.recall {
            let council = recall.strip_suffix("#delegate").unwrap_or("");
            match history.find(council) {
                Some(c) if c.delegate.as_ref().is_some_and(|d| d.name.is_some()) => {}
                Some(_) => problem(msg!("err-recall-no-delegate", council = council)),
                None => problem(msg!("err-recall-unknown", recall = format!("{recall:?}"))),
            }
        }
    }

    if let Some(sovereignty) = &answers.sovereignty
        && sovereignty.gained.trim().is_empty()
    {
        problem(msg!("err-sovereignty-empty"));
    }

    if problems.is_empty() {
        Ok(())
    } else {
        Err(Problems(problems))
    }
}

/// Checks names corrected after the pool was fixed (`drawn_as`): the lot is replayed with the
/// spelling it drew, so a correction may fix how the log counts the person, never who could
/// have been drawn.
fn corrections(
    answers: &Answers,
    history: &History,
    settings: Settings,
    problem: &mut dyn FnMut(String),
) {
    if !answers.attendees.iter().any(|a| a.drawn_as.is_some()) {
        return;
    }
    for (n, a) in answers.attendees.iter().enumerate() {
        let Some(drawn) = &a.drawn_as else {
            continue;
        };
        if names::same_person(drawn, &a.name) {
            problem(msg!(
                "err-drawn-as-same",
                n = (n + 1).to_string(),
                drawn = format!("{drawn:?}"),
                name = format!("{:?}", a.name)
            ));
        } else if let Err(p) = correction(drawn, &a.name, history) {
            problem(field_problem(&format!("attendees[{}]", n + 1), &p));
        }
    }
    let mut right = answers.clone();
    for a in &mut right.attendees {
        a.drawn_as = None;
    }
    for role in [Role::Facilitator, Role::Spokesperson] {
        let people = |pool: &Pool| -> HashSet<String> {
            pool.members
                .iter()
                .map(|m| names::key(&session::person(answers, m)))
                .collect()
        };
        let drawn = session::pool(answers, history, settings.rotation, role, None);
        let fixed = session::pool(&right, history, settings.rotation, role, None);
        if people(&drawn) != people(&fixed) {
            problem(msg!(
                "err-correction-pool",
                corrected = corrected(answers).join(", "),
                role = role.as_str()
            ));
        }
    }
    // The support is drawn by lot too, among those who have facilitated (everyone present, when
    // no one has): whoever the numbers make facilitator, the right names must give that draw
    // the same people, or none when the facilitator needs no support.
    let people = |members: &[String]| -> HashSet<String> {
        members
            .iter()
            .map(|m| names::key(&session::person(answers, m)))
            .collect()
    };
    let by_lot = |a: &Answers, facilitator: &str| -> Option<HashSet<String>> {
        let named = a.draw.support.as_ref().is_some_and(|s| {
            !names::same_person(
                &session::person(answers, s),
                &session::person(answers, facilitator),
            )
        });
        (!named && !session::experienced(a, history, facilitator))
            .then(|| people(&session::support_pool(a, history, facilitator).members))
    };
    let facilitators = session::pool(answers, history, settings.rotation, Role::Facilitator, None);
    let candidates = facilitators
        .members
        .iter()
        .chain(facilitators.tiers.iter().flat_map(|(_, t)| t.iter()));
    for candidate in candidates {
        let right_name = session::person(answers, candidate);
        if by_lot(answers, candidate) != by_lot(&right, &right_name) {
            problem(msg!(
                "err-correction-support",
                corrected = corrected(answers).join(", ")
            ));
            break;
        }
    }
}

/// Lists the corrections of the answers, as `"drawn" to "right"`.
fn corrected(answers: &Answers) -> Vec<String> {
    answers
        .attendees
        .iter()
        .filter_map(|a| {
            Some(msg!(
                "err-corrected",
                drawn = format!("{:?}", a.drawn_as.as_ref()?),
                name = format!("{:?}", a.name)
            ))
        })
        .collect()
}

/// Checks that a correction only mends a misspelling.
///
/// A name the log knows as a person is spelled the log's own way, so it was not misspelled:
/// "correcting" it would move that person's turns to someone else. The right name must be a
/// slip away from the spelling drawn, as "did you mean" finds one.
pub fn correction(drawn: &str, right: &str, history: &History) -> Result<(), String> {
    if let Some(known) = history.people().spelling(drawn) {
        return Err(msg!(
            "err-correction-known",
            drawn = format!("{drawn:?}"),
            known = known,
            right = right
        ));
    }
    if names::did_you_mean(drawn, [right]).is_empty() {
        return Err(msg!(
            "err-correction-far",
            right = format!("{right:?}"),
            drawn = format!("{drawn:?}")
        ));
    }
    Ok(())
}

/// Checks the people present against the log, before the pool is fixed: a newcomer who looks
/// like someone the log knows, or is close to whoever led last time, is refused.
pub fn people(answers: &Answers, history: &History) -> Vec<String> {
    answers
        .attendees
        .iter()
        .filter_map(|a| newcomer(&a.name, history, answers.started).err())
        .collect()
}

/// Checks one name against the people of the log.
///
/// A newcomer who looks like someone the log knows (Unicode confusables)
/// would be a second person for one, and one close to whoever led the last
/// council would let them dodge the rotation: both are refused, with what to do.
pub fn newcomer(name: &str, history: &History, started: Option<Timestamp>) -> Result<(), String> {
    if history.has_attended(name) {
        return Ok(());
    }
    let people = history.people();
    let skeleton = names::skeleton(name);
    if let Some(like) = people
        .iter()
        .find(|k| names::skeleton(k) == skeleton || names::look_alike(k, name))
    {
        return Err(msg!(
            "err-newcomer-looks-like",
            name = format!("{name:?}"),
            like = like,
            qlike = format!("{like:?}")
        ));
    }
    // Plain different spellings (Jo beside Bo) are presumed different people and get a
    // "did you mean"; a near spelling with letters from outside the leader's alphabet
    // (`Feʀn` for `Fern`) is how a leader would dodge the rotation, and is refused.
    let exotic = |n: &str| {
        n.chars()
            .filter(|c| c.is_alphabetic() && !c.is_ascii())
            .count()
    };
    if let Some(previous) = history
        .previous_before(started)
        .filter(|_| exotic(name) > 0)
    {
        let near = people.near(name);
        if let Some((led, did)) = [
            (&previous.facilitator, "err-newcomer-facilitated"),
            (&previous.spokesperson, "err-newcomer-spoke"),
        ]
        .into_iter()
        .find(|(l, _)| exotic(l) < exotic(name) && near.iter().any(|n| names::same_person(n, l)))
        {
            return Err(msg!(
                did,
                name = format!("{name:?}"),
                led = led,
                qled = format!("{led:?}")
            ));
        }
    }
    Ok(())
}

/// Checks names: non-empty, no stray spaces or control characters, no one twice.
///
/// Each name is looked up by its key and its two skeletons in hash maps, so
/// a thousand attendees cost a thousand lookups, not half a million comparisons.
fn attendee_names<'a>(answers: &'a Answers, problem: &mut dyn FnMut(String)) -> HashSet<&'a str> {
    let mut names = HashSet::new();
    if answers.attendees.is_empty() {
        problem(msg!("err-no-attendees"));
    }
    let mut by_key: HashMap<String, &str> = HashMap::new();
    let mut by_shape: HashMap<String, (usize, &str)> = HashMap::new();
    let mut by_written: HashMap<String, (usize, &str)> = HashMap::new();
    for (n, attendee) in answers.attendees.iter().enumerate() {
        let name = attendee.name.as_str();
        let field = format!("attendees[{}].name", n + 1);
        let key = names::key(name);
        let (shape, written) = names::shapes(name);
        let checked = spelled(name).and_then(|()| {
            if let Some(same) = by_key.get(&key) {
                return Err(listed_twice(name, same));
            }
            let alike = [by_shape.get(&shape), by_written.get(&written)]
                .into_iter()
                .flatten()
                .min();
            match alike {
                Some((_, same)) => Err(looks_like(name, same)),
                None => Ok(()),
            }
        });
        if let Err(p) = checked {
            problem(field_problem(&field, &p));
        }
        by_key.entry(key).or_insert(name);
        by_shape.entry(shape).or_insert((n, name));
        by_written.entry(written).or_insert((n, name));
        names.insert(name);
    }
    // The draw's own lists (declines, consent, support) may name someone as the draw spelled them.
    for (n, attendee) in answers.attendees.iter().enumerate() {
        if let Some(drawn) = attendee.drawn_as.as_deref() {
            if let Err(p) = spelled(drawn) {
                problem(field_problem(&format!("attendees[{}].drawn_as", n + 1), &p));
            } else if let Some(other) = by_key.get(&names::key(drawn))
                && *other != attendee.name
            {
                problem(msg!(
                    "err-drawn-as-other",
                    n = (n + 1).to_string(),
                    drawn = format!("{drawn:?}"),
                    other = format!("{other:?}")
                ));
            }
            names.insert(drawn);
        }
    }
    names
}

/// Refuses a due or review date before the council's own day.
pub fn not_before(started: Option<Timestamp>, date: Date) -> Result<(), String> {
    match started {
        Some(started) if date < started.date() => Err(msg!(
            "err-date-before",
            date = date.to_string(),
            council = started.date().to_string()
        )),
        _ => Ok(()),
    }
}

/// Checks one more attendee's name against those already listed.
pub fn attendee_name(listed: &[Attendee], name: &str) -> Result<(), String> {
    spelled(name)?;
    if let Some(same) = listed.iter().find(|a| names::same_person(&a.name, name)) {
        return Err(listed_twice(name, &same.name));
    }
    if let Some(same) = listed.iter().find(|a| names::look_alike(&a.name, name)) {
        return Err(looks_like(name, &same.name));
    }
    Ok(())
}

/// Checks a name on its own: not empty, not padded, not too long, nothing invisible.
fn spelled(name: &str) -> Result<(), String> {
    if name.trim().is_empty() {
        return Err(msg!("err-name-empty"));
    }
    // Checked before anything reads the whole name, which could be megabytes.
    limits::text("name", name, limits::NAME).map_err(|_| {
        msg!(
            "err-name-long",
            n = name.chars().count().to_string(),
            max = limits::NAME.to_string()
        )
    })?;
    if name.trim() != name {
        return Err(msg!("err-name-spaces", name = format!("{name:?}")));
    }
    if name.chars().any(char::is_control) {
        return Err(msg!("err-name-control", name = format!("{name:?}")));
    }
    names::check(name)
}

/// Names the field a problem is about: "`field`: problem".
pub fn field_problem(field: &str, problem: &str) -> String {
    msg!("err-field-problem", field = field, problem = problem)
}

fn listed_twice(name: &str, same: &str) -> String {
    msg!(
        "err-listed-twice",
        name = format!("{name:?}"),
        same = format!("{same:?}")
    )
}

fn looks_like(name: &str, same: &str) -> String {
    msg!(
        "err-looks-like-listed",
        name = format!("{name:?}"),
        same = format!("{same:?}")
    )
}

/// Tells whether the votes carry a proposal under a voting rule.
fn carried(rule: Rule, votes: Votes) -> bool {
    let (yes, no) = (u64::from(votes.in_favor), u64::from(votes.against));
    match rule {
        Rule::Supermajority => yes > 0 && 3 * yes >= 2 * (yes + no),
        _ => yes > no,
    }
}

/// The outcomes a decision may have under its rule, given its objections, blocks and votes.
pub fn outcomes(d: &Decision, rule: Rule) -> Vec<Outcome> {
    use Outcome::{Adopted, None as NoDecision, Rejected};
    match rule {
        Rule::Consent if !d.objections.is_empty() => vec![Rejected, NoDecision],
        Rule::Consensus if !d.blocks.is_empty() => vec![Rejected, NoDecision],
        Rule::Consent | Rule::Consensus => vec![Adopted, Rejected, NoDecision],
        Rule::Majority | Rule::Supermajority => match d.votes {
            Some(v) if carried(rule, v) => vec![Adopted, NoDecision],
            Some(_) => vec![Rejected, NoDecision],
            Option::None => vec![NoDecision],
        },
    }
}

/// Checks that the outcome agrees with the rule, and that each field belongs to the rule.
fn decision(answers: &Answers, settings: Settings, problem: &mut dyn FnMut(String)) {
    let d = &answers.decision;
    let rule = d.rule.unwrap_or(settings.decision_rule);
    let rule_name = rule.as_str();
    if d.outcome != Outcome::None && d.proposal.as_deref().is_none_or(|p| p.trim().is_empty()) {
        problem(msg!("err-proposal-missing"));
    }
    if d.outcome == Outcome::Adopted && d.statement.as_deref().is_none_or(|s| s.trim().is_empty()) {
        problem(msg!("err-statement-missing"));
    }
    if let Some(review) = d.review
        && let Err(p) = not_before(answers.started, review)
    {
        problem(format!("`decision.review` {p}"));
    }
    let misplaced = |field: &str, belongs: &str, problem: &mut dyn FnMut(String)| {
        problem(msg!(
            "err-misplaced",
            field = field,
            belongs = belongs,
            rule = rule_name
        ));
    };
    if !d.objections.is_empty() && rule != Rule::Consent {
        misplaced("objections", "consent", problem);
    }
    let talking = matches!(rule, Rule::Consent | Rule::Consensus);
    if !d.resolved_objections.is_empty() && !talking {
        misplaced("resolved_objections", "talking", problem);
    }
    if !d.stand_asides.is_empty() && !talking {
        misplaced("stand_asides", "talking", problem);
    }
    if !d.blocks.is_empty() && rule != Rule::Consensus {
        misplaced("blocks", "consensus", problem);
    }
    if d.amended_from.is_some() && d.proposal.is_none() {
        problem(msg!("err-amended-without-proposal"));
    }
    let voting = matches!(rule, Rule::Majority | Rule::Supermajority);
    if d.votes.is_some() && !voting {
        misplaced("votes", "voting", problem);
    }
    match (rule, d.outcome) {
        (_, Outcome::None) => {}
        (Rule::Consent, Outcome::Adopted) if !d.objections.is_empty() => {
            problem(msg!("err-objections-unresolved", n = d.objections.len()))
        }
        (Rule::Consensus, Outcome::Adopted) if !d.blocks.is_empty() => {
            problem(msg!("err-blocked", blocks = d.blocks.join(", ")))
        }
        (Rule::Majority | Rule::Supermajority, outcome) => match d.votes {
            None => problem(msg!("err-votes-missing", rule = rule_name)),
            Some(v) => {
                let (yes, no) = (v.in_favor, v.against);
                let cast = u64::from(v.in_favor) + u64::from(v.against) + u64::from(v.abstain);
                let present = answers.attendees.len() as u64;
                if cast > present {
                    problem(msg!(
                        "err-votes-too-many",
                        cast = cast.to_string(),
                        yes = yes.to_string(),
                        no = no.to_string(),
                        abstain = v.abstain.to_string(),
                        present = present
                    ));
                }
                let carried = carried(rule, v);
                if carried != (outcome == Outcome::Adopted) {
                    problem(msg!(
                        if carried {
                            "err-votes-carried"
                        } else {
                            "err-votes-not-carried"
                        },
                        yes = yes.to_string(),
                        no = no.to_string(),
                        outcome = outcome.as_str(),
                        rule = rule_name
                    ));
                }
            }
        },
        _ => {}
    }
}

/// Finds the task a report-back names, or says why it cannot be reported on.
pub fn report_back(task: &str, money: bool, history: &History) -> Result<TaskRecord, String> {
    // Before any comparison: a did-you-mean over a megabyte-long id would take minutes.
    limits::text("task", task, limits::SHORT)?;
    if let Some(council) = history.find(task) {
        return Err(msg!(
            "err-task-is-council",
            task = format!("{task:?}"),
            council = &council.id
        ));
    }
    let Some(found) = history.find_task(task) else {
        let ids: Vec<&str> = history
            .councils()
            .iter()
            .flat_map(|c| &c.tasks)
            .map(|t| t.id.as_str())
            .collect();
        let near = ids::closest(task, &ids, 3);
        let hint = if near.is_empty() {
            String::new()
        } else {
            format!(" {}", msg!("err-did-you-mean", near = near.join(", ")))
        };
        if ids::split_task_id(task).is_none() {
            return Err(msg!(
                "err-not-task-id",
                task = format!("{task:?}"),
                hint = hint
            ));
        }
        return Err(msg!(
            "err-no-such-task",
            task = format!("{task:?}"),
            hint = hint
        ));
    };
    if money && found.jar.is_none() {
        return Err(msg!("err-task-no-jar", task = format!("{task:?}")));
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use crate::council::Rule;
    use crate::council::amount::Amount;
    use crate::council::answers::{Delegate, Jar, Outcome, ReportBack, Task, TaskStatus, Votes};
    use crate::council::fixtures::{answers, run_with, sequence, settings};
    use crate::council::pools::History;
    use crate::council::time::Date;

    fn problems(a: &crate::council::Answers) -> String {
        run_with(a, &History::default(), settings())
            .expect_err("these answers must be refused")
            .to_string()
    }

    fn with_support(names: &[&str]) -> crate::council::Answers {
        let mut a = answers(names);
        a.draw.support = Some("Zed".into());
        a.attendees.push(crate::council::answers::Attendee {
            name: "Zed".into(),
            opt_out: true,
            ..Default::default()
        });
        a
    }

    #[test]
    fn a_valid_council_passes() {
        let r = run_with(
            &with_support(&["Ana", "Bo", "Chen"]),
            &History::default(),
            settings(),
        )
        .unwrap();
        assert_eq!(r.draw.key, "1.3.5.6./42./");
        assert_ne!(r.facilitator, r.spokesperson);
    }

    #[test]
    fn attendee_names_are_unique_and_non_empty() {
        let mut a = with_support(&["Ana", "Bo", "ana"]);
        assert!(problems(&a).contains("\"ana\" is listed twice"));
        a.attendees[2].name = "  ".into();
        assert!(problems(&a).contains("`attendees[3].name`: the name is empty"));
        a.attendees[2].name = " Cy".into();
        assert!(problems(&a).contains("has spaces around it"));
        a.attendees[2].name = "Cy\u{1b}".into();
        assert!(problems(&a).contains("holds control characters"));
        a.attendees.clear();
        assert!(problems(&a).contains("no attendees"));
    }

    #[test]
    fn a_ten_megabyte_name_is_refused_quickly() {
        let mut a = with_support(&["Ana", "Bo", "Chen"]);
        a.attendees[1].name = "B".repeat(10 * 1024 * 1024);
        let p = problems(&a);
        assert_eq!(
            p,
            "`attendees[2].name` is 10485760 characters long: at most 100 are allowed"
        );
        // The prompt's check of one name says so too, before comparing it with anyone.
        let err = super::attendee_name(&a.attendees, &a.attendees[1].name).unwrap_err();
        assert!(err.contains("at most 100"), "{err}");
    }

    #[test]
    fn a_hundred_thousand_attendees_are_refused_not_checked_quadratically() {
        let names: Vec<String> = (0..100_000).map(|n| format!("P{n}")).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let p = problems(&with_support(&names));
        assert_eq!(
            p,
            "`attendees` has 100001 entries: at most 1000 are allowed"
        );
    }

    #[test]
    fn a_thousand_attendees_are_checked_for_duplicates_and_look_alikes() {
        let mut names: Vec<String> = (0..997).map(|n| format!("P{n}")).collect();
        names.push("p5".into());
        names.push("Р7".into()); // a Cyrillic "Р"
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let p = problems(&with_support(&names));
        assert!(
            p.contains(
                "`attendees[998].name`: \"p5\" is listed twice among the attendees (as \"P5\")"
            ),
            "{p}"
        );
        assert!(
            p.contains("`attendees[999].name`: \"Р7\" looks like \"P7\""),
            "{p}"
        );
    }

    #[test]
    fn task_owners_are_attendees() {
        let mut a = with_support(&["Ana", "Bo", "Chen"]);
        a.tasks.push(Task {
            what: "Buy planks".into(),
            who: vec!["Bo".into(), "Mallory".into()],
            ..Task::default()
        });
        let p = problems(&a);
        assert!(p.contains("`tasks[1].who` names \"Mallory\""), "{p}");
        a.tasks[0].who.clear();
        assert!(problems(&a).contains("`tasks[1].who` is empty"));
        a.tasks[0].who = vec!["Bo".into()];
        a.tasks[0].due = Some(Date::parse("2026-11-01").unwrap());
        assert!(problems(&a).contains("before the council"));
        a.tasks[0].due = None;
        a.tasks[0].jar = Some(Jar {
            target: Amount(4000),
            currency: " ".into(),
        });
        assert!(problems(&a).contains("jar.currency"));
    }

    #[test]
    fn a_named_support_must_be_present() {
        let mut a = answers(&["Ana", "Bo", "Chen"]);
        a.draw.support = Some("Nobody".into());
        assert!(problems(&a).contains("`draw.support` names \"Nobody\""));
    }

    #[test]
    fn support_is_optional_for_an_experienced_facilitator() {
        let everyone = ["Ana", "Bo"];
        let history = sequence(
            vec![answers(&everyone), answers(&everyone)],
            crate::council::Settings {
                rotation: crate::council::record::Rotation::Uniform,
                ..settings()
            },
        );
        // Both have facilitated now (least-served alternates them), so no support is needed.
        assert!(history.has_facilitated("Ana") && history.has_facilitated("Bo"));
        let r = run_with(&answers(&everyone), &history, settings());
        assert!(r.is_ok(), "{r:?}");
    }

    #[test]
    fn consent_is_adopted_only_without_objections() {
        let mut a = with_support(&["Ana", "Bo", "Chen"]);
        a.decision.objections = vec!["Too soon".into()];
        assert!(problems(&a).contains("1 objection remains unresolved"));
        a.decision.outcome = Outcome::Rejected;
        assert!(run_with(&a, &History::default(), settings()).is_ok());
    }

    #[test]
    fn consensus_is_adopted_only_without_blocks() {
        let mut a = with_support(&["Ana", "Bo", "Chen"]);
        a.decision.rule = Some(Rule::Consensus);
        a.decision.stand_asides = vec!["Bo".into()];
        assert!(run_with(&a, &History::default(), settings()).is_ok());
        a.decision.blocks = vec!["Chen".into()];
        assert!(problems(&a).contains("blocked (Chen)"));
    }

    /// A room large enough for the vote counts of these tests: everyone votes once.
    const VOTERS: &[&str] = &[
        "Ana", "Bo", "Chen", "Dee", "Eli", "Fay", "Gus", "Hal", "Ida", "Jo", "Kai", "Lu", "Mo",
        "Ned", "Ola", "Pia", "Quin", "Rey", "Sol", "Tam",
    ];

    #[test]
    fn the_votes_never_count_more_people_than_are_present() {
        let mut a = with_support(&["Ana", "Bo", "Chen"]);
        a.decision.rule = Some(Rule::Majority);
        a.decision.votes = Some(Votes {
            in_favor: 4,
            against: 1,
            abstain: 0,
        });
        assert!(
            problems(&a).contains("the votes count 5 people"),
            "{}",
            problems(&a)
        );
        a.decision.votes = Some(Votes {
            in_favor: 3,
            against: 1,
            abstain: 0,
        });
        assert!(run_with(&a, &History::default(), settings()).is_ok());
    }

    #[test]
    fn majority_needs_more_for_than_against() {
        let mut a = with_support(VOTERS);
        a.decision.rule = Some(Rule::Majority);
        assert!(problems(&a).contains("`decision.votes` is missing"));
        a.decision.votes = Some(Votes {
            in_favor: 2,
            against: 2,
            abstain: 1,
        });
        assert!(problems(&a).contains("not carried"));
        a.decision.outcome = Outcome::Rejected;
        assert!(run_with(&a, &History::default(), settings()).is_ok());
        a.decision.votes = Some(Votes {
            in_favor: 3,
            against: 2,
            abstain: 0,
        });
        assert!(problems(&a).contains("say the proposal was carried"));
        a.decision.outcome = Outcome::Adopted;
        assert!(run_with(&a, &History::default(), settings()).is_ok());
    }

    #[test]
    fn supermajority_needs_two_thirds_of_the_votes_cast() {
        let mut a = with_support(VOTERS);
        a.decision.rule = Some(Rule::Supermajority);
        a.decision.votes = Some(Votes {
            in_favor: 6,
            against: 3,
            abstain: 9,
        });
        assert!(
            run_with(&a, &History::default(), settings()).is_ok(),
            "6 of 9 is two thirds"
        );
        a.decision.votes = Some(Votes {
            in_favor: 5,
            against: 3,
            abstain: 0,
        });
        assert!(problems(&a).contains("two thirds"));
        a.decision.votes = Some(Votes {
            in_favor: 0,
            against: 0,
            abstain: 4,
        });
        assert!(problems(&a).contains("not carried"));
    }

    #[test]
    fn fields_of_another_rule_are_refused() {
        let mut a = with_support(&["Ana", "Bo", "Chen"]);
        a.decision.votes = Some(Votes {
            in_favor: 3,
            against: 0,
            abstain: 0,
        });
        assert!(
            problems(&a).contains("`decision.votes` belongs to the majority or supermajority rule")
        );
        a.decision.votes = None;
        a.decision.blocks = vec!["x".into()];
        assert!(problems(&a).contains("`decision.blocks` belongs to the consensus rule"));
    }

    #[test]
    fn a_decision_needs_its_proposal_and_statement() {
        let mut a = with_support(&["Ana", "Bo", "Chen"]);
        a.decision.statement = None;
        assert!(problems(&a).contains("`decision.statement` is missing"));
        a.decision.proposal = None;
        assert!(problems(&a).contains("`decision.proposal` is missing"));
        a.decision.outcome = Outcome::None;
        a.decision.proposal = None;
        assert!(
            run_with(&a, &History::default(), settings()).is_ok(),
            "time ran out is a valid ending"
        );
    }

    #[test]
    fn report_backs_name_tasks_of_earlier_councils() {
        let mut first = with_support(&["Ana", "Bo", "Chen"]);
        first.tasks.push(Task {
            what: "Planks".into(),
            who: vec!["Ana".into()],
            ..Task::default()
        });
        let history = sequence(vec![first], settings());
        let earlier = history.councils()[0].id.clone();
        let mut a = with_support(&["Ana", "Bo", "Chen"]);
        a.report_backs.push(ReportBack {
            task: format!("{earlier}#1"),
            status: TaskStatus::Done,
            note: None,
            collected: None,
            spent: None,
        });
        assert!(run_with(&a, &history, settings()).is_ok());
        a.report_backs[0].task = format!("{earlier}#2");
        let p = run_with(&a, &history, settings()).unwrap_err().to_string();
        assert!(p.contains("no earlier council has a task"), "{p}");
        a.report_backs[0].task = earlier.clone();
        let p = run_with(&a, &history, settings()).unwrap_err().to_string();
        assert!(p.contains("is a council, not a task"), "{p}");
    }

    #[test]
    fn a_delegate_needs_a_full_mandate_and_a_recall_an_earlier_one() {
        let mut a = with_support(&["Ana", "Bo", "Chen"]);
        a.delegate = Some(Delegate {
            name: Some("Ana".into()),
            ..Delegate::default()
        });
        let p = problems(&a);
        assert!(
            p.contains("`delegate.to` is missing") && p.contains("`delegate.mandate` is missing"),
            "{p}"
        );
        a.delegate = Some(Delegate::default());
        assert!(problems(&a).contains("[delegate] is empty"));
        a.delegate = Some(Delegate {
            recall: Some("2026-01-01-x#delegate".into()),
            ..Delegate::default()
        });
        assert!(problems(&a).contains("`delegate.recall`"));
    }

    #[test]
    fn the_outcomes_offered_are_exactly_those_the_rules_accept() {
        use crate::council::answers::Decision;
        let mut base = with_support(VOTERS);
        let decisions = [
            (
                Rule::Consent,
                Decision {
                    objections: vec!["x".into()],
                    ..Decision::default()
                },
            ),
            (Rule::Consent, Decision::default()),
            (
                Rule::Consensus,
                Decision {
                    blocks: vec!["Bo".into()],
                    ..Decision::default()
                },
            ),
            (
                Rule::Consensus,
                Decision {
                    stand_asides: vec!["Bo".into()],
                    ..Decision::default()
                },
            ),
            (
                Rule::Majority,
                Decision {
                    votes: Some(Votes {
                        in_favor: 3,
                        against: 3,
                        abstain: 0,
                    }),
                    ..Decision::default()
                },
            ),
            (
                Rule::Majority,
                Decision {
                    votes: Some(Votes {
                        in_favor: 4,
                        against: 3,
                        abstain: 0,
                    }),
                    ..Decision::default()
                },
            ),
            (
                Rule::Supermajority,
                Decision {
                    votes: Some(Votes {
                        in_favor: 2,
                        against: 1,
                        abstain: 0,
                    }),
                    ..Decision::default()
                },
            ),
            (
                Rule::Supermajority,
                Decision {
                    votes: Some(Votes {
                        in_favor: 3,
                        against: 2,
                        abstain: 0,
                    }),
                    ..Decision::default()
                },
            ),
            (Rule::Majority, Decision::default()),
        ];
        for (rule, decision) in decisions {
            let offered = super::outcomes(&decision, rule);
            for outcome in [Outcome::Adopted, Outcome::Rejected, Outcome::None] {
                base.decision = Decision {
                    rule: Some(rule),
                    outcome,
                    proposal: Some("p".into()),
                    statement: Some("s".into()),
                    ..decision.clone()
                };
                let accepted = run_with(&base, &History::default(), settings()).is_ok();
                assert_eq!(
                    accepted,
                    offered.contains(&outcome),
                    "{rule:?} {outcome:?} with {decision:?}"
                );
            }
        }
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let mut a = with_support(&["Ana", "Bo", "Bo"]);
        a.issue = String::new();
        a.duration_minutes = Some(0);
        let p = problems(&a);
        assert!(p.starts_with("3 problems:"), "{p}");
    }

    #[test]
    fn a_correction_only_mends_a_misspelling() {
        let history = sequence(vec![answers(&["Bo", "Ana", "Dee"])], settings());
        // Bo is the log's own spelling: "correcting" him would move his turns to Zed.
        let mut a = answers(&["Zed", "Ana", "Cy"]);
        a.attendees[0].drawn_as = Some("Bo".into());
        let p = run_with(&a, &history, settings()).unwrap_err().to_string();
        assert!(
            p.contains("`attendees[1]`: \"Bo\" is how the log writes Bo, whom it knows, so it was not misspelled"),
            "{p}"
        );
        // A new spelling may be mended only to a name a slip away from it.
        let mut a = answers(&["Zora", "Ana", "Cy"]);
        a.attendees[0].drawn_as = Some("Fatma".into());
        let p = run_with(&a, &history, settings()).unwrap_err().to_string();
        assert!(
            p.contains("\"Zora\" is not close to \"Fatma\", the spelling drawn"),
            "{p}"
        );
        assert!(super::correction("Fatma", "Fatima", &history).is_ok());
        assert!(
            super::correction("Dee", "Dée", &history).is_err(),
            "Dee is known"
        );
        assert!(super::correction("Dée", "Dee", &history).is_ok());
    }

    #[test]
    fn a_correction_that_changes_the_support_pool_is_refused() {
        // Fatima facilitated; Bo and Ana opted out, so she led.
        let mut first = answers(&["Fatima", "Bo", "Ana"]);
        first.attendees[1].opt_out_facilitator = true;
        first.attendees[2].opt_out_facilitator = true;
        let history = sequence(vec![first, answers(&["Ana", "Bo", "Cy"])], settings());
        assert!(history.has_facilitated("Fatima"));
        // Drawn as "Fatma", nobody present had facilitated: the support is drawn among all.
        let mut a = answers(&["Fatima", "Dan", "Eve", "Gus"]);
        a.attendees[0].drawn_as = Some("Fatma".into());
        a.attendees[0].opt_out_facilitator = true;
        let p = run_with(&a, &history, settings()).unwrap_err().to_string();
        assert!(
            p.contains(
                "correcting \"Fatma\" to \"Fatima\" would change who could be drawn as support"
            ),
            "{p}"
        );
        // A support the room named is not drawn by lot: nothing to change.
        a.draw.support = Some("Dan".into());
        a.attendees[1].opt_out_facilitator = true;
        assert!(run_with(&a, &history, settings()).is_ok());
    }

    #[test]
    fn a_late_arrival_cannot_be_the_support() {
        let mut a = with_support(&["Ana", "Bo", "Chen"]);
        a.attendees[3].late = true;
        a.attendees[3].opt_out = false;
        let p = problems(&a);
        assert!(
            p.contains(
                "`draw.support` names \"Zed\", who arrived late (`attendees[4]` has `late = true`)"
            ),
            "{p}"
        );
    }

    #[test]
    fn a_near_spelling_of_last_times_spokesperson_names_that_role() {
        let mut first = answers(&["Fern", "Fatima", "Bo"]);
        first.attendees[1].opt_out_facilitator = true;
        first.attendees[2].opt_out = true;
        let history = sequence(vec![first], settings());
        let last = history.previous_before(None).unwrap();
        assert_eq!(
            (last.facilitator.as_str(), last.spokesperson.as_str()),
            ("Fern", "Fatima")
        );
        let p = super::newcomer("Fátima", &history, None).unwrap_err();
        assert!(
            p.contains("close to \"Fatima\", who spoke for the last council"),
            "{p}"
        );
        let p = super::newcomer("Fe\u{280}n", &history, None).unwrap_err();
        assert!(
            p.contains("close to \"Fern\", who facilitated the last council"),
            "{p}"
        );
    }
}
