//! One writer at a time: an advisory file lock inside `.git`, held for the whole write.
//!
//! The holder writes its process id into the file, so a waiting process can
//! say who holds it; waiting is bounded, so a stuck holder gives a clear
//! error instead of a hang.

use crate::error::hint;
use crate::msg;
use anyhow::{Context as _, Result};
use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read as _, Seek as _, Write as _};
use std::path::Path;
use std::time::{Duration, Instant};

/// Held while a process writes to the log; released when dropped (or when the process dies).
pub struct LogLock {
    file: File,
}

impl Drop for LogLock {
    fn drop(&mut self) {
        // No stale process id for the next one who waits.
        let _ = self.file.set_len(0);
    }
}

/// How long a write waits for another process's lock before giving up.
const WAIT: Duration = Duration::from_secs(60);

impl LogLock {
    /// Locks `path`, calling `waiting` once (with who holds it) if another process does.
    ///
    /// `COUNCIL_LOCK_WAIT` (whole seconds) overrides how long to wait; tests use it.
    pub fn acquire(path: &Path, waiting: impl FnOnce(&Path, &str)) -> Result<LogLock> {
        if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(hint(
                msg!("err-symlink", path = path.display().to_string()),
                msg!("err-symlink-hint", path = path.display().to_string()),
            ));
        }
        let mut file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(path)
            .with_context(|| msg!("err-lock-open", path = path.display().to_string()))?;
        let wait = std::env::var("COUNCIL_LOCK_WAIT")
            .ok()
            .and_then(|s| s.parse().ok())
            .map_or(WAIT, Duration::from_secs);
        let deadline = Instant::now() + wait;
        let mut said = false;
        let mut waiting = Some(waiting);
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(TryLockError::WouldBlock) => {
                    let holder = holder(&mut file);
                    if !said {
                        if let Some(waiting) = waiting.take() {
                            waiting(path, &holder);
                        }
                        said = true;
                    }
                    if Instant::now() >= deadline {
                        return Err(hint(
                            msg!(
                                "err-lock-held",
                                holder = &holder,
                                path = path.display().to_string(),
                                seconds = wait.as_secs()
                            ),
                            msg!("err-lock-held-hint"),
                        ));
                    }
                    std::thread::sleep(Duration::from_millis(100));
                }
                Err(TryLockError::Error(e)) => {
                    return Err(e).with_context(|| {
                        msg!("err-lock-failed", path = path.display().to_string())
                    });
                }
            }
        }
        // Who holds the lock, for anyone who waits: our process id.
        let _ = file.set_len(0);
        let _ = file.rewind();
        let _ = write!(file, "{}", std::process::id());
        let _ = file.flush();
        Ok(LogLock { file })
    }
}

/// Reads who holds the lock from its file: "process N", or "another process".
fn holder(file: &mut File) -> String {
    let mut text = String::new();
    let _ = file.rewind();
    let _ = file.read_to_string(&mut text);
    match text.trim().parse::<u32>() {
        Ok(pid) => msg!("err-lock-process", pid = pid.to_string()),
        Err(_) => msg!("err-lock-another-process"),
    }
}
