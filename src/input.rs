//! Reading an answers file: plain answers, or the record of a minutes file to reproduce.

use crate::council::limits;
use crate::council::{Answers, Record};
use crate::minutes;
use crate::msg;

/// What `council run` was given.
#[derive(Debug)]
pub enum Input {
    /// Answers: the council is computed from them.
    Answers(Box<Answers>),
    /// A data block (or a whole minutes file): recomputed, it must give the same minutes.
    Record(Box<Record>),
}

/// Fields only a data block has; their presence tells a data block from answers.
const COMPUTED: [&str; 5] = ["id", "history", "facilitator", "spokesperson", "tool"];

/// Reads answers text, naming the first problem with its line when there is one.
pub fn parse(text: &str) -> Result<Input, String> {
    limits::file(
        &msg!("err-what-answers-file"),
        text.len() as u64,
        limits::MAX_INPUT_BYTES,
    )?;
    if is_minutes_file(text) {
        return minutes::parse(text)
            .map(|r| Input::Record(Box::new(r)))
            .map_err(|e| msg!("err-answers-minutes-unreadable", problem = e.to_string()));
    }
    let table: toml::Table = toml::from_str(text).map_err(|e| toml_problem(&e, text))?;
    if let Some(toml::Value::Array(decisions)) = table.get("decision") {
        return Err(msg!("err-answers-decisions", n = decisions.len()));
    }
    if COMPUTED.iter().any(|k| table.contains_key(*k)) {
        return minutes::parse_data(text)
            .map(|r| Input::Record(Box::new(r)))
            .map_err(|e| msg!("err-answers-data-block", problem = e.to_string()));
    }
    let answers = toml::from_str::<Answers>(text).map_err(|e| toml_problem(&e, text))?;
    limits::answers(&answers).map_err(|problems| match problems.as_slice() {
        [one] => one.clone(),
        many => format!("{} problems:\n  - {}", many.len(), many.join("\n  - ")),
    })?;
    Ok(Input::Answers(Box::new(answers)))
}

/// The TOML reader's problem in the user's language: the common ones (a missing or unknown
/// field, a value of the wrong type) in our words, any other quoted as the reader says it;
/// with its line when the reader knows it.
pub fn toml_problem(e: &toml::de::Error, text: &str) -> String {
    let said = e.message().trim();
    let quoted = |prefix: &str| {
        said.strip_prefix(prefix)
            .and_then(|rest| rest.split('`').next())
            .map(str::to_string)
    };
    let problem = if let Some(field) = quoted("missing field `") {
        msg!("err-toml-missing-field", field = field)
    } else if let Some(field) = quoted("unknown field `") {
        msg!("err-toml-unknown-field", field = field)
    } else if let Some(detail) = said.strip_prefix("invalid type: ") {
        msg!("err-toml-invalid-type", detail = detail)
    } else {
        msg!("err-toml-says", message = said)
    };
    match e.span() {
        Some(span) => {
            let before = text.get(..span.start).unwrap_or_default();
            let line = before.matches('\n').count() + 1;
            // The line itself, as the reader's own message showed it, cut short.
            let start = before.rfind('\n').map_or(0, |i| i + 1);
            let shown: String = text[start..]
                .lines()
                .next()
                .unwrap_or_default()
                .trim()
                .chars()
                .take(60)
                .collect();
            msg!(
                "err-toml-line",
                line = line,
                text = crate::ui::clean(&shown),
                problem = problem
            )
        }
        None => problem,
    }
}

/// Tells a whole minutes file (either layout) from TOML: answers or a bare data block.
///
/// A minutes file opens with its `# ` title and holds a `## Record` line (in one of the tool's languages), or
/// opens with `+++`; valid TOML never ends with a fence line, and its own
/// `#` lines are comments, so the title alone would not tell them apart.
fn is_minutes_file(text: &str) -> bool {
    text.starts_with("+++")
        || minutes::split_record(text).is_ok()
        || (text.starts_with("# ") && text.lines().any(minutes::is_record_heading))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
issue = "The bench is broken"
[[attendees]]
name = "Ana"
[decision]
outcome = "none"
"#;

    #[test]
    fn minimal_answers_read() {
        let Input::Answers(a) = parse(MINIMAL).unwrap() else {
            panic!("answers expected")
        };
        assert_eq!(a.issue, "The bench is broken");
        assert_eq!(a.attendees.len(), 1);
    }

    #[test]
    fn a_misspelled_optional_field_is_named() {
        let err =
            parse(&MINIMAL.replace("name = \"Ana\"", "name = \"Ana\"\nopt_ot = true")).unwrap_err();
        assert!(err.contains("opt_ot"), "{err}");
        let err = parse(&format!(
            "{MINIMAL}\n[sovereignty]\ngained = \"x\"\nwithout_permision = true\n"
        ))
        .unwrap_err();
        assert!(err.contains("without_permision"), "{err}");
    }

    #[test]
    fn missing_required_fields_are_named() {
        let err = parse("issue = \"x\"\n").unwrap_err();
        assert!(err.contains("missing field `decision`"), "{err}");
        let err = parse("[decision]\noutcome = \"none\"\n").unwrap_err();
        assert!(err.contains("missing field `issue`"), "{err}");
        let err = parse(&MINIMAL.replace(
            "[decision]\noutcome = \"none\"",
            "[decision]\nproposal = \"p\"",
        ))
        .unwrap_err();
        assert!(err.contains("outcome"), "{err}");
    }

    #[test]
    fn a_second_decision_is_refused() {
        let two =
            MINIMAL.replace("[decision]", "[[decision]]") + "[[decision]]\noutcome = \"none\"\n";
        let err = parse(&two).unwrap_err();
        assert!(err.contains("exactly one decision"), "{err}");
        let twice = format!("{MINIMAL}[decision]\noutcome = \"none\"\n");
        let err = parse(&twice).unwrap_err();
        assert!(err.contains("decision"), "{err}");
    }

    #[test]
    fn a_ten_megabyte_name_is_refused_quickly() {
        let huge = "A".repeat(10 * 1024 * 1024);
        let err = parse(&MINIMAL.replace("\"Ana\"", &format!("\"{huge}\""))).unwrap_err();
        assert!(
            err.contains("`attendees[1].name` is 10485760 characters long: at most 100"),
            "{err}"
        );
        let huger = "A".repeat(20 * 1024 * 1024);
        let err = parse(&MINIMAL.replace("\"Ana\"", &format!("\"{huger}\""))).unwrap_err();
        assert!(
            err.contains("the answers file is 20.0 MiB long: at most 16.0 MiB"),
            "{err}"
        );
        let big = "A".repeat(1024 * 1024);
        let err = parse(&MINIMAL.replace("\"Ana\"", &format!("\"{big}\""))).unwrap_err();
        assert!(
            err.contains("`attendees[1].name` is 1048576 characters long: at most 100"),
            "{err}"
        );
    }

    #[test]
    fn a_hundred_thousand_attendees_are_refused_not_checked_quadratically() {
        let mut text = MINIMAL.to_string();
        for n in 0..100_000 {
            text.push_str(&format!("[[attendees]]\nname = \"P{n}\"\n"));
        }
        let err = parse(&text).unwrap_err();
        assert!(
            err.contains("`attendees` has 100001 entries: at most 1000 are allowed"),
            "{err}"
        );
    }

    #[test]
    fn year_zero_is_refused() {
        let err = parse(&format!("started = \"0000-01-01T19:00:00Z\"\n{MINIMAL}")).unwrap_err();
        assert!(err.contains("year 0"), "{err}");
        let err = parse(&MINIMAL.replace(
            "outcome = \"none\"",
            "outcome = \"none\"\nreview = 0000-12-01",
        ))
        .unwrap_err();
        assert!(err.contains("year 0"), "{err}");
    }

    #[test]
    fn times_must_be_rfc_3339() {
        let err = parse(&format!("started = \"yesterday at 7\"\n{MINIMAL}")).unwrap_err();
        assert!(err.contains("RFC 3339"), "{err}");
    }

    #[test]
    fn a_whole_minutes_file_is_a_record_in_either_layout() {
        use crate::council::History;
        use crate::council::fixtures::{answers, run_supported, settings};
        let record = run_supported(
            &mut answers(&["Ana", "Bo", "Chen"]),
            &History::default(),
            settings(),
        );
        for text in [
            minutes::render(&record),
            minutes::render_in(&record, minutes::Format::FrontMatter),
            toml::to_string(&record).unwrap(),
        ] {
            let Ok(Input::Record(parsed)) = parse(&text) else {
                panic!("a record expected from:\n{text}")
            };
            assert_eq!(*parsed, record);
        }
        let broken = minutes::render(&record).replace("\n```\n", "\n");
        let err = parse(&broken).unwrap_err();
        assert!(err.contains("this minutes file cannot be read"), "{err}");
    }
}
