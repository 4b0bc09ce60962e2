//! The command line: global options and one subcommand per file under `commands/`.

use crate::commands;
use crate::ui::ColorChoice;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// The heading the options every subcommand takes are listed under, apart from its own.
const GLOBAL: &str = "Global options";

/// Parses the command line; clap's own help and errors follow `--color` and NO_COLOR too,
/// and `--help` speaks the user's language (`--lang`, else the locale), fixed here before parsing.
pub fn parse() -> Cli {
    use clap::{CommandFactory as _, FromArgMatches as _};
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let choice = requested_color(&args);
    let lang = crate::i18n::user_lang(requested_lang(&args).as_deref(), |v| std::env::var(v).ok());
    crate::i18n::set_user(lang);
    let command = translated(Cli::command(), lang).color(choice);
    let matches = command.get_matches_from(args);
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// The value of `--lang LANG` (or `--lang=LANG`), read before parsing.
fn requested_lang(args: &[std::ffi::OsString]) -> Option<String> {
    let mut asked = None;
    for (n, arg) in args.iter().enumerate() {
        let arg = arg.to_string_lossy();
        if arg == "--" {
            break;
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            asked = Some(value.to_string());
        } else if arg == "--lang" {
            asked = args.get(n + 1).map(|v| v.to_string_lossy().into_owned());
        }
    }
    asked
}

/// The message id of a command's about text (`help-council`, `help-council-init`) or, with
/// `arg`, of one of its options' help (`help-council-init--template`).
pub fn help_id(path: &str, arg: Option<&str>) -> String {
    match arg {
        Some(arg) => format!("help-{path}--{arg}"),
        None => format!("help-{path}"),
    }
}

/// The command line with its help texts in `lang`: each command's about and each option's
/// help, from `i18n/<lang>/help.ftl`. English is the doc comments themselves.
///
/// The long paragraphs of `--help` and its examples are `help-<path>-long-about` and
/// `help-<path>-examples`; a command without them (`completions`, `man`) shows its one-line
/// about under `--help` too, rather than English paragraphs.
pub fn translated(command: clap::Command, lang: crate::i18n::Lang) -> clap::Command {
    if lang == crate::i18n::Lang::En {
        return command;
    }
    translate(command, lang, "council")
}

fn translate(mut command: clap::Command, lang: crate::i18n::Lang, path: &str) -> clap::Command {
    let text = |id: String| crate::i18n::translation(lang, &id);
    if let Some(about) = text(help_id(path, None)) {
        let long = text(format!("{}-long-about", help_id(path, None)));
        command = command
            .about(about.clone())
            .long_about(long.unwrap_or(about));
    }
    if let Some(examples) = text(format!("{}-examples", help_id(path, None))) {
        command = command.after_long_help(examples);
    }
    let args: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    let heading = text("help-heading-global".into());
    for arg in args {
        if let Some(help) = text(help_id(path, Some(&arg))) {
            command = command.mut_arg(&arg, |a| a.help(help.clone()).long_help(help));
        }
        if let Some(heading) = &heading {
            command = command.mut_arg(arg, |a| {
                if a.get_help_heading() == Some(GLOBAL) {
                    a.help_heading(heading.clone())
                } else {
                    a
                }
            });
        }
    }
    if path == "council" {
        // `--help` describes `--color`'s values too: in the user's language.
        command = command.mut_arg("color", |a| a.value_parser(TranslatedColor(lang)));
    }
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in subcommands {
        let sub = format!("{path}-{name}");
        command = command.mut_subcommand(name, |c| translate(c, lang, &sub));
    }
    command
}

/// `--color`'s values, parsed as ever, described in `help-value-color-<value>` of `lang`.
#[derive(Clone)]
struct TranslatedColor(crate::i18n::Lang);

impl clap::builder::TypedValueParser for TranslatedColor {
    type Value = crate::ui::ColorChoice;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Self::Value, clap::Error> {
        clap::builder::EnumValueParser::<crate::ui::ColorChoice>::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        use clap::ValueEnum;
        Some(Box::new(
            crate::ui::ColorChoice::value_variants()
                .iter()
                .filter_map(ValueEnum::to_possible_value)
                .map(|v| {
                    let id = format!("help-value-color-{}", v.get_name());
                    match crate::i18n::translation(self.0, &id) {
                        Some(help) => v.help(help),
                        None => v,
                    }
                }),
        ))
    }
}

/// What `--color WHEN` (or `--color=WHEN`) and NO_COLOR ask of clap, read before parsing.
fn requested_color(args: &[std::ffi::OsString]) -> clap::ColorChoice {
    let mut asked = None;
    for (n, arg) in args.iter().enumerate() {
        let arg = arg.to_string_lossy();
        if arg == "--" {
            break;
        }
        if let Some(value) = arg.strip_prefix("--color=") {
            asked = Some(value.to_string());
        } else if arg == "--color" {
            asked = args.get(n + 1).map(|v| v.to_string_lossy().into_owned());
        }
    }
    match asked.as_deref() {
        Some("always") => clap::ColorChoice::Always,
        Some("never") => clap::ColorChoice::Never,
        _ if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) => {
            clap::ColorChoice::Never
        }
        _ => clap::ColorChoice::Auto,
    }
}

/// Run neighborhood flash councils: a lot anyone can re-check, one decision, tasks, public minutes.
///
/// A flash council takes up one concrete local problem, draws its facilitator by
/// lot (RFC 3797), makes exactly one decision, hands out tasks and dissolves.
/// Its minutes are plain-text files committed to a git repository: the
/// council's public log.
///
/// Start a log with `council init`. At the meeting, `council convene` asks the
/// room one question at a time, journaling every answer (`council resume`
/// after a crash). For scripts, `council run FILE` runs a whole council from an
/// answers file (`council run --example` prints one). Re-check every draw with
/// `council verify`.
#[derive(Debug, Parser)]
#[command(name = "council", version, max_term_width = 100)]
pub struct Cli {
    /// The council's log (a git repository); default: the log around the current directory.
    #[arg(long, global = true, env = "COUNCIL_LOG", value_name = "DIR", help_heading = GLOBAL)]
    pub log: Option<PathBuf>,

    /// When to color messages: auto colors a terminal unless NO_COLOR is set.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN", help_heading = GLOBAL)]
    pub color: ColorChoice,

    /// Print no status messages, only data and errors.
    #[arg(long, short, global = true, help_heading = GLOBAL)]
    pub quiet: bool,

    /// The language of terminal output: en, fr or es; default: LC_ALL, LC_MESSAGES, LANG.
    #[arg(long, global = true, value_name = "LANG", value_parser = ["en", "fr", "es"])]
    pub lang: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Init(commands::init::Args),
    Convene(commands::convene::Args),
    Resume(commands::resume::Args),
    Abandon(commands::abandon::Args),
    Run(commands::run::Args),
    Correct(commands::correct::Args),
    Draw(commands::draw::Args),
    Verify(commands::verify::Args),
    Log(commands::log::Args),
    Show(commands::show::Args),
    Tasks(commands::tasks::Args),
    Report(commands::report::Args),
    Ledger(commands::ledger::Args),
    Stats(commands::stats::Args),
    Delegates(commands::delegates::Args),
    Sync(commands::sync::Args),
    Federation(commands::federation::Args),
    Secret(commands::secret::Args),
    Site(commands::site::Args),
    Feed(commands::feed::Args),
    Notice(commands::notice::Args),
    Completions(commands::completions::Args),
    Man(commands::completions::ManArgs),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    /// Every help text of the command line, by message id: the doc comments, in English.
    fn help_texts(command: &clap::Command, path: &str, out: &mut Vec<(String, String)>) {
        if let Some(about) = command.get_about() {
            out.push((help_id(path, None), about.to_string()));
        }
        // The long help of `completions` and `man` stays English, as their output does.
        let own = !["council-completions", "council-man"].contains(&path);
        if let Some(long) = command.get_long_about().filter(|_| own) {
            out.push((
                format!("{}-long-about", help_id(path, None)),
                long.to_string(),
            ));
        }
        if let Some(examples) = command.get_after_long_help().filter(|_| own) {
            out.push((
                format!("{}-examples", help_id(path, None)),
                examples.to_string(),
            ));
        }
        for arg in command.get_arguments() {
            if let Some(help) = arg.get_help() {
                out.push((help_id(path, Some(arg.get_id().as_str())), help.to_string()));
            }
        }
        for sub in command.get_subcommands() {
            help_texts(sub, &format!("{path}-{}", sub.get_name()), out);
        }
    }

    #[test]
    fn the_global_options_heading_is_translated_and_english_is_the_code_s() {
        assert_eq!(
            crate::i18n::translation(Lang::En, "help-heading-global").as_deref(),
            Some(GLOBAL)
        );
        let fr = translated(Cli::command(), Lang::Fr);
        let log = fr.get_arguments().find(|a| a.get_id() == "log").unwrap();
        assert_eq!(log.get_help_heading(), Some("Options globales"));
    }

    #[test]
    fn english_help_messages_are_the_doc_comments() {
        // English is the source: `i18n/en/help.ftl` holds every help text as the code writes it,
        // so `every_language_has_every_message` asks French and Spanish for each of them.
        let mut texts = Vec::new();
        help_texts(&Cli::command(), "council", &mut texts);
        assert!(texts.len() > 50, "{texts:?}");
        let wrong: Vec<String> = texts
            .iter()
            .filter(|(id, text)| crate::i18n::translation(Lang::En, id).as_ref() != Some(text))
            .map(|(id, text)| format!("{id} = {text}"))
            .collect();
        assert!(
            wrong.is_empty(),
            "i18n/en/help.ftl should hold:\n{}",
            wrong.join("\n")
        );
    }

    #[test]
    fn help_is_translated_before_parsing() {
        let fr = translated(Cli::command(), Lang::Fr);
        let init = fr.find_subcommand("init").unwrap();
        assert_ne!(
            init.get_about().map(|a| a.to_string()),
            Cli::command()
                .find_subcommand("init")
                .unwrap()
                .get_about()
                .map(|a| a.to_string())
        );
        let mut texts = Vec::new();
        help_texts(&fr, "council", &mut texts);
        for (id, text) in texts {
            // A command with no long help of its own in French shows its one-line about.
            let expected = crate::i18n::translation(Lang::Fr, &id).or_else(|| {
                let about = id.strip_suffix("-long-about")?;
                crate::i18n::translation(Lang::Fr, about)
            });
            assert_eq!(expected, Some(text), "{id}");
        }
        let args = |a: &[&str]| a.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            requested_lang(&args(&["council", "--lang", "es", "log"])),
            Some("es".into())
        );
        assert_eq!(
            requested_lang(&args(&["council", "log", "--lang=fr"])),
            Some("fr".into())
        );
        assert_eq!(
            requested_lang(&args(&["council", "--", "--lang", "fr"])),
            None
        );
    }
}
