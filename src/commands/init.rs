//! `council init`: create or adopt the public log.

use crate::council::settings::CouncilToml;
use crate::error::{Fail, hint};
use crate::i18n::Lang;
use crate::i18n::user;
use crate::log::{CONFIG_FILE, Log, NewFile};
use crate::ops::{Added, Plan};
use crate::readme;
use crate::tr;
use crate::ui::Ui;
use anyhow::{Context as _, Result};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The templates in the project's `councils/` folder, embedded in the binary.
pub const TEMPLATES: [(&str, &str); 5] = [
    ("default", include_str!("../../councils/default.toml")),
    ("assembly", include_str!("../../councils/assembly.toml")),
    ("block", include_str!("../../councils/block.toml")),
    ("tenants", include_str!("../../councils/tenants.toml")),
    ("mutual-aid", include_str!("../../councils/mutual-aid.toml")),
];

/// A template's settings in a line, and what its opening comment says it is for.
fn describe(text: &str) -> Result<String> {
    let settings: crate::council::settings::CouncilToml =
        toml::from_str(text).context("the embedded template is not valid (a bug)")?;
    let about: Vec<&str> = text
        .lines()
        .take_while(|l| l.starts_with('#'))
        .map(|l| l.trim_start_matches('#').trim())
        .collect();
    let about = about.join(" ");
    let first = about
        .split(". ")
        .next()
        .unwrap_or_default()
        .trim_end_matches('.');
    Ok(format!(
        "{}, {} minutes, {}, stack {}: {first}",
        settings.decision_rule.as_str(),
        settings.duration_minutes,
        settings.rotation.as_str(),
        settings.stack.as_str(),
    ))
}

/// Create a council's public log, or adopt an existing git repository as one.
///
/// Runs `git init` when DIR is not a repository yet (an existing repository,
/// such as a fresh clone of an empty log, is adopted), writes `council.toml`
/// from a template with every setting spelled out, a generated README.md, and
/// commits both as the council's identity. The user's own staged or unstaged
/// changes are left as they are. A directory that already holds a log is
/// refused, and nothing is overwritten.
///
/// Templates (`--list-templates` says what each is for): "default" (consent, 45
/// minutes), "assembly" (supermajority, 60), "block" (consent, 30), "tenants"
/// (consensus, 60, talk shares kept), "mutual-aid" (majority, 40, no discussion kept).
#[derive(Debug, clap::Args)]
#[command(after_long_help = "Examples:
  council init my-log                       a new log with the default settings
  council init --remote URL my-log          and publish it to URL with `council sync`")]
pub struct Args {
    /// Where the log lives; default: --log, else the current directory.
    pub dir: Option<PathBuf>,

    /// The council.toml template to start from.
    #[arg(
        long,
        default_value = "default",
        value_parser = ["default", "assembly", "block", "tenants", "mutual-aid"]
    )]
    pub template: String,

    /// List the templates, with their settings and what each is for, and create nothing.
    #[arg(long, exclusive = true)]
    pub list_templates: bool,

    /// The council's name (also the git author of its commits); default: the template's.
    #[arg(long)]
    pub name: Option<String>,

    /// Where the log is published (an empty repository on a forge, a server or a USB
    /// stick): set as `origin`, which `council sync` pushes to. A clone already has one.
    #[arg(long, value_name = "URL")]
    pub remote: Option<String>,

    /// The language of the minutes and of the log's README: en, fr or es.
    #[arg(long, value_name = "LANG", value_parser = ["en", "fr", "es"])]
    pub language: Option<String>,

    /// What the public minutes write for a person: names (as entered), pseudonyms (a stable
    /// pseudonym per person, keyed by a secret kept on this laptop) or cards (numbered
    /// cards, no name at all); default: the template's. Git history is forever.
    #[arg(long, value_name = "MODE", value_parser = ["names", "pseudonyms", "cards"])]
    pub privacy: Option<String>,
}

pub fn cmd_init(ui: &Ui, log_dir: Option<&Path>, args: &Args) -> Result<ExitCode> {
    if args.list_templates {
        for (name, text) in TEMPLATES {
            ui.line(&format!("{name:<11} {}", describe(text)?))?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let dir = match (&args.dir, log_dir) {
        (Some(dir), _) => Some(dir.clone()),
        (None, Some(dir)) => Some(dir.to_path_buf()),
        (None, None) => None,
    };
    if let Some(url) = &args.remote {
        crate::log::check_url("--remote", url)?;
    }
    let language = args.language.as_deref().and_then(Lang::parse);
    let log = init(
        ui,
        dir.as_deref(),
        &args.template,
        args.name.as_deref(),
        language,
        args.privacy.as_deref(),
    )?;
    let at = log.root().display().to_string();
    ui.note(&crate::tr!(crate::i18n::user(), "privacy-init-modes"));
    if let Some(url) = &args.remote {
        log.set_origin(url)?;
        ui.status(
            &tr!(user(), "verb-origin"),
            &tr!(user(), "init-origin", url = url),
        );
    }
    if let Some(url) = log.origin_url() {
        ui.note(&tr!(user(), "init-publish", at = &at, url = url));
    }
    ui.note(&format!(
        "{}\n      {}\n      {}",
        tr!(user(), "init-next-convene", at = &at),
        tr!(user(), "init-next-run", at = &at),
        tr!(user(), "init-next-example")
    ));
    Ok(ExitCode::SUCCESS)
}

/// Creates or adopts the log at `dir`; shared with `council run --init`.
///
/// Without `dir`, the repository GIT_DIR (and GIT_WORK_TREE) name, as git
/// itself would use, else the current directory.
pub fn init(
    ui: &Ui,
    dir: Option<&Path>,
    template: &str,
    name: Option<&str>,
    language: Option<Lang>,
    privacy: Option<&str>,
) -> Result<Log> {
    // Everything that can refuse is checked before anything is created.
    let text = render_template(template, name, language, privacy)?;
    let config: CouncilToml =
        toml::from_str(&text).context("the embedded template is not valid (a bug)")?;
    crate::ops::signature(ui, &config).map_err(|e| {
        hint(
            tr!(
                user(),
                "err-init-name-sign",
                name = format!("{:?}", name.unwrap_or_default()),
                error = e.to_string()
            ),
            tr!(user(), "err-init-name-sign-hint"),
        )
    })?;
    // A link would send the log's files elsewhere: refuse before `git init` or any check reads through it.
    let own_files = [CONFIG_FILE, "README.md"];
    let here;
    let dir = match dir {
        Some(dir) => dir,
        None if std::env::var_os("GIT_DIR").is_some() => {
            let log = Log::open_repository_env()?;
            ui.status(
                &tr!(user(), "verb-adopting"),
                &tr!(
                    user(),
                    "init-adopting-git-dir",
                    path = log.root().display().to_string()
                ),
            );
            return adopt(ui, log, &own_files, &text, &config);
        }
        None => {
            here = std::env::current_dir().context("failed to read the current directory")?;
            &here
        }
    };
    std::fs::create_dir_all(dir).with_context(|| format!("failed to create {}", dir.display()))?;
    let log = match Log::open_repository(dir) {
        Some(log) => {
            ui.status(
                &tr!(user(), "verb-adopting"),
                &tr!(user(), "init-adopting", path = dir.display().to_string()),
            );
            log
        }
        None => {
            crate::log::refuse_links_in_folder(dir, &own_files)?;
            let log = Log::create(dir)?;
            ui.status(
                &tr!(user(), "verb-created"),
                &tr!(user(), "init-created", path = dir.display().to_string()),
            );
            log
        }
    };
    adopt(ui, log, &own_files, &text, &config)
}

/// Makes a council log of a repository: checks it holds none yet, then commits
/// `council.toml` and the README.
fn adopt(ui: &Ui, log: Log, own_files: &[&str], text: &str, config: &CouncilToml) -> Result<Log> {
    log.refuse_links(own_files)?;
    let head = log.head()?;
    if head.is_none()
        && let Some(branch) = log.unrelated_origin_logs(None)?.first()
    {
        // A clone of a log whose HEAD names another branch: origin's log is the log.
        return adopt_origin(ui, log, branch);
    }
    let in_tree = |file: &str| -> Result<bool> {
        let in_head = match head {
            Some(head) => log.read_at(head, file)?.is_some(),
            None => false,
        };
        Ok(in_head || log.root().join(file).exists())
    };
    if in_tree(CONFIG_FILE)? {
        return Err(hint(
            tr!(
                user(),
                "err-init-exists",
                path = log.root().display().to_string(),
                file = CONFIG_FILE
            ),
            tr!(
                user(),
                "err-init-exists-hint",
                path = log.root().display().to_string()
            ),
        ));
    }
    let readme_path = log.root().join("README.md");
    let own_readme = match head
        .map(|h| log.read_at(h, "README.md"))
        .transpose()?
        .flatten()
    {
        Some(bytes) => Some(bytes),
        None => std::fs::read(&readme_path).ok(),
    };
    if let Some(bytes) = own_readme
        && !String::from_utf8_lossy(&bytes).starts_with(readme::MARKER)
    {
        return Err(hint(
            tr!(
                user(),
                "err-init-readme",
                path = log.root().display().to_string()
            ),
            tr!(user(), "err-init-readme-hint"),
        ));
    }

    let lock = super::lock(ui, &log)?;
    let state = log.state()?;
    let message = format!("Start the public log of {}", config.name);
    let written = crate::ops::write(ui, &log, config, &lock, state, |_| {
        Ok(Plan {
            files: vec![NewFile {
                path: CONFIG_FILE.to_string(),
                bytes: text.as_bytes().to_vec(),
                replace: false,
            }],
            added: Added::Start,
            message: message.clone(),
            council_history: None,
            merge: None,
        })
    })?;
    let oid = written.commit;
    ui.status(
        &tr!(user(), "verb-started"),
        &tr!(
            user(),
            "init-started",
            name = &config.name,
            path = log.root().display().to_string(),
            commit = oid.short().to_string()
        ),
    );
    Ok(log)
}

/// A clone with no commit on its branch, of an origin holding a council log on `branch`:
/// that branch is checked out when the work tree is empty, or the command to do so is named.
/// Never a second, unrelated log beside origin's.
fn adopt_origin(ui: &Ui, log: Log, branch: &str) -> Result<Log> {
    let root = log.root();
    let empty = std::fs::read_dir(&root)
        .map(|entries| entries.flatten().all(|e| e.file_name() == ".git"))
        .unwrap_or(false);
    if !empty {
        return Err(hint(
            tr!(
                user(),
                "err-init-origin-log",
                path = root.display().to_string(),
                branch = branch
            ),
            tr!(
                user(),
                "err-init-origin-log-hint",
                path = root.display().to_string(),
                branch = branch
            ),
        ));
    }
    log.switch_to_origin(branch)?;
    ui.status(
        &tr!(user(), "verb-adopting"),
        &tr!(
            user(),
            "init-origin-log",
            path = root.display().to_string(),
            branch = branch
        ),
    );
    Log::open(Some(&root))
}

/// Fills a template's name and identity without touching its comments or concatenating TOML.
fn render_template(
    template: &str,
    name: Option<&str>,
    language: Option<Lang>,
    privacy: Option<&str>,
) -> Result<String> {
    let (_, text) = TEMPLATES
        .iter()
        .find(|(t, _)| *t == template)
        .ok_or_else(|| {
            Fail::usage(
                tr!(user(), "err-init-template", name = format!("{template:?}")),
                tr!(user(), "err-init-template-hint"),
            )
        })?;
    if name.is_none() && language.is_none() && privacy.is_none() {
        return Ok(text.to_string());
    }
    let mut doc: toml_edit::DocumentMut = text
        .parse()
        .context("the embedded template is not valid (a bug)")?;
    if let Some(language) = language {
        doc["language"] = toml_edit::value(language.code());
    }
    let comments = language.unwrap_or(Lang::En);
    if let Some(privacy) = privacy {
        doc["privacy"] = toml_edit::value(privacy);
    }
    let Some(name) = name else {
        return Ok(translate_comments(&doc.to_string(), comments));
    };
    if name.trim().is_empty() || name.chars().any(char::is_control) {
        return Err(Fail::usage(
            tr!(user(), "err-init-name", name = format!("{name:?}")),
            tr!(user(), "err-init-name-hint"),
        ));
    }
    doc["name"] = toml_edit::value(name);
    doc["identity"]["name"] = toml_edit::value(name);
    Ok(translate_comments(&doc.to_string(), comments))
}

/// The template's comments in the log's language (`settings-comment-<n>` in settings.ftl):
/// council.toml explains itself to the neighbors who read it. Only `#` lines change; keys and
/// values stay as they are, so the settings read the same in every language.
fn translate_comments(text: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return text.to_string();
    }
    let ids: Vec<(String, String)> = (1..=MAX_COMMENT)
        .map(|n| format!("settings-comment-{n}"))
        .filter_map(|id| crate::i18n::translation(Lang::En, &id).map(|en| (id, en)))
        .collect();
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches('\n');
        let body = content.trim_start().strip_prefix('#').map(str::trim_start);
        let translated = body.and_then(|body| {
            let (id, _) = ids.iter().find(|(_, en)| en == body)?;
            let prefix = &content[..content.len() - body.len()];
            Some(format!("{prefix}{}", tr!(lang, id)))
        });
        match translated {
            Some(t) => {
                out.push_str(&t);
                if line.ends_with('\n') {
                    out.push('\n');
                }
            }
            None => out.push_str(line),
        }
    }
    out
}

/// The highest `settings-comment-<n>` of settings.ftl.
const MAX_COMMENT: usize = 42;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translated_comments_leave_every_setting_as_it_was() {
        for (name, text) in TEMPLATES {
            let english: toml::Table = toml::from_str(text).unwrap();
            for lang in [Lang::Fr, Lang::Es] {
                let translated = translate_comments(text, lang);
                assert_ne!(translated, text, "{name} in {lang}: no comment translated");
                let read: toml::Table = toml::from_str(&translated).unwrap();
                assert_eq!(read, english, "{name} in {lang}");
                assert_eq!(translated.lines().count(), text.lines().count(), "{name}");
                // Every prose comment has its translation; only the commented-out example stays.
                for (en, line) in text.lines().zip(translated.lines()) {
                    let prose = en.trim_start().starts_with('#')
                        && !en.contains(" = ")
                        && !en.contains("[[peers]]")
                        && !en.ends_with("| supermajority");
                    assert!(!prose || en != line, "{name} in {lang}: {en}");
                }
            }
        }
    }
}
