//! The tool at scale: logs of 100, 10,000 and 100,000 councils, measured beside git itself.
//!
//!     cargo bench --bench scale
//!
//! For each size it generates a valid, verifiable log (see `generate.rs`),
//! then runs, interleaved round by round, each command of the tool and the
//! git command it is measured against, and prints medians, ratios and peak
//! memory (max RSS from `/usr/bin/time -f %M`, which wraps both sides alike).
//! Last, the fairness simulation (see `fairness.rs`). Everything runs in a
//! hermetic environment: a temporary HOME, no system git config, TZ=UTC and
//! a fixed COUNCIL_NOW.
//!
//! Environment:
//!   SCALE_SIZES=100,10000,100000   log sizes
//!   SCALE_ROUNDS=5,3,1             rounds per size (the last number serves the larger sizes)
//!   SCALE_TIMEOUT=900              seconds before a command is stopped and reported as ">"
//!   SCALE_STARTUP_ROUNDS=30        rounds of `--version`
//!   SCALE_FAIRNESS=1000            councils of the fairness simulation (0: skip)
//!   SCALE_DIR=DIR                  where the logs go (default: a temporary folder, removed)
//!   SCALE_REUSE=1                  measure the logs a run before left in SCALE_DIR, not new ones
//!   SCALE_SEED=1
//!   SCALE_ONLY=run,reads,verify    what to measure at each size (default: all three)

mod fairness;
mod generate;

use flash_council::council::record::Rotation;
use flash_council::council::time::Timestamp;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_council");
const NOW: &str = "2026-11-23T19:41:00-05:00";

/// The hermetic environment every command runs in.
struct Env {
    home: PathBuf,
    timeout: Duration,
    time_v: bool,
}

impl Env {
    fn command(&self, program: &str) -> Command {
        let mut cmd = Command::new(program);
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", &self.home)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("TZ", "UTC")
            .env("LANG", "C")
            .env("NO_COLOR", "1")
            .env("COUNCIL_NOW", NOW)
            .env("GIT_AUTHOR_NAME", "Neighborhood Flash Council")
            .env("GIT_AUTHOR_EMAIL", "council@localhost")
            .env("GIT_COMMITTER_NAME", "Neighborhood Flash Council")
            .env("GIT_COMMITTER_EMAIL", "council@localhost");
        cmd
    }

    fn git(&self, log: &Path) -> Command {
        let mut cmd = self.command("git");
        cmd.arg("-C").arg(log);
        cmd
    }

    /// Runs `args` (program first), timed; with `memory`, under /usr/bin/time for the peak RSS.
    fn timed(&self, args: &[String], memory: bool) -> Run {
        let rss_file = self.home.join("rss");
        let mut cmd = if memory && self.time_v {
            let mut c = self.command("/usr/bin/time");
            c.args(["-f", "%M", "-o"]).arg(&rss_file).args(args);
            c
        } else {
            self.command(&args[0])
        };
        if !(memory && self.time_v) {
            cmd.args(&args[1..]);
        }
        // Keep the environment of `command` (the program already chosen above).
        use std::os::unix::process::CommandExt;
        cmd.process_group(0)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let start = Instant::now();
        let mut child = cmd.spawn().expect("the command starts");
        let pid = child.id();
        let (done, wait) = mpsc::channel::<()>();
        let timeout = self.timeout;
        let watchdog = std::thread::spawn(move || {
            if wait.recv_timeout(timeout) == Err(mpsc::RecvTimeoutError::Timeout) {
                let _ = Command::new("kill")
                    .args(["-KILL", "--", &format!("-{pid}")])
                    .status();
                return true;
            }
            false
        });
        let status = child.wait().expect("the command is waited for");
        let secs = start.elapsed().as_secs_f64();
        let _ = done.send(());
        let timed_out = watchdog.join().unwrap_or(false);
        let rss_kb = (memory && self.time_v && !timed_out)
            .then(|| std::fs::read_to_string(&rss_file).ok())
            .flatten()
            .and_then(|t| t.lines().last().and_then(|l| l.trim().parse().ok()));
        Run {
            secs,
            ok: status.success() && !timed_out,
            timed_out,
            rss_kb,
        }
    }

    fn ok(&self, cmd: &mut Command) -> String {
        let out = cmd.output().expect("the command runs");
        assert!(
            out.status.success(),
            "{cmd:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
}

/// The files a council's commit adds or replaces, with their bytes, and its message.
type Same = (Vec<(String, Vec<u8>)>, String);

#[derive(Clone, Copy)]
struct Run {
    secs: f64,
    ok: bool,
    timed_out: bool,
    rss_kb: Option<u64>,
}

/// The runs of one command at one size.
#[derive(Default)]
struct Series {
    runs: Vec<Run>,
}

impl Series {
    fn timed_out(&self) -> bool {
        self.runs.iter().any(|r| r.timed_out)
    }

    fn median(&self) -> Option<f64> {
        if self.runs.is_empty() || self.timed_out() {
            return None;
        }
        let mut s: Vec<f64> = self.runs.iter().map(|r| r.secs).collect();
        s.sort_by(f64::total_cmp);
        let n = s.len();
        Some(if n % 2 == 1 {
            s[n / 2]
        } else {
            (s[n / 2 - 1] + s[n / 2]) / 2.0
        })
    }

    fn peak_mb(&self) -> Option<f64> {
        self.runs
            .iter()
            .filter_map(|r| r.rss_kb)
            .max()
            .map(|kb| kb as f64 / 1024.0)
    }

    fn shown(&self, timeout: Duration) -> String {
        match self.median() {
            Some(s) => secs(s),
            None if self.timed_out() => format!("> {}", secs(timeout.as_secs_f64())),
            None => "n/a".into(),
        }
    }
}

fn secs(s: f64) -> String {
    if s < 1.0 {
        format!("{:.1} ms", s * 1000.0)
    } else {
        format!("{s:.2} s")
    }
}

fn mb(m: Option<f64>) -> String {
    m.map_or("n/a".into(), |m| format!("{m:.0} MB"))
}

fn ratio(a: &Series, b: &Series) -> String {
    match (a.median(), b.median()) {
        (Some(a), Some(b)) if b > 0.0 => format!("{:.2}x", a / b),
        (None, Some(b)) if a.timed_out() => format!("> {:.0}x", a.runs[0].secs / b),
        _ => "n/a".into(),
    }
}

fn env_list(name: &str, default: &str) -> Vec<usize> {
    std::env::var(name)
        .unwrap_or_else(|_| default.into())
        .split(',')
        .filter(|s| !s.trim().is_empty())
        .map(|s| {
            s.trim()
                .parse()
                .unwrap_or_else(|_| panic!("{name}: {s:?} is not a number"))
        })
        .collect()
}

fn main() {
    // `cargo bench` passes --bench; any other argument filters nothing here.
    let sizes = env_list("SCALE_SIZES", "100,10000,100000");
    let rounds = env_list("SCALE_ROUNDS", "5,3,1");
    let timeout = Duration::from_secs(env_list("SCALE_TIMEOUT", "900")[0] as u64);
    let startup_rounds = env_list("SCALE_STARTUP_ROUNDS", "30")[0];
    let fairness_councils = env_list("SCALE_FAIRNESS", "1000")
        .first()
        .copied()
        .unwrap_or(0);
    let seed = env_list("SCALE_SEED", "1")[0] as u64;
    let temp = tempfile::TempDir::new().expect("a temporary folder");
    let root = std::env::var_os("SCALE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| temp.path().to_path_buf());
    let home = temp.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    std::fs::create_dir_all(&root).unwrap();
    let env = Env {
        home,
        timeout,
        time_v: Path::new("/usr/bin/time").exists(),
    };
    let now = Timestamp::parse(NOW).unwrap();
    println!(
        "council {} vs {}; peak memory: {}\n",
        env.ok(env.command(BIN).arg("--version")).trim(),
        env.ok(env.command("git").arg("--version")).trim(),
        if env.time_v {
            "max RSS from /usr/bin/time -f %M"
        } else {
            "not measured (no /usr/bin/time)"
        }
    );

    startup(&env, startup_rounds);
    for (k, &size) in sizes.iter().enumerate() {
        let rounds = rounds.get(k).or(rounds.last()).copied().unwrap_or(1).max(1);
        at_size(
            &env,
            &root.join(format!("log-{size}")),
            size,
            rounds,
            seed,
            now,
        );
    }
    if fairness_councils > 0 {
        println!("{}", fairness::report(fairness_councils, 30, seed, now));
    }
}

/// `council --version` against `git --version`, interleaved.
fn startup(env: &Env, rounds: usize) {
    let (mut council, mut git) = (Series::default(), Series::default());
    for _ in 0..rounds {
        council
            .runs
            .push(env.timed(&[BIN.into(), "--version".into()], false));
        git.runs
            .push(env.timed(&["git".into(), "--version".into()], false));
    }
    println!("Startup ({rounds} interleaved rounds, medians)\n");
    println!("| command | council | git | ratio |\n| --- | --- | --- | --- |");
    println!(
        "| --version | {} | {} | {} |\n",
        council.shown(env.timeout),
        git.shown(env.timeout),
        ratio(&council, &git)
    );
}

/// Generates the log of `size` councils, or takes the one a run before left in SCALE_DIR.
///
/// With SCALE_REUSE=1 a log already generated with the same size and seed (its
/// head and next answers kept in the git dir) is reset to its generated head
/// and measured again, so 100,000 councils are generated once.
fn log_of_size(env: &Env, log: &Path, spec: &generate::Spec) -> (generate::Generated, String) {
    let kept = log.join(".git/scale-generated");
    let tag = format!("{} {}\n", spec.councils, spec.seed);
    if std::env::var("SCALE_REUSE").is_ok_and(|v| v == "1")
        && let Ok(text) = std::fs::read_to_string(&kept)
        && let Some(rest) = text.strip_prefix(&tag)
        && let Some((head, rest)) = rest.split_once('\n')
        && let Some((reports, next)) = rest.split_once('\n')
        && let Ok(reports) = reports.parse()
    {
        env.ok(env.git(log).args(["reset", "-q", "--hard", head]));
        let generated = generate::Generated {
            head: head.to_string(),
            reports,
            next: next.to_string(),
        };
        return (generated, "reused from SCALE_DIR".into());
    }
    let _ = std::fs::remove_dir_all(log);
    let started = Instant::now();
    let generated = generate::generate(log, spec, &|| env.command("git"));
    let took = format!("generated in {}", secs(started.elapsed().as_secs_f64()));
    let _ = std::fs::write(
        &kept,
        format!(
            "{tag}{}\n{}\n{}",
            generated.head, generated.reports, generated.next
        ),
    );
    (generated, took)
}

fn at_size(env: &Env, log: &Path, size: usize, rounds: usize, seed: u64, now: Timestamp) {
    let spec = generate::Spec {
        councils: size,
        neighbors: 40,
        seed,
        now,
        rotation: Rotation::LeastServed,
    };
    let (generated, took) = log_of_size(env, log, &spec);
    let pack = env.ok(env.git(log).args(["count-objects", "-vH"]));
    let pack = pack
        .lines()
        .find_map(|l| l.strip_prefix("size-pack: "))
        .unwrap_or("?")
        .to_string();
    println!(
        "## {size} councils ({} filed report-backs), {took}, pack {pack}; {rounds} round(s)\n",
        generated.reports,
    );
    let base = generated.head.clone();
    // Beside the log, so a kept log (SCALE_DIR) can be tried by hand with its next council.
    let next = log.with_file_name(format!("next-{size}.toml"));
    std::fs::write(&next, &generated.next).unwrap();
    let s = |x: &str| x.to_string();
    let logs = log.display().to_string();

    // The same files `council run` commits, for git's own add + commit; found on the first run.
    let mut same: Option<Same> = None;
    let reset = || {
        env.ok(env.git(log).args(["reset", "-q", "--hard", &base]));
    };
    let (mut run, mut git_commit) = (Series::default(), Series::default());
    let reads = ["log", "tasks", "stats", "ledger", "delegates"];
    let mut read_series: Vec<Series> = reads.iter().map(|_| Series::default()).collect();
    let (mut verify, mut grep) = (Series::default(), Series::default());
    let only = std::env::var("SCALE_ONLY").unwrap_or_else(|_| "run,reads,verify".into());
    let wanted = |what: &str| only.split(',').any(|w| w.trim() == what);

    // The first write after a clone reads every file once to build the summary cache
    // (`.git/council/summaries`); every later council finds its parent's summary there.
    // Timed here once, then the rounds measure the steady state a facilitator sees.
    let cold = env.timed(
        &[
            BIN.into(),
            s("--log"),
            logs.clone(),
            s("-q"),
            s("run"),
            s("--dry-run"),
            next.display().to_string(),
        ],
        true,
    );
    assert!(cold.ok || cold.timed_out, "council run --dry-run failed");
    println!(
        "First command after a clone (builds the summary cache): `run --dry-run` {}, peak {}\n",
        secs(cold.secs),
        cold.rss_kb
            .map_or("?".to_string(), |kb| format!("{} MB", kb / 1024))
    );

    for round in 0..rounds {
        let council_run = |run: &mut Series| {
            let r = env.timed(
                &[
                    BIN.into(),
                    s("--log"),
                    logs.clone(),
                    s("-q"),
                    s("run"),
                    next.display().to_string(),
                ],
                true,
            );
            assert!(
                r.ok || r.timed_out,
                "council run failed on the {size}-council log"
            );
            run.runs.push(r);
        };
        let git_run = |same: &Option<Same>, git_commit: &mut Series| {
            let Some((files, message)) = same else { return };
            for (path, bytes) in files {
                let at = log.join(path);
                std::fs::create_dir_all(at.parent().unwrap()).unwrap();
                std::fs::write(at, bytes).unwrap();
            }
            let mut add = vec![s("git"), s("-C"), logs.clone(), s("add"), s("--")];
            add.extend(files.iter().map(|(p, _)| p.clone()));
            let a = env.timed(&add, true);
            let c = env.timed(
                &[
                    s("git"),
                    s("-C"),
                    logs.clone(),
                    s("commit"),
                    s("-q"),
                    s("-m"),
                    message.clone(),
                ],
                true,
            );
            assert!(a.ok && c.ok, "git add + commit failed");
            git_commit.runs.push(Run {
                secs: a.secs + c.secs,
                ok: true,
                timed_out: false,
                rss_kb: a.rss_kb.max(c.rss_kb),
            });
        };
        // Alternate which goes first, so neither always finds the caches warm.
        if !wanted("run") {
        } else if round % 2 == 0 || same.is_none() {
            council_run(&mut run);
            if same.is_none() && !run.timed_out() {
                let names = env.ok(env.git(log).args(["diff", "--name-only", &base, "HEAD"]));
                let files = names
                    .lines()
                    .map(|p| {
                        let out = env
                            .git(log)
                            .args(["show", &format!("HEAD:{p}")])
                            .output()
                            .unwrap();
                        (p.to_string(), out.stdout)
                    })
                    .collect();
                let message = env.ok(env.git(log).args(["log", "-1", "--format=%B"]));
                same = Some((files, message));
            }
            reset();
            git_run(&same, &mut git_commit);
            reset();
        } else {
            git_run(&same, &mut git_commit);
            reset();
            council_run(&mut run);
            reset();
        }

        if !wanted("reads") && !wanted("verify") {
            continue;
        }
        grep.runs.push(env.timed(
            &[
                s("git"),
                s("-C"),
                logs.clone(),
                s("grep"),
                s("-c"),
                s("facilitator"),
                s("HEAD"),
                s("--"),
                s("minutes"),
            ],
            true,
        ));
        for (name, series) in reads.iter().zip(read_series.iter_mut()) {
            if series.timed_out() || !wanted("reads") {
                continue;
            }
            let r = env.timed(
                &[BIN.into(), s("--log"), logs.clone(), s(name), s("--json")],
                true,
            );
            assert!(r.ok || r.timed_out, "council {name} --json failed");
            series.runs.push(r);
        }
        if !verify.timed_out() && wanted("verify") {
            verify
                .runs
                .push(env.timed(&[BIN.into(), s("--log"), logs.clone(), s("verify")], true));
        }
    }

    let t = env.timeout;
    println!("| command | council | git | ratio | council peak | git peak |");
    println!("| --- | --- | --- | --- | --- | --- |");
    println!(
        "| run (commit) vs add + commit | {} | {} | {} | {} | {} |",
        run.shown(t),
        git_commit.shown(t),
        ratio(&run, &git_commit),
        mb(run.peak_mb()),
        mb(git_commit.peak_mb())
    );
    for (name, series) in reads.iter().zip(&read_series) {
        println!(
            "| {name} --json vs grep -c | {} | {} | {} | {} | {} |",
            series.shown(t),
            grep.shown(t),
            ratio(series, &grep),
            mb(series.peak_mb()),
            mb(grep.peak_mb())
        );
    }
    println!(
        "| verify vs grep -c | {} | {} | {} | {} | {} |",
        verify.shown(t),
        grep.shown(t),
        ratio(&verify, &grep),
        mb(verify.peak_mb()),
        mb(grep.peak_mb())
    );
    let verdict = if verify.timed_out() {
        "not finished within the timeout".to_string()
    } else if verify.runs.iter().all(|r| r.ok) {
        format!(
            "every council checks out (exit 0), HEAD {:.10}",
            generated.head
        )
    } else {
        "FAILED (exit 1)".to_string()
    };
    println!("\nverify: {verdict}\n");
}
