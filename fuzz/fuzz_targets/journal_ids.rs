//! The crash journal of `convene`, `council.toml`, and every short value a person types:
//! task and council ids, sources of numbers, times, dates, amounts.
#![no_main]

use flash_council::convene::journal;
use flash_council::council::amount::Amount;
use flash_council::council::settings::CouncilToml;
use flash_council::council::time::{Date, Timestamp};
use flash_council::council::{ids, rfc3797};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = journal::parse(text);
    if let Ok(config) = toml::from_str::<CouncilToml>(text) {
        let _ = config.check();
    }
    let _ = ids::split_task_id(text);
    let _ = ids::year_of(text);
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let id = ids::council_id(day, text, |_| false);
    assert!(ids::is_council_id(&id), "{id:?}");
    let _ = ids::closest(text, &["2026-11-23-the-bench-is-broken"], 3);
    let _ = rfc3797::key(&[text]);
    let _ = Timestamp::parse(text);
    let _ = Date::parse(text);
    let _ = text.parse::<Amount>();
});
