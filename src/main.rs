//! The `council` binary; everything lives in the library.

fn main() -> std::process::ExitCode {
    flash_council::main()
}
