//! Output: data to stdout, status and warnings to stderr, colors only where wanted, clean text.

use anstyle::{AnsiColor, Style};
use clap::ValueEnum;
use comfy_table::{ColumnConstraint, ContentArrangement, Table, presets};
use std::io::{self, IsTerminal, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Color when the stream is a terminal and NO_COLOR is unset.
    Auto,
    Always,
    Never,
}

/// The styles of stderr's labels, as cargo colors them (anstyle, clap's own styling crate).
const STATUS: Style = AnsiColor::Green.on_default().bold();
const WARNING: Style = AnsiColor::Yellow.on_default().bold();
const ERROR: Style = AnsiColor::Red.on_default().bold();
const CAUSE: Style = Style::new().bold();
const HINT: Style = AnsiColor::Cyan.on_default().bold();

/// Cells up to this many characters are never wrapped in a table.
const SHORT_CELL: usize = 14;

/// Where output goes and how it looks.
pub struct Ui {
    pub color_err: bool,
    pub quiet: bool,
    pub stdout_is_terminal: bool,
}

impl Ui {
    pub fn new(color: ColorChoice, quiet: bool) -> Ui {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let stderr_tty = io::stderr().is_terminal();
        Ui {
            color_err: match color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => stderr_tty && !no_color,
            },
            quiet,
            stdout_is_terminal: io::stdout().is_terminal(),
        }
    }

    /// Writes data to stdout.
    pub fn out(&self, text: &str) -> io::Result<()> {
        let mut out = io::stdout().lock();
        out.write_all(text.as_bytes())?;
        out.flush()
    }

    /// Writes a value as pretty JSON to stdout as it is serialized, never the whole text at
    /// once (a log's tasks can be many megabytes of it).
    pub fn json<T: serde::Serialize>(&self, value: &T) -> io::Result<()> {
        let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
        serde_json::to_writer_pretty(&mut out, value).map_err(|e| match e.io_error_kind() {
            // A closed pipe (`| head`) stays a closed pipe for the caller.
            Some(kind) => io::Error::new(kind, e),
            None => io::Error::other(e),
        })?;
        out.write_all(b"\n")?;
        out.flush()
    }

    /// Writes a line of data to stdout, with control characters removed.
    pub fn line(&self, text: &str) -> io::Result<()> {
        self.out(&format!("{}\n", clean(text)))
    }

    /// Says what the tool is doing, on stderr; `--quiet` silences it.
    pub fn status(&self, verb: &str, text: &str) {
        if self.quiet {
            return;
        }
        let verb = self.paint(&format!("{verb:>12}"), STATUS);
        eprintln!("{verb} {}", clean(text));
    }

    /// Prints a note that is not an error, on stderr.
    pub fn note(&self, text: &str) {
        if !self.quiet {
            eprintln!("{}", clean_lines(text));
        }
    }

    pub fn warn(&self, text: &str) {
        let label = self.paint(&label("label-warning"), WARNING);
        eprintln!("{label} {}", clean_lines(text));
    }

    /// Prints the line that ends a run the user interrupted, on stderr, even with `--quiet`.
    pub fn interrupted(&self, message: &str) {
        eprintln!("{}", clean_lines(message));
    }

    /// Prints an error once, with its causes and hint.
    pub fn error(&self, message: &str, causes: &[String], hint: Option<&str>) {
        eprintln!(
            "{} {}",
            self.paint(&label("label-error"), ERROR),
            clean_lines(message)
        );
        for cause in causes {
            eprintln!(
                "  {} {}",
                self.paint(&label("label-caused-by"), CAUSE),
                clean_lines(cause)
            );
        }
        if let Some(hint) = hint {
            eprintln!(
                "{} {}",
                self.paint(&label("label-hint"), HINT),
                clean_lines(hint)
            );
        }
    }

    /// `text` in `style` when stderr takes color; as it is otherwise.
    fn paint(&self, text: &str, style: Style) -> String {
        if self.color_err {
            format!("{style}{text}{style:#}")
        } else {
            text.to_string()
        }
    }

    /// Lays out a table that fits a terminal's width and stays plain when piped.
    pub fn table<S: AsRef<str>>(&self, header: &[S], rows: Vec<Vec<String>>) -> String {
        let mut table = Table::new();
        if self.stdout_is_terminal {
            table
                .load_preset(presets::UTF8_HORIZONTAL_ONLY)
                .set_content_arrangement(ContentArrangement::Dynamic);
        } else {
            table
                .load_preset(presets::NOTHING)
                .set_content_arrangement(ContentArrangement::Disabled);
        }
        table.set_header(header.iter().map(AsRef::as_ref));
        let mut widest = vec![0; header.len()];
        for row in rows {
            for (n, cell) in row.iter().enumerate() {
                if let Some(w) = widest.get_mut(n) {
                    *w = (*w).max(cell.chars().count());
                }
            }
            table.add_row(row.into_iter().map(|cell| clean(&cell)));
        }
        // Dates, counts and statuses never wrap; long text takes what is left.
        for (n, width) in widest.into_iter().enumerate() {
            if width <= SHORT_CELL
                && let Some(column) = table.column_mut(n)
            {
                column.set_constraint(ColumnConstraint::ContentWidth);
            }
        }
        let mut text = table.to_string();
        // Lines padded for a terminal look ragged in a file: trim them.
        text = text
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n");
        text.push('\n');
        text
    }
}

/// The label before an error, a cause, a hint or a warning, in the user's language.
fn label(id: &str) -> String {
    crate::tr!(crate::i18n::user(), id)
}

/// Removes control characters and escape sequences so data never drives the terminal.
pub fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .filter(|c| !c.is_control() && !bidi(*c) && !noncharacter(*c))
        .collect()
}

/// Unicode's noncharacters (U+FDD0..U+FDEF, and the last two of every plane): never text, and
/// U+FFFE and U+FFFF are not even allowed in XML.
pub fn noncharacter(c: char) -> bool {
    matches!(c, '\u{FDD0}'..='\u{FDEF}') || (c as u32) & 0xFFFE == 0xFFFE
}

/// Bidirectional controls: they reorder the text around them on a terminal or in `git log`.
fn bidi(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Like [`clean`], but keeps line breaks.
pub fn clean_lines(text: &str) -> String {
    text.lines().map(clean).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_never_reach_the_terminal() {
        assert_eq!(clean("Ana\u{1b}]0;pwned\u{7}\r\nBo"), "Ana]0;pwned Bo");
        assert_eq!(clean_lines("a\u{1b}\nb"), "a\nb");
    }
}

#[cfg(test)]
mod style_tests {
    use super::*;

    #[test]
    fn labels_are_painted_only_when_stderr_takes_color() {
        let mut ui = Ui::new(ColorChoice::Never, false);
        assert_eq!(ui.paint("error:", ERROR), "error:");
        ui.color_err = true;
        let painted = ui.paint("error:", ERROR);
        assert!(painted.starts_with("\u{1b}["), "{painted:?}");
        assert!(painted.contains("error:"), "{painted:?}");
        assert!(painted.ends_with("\u{1b}[0m"), "{painted:?}");
        assert!(painted.contains("31"), "red: {painted:?}");
        assert!(ui.paint("ok", STATUS).contains("32"), "green");
    }
}
