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

use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_samtal");
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

fn samtal(data: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env("SAMTAL_DATA_DIR", data);
    cmd
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

fn corrupt_files(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("events.jsonl.corrupt-"))
        })
        .collect();
    files.sort();
    files
}

/// What one round of `samtal add` did before it was killed.
struct Round {
    /// Lines `first..end` were handed to the pipe (or were being handed when it broke).
    end: u64,
    /// The ids printed as `saved <id>`, in order.
    acks: Vec<u64>,
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
    let mut child = samtal(data)
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
                .and_then(|n| n.parse::<u64>().ok())
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
    let output = samtal(data).args(["list", "--json"]).output().unwrap();
    assert!(
        output.status.success(),
        "list --json: {}",
        String::from_utf8_lossy(&output.stderr)
    );
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
    torn_tails: u64,
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
    let iterations = iterations();
    let started = Instant::now();
    let data = tempfile::tempdir().unwrap();
    let output = samtal(data.path())
        .args(["new", "--no-tui", "--group", "Region Skåne"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    let (id, folder) = stdout.trim_end().split_once('\t').unwrap();
    let (id, folder) = (id.to_string(), PathBuf::from(folder));

    // The model: the line numbers the session holds, in order (contribution ids are
    // 1, 2, 3 … since nothing is deleted).
    let mut committed: Vec<u64> = Vec::new();
    let mut acknowledged: Vec<u64> = Vec::new();
    let mut next_line = 0u64;
    let mut tally = Tally::default();
    // The bytes of a damaged journal tail left by the last round, if any.
    let mut pending_tail: Option<Vec<u8>> = None;

    for iteration in 0..iterations {
        let mut rng = Rng::new(iteration + 1);
        let delay = Duration::from_micros(rng.next() % (MAX_DELAY_MICROS + 1));
        let start = if rng.next().is_multiple_of(4) {
            Start::Spawn
        } else {
            Start::FirstAck
        };
        let corrupt_before = corrupt_files(&folder);
        let first = next_line;
        let r = round(data.path(), &id, first, start, delay);
        next_line = r.end;
        tally.iterations += 1;
        let context = |tally: &Tally| {
            format!(
                "round {iteration} ({delay:?} after {start:?}, lines {first}..{}, {} acks), {}; stderr: {}",
                r.end,
                r.acks.len(),
                tally.line(),
                r.stderr
            )
        };
        assert!(
            r.killed,
            "samtal add ended by itself, not by the kill: {}",
            context(&tally)
        );

        let loaded = samtal::store::load(&folder)
            .unwrap_or_else(|e| panic!("the session does not load: {e}; {}", context(&tally)));
        let stored: Vec<(u64, &str)> = loaded
            .session
            .contributions
            .values()
            .map(|c| (c.id, c.text.as_str()))
            .collect();

        // Every acknowledgement names the contribution of its line, in order.
        let expected_acks: Vec<u64> =
            (committed.len() as u64 + 1..=committed.len() as u64 + r.acks.len() as u64).collect();
        assert_eq!(
            r.acks,
            expected_acks,
            "acknowledgements: {}",
            context(&tally)
        );

        // Lost: acknowledged before and not there now; duplicated: there twice.
        acknowledged.extend(
            r.acks
                .iter()
                .map(|ack| first + ack - committed.len() as u64 - 1),
        );
        let mut seen: HashMap<&str, u64> = HashMap::new();
        for (_, text) in &stored {
            *seen.entry(text).or_default() += 1;
        }
        tally.duplicated = seen.values().map(|n| n - 1).sum();
        tally.lost = acknowledged
            .iter()
            .filter(|n| !seen.contains_key(text_of(**n).as_str()))
            .count() as u64;
        tally.acknowledged = acknowledged.len() as u64;
        assert!(
            tally.lost == 0 && tally.duplicated == 0,
            "lost or duplicated: {}",
            context(&tally)
        );

        // Exactly what was there before, then a prefix of this round's lines.
        assert!(
            stored.len() >= committed.len(),
            "the session shrank from {} to {}: {}",
            committed.len(),
            stored.len(),
            context(&tally)
        );
        for (index, (cid, text)) in stored.iter().enumerate() {
            let expected_line = match committed.get(index) {
                Some(n) => *n,
                None => first + (index - committed.len()) as u64,
            };
            assert_eq!(
                *cid,
                index as u64 + 1,
                "contribution ids: {}",
                context(&tally)
            );
            assert_eq!(
                *text,
                text_of(expected_line),
                "contribution {cid}: {}",
                context(&tally)
            );
        }
        let added = (stored.len() - committed.len()) as u64;
        assert!(
            first + added <= r.end,
            "{added} lines stored, more than were written: {}",
            context(&tally)
        );
        assert!(
            r.acks.len() as u64 <= added,
            "acknowledged but not stored: {}",
            context(&tally)
        );
        committed.extend(first..first + added);

        // A damaged tail from the last round is moved aside by this round's add, once
        // it has opened the store (which it certainly has if it acknowledged a line).
        let corrupt_now = corrupt_files(&folder);
        if let Some(tail) = &pending_tail
            && !r.acks.is_empty()
        {
            let new: Vec<&PathBuf> = corrupt_now
                .iter()
                .filter(|p| !corrupt_before.contains(p))
                .collect();
            assert!(
                new.iter().any(|p| fs::read(p).unwrap() == *tail),
                "the damaged tail {:?} was not moved aside (new files {new:?}): {}",
                String::from_utf8_lossy(tail),
                context(&tally)
            );
            assert!(
                r.stderr.contains("damaged record"),
                "the recovery was not reported: {}",
                context(&tally)
            );
        }
        pending_tail = match &loaded.bad_tail {
            Some(_) => {
                tally.torn_tails += 1;
                let bytes = fs::read(folder.join("events.jsonl")).unwrap();
                Some(bytes[loaded.good_len..].to_vec())
            }
            None => None,
        };

        if (iteration + 1).is_multiple_of(LIST_EVERY) {
            assert_eq!(
                list_count(data.path(), &id),
                committed.len() as u64,
                "list --json: {}",
                context(&tally)
            );
        }
    }

    // One last add that is not killed: it moves any damaged tail aside and continues.
    let output = samtal(data.path())
        .args(["add", &id, "efter sista avbrottet"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        format!("saved {}\n", committed.len() + 1)
    );
    let loaded = samtal::store::load(&folder).unwrap();
    assert!(loaded.bad_tail.is_none(), "{:?}", loaded.bad_tail);
    assert_eq!(loaded.session.contributions.len(), committed.len() + 1);
    let texts: HashSet<&str> = loaded
        .session
        .contributions
        .values()
        .map(|c| c.text.as_str())
        .collect();
    for n in &acknowledged {
        assert!(texts.contains(text_of(*n).as_str()), "line {n} lost");
    }
    assert_eq!(
        list_count(data.path(), &id),
        committed.len() as u64 + 1,
        "list --json at the end"
    );

    // What was moved aside is only ever a torn record: never a complete line, so
    // never something that was acknowledged.
    let corrupt = corrupt_files(&folder);
    for path in &corrupt {
        let bytes = fs::read(path).unwrap();
        assert!(
            !bytes.contains(&b'\n'),
            "{} holds a complete line: {:?}",
            path.display(),
            String::from_utf8_lossy(&bytes)
        );
        let replay = samtal::store::journal::read(&bytes, 0);
        assert!(
            replay.events.is_empty(),
            "{} holds a record",
            path.display()
        );
    }

    println!("{}", tally.line());
    println!(
        "crash loop details: {} contributions stored, {} lines written, {} torn tails, {} .corrupt- files, {:.1} s",
        committed.len(),
        next_line,
        tally.torn_tails,
        corrupt.len(),
        started.elapsed().as_secs_f64()
    );
}
