//! One writer at a time: an advisory file lock inside `.git`, held for the whole write.

use anyhow::{Context as _, Result};
use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;

/// Held while a process writes to the log; released when dropped.
pub struct LogLock {
    _file: File,
}

impl LogLock {
    /// Locks `path`, calling `waiting` once if another process holds it.
    pub fn acquire(path: &Path, waiting: impl FnOnce(&Path)) -> Result<LogLock> {
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)
            .with_context(|| format!("failed to open the lock file {}", path.display()))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                waiting(path);
                file.lock()
                    .with_context(|| format!("failed to lock {}", path.display()))?;
            }
            Err(TryLockError::Error(e)) => {
                return Err(e).with_context(|| format!("failed to lock {}", path.display()));
            }
        }
        Ok(LogLock { _file: file })
    }
}
