use crate::env::{TestEnv, stdout};

#[test]
fn draw_reproduces_the_worked_example_of_rfc_3797() {
    let env = TestEnv::new();
    let pool: String = (1..=25).map(|n| format!("{n}\n")).collect();
    let file = env.write("pool.txt", &pool);
    let out = env.ok(&[
        "draw",
        "--pool-file",
        &file,
        "--source",
        "9319",
        "--source",
        "2 5 12 8 10",
        "--source",
        "9 18 26 34 41 45",
        "--count",
        "11",
        "--json",
    ]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["key"], "9319./2.5.8.10.12./9.18.26.34.41.45./");
    let selected: Vec<&str> = json["selected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(
        selected,
        [
            "17", "7", "2", "16", "25", "23", "8", "24", "19", "13", "22"
        ]
    );
}

#[test]
fn draw_prints_a_table_by_default_and_needs_no_log() {
    let env = TestEnv::new();
    let out = env.ok(&[
        "draw", "--pool", "Ana", "--pool", "Bo", "--source", "3 5 1 6", "--source", "42",
    ]);
    let text = stdout(&out);
    assert!(text.starts_with("key: 1.3.5.6./42./\n"), "{text}");
    assert!(text.contains("selected"), "{text}");
}

#[test]
fn draw_refuses_bad_pools_and_sources() {
    let env = TestEnv::new();
    let err = env.fails(
        &["draw", "--pool", "Ana", "--pool", "Ana", "--source", "1"],
        1,
    );
    assert!(err.contains("in the pool twice"), "{err}");
    let err = env.fails(&["draw", "--pool", "Ana", "--source", "one"], 1);
    assert!(err.contains("\"one\""), "{err}");
    let err = env.fails(
        &["draw", "--pool", "Ana", "--source", "1", "--count", "2"],
        2,
    );
    assert!(err.contains("--count 2 does not fit a pool of 1"), "{err}");
    env.fails(&["draw", "--pool", "Ana"], 2);
}
