//! The error people see: a message, its causes, a hint with the command that fixes it, an exit code.

use crate::i18n::Lang;
use std::cell::Cell;
use std::fmt;
use std::process::ExitCode;

thread_local! {
    /// A language that text bound for a committed file is written in, whatever the terminal's.
    static OVERRIDE: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The language of errors, problems and hints: the terminal's (`i18n::user()`), unless text is
/// being made for a committed file (`in_english`).
pub fn lang() -> Lang {
    OVERRIDE.with(Cell::get).unwrap_or_else(crate::i18n::user)
}

/// Runs `f` with every error and problem it makes written in English.
///
/// Problems that end up in the public log (an abandoned trace's `draw.problem`) belong to the
/// record, which is language-neutral like `left_out.why`: they must not follow the terminal.
pub fn in_english<T>(f: impl FnOnce() -> T) -> T {
    in_lang(Lang::En, f)
}

/// Runs `f` with every error and problem it makes (on this thread) written in `lang`.
pub fn in_lang<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = OVERRIDE.with(|o| o.replace(Some(lang)));
    let out = f();
    OVERRIDE.with(|o| o.set(before));
    out
}

/// Formats an error, problem or hint message of `i18n/<lang>/errors.ftl` in `error::lang()`:
/// `msg!("id")` or `msg!("id", name = value, ...)`.
#[macro_export]
macro_rules! msg {
    ($id:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::tr!($crate::error::lang(), $id $(, $name = $value)*)
    };
}

/// A failure the user can act on, carrying an optional hint and its exit code.
#[derive(Debug)]
pub struct Fail {
    pub message: String,
    pub hint: Option<String>,
    pub code: u8,
}

impl Fail {
    /// A failure (exit 1).
    pub fn new(message: impl Into<String>) -> Fail {
        Fail {
            message: message.into(),
            hint: None,
            code: 1,
        }
    }

    /// A usage error (exit 2): the command line itself is wrong.
    pub fn usage(message: impl Into<String>, hint: impl Into<String>) -> anyhow::Error {
        Fail {
            message: message.into(),
            hint: Some(hint.into()),
            code: 2,
        }
        .into()
    }
}

impl fmt::Display for Fail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Fail {}

/// Makes a failure with a hint that says what to do.
pub fn hint(message: impl Into<String>, hint: impl Into<String>) -> anyhow::Error {
    Fail {
        message: message.into(),
        hint: Some(hint.into()),
        code: 1,
    }
    .into()
}

/// Exit codes are a public contract: 0 ok, 1 failure, 2 usage.
pub const FAILURE: u8 = 1;

/// Tells whether an error is a closed pipe on output, which is no failure (`council log | head`).
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Finds the exit code and hint an error chain carries.
pub fn code_and_hint(error: &anyhow::Error) -> (ExitCode, Option<String>) {
    let fail = error.chain().find_map(|c| c.downcast_ref::<Fail>());
    match fail {
        Some(fail) => (ExitCode::from(fail.code), fail.hint.clone()),
        None => (ExitCode::from(FAILURE), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_follow_the_language_in_force_and_committed_text_stays_english() {
        let say = || crate::msg!("err-lock-another-process");
        assert_eq!(say(), "another process");
        assert_eq!(in_lang(Lang::Fr, say), "un autre processus");
        assert_eq!(in_lang(Lang::Es, say), "otro proceso");
        assert_eq!(
            in_lang(Lang::Fr, || in_english(say)),
            "another process",
            "text for a committed file is English whatever the terminal speaks"
        );
        assert_eq!(lang(), Lang::En, "the override ends with its closure");
    }

    /// Every `"err-…"` id the source names is a message in every language (a missing one would
    /// print its id); `every_language_has_every_message` covers errors.ftl like the other files.
    #[test]
    fn every_error_id_in_the_source_is_a_message_in_every_language() {
        fn ids(dir: &std::path::Path, found: &mut std::collections::BTreeSet<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    ids(&path, found);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for (at, _) in text.match_indices("\"err-") {
                        let rest = &text[at + 1..];
                        let end = rest.find('"').unwrap();
                        let id = &rest[..end];
                        if id.len() > 4 && id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
                            found.insert(id.to_string());
                        }
                    }
                }
            }
        }
        let mut found = std::collections::BTreeSet::new();
        ids(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut found,
        );
        assert!(found.len() > 200, "{}", found.len());
        for id in &found {
            for lang in Lang::ALL {
                let text = in_lang(lang, || crate::msg!(id.as_str()));
                assert_ne!(&text, id, "{id} is no message in i18n/{lang}/errors.ftl");
            }
        }
    }
}
