//! The limits on what answers and the log's files may hold, in one place.
//!
//! They are generous for any real meeting and keep every command quick and
//! every file readable: a name of ten megabytes or a hundred thousand
//! attendees is refused before anything is drawn, rendered or compared, with
//! the field named and the limit stated. Lengths count characters (Unicode
//! scalar values), not bytes. README.md's answers schema lists them.

use super::Record;
use super::abandoned::Abandoned;
use super::amount::Amount;
use super::answers::Answers;
use super::correction::Correction;
use super::report::Report;
use crate::msg;

/// The largest answers file, journal or `council.toml` read (checked before parsing).
pub const MAX_INPUT_BYTES: u64 = 16 * 1024 * 1024;
/// The largest file of the log read (minutes, report-back, trace, correction).
pub const MAX_LOG_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// A person's name: attendees, volunteers, declines, support, delegate, facilitator...
pub const NAME: usize = 100;
/// The issue, the council's one concrete problem (also its `#` title).
pub const ISSUE: usize = 200;
/// Short texts: the place, where a delegate goes, the closing ritual, an objection,
/// a stand-aside or block, a recall, a task id.
pub const SHORT: usize = 200;
/// What a task is.
pub const TASK: usize = 1_000;
/// Long texts: the proposal, the statement, a mandate, the autonomy gained, notes
/// of report-backs and corrections.
pub const LONG: usize = 10_000;
/// A jar's currency, like "USD" or "hours".
pub const CURRENCY: usize = 100;
/// One closing word.
pub const WORD: usize = 100;
/// One source of numbers called out for the draw, as written.
pub const SOURCE: usize = 1_000;
/// The tool's name and version in a record.
pub const TOOL: usize = 100;

/// Attendees of one council.
pub const ATTENDEES: usize = 1_000;
/// Tasks handed out by one council.
pub const TASKS: usize = 200;
/// Report-backs given in one council.
pub const REPORT_BACKS: usize = 200;
/// Closing words.
pub const WORDS: usize = 1_000;
/// Sources of numbers for the draw.
pub const SOURCES: usize = 20;
/// Numbers in one source.
pub const NUMBERS_PER_SOURCE: usize = 100;
/// People who declined one role (each decline is one more step of the draw in the minutes).
pub const DECLINES: usize = 50;
/// Entries of any other list: volunteers of a task, objections, stand-asides, blocks,
/// repeat consents.
pub const LIST: usize = 1_000;

/// Closing rituals `council.toml` may offer.
pub const RITUALS: usize = 100;
/// Peers `council.toml` may name.
pub const PEERS: usize = 100;
/// A peer's url.
pub const URL: usize = 2_000;

/// The largest amount of money in one field, and in one jar's sums: 1,000,000,000.00.
pub const MAX_AMOUNT: Amount = Amount(100_000_000_000);
/// The first year a date may have.
pub const FIRST_YEAR: i32 = 1970;
/// The last year a date may have.
pub const LAST_YEAR: i32 = 9999;

/// Refuses a text longer than `max` characters, naming the field.
pub fn text(field: &str, value: &str, max: usize) -> Result<(), String> {
    // A character is at most four bytes: a short enough text needs no counting.
    if value.len() <= max {
        return Ok(());
    }
    let chars = value.chars().count();
    if chars <= max {
        return Ok(());
    }
    Err(msg!(
        "err-field-long",
        field = field,
        chars = chars.to_string(),
        max = max.to_string()
    ))
}

/// Refuses a list with more than `max` entries, naming the field.
pub fn count(field: &str, len: usize, max: usize) -> Result<(), String> {
    if len <= max {
        Ok(())
    } else {
        Err(msg!(
            "err-field-count",
            field = field,
            len = len.to_string(),
            max = max.to_string()
        ))
    }
}

/// Refuses a file larger than `max` bytes before it is read or parsed.
pub fn file(what: &str, bytes: u64, max: u64) -> Result<(), String> {
    if bytes <= max {
        Ok(())
    } else {
        Err(msg!(
            "err-file-big",
            what = what,
            size = size(bytes),
            max = size(max)
        ))
    }
}

/// Writes a size in bytes the way people read it.
pub fn size(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB {
        format!("{:.1} MiB", bytes as f64 / MIB as f64)
    } else if bytes >= 1024 {
        format!("{:.1} KiB", bytes as f64 / 1024.0)
    } else {
        msg!("err-bytes", n = bytes)
    }
}

/// Collects the problems of one checked value.
struct Checker(Vec<String>);

impl Checker {
    fn text(&mut self, field: &str, value: &str, max: usize) {
        if let Err(p) = text(field, value, max) {
            self.0.push(p);
        }
    }

    fn some(&mut self, field: &str, value: Option<&String>, max: usize) {
        if let Some(value) = value {
            self.text(field, value, max);
        }
    }

    /// Checks a list's length, then each entry (all of them only when the list is short enough).
    fn list(&mut self, field: &str, values: &[String], most: usize, max: usize) {
        if let Err(p) = count(field, values.len(), most) {
            self.0.push(p);
            return;
        }
        for (n, value) in values.iter().enumerate() {
            self.text(&format!("{field}[{}]", n + 1), value, max);
        }
    }

    fn count(&mut self, field: &str, len: usize, max: usize) -> bool {
        match count(field, len, max) {
            Ok(()) => true,
            Err(p) => {
                self.0.push(p);
                false
            }
        }
    }

    fn amount(&mut self, field: &str, value: Option<Amount>) {
        if let Some(value) = value
            && let Err(p) = amount(field, value)
        {
            self.0.push(p);
        }
    }

    fn done(self) -> Result<(), Vec<String>> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(self.0)
        }
    }
}

/// Refuses an amount above [`MAX_AMOUNT`], naming the field.
pub fn amount(field: &str, value: Amount) -> Result<(), String> {
    if value <= MAX_AMOUNT {
        Ok(())
    } else {
        Err(msg!(
            "err-amount-big",
            field = field,
            value = value.to_string(),
            max = MAX_AMOUNT.to_string()
        ))
    }
}

/// Checks every limit on a council's answers; reports every field over its limit.
///
/// Lists are counted before their entries are looked at, so a file with a
/// hundred thousand attendees is refused without reading their names.
pub fn answers(a: &Answers) -> Result<(), Vec<String>> {
    let mut c = Checker(Vec::new());
    c.text("issue", &a.issue, ISSUE);
    c.some("place", a.place.as_ref(), SHORT);
    if c.count("attendees", a.attendees.len(), ATTENDEES) {
        for (n, attendee) in a.attendees.iter().enumerate() {
            c.text(&format!("attendees[{}].name", n + 1), &attendee.name, NAME);
            c.some(
                &format!("attendees[{}].drawn_as", n + 1),
                attendee.drawn_as.as_ref(),
                NAME,
            );
        }
    }
    let draw = &a.draw;
    if let Some(sources) = &draw.sources {
        sources_within(&mut c, sources);
    }
    c.list(
        "draw.declined_facilitator",
        &draw.declined_facilitator,
        DECLINES,
        NAME,
    );
    c.list(
        "draw.declined_spokesperson",
        &draw.declined_spokesperson,
        DECLINES,
        NAME,
    );
    c.list("draw.repeat_consent", &draw.repeat_consent, LIST, NAME);
    c.some("draw.support", draw.support.as_ref(), NAME);
    let d = &a.decision;
    c.some("decision.proposal", d.proposal.as_ref(), LONG);
    c.some("decision.statement", d.statement.as_ref(), LONG);
    c.some("decision.amended_from", d.amended_from.as_ref(), LONG);
    c.list("decision.objections", &d.objections, LIST, SHORT);
    c.list(
        "decision.resolved_objections",
        &d.resolved_objections,
        LIST,
        SHORT,
    );
    c.list("decision.stand_asides", &d.stand_asides, LIST, SHORT);
    c.list("decision.blocks", &d.blocks, LIST, SHORT);
    if c.count("tasks", a.tasks.len(), TASKS) {
        for (n, task) in a.tasks.iter().enumerate() {
            let field = format!("tasks[{}]", n + 1);
            c.text(&format!("{field}.what"), &task.what, TASK);
            c.list(&format!("{field}.who"), &task.who, LIST, NAME);
            if let Some(jar) = &task.jar {
                c.amount(&format!("{field}.jar.target"), Some(jar.target));
                c.text(&format!("{field}.jar.currency"), &jar.currency, CURRENCY);
            }
        }
    }
    if c.count("report_backs", a.report_backs.len(), REPORT_BACKS) {
        for (n, report) in a.report_backs.iter().enumerate() {
            let field = format!("report_backs[{}]", n + 1);
            c.text(&format!("{field}.task"), &report.task, SHORT);
            c.some(&format!("{field}.note"), report.note.as_ref(), LONG);
            c.amount(&format!("{field}.collected"), report.collected);
            c.amount(&format!("{field}.spent"), report.spent);
        }
    }
    if let Some(delegate) = &a.delegate {
        c.some("delegate.name", delegate.name.as_ref(), NAME);
        c.some("delegate.to", delegate.to.as_ref(), SHORT);
        c.some("delegate.mandate", delegate.mandate.as_ref(), LONG);
        c.some("delegate.recall", delegate.recall.as_ref(), SHORT);
    }
    if let Some(sovereignty) = &a.sovereignty {
        c.text("sovereignty.gained", &sovereignty.gained, LONG);
    }
    if let Some(closing) = &a.closing {
        c.some("closing.ritual", closing.ritual.as_ref(), SHORT);
        c.list("closing.words", &closing.words, WORDS, WORD);
    }
    if c.0.is_empty() {
        minutes_size(&mut c, a);
    }
    c.done()
}

fn sources_within(c: &mut Checker, sources: &[String]) {
    if !c.count("draw.sources", sources.len(), SOURCES) {
        return;
    }
    for (n, source) in sources.iter().enumerate() {
        let field = format!("draw.sources[{}]", n + 1);
        if let Err(p) = text(&field, source, SOURCE) {
            c.0.push(p);
            continue;
        }
        let numbers = source.split_whitespace().count();
        if numbers > NUMBERS_PER_SOURCE {
            c.0.push(msg!(
                "err-source-numbers",
                field = &field,
                numbers = numbers.to_string(),
                max = NUMBERS_PER_SOURCE.to_string()
            ));
        }
    }
}

/// Refuses answers whose minutes would be too large for the log to read back.
///
/// Every step of the draw lists everyone present (in the pool or left out),
/// and each decline adds a step, so the minutes grow with attendees times
/// declines. Within the other limits this only refuses absurd councils.
fn minutes_size(c: &mut Checker, a: &Answers) {
    let steps = 3 + a.draw.declined_facilitator.len() + a.draw.declined_spokesperson.len();
    // A name is written quoted (escapes at most double it) with a reason when left out.
    let roster: usize = a.attendees.iter().map(|p| 2 * p.name.len() + 48).sum();
    let estimate = steps.saturating_mul(roster) as u64;
    if estimate > MAX_LOG_FILE_BYTES / 2 {
        c.0.push(msg!(
            "err-minutes-too-big",
            n = a.attendees.len().to_string(),
            steps = steps.to_string(),
            max = size(MAX_LOG_FILE_BYTES)
        ));
    }
}

/// Checks the limits on a record read from the log or given to `council run`.
pub fn record(r: &Record) -> Result<(), Vec<String>> {
    let mut c = Checker(Vec::new());
    c.text("facilitator", &r.facilitator, NAME);
    c.text("spokesperson", &r.spokesperson, NAME);
    c.text("tool", &r.tool, TOOL);
    c.some("history", r.history.as_ref(), SHORT);
    if c.count("tasks", r.tasks.len(), TASKS) {
        for (n, task) in r.tasks.iter().enumerate() {
            c.text(&format!("tasks[{}].id", n + 1), &task.id, SHORT);
        }
    }
    c.count(
        "draw.steps",
        r.draw.steps.len(),
        3 + 2 * DECLINES + ATTENDEES,
    );
    c.text("draw.key", &r.draw.key, SOURCES * SOURCE + SOURCES);
    let mut problems = c.0;
    if let Err(more) = answers(&r.to_answers()) {
        problems.extend(more);
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// Checks the limits on the trace of an abandoned council.
pub fn abandoned(a: &Abandoned) -> Result<(), Vec<String>> {
    let mut c = Checker(Vec::new());
    c.text("id", &a.id, SHORT);
    c.text("issue", &a.issue, ISSUE);
    c.some("place", a.place.as_ref(), SHORT);
    c.text("tool", &a.tool, TOOL);
    c.some("history", a.history.as_ref(), SHORT);
    if c.count("attendees", a.attendees.len(), ATTENDEES) {
        for (n, attendee) in a.attendees.iter().enumerate() {
            c.text(&format!("attendees[{}].name", n + 1), &attendee.name, NAME);
        }
    }
    sources_within(&mut c, &a.draw.sources);
    c.list("draw.pool", &a.draw.pool, ATTENDEES, NAME);
    c.list("draw.repeat_consent", &a.draw.repeat_consent, LIST, NAME);
    c.count(
        "draw.steps",
        a.draw.steps.len(),
        3 + 2 * DECLINES + ATTENDEES,
    );
    c.some("draw.problem", a.draw.problem.as_ref(), LONG);
    c.done()
}

/// Checks the limits on a report-back, filed or read from the log.
pub fn report(r: &Report) -> Result<(), Vec<String>> {
    let mut c = Checker(Vec::new());
    c.text("task", &r.task, SHORT);
    c.some("note", r.note.as_ref(), LONG);
    c.amount("collected", r.collected);
    c.amount("spent", r.spent);
    c.text("tool", &r.tool, TOOL);
    c.done()
}

/// Checks the limits on a correction, published or read from the log.
pub fn correction(r: &Correction) -> Result<(), Vec<String>> {
    let mut c = Checker(Vec::new());
    c.text("council", &r.council, SHORT);
    c.text("note", &r.note, LONG);
    c.text("tool", &r.tool, TOOL);
    c.done()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::council::answers::Attendee;

    #[test]
    fn a_long_text_is_refused_with_its_field_and_limit() {
        assert!(text("issue", &"é".repeat(ISSUE), ISSUE).is_ok());
        let p = text("issue", &"é".repeat(ISSUE + 1), ISSUE).unwrap_err();
        assert_eq!(p, "`issue` is 201 characters long: at most 200 are allowed");
    }

    #[test]
    fn too_many_attendees_are_counted_not_read() {
        let a = Answers {
            attendees: vec![
                Attendee {
                    name: "x".repeat(NAME + 1),
                    ..Attendee::default()
                };
                ATTENDEES + 1
            ],
            ..Answers::default()
        };
        let p = answers(&a).unwrap_err();
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].contains("`attendees` has 1001 entries"), "{p:?}");
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(size(4 * 1024 * 1024), "4.0 MiB");
        assert_eq!(size(1536), "1.5 KiB");
        assert_eq!(size(12), "12 bytes");
    }
}
