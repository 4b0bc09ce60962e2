//! Escaping data for the Markdown body, so no string from a record becomes markup.
//!
//! The body must render the same on any CommonMark + GFM renderer (forges,
//! phones): text from the data may never open a heading, list, link, image,
//! autolink, table or HTML. Escaping is minimal so the raw file stays readable.

/// How data is escaped: as minutes files are written now, or as the first
/// (`+++`) files were, so those still re-render byte for byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Escape {
    Current,
    Legacy,
}

impl Escape {
    /// Free text in the middle of a line.
    pub(super) fn inline(self, text: &str) -> String {
        match self {
            Escape::Current => inline(text),
            Escape::Legacy => legacy_inline(text),
        }
    }

    /// Free text that starts a line (a paragraph or a quoted line).
    pub(super) fn line(self, text: &str) -> String {
        match self {
            Escape::Current => line(text),
            Escape::Legacy => legacy_inline(text),
        }
    }

    /// Text inside a code span.
    pub(super) fn code(self, text: &str) -> String {
        match self {
            Escape::Current => code(text),
            Escape::Legacy => legacy_code(text),
        }
    }

    /// An id the session computed, inside a code span (written raw in the first format).
    pub(super) fn id(self, text: &str) -> String {
        match self {
            Escape::Current => code(text),
            Escape::Legacy => text.to_string(),
        }
    }
}

/// Makes free text safe on one Markdown line: no control characters, no markup.
///
/// Besides the characters that open markup, it escapes what would start an
/// entity (`&lt;`), a GFM autolink (`www.`, `scheme://`, `a@b.org`), and drops
/// bidirectional embeddings, overrides and isolates, whose effect would run
/// past the data into the words around it.
pub fn inline(text: &str) -> String {
    let chars: Vec<char> = text.chars().filter_map(visible).collect();
    let mut out = String::with_capacity(text.len());
    // Where each character's output begins, to take back an address's first part.
    let mut at = Vec::with_capacity(chars.len());
    // Two code spans must never touch: their backticks would pair up otherwise.
    let mut floor = 0;
    let mut i = 0;
    while i < chars.len() {
        // GitHub's renderer links `a@b.org` however its characters are escaped: an address
        // goes into a code span, which no renderer links.
        if let Some((start, end)) = address_at(&chars, i, floor) {
            out.truncate(at[start]);
            at.truncate(start);
            out.push('`');
            out.extend(&chars[start..end]);
            out.push('`');
            at.resize(end, out.len());
            floor = end + 1;
            i = end;
            continue;
        }
        at.push(out.len());
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let escape = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '@' => true,
            '&' => next.is_some_and(|n| n == '#' || n.is_ascii_alphanumeric()),
            ':' => next == Some('/'),
            '.' => i >= 3 && chars[i - 3..i].iter().all(|w| w.eq_ignore_ascii_case(&'w')),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Finds an e-mail-like address around the `@` at `at`: the runs of address characters
/// before and after it.
fn address_at(chars: &[char], at: usize, floor: usize) -> Option<(usize, usize)> {
    if chars[at] != '@' || at < floor {
        return None;
    }
    let local = |c: &char| c.is_ascii_alphanumeric() || ".+-%".contains(*c);
    let domain = |c: &char| c.is_ascii_alphanumeric() || ".-".contains(*c);
    let start = at
        - chars[floor..at]
            .iter()
            .rev()
            .take_while(|c| local(c))
            .count();
    let end = at + 1 + chars[at + 1..].iter().take_while(|c| domain(c)).count();
    (end > at + 1 && start < at).then_some((start, end))
}

/// Makes free text safe at the start of a line: [`inline`], trimmed, and
/// nothing that opens a block (a list item, a setext underline, a thematic
/// break, a table's delimiter row, indented code) or ends the line with a
/// hard break.
pub fn line(text: &str) -> String {
    let text = inline(text);
    let text = text.trim_matches(' ');
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    match text.as_bytes().get(digits) {
        Some(b'-' | b'+' | b'=' | b':') if digits == 0 => format!("\\{text}"),
        Some(b'.' | b')') if (1..=9).contains(&digits) => {
            format!("{}\\{}", &text[..digits], &text[digits..])
        }
        _ => text.to_string(),
    }
}

/// Makes text safe inside a code span: no control characters, no backticks,
/// and never empty, since an empty span (two backticks) would pair with the
/// next span's backticks and let the text between them out.
pub fn code(text: &str) -> String {
    let out: String = text
        .chars()
        .filter_map(visible)
        .map(|c| if c == '`' { '\'' } else { c })
        .collect();
    if out.is_empty() { " ".to_string() } else { out }
}

/// Drops control characters (line breaks and tabs become spaces) and
/// bidirectional embeddings, overrides and isolates.
pub(super) fn visible(c: char) -> Option<char> {
    match c {
        '\n' | '\r' | '\t' => Some(' '),
        c if c.is_control() => None,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => None,
        c => Some(c),
    }
}

fn legacy_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

fn legacy_code(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control())
        .map(|c| if c == '`' { '\'' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_text_loses_control_characters_and_markup() {
        assert_eq!(inline("Ana\u{1b}[31m *bold*\nx"), "Ana\\[31m \\*bold\\* x");
    }

    #[test]
    fn autolinks_and_entities_are_broken_readably() {
        assert_eq!(inline("see www.x.org"), "see www\\.x.org");
        assert_eq!(inline("https://x.org"), "https\\://x.org");
        assert_eq!(inline("ana@x.org"), "`ana@x.org`");
        assert_eq!(
            inline("&lt; &#60; Tom & Jerry"),
            "\\&lt; \\&\\#60; Tom & Jerry"
        );
        assert_eq!(inline("a\u{202E}b\u{2066}c"), "abc");
    }

    #[test]
    fn lines_cannot_open_blocks() {
        assert_eq!(line("==="), "\\===");
        assert_eq!(line(":-"), "\\:-");
        assert_eq!(line("  - item"), "\\- item");
        assert_eq!(line("12. twelve"), "12\\. twelve");
        assert_eq!(line("2026 was good"), "2026 was good");
        assert_eq!(line("    code  "), "code");
    }
}

/// A Markdown document written block by block: headings, paragraphs, quotes, lists and
/// tables each end where CommonMark needs them to (a blank line after every block), so no
/// section places its own newlines. Text given to it is already escaped ([`Escape`]); it
/// only lays the blocks out.
#[derive(Debug, Default)]
pub(crate) struct Writer {
    out: String,
}

impl Writer {
    pub(crate) fn new() -> Writer {
        Writer::default()
    }

    /// `#` repeated `level` times, the text, a blank line.
    pub(crate) fn heading(&mut self, level: usize, text: &str) {
        for _ in 0..level {
            self.out.push('#');
        }
        self.out.push(' ');
        self.out.push_str(text);
        self.out.push_str("\n\n");
    }

    /// A paragraph (its lines as given), then a blank line.
    pub(crate) fn paragraph(&mut self, text: &str) {
        self.out.push_str(text);
        self.out.push_str("\n\n");
    }

    /// A block quote: `> ` before each line, then a blank line.
    pub(crate) fn quote<I: IntoIterator<Item = String>>(&mut self, lines: I) {
        for line in lines {
            self.out.push_str("> ");
            self.out.push_str(&line);
            self.out.push('\n');
        }
        self.out.push('\n');
    }

    /// A list: `- ` before each item, then a blank line.
    pub(crate) fn list<I: IntoIterator<Item = String>>(&mut self, items: I) {
        self.lines(items.into_iter().map(|item| format!("- {item}")));
    }

    /// Lines of one block (a list written by a message, say), then a blank line.
    pub(crate) fn lines<I: IntoIterator<Item = String>>(&mut self, lines: I) {
        for line in lines {
            self.out.push_str(&line);
            self.out.push('\n');
        }
        self.out.push('\n');
    }

    /// A table: its header row as a message writes it (`| step | role |`), the separator
    /// for `columns` columns, a row per entry (cells escaped by the caller), a blank line.
    pub(crate) fn table<I: IntoIterator<Item = Vec<String>>>(
        &mut self,
        header: &str,
        columns: usize,
        rows: I,
    ) {
        self.out.push_str(header);
        self.out.push('\n');
        self.out.push('|');
        for _ in 0..columns {
            self.out.push_str(" --- |");
        }
        self.out.push('\n');
        for row in rows {
            self.out.push('|');
            for cell in row {
                self.out.push(' ');
                self.out.push_str(&cell);
                self.out.push_str(" |");
            }
            self.out.push('\n');
        }
        self.out.push('\n');
    }

    /// The document's last line, with no blank line after it.
    pub(crate) fn last_line(&mut self, text: &str) {
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// An indented code block (a command to type), then a blank line.
    pub(crate) fn indented(&mut self, text: &str) {
        for line in text.lines() {
            self.out.push_str("    ");
            self.out.push_str(line);
            self.out.push('\n');
        }
        self.out.push('\n');
    }

    pub(crate) fn finish(self) -> String {
        self.out
    }

    /// The document, its last block ending with its last line (no blank line after it).
    pub(crate) fn finish_last_block(mut self) -> String {
        if self.out.ends_with("\n\n") {
            self.out.pop();
        }
        self.out
    }
}

#[cfg(test)]
mod writer_tests {
    use super::Writer;

    #[test]
    fn every_block_ends_with_a_blank_line_and_the_last_line_does_not() {
        let mut md = Writer::new();
        md.heading(1, "Title");
        md.paragraph("One.\nTwo.");
        md.quote(["said".to_string()]);
        md.list(["a".to_string(), "b".to_string()]);
        md.table("| x | y |", 2, [vec!["1".into(), "2".into()]]);
        md.last_line("End.");
        assert_eq!(
            md.finish(),
            "# Title\n\nOne.\nTwo.\n\n> said\n\n- a\n- b\n\n| x | y |\n| --- | --- |\n| 1 | 2 |\n\nEnd.\n"
        );
    }
}
