//! A one-page notice for the wall: the issue, the decision in large type, who does what by
//! when, jars, the review date, how to come and how to re-check the draw, and a QR code to the
//! council's page when the site's address is known.

use super::{Site, absolute, council_href, d};
use crate::council::Record;
use crate::i18n::long_date;
use crate::tr;
use maud::{DOCTYPE, Markup, PreEscaped, html};
use std::fmt::Write as _;

/// Tasks shown on the notice; the rest are counted, so it stays one page.
pub const TASKS: usize = 6;

/// The longest texts the notice prints (in characters), so that any council within the tool's
/// limits prints on one page; a longer text is cut at a word with an ellipsis, and the notice
/// says where the whole council is.
const NAME: usize = 40;
const ISSUE: usize = 70;
const PLACE: usize = 40;
const DECISION: usize = 140;
const WHAT: usize = 40;
const WHO: usize = 40;
const KEY: usize = 60;
const CURRENCY: usize = 6;
const URL: usize = 70;
/// The issue and the decision are printed smaller beyond this many characters.
const ISSUE_LARGE: usize = 50;
const DECISION_LARGE: usize = 120;

/// `text` cut to `max` characters, at a space when there is one near, with an ellipsis;
/// `cut` is set when anything was left out.
fn bound(text: &str, max: usize, cut: &mut bool) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    *cut = true;
    let head: String = text.chars().take(max.saturating_sub(1)).collect();
    let head = match head.rfind(' ') {
        Some(at) if head[..at].chars().count() > max / 2 => &head[..at],
        _ => head.as_str(),
    };
    format!("{}…", head.trim_end())
}

/// The notice's own styles: large type, one printed page (A4 or Letter).
const CSS: &str = "\
@page{margin:12mm}*{box-sizing:border-box}\
body{margin:0 auto;max-width:44rem;padding:1rem;font:12pt/1.3 system-ui,sans-serif;color:#000;background:#fff}\
h1{font-size:20pt;margin:.2rem 0}h2{font-size:12pt;margin:.6rem 0 .2rem;text-transform:uppercase;letter-spacing:.05em}\
p,ul{margin:.3rem 0}\
.decision{font-size:18pt;font-weight:bold;border:4px solid #000;padding:.5rem .8rem;margin:.4rem 0}.decision.long{font-size:12pt}h1.long{font-size:16pt}\
body{overflow-wrap:anywhere}\
table{border-collapse:collapse;width:100%;font-size:11pt;table-layout:fixed}th:first-child{width:50%}.nowrap{white-space:nowrap}.small{font-size:10.5pt}th,td{text-align:left;vertical-align:top;padding:.15rem .4rem;border-bottom:1px solid #555}\
code{font-family:ui-monospace,monospace;font-size:10pt;overflow-wrap:anywhere}\
.foot{display:flex;gap:1rem;align-items:flex-start;margin-top:.8rem}.qr{flex:0 0 30mm}.qr svg{width:30mm;height:30mm}\
@media print{body{padding:0;max-width:none}}";

/// What the notice says, in the order a passer-by reads it.
struct Notice<'a> {
    record: &'a Record,
    /// The council's name, the issue and where and when, bounded.
    name: String,
    issue: String,
    when: String,
    /// The outcome and the decision, as one line.
    line: String,
    /// (what, who, due, jar) of the first tasks, and how many more there are.
    tasks: Vec<(String, String, Option<String>, Option<String>)>,
    more: usize,
    jars: Vec<String>,
    url: Option<String>,
    /// The address as printed (bounded), and the key.
    shown_url: Option<String>,
    key: String,
    /// Some text was cut short: the notice says where the whole council is.
    cut: bool,
}

fn notice<'a>(site: &Site<'a>, record: &'a Record) -> Notice<'a> {
    let lang = site.input.lang;
    let mut cut = false;
    let tasks: Vec<_> = record
        .tasks
        .iter()
        .take(TASKS)
        .map(|t| {
            (
                bound(&d(&t.what), WHAT, &mut cut),
                bound(
                    &t.who.iter().map(|n| d(n)).collect::<Vec<_>>().join(", "),
                    WHO,
                    &mut cut,
                ),
                t.due.map(|due| due.to_string()),
                t.jar.as_ref().map(|j| {
                    format!(
                        "{} {}",
                        j.target,
                        bound(&d(&j.currency), CURRENCY, &mut cut)
                    )
                }),
            )
        })
        .collect();
    let more = record.tasks.len().saturating_sub(TASKS);
    let jars = record
        .tasks
        .iter()
        .take(TASKS)
        .filter_map(|t| {
            let jar = t.jar.as_ref()?;
            Some(tr!(
                lang,
                "notice-jar",
                what = bound(&d(&t.what), WHAT, &mut cut),
                target = jar.target.to_string(),
                currency = bound(&d(&jar.currency), CURRENCY, &mut cut)
            ))
        })
        .collect();
    let url = site
        .input
        .url
        .as_ref()
        .map(|u| absolute(u, &council_href(&record.id)));
    Notice {
        record,
        name: bound(&d(&site.input.name), NAME, &mut cut),
        issue: bound(&d(&record.issue), ISSUE, &mut cut),
        when: when(site, record, &mut cut),
        line: bound(
            &super::pages::decision_line(lang, record),
            DECISION,
            &mut cut,
        ),
        tasks,
        more,
        jars,
        shown_url: url.as_ref().map(|u| bound(&d(u), URL, &mut cut)),
        url,
        key: bound(&d(&record.draw.key), KEY, &mut cut),
        cut,
    }
}

/// The notice as plain text, for a terminal or a text editor.
pub fn text(site: &Site<'_>, record: &Record) -> String {
    let lang = site.input.lang;
    let t = |id: &str| tr!(lang, id);
    let n = notice(site, record);
    let r = n.record;
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "{}\n", n.issue.to_uppercase());
    let _ = writeln!(w, "{}\n", n.when);
    let _ = writeln!(w, "{}", t("notice-decision"));
    let _ = writeln!(w, "  {}\n", n.line);
    if !n.tasks.is_empty() {
        let _ = writeln!(w, "{}", t("notice-tasks"));
        for (what, who, due, _) in &n.tasks {
            let due = due.as_ref().map(|d| format!(" ({d})")).unwrap_or_default();
            let _ = writeln!(w, "  - {what}: {who}{due}");
        }
        if n.more > 0 {
            let _ = writeln!(w, "  {}", tr!(lang, "notice-more", n = n.more));
        }
        let _ = writeln!(w);
    }
    if !n.jars.is_empty() {
        let _ = writeln!(w, "{}", t("notice-jars"));
        for jar in &n.jars {
            let _ = writeln!(w, "  - {jar}");
        }
        let _ = writeln!(w);
    }
    if let Some(review) = r.decision.review {
        let _ = writeln!(
            w,
            "{}\n",
            tr!(lang, "notice-review", date = long_date(lang, review.0))
        );
    }
    let _ = writeln!(w, "{}", t("notice-next"));
    let _ = writeln!(w, "  {}\n", t("site-come-text"));
    let _ = writeln!(w, "{}", t("site-recheck"));
    let _ = writeln!(w, "  {} {}", t("site-recheck-key"), n.key);
    let _ = writeln!(w, "  council verify {}", d(&r.id));
    if let Some(url) = &n.url {
        let _ = writeln!(w, "\n{} {url}", t("notice-page"));
    }
    if n.cut {
        let _ = writeln!(w, "\n{}", t("notice-cut"));
    }
    out
}

fn when(site: &Site<'_>, r: &Record, cut: &mut bool) -> String {
    let lang = site.input.lang;
    let mut when = tr!(
        lang,
        "site-when",
        date = long_date(lang, r.started.date().0),
        start = r.started.0.format("%H:%M").to_string(),
        end = r.ended.0.format("%H:%M").to_string()
    );
    if let Some(place) = &r.place {
        when.push_str(" · ");
        when.push_str(&tr!(
            lang,
            "site-place",
            place = bound(&d(place), PLACE, cut)
        ));
    }
    when
}

/// The QR code of an address, as inline SVG (made by the `qrcode` crate from the address alone).
fn qr(url: &str) -> Option<String> {
    let code = qrcode::QrCode::new(url.as_bytes()).ok()?;
    let svg = code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(160, 160)
        .build();
    // Inline in HTML: the XML declaration goes.
    let start = svg.find("<svg")?;
    Some(svg[start..].to_string())
}

/// The notice as one printable HTML page.
pub fn html(site: &Site<'_>, record: &Record) -> String {
    let lang = site.input.lang;
    let t = |id: &str| tr!(lang, id);
    let n = notice(site, record);
    let r = n.record;
    let markup: Markup = html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (n.issue) " · " (n.name) }
                style { (PreEscaped(CSS)) }
            }
            body {
                main {
                    p { (n.name) " · " (n.when) }
                    h1 class=[(n.issue.chars().count() > ISSUE_LARGE).then_some("long")] { (n.issue) }
                    h2 { (t("notice-decision")) }
                    p.decision.long[n.line.chars().count() > DECISION_LARGE] { (n.line) }
                    @if !n.tasks.is_empty() {
                        @let jars = n.tasks.iter().any(|task| task.3.is_some());
                        h2 { (t("notice-tasks")) }
                        table {
                            thead { tr {
                                th scope="col" { (t("site-col-what")) }
                                th scope="col" { (t("site-col-who")) }
                                th scope="col" { (t("site-col-due")) }
                                @if jars { th scope="col" { (t("notice-jar-target")) } }
                            } }
                            tbody { @for (what, who, due, jar) in &n.tasks {
                                tr {
                                    td { (what) } td { (who) } td.nowrap { @if let Some(due) = due { (due) } }
                                    @if jars { td { @if let Some(jar) = jar { (jar) } } }
                                }
                            } }
                        }
                        @if n.more > 0 { p { (tr!(lang, "notice-more", n = n.more)) } }
                    }
                    @if let Some(review) = r.decision.review {
                        p { strong { (tr!(lang, "notice-review", date = long_date(lang, review.0))) } }
                    }
                    h2 { (t("notice-next")) }
                    p.small { (t("site-come-text")) }
                    div.foot {
                        @if let Some(url) = &n.url {
                            @if let Some(svg) = qr(url) {
                                div.qr role="img" aria-label=(t("notice-qr")) { (PreEscaped(svg)) }
                            }
                        }
                        div {
                            h2 { (t("site-recheck")) }
                            p { (t("site-recheck-key")) " " code { (n.key) } }
                            p { code { "council verify " (d(&r.id)) } }
                            @if let Some(url) = &n.shown_url { p { (t("notice-page")) " " code { (url) } } }
                            @if n.cut { p { (t("notice-cut")) } }
                        }
                    }
                }
            }
        }
    };
    markup.into_string()
}
