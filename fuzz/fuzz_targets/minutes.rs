//! Every file of the log: minutes in both layouts, report-backs, traces, corrections.
#![no_main]

use flash_council::minutes;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = minutes::split_record(text);
        let _ = minutes::split(text);
        if let Ok(record) = minutes::parse(text) {
            // What reads back renders again, and a record of the log names a path.
            let _ = minutes::render(&record);
            let _ = record.path();
        }
        let _ = minutes::parse_data(text);
        let _ = minutes::parse_report(text).map(|r| r.path(1));
        let _ = minutes::parse_abandoned(text).map(|a| (minutes::render_abandoned(&a), a.path()));
        let _ = minutes::parse_correction(text).map(|c| c.path(2));
    }
});
