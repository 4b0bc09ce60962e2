//! Minutes files: a Markdown body a neighbor reads, then the record it was written from.
//!
//! A file opens with the body (the issue as its `#` title) and ends with a
//! `## Record` section: one sentence, then the TOML data in a fenced code
//! block, which forges render verbatim. The body is a pure function of the
//! data, so parsing a file and rendering it again gives the same bytes, and
//! an edited body is detectable. Files of the first format, a `+++` data
//! block followed by the body, are still read and re-checked.

pub(crate) mod markdown;
#[cfg(test)]
mod markup_tests;

use markdown::Writer;

use crate::council::Record;
use crate::council::abandoned::Abandoned;
use crate::council::answers::{Outcome, Rule, TaskStatus};
use crate::council::correction::Correction;
use crate::council::ids;
use crate::council::limits;
use crate::council::record::{LeftOut, Role, Rotation};
use crate::council::report::Report;
use crate::i18n::Lang;
use crate::tr;
use markdown::Escape;
pub use markdown::{code, inline, line};
use std::fmt::Write as _;

/// The fence of the first format's data block.
const FENCE: &str = "+++\n";

/// How many `+++` lines a first-format file is tried at as the end of its data block.
const FENCE_TRIES: usize = 32;

/// The heading of the section that holds the record, in English.
const RECORD: &str = "## Record";

/// The heading of the record section in `lang`.
fn record_heading(lang: Lang) -> String {
    format!("## {}", tr!(lang, "minutes-record"))
}

/// Tells whether a line is the record section's heading in one of the tool's languages.
pub fn is_record_heading(line: &str) -> bool {
    line == RECORD || Lang::ALL.into_iter().any(|l| line == record_heading(l))
}

/// Why a minutes file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum MinutesError {
    #[error(
        "it has no record: neither a closing `{RECORD}` section with a fenced toml block nor a `+++` data block at the top"
    )]
    NoDataBlock,
    #[error("its data block never closes with a `+++` line")]
    Unclosed,
    #[error("its fenced toml block is not under a `{RECORD}` heading")]
    NoRecordHeading,
    #[error("its data block is not valid: {0}")]
    Invalid(String),
    #[error("it is too large: {0}")]
    TooLarge(String),
}

/// Refuses a file too large to read before anything scans it.
fn bounded(text: &str) -> Result<&str, MinutesError> {
    limits::file(
        &crate::msg!("err-what-the-file"),
        text.len() as u64,
        limits::MAX_LOG_FILE_BYTES,
    )
    .map(|()| text)
    .map_err(MinutesError::TooLarge)
}

/// Turns the fields over their limits into an error naming each.
fn within(checked: Result<(), Vec<String>>) -> Result<(), MinutesError> {
    checked.map_err(|problems| MinutesError::Invalid(problems.join("; ")))
}

/// The two layouts of a file the tool writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The body, then the record in a fenced block under `## Record`.
    Record,
    /// The first format: a `+++` data block, then the body.
    FrontMatter,
}

impl Format {
    /// Tells which layout a file uses.
    pub fn of(text: &str) -> Format {
        if text.starts_with("+++\n") || text.starts_with("+++\r\n") {
            Format::FrontMatter
        } else {
            Format::Record
        }
    }
}

/// The only tool that wrote the first layout: files claiming a later one must use the current layout.
pub const FIRST_LAYOUT_TOOL: &str = "flash-council 0.1.0";

/// Checks that a file in the first layout could not carry markup on a forge.
///
/// The first layout escaped less (no autolinks, setext headings or lists were
/// guarded against), and a hand-made file in it must not smuggle them in: it
/// is accepted only from the version that wrote it, and only with text that
/// layout shows safely. Returns the offending string otherwise.
pub fn first_layout_safe<T: serde::Serialize>(data: &T, tool: &str) -> Result<(), String> {
    if tool != FIRST_LAYOUT_TOOL {
        return Err(format!(
            "it uses the first layout (`+++` data block first), which only {FIRST_LAYOUT_TOOL} wrote, but it says {tool:?}"
        ));
    }
    let value = toml::Value::try_from(data).map_err(|e| e.to_string())?;
    let mut strings = Vec::new();
    collect_strings(&value, &mut strings);
    // Keys and numbers go into code spans: only free text can turn into markup.
    let numeric = |t: &str| t.bytes().all(|b| b.is_ascii_digit() || b"./ ".contains(&b));
    for text in strings.into_iter().filter(|t| !numeric(t)) {
        let lower = text.to_lowercase();
        let risky_line = text.lines().any(|l| {
            let l = l.trim_start();
            let digits = l.bytes().take_while(u8::is_ascii_digit).count();
            l.starts_with(['-', '+', '=', '*'])
                || (digits > 0 && matches!(l.as_bytes().get(digits), Some(b'.' | b')')))
        });
        if risky_line || lower.contains('@') || lower.contains("://") || lower.contains("www.") {
            return Err(format!(
                "it uses the first layout, which cannot show {text:?} safely on a forge (a link or markup could come of it)"
            ));
        }
    }
    Ok(())
}

fn collect_strings(value: &toml::Value, out: &mut Vec<String>) {
    match value {
        toml::Value::String(s) => out.push(s.clone()),
        toml::Value::Array(items) => items.iter().for_each(|v| collect_strings(v, out)),
        toml::Value::Table(table) => table.values().for_each(|v| collect_strings(v, out)),
        _ => {}
    }
}

/// Renders a record to the full text of its minutes file.
pub fn render(record: &Record) -> String {
    render_in(record, Format::Record)
}

/// Renders a record in a given layout; `verify` re-renders a file in its own layout.
pub fn render_in(record: &Record, format: Format) -> String {
    let data = toml::to_string(record).expect("a record always serializes to TOML");
    let lang = Lang::of(record.language);
    match format {
        Format::Record => document_in(
            lang,
            &body(record),
            &tr!(lang, "minutes-record-sentence", id = code(&record.id)),
            &data,
        ),
        Format::FrontMatter => {
            let mut text = String::with_capacity(data.len() * 2);
            text.push_str(FENCE);
            text.push_str(&data);
            if !data.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(FENCE);
            text.push('\n');
            text.push_str(&body_in(record, Escape::Legacy));
            text
        }
    }
}

/// Assembles a file: the Markdown body, then a `## Record` section with one
/// sentence and the TOML data in a fenced block.
///
/// The fence is longer than any run of backticks in the data, so nothing in
/// the data can close it, and [`split_record`] finds the block again.
pub fn document(body: &str, sentence: &str, data: &str) -> String {
    document_in(Lang::En, body, sentence, data)
}

/// Assembles a file as [`document`] does, with the record's heading in `lang`.
pub fn document_in(lang: Lang, body: &str, sentence: &str, data: &str) -> String {
    let heading = record_heading(lang);
    let fence = "`".repeat(longest_run(data, '`').max(2) + 1);
    let mut text = String::with_capacity(body.len() + sentence.len() + data.len() + 64);
    text.push_str(body);
    if !body.ends_with('\n') {
        text.push('\n');
    }
    let _ = write!(text, "\n{heading}\n\n{sentence}\n\n{fence}toml\n{data}");
    if !data.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&fence);
    text.push('\n');
    text
}

/// Separates a file written by [`document`] into its body and its data.
///
/// The data is the last fenced block: it ends the file, opens with the same
/// fence followed by `toml`, and sits under a `## Record` heading. The data
/// holds no run of backticks as long as the fence, so lines such as
/// "```toml" or "## Record" inside its strings are never taken for the
/// fence or the heading: the search runs backwards from the closing fence.
pub fn split_record(text: &str) -> Result<(&str, &str), MinutesError> {
    let text = bounded(text)?;
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for l in text.split_inclusive('\n') {
        lines.push((at, l.trim_end_matches(['\n', '\r'])));
        at += l.len();
    }
    while lines.last().is_some_and(|(_, l)| l.trim().is_empty()) {
        lines.pop();
    }
    let Some(&(close_at, close)) = lines.last() else {
        return Err(MinutesError::NoDataBlock);
    };
    if close.len() < 3 || !close.bytes().all(|b| b == b'`') {
        return Err(MinutesError::NoDataBlock);
    }
    let opener = format!("{close}toml");
    let last = lines.len() - 1;
    let open = lines[..last]
        .iter()
        .rposition(|(_, l)| *l == opener)
        .ok_or(MinutesError::NoDataBlock)?;
    let data_at = lines.get(open + 1).map_or(close_at, |(a, _)| *a);
    let data = &text[data_at..close_at];
    let heading = lines[..open]
        .iter()
        .rposition(|(_, l)| is_record_heading(l))
        .ok_or(MinutesError::NoRecordHeading)?;
    // Between the heading and the block, only the sentence: no other heading or block.
    if lines[heading + 1..open]
        .iter()
        .any(|(_, l)| l.starts_with('#') || l.starts_with("```"))
    {
        return Err(MinutesError::NoRecordHeading);
    }
    let body_end = lines[heading].0;
    let body = &text[..body_end];
    let body = body
        .strip_suffix('\n')
        .filter(|b| b.ends_with('\n'))
        .unwrap_or(body);
    Ok((body, data))
}

/// Finds the record of a file in either layout.
fn data_of(text: &str) -> Result<&str, MinutesError> {
    match Format::of(text) {
        Format::FrontMatter => split(text).map(|(data, _)| data),
        Format::Record => split_record(text).map(|(_, data)| data),
    }
}

fn longest_run(text: &str, c: char) -> usize {
    let (mut longest, mut run) = (0, 0);
    for x in text.chars() {
        run = if x == c { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

/// Reads a minutes file, in either layout.
pub fn parse(text: &str) -> Result<Record, MinutesError> {
    parse_data(data_of(text)?)
}

/// Reads a data block (the TOML of a record) into a record.
pub fn parse_data(data: &str) -> Result<Record, MinutesError> {
    let record: Record =
        toml::from_str(bounded(data)?).map_err(|e| MinutesError::Invalid(one_line(&e)))?;
    if record.decision.rule.is_none() {
        return Err(MinutesError::Invalid(
            "`decision.rule` is missing: minutes always name the rule".to_string(),
        ));
    }
    if !ids::is_council_id(&record.id) {
        return Err(MinutesError::Invalid(format!(
            "`id` {:?} is not a council id (YYYY-MM-DD-words)",
            record.id
        )));
    }
    within(limits::record(&record))?;
    Ok(record)
}

/// Renders a filed report-back: a line a neighbor reads, then its record.
pub fn render_report(report: &Report) -> String {
    render_report_in(report, Format::Record)
}

/// Renders a report-back in a given layout; `verify` re-renders a file in its own layout.
pub fn render_report_in(report: &Report, format: Format) -> String {
    let esc = escape_of(format);
    let lang = Lang::of(report.language);
    let data = toml::to_string(report).expect("a report always serializes to TOML");
    let mut text = format!(
        "# {}\n\n",
        tr!(lang, "report-title", task = esc.code(&report.task))
    );
    text.push_str(&tr!(
        lang,
        "report-filed",
        date = report.filed.date().to_string(),
        status = status_name(lang, report.status)
    ));
    if let Some(note) = &report.note {
        let _ = write!(text, ": {}", esc.inline(note));
    }
    text.push('.');
    if let Some(c) = report.collected {
        let _ = write!(
            text,
            " {}",
            tr!(lang, "report-collected", amount = c.to_string())
        );
    }
    if let Some(s) = report.spent {
        let _ = write!(
            text,
            " {}",
            tr!(lang, "report-spent", amount = s.to_string())
        );
    }
    text.push('\n');
    laid_out(format, lang, &text, &tr!(lang, "report-sentence"), &data)
}

/// Renders the public trace of an abandoned council: what happened, then its record.
pub fn render_abandoned(a: &Abandoned) -> String {
    render_abandoned_in(a, Format::Record)
}

/// Renders an abandoned trace in a given layout; `verify` re-renders a file in its own layout.
pub fn render_abandoned_in(a: &Abandoned, format: Format) -> String {
    let esc = escape_of(format);
    let lang = Lang::of(a.language);
    let data = toml::to_string(a).expect("a trace always serializes to TOML");
    let mut md = Writer::new();
    md.heading(
        1,
        &tr!(lang, "abandoned-title", issue = esc.inline(&a.issue)),
    );
    md.paragraph(&tr!(
        lang,
        "abandoned-what",
        date = a.started.date().to_string(),
        time = a.started.0.format("%H:%M").to_string(),
        when = a.abandoned.0.format("%Y-%m-%d %H:%M").to_string()
    ));
    let pool = pool_text(lang, esc, &a.draw.pool, &a.draw.left_out);
    md.paragraph(&tr!(lang, "abandoned-pool", pool = pool));
    let sources: Vec<String> = a
        .draw
        .sources
        .iter()
        .map(|s| format!("`{}`", esc.code(s)))
        .collect();
    let mut numbers = vec![tr!(lang, "abandoned-numbers", list = sources.join(", "))];
    if let Some(key) = &a.draw.key {
        numbers.push(tr!(lang, "abandoned-key", key = esc.code(key)));
    }
    md.lines(numbers);
    if !a.draw.steps.is_empty() {
        let from_one = u32::from(counts_from_one(&a.tool));
        let rows = a.draw.steps.iter().map(|step| {
            let answer = if a.draw.unanswered == Some(step.i) {
                tr!(lang, "minutes-unanswered")
            } else if step.accepted {
                tr!(lang, "minutes-accepted")
            } else {
                tr!(lang, "minutes-declined")
            };
            vec![
                (u32::from(step.i) + from_one).to_string(),
                role_name(lang, step.role),
                position(lang, esc, step, from_one),
                answer,
            ]
        });
        md.table(&tr!(lang, "minutes-abandoned-steps"), 4, rows);
        if from_one == 1 {
            md.paragraph(&tr!(lang, "minutes-counted-from-one"));
        }
    }
    if let Some(problem) = &a.draw.problem {
        md.paragraph(&tr!(
            lang,
            "abandoned-problem",
            problem = esc.inline(problem)
        ));
    }
    // A trace's body ends with its last line, not a blank one.
    let mut text = md.finish();
    if text.ends_with("\n\n") {
        text.pop();
    }
    laid_out(format, lang, &text, &tr!(lang, "abandoned-sentence"), &data)
}

/// A pool as the minutes show it: its names, then who was left out and why.
/// Tells whether a file's tables count draw steps and positions from 1, as a reader counts:
/// files written by 0.3.0 and later. Earlier files count from 0, as their record (and RFC
/// 3797) does, and are re-rendered that way by `verify`.
pub fn counts_from_one(tool: &str) -> bool {
    let Some(version) = tool.strip_prefix("flash-council ") else {
        return false;
    };
    let mut parts = version
        .split(['.', '-', '+'])
        .map(|p| p.parse::<u64>().ok());
    match (parts.next().flatten(), parts.next().flatten()) {
        (Some(major), Some(minor)) => (major, minor) >= (0, 3),
        _ => false,
    }
}

/// The message a file written by `tool` renders with: files of 0.3.0 and later use the
/// revised wording (`<id>-v3`: French in one register of inclusive writing); earlier files
/// keep the words they were written with, so `verify` re-renders them byte for byte.
fn revised(id: &'static str, tool: &str) -> &'static str {
    match (id, counts_from_one(tool)) {
        ("rotation-least-served", true) => "rotation-least-served-v3",
        ("minutes-discussion-summary", true) => "minutes-discussion-summary-v3",
        _ => id,
    }
}

fn pool_text(lang: Lang, e: Escape, pool: &[String], left_out: &[LeftOut]) -> String {
    let mut text = pool
        .iter()
        .map(|n| e.inline(n))
        .collect::<Vec<_>>()
        .join(", ");
    if !left_out.is_empty() {
        let out: Vec<String> = left_out
            .iter()
            .map(|l| format!("{}: {}", e.inline(&l.name), e.inline(&why(lang, &l.why))))
            .collect();
        let _ = write!(
            text,
            " {}",
            tr!(lang, "minutes-left-out", list = out.join("; "))
        );
    }
    text
}

/// Says in `lang` why someone was left out; the record keeps the reason in English.
///
/// A reason the tool does not know (written by a later version) is shown as recorded.
pub(crate) fn why(lang: Lang, recorded: &str) -> String {
    if lang == Lang::En {
        return recorded.to_string();
    }
    let role = |name: &str| match name {
        "facilitator" => Some(role_name(lang, Role::Facilitator)),
        "spokesperson" => Some(role_name(lang, Role::Spokesperson)),
        "support" => Some(role_name(lang, Role::Support)),
        _ => None,
    };
    let fixed = match recorded {
        "opted out" => Some("why-opted-out"),
        "is the facilitator" => Some("why-is-facilitator"),
        "facilitated last time" => Some("why-facilitated-last-time"),
        "spoke last time" => Some("why-spoke-last-time"),
        "has not facilitated before" => Some("why-not-facilitated-before"),
        _ => None,
    };
    if let Some(id) = fixed {
        return tr!(lang, id);
    }
    if let Some(r) = recorded.strip_prefix("declined to be ").and_then(role) {
        return tr!(lang, "why-declined", role = r);
    }
    // "more turns than others (3 as facilitator, fewest is 1)"
    let turns = recorded
        .strip_prefix("more turns than others (")
        .and_then(|rest| rest.strip_suffix(')'))
        .and_then(|rest| {
            let (n, rest) = rest.split_once(" as ")?;
            let (r, fewest) = rest.split_once(", fewest is ")?;
            let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
            (digits(n) && digits(fewest)).then_some((n, role(r)?, fewest))
        });
    match turns {
        Some((n, r, fewest)) => tr!(lang, "why-more-turns", n = n, role = r, fewest = fewest),
        None => recorded.to_string(),
    }
}

fn role_name(lang: Lang, role: Role) -> String {
    match role {
        Role::Facilitator => tr!(lang, "role-facilitator"),
        Role::Spokesperson => tr!(lang, "role-spokesperson"),
        Role::Support => tr!(lang, "role-support"),
    }
}

fn rotation_name(lang: Lang, rotation: Rotation, tool: &str) -> String {
    match rotation {
        Rotation::LeastServed => tr!(lang, revised("rotation-least-served", tool)),
        Rotation::Uniform => tr!(lang, "rotation-uniform"),
    }
}

fn rule_name(lang: Lang, rule: Rule) -> String {
    match rule {
        Rule::Consent => tr!(lang, "rule-consent"),
        Rule::Consensus => tr!(lang, "rule-consensus"),
        Rule::Majority => tr!(lang, "rule-majority"),
        Rule::Supermajority => tr!(lang, "rule-supermajority"),
    }
}

fn status_name(lang: Lang, status: TaskStatus) -> String {
    match status {
        TaskStatus::Done => tr!(lang, "status-done"),
        TaskStatus::Dropped => tr!(lang, "status-dropped"),
        TaskStatus::Open => tr!(lang, "status-open"),
    }
}

/// How a layout escapes data.
fn escape_of(format: Format) -> Escape {
    match format {
        Format::Record => Escape::Current,
        Format::FrontMatter => Escape::Legacy,
    }
}

/// Assembles a file in `format`: the body then the record, or (first layout) the data block then the body.
fn laid_out(format: Format, lang: Lang, body: &str, sentence: &str, data: &str) -> String {
    match format {
        Format::Record => document_in(lang, body, sentence, data),
        Format::FrontMatter => format!("{FENCE}{data}{FENCE}\n{body}"),
    }
}

/// Reads the public trace of an abandoned council, in either layout.
pub fn parse_abandoned(text: &str) -> Result<Abandoned, MinutesError> {
    let trace: Abandoned =
        toml::from_str(data_of(text)?).map_err(|e| MinutesError::Invalid(one_line(&e)))?;
    if !ids::is_council_id(&trace.id) {
        return Err(MinutesError::Invalid(format!(
            "`id` {:?} is not a council id (YYYY-MM-DD-words)",
            trace.id
        )));
    }
    within(limits::abandoned(&trace))?;
    Ok(trace)
}

/// Reads a filed report-back, in either layout.
pub fn parse_report(text: &str) -> Result<Report, MinutesError> {
    let report: Report =
        toml::from_str(data_of(text)?).map_err(|e| MinutesError::Invalid(one_line(&e)))?;
    within(limits::report(&report))?;
    Ok(report)
}

/// Renders a correction published beside a council: what it says, then its record.
pub fn render_correction(c: &Correction) -> String {
    let data = toml::to_string(c).expect("a correction always serializes to TOML");
    let lang = Lang::of(c.language);
    let mut text = format!(
        "# {}\n\n",
        tr!(lang, "correction-title", id = code(&c.council))
    );
    let _ = writeln!(
        text,
        "{}\n",
        tr!(
            lang,
            "correction-filed",
            date = c.filed.date().to_string(),
            id = code(&c.council)
        )
    );
    for l in c.note.lines().filter(|l| !l.trim().is_empty()) {
        let _ = writeln!(text, "> {}", line(l));
    }
    document_in(lang, &text, &tr!(lang, "correction-sentence"), &data)
}

/// Reads a correction.
pub fn parse_correction(text: &str) -> Result<Correction, MinutesError> {
    let correction: Correction =
        toml::from_str(data_of(text)?).map_err(|e| MinutesError::Invalid(one_line(&e)))?;
    within(limits::correction(&correction))?;
    Ok(correction)
}

/// Separates the data block of a first-format (`+++`) file from its body.
///
/// A `+++` line may sit inside a multi-line string of the data block, so the
/// block ends at the first fence whose prefix parses as TOML: a prefix that
/// stops inside an open string never does.
pub fn split(text: &str) -> Result<(&str, &str), MinutesError> {
    let rest = bounded(text)?
        .strip_prefix(FENCE)
        .or_else(|| text.strip_prefix("+++\r\n"))
        .ok_or(MinutesError::NoDataBlock)?;
    let mut from = 0;
    let mut first = None;
    // Each candidate parses the whole prefix: a file of many `+++` lines must not take
    // quadratic time. The tool writes none inside its data, so a few tries are plenty.
    let mut tries = 0;
    while let Some(at) = find_fence(&rest[from..]) {
        tries += 1;
        if tries > FENCE_TRIES {
            break;
        }
        let end = from + at;
        let data = &rest[..end];
        let after = &rest[end..];
        let body_start = after.find('\n').map_or(after.len(), |n| n + 1);
        first.get_or_insert((data, &after[body_start..]));
        if toml::from_str::<toml::Table>(data).is_ok() {
            return Ok((data, &after[body_start..]));
        }
        from = end + 3;
    }
    // No prefix parses: report the first candidate's error rather than "unclosed".
    first.ok_or(MinutesError::Unclosed)
}

/// Finds the next line that is exactly `+++`.
fn find_fence(text: &str) -> Option<usize> {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_end_matches(['\n', '\r']) == "+++" {
            return Some(at);
        }
        at += line.len();
    }
    None
}

fn one_line(error: &toml::de::Error) -> String {
    error.to_string().trim().replace('\n', " ")
}

/// Renders the Markdown a neighbor reads without knowing TOML.
pub fn body(r: &Record) -> String {
    body_in(r, Escape::Current)
}

/// Renders the body with the escaping of one layout.
fn body_in(r: &Record, e: Escape) -> String {
    let lang = Lang::of(r.language);
    let mut md = Writer::new();
    title(&mut md, lang, e, r);
    attendance(&mut md, lang, e, r);
    lot(&mut md, lang, e, r);
    if let Some(floor) = &r.floor {
        discussion(&mut md, lang, e, floor, &r.tool);
    }
    decision(&mut md, lang, e, r);
    tasks(&mut md, lang, e, r);
    report_backs(&mut md, lang, e, r);
    delegate(&mut md, lang, e, r);
    autonomy(&mut md, lang, e, r);
    closing(&mut md, lang, e, r);
    md.finish()
}

/// The issue as the title; when, how long and where; the id.
fn title(md: &mut Writer, lang: Lang, e: Escape, r: &Record) {
    md.heading(1, &e.inline(&r.issue));
    let held = tr!(
        lang,
        "minutes-held",
        date = crate::i18n::long_date(lang, r.started.0.date_naive()),
        start = r.started.0.format("%H:%M").to_string(),
        end = r.ended.0.format("%H:%M").to_string(),
        minutes = r.duration_minutes
    );
    let place = r.place.as_ref().map_or(String::new(), |place| {
        tr!(lang, "minutes-place", place = e.inline(place))
    });
    md.paragraph(&format!(
        "{held}{place}.\n{}",
        tr!(lang, "minutes-id", id = e.id(&r.id))
    ));
}

/// Who was there, each with what set them apart (first time, late, out of the draw...).
fn attendance(md: &mut Writer, lang: Lang, e: Escape, r: &Record) {
    let t = |id: &str| tr!(lang, id);
    md.heading(2, &t("minutes-who"));
    let people: Vec<String> = r
        .attendees
        .iter()
        .map(|a| {
            let mut notes: Vec<String> = Vec::new();
            if a.first_time {
                notes.push(t("minutes-first-time"));
            }
            if a.late {
                notes.push(t("minutes-late"));
            }
            if a.opt_out || (a.opt_out_facilitator && a.opt_out_spokesperson) {
                notes.push(t("minutes-no-draw"));
            } else if a.opt_out_facilitator {
                notes.push(t("minutes-no-facilitator-draw"));
            } else if a.opt_out_spokesperson {
                notes.push(t("minutes-no-spokesperson-draw"));
            }
            if a.facilitated_elsewhere {
                notes.push(t("minutes-elsewhere"));
            }
            if let Some(drawn) = &a.drawn_as {
                notes.push(tr!(lang, "minutes-drawn-as", name = e.inline(drawn)));
            }
            if notes.is_empty() {
                e.inline(&a.name)
            } else {
                format!("{} ({})", e.inline(&a.name), notes.join(", "))
            }
        })
        .collect();
    md.paragraph(&tr!(
        lang,
        "minutes-people",
        n = r.attendees.len(),
        list = people.join(", ")
    ));
}

/// Who was drawn, from which numbers, and every step of the lot as a table.
fn lot(md: &mut Writer, lang: Lang, e: Escape, r: &Record) {
    let t = |id: &str| tr!(lang, id);
    md.heading(2, &t("minutes-lot"));
    let support = r.draw.support.as_ref().map_or(String::new(), |support| {
        tr!(lang, "minutes-supported", name = e.inline(support))
    });
    md.paragraph(&format!(
        "{}{support}{}",
        tr!(lang, "minutes-facilitator", name = e.inline(&r.facilitator)),
        tr!(
            lang,
            "minutes-spokesperson",
            name = e.inline(&r.spokesperson)
        )
    ));
    let origin = if r.draw.rolled {
        t("minutes-rolled")
    } else {
        t("minutes-called")
    };
    let sources: Vec<String> = r
        .draw
        .sources
        .iter()
        .map(|s| format!("`{}`", e.code(s)))
        .collect();
    md.paragraph(&tr!(
        lang,
        "minutes-drawn",
        rotation = rotation_name(lang, r.draw.rotation, &r.tool),
        origin = origin,
        sources = sources.join(", "),
        key = e.code(&r.draw.key)
    ));
    // Said only when the council wrote no names: every earlier file renders as before.
    match r.draw.privacy {
        Some(crate::council::settings::Privacy::Cards) => {
            md.paragraph(&t("minutes-privacy-cards"));
        }
        Some(crate::council::settings::Privacy::Pseudonyms) => {
            md.paragraph(&t("minutes-privacy-pseudonyms"));
        }
        _ => {}
    }
    let from_one = u32::from(counts_from_one(&r.tool));
    let rows = r.draw.steps.iter().map(|step| {
        vec![
            (u32::from(step.i) + from_one).to_string(),
            role_name(lang, step.role),
            pool_text(lang, e, &step.pool, &step.left_out),
            position(lang, e, step, from_one),
            if step.accepted {
                t("minutes-accepted")
            } else {
                t("minutes-declined")
            },
        ]
    });
    md.table(&t("minutes-steps"), 5, rows);
    if from_one == 1 {
        md.paragraph(&t("minutes-counted-from-one"));
    }
    md.paragraph(&tr!(lang, "minutes-recheck", id = e.id(&r.id)));
}

/// Who a step drew and where in its pool, counted from 0 or (from 0.3.0) from 1.
fn position(lang: Lang, e: Escape, step: &crate::council::record::Step, from_one: u32) -> String {
    tr!(
        lang,
        "minutes-position",
        name = e.inline(&step.selected),
        position = (step.position + from_one as usize).to_string(),
        of = step.pool.len().to_string()
    )
}

/// The proposal, the rule and outcome, the statement, and how the room stood.
fn decision(md: &mut Writer, lang: Lang, e: Escape, r: &Record) {
    let t = |id: &str| tr!(lang, id);
    let d = &r.decision;
    md.heading(2, &t("minutes-decision"));
    if let Some(proposal) = &d.proposal {
        md.paragraph(&tr!(lang, "minutes-proposal", text = e.inline(proposal)));
    }
    if let Some(first) = &d.amended_from {
        md.paragraph(&tr!(lang, "minutes-amended", text = e.inline(first)));
    }
    let outcome = match d.outcome {
        Outcome::Adopted => t("outcome-adopted"),
        Outcome::Rejected => t("outcome-rejected"),
        Outcome::None => t("outcome-none"),
    };
    md.paragraph(&tr!(
        lang,
        "minutes-rule",
        rule = rule_name(lang, r.rule()),
        outcome = outcome
    ));
    if let Some(statement) = &d.statement {
        md.quote(statement.lines().map(|line| e.line(line)));
    }
    if !d.resolved_objections.is_empty() {
        md.paragraph(&tr!(
            lang,
            "minutes-resolved",
            list = list(e, &d.resolved_objections)
        ));
    }
    if r.rule() == Rule::Consent && !d.objections.is_empty() {
        md.paragraph(&tr!(
            lang,
            "minutes-objections",
            list = list(e, &d.objections)
        ));
    }
    if !d.stand_asides.is_empty() {
        md.paragraph(&tr!(
            lang,
            "minutes-stood-aside",
            list = list(e, &d.stand_asides)
        ));
    }
    if r.rule() == Rule::Consensus && !d.blocks.is_empty() {
        md.paragraph(&tr!(lang, "minutes-blocked", list = list(e, &d.blocks)));
    }
    if let Some(v) = d.votes {
        md.paragraph(&tr!(
            lang,
            "minutes-votes",
            for = v.in_favor.to_string(),
            against = v.against.to_string(),
            abstain = v.abstain
        ));
    }
    if let Some(review) = d.review {
        md.paragraph(&tr!(lang, "minutes-review", date = review.to_string()));
    }
}

/// The tasks handed out: id, what, who, due, jar.
fn tasks(md: &mut Writer, lang: Lang, e: Escape, r: &Record) {
    if r.tasks.is_empty() {
        return;
    }
    md.heading(2, &tr!(lang, "minutes-tasks"));
    md.list(r.tasks.iter().map(|task| {
        let due = task.due.map_or(String::new(), |due| {
            tr!(lang, "minutes-due", date = due.to_string())
        });
        let jar = task.jar.as_ref().map_or(String::new(), |jar| {
            tr!(
                lang,
                "minutes-jar",
                target = jar.target.to_string(),
                currency = e.inline(&jar.currency)
            )
        });
        format!(
            "`{}` {} ({}{due}{jar})",
            e.id(&task.id),
            e.inline(&task.what),
            list(e, &task.who)
        )
    }));
}

/// What earlier tasks came to, given inside this council.
fn report_backs(md: &mut Writer, lang: Lang, e: Escape, r: &Record) {
    if r.report_backs.is_empty() {
        return;
    }
    md.heading(2, &tr!(lang, "minutes-report-backs"));
    md.list(r.report_backs.iter().map(|rb| {
        let mut item = format!("`{}`: {}", e.code(&rb.task), status_name(lang, rb.status));
        if let Some(note) = &rb.note {
            item.push_str(&format!(": {}", e.inline(note)));
        }
        if let Some(c) = rb.collected {
            item.push_str(&tr!(lang, "minutes-collected", amount = c.to_string()));
        }
        if let Some(s) = rb.spent {
            item.push_str(&tr!(lang, "minutes-spent", amount = s.to_string()));
        }
        item
    }));
}

/// The delegate sent, their mandate word for word, and a recall.
fn delegate(md: &mut Writer, lang: Lang, e: Escape, r: &Record) {
    let Some(delegate) = &r.delegate else {
        return;
    };
    md.heading(2, &tr!(lang, "minutes-delegate"));
    if let (Some(name), Some(to), Some(mandate)) = (&delegate.name, &delegate.to, &delegate.mandate)
    {
        md.paragraph(&tr!(
            lang,
            "minutes-mandate",
            name = e.line(name),
            to = e.inline(to)
        ));
        md.quote([e.line(mandate)]);
    }
    if let Some(recall) = &delegate.recall {
        md.paragraph(&tr!(lang, "minutes-recall", id = e.code(recall)));
    }
}

/// The autonomy gained, with or without asking permission.
fn autonomy(md: &mut Writer, lang: Lang, e: Escape, r: &Record) {
    let Some(s) = &r.sovereignty else {
        return;
    };
    md.heading(2, &tr!(lang, "minutes-autonomy"));
    let how = if s.without_permission {
        tr!(lang, "minutes-without-permission")
    } else {
        tr!(lang, "minutes-with-permission")
    };
    md.paragraph(&format!("{} ({how}).", e.line(&s.gained)));
}

/// The closing ritual and words, and that the council dissolved.
fn closing(md: &mut Writer, lang: Lang, e: Escape, r: &Record) {
    let t = |id: &str| tr!(lang, id);
    md.heading(2, &t("minutes-closing"));
    let text = match &r.closing {
        Some(c) => {
            let mut text = match &c.ritual {
                Some(ritual) => tr!(lang, "minutes-ritual", ritual = e.inline(ritual)),
                None => t("minutes-closed"),
            };
            if !c.words.is_empty() {
                text.push(' ');
                text.push_str(&tr!(lang, "minutes-words", list = list(e, &c.words)));
            }
            text
        }
        None => t("minutes-closed"),
    };
    md.paragraph(&text);
    md.last_line(&t("minutes-dissolved"));
}

/// The discussion on the floor: how it was shared, and each share when kept.
fn discussion(
    md: &mut Writer,
    lang: Lang,
    e: Escape,
    f: &crate::council::floor::FloorRecord,
    tool: &str,
) {
    use crate::council::floor::{clock, percent};
    let gini = format!("{:.2}", f.gini);
    // French and Spanish write a decimal comma.
    let gini = if lang == Lang::En {
        gini
    } else {
        gini.replace('.', ",")
    };
    md.heading(2, &tr!(lang, "minutes-discussion"));
    md.paragraph(&tr!(
        lang,
        revised("minutes-discussion-summary", tool),
        spoke = f.spoke,
        present = f.present,
        turns = f.turns,
        talk = clock(f.seconds),
        top = percent(f.top_two_seconds, f.seconds).to_string(),
        gini = gini
    ));
    if !f.shares.is_empty() {
        md.lines(f.shares.iter().map(|share| {
            tr!(
                lang,
                "minutes-discussion-share",
                name = e.inline(&share.name),
                percent = percent(share.seconds, f.seconds).to_string(),
                talk = clock(share.seconds),
                turns = share.turns
            )
        }));
    }
}

fn list(e: Escape, items: &[String]) -> String {
    items
        .iter()
        .map(|i| e.inline(i))
        .collect::<Vec<_>>()
        .join(", ")
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fence_inside_a_multiline_string_does_not_end_the_block() {
        let text = "+++\nid = \"x\"\nnote = \"\"\"\na\n+++\nb\"\"\"\n+++\n\nbody\n";
        let (data, body) = split(text).unwrap();
        assert_eq!(data, "id = \"x\"\nnote = \"\"\"\na\n+++\nb\"\"\"\n");
        assert_eq!(body, "\nbody\n");
    }

    #[test]
    fn files_without_a_data_block_are_refused() {
        assert!(matches!(split("# hi\n"), Err(MinutesError::NoDataBlock)));
        assert!(split("+++\nid = 1\n").is_err());
        assert!(matches!(parse("# hi\n"), Err(MinutesError::NoDataBlock)));
        assert!(matches!(
            split_record("# hi\n\n```toml\nid = 1\n```\n"),
            Err(MinutesError::NoRecordHeading)
        ));
        assert!(matches!(
            split_record("# hi\n\n## Record\n\n```toml\nid = 1\n"),
            Err(MinutesError::NoDataBlock)
        ));
    }

    #[test]
    fn a_document_splits_back_into_its_body_and_data() {
        let text = document("# Title\n\nSome words.\n", "What it is.", "a = \"```\"\n");
        assert_eq!(
            text,
            "# Title\n\nSome words.\n\n## Record\n\nWhat it is.\n\n````toml\na = \"```\"\n````\n"
        );
        assert_eq!(
            split_record(&text).unwrap(),
            ("# Title\n\nSome words.\n", "a = \"```\"\n")
        );
    }

    use crate::council::History;
    use crate::council::amount::Amount;
    use crate::council::answers::{
        Closing, Delegate, Jar, Outcome, ReportBack, Sovereignty, Task, TaskStatus,
    };
    use crate::council::fixtures::{answers, run_supported, settings};
    use proptest::prelude::*;

    pub(super) fn full_record() -> Record {
        let mut a = answers(&["Ana", "Bo", "Chen", "Dara"]);
        a.place = Some("Laundromat \"on\" Elm".into());
        a.decision.statement = Some("Line one\n+++\nline three".into());
        a.tasks.push(Task {
            what: "Buy planks".into(),
            who: vec!["Bo".into()],
            due: Some(crate::council::time::Date::parse("2026-11-28").unwrap()),
            jar: Some(Jar {
                target: Amount(4050),
                currency: "USD".into(),
            }),
        });
        a.delegate = Some(Delegate {
            name: Some("Ana".into()),
            to: Some("Eastside assembly".into()),
            mandate: Some("Ask for tool-library hours".into()),
            recall: None,
        });
        a.sovereignty = Some(Sovereignty {
            gained: "We fix our benches".into(),
            without_permission: true,
        });
        a.closing = Some(Closing {
            ritual: Some("shared meal".into()),
            words: vec!["tired".into()],
        });
        run_supported(&mut a, &History::default(), settings())
    }

    #[test]
    fn files_from_0_3_0_count_steps_and_positions_from_1() {
        assert!(counts_from_one("flash-council 0.3.0"));
        assert!(counts_from_one("flash-council 0.10.2"));
        assert!(counts_from_one("flash-council 1.0.0-rc.1"));
        assert!(!counts_from_one("flash-council 0.2.0"));
        assert!(!counts_from_one("flash-council 0.1.0"));
        assert!(!counts_from_one("flash-council test"));
        assert!(!counts_from_one("something else 9.9"));
        let mut r = full_record();
        r.tool = "flash-council 0.2.0".into();
        let old = render(&r);
        r.tool = "flash-council 0.3.0".into();
        let new = render(&r);
        let step = &r.draw.steps[0];
        let row = |text: &str| {
            text.lines()
                .find(|l| l.contains(" | facilitator | "))
                .unwrap()
                .to_string()
        };
        assert!(row(&old).starts_with(&format!("| {} |", step.i)), "{old}");
        assert!(
            row(&old).contains(&format!("position {} of", step.position)),
            "{old}"
        );
        assert!(
            row(&new).starts_with(&format!("| {} |", step.i + 1)),
            "{new}"
        );
        assert!(
            row(&new).contains(&format!("position {} of", step.position + 1)),
            "{new}"
        );
        assert!(
            new.contains("Steps and positions count from 1 here"),
            "{new}"
        );
        assert!(!old.contains("count from 1"), "{old}");
        // Each re-reads as its own record and re-renders to the same bytes.
        assert_eq!(render(&parse(&new).unwrap()), new);
        assert_eq!(render(&parse(&old).unwrap()), old);
    }

    #[test]
    fn minutes_round_trip_to_the_same_bytes() {
        let record = full_record();
        let text = render(&record);
        let parsed = parse(&text).unwrap();
        assert_eq!(parsed, record);
        assert_eq!(render(&parsed), text);
    }

    /// A council with a discussion on the floor, kept in `mode`.
    fn with_floor(mode: crate::council::floor::FloorRecordMode) -> Record {
        use crate::council::floor::{Event, Floor, Kind};
        use crate::council::time::Timestamp;
        let at = |s: i64| {
            Timestamp(
                Timestamp::parse("2026-11-23T19:10:00-05:00").unwrap().0
                    + chrono::Duration::seconds(s),
            )
        };
        let mut floor = Floor::new([("Ana", true), ("Bo", true), ("Chen", true), ("Dara", true)]);
        for (s, name) in [(0, "Ana"), (250, "Bo"), (310, "Ana"), (400, "Chen")] {
            floor
                .apply(&Event {
                    at: at(s),
                    kind: Kind::Start,
                    name: Some(name.into()),
                })
                .unwrap();
        }
        let mut a = full_record().to_answers();
        a.floor = floor.record(mode, at(490));
        crate::council::conclude(
            &a,
            &crate::council::Context {
                settings: settings(),
                history: &History::default(),
                now: at(3000),
                ended: Some(at(3000)),
                rolled: false,
                tool: "flash-council test".into(),
                retired: &|_| false,
                language: None,
            },
        )
        .unwrap()
    }

    #[test]
    fn the_discussion_is_summed_up_or_shared_and_round_trips() {
        use crate::council::floor::FloorRecordMode;
        let summary = with_floor(FloorRecordMode::Summary);
        let text = render(&summary);
        assert_eq!(parse(&text).unwrap(), summary);
        assert_eq!(render(&parse(&text).unwrap()), text);
        let (body, data) = split_record(&text).unwrap();
        assert!(
            body.contains(
                "## Discussion\n\n3 of the 4 present spoke, in 4 turns, for 8:10 of talk in all. \
                 The two who spoke most held 88% of it; the Gini coefficient of talk time is 0.54"
            ),
            "{body}"
        );
        assert!(!body.contains("- Ana:"), "{body}");
        assert!(data.contains("[floor]\nrecord = \"summary\""), "{data}");
        assert!(!data.contains("shares"), "{data}");

        let shares = with_floor(FloorRecordMode::Shares);
        let text = render(&shares);
        assert_eq!(render(&parse(&text).unwrap()), text);
        assert!(
            text.contains("- Ana: 69% (5:40, 2 turns)\n- Bo: 12% (1:00, 1 turn)"),
            "{text}"
        );
        assert!(text.contains("- Dara: 0% (0:00, 0 turns)"), "{text}");
    }

    #[test]
    fn the_discussion_is_in_the_council_s_language_and_round_trips() {
        use crate::council::floor::FloorRecordMode;
        for (lang, heading, summary, share) in [
            (
                Lang::Fr,
                "## Discussion\n\n3 des 4 présents ont pris la parole, en 4 tours, pour 8:10",
                "le coefficient de Gini du temps de parole est de 0,54",
                "- Ana : 69 % (5:40, 2 tours)\n- Bo : 12 % (1:00, 1 tour)",
            ),
            (
                Lang::Es,
                "## Debate\n\n3 de los 4 presentes hablaron, en 4 turnos, durante 8:10",
                "el coeficiente de Gini del tiempo de palabra es 0,54",
                "- Ana: 69 % (5:40, 2 turnos)\n- Bo: 12 % (1:00, 1 turno)",
            ),
        ] {
            let mut record = with_floor(FloorRecordMode::Shares);
            record.language = lang.named();
            let text = render(&record);
            assert_eq!(parse(&text).unwrap(), record, "{lang}");
            assert_eq!(render(&parse(&text).unwrap()), text, "{lang}");
            for part in [heading, summary, share] {
                assert!(text.contains(part), "{lang}: {part}\n{text}");
            }
            assert!(!text.contains(" turns"), "{lang}: {text}");
        }
    }

    #[test]
    fn without_a_floor_the_minutes_have_no_discussion_and_no_floor_table() {
        let text = render(&full_record());
        assert!(!text.contains("## Discussion"), "{text}");
        assert!(!text.contains("[floor]"), "{text}");
    }

    #[test]
    fn the_body_is_readable_without_toml() {
        let text = render(&full_record());
        let (body, _) = split_record(&text).unwrap();
        assert_eq!(body, super::body(&full_record()));
        for expected in [
            "# The bench is broken",
            "## Who was there",
            "4 people: Ana (first time), Bo (first time), Chen (first time), Dara (first time).",
            "Spokesperson: **",
            "Proposal: Fix it Saturday",
            "Outcome: **adopted**",
            "> Line one",
            "Bo; due 2026-11-28; jar of 40.50 USD",
            "Ana goes to Eastside assembly",
            "We fix our benches (without asking anyone's permission)",
            "Closing ritual: shared meal. Words: tired.",
        ] {
            assert!(body.contains(expected), "missing {expected:?} in:\n{body}");
        }
    }

    #[test]
    fn minutes_open_with_the_title_and_close_with_the_record() {
        let record = full_record();
        let text = render(&record);
        let data = toml::to_string(&record).unwrap();
        assert!(
            text.starts_with("# The bench is broken\n\nFlash council of "),
            "{text}"
        );
        let record_section = format!(
            "\n## Record\n\nThe data `council verify` re-checks: the answers, the pools and every step of the draw. \
             Re-check it with `council verify {}` or any RFC 3797 implementation.\n\n```toml\n{data}```\n",
            record.id
        );
        assert!(text.ends_with(&record_section), "{text}");
        assert_eq!(split_record(&text).unwrap().1, data);
    }

    #[test]
    fn fences_and_headings_inside_the_data_are_not_the_record() {
        let mut record = full_record();
        record.decision.statement =
            Some("a\n## Record\n\n```toml\nid = 1\n```\n\n+++\n``````\nb".into());
        record.tasks[0].what = "````toml".into();
        let text = render(&record);
        assert!(text.contains("\n```````toml\n"), "{text}");
        assert!(text.ends_with("\n```````\n"), "{text}");
        let parsed = parse(&text).unwrap();
        assert_eq!(parsed, record);
        assert_eq!(render(&parsed), text);
    }

    /// Written by the tool before the record moved to the end of the file.
    const FIRST_FORMAT: &str = include_str!("minutes/first_format.md");

    #[test]
    fn first_format_files_still_parse_and_re_render_the_same() {
        assert_eq!(Format::of(FIRST_FORMAT), Format::FrontMatter);
        let record = parse(FIRST_FORMAT).unwrap();
        assert_eq!(record.id, "2026-11-16-the-bench-at-elm-and-5th-is-broken");
        assert_eq!(render_in(&record, Format::FrontMatter), FIRST_FORMAT);
        let now = render(&record);
        assert_eq!(Format::of(&now), Format::Record);
        assert_eq!(parse(&now).unwrap(), record);
        assert!(!body(&record).contains("https://"), "{now}");
    }

    #[test]
    fn report_backs_and_traces_close_with_their_record() {
        let report: Report = toml::from_str(
            "task = \"2026-11-16-x#1\"\nstatus = \"done\"\nfiled = \"2026-11-20T10:00:00-05:00\"\ntool = \"t\"\nnote = \"```toml\\n## Record\"\n",
        )
        .unwrap();
        let text = render_report(&report);
        assert!(
            text.starts_with("# Report-back on `2026-11-16-x#1`\n"),
            "{text}"
        );
        assert!(
            text.contains("\n## Record\n\nThe report-back as the log holds it"),
            "{text}"
        );
        assert_eq!(parse_report(&text).unwrap(), report);
        let old = format!(
            "+++\n{}+++\n\n# Report-back\n",
            toml::to_string(&report).unwrap()
        );
        assert_eq!(parse_report(&old).unwrap(), report);
    }

    #[test]
    fn report_backs_render() {
        let mut record = full_record();
        record.report_backs.push(ReportBack {
            task: "2026-11-16-x#1".into(),
            status: TaskStatus::Done,
            note: Some("Fixed".into()),
            collected: Some(Amount(4000)),
            spent: Some(Amount(3850)),
        });
        let text = render(&record);
        assert!(
            text.contains("- `2026-11-16-x#1`: done: Fixed; collected 40; spent 38.50"),
            "{text}"
        );
        assert_eq!(parse(&text).unwrap(), record);
    }

    /// The full record's body in French and Spanish: every section, the draw's reasons too.
    #[test]
    fn minutes_in_french_and_spanish_round_trip_and_read_in_their_language() {
        let mut record = full_record();
        record.draw.steps[0]
            .left_out
            .push(crate::council::record::LeftOut {
                name: "Eli".into(),
                why: "more turns than others (2 as facilitator, fewest is 0)".into(),
            });
        for (lang, expected) in [
            (
                Lang::Fr,
                [
                    "Conseil éclair du lundi 23 novembre 2026",
                    "## Présent·es",
                    "4 personnes : Ana (première fois)",
                    "Animation : **",
                    "Proposition : Fix it Saturday",
                    "Résultat : **adoptée**",
                    "Bo; pour le 2026-11-28; cagnotte de 40.50 USD",
                    "Eli: plus de tours que d'autres (2 en animation, le moins est 0)",
                    "
## Données

Les données que `council verify` revérifie",
                ],
            ),
            (
                Lang::Es,
                [
                    "Consejo relámpago del lunes 23 de noviembre de 2026",
                    "## Quiénes estuvieron",
                    "4 personas: Ana (primera vez)",
                    "Facilitación: **",
                    "Propuesta: Fix it Saturday",
                    "Resultado: **adoptada**",
                    "Bo; para el 2026-11-28; bote de 40.50 USD",
                    "Eli: más turnos que otras personas (2 de facilitación, el mínimo es 0)",
                    "
## Registro

Los datos que `council verify` vuelve a comprobar",
                ],
            ),
        ] {
            record.language = Some(lang);
            let text = render(&record);
            for e in expected {
                assert!(text.contains(e), "{lang}: missing {e:?} in:\n{text}");
            }
            assert!(
                text.contains(&format!("\nlanguage = \"{lang}\"\n")),
                "{text}"
            );
            let parsed = parse(&text).unwrap();
            assert_eq!(parsed, record);
            assert_eq!(render(&parsed), text);
        }
    }

    #[test]
    fn a_reason_the_tool_does_not_know_is_shown_as_recorded() {
        assert_eq!(why(Lang::Fr, "opted out"), "s'est retiré·e du tirage");
        assert_eq!(
            why(Lang::Es, "declined to be spokesperson"),
            "rechazó el rol (portavoz)"
        );
        assert_eq!(why(Lang::Fr, "moved away"), "moved away");
        assert_eq!(
            why(
                Lang::Fr,
                "more turns than others (x as facilitator, fewest is 0)"
            ),
            "more turns than others (x as facilitator, fewest is 0)"
        );
        assert_eq!(why(Lang::En, "opted out"), "opted out");
    }

    #[test]
    fn report_backs_traces_and_corrections_are_written_in_their_language() {
        let mut report: Report = toml::from_str(
            "task = \"2026-11-16-x#1\"\nstatus = \"done\"\nfiled = \"2026-11-20T10:00:00-05:00\"\ntool = \"t\"\nlanguage = \"fr\"\n",
        )
        .unwrap();
        let text = render_report(&report);
        assert!(
            text.starts_with(
                "# Compte rendu de `2026-11-16-x#1`\n\nDéposé le 2026-11-20 : la tâche est faite.\n"
            ),
            "{text}"
        );
        assert_eq!(parse_report(&text).unwrap(), report);
        report.language = Some(Lang::Es);
        let text = render_report(&report);
        assert!(text.contains("la tarea está hecha."), "{text}");
        assert_eq!(parse_report(&text).unwrap(), report);

        let correction: Correction = toml::from_str(
            "council = \"2026-11-16-x\"\nnote = \"Bo, not Bob\"\nfiled = \"2026-11-20T10:00:00-05:00\"\ntool = \"t\"\nlanguage = \"es\"\n",
        )
        .unwrap();
        let text = render_correction(&correction);
        assert!(
            text.starts_with("# Corrección a `2026-11-16-x`\n"),
            "{text}"
        );
        assert_eq!(parse_correction(&text).unwrap(), correction);
    }

    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            "[ -~]{1,30}",
            "\\PC{1,20}",
            Just("a\n+++\nb".to_string()),
            Just("quote \" and ''' and \"\"\" and \\ and \n\t tab".to_string()),
        ]
        .prop_filter("non-blank", |s| !s.trim().is_empty())
    }

    fn name() -> impl Strategy<Value = String> {
        "[A-Za-zÀ-ÿ'\"][A-Za-zÀ-ÿ '\"-]{0,10}[A-Za-zÀ-ÿ]"
    }

    prop_compose! {
        fn council()(
            names in prop::collection::vec(name(), 2..7),
            issue in text(),
            place in prop::option::of(text()),
            sources in prop::collection::vec(prop::collection::vec(0u64..1_000_000, 1..6), 1..4),
            outcome in prop_oneof![Just(Outcome::Adopted), Just(Outcome::Rejected), Just(Outcome::None)],
            statement in text(),
            tasks in prop::collection::vec((text(), prop::option::of(0u64..100_000)), 0..4),
            note in text(),
            words in prop::collection::vec(text(), 0..3),
            opt_out_first in any::<bool>(),
            language in prop_oneof![Just(None), Just(Some(Lang::Fr)), Just(Some(Lang::Es))],
        ) -> Option<Record> {
            let mut unique: Vec<String> = Vec::new();
            for n in names {
                if !unique.iter().any(|u| u.to_lowercase() == n.to_lowercase()) {
                    unique.push(n);
                }
            }
            if unique.len() < 3 {
                return None;
            }
            let refs: Vec<&str> = unique.iter().map(String::as_str).collect();
            let mut a = answers(&refs);
            a.issue = issue;
            a.place = place;
            a.attendees[0].opt_out = opt_out_first;
            a.draw.sources = Some(
                sources
                    .iter()
                    .map(|s| s.iter().map(u64::to_string).collect::<Vec<_>>().join(" "))
                    .collect(),
            );
            a.decision.outcome = outcome;
            a.decision.statement = Some(statement);
            a.tasks = tasks
                .into_iter()
                .map(|(what, cents)| Task {
                    what,
                    who: vec![unique[1].clone()],
                    due: None,
                    jar: cents.map(|c| Jar { target: Amount(c), currency: "EUR".into() }),
                })
                .collect();
            a.closing = Some(Closing { ritual: Some(note.clone()), words });
            a.sovereignty = Some(Sovereignty { gained: note, without_permission: false });
            let mut record = run_supported(&mut a, &History::default(), settings());
            record.language = language;
            Some(record)
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        #[test]
        fn generated_councils_round_trip(record in council()) {
            prop_assume!(record.is_some());
            let record = record.unwrap();
            let text = render(&record);
            let parsed = parse(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
            prop_assert_eq!(&parsed, &record);
            prop_assert_eq!(render(&parsed), text);
        }
    }
}
