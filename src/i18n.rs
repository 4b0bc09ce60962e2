//! Messages in the room's language: Project Fluent files under `i18n/<lang>/`, embedded in the binary.
//!
//! Two languages are in play at once. The council's (`language` in
//! `council.toml`) is the language of the minutes body and the log's README;
//! the record names it, so a body stays a function of its record. The user's
//! (`--lang`, else `LC_ALL`, `LC_MESSAGES`, `LANG`) is the language of the
//! terminal. Plurals follow each language's CLDR rules through Fluent's
//! selectors; weekday and month names are messages like any other.
//!
//! A message missing in one language falls back to English, and English to
//! the message id; `every_language_has_every_message` keeps that from
//! happening in a release.

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// A language the tool speaks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Fr,
    Es,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Es];

    /// The code written in `council.toml`, the record and `--lang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// Reads a code (`fr`), or a locale (`fr_CA.UTF-8`, `es-MX`), as one of the tool's languages.
    pub fn parse(text: &str) -> Option<Lang> {
        let base = text
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == base)
    }

    /// The language a record names: English when it names none.
    pub fn of(named: Option<Lang>) -> Lang {
        named.unwrap_or_default()
    }

    /// What a record writes for this language: nothing for English, so English files stay as they were.
    pub fn named(self) -> Option<Lang> {
        (self != Lang::En).then_some(self)
    }

    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Fr => 1,
            Lang::Es => 2,
        }
    }

    fn sources(self) -> &'static [&'static str] {
        match self {
            Lang::En => &[
                include_str!("../i18n/en/dates.ftl"),
                include_str!("../i18n/en/minutes.ftl"),
                include_str!("../i18n/en/readme.ftl"),
                include_str!("../i18n/en/errors.ftl"),
                include_str!("../i18n/en/terminal.ftl"),
                include_str!("../i18n/en/help.ftl"),
                include_str!("../i18n/en/privacy.ftl"),
                include_str!("../i18n/en/site.ftl"),
                include_str!("../i18n/en/settings.ftl"),
            ],
            Lang::Fr => &[
                include_str!("../i18n/fr/dates.ftl"),
                include_str!("../i18n/fr/minutes.ftl"),
                include_str!("../i18n/fr/readme.ftl"),
                include_str!("../i18n/fr/errors.ftl"),
                include_str!("../i18n/fr/terminal.ftl"),
                include_str!("../i18n/fr/help.ftl"),
                include_str!("../i18n/fr/privacy.ftl"),
                include_str!("../i18n/fr/site.ftl"),
                include_str!("../i18n/fr/settings.ftl"),
            ],
            Lang::Es => &[
                include_str!("../i18n/es/dates.ftl"),
                include_str!("../i18n/es/minutes.ftl"),
                include_str!("../i18n/es/readme.ftl"),
                include_str!("../i18n/es/errors.ftl"),
                include_str!("../i18n/es/terminal.ftl"),
                include_str!("../i18n/es/help.ftl"),
                include_str!("../i18n/es/privacy.ftl"),
                include_str!("../i18n/es/site.ftl"),
                include_str!("../i18n/es/settings.ftl"),
            ],
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Picks the terminal's language from a `--lang` value and the locale variables, in POSIX order.
///
/// The first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty
/// decides; one naming a language the tool does not speak (or `C`) means English.
pub fn user_lang(flag: Option<&str>, var: impl Fn(&str) -> Option<String>) -> Lang {
    if let Some(lang) = flag.and_then(Lang::parse) {
        return lang;
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|v| var(v).filter(|s| !s.is_empty()))
        .and_then(|locale| Lang::parse(&locale))
        .unwrap_or_default()
}

static USER: OnceLock<Lang> = OnceLock::new();

/// Fixes the terminal's language for this process; the first call wins.
pub fn set_user(lang: Lang) {
    let _ = USER.set(lang);
}

/// The terminal's language: English until `main` sets it.
pub fn user() -> Lang {
    USER.get().copied().unwrap_or_default()
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 3] {
    static BUNDLES: OnceLock<[Bundle; 3]> = OnceLock::new();
    BUNDLES.get_or_init(|| Lang::ALL.map(bundle))
}

fn bundle(lang: Lang) -> Bundle {
    let id = lang
        .code()
        .parse()
        .expect("a language code is a language identifier");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks around every argument would end up in minutes and terminals as invisible bytes.
    bundle.set_use_isolating(false);
    for source in lang.sources() {
        let resource = FluentResource::try_new((*source).to_string())
            .unwrap_or_else(|(_, e)| panic!("i18n/{lang}: a message file does not parse: {e:?}"));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|e| panic!("i18n/{lang}: a message is defined twice: {e:?}"));
    }
    bundle
}

/// An argument of a message: text or a number (numbers choose plural forms).
pub enum Arg<'a> {
    Text(std::borrow::Cow<'a, str>),
    Number(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(s.into())
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(s.as_str().into())
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(s.into())
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(usize, u64, u32, u16, i64, i32);

/// Formats message `id` of `lang` with `args`; falls back to English, then to the id itself.
pub fn message(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            Arg::Text(s) => FluentValue::from(s.as_ref()),
            // Counts stay far below 2^53, where f64 is exact and prints no fraction.
            Arg::Number(n) => FluentValue::from(*n as f64),
        };
        fluent.set(*name, value);
    }
    for lang in [lang, Lang::En] {
        let bundle = &bundles()[lang.index()];
        let (message, attribute) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let Some(found) = bundle.get_message(message) else {
            continue;
        };
        let pattern = match attribute {
            Some(a) => found.get_attribute(a).map(|a| a.value()),
            None => found.value(),
        };
        if let Some(pattern) = pattern {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(&fluent), &mut errors)
                .into_owned();
        }
    }
    id.to_string()
}

/// Message `id` of `lang` without arguments, only if that language has it (no fallback).
pub fn translation(lang: Lang, id: &str) -> Option<String> {
    let bundle = &bundles()[lang.index()];
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned(),
    )
}

/// Formats a message: `tr!(lang, "id")` or `tr!(lang, "id", name = value, ...)`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::message(
            $lang,
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),*],
        )
    };
}

/// Writes a date in full, with the language's weekday and month names ("Monday 23 November 2026").
pub fn long_date(lang: Lang, date: NaiveDate) -> String {
    let weekday = message(
        lang,
        &format!("weekday-{}", date.weekday().number_from_monday()),
        &[],
    );
    let month = message(lang, &format!("month-{}", date.month()), &[]);
    message(
        lang,
        "date-long",
        &[
            ("weekday", Arg::from(weekday)),
            ("day", Arg::from(date.day())),
            ("month", Arg::from(month)),
            ("year", Arg::Number(i64::from(date.year()))),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;
    use std::collections::BTreeSet;

    /// Every message and attribute id of one language's files.
    fn ids(lang: Lang) -> BTreeSet<String> {
        let mut ids = BTreeSet::new();
        for source in lang.sources() {
            let resource = FluentResource::try_new((*source).to_string()).unwrap();
            for entry in resource.entries() {
                if let ast::Entry::Message(m) = entry {
                    if m.value.is_some() {
                        ids.insert(m.id.name.to_string());
                    }
                    for a in &m.attributes {
                        ids.insert(format!("{}.{}", m.id.name, a.id.name));
                    }
                }
            }
        }
        ids
    }

    #[test]
    fn every_language_has_every_message() {
        let english = ids(Lang::En);
        assert!(english.len() > 50, "{english:?}");
        for lang in [Lang::Fr, Lang::Es] {
            let other = ids(lang);
            let missing: Vec<_> = english.difference(&other).collect();
            let extra: Vec<_> = other.difference(&english).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "i18n/{lang} lacks {missing:?} and has {extra:?} that English lacks"
            );
        }
    }

    #[test]
    fn every_message_file_parses_without_duplicates() {
        for lang in Lang::ALL {
            let _ = bundle(lang);
        }
    }

    #[test]
    fn dates_use_the_language_s_names() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(long_date(Lang::En, day), "Monday 23 November 2026");
        assert_eq!(long_date(Lang::Fr, day), "lundi 23 novembre 2026");
        assert_eq!(long_date(Lang::Es, day), "lunes 23 de noviembre de 2026");
        let first = NaiveDate::from_ymd_opt(2027, 8, 1).unwrap();
        assert_eq!(long_date(Lang::En, first), "Sunday 1 August 2027");
        assert_eq!(long_date(Lang::Fr, first), "dimanche 1er août 2027");
        assert_eq!(long_date(Lang::Es, first), "domingo 1 de agosto de 2027");
    }

    #[test]
    fn plurals_follow_the_language_s_rules() {
        let n = |lang, n: usize| message(lang, "readme-councils-so-far", &[("n", n.into())]);
        assert!(
            n(Lang::En, 1).starts_with("1 council so far"),
            "{}",
            n(Lang::En, 1)
        );
        assert!(n(Lang::En, 2).starts_with("2 councils so far"));
        // French counts 0 and 1 as singular; Spanish only 1.
        assert!(
            n(Lang::Fr, 0).starts_with("0 conseil "),
            "{}",
            n(Lang::Fr, 0)
        );
        assert!(n(Lang::Fr, 2).starts_with("2 conseils "));
        assert!(
            n(Lang::Es, 0).starts_with("0 consejos "),
            "{}",
            n(Lang::Es, 0)
        );
        assert!(n(Lang::Es, 1).starts_with("1 consejo "));
        // Big counts print as digits, without grouping or a fraction.
        assert!(n(Lang::Fr, 12345).starts_with("12345 conseils"));
    }

    #[test]
    fn a_message_referenced_from_another_keeps_its_arguments() {
        let text = message(
            Lang::En,
            "readme-and-aged-mandates",
            &[("n", 2usize.into()), ("days", 365i64.into())],
        );
        assert_eq!(
            text,
            "and 2 mandates given over 365 days ago and never recalled (`council delegates` lists them)"
        );
    }

    #[test]
    fn a_message_names_no_invisible_marks() {
        let text = message(Lang::Fr, "date-long", &[("weekday", "lundi".into())]);
        assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
    }

    #[test]
    fn the_user_s_language_comes_from_the_flag_then_the_locale() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(user_lang(None, env(&[])), Lang::En);
        assert_eq!(user_lang(None, env(&[("LANG", "fr_FR.UTF-8")])), Lang::Fr);
        assert_eq!(
            user_lang(
                None,
                env(&[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "es_MX")])
            ),
            Lang::Es
        );
        assert_eq!(
            user_lang(None, env(&[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            user_lang(None, env(&[("LC_ALL", ""), ("LANG", "es")])),
            Lang::Es
        );
        assert_eq!(user_lang(Some("fr"), env(&[("LANG", "es")])), Lang::Fr);
        assert_eq!(user_lang(Some("de"), env(&[("LANG", "es")])), Lang::Es);
        assert_eq!(Lang::parse("es-419"), Some(Lang::Es));
        assert_eq!(Lang::parse("de_DE"), None);
    }
}
