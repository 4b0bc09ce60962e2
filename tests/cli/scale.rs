//! The scale benchmark's generator (benches/scale) writes logs that the tool accepts as its own.

#[allow(dead_code)]
#[path = "../../benches/scale/generate.rs"]
pub mod generate;

use crate::env::{NOW, TestEnv, stdout};
use flash_council::council::record::Rotation;
use flash_council::council::time::Timestamp;

#[test]
fn a_generated_log_verifies_and_takes_the_next_council() {
    let env = TestEnv::new();
    let spec = generate::Spec {
        councils: 20,
        neighbors: 40,
        seed: 7,
        now: Timestamp::parse(NOW).unwrap(),
        rotation: Rotation::LeastServed,
    };
    let generated = generate::generate(&env.path("log"), &spec, &|| env.command("git"));
    let verified = stdout(&env.ok(&["--log", "log", "verify"]));
    let councils = verified
        .lines()
        .filter(|l| l.starts_with("ok    minutes/"))
        .count();
    assert_eq!(councils, 20, "{verified}");
    assert!(!verified.contains("FAIL"), "{verified}");
    assert_eq!(env.head(&env.path("log")), generated.head);
    let next = env.write("next.toml", &generated.next);
    env.ok(&["--log", "log", "run", &next]);
}
