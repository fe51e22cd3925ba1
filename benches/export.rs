//! Session → minutes: `minutes::render` in every format on generated sessions of
//! 10,000 and 100,000 contributions. Run with `cargo bench --bench export`.

#![allow(clippy::unwrap_used)]

use divan::Bencher;
use samtal::fixture::generated_session;
use samtal::i18n::Lang;
use samtal::minutes::{Format, render};
use samtal::session::Session;
use std::sync::OnceLock;

fn main() {
    divan::main();
}

/// Each size is generated once, outside the timed part, and shared by every format.
fn session<const N: usize>() -> &'static Session {
    static SMALL: OnceLock<Session> = OnceLock::new();
    static LARGE: OnceLock<Session> = OnceLock::new();
    let slot = if N == 10_000 { &SMALL } else { &LARGE };
    slot.get_or_init(|| generated_session(N))
}

/// The minutes of a session of `N` contributions, in `format`, without a
/// "generated at" line (the bytes the CLI and the app write).
#[divan::bench(consts = [10_000, 100_000], args = Format::ALL, sample_count = 20)]
fn minutes<const N: usize>(bencher: Bencher, format: Format) {
    let session = session::<N>();
    bencher.bench(|| render(session, format, Lang::Sv, None).unwrap());
}
