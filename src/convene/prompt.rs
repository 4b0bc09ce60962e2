//! Prompts at the meeting: dialoguer on the terminal, each showing the time left.

use crate::clock;
use crate::council::limits;
use crate::council::time::Timestamp;
use anyhow::Result;
use dialoguer::console::Term;
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{Confirm, Input, MultiSelect, Select};
use std::fmt;
use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};

/// The room pressed Ctrl-C: the run ends, and `main` prints this alone (no `error:`) and exits 1.
///
/// Prompts return it; nothing else prints or exits on Ctrl-C, so the line is
/// printed exactly once, after the journal holds every answer given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interrupted {
    /// At the first question, before anything was journaled: there is nothing to resume.
    BeforeJournal,
    /// The journal holds the answers given so far.
    JournalKept,
}

impl fmt::Display for Interrupted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let id = match self {
            Interrupted::BeforeJournal => "convene-interrupted-before",
            Interrupted::JournalKept => "convene-interrupted",
        };
        f.write_str(&crate::tr!(crate::i18n::user(), id))
    }
}

impl std::error::Error for Interrupted {}

/// Set by the Ctrl-C handler when SIGINT arrives between two prompts; the next prompt ends the run.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Notes a Ctrl-C (SIGINT): the next prompt returns [`Interrupted`] instead of asking.
///
/// Safe to call from the signal handler's thread: it only sets a flag.
pub fn note_interrupt() {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

/// Tells whether a Ctrl-C arrived since the handler was installed (the floor checks between keys).
pub fn interrupt_noted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Finds the interruption an error chain carries, if the room pressed Ctrl-C.
pub fn interrupted(error: &anyhow::Error) -> Option<Interrupted> {
    error
        .chain()
        .find_map(|cause| cause.downcast_ref::<Interrupted>())
        .copied()
}

/// Asks the room, one question at a time, with the timebox in every prompt.
pub struct Prompter {
    term: Term,
    theme: Box<dyn Theme>,
    /// When the council started and its timebox in minutes, once known.
    timebox: Option<(Timestamp, u32)>,
    timings: Option<Timings>,
    color: bool,
    /// The smallest notice given so far (10, 5 or 0 minutes left), so each is given once.
    noticed: std::cell::Cell<Option<i64>>,
    /// Under privacy = "pseudonyms": who is behind each pseudonym, shown on screen only.
    roster: Option<crate::council::privacy::Roster>,
}

/// Benchmark-only: `COUNCIL_BENCH_TIMINGS=FILE` logs when each prompt is shown and answered.
struct Timings {
    file: std::fs::File,
}

/// One origin for every prompter of the process, so their timings compare.
static ORIGIN: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

pub const TIMINGS_VAR: &str = "COUNCIL_BENCH_TIMINGS";

/// Tells whether prompts can be shown: stdin and stderr must both be terminals.
pub fn can_prompt() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

impl Prompter {
    pub fn new(color: bool) -> Prompter {
        let theme: Box<dyn Theme> = if color {
            Box::new(ColorfulTheme::default())
        } else {
            Box::new(SimpleTheme)
        };
        let timings = std::env::var_os(TIMINGS_VAR).and_then(|path| {
            let file = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
                .ok()?;
            ORIGIN.get_or_init(std::time::Instant::now);
            Some(Timings { file })
        });
        Prompter {
            term: Term::stderr(),
            theme,
            timebox: None,
            timings,
            color,
            noticed: std::cell::Cell::new(None),
            roster: None,
        }
    }

    /// Shows the real names behind the pseudonyms in every prompt (this screen only).
    pub fn set_roster(&mut self, roster: crate::council::privacy::Roster) {
        self.roster = Some(roster);
    }

    /// `text` as the screen shows it: pseudonyms this laptop knows as real names.
    pub fn shown(&self, text: &str) -> String {
        match &self.roster {
            Some(roster) => roster.reveal(text),
            None => text.to_string(),
        }
    }

    /// The floor as the screen shows it: the same people, in the same order, by real name.
    pub fn shown_floor(
        &self,
        floor: &crate::council::floor::Floor,
    ) -> crate::council::floor::Floor {
        let mut shown = floor.clone();
        if let Some(roster) = &self.roster {
            for p in &mut shown.people {
                p.name = roster.reveal(&p.name);
            }
            for w in &mut shown.stack {
                w.name = roster.reveal(&w.name);
            }
        }
        shown
    }

    fn shown_all(&self, items: &[String]) -> Vec<String> {
        items.iter().map(|i| self.shown(i)).collect()
    }

    /// The start of the council and its timebox in minutes, once known.
    pub fn timebox(&self) -> Option<(Timestamp, u32)> {
        self.timebox
    }

    /// Whether the prompts use color (`--color`, `NO_COLOR`).
    pub fn color(&self) -> bool {
        self.color
    }

    /// Logs a benchmark event: `<microseconds since start> <event> <question>`.
    pub(super) fn mark(&self, event: &str, question: &str) {
        if let Some(t) = &self.timings {
            use std::io::Write as _;
            let micros = ORIGIN
                .get_or_init(std::time::Instant::now)
                .elapsed()
                .as_micros();
            let _ = writeln!(&t.file, "{micros} {event} {question}");
        }
    }

    pub fn set_timebox(&mut self, started: Timestamp, minutes: u32) {
        if self.timebox.is_some_and(|(_, old)| old != minutes) {
            self.noticed.set(None);
        }
        self.timebox = Some((started, minutes));
    }

    /// Minutes left in the timebox; zero or less once it has run out.
    pub fn minutes_left(&self) -> Option<i64> {
        let (started, minutes) = self.timebox?;
        let now = clock::now().ok()?;
        let end = started.0 + chrono::Duration::minutes(i64::from(minutes));
        let seconds = (end - now.0).num_seconds();
        Some(if seconds <= 0 { 0 } else { (seconds + 59) / 60 })
    }

    pub fn time_is_up(&self) -> bool {
        self.minutes_left() == Some(0)
    }

    /// Says, once each, that 10 or 5 minutes are left or that time is up, before a prompt.
    fn notice(&self, left: Option<i64>) {
        let Some(left) = left else { return };
        let Some(threshold) = [0, 5, 10].into_iter().find(|t| left <= *t) else {
            return;
        };
        if self.noticed.get().is_some_and(|n| n <= threshold) {
            return;
        }
        self.noticed.set(Some(threshold));
        self.say(&match threshold {
            0 => format!(
                "\n{}",
                crate::tr!(crate::i18n::user(), "convene-notice-time-up")
            ),
            t => format!(
                "\n{}",
                crate::tr!(crate::i18n::user(), "convene-notice-left", n = t)
            ),
        });
    }

    fn label(&self, question: &str) -> String {
        let question = &self.shown(question);
        let left = self.minutes_left();
        self.notice(left);
        match left {
            Some(0) => crate::tr!(
                crate::i18n::user(),
                "convene-label-time-up",
                question = question
            ),
            Some(m) => crate::tr!(
                crate::i18n::user(),
                "convene-label-left",
                n = m,
                question = question
            ),
            None => question.to_string(),
        }
    }

    /// Prints a line for the room, on stderr.
    pub fn say(&self, text: &str) {
        let _ = self
            .term
            .write_line(&crate::ui::clean_lines(&self.shown(text)));
    }

    /// Asks for text, Enter giving `default`; `check` refuses an answer with a message and asks again.
    pub fn text(
        &self,
        question: &str,
        default: Option<&str>,
        allow_empty: bool,
        check: impl Fn(&str) -> Result<(), String>,
    ) -> Result<String> {
        self.input(question, default, false, allow_empty, check)
    }

    /// Asks for text pre-filled with an answer given before: Enter keeps it, and it can be
    /// changed or erased like any typed text.
    pub fn edit(
        &self,
        question: &str,
        given: Option<&str>,
        allow_empty: bool,
        check: impl Fn(&str) -> Result<(), String>,
    ) -> Result<String> {
        self.input(question, given, true, allow_empty, check)
    }

    fn input(
        &self,
        question: &str,
        default: Option<&str>,
        editable: bool,
        allow_empty: bool,
        check: impl Fn(&str) -> Result<(), String>,
    ) -> Result<String> {
        let mut input = Input::<String>::with_theme(&*self.theme)
            .with_prompt(self.label(question))
            .allow_empty(allow_empty)
            // No answer is longer than the longest text the answers may hold.
            .validate_with(|s: &String| {
                limits::text("the answer", s.trim(), limits::LONG).map_err(|_| {
                    crate::tr!(
                        crate::i18n::user(),
                        "convene-answer-too-long",
                        max = limits::LONG
                    )
                })?;
                check(s.trim())
            });
        match default.filter(|d| !d.is_empty()) {
            Some(given) if editable => input = input.with_initial_text(given.to_string()),
            Some(default) => input = input.default(default.to_string()),
            None => {}
        }
        self.ask(question, |term| input.interact_text_on(term))
            .map(|answer| answer.trim().to_string())
    }

    pub fn confirm(&self, question: &str, default: bool) -> Result<bool> {
        let confirm = Confirm::with_theme(&*self.theme)
            .with_prompt(self.label(question))
            .default(default);
        self.ask(question, |term| confirm.interact_on(term))
    }

    pub fn select(&self, question: &str, items: &[String], default: usize) -> Result<usize> {
        let select = Select::with_theme(&*self.theme)
            .with_prompt(self.label(question))
            .items(self.shown_all(items))
            .default(default);
        self.ask(question, |term| select.interact_on(term))
    }

    pub fn multi(&self, question: &str, items: &[String]) -> Result<Vec<usize>> {
        self.multi_marked(question, items, &[])
    }

    /// A multi-select with some items already marked (answers given before a resume).
    pub fn multi_marked(
        &self,
        question: &str,
        items: &[String],
        marked: &[bool],
    ) -> Result<Vec<usize>> {
        let mut multi = MultiSelect::with_theme(&*self.theme)
            .with_prompt(self.label(&crate::tr!(
                crate::i18n::user(),
                "convene-multi",
                question = question
            )))
            .items(self.shown_all(items));
        if marked.len() == items.len() {
            multi = multi.defaults(marked);
        }
        self.ask(question, |term| multi.interact_on(term))
    }

    /// Shows one prompt and reads its answer; Ctrl-C, as a key or a signal, becomes [`Interrupted`].
    fn ask<T>(
        &self,
        question: &str,
        read: impl FnOnce(&Term) -> dialoguer::Result<T>,
    ) -> Result<T> {
        // Ctrl-C stays a key while the prompt is up, so it reaches the read (console turns it
        // into `ErrorKind::Interrupted`) instead of a SIGINT the read would never see.
        let _keys = CtrlCAsKey::new();
        // A SIGINT between two prompts set the flag: the answers before it are journaled.
        if INTERRUPTED.load(Ordering::SeqCst) {
            return Err(self.interrupted());
        }
        self.mark("shown", question);
        match read(&self.term) {
            Ok(answer) => {
                self.mark("answered", question);
                Ok(answer)
            }
            Err(dialoguer::Error::IO(e)) if e.kind() == std::io::ErrorKind::Interrupted => {
                Err(self.interrupted())
            }
            Err(e) => {
                // dialoguer hides the cursor in selects and leaves it hidden on an error.
                let _ = self.term.show_cursor();
                Err(anyhow::Error::new(e)
                    .context(crate::tr!(crate::i18n::user(), "convene-read-failed")))
            }
        }
    }

    /// Leaves the prompt's line, cursor shown, for the line `main` prints.
    fn interrupted(&self) -> anyhow::Error {
        let _ = self.term.show_cursor();
        let _ = self.term.write_line("");
        Interrupted::JournalKept.into()
    }
}

/// Turns off the terminal's signal keys (ISIG) while it lives, so Ctrl-C arrives as a key.
///
/// console reads each key in raw mode, where Ctrl-C is the byte 0x03, but between
/// its reads (while dialoguer draws, or between two keys) the terminal is in
/// line mode, where Ctrl-C would raise SIGINT and leave the next read waiting.
/// The original settings come back when the prompt is done, so Ctrl-C is SIGINT
/// again while the program works between prompts. A SIGINT already on its way
/// as a prompt starts may set the flag only after the prompt checked it: it
/// then ends the run at the next prompt (or at a second Ctrl-C).
struct CtrlCAsKey {
    #[cfg(unix)]
    original: Option<nix::sys::termios::Termios>,
}

impl CtrlCAsKey {
    #[cfg(unix)]
    fn new() -> CtrlCAsKey {
        use nix::sys::termios::{LocalFlags, SetArg, tcgetattr, tcsetattr};
        let stdin = std::io::stdin();
        let original = tcgetattr(&stdin).ok().filter(|original| {
            let mut keys = original.clone();
            keys.local_flags.remove(LocalFlags::ISIG);
            tcsetattr(&stdin, SetArg::TCSADRAIN, &keys).is_ok()
        });
        CtrlCAsKey { original }
    }

    #[cfg(not(unix))]
    fn new() -> CtrlCAsKey {
        CtrlCAsKey {}
    }
}

impl Drop for CtrlCAsKey {
    fn drop(&mut self) {
        #[cfg(unix)]
        if let Some(original) = &self.original {
            use nix::sys::termios::{SetArg, tcsetattr};
            let _ = tcsetattr(std::io::stdin(), SetArg::TCSADRAIN, original);
        }
    }
}
