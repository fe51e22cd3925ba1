//! Three writers on one session folder — two copies of the app in pseudo-terminals and
//! a `samtal add` loop — and, every other round, an add loop on a second laptop's
//! copy, all killed with SIGKILL at random moments, while a simulated
//! folder sync copies the folder to a second copy of it all the time: in chunks of
//! random size and order, through temporary names, with files seen half copied and
//! with conflict copies. After the sync settles, every line a writer acknowledged is
//! in both copies exactly once, no line is there twice, and both copies export
//! byte-identical minutes.
//!
//! An acknowledgement is what the writer shows its user: `saved <id>` from `add`, the
//! line on a row of the app's log (the app draws only after the commit returned).
//!
//! `SAMTAL_CRASH_ITERATIONS` sets the number of rounds (default 6). The long run:
//!
//! ```sh
//! SAMTAL_CRASH_ITERATIONS=100 cargo test --release --test crash_writers -- --nocapture
//! ```

#![allow(clippy::unwrap_used)]

mod common;

use common::pty::Tty;
use common::pty_session::{BIN, ENTER};
use common::{assert_success, new_session_args, samtal_process_env};
use rexpect::process::signal::Signal;
use samtal::store::os_disk::OsDisk;
use samtal::store::segments::sim_sync::{Side, SimSync};
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::Duration;

const DEFAULT_ROUNDS: u64 = 6;
/// The item the add loop writes to: not the apps' item, so that its flood of lines
/// never pushes an app's own line off the app's log before it is seen there.
const ADD_ITEM: &str = "background";

fn rounds() -> u64 {
    std::env::var("SAMTAL_CRASH_ITERATIONS")
        .ok()
        .and_then(|value| value.trim().parse().ok())
        .unwrap_or(DEFAULT_ROUNDS)
}

/// xorshift64*: choices a seed repeats.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n.max(1)
    }
}

/// The simulated sync between the two copies, running until told to stop; it gives
/// its state back so that the last of it can be settled.
struct Syncing {
    stop: Arc<AtomicBool>,
    thread: thread::JoinHandle<(SimSync, usize)>,
}

fn start_sync(a: PathBuf, b: PathBuf, seed: u64) -> Syncing {
    let stop = Arc::new(AtomicBool::new(false));
    let stopped = stop.clone();
    let thread = thread::spawn(move || {
        let disk = OsDisk::default();
        let mut sync = SimSync::new(seed);
        let mut hiccups = 0;
        while !stopped.load(Ordering::Relaxed) {
            let sides = (side(&disk, &a), side(&disk, &b));
            match sync.step(sides.0, sides.1) {
                Ok(true) => {}
                Ok(false) => thread::sleep(Duration::from_millis(5)),
                // A file that changed or went while it was looked at: as a sync
                // engine does, try again on the next step.
                Err(_) => hiccups += 1,
            }
        }
        (sync, hiccups)
    });
    Syncing { stop, thread }
}

fn side<'a>(disk: &'a OsDisk, dir: &'a Path) -> Side<'a> {
    Side { disk, dir }
}

/// Where an add loop runs: a copy of the folder, its data dir, and the state dir
/// that makes it a laptop of its own (its device id).
#[derive(Clone)]
struct Laptop {
    name: &'static str,
    data: PathBuf,
    folder: PathBuf,
    state: PathBuf,
}

/// `samtal add <folder> --item background`, fed lines until it is killed; the
/// texts it acknowledged.
fn add_loop(laptop: &Laptop, round: u64, delay: Duration) -> Vec<String> {
    let who = laptop.name;
    let text = move |n: u64| format!("tillägg {round}.{n} på {who} 🇸🇪");
    let mut child = samtal_process_env(&laptop.data)
        .env("SAMTAL_STATE_DIR", &laptop.state)
        .arg("add")
        .arg(&laptop.folder)
        .args(["--item", ADD_ITEM])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let feeder = thread::spawn(move || {
        for n in 0.. {
            let line = format!("{}\n", text(n));
            if stdin.write_all(line.as_bytes()).is_err() {
                return;
            }
        }
    });
    let reader = thread::spawn(move || {
        BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .filter(|line| line.starts_with("saved "))
            .count()
    });
    thread::sleep(delay);
    let _ = child.kill();
    let _ = child.wait();
    let acknowledged = reader.join().unwrap();
    feeder.join().unwrap();
    // Lines are saved in the order they are fed: the first `acknowledged` of them.
    (0..acknowledged as u64).map(text).collect()
}

/// The app on `folder` in a 100×30 pseudo-terminal, its first frame drawn.
fn app(name: &str, data: &Path, folder: &Path) -> Tty {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(r#"stty cols 100 rows 30 || exit 97; exec "$0" open "$1""#)
        .arg(BIN)
        .arg(folder);
    let mut tty = Tty::spawn(name, cmd, data);
    tty.wait_first_frame();
    tty
}

/// Types a line and Enter; acknowledged once the line is on a row of the log.
fn commit(tty: &mut Tty, text: &str) {
    tty.send(text);
    tty.send(ENTER);
    tty.wait_for(&format!("{text:?} in the log"), |s| {
        s.log_row(text).is_some()
    });
}

/// One round: both apps and the add loop write on laptop A, and in every other round
/// an add loop on laptop B too; then all are killed, the apps with a last line typed
/// but not yet acknowledged (Enter sent, or not even that).
fn round(laptops: &[Laptop; 2], r: u64, rng: &mut Rng, acked: &mut Vec<String>) {
    let [a, b] = laptops;
    let mut apps = [
        app("app 1", &a.data, &a.folder),
        app("app 2", &a.data, &a.folder),
    ];
    let mut adders = Vec::new();
    let writing = if r % 2 == 1 && b.folder.join("header.json").exists() {
        vec![a.clone(), b.clone()]
    } else {
        vec![a.clone()]
    };
    for laptop in writing {
        let delay = Duration::from_millis(20 + rng.below(200));
        adders.push(thread::spawn(move || add_loop(&laptop, r, delay)));
    }
    let lines = 1 + rng.below(4);
    for k in 0..lines {
        for (a, tty) in apps.iter_mut().enumerate() {
            let text = format!("rad {r}.{k} från app {a} – åäö");
            commit(tty, &text);
            acked.push(text);
        }
    }
    for (a, tty) in apps.iter_mut().enumerate() {
        tty.send(&format!("sista {r} från app {a}"));
        if rng.below(2) == 0 {
            tty.send(ENTER);
        }
    }
    for mut tty in apps {
        tty.signal(Signal::SIGKILL);
        tty.finish();
    }
    for adder in adders {
        acked.extend(adder.join().unwrap());
    }
}

/// How many times each text is in the session in `folder`.
fn texts(folder: &Path) -> HashMap<String, usize> {
    let loaded = samtal::store::load(folder).unwrap();
    let mut count = HashMap::new();
    for c in loaded.session.contributions.values() {
        *count.entry(c.text.clone()).or_insert(0) += 1;
    }
    count
}

fn minutes(data: &Path, folder: &Path) -> Vec<u8> {
    let out = samtal_process_env(data)
        .arg("export")
        .arg(folder)
        .args(["-o", "-", "--lang", "sv"])
        .output()
        .unwrap();
    assert_success(&out, "export");
    out.stdout
}

#[test]
fn three_writers_killed_at_random_and_a_sync_lose_and_double_nothing() {
    let root = tempfile::tempdir().unwrap();
    let (data_a, data_b) = (root.path().join("a"), root.path().join("b"));
    std::fs::create_dir_all(&data_b).unwrap();
    let (id, folder_a) = new_session_args(
        &data_a,
        &[
            "--title",
            "Krasch med tre",
            "--group",
            "Region Skåne",
            "--group",
            "Gotland",
        ],
    );
    let folder_b = data_b.join("sessions").join(&id);
    std::fs::create_dir_all(&folder_b).unwrap();
    let syncing = start_sync(folder_a.clone(), folder_b.clone(), 0x5A17);
    let laptops = [
        Laptop {
            name: "A",
            data: data_a.clone(),
            folder: folder_a.clone(),
            state: common::test_state_dir(),
        },
        Laptop {
            name: "B",
            data: data_b.clone(),
            folder: folder_b.clone(),
            state: root.path().join("state-b"),
        },
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut acked = Vec::new();
    let rounds = rounds();
    for r in 0..rounds {
        round(&laptops, r, &mut rng, &mut acked);
    }
    syncing.stop.store(true, Ordering::Relaxed);
    let (mut sync, hiccups) = syncing.thread.join().unwrap();
    let disk = OsDisk::default();
    sync.settle(side(&disk, &folder_a), side(&disk, &folder_b))
        .unwrap();

    let (on_a, on_b) = (texts(&folder_a), texts(&folder_b));
    for text in &acked {
        assert_eq!(on_a.get(text), Some(&1), "copy A: {text:?}");
        assert_eq!(on_b.get(text), Some(&1), "copy B: {text:?}");
    }
    let doubled: Vec<_> = on_a.iter().filter(|(_, n)| **n > 1).collect();
    assert!(doubled.is_empty(), "twice on A: {doubled:?}");
    assert_eq!(on_a, on_b, "the two copies hold other lines");
    assert_eq!(
        minutes(&data_a, &folder_a),
        minutes(&data_b, &folder_b),
        "the two copies export other minutes"
    );
    println!(
        "crash writers: {rounds} rounds, {} acknowledged, {} lines in each copy, 0 lost, 0 doubled; sync: {} chunks, {} conflict copies, {hiccups} retried steps",
        acked.len(),
        on_a.values().sum::<usize>(),
        sync.chunks,
        sync.conflict_copies,
    );
}
