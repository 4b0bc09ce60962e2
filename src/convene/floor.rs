//! The floor: a full-screen view between the lot and the decision (ratatui on crossterm).
//!
//! The clock, the speaker, the stack and everyone's talk time, with the keys
//! on screen. Every event (add, point, remove, start, stop) is journaled with
//! its time before the screen shows it, so kill -9 and `council resume` find
//! the same stack and talk times. The rules (the order of the stack, talk time,
//! the stepping-back cue) are the core's (`council::floor`); this module only
//! draws them and reads keys. It redraws on a key, on a resize and once a
//! second for the clocks; otherwise it sleeps in `poll`.

use super::Convene;
use super::prompt::Interrupted;
use crate::clock;
use crate::council::floor::{Event, Floor, Kind, StackRule, clock as mmss, percent};
use crate::council::time::Timestamp;
use crate::i18n::user;
use crate::tr;
use anyhow::Result;
use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::{Constraint, Direction, Layout, Position, Rect, Size};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell as TableCell, Paragraph, Row, Table, Wrap};
use ratatui::{Frame, Terminal};

/// What is being typed at the bottom line: a person to add, to put first, or to take off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Typing {
    Add,
    Point,
    Remove,
}

impl Typing {
    fn label(self) -> String {
        tr!(
            user(),
            match self {
                Typing::Add => "floor-typing-add",
                Typing::Point => "floor-typing-point",
                Typing::Remove => "floor-typing-remove",
            }
        )
    }
}

/// What the bottom of the screen is doing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    Keys,
    Typing(Typing, String),
}

/// What covers the lists, if anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    None,
    Help,
    Protocol,
}

/// Everything the screen shows; rendering it reads no clock, file or terminal.
pub struct View<'a> {
    pub issue: &'a str,
    pub floor: &'a Floor,
    pub rule: StackRule,
    pub now: Timestamp,
    /// When the council started and its timebox in minutes.
    pub timebox: Option<(Timestamp, u32)>,
    pub color: bool,
    pub mode: &'a Mode,
    pub panel: Panel,
    pub message: Option<&'a str>,
    /// The `[protocol]` reminders of `council.toml`.
    pub protocol: &'a [String],
    /// Who was speaking when the floor was paused.
    pub paused: Option<&'a str>,
}

/// The keys line at the bottom of the floor, in the user's language (the keys stay the same).
pub fn keys() -> String {
    tr!(user(), "floor-keys")
}

/// The help panel: each key, and what it does in the user's language.
fn help() -> Vec<String> {
    let mut lines: Vec<String> = [
        ("floor-key-add", "floor-help-add"),
        ("floor-key-next", "floor-help-next"),
        ("p", "floor-help-pause"),
        ("r", "floor-help-remove"),
        ("o", "floor-help-point"),
        ("i", "floor-help-protocol"),
        ("?", "floor-help-help"),
        ("d", "floor-help-decision"),
    ]
    .iter()
    .map(|(key, id)| {
        // The two keys whose description has words ("or", "Space") are messages too.
        let key = if key.starts_with("floor-key-") {
            tr!(user(), key)
        } else {
            (*key).to_string()
        };
        format!("{key:<11}{}", tr!(user(), id))
    })
    .collect();
    lines.push(String::new());
    lines.push(tr!(user(), "floor-help-journaled"));
    lines.push(tr!(user(), "floor-help-minutes"));
    lines
}

/// The clock line: time left, and a word for each threshold so it reads without color.
pub fn time_left(now: Timestamp, timebox: Option<(Timestamp, u32)>, color: bool) -> Span<'static> {
    let Some((started, minutes)) = timebox else {
        return Span::raw("");
    };
    let end = started.0 + chrono::Duration::minutes(i64::from(minutes));
    let left = (end - now.0).num_seconds();
    let paint = |c: Color| {
        if color {
            Style::default().fg(c).add_modifier(Modifier::BOLD)
        } else {
            Style::default().add_modifier(Modifier::BOLD)
        }
    };
    if left <= 0 {
        let over = mmss((-left) as u64);
        let style = if color {
            Style::default()
                .fg(Color::White)
                .bg(Color::Red)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::default().add_modifier(Modifier::BOLD | Modifier::REVERSED)
        };
        Span::styled(
            format!(" {} ", tr!(user(), "floor-time-up", over = over)),
            style,
        )
    } else if left <= 5 * 60 {
        Span::styled(
            format!(
                " {} ",
                tr!(user(), "floor-left-5", left = mmss(left as u64))
            ),
            paint(Color::Red),
        )
    } else if left <= 10 * 60 {
        Span::styled(
            format!(
                " {} ",
                tr!(user(), "floor-left-10", left = mmss(left as u64))
            ),
            paint(Color::Yellow),
        )
    } else {
        Span::styled(
            format!(" {} ", tr!(user(), "floor-left", left = mmss(left as u64))),
            paint(Color::Green),
        )
    }
}

/// Draws the floor into the frame, whatever its size.
pub fn render(frame: &mut Frame, v: &View) {
    let area = frame.area();
    if area.width < 20 || area.height < 6 {
        // Too small for the lists: the speaker and the clock, and how to get more.
        let speaker = match v.floor.speaker(v.now) {
            Some((name, s)) => format!("{name} {}", mmss(s)),
            None => tr!(user(), "floor-nobody-speaking"),
        };
        let lines = vec![
            Line::from(time_left(v.now, v.timebox, v.color)),
            Line::from(speaker),
            Line::from(tr!(user(), "floor-waiting", n = v.floor.stack.len())),
            Line::from(tr!(user(), "floor-enlarge")),
        ];
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), area);
        return;
    }
    let keys_height = if area.width as usize >= keys().chars().count() {
        1
    } else {
        2
    };
    let rows = Layout::default()
        .direction(Direction::Vertical)
        .constraints([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(1),
            Constraint::Length(keys_height),
        ])
        .split(area);

    // The header: the issue, and the clock at the right.
    let clock = time_left(v.now, v.timebox, v.color);
    let clock_width = clock.width() as u16;
    let header = Layout::default()
        .direction(Direction::Horizontal)
        .constraints([Constraint::Min(1), Constraint::Length(clock_width)])
        .split(rows[0]);
    let bar = Style::default().add_modifier(Modifier::REVERSED);
    frame.render_widget(
        Paragraph::new(format!(" {}", tr!(user(), "floor-title", issue = v.issue))).style(bar),
        header[0],
    );
    frame.render_widget(Paragraph::new(Line::from(clock)), header[1]);

    // The speaker.
    let talk = v.floor.talk(v.now);
    let speaking = match v.floor.speaker(v.now) {
        Some((name, turn)) => {
            let i = v.floor.index(name).unwrap_or(0);
            tr!(
                user(),
                "floor-speaking",
                name = name,
                turn = mmss(turn),
                all = mmss(talk[i])
            )
        }
        None => match v.paused {
            Some(name) => tr!(user(), "floor-paused", name = name),
            None => tr!(user(), "floor-speaking-nobody"),
        },
    };
    frame.render_widget(
        Paragraph::new(speaking).style(Style::default().add_modifier(Modifier::BOLD)),
        rows[1],
    );

    // The stepping-back cue: neutral, for the facilitator's eyes; never recorded.
    let cue: Vec<String> = v
        .floor
        .stepping_back(v.now)
        .into_iter()
        .map(|(name, share, equal)| {
            tr!(
                user(),
                "floor-share",
                name = name,
                share = share.to_string(),
                equal = equal.to_string()
            )
        })
        .collect();
    if !cue.is_empty() {
        let style = if v.color {
            Style::default().fg(Color::Cyan)
        } else {
            Style::default()
        };
        frame.render_widget(
            Paragraph::new(tr!(user(), "floor-uneven", cue = cue.join("; "))).style(style),
            rows[2],
        );
    }

    match v.panel {
        Panel::Help => {
            let lines: Vec<Line> = help().into_iter().map(Line::from).collect();
            frame.render_widget(
                Paragraph::new(lines).wrap(Wrap { trim: false }).block(
                    Block::default()
                        .borders(Borders::ALL)
                        .title(format!(" {} ", tr!(user(), "floor-keys-title"))),
                ),
                rows[3],
            );
        }
        Panel::Protocol => {
            let lines: Vec<Line> = if v.protocol.is_empty() {
                vec![Line::from(tr!(user(), "floor-no-protocol"))]
            } else {
                v.protocol.iter().map(|l| Line::from(l.as_str())).collect()
            };
            frame.render_widget(
                Paragraph::new(lines).wrap(Wrap { trim: false }).block(
                    Block::default()
                        .borders(Borders::ALL)
                        .title(format!(" {} ", tr!(user(), "floor-protocol-title"))),
                ),
                rows[3],
            );
        }
        Panel::None => lists(frame, v, &talk, rows[3]),
    }

    // The line being typed, or the last message.
    let bottom = match v.mode {
        Mode::Typing(what, text) => tr!(
            user(),
            "floor-typing",
            what = what.label(),
            text = text.as_str()
        ),
        Mode::Keys => v.message.unwrap_or("").to_string(),
    };
    frame.render_widget(Paragraph::new(bottom), rows[4]);
    frame.render_widget(
        Paragraph::new(keys())
            .wrap(Wrap { trim: true })
            .style(Style::default().add_modifier(Modifier::DIM)),
        rows[5],
    );
}

/// The stack and everyone present with their talk time: side by side, or one above the other.
fn lists(frame: &mut Frame, v: &View, talk: &[u64], area: Rect) {
    let parts = if area.width >= 70 {
        Layout::default()
            .direction(Direction::Horizontal)
            .constraints([Constraint::Percentage(50), Constraint::Percentage(50)])
            .split(area)
    } else {
        Layout::default()
            .direction(Direction::Vertical)
            .constraints([Constraint::Percentage(50), Constraint::Percentage(50)])
            .split(area)
    };
    let name_width = v
        .floor
        .people
        .iter()
        .map(|p| Span::raw(p.name.as_str()).width())
        .max()
        .unwrap_or(4)
        .clamp(4, 16) as u16;

    let order = v.floor.order(v.rule, v.now);
    let stack_rows: Vec<Row> = order
        .iter()
        .enumerate()
        .map(|(n, (w, why))| {
            let why = why.text();
            Row::new(vec![
                TableCell::from(format!("{}.", n + 1)),
                TableCell::from(w.name.as_str()),
                TableCell::from(why),
            ])
        })
        .collect();
    let empty = stack_rows.is_empty();
    let stack = Table::new(
        stack_rows,
        [
            Constraint::Length(3),
            Constraint::Length(name_width),
            Constraint::Fill(1),
        ],
    )
    .block(Block::default().borders(Borders::ALL).title(format!(
        " {} ",
        tr!(
            user(),
            "floor-stack-title",
            rule = tr!(user(), &format!("floor-rule-{}", v.rule.as_str()))
        )
    )));
    frame.render_widget(stack, parts[0]);
    if empty {
        let inner = Block::default().borders(Borders::ALL).inner(parts[0]);
        frame.render_widget(Paragraph::new(tr!(user(), "floor-nobody-waiting")), inner);
    }

    let total: u64 = talk.iter().sum();
    let most = talk.iter().copied().max().unwrap_or(0);
    // Borders 2, number 3, name, time 7, share 4, and the spaces between: what is left is the bar.
    let bar_width = parts[1]
        .width
        .saturating_sub(2 + 3 + name_width + 7 + 4 + 4)
        .max(1) as u64;
    let speaking = v.floor.speaking.map(|(i, _)| i);
    let people_rows: Vec<Row> = v
        .floor
        .people
        .iter()
        .zip(talk)
        .enumerate()
        .map(|(i, (p, &s))| {
            let filled = (s * bar_width).checked_div(most).unwrap_or(0);
            let bar = format!(
                "{}{}",
                "█".repeat(filled as usize),
                "░".repeat((bar_width - filled) as usize)
            );
            let mark = if speaking == Some(i) { ">" } else { " " };
            let row = Row::new(vec![
                TableCell::from(format!("{mark}{:>2}", i + 1)),
                TableCell::from(p.name.as_str()),
                TableCell::from(bar),
                TableCell::from(format!("{:>7}", mmss(s))),
                TableCell::from(format!("{:>3}%", percent(s, total))),
            ]);
            if speaking == Some(i) {
                row.style(Style::default().add_modifier(Modifier::BOLD))
            } else {
                row
            }
        })
        .collect();
    let people = Table::new(
        people_rows,
        [
            Constraint::Length(3),
            Constraint::Length(name_width),
            Constraint::Length(bar_width as u16),
            Constraint::Length(7),
            Constraint::Length(4),
        ],
    )
    .block(
        Block::default()
            .borders(Borders::ALL)
            .title(format!(" {} ", tr!(user(), "floor-present-title"))),
    );
    frame.render_widget(people, parts[1]);
}

/// Finds someone present by their number on screen, their name, or an unambiguous part of it.
pub fn find(floor: &Floor, typed: &str) -> Result<String, String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(tr!(user(), "floor-type-something"));
    }
    if let Ok(n) = typed.parse::<usize>() {
        return match floor.people.get(n.wrapping_sub(1)) {
            Some(p) => Ok(p.name.clone()),
            None => Err(tr!(user(), "floor-no-number", n = n)),
        };
    }
    if let Some(i) = floor.index(typed) {
        return Ok(floor.people[i].name.clone());
    }
    let part = typed.to_lowercase();
    let matches: Vec<&str> = floor
        .people
        .iter()
        .filter(|p| p.name.to_lowercase().contains(&part))
        .map(|p| p.name.as_str())
        .collect();
    match matches.as_slice() {
        [one] => Ok(one.to_string()),
        [] => Err(tr!(user(), "floor-no-match", typed = typed)),
        many => Err(tr!(
            user(),
            "floor-ambiguous",
            typed = typed,
            names = many.join(", ")
        )),
    }
}

/// A backend that rewrites every changed row whole: text on screen stays contiguous in the
/// output (a pseudo-terminal test reads words, not scattered cells), and a tick that changes
/// one clock rewrites one row.
pub struct Rows<B: Backend> {
    inner: B,
    shadow: Buffer,
}

impl<B: Backend> Rows<B> {
    pub fn new(inner: B) -> Rows<B> {
        Rows {
            inner,
            shadow: Buffer::empty(Rect::default()),
        }
    }
}

impl<B: Backend> Backend for Rows<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let size = self.size()?;
        let area = Rect::new(0, 0, size.width, size.height);
        if self.shadow.area != area {
            self.shadow = Buffer::empty(area);
        }
        let mut rows = std::collections::BTreeSet::new();
        for (x, y, cell) in content {
            if x < area.width && y < area.height {
                self.shadow[(x, y)] = cell.clone();
                rows.insert(y);
            }
        }
        let mut cells = Vec::new();
        for y in rows {
            let mut skip = 0usize;
            for x in 0..area.width {
                let cell = &self.shadow[(x, y)];
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                skip = Span::raw(cell.symbol()).width().saturating_sub(1);
                cells.push((x, y, cell));
            }
        }
        self.inner.draw(cells.into_iter())
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.shadow = Buffer::empty(Rect::default());
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.shadow = Buffer::empty(Rect::default());
        self.inner.clear_region(clear_type)
    }

    /// A terminal that does not tell its size (0 by 0, as some pseudo-terminals) is taken for 80x24.
    fn size(&self) -> Result<Size, Self::Error> {
        let size = self.inner.size()?;
        Ok(if size.width == 0 || size.height == 0 {
            Size::new(80, 24)
        } else {
            size
        })
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

/// The terminal in the floor's state (raw, alternate screen, no cursor) until dropped.
struct Screen {
    terminal: Terminal<Rows<ratatui::backend::CrosstermBackend<std::io::Stderr>>>,
}

impl Screen {
    fn open() -> Result<Screen> {
        use ratatui::crossterm::{cursor, execute, terminal};
        terminal::enable_raw_mode()?;
        let mut err = std::io::stderr();
        if let Err(e) = execute!(err, terminal::EnterAlternateScreen, cursor::Hide) {
            let _ = terminal::disable_raw_mode();
            return Err(e.into());
        }
        let terminal = Terminal::new(Rows::new(ratatui::backend::CrosstermBackend::new(
            std::io::stderr(),
        )))?;
        Ok(Screen { terminal })
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        use ratatui::crossterm::{cursor, execute, terminal};
        let _ = execute!(
            std::io::stderr(),
            terminal::LeaveAlternateScreen,
            cursor::Show
        );
        let _ = terminal::disable_raw_mode();
    }
}

/// Drops sub-second precision: the journal and the talk time count whole seconds.
fn second(t: Timestamp) -> Timestamp {
    use chrono::Timelike;
    Timestamp(t.0.with_nanosecond(0).unwrap_or(t.0))
}

impl Convene<'_> {
    /// Everyone present at the floor, as the journal has them, with whether it is their first time.
    pub(super) fn floor_now(&self) -> Result<Floor> {
        let present: Vec<(&str, bool)> = self
            .journal
            .answers
            .attendees
            .iter()
            .filter(|a| !a.late)
            .map(|a| {
                (
                    a.name.as_str(),
                    a.first_time
                        .unwrap_or_else(|| !self.history.has_attended(&a.name)),
                )
            })
            .collect();
        Floor::replay(present, &self.journal.progress.floor).map_err(|problem| {
            crate::error::hint(
                tr!(user(), "floor-replay", problem = problem.to_string()),
                tr!(user(), "floor-replay-hint"),
            )
        })
    }

    /// The `[protocol]` reminders, one line each.
    fn reminders(&self) -> Vec<String> {
        let mut lines = Vec::new();
        if let Some(p) = &self.config.protocol {
            if let Some(legal) = &p.legal_support {
                lines.push(tr!(
                    user(),
                    "convene-legal",
                    legal = crate::ui::clean(legal)
                ));
            }
            if let Some(care) = &p.care_team {
                lines.push(tr!(user(), "convene-care", care = crate::ui::clean(care)));
            }
        }
        lines
    }

    /// Journals one floor event with the time now, then applies it.
    fn floor_event(&mut self, floor: &mut Floor, kind: Kind, name: Option<String>) -> Result<()> {
        let event = Event {
            at: second(clock::now()?),
            kind,
            name,
        };
        floor.apply(&event).map_err(anyhow::Error::msg)?;
        self.journal.progress.floor.push(event);
        self.journal.save()
    }

    /// Runs the floor until the facilitator leaves it for the decision.
    pub(super) fn floor(&mut self) -> Result<()> {
        use ratatui::crossterm::event::{
            self, Event as Input, KeyCode, KeyEventKind, KeyModifiers,
        };
        let mut floor = self.floor_now()?;
        let rule = self.config.stack;
        let protocol = self.reminders();
        let issue = crate::ui::clean(&self.journal.answers.issue);
        let timebox = self.prompt.timebox();
        let color = self.prompt.color();
        let mut mode = Mode::Keys;
        let mut panel = Panel::None;
        let mut message: Option<String> = None;
        // Paused: nobody speaks, and the last one who did can be given the floor back.
        let mut paused = match floor.speaking {
            None => last_speaker(&self.journal.progress.floor),
            Some(_) => None,
        };
        let mut screen = Screen::open()?;
        let mut shown_second: Option<Timestamp> = None;
        let mut shown_size = None;
        let mut dirty = true;
        loop {
            let now = second(clock::now()?);
            // A resize whose signal came before the floor listened is seen at the next tick.
            let size = screen.terminal.size().ok();
            if dirty || shown_second != Some(now) || size != shown_size {
                shown_size = size;
                // Under pseudonyms the screen shows the real names this laptop knows.
                let shown_floor = self.prompt.shown_floor(&floor);
                let shown_message = message.as_deref().map(|m| self.prompt.shown(m));
                let shown_paused = paused.as_deref().map(|p| self.prompt.shown(p));
                let view = View {
                    issue: &issue,
                    floor: &shown_floor,
                    rule,
                    now,
                    timebox,
                    color,
                    mode: &mode,
                    panel,
                    message: shown_message.as_deref(),
                    protocol: &protocol,
                    paused: shown_paused.as_deref(),
                };
                screen.terminal.draw(|f| render(f, &view))?;
                if dirty {
                    self.prompt.mark("shown", "floor");
                }
                dirty = false;
                shown_second = Some(now);
            }
            if super::prompt::interrupt_noted() {
                return Err(Interrupted::JournalKept.into());
            }
            // Sleep until a key, a resize, or the next second for the clocks.
            if !event::poll(std::time::Duration::from_millis(1000))? {
                continue;
            }
            let key = match event::read()? {
                Input::Key(key) if key.kind != KeyEventKind::Release => key,
                Input::Resize(..) => {
                    dirty = true;
                    continue;
                }
                _ => continue,
            };
            self.prompt.mark("answered", "floor");
            dirty = true;
            if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
                return Err(Interrupted::JournalKept.into());
            }
            message = None;
            if let Mode::Typing(what, text) = &mut mode {
                match key.code {
                    KeyCode::Esc => mode = Mode::Keys,
                    KeyCode::Backspace => {
                        text.pop();
                    }
                    KeyCode::Char(c) if !c.is_control() && text.chars().count() < 100 => {
                        text.push(c)
                    }
                    KeyCode::Enter => {
                        let what = *what;
                        // Found as the screen shows them (real names), recorded as the log
                        // writes them: the same place in the same list.
                        let shown = self.prompt.shown_floor(&floor);
                        let found = find(&shown, text).map(|n| {
                            shown
                                .people
                                .iter()
                                .position(|p| p.name == n)
                                .map_or(n, |i| floor.people[i].name.clone())
                        });
                        match found {
                            Err(e) => message = Some(e),
                            Ok(name) => {
                                let kind = match what {
                                    Typing::Add => Kind::Add,
                                    Typing::Point => Kind::Point,
                                    Typing::Remove => Kind::Remove,
                                };
                                match floor.check(kind, Some(&name)) {
                                    Err(e) => message = Some(e),
                                    Ok(()) => {
                                        self.floor_event(&mut floor, kind, Some(name.clone()))?;
                                        message = Some(match what {
                                            Typing::Add => {
                                                tr!(user(), "floor-on-stack", name = &name)
                                            }
                                            Typing::Point => {
                                                tr!(user(), "floor-point", name = &name)
                                            }
                                            Typing::Remove => {
                                                tr!(user(), "floor-off-stack", name = &name)
                                            }
                                        });
                                    }
                                }
                            }
                        }
                        mode = Mode::Keys;
                    }
                    _ => {}
                }
                continue;
            }
            match key.code {
                KeyCode::Char(c) if c.is_ascii_digit() => {
                    mode = Mode::Typing(Typing::Add, c.to_string());
                }
                KeyCode::Char('a') => mode = Mode::Typing(Typing::Add, String::new()),
                KeyCode::Char('o') => mode = Mode::Typing(Typing::Point, String::new()),
                KeyCode::Char('r') => mode = Mode::Typing(Typing::Remove, String::new()),
                KeyCode::Char('n') | KeyCode::Char(' ') => {
                    let now = second(clock::now()?);
                    match floor.next(rule, now).map(str::to_string) {
                        Some(name) => {
                            self.floor_event(&mut floor, Kind::Start, Some(name.clone()))?;
                            paused = None;
                            message = Some(tr!(user(), "floor-has-floor", name = &name));
                        }
                        None => {
                            if let Some((name, _)) = floor.speaker(now) {
                                let name = name.to_string();
                                self.floor_event(&mut floor, Kind::Stop, None)?;
                                paused = Some(name);
                            }
                            message = Some(tr!(user(), "floor-nobody-on-stack"));
                        }
                    }
                }
                KeyCode::Char('p') => {
                    let now = second(clock::now()?);
                    if let Some((name, _)) = floor.speaker(now) {
                        let name = name.to_string();
                        self.floor_event(&mut floor, Kind::Stop, None)?;
                        message = Some(tr!(user(), "floor-clock-paused", name = &name));
                        paused = Some(name);
                    } else if let Some(name) = paused.take() {
                        self.floor_event(&mut floor, Kind::Start, Some(name.clone()))?;
                        message = Some(tr!(user(), "floor-has-floor-again", name = &name));
                    } else {
                        message = Some(tr!(user(), "floor-nobody-is-speaking"));
                    }
                }
                KeyCode::Char('i') => {
                    panel = if panel == Panel::Protocol {
                        Panel::None
                    } else {
                        Panel::Protocol
                    }
                }
                KeyCode::Char('?') | KeyCode::Char('h') => {
                    panel = if panel == Panel::Help {
                        Panel::None
                    } else {
                        Panel::Help
                    }
                }
                KeyCode::Esc => panel = Panel::None,
                KeyCode::Char('d') => {
                    if floor.speaking.is_some() {
                        self.floor_event(&mut floor, Kind::Stop, None)?;
                    }
                    drop(screen);
                    return Ok(());
                }
                _ => message = Some(tr!(user(), "floor-keys-message", keys = keys())),
            }
        }
    }
}

/// The last one who spoke, when the floor was paused (their stop is the last event of a start).
fn last_speaker(events: &[Event]) -> Option<String> {
    let last_start = events.iter().rposition(|e| e.kind == Kind::Start)?;
    events[last_start + 1..]
        .iter()
        .all(|e| e.kind != Kind::Start)
        .then(|| events[last_start].name.clone())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::backend::TestBackend;

    fn t(seconds: i64) -> Timestamp {
        let base = Timestamp::parse("2026-11-23T19:00:00-05:00").unwrap();
        Timestamp(base.0 + chrono::Duration::seconds(seconds))
    }

    /// A discussion 20 minutes into a 45-minute council: Ana spoke long, Bo speaks, two wait.
    fn discussion() -> Floor {
        let mut floor = Floor::new([
            ("Ana", false),
            ("Bo", false),
            ("Chen", true),
            ("Dara", false),
            ("Eli", false),
        ]);
        for (at, kind, name) in [
            (300, Kind::Start, "Ana"),
            (1020, Kind::Add, "Dara"),
            (1021, Kind::Add, "Chen"),
            (1022, Kind::Add, "Ana"),
            (1030, Kind::Start, "Bo"),
        ] {
            floor
                .apply(&Event {
                    at: t(at),
                    kind,
                    name: Some(name.into()),
                })
                .unwrap();
        }
        floor
    }

    fn screen(width: u16, height: u16, view: &View) -> String {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal.draw(|f| render(f, view)).unwrap();
        let buffer = terminal.backend().buffer().clone();
        let mut out = String::new();
        for y in 0..height {
            let mut line = String::new();
            for x in 0..width {
                line.push_str(buffer[(x, y)].symbol());
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }

    fn view<'a>(floor: &'a Floor, rule: StackRule, now: i64, mode: &'a Mode) -> View<'a> {
        View {
            issue: "The bench is broken",
            floor,
            rule,
            now: t(now),
            timebox: Some((t(0), 45)),
            color: false,
            mode,
            panel: Panel::None,
            message: None,
            protocol: &[],
            paused: None,
        }
    }

    /// Prints every snapshot, to review them: `cargo test --lib print_floor_snapshots -- --nocapture`.
    #[test]
    fn print_floor_snapshots() {
        for (name, text) in snapshots() {
            println!("--- {name}\n{text}");
        }
    }

    fn snapshots() -> Vec<(&'static str, String)> {
        let floor = discussion();
        let keys = Mode::Keys;
        let typing = Mode::Typing(Typing::Add, "ch".into());
        let mut out = vec![
            (
                "80x24 progressive",
                screen(80, 24, &view(&floor, StackRule::Progressive, 1200, &keys)),
            ),
            (
                "80x24 in-order, typing",
                screen(80, 24, &view(&floor, StackRule::InOrder, 1200, &typing)),
            ),
        ];
        let mut help = view(&floor, StackRule::InOrder, 1200, &keys);
        help.panel = Panel::Help;
        out.push(("80x24 help", screen(80, 24, &help)));
        let reminders = ["Legal support: 555-0100".to_string()];
        let mut protocol = view(&floor, StackRule::InOrder, 1200, &keys);
        protocol.panel = Panel::Protocol;
        protocol.protocol = &reminders;
        out.push(("80x24 protocol", screen(80, 24, &protocol)));
        out.push((
            "60x16 stacked",
            screen(60, 16, &view(&floor, StackRule::Progressive, 2400, &keys)),
        ));
        out.push((
            "18x5 tiny",
            screen(18, 5, &view(&floor, StackRule::Progressive, 2900, &keys)),
        ));
        out
    }

    /// The screens, pinned in `src/convene/snapshots/`; `UPDATE_SNAPSHOTS=1` writes them anew.
    #[test]
    fn the_floor_looks_as_pinned_at_80x24_help_protocol_narrow_and_tiny() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/convene/snapshots");
        for (name, text) in snapshots() {
            let file = dir.join(format!("floor-{}.txt", name.replace([' ', ','], "-")));
            if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&file, &text).unwrap();
            }
            let pinned = std::fs::read_to_string(&file)
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            assert_eq!(text, pinned, "{name} differs from {}", file.display());
        }
    }

    #[test]
    fn every_size_down_to_one_cell_draws_without_a_panic() {
        let floor = discussion();
        let keys = Mode::Keys;
        for (w, h) in [
            (1, 1),
            (2, 3),
            (19, 6),
            (20, 6),
            (40, 8),
            (80, 24),
            (81, 7),
            (200, 60),
        ] {
            for rule in [StackRule::InOrder, StackRule::Progressive] {
                screen(w, h, &view(&floor, rule, 1200, &keys));
            }
        }
    }

    #[test]
    fn the_clock_reads_without_color_at_each_threshold() {
        let left = |now: i64| {
            time_left(t(now), Some((t(0), 45)), false)
                .content
                .to_string()
        };
        assert_eq!(left(0), " 45:00 left ");
        assert_eq!(left(35 * 60), " 10:00 left: last 10 min ");
        assert_eq!(left(40 * 60 + 1), " 4:59 left: last 5 min ");
        assert_eq!(left(45 * 60), " TIME IS UP +0:00 ");
        // Without color, no color at all: only bold and reverse video.
        for now in [0, 35 * 60, 40 * 60, 50 * 60] {
            let span = time_left(t(now), Some((t(0), 45)), false);
            assert_eq!((span.style.fg, span.style.bg), (None, None));
            let colored = time_left(t(now), Some((t(0), 45)), true);
            assert!(colored.style.fg.is_some());
        }
    }

    #[test]
    fn no_color_draws_no_color_anywhere() {
        let floor = discussion();
        let keys = Mode::Keys;
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        terminal
            .draw(|f| render(f, &view(&floor, StackRule::Progressive, 2900, &keys)))
            .unwrap();
        for cell in terminal.backend().buffer().content() {
            assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "{cell:?}");
        }
    }

    #[test]
    fn people_are_found_by_number_name_or_an_unambiguous_part() {
        let floor = Floor::new([("Ana", false), ("Anabel", false), ("Bo", false)]);
        assert_eq!(find(&floor, "2").unwrap(), "Anabel");
        assert_eq!(find(&floor, "ana").unwrap(), "Ana");
        assert_eq!(find(&floor, "bel").unwrap(), "Anabel");
        assert_eq!(
            find(&floor, "an").unwrap_err(),
            "\"an\" could be Ana, Anabel: type more, or the number"
        );
        assert_eq!(find(&floor, "4").unwrap_err(), "nobody has the number 4");
        assert_eq!(find(&floor, "0").unwrap_err(), "nobody has the number 0");
        assert_eq!(
            find(&floor, "zed").unwrap_err(),
            "nobody present matches \"zed\""
        );
    }

    #[test]
    fn a_paused_speaker_is_the_last_one_started() {
        let e = |kind, name: Option<&str>| Event {
            at: t(0),
            kind,
            name: name.map(str::to_string),
        };
        assert_eq!(
            last_speaker(&[
                e(Kind::Start, Some("Ana")),
                e(Kind::Stop, None),
                e(Kind::Add, Some("Bo"))
            ]),
            Some("Ana".into())
        );
        assert_eq!(last_speaker(&[e(Kind::Add, Some("Bo"))]), None);
    }

    #[test]
    fn the_row_backend_draws_what_was_drawn_after_a_change() {
        let mut terminal = Terminal::new(Rows::new(TestBackend::new(20, 3))).unwrap();
        terminal
            .draw(|f| f.render_widget(Paragraph::new("Bo is speaking"), f.area()))
            .unwrap();
        terminal
            .draw(|f| f.render_widget(Paragraph::new("Bo is pausing"), f.area()))
            .unwrap();
        let buffer = terminal.backend().inner.buffer();
        let row: String = (0..20)
            .map(|x| buffer[(x, 0)].symbol().to_string())
            .collect();
        assert_eq!(row.trim_end(), "Bo is pausing");
    }
}
