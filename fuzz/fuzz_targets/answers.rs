//! An answers file (or a data block, or a whole minutes file) given to `council run`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = flash_council::input::parse(text);
    }
});
