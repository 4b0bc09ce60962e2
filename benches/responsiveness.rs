//! How long the room waits: the time from an answer to the next prompt of `council convene`.
//!
//! Drives the release binary through a whole council in a pseudo-terminal
//! (the script the tests play), on a fresh log and on one with a long
//! history. The binary logs, with COUNCIL_BENCH_TIMINGS, a monotonic
//! timestamp when each prompt is shown and answered; the gap between an
//! answer and the next prompt is what the room waits for. The final commit
//! comes after the last answer and is not counted. Target: under 20 ms.
//!
//!     cargo bench --bench responsiveness            (BENCH_ROUNDS=N to change the 10 rounds)

#[path = "../tests/cli/script.rs"]
mod script;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_council");
const NOW: &str = "2026-11-23T19:41:00-05:00";

fn council(home: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("TZ", "UTC")
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env("COUNCIL_NOW", NOW);
    cmd
}

fn ok(cmd: &mut Command) {
    let out = cmd.output().expect("council runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A log whose history holds `councils` councils of other people (so the script's draw is unchanged).
fn log_with_history(home: &Path, councils: usize) -> std::path::PathBuf {
    let log = home.join(format!("history-{councils}"));
    ok(council(home).args(["init", "-q"]).arg(&log));
    for n in 0..councils {
        let answers = format!(
            "issue = \"Earlier problem {n}\"\nstarted = \"{}\"\n{}\n[draw]\nsources = [\"{n} 7\"]\nsupport = \"Helper\"\n\n[decision]\nproposal = \"p\"\noutcome = \"adopted\"\nstatement = \"s\"\n\n[sovereignty]\ngained = \"Something of our own, number {n}\"\nwithout_permission = true\n",
            chrono_day(n),
            (1..=6)
                .map(|p| format!("[[attendees]]\nname = \"P{p}\"\n"))
                .chain(std::iter::once(
                    "[[attendees]]\nname = \"Helper\"\nopt_out = true\n".to_string()
                ))
                .collect::<String>()
        );
        let file = home.join("answers.toml");
        std::fs::write(&file, answers).unwrap();
        ok(council(home)
            .arg("--log")
            .arg(&log)
            .args(["-q", "run"])
            .arg(&file));
    }
    log
}

/// Days from 2020-01-01, as an RFC 3339 evening.
fn chrono_day(n: usize) -> String {
    let (mut year, mut day) = (2020, n);
    loop {
        let len = if year % 4 == 0 { 366 } else { 365 };
        if day < len {
            break;
        }
        day -= len;
        year += 1;
    }
    let months = [
        31,
        if year % 4 == 0 { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let mut month = 0;
    while day >= months[month] {
        day -= months[month];
        month += 1;
    }
    format!("{year}-{:02}-{:02}T19:00:00-05:00", month + 1, day + 1)
}

/// Plays the council once on a copy of `log`; returns (next question, milliseconds waited) pairs.
/// The CPU time (user + system, in ms) of our child `council`, from /proc (Linux only).
fn child_cpu_ms() -> Option<f64> {
    let me = std::process::id().to_string();
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // pid (comm) state ppid ... utime(14) stime(15), counted after the closing parenthesis.
        let Some((head, rest)) = stat.rsplit_once(") ") else {
            continue;
        };
        let fields: Vec<&str> = rest.split(' ').collect();
        if head.ends_with("(council") && fields.get(1) == Some(&me.as_str()) {
            let ticks: f64 = fields[11].parse::<f64>().ok()? + fields[12].parse::<f64>().ok()?;
            return Some(ticks * 10.0); // 100 ticks a second
        }
    }
    None
}

/// Seconds the floor is left idle in each round, its CPU time measured.
const IDLE_SECONDS: u64 = 3;

fn round(
    home: &Path,
    log: &Path,
    n: usize,
    has_history: bool,
) -> (Vec<(String, f64)>, Option<f64>) {
    let copy = home.join(format!("round-{n}"));
    let status = Command::new("cp")
        .arg("-r")
        .arg(log)
        .arg(&copy)
        .status()
        .unwrap();
    assert!(status.success());
    let timings = home.join(format!("timings-{n}"));
    let mut cmd = council(home);
    cmd.env("COUNCIL_BENCH_TIMINGS", &timings)
        .arg("--log")
        .arg(&copy)
        .arg("convene");
    let mut p = rexpect::session::spawn_command(cmd, Some(30_000)).unwrap();
    let mut idle = None;
    let mut steps = script::script();
    if has_history {
        // A log with councils first offers the people it knows; the script types its names.
        let at = steps
            .iter()
            .position(|(prompt, _)| prompt.starts_with("Name (Enter"))
            .unwrap_or(0);
        steps.insert(at, ("Who of these is here?", "\r".to_string()));
    }
    for (prompt, keys) in steps {
        p.exp_string(prompt)
            .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}"));
        if prompt.starts_with("The floor") {
            // The floor open, nobody pressing a key: it should sleep but for a tick a second.
            let before = child_cpu_ms();
            std::thread::sleep(std::time::Duration::from_secs(IDLE_SECONDS));
            idle = before.zip(child_cpu_ms()).map(|(a, b)| b - a);
        }
        p.send(&keys).unwrap();
        p.flush().unwrap();
    }
    p.exp_eof().unwrap();
    let text = std::fs::read_to_string(&timings).unwrap();
    let mut waits = Vec::new();
    let mut answered: Option<u128> = None;
    for line in text.lines() {
        let mut parts = line.splitn(3, ' ');
        let (Some(t), Some(event), Some(question)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let t: u128 = t.parse().unwrap();
        match event {
            "answered" => answered = Some(t),
            "shown" => {
                if let Some(a) = answered.take() {
                    waits.push((question.to_string(), (t - a) as f64 / 1000.0));
                }
            }
            _ => {}
        }
    }
    (waits, idle)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let at = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[at]
}

fn main() {
    let rounds: usize = std::env::var("BENCH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(10);
    let home = tempfile::TempDir::new().unwrap();
    for history in [0, 300] {
        let log = log_with_history(home.path(), history);
        let mut by_prompt: BTreeMap<String, Vec<f64>> = BTreeMap::new();
        let mut all = Vec::new();
        let mut idle = Vec::new();
        for n in 0..rounds {
            let (waits, idle_ms) = round(home.path(), &log, history * 1000 + n, history > 0);
            idle.extend(idle_ms);
            for (question, ms) in waits {
                all.push(ms);
                by_prompt.entry(question).or_default().push(ms);
            }
        }
        let mut floor = by_prompt.get("floor").cloned().unwrap_or_default();
        floor.sort_by(f64::total_cmp);
        all.sort_by(f64::total_cmp);
        println!(
            "\nlog with {history} earlier councils, {rounds} rounds, {} answers:",
            all.len()
        );
        println!(
            "  answer -> next prompt: median {:.2} ms, p95 {:.2} ms, max {:.2} ms",
            percentile(&all, 0.5),
            percentile(&all, 0.95),
            all[all.len() - 1]
        );
        if !floor.is_empty() {
            println!(
                "  floor key -> redrawn: median {:.2} ms, p95 {:.2} ms, max {:.2} ms ({} keys)",
                percentile(&floor, 0.5),
                percentile(&floor, 0.95),
                floor[floor.len() - 1],
                floor.len()
            );
        }
        if !idle.is_empty() {
            idle.sort_by(f64::total_cmp);
            println!(
                "  floor idle for {IDLE_SECONDS} s: CPU {:.0} ms median, {:.0} ms max ({:.2}% of a core at most)",
                percentile(&idle, 0.5),
                idle[idle.len() - 1],
                idle[idle.len() - 1] / (IDLE_SECONDS as f64 * 10.0)
            );
        }
        let mut slowest: Vec<(String, f64)> = by_prompt
            .into_iter()
            .map(|(q, mut v)| {
                v.sort_by(f64::total_cmp);
                (q, v[v.len() - 1])
            })
            .collect();
        slowest.sort_by(|a, b| b.1.total_cmp(&a.1));
        println!("  slowest prompts to appear (max over rounds):");
        for (question, ms) in slowest.iter().take(5) {
            println!("    {ms:>7.2} ms  {question}");
        }
    }
}
