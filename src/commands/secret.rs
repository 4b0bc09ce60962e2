//! `council secret export` / `council secret import`: move the pseudonym secret between laptops.

use crate::council::privacy::Secret;
use crate::council::settings::Privacy;
use crate::error::hint;
use crate::log::Log;
use crate::ops::privacy;
use crate::ui::Ui;
use anyhow::{Context as _, Result};
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Move the pseudonym secret between laptops (privacy = "pseudonyms").
///
/// Under privacy = "pseudonyms" each person is written as a pseudonym keyed
/// with a secret kept in this log's git folder (`.git/council/secret`), never
/// committed. A second laptop that convenes the same council needs the same
/// secret to write the same pseudonyms for the same people. Whoever holds the
/// secret can test a guessed name against every pseudonym of the public log:
/// move it only to someone the council trusts with who is who.
#[derive(Debug, clap::Args)]
#[command(after_long_help = "Examples:
  council secret export /media/usb/council-secret     write it to a USB stick (readable only by you)
  council secret import /media/usb/council-secret     on the second laptop, in its clone of the log")]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, clap::Subcommand)]
pub enum Action {
    /// Write the secret to FILE (a new file, readable only by you), or to standard output.
    Export {
        /// The file to create; `-` or none: standard output.
        file: Option<PathBuf>,
    },
    /// Make a new secret, knowingly: people already in the log get new pseudonyms (counted as new)
    New,
    /// Read the secret from FILE, or `-` for standard input, into this log's git folder.
    Import {
        /// The file a `council secret export` wrote; `-` reads standard input.
        file: PathBuf,
        /// Replace a different secret this log already holds (the pseudonyms it made change).
        #[arg(long)]
        replace: bool,
    },
}

/// No secret file holds more than a few lines.
const MAX_SECRET_BYTES: u64 = 4096;

pub fn cmd_secret(ui: &Ui, log_dir: Option<&Path>, args: &Args) -> Result<ExitCode> {
    let log = Log::open(log_dir)?;
    let config = super::config(ui, &log)?;
    if config.privacy != Privacy::Pseudonyms {
        ui.note(&crate::tr!(
            crate::i18n::user(),
            "privacy-secret-unused",
            mode = config.privacy.as_str()
        ));
    }
    match &args.action {
        Action::Export { file } => export(ui, &log, file.as_deref()),
        Action::Import { file, replace } => import(ui, &log, file, *replace),
        Action::New => {
            if privacy::secret(&log)?.is_some() {
                let lang = crate::i18n::user();
                return Err(hint(
                    crate::tr!(
                        lang,
                        "privacy-secret-exists",
                        path = privacy::secret_path(&log).display().to_string()
                    ),
                    crate::tr!(lang, "privacy-secret-new-exists-hint"),
                ));
            }
            privacy::create_secret(ui, &log)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn export(ui: &Ui, log: &Log, file: Option<&Path>) -> Result<ExitCode> {
    let Some(secret) = privacy::secret(log)? else {
        let lang = crate::i18n::user();
        return Err(hint(
            crate::tr!(
                lang,
                "privacy-secret-none",
                path = privacy::secret_path(log).display().to_string()
            ),
            crate::tr!(lang, "privacy-secret-none-hint"),
        ));
    };
    ui.warn(&crate::tr!(crate::i18n::user(), "privacy-secret-warning"));
    ui.note(&crate::tr!(
        crate::i18n::user(),
        "privacy-secret-fingerprint",
        fingerprint = secret.fingerprint()
    ));
    let text = secret.to_file();
    match file.filter(|f| *f != Path::new("-")) {
        None => ui.out(&text)?,
        Some(path) => {
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let mut out = options.open(path).map_err(|e| {
                hint(
                    format!("failed to create {}: {e}", path.display()),
                    crate::tr!(crate::i18n::user(), "privacy-export-new-file"),
                )
            })?;
            out.write_all(text.as_bytes())
                .and_then(|()| out.sync_all())
                .with_context(|| format!("failed to write {}", path.display()))?;
            ui.status(
                &crate::tr!(crate::i18n::user(), "verb-exported"),
                &crate::tr!(
                    crate::i18n::user(),
                    "privacy-secret-exported",
                    file = path.display().to_string()
                ),
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn import(ui: &Ui, log: &Log, file: &Path, replace: bool) -> Result<ExitCode> {
    let (origin, mut reader): (String, Box<dyn std::io::Read>) = if file == Path::new("-") {
        ("standard input".into(), Box::new(std::io::stdin()))
    } else {
        let opened = std::fs::File::open(file).map_err(|e| {
            hint(
                format!("failed to read {}: {e}", file.display()),
                "give the file `council secret export` wrote, or `-` to read standard input",
            )
        })?;
        (file.display().to_string(), Box::new(opened))
    };
    let mut bytes = Vec::new();
    reader
        .by_ref()
        .take(MAX_SECRET_BYTES + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("failed to read {origin}"))?;
    let text = String::from_utf8(bytes)
        .ok()
        .filter(|t| t.len() as u64 <= MAX_SECRET_BYTES);
    let secret = text.and_then(|t| Secret::parse(&t).ok()).ok_or_else(|| {
        let lang = crate::i18n::user();
        hint(
            crate::tr!(lang, "privacy-secret-invalid", origin = origin.as_str()),
            crate::tr!(lang, "privacy-secret-invalid-hint"),
        )
    })?;
    ui.warn(&crate::tr!(crate::i18n::user(), "privacy-secret-warning"));
    match privacy::secret(log)? {
        Some(held) if held == secret => {
            ui.note(&crate::tr!(crate::i18n::user(), "privacy-secret-same"));
            return Ok(ExitCode::SUCCESS);
        }
        Some(_) if !replace => {
            let lang = crate::i18n::user();
            return Err(hint(
                crate::tr!(
                    lang,
                    "privacy-secret-exists",
                    path = privacy::secret_path(log).display().to_string()
                ),
                crate::tr!(lang, "privacy-secret-exists-hint"),
            ));
        }
        _ => {}
    }
    privacy::write_private(&privacy::secret_path(log), secret.to_file().as_bytes())?;
    ui.status(
        &crate::tr!(crate::i18n::user(), "verb-imported"),
        &crate::tr!(crate::i18n::user(), "privacy-secret-imported"),
    );
    Ok(ExitCode::SUCCESS)
}
