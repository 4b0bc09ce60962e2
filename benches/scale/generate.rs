//! Writes a valid, verifiable council log of any size, quickly.
//!
//! Every council is concluded by the tool's own session code (`conclude`)
//! against a `History` grown one council at a time, rendered by `minutes`,
//! and streamed into `git fast-import` as its own commit. A council's
//! `history` must be the id of its parent commit, so after each commit the
//! generator asks fast-import for the id (`get-mark`) before concluding the
//! next council. The first commit holds `council.toml` (the default template)
//! and the README of an empty log; report-backs filed between councils are
//! commits of their own; the README is regenerated once, with the last
//! council (computing it reads every council, as `council run` does).
//!
//! Councils meet weekly at 19:00 (UTC-5), the last one the week before `now`,
//! so a large log starts centuries back. About 40 neighbors come, each with
//! an attendance probability from 0.2 to 0.9; some opt out of the draw, some
//! decline when drawn, the last facilitator sometimes consents to stand again.
//! Adopted decisions hand out tasks (some with jars), reported back on at
//! the next councils or filed between them; now and then a delegate is sent
//! with a mandate, or an earlier mandate recalled.

use flash_council::council::History;
use flash_council::council::amount::Amount;
use flash_council::council::answers::{
    Answers, Attendee, Closing, Decision, Delegate, DrawAnswers, Jar, Outcome, ReportBack,
    Sovereignty, Task, TaskStatus,
};
use flash_council::council::record::{Record, Role, Rotation};
use flash_council::council::report::Report;
use flash_council::council::session::{self, Context, Settings};
use flash_council::council::settings::CouncilToml;
use flash_council::council::summary::{Item, Summary};
use flash_council::council::time::{Date, Timestamp};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::Arc;

/// Forty first names, pairwise far enough apart that no newcomer is taken for someone else.
pub const NAMES: [&str; 40] = [
    "Ana", "Bruno", "Chiara", "Dmitri", "Esther", "Farid", "Greta", "Hiroshi", "Ingrid", "Jamal",
    "Kwame", "Leila", "Mateo", "Noor", "Olga", "Pedro", "Quentin", "Rashida", "Sven", "Thandiwe",
    "Ulrich", "Valeria", "Wanjiru", "Xavier", "Yusuf", "Zainab", "Anders", "Bettina", "Cosmin",
    "Delphine", "Emeka", "Fatima", "Gideon", "Horatio", "Isolde", "Joaquin", "Katarina", "Lorenzo",
    "Mirela", "Nikolai",
];

const PROBLEMS: [&str; 12] = [
    "The bench at Elm and 5th is broken",
    "The streetlight on Maple Row is out",
    "Rats in the courtyard bins",
    "The playground gate does not close",
    "Nobody waters the tree pits in summer",
    "The laundromat wants to close at 8",
    "Cars park on the bike lane on market day",
    "The tool library needs weekend hours",
    "Heating is off in building 12",
    "The community fridge is always empty on Fridays",
    "Graffiti on the school wall",
    "The bus shelter lost its roof",
];
const PLACES: [&str; 4] = [
    "Laundromat on Elm",
    "Courtyard of building 12",
    "Community garden",
    "Library basement",
];
const WORDS: [&str; 8] = [
    "tired", "proud", "hopeful", "fed", "heard", "warm", "ready", "calm",
];

/// What to generate.
#[derive(Debug, Clone)]
pub struct Spec {
    pub councils: usize,
    pub neighbors: usize,
    pub seed: u64,
    /// The clock of the benchmark (COUNCIL_NOW): every council ends before it.
    pub now: Timestamp,
    pub rotation: Rotation,
}

/// One neighbor's habits.
#[derive(Debug, Clone)]
pub struct Neighbor {
    pub name: String,
    pub attends: f64,
    pub opts_out: f64,
    pub declines: f64,
}

/// A task not reported done or dropped yet.
struct OpenTask {
    id: String,
    jar: bool,
    /// The council that gave it.
    council: usize,
}

/// Makes the answers of one council after another, the way a neighborhood would.
pub struct Neighborhood {
    spec: Spec,
    pub people: Vec<Neighbor>,
    open_tasks: Vec<OpenTask>,
    /// Councils that sent a delegate not recalled yet.
    delegates: Vec<String>,
    /// Answers choices (attendance, content); the same for any rotation.
    seed: u64,
    /// Who declines when drawn; depends on the draw, so it has its own stream.
    declines: StdRng,
}

impl Neighborhood {
    pub fn new(spec: Spec) -> Neighborhood {
        let mut rng = StdRng::seed_from_u64(spec.seed);
        let n = spec.neighbors.max(4);
        let mut attends: Vec<f64> = (0..n)
            .map(|k| 0.2 + 0.7 * k as f64 / (n - 1) as f64)
            .collect();
        // Shuffled so that attendance is not tied to the order of names.
        for k in (1..n).rev() {
            attends.swap(k, rng.random_range(0..=k));
        }
        let people = (0..n)
            .map(|k| Neighbor {
                name: match NAMES.get(k) {
                    Some(name) => name.to_string(),
                    None => format!("Neighbor {k}"),
                },
                attends: attends[k],
                opts_out: if k % 7 == 3 { 0.5 } else { 0.03 },
                declines: [0.0, 0.05, 0.1, 0.3][k % 4],
            })
            .collect();
        Neighborhood {
            declines: StdRng::seed_from_u64(spec.seed ^ 0x5eed_dec1),
            seed: spec.seed,
            spec,
            people,
            open_tasks: Vec::new(),
            delegates: Vec::new(),
        }
    }

    pub fn settings(&self) -> Settings {
        Settings {
            duration_minutes: 45,
            rotation: self.spec.rotation,
            decision_rule: flash_council::council::Rule::Consent,
            privacy: flash_council::council::settings::Privacy::Names,
        }
    }

    /// When council `n` (0-based) starts: weekly, the last one a week before `now`; more often
    /// when a weekly log would start before 1971 (dates run from 1970), so any size fits.
    pub fn started(&self, n: usize) -> Timestamp {
        let offset = chrono::FixedOffset::west_opt(5 * 3600).unwrap();
        let last = (self.spec.now.0 - chrono::Duration::days(7))
            .date_naive()
            .and_hms_opt(19, 0, 0)
            .unwrap()
            .and_local_timezone(offset)
            .single()
            .expect("a fixed offset");
        let first = chrono::NaiveDate::from_ymd_opt(1971, 1, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap()
            .and_local_timezone(offset)
            .single()
            .expect("a fixed offset");
        let councils = self.spec.councils.max(1) as i64;
        let step = ((last - first).num_minutes() / councils).min(7 * 24 * 60);
        let back = self.spec.councils as i64 - n as i64 - 1;
        Timestamp(last - chrono::Duration::minutes(step * back))
    }

    /// The answers of council `n`, with declines that depend on the lot already found.
    pub fn answers(&mut self, n: usize, history: &History) -> Answers {
        let mut rng =
            StdRng::seed_from_u64(self.seed.wrapping_mul(0x9e37_79b9).wrapping_add(n as u64));
        let started = self.started(n);
        let mut attendees = Vec::new();
        for p in &self.people {
            if rng.random_bool(p.attends) {
                attendees.push(Attendee {
                    name: p.name.clone(),
                    first_time: None,
                    opt_out: rng.random_bool(p.opts_out),
                    ..Attendee::default()
                });
            }
        }
        // A council needs a few people who may be drawn: the regulars come.
        let mut regulars = self.people.iter().filter(|p| p.attends > 0.6);
        while attendees.iter().filter(|a| !a.opt_out).count() < 5 {
            let Some(p) = regulars.next() else { break };
            match attendees.iter_mut().find(|a| a.name == p.name) {
                Some(a) => a.opt_out = false,
                None => attendees.push(Attendee {
                    name: p.name.clone(),
                    first_time: None,
                    opt_out: false,
                    ..Attendee::default()
                }),
            }
        }
        let present: Vec<String> = attendees.iter().map(|a| a.name.clone()).collect();
        let pick = |rng: &mut StdRng| present[rng.random_range(0..present.len())].clone();

        let problem = PROBLEMS[rng.random_range(0..PROBLEMS.len())];
        let mut a = Answers {
            issue: format!("{problem} ({})", n + 1),
            place: Some(PLACES[rng.random_range(0..PLACES.len())].to_string()),
            started: Some(started),
            duration_minutes: None,
            attendees,
            draw: DrawAnswers {
                sources: Some(vec![
                    (0..5)
                        .map(|_| rng.random_range(1..=99u32).to_string())
                        .collect::<Vec<_>>()
                        .join(" "),
                    rng.random_range(100..10_000u32).to_string(),
                ]),
                ..DrawAnswers::default()
            },
            ..Answers::default()
        };
        if let Some(previous) = history.previous_before(Some(started))
            && present.contains(&previous.facilitator)
            && rng.random_bool(0.05)
        {
            a.draw.repeat_consent.push(previous.facilitator.clone());
        }

        let roll = rng.random_range(0..100);
        a.decision = if roll < 75 {
            Decision {
                proposal: Some(format!("We take care of it ourselves ({})", n + 1)),
                outcome: Outcome::Adopted,
                statement: Some("We do it this week, tools from the library".into()),
                review: rng
                    .random_bool(0.2)
                    .then(|| Date(started.0.date_naive() + chrono::Duration::days(28))),
                ..Decision::default()
            }
        } else if roll < 90 {
            Decision {
                proposal: Some("Ask the city to do it".into()),
                outcome: Outcome::Rejected,
                objections: vec!["We would wait for months".into()],
                ..Decision::default()
            }
        } else {
            Decision::default()
        };
        if a.decision.outcome == Outcome::Adopted {
            for t in 0..rng.random_range(1..=3) {
                let mut who = vec![pick(&mut rng)];
                let other = pick(&mut rng);
                if rng.random_bool(0.3) && !who.contains(&other) {
                    who.push(other);
                }
                a.tasks.push(Task {
                    what: format!("Task {} of council {}", t + 1, n + 1),
                    who,
                    due: rng
                        .random_bool(0.7)
                        .then(|| Date(started.0.date_naive() + chrono::Duration::days(10))),
                    jar: rng.random_bool(0.3).then(|| Jar {
                        target: Amount(rng.random_range(2..=40) * 500),
                        currency: "EUR".into(),
                    }),
                });
            }
        }

        // Report-backs on tasks of the last few councils; nothing stays open for long.
        let mut still_open = Vec::new();
        for task in std::mem::take(&mut self.open_tasks) {
            let age = n - task.council;
            if age > 4 || rng.random_bool(0.5) {
                let status = if age > 4 {
                    TaskStatus::Dropped
                } else {
                    [TaskStatus::Done, TaskStatus::Done, TaskStatus::Open][rng.random_range(0..3)]
                };
                a.report_backs.push(ReportBack {
                    task: task.id.clone(),
                    status,
                    note: rng.random_bool(0.5).then(|| "Went fine".to_string()),
                    collected: task.jar.then(|| Amount(rng.random_range(0..=20) * 100)),
                    spent: (task.jar && status == TaskStatus::Done)
                        .then(|| Amount(rng.random_range(0..=20) * 100)),
                });
                if status == TaskStatus::Open {
                    still_open.push(task);
                }
            } else {
                still_open.push(task);
            }
        }
        self.open_tasks = still_open;

        if let Some(council) = self.delegates.first().cloned()
            && rng.random_bool(0.05)
        {
            a.delegate = Some(Delegate {
                recall: Some(format!("{council}#delegate")),
                ..Delegate::default()
            });
            self.delegates.remove(0);
        } else if rng.random_bool(0.08) {
            a.delegate = Some(Delegate {
                name: Some(pick(&mut rng)),
                to: Some("Eastside federation assembly".into()),
                mandate: Some("Ask for shared tool-library hours on weekends".into()),
                recall: None,
            });
        }
        if rng.random_bool(0.5) {
            a.sovereignty = Some(Sovereignty {
                gained: format!("We handled problem {} without a ticket", n + 1),
                without_permission: rng.random_bool(0.7),
            });
        }
        a.closing = Some(Closing {
            ritual: Some(["shared meal", "one word each"][n % 2].into()),
            words: (0..rng.random_range(1..=4))
                .map(|_| WORDS[rng.random_range(0..WORDS.len())].to_string())
                .collect(),
        });

        self.add_declines(&mut a, history);
        a
    }

    /// Lets people drawn decline, the way the room would: at most two per role, and the pool never emptied.
    fn add_declines(&mut self, a: &mut Answers, history: &History) {
        let rotation = self.spec.rotation;
        for role in [Role::Facilitator, Role::Spokesperson] {
            for _ in 0..2 {
                let Ok(drawn) = session::draw(a, history, rotation, role) else {
                    return;
                };
                let (person, declined) = match role {
                    Role::Facilitator => (drawn.facilitator, &mut a.draw.declined_facilitator),
                    _ => (
                        drawn.spokesperson.unwrap_or_default(),
                        &mut a.draw.declined_spokesperson,
                    ),
                };
                let p = self.people.iter().find(|p| p.name == person);
                if !p.is_some_and(|p| self.declines.random_bool(p.declines)) {
                    break;
                }
                declined.push(person);
                if session::draw(a, history, rotation, role).is_err() {
                    // Nobody left to draw: they said yes after all.
                    let declined = match role {
                        Role::Facilitator => &mut a.draw.declined_facilitator,
                        _ => &mut a.draw.declined_spokesperson,
                    };
                    declined.pop();
                    break;
                }
            }
        }
    }

    /// Concludes council `n` with the tool's own session code, and remembers its tasks and delegate.
    pub fn conclude(&mut self, n: usize, history: &History) -> Record {
        let answers = self.answers(n, history);
        let ctx = Context {
            settings: self.settings(),
            history,
            now: self.spec.now,
            ended: None,
            rolled: false,
            tool: flash_council::ops::tool(),
            language: None,
            retired: &|_| false,
        };
        let record = session::conclude(&answers, &ctx)
            .unwrap_or_else(|p| panic!("the generated council {n} breaks a rule: {p}"));
        for t in &record.tasks {
            self.open_tasks.push(OpenTask {
                id: t.id.clone(),
                jar: t.jar.is_some(),
                council: n,
            });
        }
        if record.delegate.as_ref().is_some_and(|d| d.name.is_some()) {
            self.delegates.push(record.id.clone());
        }
        record
    }

    /// A report filed with `council report` between council `n` and the next, sometimes.
    fn filed_report(&mut self, n: usize) -> Option<Report> {
        let mut rng = StdRng::seed_from_u64(self.seed.wrapping_add(0xf11e_d000 + n as u64));
        if self.open_tasks.is_empty() || !rng.random_bool(0.15) {
            return None;
        }
        let task = self
            .open_tasks
            .remove(rng.random_range(0..self.open_tasks.len()));
        Some(Report {
            task: task.id,
            status: TaskStatus::Done,
            note: Some("Done between councils".into()),
            collected: task.jar.then(|| Amount(rng.random_range(0..=10) * 100)),
            spent: task.jar.then(|| Amount(rng.random_range(0..=10) * 100)),
            filed: Timestamp(self.started(n).0 + chrono::Duration::days(3)),
            tool: flash_council::ops::tool(),
            language: None,
        })
    }
}

/// What was generated.
pub struct Generated {
    pub head: String,
    pub reports: usize,
    /// The answers of the next council, as `council run` takes them (TOML).
    pub next: String,
}

/// `git fast-import`, answering each commit's id as it goes.
struct FastImport {
    child: Child,
    input: BufWriter<ChildStdin>,
    output: BufReader<ChildStdout>,
    marks: usize,
    ident: String,
}

impl FastImport {
    fn start(git: &dyn Fn() -> Command, dir: &Path, ident: String) -> FastImport {
        let mut child = git()
            .arg("-C")
            .arg(dir)
            .args(["fast-import", "--quiet", "--date-format=raw"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("git fast-import starts");
        FastImport {
            input: BufWriter::with_capacity(1 << 20, child.stdin.take().unwrap()),
            output: BufReader::new(child.stdout.take().unwrap()),
            child,
            marks: 0,
            ident,
        }
    }

    /// Commits `files` on main at `time` (seconds since 1970) and gives the commit's id.
    fn commit(&mut self, message: &str, time: i64, files: &[(&str, &[u8])]) -> String {
        self.marks += 1;
        let w = &mut self.input;
        let time = time.max(86_400 + self.marks as i64);
        write!(
            w,
            "commit refs/heads/main\nmark :{m}\nauthor {id} {time} +0000\ncommitter {id} {time} +0000\ndata {len}\n{message}\n",
            m = self.marks,
            id = self.ident,
            len = message.len(),
        )
        .unwrap();
        for (path, bytes) in files {
            write!(w, "M 100644 inline {path}\ndata {}\n", bytes.len()).unwrap();
            w.write_all(bytes).unwrap();
            w.write_all(b"\n").unwrap();
        }
        write!(w, "\nget-mark :{}\n", self.marks).unwrap();
        w.flush().unwrap();
        let mut line = String::new();
        self.output.read_line(&mut line).unwrap();
        let id = line.trim().to_string();
        assert_eq!(id.len(), 40, "fast-import answered {line:?}");
        id
    }

    fn finish(mut self) {
        drop(self.input);
        let status = self.child.wait().unwrap();
        assert!(status.success(), "git fast-import failed");
    }
}

/// Generates a log of `spec.councils` councils in `dir` (created with `git init`), checked out.
///
/// `git` gives a git command in the benchmark's hermetic environment.
pub fn generate(dir: &Path, spec: &Spec, git: &dyn Fn() -> Command) -> Generated {
    let run = |cmd: &mut Command| {
        let out = cmd.output().expect("git runs");
        assert!(
            out.status.success(),
            "{cmd:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run(git().args(["init", "-q", "-b", "main"]).arg(dir));
    let config_text = flash_council::commands::init::TEMPLATES[0].1;
    let config: CouncilToml = toml::from_str(config_text).expect("the default template");
    let identity = config
        .identity
        .clone()
        .expect("the template names an identity");
    let mut fast = FastImport::start(git, dir, format!("{} <{}>", identity.name, identity.email));
    let mut people = Neighborhood::new(spec.clone());
    let today = spec.now.date();

    let readme =
        flash_council::readme::render(&config.name, config.language, &Summary::default(), today);
    let start = people.started(0).0.timestamp() - 86_400;
    let head = fast.commit(
        "Start the council's public log",
        start,
        &[
            ("council.toml", config_text.as_bytes()),
            ("README.md", readme.as_bytes()),
        ],
    );
    let mut history = History::new(Some(head.clone()), Vec::new());
    let mut reports = Vec::new();
    for n in 0..spec.councils {
        let record = people.conclude(n, &history);
        let text = flash_council::minutes::render(&record);
        let path = record.path();
        let message = flash_council::ops::commit_message(&record);
        let time = record.ended.0.timestamp();
        history.push(Arc::new(record));
        let head = if n + 1 == spec.councils {
            // The README of the whole log, once: computing it reads every council.
            let paths: Vec<(String, String)> = history
                .councils()
                .iter()
                .map(|r| (r.path(), String::new()))
                .chain(reports.iter().map(|r: &Report| (r.path(1), String::new())))
                .collect();
            let mut items: Vec<Item<'_>> = history
                .councils()
                .iter()
                .zip(&paths)
                .map(|(r, (path, _))| Item::Council(r, path))
                .collect();
            items.extend(
                reports
                    .iter()
                    .zip(&paths[history.councils().len()..])
                    .map(|(r, (path, _))| Item::Report(r, path)),
            );
            let summary = Summary::of(items);
            let readme =
                flash_council::readme::render(&config.name, config.language, &summary, today);
            fast.commit(
                &message,
                time,
                &[(&path, text.as_bytes()), ("README.md", readme.as_bytes())],
            )
        } else {
            let head = fast.commit(&message, time, &[(&path, text.as_bytes())]);
            match people.filed_report(n) {
                Some(report) => {
                    let message = format!(
                        "{} Report on {}: {}",
                        report.filed.date(),
                        report.task,
                        report.status.as_str()
                    );
                    let text = flash_council::minutes::render_report(&report);
                    let head = fast.commit(
                        &message,
                        report.filed.0.timestamp(),
                        &[(&report.path(1), text.as_bytes())],
                    );
                    reports.push(report);
                    head
                }
                None => head,
            }
        };
        history.commit = Some(head);
    }
    let head = history.commit.clone().unwrap_or_default();
    fast.finish();
    run(git()
        .arg("-C")
        .arg(dir)
        .args(["reset", "-q", "--hard", "main"]));
    let next =
        toml::to_string(&people.answers(spec.councils, &history)).expect("answers serialize");
    Generated {
        head,
        reports: reports.len(),
        next,
    }
}
