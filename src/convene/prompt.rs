//! Prompts at the meeting: dialoguer on the terminal, each showing the time left.

use crate::clock;
use crate::council::limits;
use crate::council::time::Timestamp;
use anyhow::{Context as _, Result};
use dialoguer::console::Term;
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{Confirm, Input, MultiSelect, Select};
use std::io::IsTerminal;

/// Asks the room, one question at a time, with the timebox in every prompt.
pub struct Prompter {
    term: Term,
    theme: Box<dyn Theme>,
    /// When the council started and its timebox in minutes, once known.
    timebox: Option<(Timestamp, u32)>,
    timings: Option<Timings>,
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
        }
    }

    /// Logs a benchmark event: `<microseconds since start> <event> <question>`.
    fn mark(&self, event: &str, question: &str) {
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

    fn label(&self, question: &str) -> String {
        match self.minutes_left() {
            Some(0) => format!("[time is up] {question}"),
            Some(m) => format!("[{m} min left] {question}"),
            None => question.to_string(),
        }
    }

    /// Prints a line for the room, on stderr.
    pub fn say(&self, text: &str) {
        let _ = self.term.write_line(&crate::ui::clean_lines(text));
    }

    /// Asks for text; `check` refuses an answer with a message and asks again.
    pub fn text(
        &self,
        question: &str,
        default: Option<&str>,
        allow_empty: bool,
        check: impl Fn(&str) -> Result<(), String>,
    ) -> Result<String> {
        let mut input = Input::<String>::with_theme(&*self.theme)
            .with_prompt(self.label(question))
            .allow_empty(allow_empty)
            // No answer is longer than the longest text the answers may hold.
            .validate_with(|s: &String| {
                limits::text("the answer", s.trim(), limits::LONG).map_err(|_| {
                    format!("this is too long: at most {} characters", limits::LONG)
                })?;
                check(s.trim())
            });
        if let Some(default) = default {
            input = input.default(default.to_string());
        }
        self.mark("shown", question);
        let answer = input
            .interact_text_on(&self.term)
            .context("failed to read an answer from the terminal")?;
        self.mark("answered", question);
        Ok(answer.trim().to_string())
    }

    pub fn confirm(&self, question: &str, default: bool) -> Result<bool> {
        self.mark("shown", question);
        let answer = Confirm::with_theme(&*self.theme)
            .with_prompt(self.label(question))
            .default(default)
            .interact_on(&self.term)
            .context("failed to read an answer from the terminal")?;
        self.mark("answered", question);
        Ok(answer)
    }

    pub fn select(&self, question: &str, items: &[String], default: usize) -> Result<usize> {
        self.mark("shown", question);
        let answer = Select::with_theme(&*self.theme)
            .with_prompt(self.label(question))
            .items(items)
            .default(default)
            .interact_on(&self.term)
            .context("failed to read an answer from the terminal")?;
        self.mark("answered", question);
        Ok(answer)
    }

    pub fn multi(&self, question: &str, items: &[String]) -> Result<Vec<usize>> {
        self.mark("shown", question);
        let answer = MultiSelect::with_theme(&*self.theme)
            .with_prompt(self.label(&format!("{question} (space marks, Enter confirms)")))
            .items(items)
            .interact_on(&self.term)
            .context("failed to read an answer from the terminal")?;
        self.mark("answered", question);
        Ok(answer)
    }
}
