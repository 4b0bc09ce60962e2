//! The error people see: a message, its causes, a hint with the command that fixes it, an exit code.

use std::fmt;
use std::process::ExitCode;

/// A failure the user can act on, carrying an optional hint and its exit code.
#[derive(Debug)]
pub struct Fail {
    pub message: String,
    pub hint: Option<String>,
    pub code: u8,
}

impl Fail {
    /// A failure (exit 1).
    pub fn new(message: impl Into<String>) -> Fail {
        Fail {
            message: message.into(),
            hint: None,
            code: 1,
        }
    }

    /// A usage error (exit 2): the command line itself is wrong.
    pub fn usage(message: impl Into<String>, hint: impl Into<String>) -> anyhow::Error {
        Fail {
            message: message.into(),
            hint: Some(hint.into()),
            code: 2,
        }
        .into()
    }
}

impl fmt::Display for Fail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Fail {}

/// Makes a failure with a hint that says what to do.
pub fn hint(message: impl Into<String>, hint: impl Into<String>) -> anyhow::Error {
    Fail {
        message: message.into(),
        hint: Some(hint.into()),
        code: 1,
    }
    .into()
}

/// Exit codes are a public contract: 0 ok, 1 failure, 2 usage.
pub const FAILURE: u8 = 1;

/// Tells whether an error is a closed pipe on output, which is no failure (`council log | head`).
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Finds the exit code and hint an error chain carries.
pub fn code_and_hint(error: &anyhow::Error) -> (ExitCode, Option<String>) {
    let fail = error.chain().find_map(|c| c.downcast_ref::<Fail>());
    match fail {
        Some(fail) => (ExitCode::from(fail.code), fail.hint.clone()),
        None => (ExitCode::from(FAILURE), None),
    }
}
