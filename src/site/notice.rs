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

/// The notice's own styles: large type, one printed page (A4 or Letter).
const CSS: &str = "\
@page{margin:12mm}*{box-sizing:border-box}\
body{margin:0 auto;max-width:44rem;padding:1rem;font:12pt/1.3 system-ui,sans-serif;color:#000;background:#fff}\
h1{font-size:20pt;margin:.2rem 0}h2{font-size:12pt;margin:.8rem 0 .2rem;text-transform:uppercase;letter-spacing:.05em}\
p,ul{margin:.3rem 0}\
.decision{font-size:18pt;font-weight:bold;border:4px solid #000;padding:.5rem .8rem;margin:.4rem 0}\
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.15rem .4rem;border-bottom:1px solid #555}\
code{font-family:ui-monospace,monospace;font-size:10pt;overflow-wrap:anywhere}\
.foot{display:flex;gap:1rem;align-items:flex-start;margin-top:.8rem}.qr{flex:0 0 30mm}.qr svg{width:30mm;height:30mm}\
@media print{body{padding:0;max-width:none}}";

/// What the notice says, in the order a passer-by reads it.
struct Notice<'a> {
    record: &'a Record,
    /// The outcome and the decision, as one line.
    line: String,
    /// (what, who, due, jar) of the first tasks, and how many more there are.
    tasks: Vec<(String, String, Option<String>, Option<String>)>,
    more: usize,
    jars: Vec<String>,
    url: Option<String>,
}

fn notice<'a>(site: &Site<'a>, record: &'a Record) -> Notice<'a> {
    let lang = site.input.lang;
    let tasks: Vec<_> = record
        .tasks
        .iter()
        .map(|t| {
            (
                d(&t.what),
                t.who.iter().map(|n| d(n)).collect::<Vec<_>>().join(", "),
                t.due.map(|due| due.to_string()),
                t.jar
                    .as_ref()
                    .map(|j| format!("{} {}", j.target, d(&j.currency))),
            )
        })
        .collect();
    let more = tasks.len().saturating_sub(TASKS);
    let jars = record
        .tasks
        .iter()
        .filter_map(|t| {
            let jar = t.jar.as_ref()?;
            Some(tr!(
                lang,
                "notice-jar",
                what = d(&t.what),
                target = jar.target.to_string(),
                currency = d(&jar.currency)
            ))
        })
        .collect();
    Notice {
        record,
        line: super::pages::decision_line(lang, record),
        tasks: tasks.into_iter().take(TASKS).collect(),
        more,
        jars,
        url: site
            .input
            .url
            .as_ref()
            .map(|u| absolute(u, &council_href(&record.id))),
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
    let _ = writeln!(w, "{}\n", d(&r.issue).to_uppercase());
    let _ = writeln!(w, "{}\n", when(site, r));
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
    let _ = writeln!(w, "  {} {}", t("site-recheck-key"), d(&r.draw.key));
    let _ = writeln!(w, "  council verify {}", d(&r.id));
    if let Some(url) = &n.url {
        let _ = writeln!(w, "\n{} {url}", t("notice-page"));
    }
    out
}

fn when(site: &Site<'_>, r: &Record) -> String {
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
        when.push_str(&tr!(lang, "site-place", place = d(place)));
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
                title { (d(&r.issue)) " · " (d(&site.input.name)) }
                style { (PreEscaped(CSS)) }
            }
            body {
                main {
                    p { (d(&site.input.name)) " · " (when(site, r)) }
                    h1 { (d(&r.issue)) }
                    h2 { (t("notice-decision")) }
                    p.decision { (n.line) }
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
                                    td { (what) } td { (who) } td { @if let Some(due) = due { (due) } }
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
                    p { (t("site-come-text")) }
                    div.foot {
                        @if let Some(url) = &n.url {
                            @if let Some(svg) = qr(url) {
                                div.qr role="img" aria-label=(t("notice-qr")) { (PreEscaped(svg)) }
                            }
                        }
                        div {
                            h2 { (t("site-recheck")) }
                            p { (t("site-recheck-key")) " " code { (d(&r.draw.key)) } }
                            p { code { "council verify " (d(&r.id)) } }
                            @if let Some(url) = &n.url { p { (t("notice-page")) " " code { (url) } } }
                        }
                    }
                }
            }
        }
    };
    markup.into_string()
}
