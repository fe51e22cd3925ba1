//! `kill -9` at random moments loses nothing acknowledged.
//!
//! One session, many rounds. Each round starts `samtal add <id>` reading standard
//! input; a writer thread feeds it unique lines (å, ä, ö, an emoji) as fast as the pipe
//! takes them, a reader thread collects the `saved <id>` acknowledgements, and after a
//! pseudo-random delay of 0–40 ms the child gets SIGKILL. The session is then read with
//! the library (`samtal::store::load`, read-only) and must be exactly what came before
//! plus a prefix of this round's lines, holding every acknowledged line, once.
//!
//! `SAMTAL_CRASH_ITERATIONS` sets the number of rounds (default 200). The long run:
//!
//! ```sh
//! SAMTAL_CRASH_ITERATIONS=2000 cargo test --release --test crash_loop -- --nocapture
//! ```
//!
//! It prints one summary line, e.g.
//! `crash loop: 200 iterations, 5123 acknowledged, 0 lost, 0 duplicated`.

#![allow(clippy::unwrap_used)]

use samtal::session::EventId;
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

mod common;
use common::{assert_success, contribution_texts, new_session_args, samtal_process_env};
const DEFAULT_ITERATIONS: u64 = 200;
/// The longest wait before the kill, in microseconds.
const MAX_DELAY_MICROS: u64 = 40_000;
/// `samtal list --json` is checked against the model every this many rounds.
const LIST_EVERY: u64 = 25;
/// How long a round waits for its first `saved` before it kills anyway.
const FIRST_ACK_TIMEOUT: Duration = Duration::from_secs(20);

/// The text of line number `n`: unique, with Swedish letters and a flag emoji
/// (two code points, eight bytes) so that a torn record can fall inside a character.
fn text_of(n: u64) -> String {
    format!("bidrag {n} från Skåne 🇸🇪 – åäö ÅÄÖ")
}

/// xorshift64*: a tiny deterministic generator, seeded per round.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

fn iterations() -> u64 {
    match std::env::var("SAMTAL_CRASH_ITERATIONS") {
        Ok(value) => value
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("SAMTAL_CRASH_ITERATIONS={value:?} is not a number")),
        Err(_) => DEFAULT_ITERATIONS,
    }
}

/// Every segment in `events/` that ends in a torn line (a kill during an append),
/// with its bytes.
fn torn_segments(folder: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let events = folder.join("events");
    let Ok(entries) = fs::read_dir(&events) else {
        return Vec::new();
    };
    let mut torn: Vec<(PathBuf, Vec<u8>)> = entries
        .map(|entry| entry.unwrap().path())
        .map(|path| {
            let bytes = fs::read(&path).unwrap();
            (path, bytes)
        })
        .filter(|(_, bytes)| !bytes.is_empty() && !bytes.ends_with(b"\n"))
        .collect();
    torn.sort();
    torn
}

/// What one round of `samtal add` did before it was killed.
struct Round {
    /// Lines `first..end` were handed to the pipe (or were being handed when it broke).
    end: u64,
    /// The ids printed as `saved <id>`, in order.
    acks: Vec<EventId>,
    stderr: String,
    killed: bool,
}

/// When the delay before the kill starts.
#[derive(Debug, Clone, Copy)]
enum Start {
    /// At the spawn: the kill may fall in start-up, in opening the store or in the
    /// recovery of a damaged tail.
    Spawn,
    /// At the first acknowledgement: the kill falls in a stream of commits, however
    /// slow start-up is on a busy machine.
    FirstAck,
}

/// Starts `samtal add <id>`, feeds it lines from number `first` on, and kills it
/// `delay` after `start`.
fn round(data: &Path, id: &str, first: u64, start: Start, delay: Duration) -> Round {
    let mut child = samtal_process_env(data)
        .args(["add", id])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();

    // One write per line: a line counts as written as soon as it is tried, since the
    // child may read part of a line whose write then fails.
    let writer = thread::spawn(move || {
        let mut n = first;
        loop {
            let line = format!("{}\n", text_of(n));
            n += 1;
            if stdin.write_all(line.as_bytes()).is_err() {
                return n;
            }
        }
    });
    let (first_ack, first_ack_seen) = mpsc::channel();
    let reader = thread::spawn(move || {
        let mut acks = Vec::new();
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            let ack = line
                .strip_prefix("saved ")
                .and_then(|n| n.parse::<EventId>().ok())
                .unwrap_or_else(|| panic!("not an acknowledgement: {line:?}"));
            acks.push(ack);
            if acks.len() == 1 {
                let _ = first_ack.send(());
            }
        }
        acks
    });
    let errors = thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });

    if let Start::FirstAck = start {
        // Gone (refused, or crashed) or stuck: the checks below say which.
        let _ = first_ack_seen.recv_timeout(FIRST_ACK_TIMEOUT);
    }
    thread::sleep(delay);
    let _ = child.kill();
    let status = child.wait().unwrap();
    let end = writer.join().unwrap();
    let acks = reader.join().unwrap();
    let stderr = errors.join().unwrap();
    Round {
        end,
        acks,
        stderr,
        killed: status.signal() == Some(libc::SIGKILL),
    }
}

fn list_count(data: &Path, id: &str) -> u64 {
    let output = samtal_process_env(data)
        .args(["list", "--json"])
        .output()
        .unwrap();
    assert_success(&output, "list --json");
    let sessions: Vec<Value> = serde_json::from_slice(&output.stdout).unwrap();
    let session = sessions
        .iter()
        .find(|s| s["id"] == id)
        .unwrap_or_else(|| panic!("{id} not listed: {sessions:?}"));
    session["contributions"].as_u64().unwrap()
}

#[derive(Default)]
struct Tally {
    iterations: u64,
    acknowledged: u64,
    lost: u64,
    duplicated: u64,
}

impl Tally {
    fn line(&self) -> String {
        format!(
            "crash loop: {} iterations, {} acknowledged, {} lost, {} duplicated",
            self.iterations, self.acknowledged, self.lost, self.duplicated
        )
    }
}

#[test]
fn kill_9_at_random_moments_loses_nothing_acknowledged() {
    let started = Instant::now();
    let data = tempfile::tempdir().unwrap();
    let mut crash_loop = CrashLoop::new(data.path());
    for iteration in 0..iterations() {
        crash_loop.round(iteration);
    }
    crash_loop.a_last_add_that_is_not_killed_continues();
    let torn = crash_loop.segments_with_a_torn_tail();
    crash_loop.report(torn, started);
}

/// The session under the loop and the model of what it must hold.
struct CrashLoop {
    data: PathBuf,
    id: String,
    folder: PathBuf,
    /// The line numbers the session holds, in order (contribution ids are 1, 2, 3 …
    /// since nothing is deleted).
    committed: Vec<u64>,
    acknowledged: Vec<u64>,
    next_line: u64,
    tally: Tally,
}

/// One round as it ran, for the checks and their messages.
struct Ran {
    iteration: u64,
    start: Start,
    delay: Duration,
    first: u64,
    round: Round,
}

impl Ran {
    fn context(&self, tally: &Tally) -> String {
        format!(
            "round {} ({:?} after {:?}, lines {}..{}, {} acks), {}; stderr: {}",
            self.iteration,
            self.delay,
            self.start,
            self.first,
            self.round.end,
            self.round.acks.len(),
            tally.line(),
            self.round.stderr
        )
    }
}

impl CrashLoop {
    fn new(data: &Path) -> CrashLoop {
        let (id, folder) = new_session_args(data, &["--group", "Region Skåne"]);
        CrashLoop {
            data: data.to_path_buf(),
            id,
            folder,
            committed: Vec::new(),
            acknowledged: Vec::new(),
            next_line: 0,
            tally: Tally::default(),
        }
    }

    /// One `samtal add`, killed at a moment chosen by the round's seed, and every
    /// check of what it left.
    fn round(&mut self, iteration: u64) {
        let mut rng = Rng::new(iteration + 1);
        let delay = Duration::from_micros(rng.next() % (MAX_DELAY_MICROS + 1));
        let start = if rng.next().is_multiple_of(4) {
            Start::Spawn
        } else {
            Start::FirstAck
        };
        let torn_before = torn_segments(&self.folder);
        let first = self.next_line;
        let round = round(&self.data, &self.id, first, start, delay);
        self.next_line = round.end;
        self.tally.iterations += 1;
        let ran = Ran {
            iteration,
            start,
            delay,
            first,
            round,
        };
        assert!(
            ran.round.killed,
            "samtal add ended by itself, not by the kill: {}",
            ran.context(&self.tally)
        );
        let loaded = samtal::store::load(&self.folder).unwrap_or_else(|e| {
            panic!(
                "the session does not load: {e}; {}",
                ran.context(&self.tally)
            )
        });
        let stored: Vec<(samtal::session::EventId, &str)> = loaded
            .session
            .contributions
            .values()
            .map(|c| (c.id, c.text.as_str()))
            .collect();
        self.every_ack_names_its_line(&ran, &stored);
        self.nothing_acknowledged_is_lost_or_doubled(&ran, &stored);
        self.the_old_lines_then_a_prefix_of_the_new(&ran, &stored);
        assert!(
            loaded.bad_tail.is_none(),
            "a kill left a complete damaged line: {:?}; {}",
            loaded.bad_tail,
            ran.context(&self.tally)
        );
        self.a_torn_segment_is_never_written_again(&ran, &torn_before);
        if (iteration + 1).is_multiple_of(LIST_EVERY) {
            assert_eq!(
                list_count(&self.data, &self.id),
                self.committed.len() as u64,
                "list --json: {}",
                ran.context(&self.tally)
            );
        }
    }

    /// Every acknowledgement names the contribution of its line, in order.
    fn every_ack_names_its_line(&mut self, ran: &Ran, stored: &[(EventId, &str)]) {
        let committed = self.committed.len();
        let new_ids: Vec<EventId> = stored
            .iter()
            .skip(committed)
            .take(ran.round.acks.len())
            .map(|(id, _)| *id)
            .collect();
        assert_eq!(
            ran.round.acks,
            new_ids,
            "acknowledgements: {}",
            ran.context(&self.tally)
        );
        self.acknowledged
            .extend((0..ran.round.acks.len() as u64).map(|k| ran.first + k));
    }

    /// Lost: acknowledged before and not there now; duplicated: there twice.
    fn nothing_acknowledged_is_lost_or_doubled(&mut self, ran: &Ran, stored: &[(EventId, &str)]) {
        let mut seen: HashMap<&str, u64> = HashMap::new();
        for (_, text) in stored {
            *seen.entry(text).or_default() += 1;
        }
        self.tally.duplicated = seen.values().map(|n| n - 1).sum();
        self.tally.lost = self
            .acknowledged
            .iter()
            .filter(|n| !seen.contains_key(text_of(**n).as_str()))
            .count() as u64;
        self.tally.acknowledged = self.acknowledged.len() as u64;
        assert!(
            self.tally.lost == 0 && self.tally.duplicated == 0,
            "lost or duplicated: {}",
            ran.context(&self.tally)
        );
    }

    /// Exactly what was there before, then a prefix of this round's lines.
    fn the_old_lines_then_a_prefix_of_the_new(&mut self, ran: &Ran, stored: &[(EventId, &str)]) {
        let context = || ran.context(&self.tally);
        let committed = &self.committed;
        assert!(
            stored.len() >= committed.len(),
            "the session shrank from {} to {}: {}",
            committed.len(),
            stored.len(),
            context()
        );
        for (index, (cid, text)) in stored.iter().enumerate() {
            let expected_line = match committed.get(index) {
                Some(n) => *n,
                None => ran.first + (index - committed.len()) as u64,
            };
            if let Some((before, _)) = index.checked_sub(1).and_then(|i| stored.get(i)) {
                assert!(before < cid, "contribution ids in order: {}", context());
            }
            assert_eq!(
                *text,
                text_of(expected_line),
                "contribution {cid}: {}",
                context()
            );
        }
        let added = (stored.len() - committed.len()) as u64;
        assert!(
            ran.first + added <= ran.round.end,
            "{added} lines stored, more than were written: {}",
            context()
        );
        assert!(
            ran.round.acks.len() as u64 <= added,
            "acknowledged but not stored: {}",
            context()
        );
        self.committed.extend(ran.first..ran.first + added);
    }

    /// A segment a killed writer left with a torn last line stays as it was: no
    /// other writer writes into it (every writer appends to segments of its own).
    fn a_torn_segment_is_never_written_again(&self, ran: &Ran, torn_before: &[(PathBuf, Vec<u8>)]) {
        for (path, bytes) in torn_before {
            assert_eq!(
                &fs::read(path).unwrap(),
                bytes,
                "{} changed: {}",
                path.display(),
                ran.context(&self.tally)
            );
        }
    }

    /// One last add that is not killed: it reads past any torn tail and continues.
    fn a_last_add_that_is_not_killed_continues(&self) {
        let output = samtal_process_env(&self.data)
            .args(["add", &self.id, "efter sista avbrottet"])
            .output()
            .unwrap();
        assert_success(&output, "the last add");
        let loaded = samtal::store::load(&self.folder).unwrap();
        let newest = loaded.session.contributions.keys().next_back().unwrap();
        assert_eq!(
            String::from_utf8(output.stdout).unwrap(),
            format!("saved {newest}\n")
        );
        assert!(loaded.bad_tail.is_none(), "{:?}", loaded.bad_tail);
        assert_eq!(loaded.session.contributions.len(), self.committed.len() + 1);
        let texts: HashSet<&str> = contribution_texts(&loaded.session).into_iter().collect();
        for n in &self.acknowledged {
            assert!(texts.contains(text_of(*n).as_str()), "line {n} lost");
        }
        assert_eq!(
            list_count(&self.data, &self.id),
            self.committed.len() as u64 + 1,
            "list --json at the end"
        );
    }

    /// How many segments end in a torn line (left as they are, read past).
    fn segments_with_a_torn_tail(&self) -> usize {
        torn_segments(&self.folder).len()
    }

    fn report(&self, torn: usize, started: Instant) {
        println!("{}", self.tally.line());
        println!(
            "crash loop details: {} contributions stored, {} lines written, {} segments with a torn tail, {:.1} s",
            self.committed.len(),
            self.next_line,
            torn,
            started.elapsed().as_secs_f64()
        );
    }
}
