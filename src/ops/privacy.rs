//! The privacy mode's files on this laptop: the pseudonym secret and the roster.
//!
//! Both live in `.git/council/` (mode 0600), outside the work tree and outside
//! every commit: `secret` keys the pseudonyms, `roster.toml` says who is behind
//! each pseudonym this laptop has seen, for screens only.

use crate::council::Answers;
use crate::council::privacy::{self, Roster, Secret};
use crate::council::settings::{CouncilToml, Privacy};
use crate::error::{Fail, hint};
use crate::log::Log;
use anyhow::{Context as _, Result};
use rand::TryRngCore;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Where the pseudonym secret of `log` is kept.
pub fn secret_path(log: &Log) -> PathBuf {
    log.git_dir().join("council").join("secret")
}

/// Where this laptop's roster (pseudonym → real name) is kept.
pub fn roster_path(log: &Log) -> PathBuf {
    log.git_dir().join("council").join("roster.toml")
}

/// The secret, when this laptop has one.
pub fn secret(log: &Log) -> Result<Option<Secret>> {
    let path = secret_path(log);
    match std::fs::symlink_metadata(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Fail::new(format!("failed to read {}: {e}", path.display())).into()),
        Ok(m) if !m.is_file() => {
            return Err(hint(
                format!("{} is not a plain file", path.display()),
                "remove it; `council secret import` puts a secret back",
            ));
        }
        Ok(m) => {
            // Whoever can read the secret can test any name against the log's pseudonyms.
            #[cfg(unix)]
            if std::os::unix::fs::PermissionsExt::mode(&m.permissions()) & 0o077 != 0 {
                let lang = crate::i18n::user();
                return Err(hint(
                    crate::tr!(
                        lang,
                        "privacy-secret-open",
                        path = path.display().to_string(),
                        mode = format!(
                            "{:o}",
                            std::os::unix::fs::PermissionsExt::mode(&m.permissions()) & 0o777
                        )
                    ),
                    crate::tr!(
                        lang,
                        "privacy-secret-open-hint",
                        path = path.display().to_string()
                    ),
                ));
            }
            #[cfg(not(unix))]
            let _ = m;
        }
    }
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("failed to read the pseudonym secret {}", path.display()))?;
    Secret::parse(&text).map(Some).map_err(|e| {
        hint(
            format!("{} is damaged: {e}", path.display()),
            "import the secret again from another laptop with `council secret import FILE`",
        )
    })
}

/// The secret, made on first need from the OS random source, as long as `history` (the
/// log this laptop is about to write to) holds no pseudonym yet, in its councils nor in
/// the files beside them (abandoned traces, report-backs, corrections).
///
/// A log whose councils already hold pseudonyms was keyed with a secret made elsewhere: a
/// new one here would give the same people new pseudonyms (rotation and stats would count
/// them twice). That is refused: import the secret, or make a new one knowingly with
/// `council secret new`.
pub fn secret_or_create(
    ui: &crate::ui::Ui,
    log: &Log,
    history: &crate::council::pools::History,
) -> Result<Secret> {
    if let Some(secret) = secret(log)? {
        return Ok(secret);
    }
    if history
        .known_people()
        .iter()
        .any(|p| privacy::is_pseudonym(p))
        || published_pseudonym(log)?
    {
        let lang = crate::i18n::user();
        return Err(hint(
            crate::tr!(
                lang,
                "privacy-secret-missing",
                path = secret_path(log).display().to_string()
            ),
            crate::tr!(lang, "privacy-secret-missing-hint"),
        ));
    }
    create_secret(ui, log)
}

/// Whether a file of the log beside the councils holds a pseudonym: an abandoned council's
/// trace (its attendees and pool), or a pseudonym written in a report-back's or a
/// correction's note.
fn published_pseudonym(log: &Log) -> Result<bool> {
    fn holds(value: &toml::Value) -> bool {
        match value {
            toml::Value::String(s) => s.split_whitespace().any(|w| {
                privacy::is_pseudonym(w.trim_matches(|c: char| !c.is_ascii_alphanumeric()))
            }),
            toml::Value::Array(a) => a.iter().any(holds),
            toml::Value::Table(t) => t.values().any(holds),
            _ => false,
        }
    }
    fn any<T: serde::Serialize>(items: &[T]) -> bool {
        items
            .iter()
            .any(|i| toml::Value::try_from(i).is_ok_and(|v| holds(&v)))
    }
    let head = log.head()?;
    let reports: Vec<_> = log.reports_at(head)?.into_iter().map(|(_, r)| r).collect();
    let corrections: Vec<_> = log
        .corrections_at(head)?
        .into_iter()
        .map(|(_, c)| c)
        .collect();
    Ok(any(&log.abandoned_at(head)?) || any(&reports) || any(&corrections))
}

/// Makes a new secret from the OS random source and keeps it (the caller checked there is none).
pub fn create_secret(ui: &crate::ui::Ui, log: &Log) -> Result<Secret> {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng
        .try_fill_bytes(&mut bytes)
        .map_err(|e| Fail::new(format!("the OS random source failed: {e}")))?;
    let secret = Secret::from_bytes(bytes);
    write_private(&secret_path(log), secret.to_file().as_bytes())?;
    ui.note(&crate::tr!(
        crate::i18n::user(),
        "privacy-secret-made",
        path = secret_path(log).display().to_string()
    ));
    Ok(secret)
}

/// This laptop's roster; empty when there is none yet.
pub fn roster(log: &Log) -> Result<Roster> {
    let path = roster_path(log);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Roster::default()),
        Err(e) => return Err(Fail::new(format!("failed to read {}: {e}", path.display())).into()),
    };
    toml::from_str(&text).map_err(|e| {
        hint(
            format!("{} is damaged: {e}", path.display()),
            "move it away: the pseudonyms are unchanged, only this laptop forgets who is behind them",
        )
    })
}

/// Saves the roster (0600, replaced atomically).
pub fn save_roster(log: &Log, roster: &Roster) -> Result<()> {
    let text = format!(
        "# Who is behind each pseudonym, as far as this laptop knows. Never committed; never share it.\n{}",
        toml::to_string(roster).context("failed to write the roster")?
    );
    write_private(&roster_path(log), text.as_bytes())
}

/// Writes a file only its owner can read, through a temporary file and a rename.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().expect("a file in a folder");
    std::fs::create_dir_all(dir).with_context(|| format!("failed to create {}", dir.display()))?;
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(hint(
            format!("{} is a symbolic link", path.display()),
            "remove the link; council never writes through one",
        ));
    }
    let tmp = path.with_extension("tmp");
    let _ = std::fs::remove_file(&tmp);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(&tmp)
        .with_context(|| format!("failed to create {}", tmp.display()))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .with_context(|| format!("failed to write {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("failed to write {}", path.display()))
}

/// The answers as the public log may hold them under the privacy mode in force:
/// names in `names`, pseudonyms (the roster taught who is who) in `pseudonyms`,
/// card numbers checked in `cards`. `origin` names the answers in errors.
pub fn prepare(
    ui: &crate::ui::Ui,
    log: &Log,
    config: &CouncilToml,
    answers: Answers,
    origin: &str,
) -> Result<Answers> {
    let refused = |e: String| {
        hint(
            format!("{origin}: {e}"),
            crate::tr!(crate::i18n::user(), "privacy-answers-hint"),
        )
    };
    match config.privacy {
        Privacy::Names => Ok(answers),
        Privacy::Cards => {
            privacy::check_cards(&answers).map_err(refused)?;
            Ok(answers)
        }
        Privacy::Pseudonyms => {
            let secret = secret_or_create(ui, log, &log.state()?.history())?;
            let mut roster = roster(log)?;
            // A did-you-mean on real names, against the people this laptop knows.
            for a in &answers.attendees {
                if privacy::is_pseudonym(&a.name)
                    || roster.real(&privacy::pseudonym(&secret, &a.name)).is_some()
                {
                    continue;
                }
                let near = crate::council::names::did_you_mean(
                    &a.name,
                    roster.people.values().map(String::as_str),
                );
                if !near.is_empty() {
                    let names: Vec<String> = near.iter().map(|n| crate::ui::clean(n)).collect();
                    ui.note(&crate::tr!(
                        crate::i18n::user(),
                        "privacy-new-here",
                        name = crate::ui::clean(&a.name),
                        names = names.join(" / ")
                    ));
                }
            }
            let out = privacy::pseudonymize(&answers, &secret, &mut roster).map_err(refused)?;
            save_roster(log, &roster)?;
            Ok(out)
        }
    }
}

/// Refuses free text (a report-back's note, a correction) naming someone this laptop
/// knows, under `pseudonyms`: it would publish the name.
pub fn check_text(log: &Log, config: &CouncilToml, text: &str) -> Result<()> {
    if config.privacy != Privacy::Pseudonyms {
        return Ok(());
    }
    let roster = roster(log)?;
    let known = privacy::Known::new(roster.people.values().map(String::as_str));
    if let Some(name) = known.named_in(text) {
        let lang = crate::i18n::user();
        return Err(hint(
            crate::tr!(lang, "privacy-text-names", name = crate::ui::clean(name)),
            crate::tr!(lang, "privacy-text-names-hint"),
        ));
    }
    Ok(())
}

/// The real names free text must not hold: everyone this laptop's roster knows, under
/// `pseudonyms`; none under the other modes.
pub fn known_names(log: &Log, config: &CouncilToml) -> Result<Vec<String>> {
    if config.privacy != Privacy::Pseudonyms {
        return Ok(Vec::new());
    }
    Ok(roster(log)?.people.into_values().collect())
}

/// What the log's README says of the privacy mode, in the council's language: nothing for names.
pub fn readme_note(config: &CouncilToml) -> String {
    let lang = config.language;
    let id = match config.privacy {
        Privacy::Names => return String::new(),
        Privacy::Pseudonyms => "readme-privacy-pseudonyms",
        Privacy::Cards => "readme-privacy-cards",
    };
    format!(
        "\n## {}\n\n{}\n",
        crate::tr!(lang, "readme-privacy-heading"),
        crate::tr!(lang, id)
    )
}

/// Whether a read command shows real names: asked with `--real-names`, or, for text, on a
/// terminal (a screen on this laptop). JSON and text piped elsewhere keep the pseudonyms.
pub fn shows_real_names(asked: bool, json: bool, ui: &crate::ui::Ui) -> bool {
    asked || (!json && ui.stdout_is_terminal)
}

/// `text` with the pseudonyms this laptop's roster knows shown as real names.
pub fn reveal(log: &Log, text: &str) -> Result<String> {
    Ok(roster(log)?.reveal(text))
}

/// A JSON value with the pseudonyms this laptop's roster knows as real names (`--real-names`).
pub fn reveal_json<T: serde::Serialize>(log: &Log, value: &T) -> Result<serde_json::Value> {
    fn walk(v: &mut serde_json::Value, roster: &Roster) {
        match v {
            serde_json::Value::String(s) => *s = roster.reveal(s),
            serde_json::Value::Array(a) => a.iter_mut().for_each(|v| walk(v, roster)),
            serde_json::Value::Object(o) => o.values_mut().for_each(|v| walk(v, roster)),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(value).context("failed to write JSON")?;
    walk(&mut value, &roster(log)?);
    Ok(value)
}
