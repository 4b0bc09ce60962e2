//! The pages of the site: maud templates, which escape every value they print.

use super::{Page, Site, absolute, council_href, d, draw_command, labelled};
use crate::council::Record;
use crate::council::answers::TaskStatus;
use crate::council::ledger::{MandateStatus, TaskState};
use crate::i18n::{Lang, long_date};
use crate::tr;
use maud::{DOCTYPE, Markup, PreEscaped, html};

/// One stylesheet, inline in every page: phone first, dark text on white (contrast above
/// 7:1), wide tables scroll, print drops the navigation.
pub const CSS: &str = "\
*{box-sizing:border-box}\
body{margin:0 auto;max-width:52rem;padding:1rem;font:1rem/1.5 system-ui,sans-serif;color:#111;background:#fff;overflow-wrap:break-word}\
a{color:#0b4f9c}a:focus{outline:3px solid #c60}\
.skip{position:absolute;left:-999px}.skip:focus{left:1rem}\
nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:0 0 1rem}\
h1{font-size:1.6rem;line-height:1.2}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #999}\
.table{overflow-x:auto}table{border-collapse:collapse;width:100%}\
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #bbb;overflow-wrap:anywhere}\
.decision{font-size:1.25rem;border-left:6px solid #0b4f9c;padding:.5rem 1rem;background:#eef3fa}\
.flag{font-weight:bold;color:#8a1c00}.nowrap{white-space:nowrap}\
.box{border:2px solid #333;padding:.5rem 1rem;margin:1rem 0}\
code,pre{font-family:ui-monospace,monospace;background:#f2f2f2;overflow-wrap:anywhere}\
pre{padding:.5rem;white-space:pre-wrap}\
figure{margin:1rem 0}svg text{font:14px system-ui,sans-serif;fill:#111}\
footer{margin-top:3rem;font-size:.9rem;color:#333}\
@media print{nav,.skip,footer{display:none}body{max-width:none;padding:0}a{color:#000;text-decoration:none}h2{break-after:avoid}tr{break-inside:avoid}}";

/// Every page of the site.
pub fn all(site: &Site<'_>) -> Vec<Page> {
    let mut pages = vec![
        page("index.html", index(site)),
        page("councils.html", councils(site)),
        page("tasks.html", tasks(site)),
        page("delegates.html", delegates(site)),
        page("rotation.html", rotation(site)),
        page("abandoned.html", abandoned(site)),
        page("corrections.html", corrections(site)),
    ];
    for (path, record) in &site.councils {
        pages.push(page(&council_href(&record.id), council(site, record, path)));
    }
    pages
}

fn page(path: &str, markup: Markup) -> Page {
    Page {
        path: path.to_string(),
        bytes: markup.into_string().into_bytes(),
    }
}

/// The frame of every page: language, title, styles, navigation, one `h1`, footer.
fn layout(site: &Site<'_>, root: &str, title: &str, body: Markup) -> Markup {
    let lang = site.input.lang;
    let t = |id: &str| tr!(lang, id);
    let name = d(&site.input.name);
    let nav = [
        ("index.html", "site-nav-home"),
        ("councils.html", "site-nav-councils"),
        ("tasks.html", "site-nav-tasks"),
        ("delegates.html", "site-nav-delegates"),
        ("rotation.html", "site-nav-rotation"),
        ("abandoned.html", "site-nav-abandoned"),
        ("corrections.html", "site-nav-corrections"),
        ("feed.xml", "site-nav-feed"),
    ];
    html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) @if title != name { " · " (name) } }
                link rel="alternate" type="application/atom+xml" href={ (root) "feed.xml" } title=(name);
                style { (PreEscaped(CSS)) }
            }
            body {
                a.skip href="#main" { (t("site-skip")) }
                header {
                    p { a href={ (root) "index.html" } { (name) } }
                    nav aria-label=(t("site-nav")) {
                        ul {
                            @for (href, id) in nav {
                                li { a href={ (root) (href) } { (t(id)) } }
                            }
                        }
                    }
                }
                main id="main" {
                    h1 { (title) }
                    (body)
                }
                footer { p { (t("site-footer")) } }
            }
        }
    }
}

fn date(lang: Lang, d: crate::council::time::Date) -> String {
    long_date(lang, d.0)
}

fn outcome(lang: Lang, record: &Record) -> String {
    tr!(
        lang,
        &format!("site-outcome-{}", record.decision.outcome.as_str())
    )
}

/// The outcome and the decision in the council's own words, when it has them.
pub fn decision_line(lang: Lang, record: &Record) -> String {
    let outcome = outcome(lang, record);
    match crate::council::summary::decision_of(record) {
        Some(text) => labelled(lang, &outcome, &d(&text)),
        None => outcome,
    }
}

fn councils_table(site: &Site<'_>, rows: &[&(String, Record)], root: &str) -> Markup {
    let lang = site.input.lang;
    let t = |id: &str| tr!(lang, id);
    html! {
        div.table {
            table {
                thead { tr {
                    th scope="col" { (t("site-col-date")) }
                    th scope="col" { (t("site-col-issue")) }
                    th scope="col" { (t("site-col-decision")) }
                    th scope="col" { (t("site-col-facilitator")) }
                } }
                tbody {
                    @for (_, r) in rows {
                        tr {
                            td.nowrap { (r.started.date().to_string()) }
                            td { a href={ (root) (council_href(&r.id)) } { (d(&r.issue)) } }
                            td { (decision_line(lang, r)) }
                            td { (d(&r.facilitator)) }
                        }
                    }
                }
            }
        }
    }
}

fn tasks_table(site: &Site<'_>, tasks: &[&TaskState], root: &str, status: bool) -> Markup {
    let lang = site.input.lang;
    let t = |id: &str| tr!(lang, id);
    html! {
        div.table {
            table {
                thead { tr {
                    th scope="col" { (t("site-col-what")) }
                    th scope="col" { (t("site-col-who")) }
                    th scope="col" { (t("site-col-due")) }
                    @if status { th scope="col" { (t("site-col-status")) } }
                    th scope="col" { (t("site-col-note")) }
                } }
                tbody {
                    @for task in tasks {
                        tr {
                            td {
                                (d(&task.what)) br;
                                a href={ (root) (council_href(&task.council)) } { small { (task.id) } }
                            }
                            td { (task.who.iter().map(|n| d(n)).collect::<Vec<_>>().join(", ")) }
                            td.nowrap {
                                @if let Some(due) = task.due { (due.to_string()) }
                                @if task.overdue { br; span.flag { (t("site-overdue")) } }
                            }
                            @if status { td { (tr!(lang, &format!("site-status-{}", task.status.as_str()))) } }
                            td { @if let Some(note) = &task.note { (d(note)) } }
                        }
                    }
                }
            }
        }
    }
}

fn jars_table(site: &Site<'_>, tasks: &[&TaskState]) -> Markup {
    let lang = site.input.lang;
    let t = |id: &str| tr!(lang, id);
    html! {
        div.table {
            table {
                thead { tr {
                    th scope="col" { (t("site-col-what")) }
                    th scope="col" { (t("site-col-target")) }
                    th scope="col" { (t("site-col-collected")) }
                    th scope="col" { (t("site-col-spent")) }
                    th scope="col" { (t("site-col-left")) }
                    th scope="col" { (t("site-col-flags")) }
                } }
                tbody {
                    @for task in tasks {
                        @if let Some(j) = &task.jar {
                            @let c = d(&j.currency);
                            tr {
                                td { (d(&task.what)) }
                                td { (j.target) " " (c) }
                                td { (j.collected) " " (c) }
                                td { (j.spent) " " (c) }
                                td { (j.left) " " (c) }
                                td { @for flag in crate::readme::jar_flags(task, j) {
                                    span.flag { (t(&flag.replace("readme-", "site-"))) } " "
                                } }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A jar the neighbors still need to see: its task open, money left after it ended, or more
/// than its target.
fn jar_in_play(task: &TaskState) -> bool {
    task.jar
        .as_ref()
        .is_some_and(|j| task.status == TaskStatus::Open || j.flag.is_some())
}

fn none(lang: Lang) -> Markup {
    html! { p { (tr!(lang, "site-none")) } }
}

fn index(site: &Site<'_>) -> Markup {
    let lang = site.input.lang;
    let t = |id: &str| tr!(lang, id);
    let name = d(&site.input.name);
    let recent: Vec<_> = site
        .councils
        .iter()
        .take(super::INDEX_COUNCILS)
        .copied()
        .collect();
    let open: Vec<_> = site
        .tasks
        .iter()
        .filter(|t| t.status == TaskStatus::Open)
        .collect();
    let jars: Vec<_> = site.tasks.iter().filter(|t| jar_in_play(t)).collect();
    let active: Vec<_> = site
        .mandates
        .iter()
        .filter(|m| m.status == MandateStatus::Active)
        .collect();
    let body = html! {
        p { (tr!(lang, "site-intro", name = name.as_str(), n = site.councils.len())) }
        h2 { (t("site-recent")) }
        @if recent.is_empty() { (none(lang)) } @else { (councils_table(site, &recent, "")) }
        @if site.councils.len() > recent.len() {
            p { a href="councils.html" { (tr!(lang, "site-all-councils", n = site.councils.len())) } }
        }
        h2 { (t("site-open-tasks")) }
        @if open.is_empty() { (none(lang)) } @else { (tasks_table(site, &open, "", false)) }
        h2 { (t("site-jars")) }
        @if jars.is_empty() { (none(lang)) } @else { (jars_table(site, &jars)) }
        h2 { (t("site-active-delegates")) }
        @if active.is_empty() { (none(lang)) } @else {
            ul { @for m in &active {
                li { (tr!(lang, "site-delegate-line", name = d(&m.name), to = d(&m.to), mandate = d(&m.mandate))) }
            } }
        }
        h2 { (t("site-gains")) }
        @if site.gains.is_empty() { (none(lang)) } @else {
            ul { @for g in site.gains.iter().rev().take(super::INDEX_COUNCILS) {
                li {
                    (d(&g.gained))
                    @if g.without_permission { " (" (t("site-without-permission")) ")" }
                    " — " a href=(council_href(&g.council)) { (g.date.to_string()) }
                }
            } }
        }
        h2 { (t("site-come")) }
        p { (t("site-come-text")) }
    };
    layout(site, "", &name, body)
}

fn councils(site: &Site<'_>) -> Markup {
    let lang = site.input.lang;
    let all: Vec<_> = site.councils.to_vec();
    let body = html! {
        @if all.is_empty() { (none(lang)) } @else { (councils_table(site, &all, "")) }
    };
    layout(site, "", &tr!(lang, "site-nav-councils"), body)
}

fn council(site: &Site<'_>, r: &Record, path: &str) -> Markup {
    let lang = site.input.lang;
    let t = |id: &str| tr!(lang, id);
    let root = "../";
    let corrections: Vec<_> = site
        .input
        .corrections
        .iter()
        .filter(|(_, c)| c.council == r.id)
        .collect();
    let tasks: Vec<_> = site.tasks.iter().filter(|t| t.council == r.id).collect();
    let present: Vec<String> = r.attendees.iter().map(|a| d(&a.name)).collect();
    let body = html! {
        p {
            (tr!(lang, "site-when", date = date(lang, r.started.date()),
                start = r.started.0.format("%H:%M").to_string(), end = r.ended.0.format("%H:%M").to_string()))
            @if let Some(place) = &r.place { " · " (tr!(lang, "site-place", place = d(place))) }
        }
        @if !corrections.is_empty() {
            div.box role="note" {
                h2 { (t("site-corrections-title")) }
                ul { @for (_, c) in &corrections { li { (labelled(lang, &c.filed.date().to_string(), &d(&c.note))) } } }
            }
        }
        h2 { (t("site-decision")) }
        div.decision {
            p { (decision_line(lang, r)) }
        }
        @if let Some(proposal) = &r.decision.proposal { p { (t("site-proposal")) " " (d(proposal)) } }
        @if let Some(review) = r.decision.review { p { (tr!(lang, "site-review", date = review.to_string())) } }
        h2 { (t("site-people")) }
        ul {
            li { (tr!(lang, "site-facilitator", name = d(&r.facilitator))) }
            @if let Some(support) = &r.draw.support { li { (tr!(lang, "site-support", name = d(support))) } }
            li { (tr!(lang, "site-spokesperson", name = d(&r.spokesperson))) }
            li { (tr!(lang, "site-present", n = present.len(), names = present.join(", "))) }
        }
        @if !tasks.is_empty() {
            h2 { (t("site-tasks")) }
            (tasks_table(site, &tasks, root, true))
        }
        @if !r.report_backs.is_empty() {
            h2 { (t("site-report-backs")) }
            ul { @for rb in &r.report_backs {
                li { (labelled(lang, &d(&rb.task), &tr!(lang, &format!("site-status-{}", rb.status.as_str()))))
                    @if let Some(note) = &rb.note { " — " (d(note)) } }
            } }
        }
        @if let Some(del) = &r.delegate {
            @if let (Some(name), Some(to), Some(mandate)) = (&del.name, &del.to, &del.mandate) {
                h2 { (t("site-delegate")) }
                p { (tr!(lang, "site-delegate-line", name = d(name), to = d(to), mandate = d(mandate))) }
            }
        }
        @if let Some(s) = &r.sovereignty {
            h2 { (t("site-sovereignty")) }
            p { (d(&s.gained)) @if s.without_permission { " (" (t("site-without-permission")) ")" } }
        }
        @if let Some(closing) = &r.closing {
            @if let Some(ritual) = &closing.ritual {
                h2 { (t("site-closing")) }
                p { (d(ritual)) @if !closing.words.is_empty() { " — " (closing.words.iter().map(|w| d(w)).collect::<Vec<_>>().join(", ")) } }
            }
        }
        h2 { (t("site-draw")) }
        p {
            @if r.draw.rolled { (t("site-draw-rolled")) } @else { (t("site-draw-called")) }
            " " (r.draw.sources.iter().map(|s| d(s)).collect::<Vec<_>>().join(" / "))
        }
        div.table {
            table {
                thead { tr {
                    th scope="col" { "i" }
                    th scope="col" { (t("site-col-role")) }
                    th scope="col" { (t("site-col-pool")) }
                    th scope="col" { (t("site-col-selected")) }
                    th scope="col" { (t("site-col-accepted")) }
                } }
                tbody { @for step in &r.draw.steps {
                    tr {
                        td { (step.i) }
                        td { (t(&format!("site-role-{}", step.role.as_str()))) }
                        td {
                            (step.pool.iter().map(|n| d(n)).collect::<Vec<_>>().join(", "))
                            @for left in &step.left_out { br; small { (tr!(lang, "site-left-out", name = d(&left.name), why = d(&crate::minutes::why(lang, &left.why)))) } }
                        }
                        td { (tr!(lang, "site-position", name = d(&step.selected), position = step.position + 1, of = step.pool.len())) }
                        td { @if step.accepted { (t("site-yes")) } @else { (t("site-no")) } }
                    }
                } }
            }
        }
        section.box aria-labelledby="recheck" {
            h2 id="recheck" { (t("site-recheck")) }
            p { (t("site-recheck-key")) " " code { (d(&r.draw.key)) } }
            p { (t("site-recheck-text")) }
            pre { code { "council verify " (d(&r.id)) } }
            @if let Some(command) = draw_command(r) {
                p { (t("site-recheck-draw")) }
                pre { code { (command) } }
            }
            p { (t("site-recheck-tool")) }
        }
        p { (t("site-minutes")) " " code { (d(path)) }
            @if let Some(url) = &site.input.url { " · " a href=(absolute(url, &council_href(&r.id))) { (t("site-permalink")) } } }
    };
    layout(site, root, &d(&r.issue), body)
}

fn tasks(site: &Site<'_>) -> Markup {
    let lang = site.input.lang;
    let all: Vec<_> = site.tasks.iter().rev().collect();
    let jars: Vec<_> = site.tasks.iter().filter(|t| t.jar.is_some()).collect();
    let body = html! {
        @if all.is_empty() { (none(lang)) } @else { (tasks_table(site, &all, "", true)) }
        @if !jars.is_empty() { h2 { (tr!(lang, "site-jars-all")) } (jars_table(site, &jars)) }
    };
    layout(site, "", &tr!(lang, "site-nav-tasks"), body)
}

fn delegates(site: &Site<'_>) -> Markup {
    let lang = site.input.lang;
    let t = |id: &str| tr!(lang, id);
    let body = html! {
        p { (t("site-delegates-intro")) }
        @if site.mandates.is_empty() { (none(lang)) } @else {
            div.table { table {
                thead { tr {
                    th scope="col" { (t("site-col-delegate")) }
                    th scope="col" { (t("site-col-to")) }
                    th scope="col" { (t("site-col-mandate")) }
                    th scope="col" { (t("site-col-status")) }
                } }
                tbody { @for m in site.mandates.iter().rev() {
                    tr {
                        td { (d(&m.name)) }
                        td { (d(&m.to)) }
                        td { (d(&m.mandate)) br; a href=(council_href(&m.council)) { small { (m.council) } } }
                        td { @match &m.recalled_by {
                            Some(by) => { (t("site-mandate-recalled")) " " a href=(council_href(by)) { small { (by) } } },
                            None => { (t("site-mandate-active")) },
                        } }
                    }
                } }
            } }
        }
    };
    layout(site, "", &t("site-nav-delegates"), body)
}

/// A bar per person: facilitation turns, drawn as SVG on the server.
fn chart(site: &Site<'_>) -> Markup {
    let lang = site.input.lang;
    let mut people: Vec<_> = site.stats.people.iter().collect();
    people.sort_by(|a, b| {
        b.facilitated
            .cmp(&a.facilitated)
            .then_with(|| a.name.cmp(&b.name))
    });
    let most = people
        .iter()
        .map(|p| p.facilitated)
        .max()
        .unwrap_or(0)
        .max(1);
    let (label_w, bar_w, row_h) = (110usize, 190usize, 24usize);
    let height = row_h * people.len().max(1) + 8;
    let width = label_w + bar_w + 40;
    html! {
        svg xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (width) " " (height) } width="100%"
            role="img" aria-labelledby="chart-title" {
            title id="chart-title" { (tr!(lang, "site-chart-label")) }
            @for (n, p) in people.iter().enumerate() {
                @let y = 4 + n * row_h;
                @let w = bar_w * p.facilitated / most;
                text x=(label_w - 8) y=(y + 16) text-anchor="end" { (short(&d(&p.name))) }
                rect x=(label_w) y=(y + 3) width=(w) height=(row_h - 8) fill="#0b4f9c" {}
                text x=(label_w + w + 6) y=(y + 16) { (p.facilitated) }
            }
        }
    }
}

/// A name short enough for the chart's labels; the table below gives it whole.
fn short(name: &str) -> String {
    if name.chars().count() <= 12 {
        return name.to_string();
    }
    let mut cut: String = name.chars().take(11).collect();
    cut.push('…');
    cut
}

fn rotation(site: &Site<'_>) -> Markup {
    let lang = site.input.lang;
    let t = |id: &str| tr!(lang, id);
    let body = html! {
        @if site.input.privacy == crate::council::settings::Privacy::Cards {
            p { (t("site-rotation-cards")) }
        } @else {
        p { (t("site-rotation-intro")) }
        p { strong { (tr!(lang, "site-gini", gini = format!("{:.2}", site.stats.gini))) } }
        @if site.stats.people.is_empty() { (none(lang)) } @else {
            figure {
                (chart(site))
                figcaption { (t("site-chart-label")) }
            }
            div.table { table {
                thead { tr {
                    th scope="col" { (t("site-col-person")) }
                    th scope="col" { (t("site-col-attended")) }
                    th scope="col" { (t("site-col-facilitated")) }
                    th scope="col" { (t("site-col-spoke")) }
                } }
                tbody { @for p in &site.stats.people {
                    tr { td { (d(&p.name)) } td { (p.attended) } td { (p.facilitated) } td { (p.spoke) } }
                } }
            } }
        }
        }
    };
    layout(site, "", &t("site-nav-rotation"), body)
}

fn abandoned(site: &Site<'_>) -> Markup {
    let lang = site.input.lang;
    let t = |id: &str| tr!(lang, id);
    let mut traces: Vec<_> = site.input.abandoned.iter().collect();
    traces.sort_by(|a, b| (b.started, &b.id).cmp(&(a.started, &a.id)));
    let body = html! {
        p { (t("site-abandoned-intro")) }
        @if traces.is_empty() { (none(lang)) } @else {
            ul { @for a in &traces {
                li {
                    (labelled(lang, &a.started.date().to_string(), &d(&a.issue))) " — "
                    (t("site-pool")) " " (a.draw.pool.iter().map(|n| d(n)).collect::<Vec<_>>().join(", "))
                    @if !a.draw.sources.is_empty() { "; " (t("site-sources")) " " (a.draw.sources.iter().map(|s| d(s)).collect::<Vec<_>>().join(" / ")) }
                    " (" code { (d(&a.path())) } ")"
                }
            } }
        }
    };
    layout(site, "", &t("site-nav-abandoned"), body)
}

fn corrections(site: &Site<'_>) -> Markup {
    let lang = site.input.lang;
    let t = |id: &str| tr!(lang, id);
    let mut list: Vec<_> = site.input.corrections.iter().collect();
    list.sort_by(|a, b| (b.1.filed, &b.0).cmp(&(a.1.filed, &a.0)));
    let body = html! {
        p { (t("site-corrections-intro")) }
        @if list.is_empty() { (none(lang)) } @else {
            ul { @for (_, c) in &list {
                li {
                    (c.filed.date().to_string()) ", "
                    @if site.council(&c.council).is_some() {
                        a href=(council_href(&c.council)) { (d(&c.council)) }
                    } @else { code { (d(&c.council)) } }
                    " — " (d(&c.note))
                }
            } }
        }
    };
    layout(site, "", &t("site-nav-corrections"), body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chart_labels_are_cut_on_character_boundaries() {
        assert_eq!(short("Ana"), "Ana");
        assert_eq!(short("Élisabeth-Marguerite"), "Élisabeth-M…");
        assert_eq!(short("ÉÉÉÉÉÉÉÉÉÉÉÉ"), "ÉÉÉÉÉÉÉÉÉÉÉÉ");
    }
}
