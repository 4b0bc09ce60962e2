//! Minutes built from hostile strings, rendered by a real CommonMark + GFM
//! renderer: no string from the data may become markup.

use super::tests::full_record;
use super::*;
use crate::council::amount::Amount;
use crate::council::answers::{Closing, Delegate, Jar, ReportBack, Sovereignty, TaskStatus};
use crate::council::record::LeftOut;
use comrak::nodes::{AstNode, NodeValue};
use comrak::{Arena, Options, format_html, parse_document};
use proptest::prelude::*;

const HOSTILE: &[&str] = &[
    "\n\n## Fake heading\n\nafter",
    "line\n===",
    "line\n---\n- item\n1. one\n+ plus\n* star",
    "# hash",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](http://evil.example)",
    "![x](y.png)",
    "&lt;script&gt; &#60;b&#62; &amp; &copy",
    "back\\slash\\",
    "a\u{202E}evil\u{2066}x\u{200B}y\u{200D}z\u{FEFF}",
    "````````` run of backticks ``",
    "www.evil.example, https://evil.example/x, a@b.org and mailto:c@d.org",
    "<!-- comment -->",
    "    indented code",
    "| a | b |\n| --- | --- |\n| c | d |",
    "*em* _em_ **strong** ~~strike~~ ~one~",
    "[ref]: http://evil.example\n[ref]",
    "[ ] task\n- [x] done",
    "trailing spaces  \nnext\\\nline",
    "<http://evil.example>",
    "```toml\nid = 1\n```\n## Record\n+++",
    "\\",
    "=",
    "-",
    "1)",
    "> quote",
    "\r\n\t",
    "Tom & Jerry: 12. twelve",
    "~~~\nfenced\n~~~",
    "<div>\nblock\n</div>",
    "***",
    "www.x.org",
];

/// Puts one hostile string (picked from `pick`, offset per field) in every free-text field.
fn hostile(pick: &dyn Fn(usize) -> String) -> Record {
    let mut r = full_record();
    let mut n = 0;
    let mut next = || {
        n += 1;
        pick(n)
    };
    r.issue = next();
    r.place = Some(next());
    for a in &mut r.attendees {
        a.name = next();
    }
    r.facilitator = next();
    r.spokesperson = next();
    r.draw.support = Some(next());
    r.draw.sources = vec![next(), next()];
    r.draw.key = next();
    for step in &mut r.draw.steps {
        step.pool = vec![next(), next()];
        step.selected = next();
        step.left_out = vec![LeftOut {
            name: next(),
            why: next(),
        }];
    }
    r.decision.proposal = Some(next());
    r.decision.statement = Some(format!("{}\n{}\n{}", next(), next(), next()));
    r.decision.objections = vec![next(), next()];
    for t in &mut r.tasks {
        t.id = next();
        t.what = next();
        t.who = vec![next()];
        t.jar = Some(Jar {
            target: Amount(100),
            currency: next(),
        });
    }
    r.report_backs = vec![ReportBack {
        task: next(),
        status: TaskStatus::Done,
        note: Some(next()),
        collected: None,
        spent: None,
    }];
    r.delegate = Some(Delegate {
        name: Some(next()),
        to: Some(next()),
        mandate: Some(next()),
        recall: Some(next()),
    });
    r.sovereignty = Some(Sovereignty {
        gained: next(),
        without_permission: true,
    });
    r.closing = Some(Closing {
        ritual: Some(next()),
        words: vec![next(), next()],
    });
    r
}

const TEMPLATE_HEADINGS: [&str; 9] = [
    "Who was there",
    "The lot",
    "Decision",
    "Tasks",
    "Report-backs on earlier tasks",
    "Delegate",
    "Autonomy gained",
    "Closing",
    "Record",
];

fn options() -> Options<'static> {
    let mut o = Options::default();
    o.extension.autolink = true;
    o.extension.table = true;
    o.extension.strikethrough = true;
    o.extension.tasklist = true;
    // Raw HTML would be written out, so any from the data shows in the assertions.
    o.render.r#unsafe = true;
    o
}

fn kinds<'a>(root: &'a AstNode<'a>, f: impl Fn(&NodeValue) -> bool) -> Vec<&'a AstNode<'a>> {
    root.descendants()
        .filter(|n| f(&n.data.borrow().value))
        .collect()
}

/// Checks that the minutes of `r`, rendered, hold only the markup the template writes.
fn assert_inert(r: &Record) -> Result<(), String> {
    let text = render(r);
    let data = toml::to_string(r).unwrap();
    let arena = Arena::new();
    let opts = options();
    let root = parse_document(&arena, &text, &opts);
    let mut html = String::new();
    format_html(root, &opts, &mut html).unwrap();
    let fail = |why: &str| Err(format!("{why}\n--- markdown:\n{text}\n--- html:\n{html}"));

    // The title is the first element, and holds the issue as text.
    let first = root.first_child().unwrap();
    let issue: String = r.issue.chars().filter_map(markdown::visible).collect();
    match &first.data.borrow().value {
        NodeValue::Heading(h) if h.level == 1 => {}
        _ => return fail("the first element is not the <h1>"),
    }
    if first.collect_text() != issue.trim_matches(' ') {
        return fail(&format!(
            "the title is not the issue: {:?}",
            first.collect_text()
        ));
    }
    if !html.starts_with("<h1>") {
        return fail("the HTML does not open with <h1>");
    }

    let headings = kinds(root, |v| matches!(v, NodeValue::Heading(_)));
    let optional = [
        r.tasks.is_empty(),
        r.report_backs.is_empty(),
        r.delegate.is_none(),
        r.sovereignty.is_none(),
    ];
    let expected = TEMPLATE_HEADINGS.len() + 1 - optional.iter().filter(|o| **o).count();
    if headings.len() != expected {
        return fail(&format!("{} headings, not {expected}", headings.len()));
    }
    for h in &headings[1..] {
        let is_h2 = matches!(&h.data.borrow().value, NodeValue::Heading(x) if x.level == 2);
        if !is_h2 || !TEMPLATE_HEADINGS.contains(&h.collect_text().as_str()) {
            return fail(&format!(
                "a heading not in the template: {:?}",
                h.collect_text()
            ));
        }
    }

    let forbidden = kinds(root, |v| {
        matches!(
            v,
            NodeValue::Link(_)
                | NodeValue::Image(_)
                | NodeValue::HtmlBlock(_)
                | NodeValue::HtmlInline(_)
                | NodeValue::Emph
                | NodeValue::Strikethrough
                | NodeValue::LineBreak
                | NodeValue::ThematicBreak
                | NodeValue::TaskItem(_)
                | NodeValue::FootnoteReference(_)
                | NodeValue::FootnoteDefinition(_)
        )
    });
    if let Some(n) = forbidden.first() {
        return fail(&format!("markup from data: {:?}", n.data.borrow().value));
    }
    let strong = kinds(root, |v| matches!(v, NodeValue::Strong)).len();
    let items = kinds(root, |v| matches!(v, NodeValue::Item(_))).len();
    let quotes = kinds(root, |v| matches!(v, NodeValue::BlockQuote)).len();
    let tables = kinds(root, |v| matches!(v, NodeValue::Table(_))).len();
    let rows = kinds(root, |v| matches!(v, NodeValue::TableRow(_))).len();
    // A statement may hold paragraphs, but nothing else.
    let only_paragraphs_in_quotes = kinds(root, |v| matches!(v, NodeValue::BlockQuote))
        .iter()
        .flat_map(|q| q.children())
        .all(|c| matches!(c.data.borrow().value, NodeValue::Paragraph));
    // Names in bold: a name that is blank or starts with a space leaves its asterisks as text.
    if strong > 3
        || items != r.tasks.len() + r.report_backs.len()
        || quotes != 2
        || !only_paragraphs_in_quotes
        || tables != 1
        || rows != r.draw.steps.len() + 1
    {
        return fail(&format!(
            "block structure differs from the template: {strong} strong, {items} items, {quotes} quotes \
             (only paragraphs in them: {only_paragraphs_in_quotes}), {tables} tables, {rows} rows"
        ));
    }
    for tag in [
        "<a ", "<img", "<script", "<!--", "<div", "<hr", "<br", "<input",
    ] {
        if html.contains(tag) {
            return fail(&format!("the HTML holds {tag}"));
        }
    }

    let blocks = kinds(root, |v| matches!(v, NodeValue::CodeBlock(_)));
    let [block] = blocks.as_slice() else {
        return fail(&format!("{} code blocks, not 1", blocks.len()));
    };
    if !matches!(&block.data.borrow().value, NodeValue::CodeBlock(c) if c.info == "toml" && c.literal == data)
    {
        return fail("the record is not verbatim in the toml block");
    }
    let escaped = data
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;");
    if !html.ends_with(&format!(
        "<pre><code class=\"language-toml\">{escaped}</code></pre>\n"
    )) {
        return fail(
            "the HTML does not end with the record in <pre><code class=\"language-toml\">",
        );
    }
    Ok(())
}

#[test]
fn the_full_record_renders_with_only_template_markup() {
    assert_inert(&full_record()).unwrap();
}

#[test]
fn hostile_strings_in_every_field_stay_text() {
    for shift in 0..HOSTILE.len() {
        let record = hostile(&|n| HOSTILE[(n + shift) % HOSTILE.len()].to_string());
        if let Err(e) = assert_inert(&record) {
            panic!("with shift {shift}: {e}");
        }
        assert_eq!(parse(&render(&record)).unwrap(), record);
    }
}

#[test]
fn a_statement_line_of_equals_signs_is_no_setext_heading() {
    let mut r = full_record();
    r.decision.statement = Some("We agree\n===\nand\n---".into());
    assert_inert(&r).unwrap();
    assert!(body(&r).contains("> We agree\n> \\===\n> and\n> \\---\n"));
}

fn markup_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[-=#*_`<>\\[\\]()!&@:./\\\\ |~+\n\r\tw0-9a-z;{}\"']{0,40}",
        prop::sample::select(HOSTILE).prop_map(str::to_string),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn arbitrary_strings_in_every_field_stay_text(texts in prop::collection::vec(markup_text(), 64)) {
        let record = hostile(&|n| texts[n % texts.len()].clone());
        assert_inert(&record).map_err(TestCaseError::fail)?;
    }
}

/// Checks a report-back or trace: its title, the `## Record` heading, no markup from data.
fn assert_plain(text: &str, data: &str, title: &str) {
    let arena = Arena::new();
    let opts = options();
    let root = parse_document(&arena, text, &opts);
    let headings: Vec<String> = kinds(root, |v| matches!(v, NodeValue::Heading(_)))
        .iter()
        .map(|h| h.collect_text())
        .collect();
    assert_eq!(headings, [title, "Record"], "{text}");
    let forbidden = kinds(root, |v| {
        matches!(
            v,
            NodeValue::Link(_)
                | NodeValue::Image(_)
                | NodeValue::HtmlBlock(_)
                | NodeValue::HtmlInline(_)
                | NodeValue::Emph
                | NodeValue::Strong
                | NodeValue::Strikethrough
                | NodeValue::List(_)
                | NodeValue::BlockQuote
        )
    });
    assert!(forbidden.is_empty(), "markup from data in:\n{text}");
    let blocks = kinds(root, |v| matches!(v, NodeValue::CodeBlock(_)));
    assert_eq!(blocks.len(), 1, "{text}");
    assert!(
        matches!(&blocks[0].data.borrow().value, NodeValue::CodeBlock(c) if c.info == "toml" && c.literal == data),
        "{text}"
    );
}

#[test]
fn hostile_report_backs_and_traces_stay_text() {
    use crate::council::abandoned::{Abandoned, DrawSoFar};
    use crate::council::report::Report;
    for (k, h) in HOSTILE.iter().enumerate() {
        let other = HOSTILE[(k + 7) % HOSTILE.len()];
        let report: Report = toml::from_str(&format!(
            "task = {}\nstatus = \"done\"\nfiled = \"2026-11-20T10:00:00-05:00\"\ntool = \"t\"\nnote = {}\n",
            toml::Value::from(*h),
            toml::Value::from(other)
        ))
        .unwrap();
        let text = render_report(&report);
        let title = format!("Report-back on {}", code(h));
        assert_plain(&text, &toml::to_string(&report).unwrap(), &title);
        assert_eq!(parse_report(&text).unwrap(), report);

        let r = full_record();
        let trace = Abandoned {
            id: r.id.clone(),
            history: None,
            issue: h.to_string(),
            place: None,
            started: r.started,
            abandoned: r.ended,
            tool: "t".into(),
            language: None,
            attendees: Vec::new(),
            draw: DrawSoFar {
                sources: vec![other.to_string()],
                rolled: false,
                key: Some(h.to_string()),
                rotation: r.draw.rotation,
                pool: vec![h.to_string(), other.to_string()],
                left_out: vec![LeftOut {
                    name: other.to_string(),
                    why: h.to_string(),
                }],
                repeat_consent: Vec::new(),
                steps: r.draw.steps.clone(),
                unanswered: None,
                problem: Some(other.to_string()),
            },
        };
        let text = render_abandoned(&trace);
        let issue: String = h.chars().filter_map(markdown::visible).collect();
        let title = format!("Abandoned: {issue}");
        assert_plain(
            &text,
            &toml::to_string(&trace).unwrap(),
            title.trim_end_matches(' '),
        );
        assert_eq!(parse_abandoned(&text).unwrap(), trace);
    }
}
