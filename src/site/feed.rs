//! The Atom feed (RFC 4287): one entry per council, newest first, with its decision and tasks.

use super::{Site, absolute, council_href, d};
use crate::tr;
use atom_syndication::{Content, Entry, Feed, Link, Person, Text};
use maud::html;

/// How many councils the feed carries: feed readers keep what they have seen.
pub const ENTRIES: usize = 50;

/// The feed's id: `urn:flash-council:<the log's first commit>`, the same in every copy of
/// the log, whatever its name or address, and in no other log. (A log with no commit yet
/// has no councils: its feed is named by the slug of its name.)
pub fn feed_id(input: &super::Input) -> String {
    let log = match &input.log_id {
        Some(root) => root.clone(),
        None => {
            let slug = crate::council::ids::slug(&input.name);
            if slug.is_empty() {
                "log".to_string()
            } else {
                slug
            }
        }
    };
    format!("urn:flash-council:{log}")
}

/// The id of a council's entry: the feed's id and the council's id, which never changes.
pub fn entry_id(input: &super::Input, council: &str) -> String {
    format!("{}:{council}", feed_id(input))
}

/// Keeps only what XML 1.0 allows (the serializer escapes markup, not these).
fn xml_chars(text: &str) -> String {
    text.chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && !matches!(c, '\u{FFFE}' | '\u{FFFF}'))
        })
        .collect()
}

/// The feed as XML.
pub fn render(site: &Site<'_>) -> String {
    let input = site.input;
    let lang = input.lang;
    let name = d(&input.name);
    let href = |page: &str| match &input.url {
        Some(url) => absolute(url, page),
        None => page.to_string(),
    };
    let updated = site
        .councils
        .first()
        .map(|(_, r)| r.ended.0)
        .or(input.updated.map(|t| t.0))
        .unwrap_or_else(|| {
            input
                .today
                .0
                .and_hms_opt(0, 0, 0)
                .unwrap_or_default()
                .and_utc()
                .fixed_offset()
        });
    let mut feed = Feed {
        title: Text::plain(tr!(lang, "site-feed-title", name = name.as_str())),
        id: feed_id(input),
        updated,
        authors: vec![Person {
            name: name.clone(),
            ..Person::default()
        }],
        lang: Some(lang.code().to_string()),
        ..Feed::default()
    };
    feed.links = vec![Link {
        href: href("index.html"),
        rel: "alternate".into(),
        mime_type: Some("text/html".into()),
        ..Link::default()
    }];
    if let Some(url) = &input.url {
        feed.links.push(Link {
            href: absolute(url, "feed.xml"),
            rel: "self".into(),
            mime_type: Some("application/atom+xml".into()),
            ..Link::default()
        });
    }
    for (_, r) in site.councils.iter().take(ENTRIES) {
        let t = |id: &str| tr!(lang, id);
        let tasks: Vec<_> = r.tasks.iter().collect();
        let summary = super::pages::decision_line(lang, r);
        let body = html! {
            p { (summary) }
            @if let Some(review) = r.decision.review { p { (tr!(lang, "site-review", date = review.to_string())) } }
            @if !tasks.is_empty() {
                p { (t("site-tasks")) }
                ul { @for task in &tasks {
                    li {
                        (d(&task.what)) " — " (task.who.iter().map(|n| d(n)).collect::<Vec<_>>().join(", "))
                        @if let Some(due) = task.due { " (" (due.to_string()) ")" }
                    }
                } }
            }
            p { (tr!(lang, "site-facilitator", name = d(&r.facilitator))) ". " (t("site-recheck-key")) " " code { (d(&r.draw.key)) } }
        };
        feed.entries.push(Entry {
            title: Text::plain(d(&r.issue)),
            id: entry_id(input, &r.id),
            updated: r.ended.0,
            published: Some(r.started.0),
            summary: Some(Text::plain(summary)),
            content: Some(Content {
                value: Some(body.into_string()),
                content_type: Some("html".into()),
                ..Content::default()
            }),
            links: vec![Link {
                href: href(&council_href(&r.id)),
                rel: "alternate".into(),
                mime_type: Some("text/html".into()),
                ..Link::default()
            }],
            ..Entry::default()
        });
    }
    let mut xml = xml_chars(&feed.to_string());
    xml.push('\n');
    xml
}
